// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "bands/GuideDraftWriter.h"

#include "common/AtomicFile.h"
#include "guide/GuideParser.h"
#include "guide/GuideWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct DraftRegion
{
    QString name; // unique in the guide, ignoring case
    const BandGroup *group = nullptr;
};

// The groups of one company and role.
struct DraftGuide
{
    QString company; // slug
    QString role;    // slug
    QList<DraftRegion> regions;
};

// Amounts as the guide format writes them: whole units.
double wholeAmount(double value)
{
    return double(std::llround(value));
}

// A percentage with at most two decimals, without trailing zeros: 7.5, 10.
QString percentileText(double value)
{
    QString text = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// A region that appears in several currencies is named with its currency, so every region of a guide is unique.
void nameRegions(DraftGuide &guide)
{
    QHash<QString, int> uses;
    for (const DraftRegion &region : guide.regions)
        uses[region.group->region.toCaseFolded()] += 1;
    for (DraftRegion &region : guide.regions) {
        region.name = region.group->region;
        if (uses.value(region.group->region.toCaseFolded()) > 1)
            region.name += u" (%1)"_s.arg(region.group->currency);
    }
}

// The region as the guide states it: whole amounts, the bonus with at most two decimals.
RegionBand regionBand(const DraftRegion &region)
{
    const BandGroup &group = *region.group;
    RegionBand band;
    band.region = region.name;
    band.currency = group.currency;
    band.baseLow = wholeAmount(group.base.low);
    band.baseHigh = wholeAmount(group.base.high);
    band.stockLow = wholeAmount(group.stock4yr.low);
    band.stockHigh = wholeAmount(group.stock4yr.high);
    band.bonusPct = std::round(group.bonusPct * 100) / 100;
    band.totalCompLow = wholeAmount(group.totalComp.low);
    band.totalCompHigh = wholeAmount(group.totalComp.high);
    return band;
}

// One line per source: how many points it gave and over which dates.
QStringList dataSources(const DraftGuide &guide)
{
    QMap<QString, int> points;
    QHash<QString, std::pair<QDate, QDate>> dates;
    for (const DraftRegion &region : guide.regions) {
        for (auto it = region.group->pointsPerSource.cbegin(); it != region.group->pointsPerSource.cend(); ++it)
            points[it.key()] += it.value();
    }
    QDate oldest, newest;
    for (const DraftRegion &region : guide.regions) {
        if (!oldest.isValid() || region.group->oldest < oldest)
            oldest = region.group->oldest;
        if (!newest.isValid() || region.group->newest > newest)
            newest = region.group->newest;
    }
    QStringList lines;
    for (auto it = points.cbegin(); it != points.cend(); ++it)
        lines.append(u"%1 (%2 data point%3)"_s.arg(it.key(), QString::number(it.value()),
                                                   it.value() == 1 ? u""_s : u"s"_s));
    lines.append(u"Data points dated %1 to %2"_s.arg(oldest.toString(Qt::ISODate), newest.toString(Qt::ISODate)));
    return lines;
}

// The draft's front matter, through the same writer as the guide editor's.
QByteArray frontMatter(const DraftGuide &guide, const GuideDraftSource &source)
{
    const BandGroup &first = *guide.regions.first().group;
    Guide draft;
    draft.company = guide.company;
    draft.companyDisplay = first.company;
    draft.role = guide.role;
    draft.roleDisplay = first.role;
    draft.lastUpdated = source.today;
    for (const DraftRegion &region : guide.regions)
        draft.regions.append(regionBand(region));
    draft.dataSources = dataSources(guide);
    return GuideWriter::frontMatter(draft);
}

QString tableCell(QString text)
{
    return text.replace(u"|"_s, u"\\|"_s);
}

QString body(const DraftGuide &guide, const GuideDraftSource &source)
{
    const BandGroup &first = *guide.regions.first().group;
    int points = 0;
    for (const DraftRegion &region : guide.regions)
        points += region.group->count;
    QString text = u"## %1 · %2: bands from data points\n\n"_s.arg(first.company, first.role);
    text += u"A draft built by `offerdesk-cli bands` from %1 on %2, from %3 data point%4. Each band's low and high "
            u"ends are percentiles %5 and %6 of its points, with linear interpolation; total comp is taken per point "
            u"(base + stock ÷ 4 + bonus % of base) and the bonus is the median. These figures are only as good as the "
            u"points behind them: check them before you rely on them.\n\n"_s
                .arg(tableCell(source.dataFile), source.today.toString(Qt::ISODate), QString::number(points),
                     points == 1 ? u""_s : u"s"_s, percentileText(source.percentiles.low),
                     percentileText(source.percentiles.high));
    text += u"| Region | Currency | Points | Levels | Dates | Sources |\n| --- | --- | --- | --- | --- | --- |\n"_s;
    QStringList warnings;
    for (const DraftRegion &region : guide.regions) {
        const BandGroup &group = *region.group;
        QStringList sources;
        for (auto it = group.pointsPerSource.cbegin(); it != group.pointsPerSource.cend(); ++it)
            sources.append(u"%1 (%2)"_s.arg(it.key(), QString::number(it.value())));
        // One arg() call: a name holding "%3" must not be filled in by a later one.
        text += u"| %1 | %2 | %3 | %4 | %5 to %6 | %7 |\n"_s.arg(
            tableCell(region.name), group.currency, QString::number(group.count), tableCell(group.levels.join(u", "_s)),
            group.oldest.toString(Qt::ISODate), group.newest.toString(Qt::ISODate), tableCell(sources.join(u"; "_s)));
        for (const QString &warning : group.warnings)
            warnings.append(u"- %1: %2\n"_s.arg(region.name, warning));
    }
    warnings.removeDuplicates();
    if (!warnings.isEmpty())
        text += u"\n### Warnings\n\n"_s + warnings.join(QString());
    return text;
}

QList<DraftGuide> draftGuides(const QList<BandGroup> &groups, const QString &dataFile, Diagnostics *problems)
{
    QList<DraftGuide> guides;
    QHash<QString, qsizetype> indexById;
    for (const BandGroup &group : groups) {
        const QString company = GuideDraftWriter::slug(group.company);
        const QString role = GuideDraftWriter::slug(group.role);
        if (company.isEmpty() || role.isEmpty()) {
            problems->append(Diagnostic::error(dataFile, 0,
                                               QCoreApplication::translate("GuideDraftWriter",
                                                                           "no guide for '%1, %2': a guide id needs "
                                                                           "letters or digits in both names")
                                                   .arg(group.company, group.role)));
            continue;
        }
        const QString id = company + u'/' + role;
        if (!indexById.contains(id)) {
            indexById.insert(id, guides.size());
            guides.append(DraftGuide{company, role, {}});
        }
        guides[indexById.value(id)].regions.append(DraftRegion{QString(), &group});
    }
    for (DraftGuide &guide : guides)
        nameRegions(guide);
    return guides;
}

} // namespace

