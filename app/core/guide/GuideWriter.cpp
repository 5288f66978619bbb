// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideWriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Plain digits, as the parser reads them: 170000, 7.5. The shortest text that reads back as the same double.
std::string number(double value)
{
    return utf8(QString::number(value, 'f', QLocale::FloatingPointShortest));
}

void setText(YAML::Node &map, const char *key, const QString &value)
{
    if (value.isEmpty())
        map.remove(key);
    else
        map[key] = utf8(value);
}

void setDate(YAML::Node &map, const char *key, const QDate &date)
{
    setText(map, key, date.isValid() ? date.toString(Qt::ISODate) : QString());
}

// The original region of that name (ignoring case), or a new mapping.
YAML::Node regionNode(const YAML::Node &originalRegions, const QString &name)
{
    if (originalRegions.IsSequence()) {
        for (const YAML::Node &item : originalRegions) {
            if (!item.IsMap() || !item["region"] || !item["region"].IsScalar())
                continue;
            if (QString::fromStdString(item["region"].Scalar()).trimmed().toCaseFolded() == name.toCaseFolded())
                return YAML::Clone(item);
        }
    }
    return YAML::Node(YAML::NodeType::Map);
}

void setRegions(YAML::Node &root, const QList<RegionBand> &regions, const QList<TypedAmount> &typed)
{
    if (regions.isEmpty()) {
        root.remove("compensation");
        return;
    }
    const YAML::Node original = root["compensation"] ? YAML::Clone(root["compensation"]) : YAML::Node();
    YAML::Node sequence(YAML::NodeType::Sequence);
    for (const RegionBand &band : regions) {
        YAML::Node item = regionNode(original, band.region);
        item["region"] = utf8(band.region);
        item["currency"] = utf8(band.currency);
        item["base_low"] = number(band.baseLow);
        item["base_high"] = number(band.baseHigh);
        item["stock_low"] = number(band.stockLow);
        item["stock_high"] = number(band.stockHigh);
        item["bonus_pct"] = number(band.bonusPct);
        item["total_comp_low"] = number(band.totalCompLow);
        item["total_comp_high"] = number(band.totalCompHigh);
        for (const TypedAmount &amount : typed) {
            if (amount.region < 0 || std::size_t(amount.region) != sequence.size())
                continue;
            if (amount.text.isEmpty())
                item.remove(utf8(amount.key)); // the parser says the field is missing
            else
                item[utf8(amount.key)] = utf8(amount.text);
        }
        sequence.push_back(item);
    }
    root["compensation"] = sequence;
}

void setLevelMapping(YAML::Node &root, const Guide &guide)
{
    if (guide.levelMappingInternal.isEmpty() && guide.levelMappingRaw.isEmpty()) {
        root.remove("level_mapping");
        return;
    }
    YAML::Node mapping = root["level_mapping"] && root["level_mapping"].IsMap() ? YAML::Clone(root["level_mapping"])
                                                                                : YAML::Node(YAML::NodeType::Map);
    if (guide.levelMappingInternal.isEmpty())
        mapping["internal"] = YAML::Node(YAML::NodeType::Null);
    else
        mapping["internal"] = utf8(guide.levelMappingInternal);
    if (guide.levelMappingRaw.isEmpty())
        mapping["raw"] = YAML::Node(YAML::NodeType::Null);
    else
        mapping["raw"] = utf8(guide.levelMappingRaw);
    root["level_mapping"] = mapping;
}

void setDataSources(YAML::Node &root, const QStringList &sources)
{
    if (sources.isEmpty()) {
        root.remove("data_sources");
        return;
    }
    YAML::Node sequence(YAML::NodeType::Sequence);
    for (const QString &source : sources)
        sequence.push_back(utf8(source));
    root["data_sources"] = sequence;
}

// Every key a Guide holds, in the parser's order; a new mapping gets them in that order.
void apply(YAML::Node &root, const Guide &guide, const QList<TypedAmount> &typed)
{
    setText(root, "company", guide.company);
    setText(root, "company_display", guide.companyDisplay);
    setText(root, "role", guide.role);
    setText(root, "role_display", guide.roleDisplay);
    setText(root, "role_type", guide.roleType);
    setDate(root, "last_updated", guide.lastUpdated);
    setDate(root, "next_review_due", guide.nextReviewDue);
    setText(root, "data_quality", guide.dataQuality);
    setText(root, "salary_data_quarter", guide.salaryDataQuarter);
    setRegions(root, guide.regions, typed);
    setLevelMapping(root, guide);
    setDataSources(root, guide.dataSources);
    setText(root, "negotiation_dna_summary", guide.negotiationDnaSummary);
}

QByteArray emitted(const YAML::Node &root)
{
    YAML::Emitter out;
    out << root;
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

bool isDelimiter(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line.startsWith('-') && line.trimmed() == "---";
}

} // namespace

QByteArray GuideWriter::frontMatter(const Guide &guide, const QList<TypedAmount> &typed)
{
    YAML::Node root(YAML::NodeType::Map);
    apply(root, guide, typed);
    return emitted(root);
}

Result<QByteArray> GuideWriter::updatedFrontMatter(const QByteArray &original, const Guide &guide,
                                                   const QList<TypedAmount> &typed)
{
    YAML::Node root;
    try {
        root = YAML::Load(original.toStdString());
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("GuideWriter", "the front matter cannot be read: %1")
                         .arg(QString::fromUtf8(e.what()))};
    }
    if (root.IsNull())
        root = YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap())
        return Error{QCoreApplication::translate("GuideWriter", "the front matter is not a mapping of keys to values")};
    apply(root, guide, typed);
    return emitted(root);
}

QByteArray GuideWriter::fileText(const QByteArray &frontMatter, const QByteArray &body)
{
    QByteArray text = "---\n" + frontMatter;
    if (!text.endsWith('\n'))
        text += '\n';
    return text + "---\n" + body;
}

std::optional<GuideFileParts> GuideWriter::split(const QByteArray &fileText)
{
    QByteArrayView text(fileText);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    qsizetype lineStart = 0;
    qsizetype frontStart = -1;
    while (lineStart <= text.size()) {
        qsizetype newline = text.indexOf('\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? text.size() : newline;
        const QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
        if (frontStart < 0) {
            if (!isDelimiter(line))
                return std::nullopt;
            frontStart = newline < 0 ? text.size() : newline + 1;
        } else if (isDelimiter(line)) {
            GuideFileParts parts;
            parts.frontMatter = text.sliced(frontStart, lineStart - frontStart).toByteArray();
            parts.body = newline < 0 ? QByteArray() : text.sliced(newline + 1).toByteArray();
            return parts;
        }
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return std::nullopt;
}

Result<QByteArray> GuideWriter::write(const Guide &guide, const QByteArray &body, const QByteArray &original,
                                      const QList<TypedAmount> &typed)
{
    if (original.isEmpty())
        return fileText(frontMatter(guide, typed), body);
    const std::optional<GuideFileParts> parts = split(original);
    if (!parts)
        return Error{QCoreApplication::translate("GuideWriter", "the original file has no front matter")};
    const Result<QByteArray> front = updatedFrontMatter(parts->frontMatter, guide, typed);
    if (!front)
        return front.error();
    return fileText(*front, body);
}

QString GuideWriter::fileName(const Guide &guide)
{
    return guide.company + u"--"_s + guide.role + u".md"_s;
}
