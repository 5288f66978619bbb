// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "support/LibraryDump.h"

using namespace Qt::StringLiterals;

QStringList LibraryDump::guideLines(const Guide &guide)
{
    QStringList out;
    const auto field = [&out](const char *name, const QString &value) {
        out.append(QString::fromLatin1(name) + u"=["_s + value + u"]"_s + (value.isNull() ? u" null"_s : QString()));
    };
    field("path", guide.path);
    field("company", guide.company);
    field("companyDisplay", guide.companyDisplay);
    field("role", guide.role);
    field("roleDisplay", guide.roleDisplay);
    field("roleType", guide.roleType);
    field("lastUpdated", guide.lastUpdated.toString(Qt::ISODate));
    field("nextReviewDue", guide.nextReviewDue.toString(Qt::ISODate));
    field("dataQuality", guide.dataQuality);
    field("salaryDataQuarter", guide.salaryDataQuarter);
    for (const RegionBand &band : guide.regions) {
        field("region", u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(band.region, band.currency)
                            .arg(band.baseLow, 0, 'g', 17)
                            .arg(band.baseHigh, 0, 'g', 17)
                            .arg(band.stockLow, 0, 'g', 17)
                            .arg(band.stockHigh, 0, 'g', 17)
                            .arg(band.bonusPct, 0, 'g', 17)
                            .arg(band.totalCompLow, 0, 'g', 17)
                            .arg(band.totalCompHigh, 0, 'g', 17)
                            + u"|line %1"_s.arg(band.line));
    }
    field("levelMappingInternal", guide.levelMappingInternal);
    field("levelMappingRaw", guide.levelMappingRaw);
    field("levelMapping", guide.levelMapping.join(u"|"_s));
    field("dataSources", guide.dataSources.join(u"|"_s));
    field("negotiationDnaSummary", guide.negotiationDnaSummary);
    field("body", guide.body);
    field("bodyFirstLine", QString::number(guide.bodyFirstLine));
    for (const GuideSection &section : guide.sections)
        field("section", u"%1|%2|%3|%4"_s.arg(section.level).arg(section.title, section.markdown).arg(section.line));
    for (const Lever &lever : guide.levers)
        field("lever", lever.title + u'|' + lever.text);
    field("script", guide.script);
    return out;
}

QStringList LibraryDump::lines(const GuideLibrary &library)
{
    QStringList out;
    out.append(u"filesRead=%1"_s.arg(library.filesRead()));
    for (const Guide &guide : library.guides()) {
        out.append(u"guide "_s + guide.id());
        out.append(guideLines(guide));
    }
    for (const Diagnostic &diagnostic : library.diagnostics())
        out.append(u"diagnostic "_s + diagnostic.toString());
    return out;
}