QString GuideDraftWriter::slug(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
    }
    return slug;
}

QList<GuideDraft> GuideDraftWriter::drafts(const QList<BandGroup> &groups, const GuideDraftSource &source,
                                           Diagnostics *problems)
{
    QList<GuideDraft> drafts;
    for (const DraftGuide &guide : draftGuides(groups, source.dataFile, problems)) {
        GuideDraft draft;
        draft.id = guide.company + u'/' + guide.role;
        draft.fileName = guide.company + u"--"_s + guide.role + u".md"_s;
        draft.text = GuideWriter::fileText(frontMatter(guide, source), body(guide, source).toUtf8());
        const GuideParseResult check = GuideParser::parse(draft.text, draft.fileName, source.today);
        if (!check.ok()) {
            for (const Diagnostic &diagnostic : check.diagnostics) {
                if (diagnostic.isError())
                    problems->append(diagnostic);
            }
            problems->append(Diagnostic::error(source.dataFile, 0,
                                               QCoreApplication::translate("GuideDraftWriter", "no guide written for "
                                                                                               "%1: its draft is not a "
                                                                                               "valid guide")
                                                   .arg(draft.id)));
            continue;
        }
        drafts.append(std::move(draft));
    }
    return drafts;
}

Result<> GuideDraftWriter::write(const QList<GuideDraft> &drafts, const QString &dir, QStringList *writtenPaths)
{
    if (!QDir().mkpath(dir))
        return Error{QCoreApplication::translate("GuideDraftWriter", "%1: cannot make the folder").arg(dir)};
    for (const GuideDraft &draft : drafts) {
        const QString path = QDir(dir).filePath(draft.fileName);
        if (const Result<> written = AtomicFile::write(path, draft.text); !written) {
            return Error{QCoreApplication::translate("GuideDraftWriter", "%1: cannot write: %2")
                             .arg(path, written.message())};
        }
        writtenPaths->append(path);
    }
    return {};
}
