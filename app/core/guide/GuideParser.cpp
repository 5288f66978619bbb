// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideParser.h"

#include "common/Currency.h"
#include "guide/GuideBody.h"
#include "guide/GuideFileReader.h"
#include "guide/YamlPrecheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <variant>


using namespace Qt::StringLiterals;

using YamlNode = YamlPrecheck::Node;

namespace {

// The front matter starts on the file's second line, after the opening '---'.
constexpr int kFrontFirstLine = 2;

const QStringList &knownTopLevelKeys()
{
    static const QStringList keys = {
        u"company"_s,       u"company_display"_s,     u"role"_s,          u"role_display"_s,
        u"role_type"_s,     u"last_updated"_s,        u"next_review_due"_s, u"data_quality"_s,
        u"salary_data_quarter"_s, u"compensation"_s,  u"level_mapping"_s, u"data_sources"_s,
        u"negotiation_dna_summary"_s,
    };
    return keys;
}

const QStringList &knownRegionKeys()
{
    static const QStringList keys = {
        u"region"_s,    u"base_low"_s,       u"base_high"_s,       u"stock_low"_s, u"stock_high"_s,
        u"bonus_pct"_s, u"total_comp_low"_s, u"total_comp_high"_s, u"currency"_s,
    };
    return keys;
}

QString describeNodeType(const YamlNode &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return u"null"_s;
    case YAML::NodeType::Scalar:
        return GuideParser::tr("a scalar");
    case YAML::NodeType::Sequence:
        return GuideParser::tr("a list");
    case YAML::NodeType::Map:
        return GuideParser::tr("a mapping");
    case YAML::NodeType::Undefined:
        break;
    }
    return GuideParser::tr("nothing");
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A value quoted in a message: a hostile guide's 60 KB scalar must not become a 60 KB line of output.
QString elided(const QString &text)
{
    constexpr qsizetype kMaxQuoted = 60;
    return text.size() <= kMaxQuoted ? text : text.left(kMaxQuoted - 1) + QChar(0x2026);
}

// The parser once used regular expressions for these; they were most of its time beside yaml-cpp. Each helper
// accepts exactly what its expression did (\d is the ASCII [0-9]).
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// ^-?\d+(\.\d+)?$
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && text.at(i) == u'-')
        ++i;
    const qsizetype integerStart = i;
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    if (i == integerStart)
        return false;
    if (i == text.size())
        return true;
    if (text.at(i) != u'.')
        return false;
    const qsizetype fractionStart = ++i;
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    return i > fractionStart && i == text.size();
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// \s on ASCII text.
bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || isAsciiDigit(c);
}

// ^[a-z0-9]+(-[a-z0-9]+)*$
bool isSlug(QStringView text)
{
    if (text.isEmpty() || text.front() == u'-' || text.back() == u'-')
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'-' ? text.at(i - 1) == u'-' : !isLowerAlnum(c))
            return false;
    }
    return true;
}

// The shape of an expression made of \d, [A-Z], [1-4] and literal characters: `pattern` holds 'd' for a digit, 'A'
// for a capital letter, 'n' for a digit 1 to 4, and the literal character otherwise. Text that is not ASCII goes to `expression` itself,
// since \d there may mean more than the ASCII digits.
bool hasShape(const QString &text, QStringView pattern, const QRegularExpression &expression)
{
    if (!isAscii(text))
        return expression.match(text).hasMatch();
    if (text.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar p = pattern.at(i);
        const bool ok = p == u'd'   ? isAsciiDigit(c)
                        : p == u'A' ? (c >= u'A' && c <= u'Z')
                        : p == u'n' ? (c >= u'1' && c <= u'4')
                                    : c == p;
        if (!ok)
            return false;
    }
    return true;
}

// The key of a line written "key:", or a null view: ^\s*(?:-\s+)*([A-Za-z_][A-Za-z0-9_]*)\s*:(\s|$), by hand on
// an ASCII line (the expression was a tenth of a load) and by the expression on any other.
QStringView rawKeyOf(const QString &line)
{
    if (!isAscii(line)) {
        static const QRegularExpression rawKey(u"^\\s*(?:-\\s+)*([A-Za-z_][A-Za-z0-9_]*)\\s*:(\\s|$)"_s);
        const QRegularExpressionMatch match = rawKey.match(line);
        return match.hasMatch() ? QStringView(line).mid(match.capturedStart(1), match.capturedLength(1)) : QStringView();
    }
    const qsizetype size = line.size();
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < size && isAsciiSpace(line.at(i)))
            ++i;
    };
    skipSpaces();
    while (i + 1 < size && line.at(i) == u'-' && isAsciiSpace(line.at(i + 1))) {
        ++i;
        skipSpaces();
    }
    const auto isWordStart = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    const qsizetype start = i;
    if (i == size || !isWordStart(line.at(i)))
        return QStringView();
    while (i < size && (isWordStart(line.at(i)) || isAsciiDigit(line.at(i))))
        ++i;
    const qsizetype end = i;
    skipSpaces();
    if (i < size && line.at(i) == u':' && (i + 1 == size || isAsciiSpace(line.at(i + 1))))
        return QStringView(line).mid(start, end - start);
    return QStringView();
}

// Everything one parse needs to report a problem at the file's own line.
class FrontMatterReader
{
    Q_DECLARE_TR_FUNCTIONS(GuideParser)

public:
    FrontMatterReader(const QString &path, int firstLine, const QDate &today, Diagnostics &diagnostics)
        : m_path(path)
        , m_firstLine(firstLine)
        , m_today(today)
        , m_diagnostics(diagnostics)
    {
    }

    void read(const YamlNode &root, Guide &guide);

private:
    int lineOf(const YamlNode &node) const
    {
        const YAML::Mark mark = node.Mark();
        return mark.is_null() ? m_firstLine - 1 : mark.line + m_firstLine;
    }
    void error(int line, const QString &message) { m_diagnostics.append(Diagnostic::error(m_path, line, message)); }
    void warning(int line, const QString &message)
    {
        m_diagnostics.append(Diagnostic::warning(m_path, line, message));
    }

    // Key -> (value node, line of the key). Reports duplicates and unknown keys.
    struct Entry
    {
        const YamlNode *node = &YamlNode::undefined(); // in the tree the reader reads, which outlives it
        int line = 0;
        const YamlNode &value() const { return *node; }
    };
    QHash<QString, Entry> readMap(const YamlNode &map, const QStringList &known, const QString &where);

    std::optional<QString> text(const QHash<QString, Entry> &map, const QString &key, const QString &where);
    std::optional<QString> requiredText(const QHash<QString, Entry> &map, const QString &key, int line,
                                        const QString &where);
    std::optional<QDate> date(const QHash<QString, Entry> &map, const QString &key);
    std::optional<double> amount(const QHash<QString, Entry> &map, const QString &key, int entryLine,
                                 const QString &where, double max);
    void readCompensation(const Entry &entry, Guide &guide);
    // One compensation[index] item; a band only when every field is valid. seenRegions: case-folded name -> line.
    std::optional<RegionBand> readRegion(const YamlNode &item, int index, QHash<QString, int> &seenRegions);
    bool readRegionName(const QHash<QString, Entry> &map, int itemLine, const QString &where,
                        QHash<QString, int> &seenRegions, RegionBand &band);
    bool readCurrency(const QHash<QString, Entry> &map, int itemLine, const QString &named, RegionBand &band);
    bool readAmounts(const QHash<QString, Entry> &map, int itemLine, const QString &named, RegionBand &band);
    bool checkOrder(const QHash<QString, Entry> &map, const QString &named, const QString &lowKey, double low,
                    const QString &highKey, double high);
    void readLevelMapping(const Entry &entry, Guide &guide);
    void readDataSources(const Entry &entry, Guide &guide);
    void checkTotals(const RegionBand &band, const QHash<QString, Entry> &map);

    QString m_path;
    int m_firstLine;
    QDate m_today;
    Diagnostics &m_diagnostics;
};

QHash<QString, FrontMatterReader::Entry> FrontMatterReader::readMap(const YamlNode &map, const QStringList &known,
                                                                    const QString &where)
{
    QHash<QString, Entry> entries;
    for (std::size_t i = 0; i < map.size(); ++i) {
        const YamlNode &keyNode = map.keyAt(i);
        const int line = lineOf(keyNode);
        if (!keyNode.IsScalar()) {
            error(line, tr("%1a key must be plain text, not %2").arg(where, describeNodeType(keyNode)));
            continue;
        }
        const QString key = fromStd(keyNode.Scalar());
        if (const auto found = entries.constFind(key); found != entries.cend()) {
            error(line, tr("%1duplicate key '%2' (first on line %3)").arg(where, elided(key)).arg(found->line));
            continue;
        }
        if (!known.contains(key))
            warning(line, tr("%1unknown key '%2' is ignored").arg(where, elided(key)));
        entries.insert(key, {&map.valueAt(i), line});
    }
    return entries;
}

std::optional<QString> FrontMatterReader::text(const QHash<QString, Entry> &map, const QString &key,
                                               const QString &where)
{
    const auto found = map.constFind(key);
    if (found == map.cend())
        return std::nullopt;
    const YamlNode &value = found->value();
    if (!value.IsScalar()) {
        error(found->line, tr("%1'%2' must be text, not %3").arg(where, key, describeNodeType(value)));
        return std::nullopt;
    }
    return fromStd(value.Scalar()).trimmed();
}

std::optional<QString> FrontMatterReader::requiredText(const QHash<QString, Entry> &map, const QString &key, int line,
                                                       const QString &where)
{
    if (!map.contains(key)) {
        error(line, tr("%1missing required field '%2'").arg(where, key));
        return std::nullopt;
    }
    std::optional<QString> value = text(map, key, where);
    if (value && value->isEmpty()) {
        error(map.value(key).line, tr("%1'%2' must not be empty").arg(where, key));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> FrontMatterReader::date(const QHash<QString, Entry> &map, const QString &key)
{
    const std::optional<QString> value = text(map, key, QString());
    if (!value)
        return std::nullopt;
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate parsed = QDate::fromString(*value, Qt::ISODate);
    if (!hasShape(*value, u"dddd-dd-dd", shape) || !parsed.isValid()) {
        error(map.value(key).line, tr("'%1' must be a date written YYYY-MM-DD, not '%2'").arg(key, elided(*value)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<double> FrontMatterReader::amount(const QHash<QString, Entry> &map, const QString &key, int entryLine,
                                                const QString &where, double max)
{
    const auto found = map.constFind(key);
    if (found == map.cend()) {
        error(entryLine, tr("%1missing required field '%2'").arg(where, key));
        return std::nullopt;
    }
    const YamlNode &value = found->value();
    if (!value.IsScalar()) {
        error(found->line, tr("%1'%2' must be a number, not %3").arg(where, key, describeNodeType(value)));
        return std::nullopt;
    }
    const QString scalar = fromStd(value.Scalar()).trimmed();
    // yaml-cpp reads "0120000" as octal and accepts .inf and .nan, even quoted: read the text ourselves.
    if (value.Tag() == "!") {
        error(found->line, tr("%1'%2' must be a plain number, not quoted text \"%3\"").arg(where, key, elided(scalar)));
        return std::nullopt;
    }
    if (value.Tag() != "?") {
        error(found->line, tr("%1'%2' must be a plain number, not a value with the YAML tag %3").arg(
                               where, key, elided(fromStd(value.Tag()))));
        return std::nullopt;
    }
    if (!isPlainNumber(scalar)) {
        error(found->line, tr("%1'%2' must be a number such as 170000, not '%3'").arg(where, key, elided(scalar)));
        return std::nullopt;
    }
    if (scalar.startsWith(u'-')) {
        error(found->line, tr("%1'%2' must not be negative (%3)").arg(where, key, elided(scalar)));
        return std::nullopt;
    }
    if (scalar.size() >= 2 && scalar.at(0) == u'0' && isAsciiDigit(scalar.at(1))) {
        error(found->line,
              tr("%1'%2' has a leading zero ('%3'); write it without, since YAML may read it as octal").arg(where, key,
                                                                                                          elided(scalar)));
        return std::nullopt;
    }
    // The text is ASCII digits by now; from_chars reads it exactly as toDouble() would, many times faster.
    const QByteArray digits = scalar.toLatin1();
    double parsed = 0;
    const auto [end, status] = std::from_chars(digits.constBegin(), digits.constEnd(), parsed);
    const bool ok = status == std::errc() && end == digits.constEnd();
    if (!ok || !std::isfinite(parsed) || parsed > max) {
        error(found->line, tr("%1'%2' is out of range: %3 (at most %4)").arg(where, key, elided(scalar))
            .arg(max, 0, 'f', 0));
        return std::nullopt;
    }
    return parsed;
}

void FrontMatterReader::checkTotals(const RegionBand &band, const QHash<QString, Entry> &map)
{
    const auto check = [&](const QString &key, double stated, double computed) {
        if (computed <= 0)
            return;
        const double difference = std::abs(stated - computed) / computed;
        if (difference > 0.05) {
            warning(map.value(key).line,
                    tr("%1: stated %2 %3 differs from base + stock/4 + bonus = %4 by %5%").arg(elided(band.region), key)
                        .arg(stated, 0, 'f', 0)
                        .arg(computed, 0, 'f', 0)
                        .arg(difference * 100, 0, 'f', 1));
        }
    };
    check(u"total_comp_low"_s, band.totalCompLow, band.computedTotalLow());
    check(u"total_comp_high"_s, band.totalCompHigh, band.computedTotalHigh());
}

void FrontMatterReader::readCompensation(const Entry &entry, Guide &guide)
{
    const YamlNode &list = entry.value();
    if (!list.IsSequence()) {
        error(entry.line, tr("'compensation' must be a list of regions, not %1").arg(describeNodeType(list)));
        return;
    }
    if (list.size() == 0) {
        error(entry.line, tr("'compensation' is empty: give at least one region"));
        return;
    }
    if (list.size() > std::size_t(GuideLimits::kMaxRegions)) {
        error(entry.line, tr("'compensation' has %1 regions; at most %2 are allowed").arg(list.size())
                              .arg(GuideLimits::kMaxRegions));
        return;
    }
    QHash<QString, int> seenRegions; // lower-case name -> line
    int index = 0;
    for (auto it = list.begin(); it != list.end(); ++it, ++index) {
        if (const std::optional<RegionBand> band = readRegion(*it, index, seenRegions))
            guide.regions.append(*band);
    }
}

std::optional<RegionBand> FrontMatterReader::readRegion(const YamlNode &item, int index,
                                                        QHash<QString, int> &seenRegions)
{
    const int itemLine = lineOf(item);
    const QString where = u"compensation[%1]: "_s.arg(index);
    if (!item.IsMap()) {
        error(itemLine, tr("%1each region must be a mapping of fields, not %2").arg(where, describeNodeType(item)));
        return std::nullopt;
    }
    const QHash<QString, Entry> map = readMap(item, knownRegionKeys(), where);
    RegionBand band;
    band.line = itemLine;
    bool valid = readRegionName(map, itemLine, where, seenRegions, band);
    const QString named = band.region.isEmpty() ? where : u"%1 (%2): "_s.arg(where.chopped(2), elided(band.region));
    valid = readCurrency(map, itemLine, named, band) && valid;
    valid = readAmounts(map, itemLine, named, band) && valid;
    if (valid) {
        // Every pair is checked, so each inverted one is reported.
        const bool baseInOrder = checkOrder(map, named, u"base_low"_s, band.baseLow, u"base_high"_s, band.baseHigh);
        const bool stockInOrder =
            checkOrder(map, named, u"stock_low"_s, band.stockLow, u"stock_high"_s, band.stockHigh);
        const bool totalInOrder = checkOrder(map, named, u"total_comp_low"_s, band.totalCompLow,
                                             u"total_comp_high"_s, band.totalCompHigh);
        valid = baseInOrder && stockInOrder && totalInOrder;
    }
    if (!valid)
        return std::nullopt;
    checkTotals(band, map);
    return band;
}

bool FrontMatterReader::readRegionName(const QHash<QString, Entry> &map, int itemLine, const QString &where,
                                       QHash<QString, int> &seenRegions, RegionBand &band)
{
    const auto region = requiredText(map, u"region"_s, itemLine, where);
    if (!region)
        return false;
    band.region = *region;
    const QString folded = region->toCaseFolded();
    if (const auto seen = seenRegions.constFind(folded); seen != seenRegions.cend()) {
        error(map.value(u"region"_s).line,
              tr("%1duplicate region '%2' (first on line %3)").arg(where, elided(*region)).arg(*seen));
        return false;
    }
    seenRegions.insert(folded, map.value(u"region"_s).line);
    return true;
}

bool FrontMatterReader::readCurrency(const QHash<QString, Entry> &map, int itemLine, const QString &named,
                                     RegionBand &band)
{
    if (!map.contains(u"currency"_s)) {
        error(itemLine, tr("%1missing required field 'currency'").arg(named));
        return false;
    }
    if (map.value(u"currency"_s).value().IsNull()) {
        // yaml-cpp turns "currency: ~" into the text "null"; say what happened instead.
        error(map.value(u"currency"_s).line, tr("%1'currency' is null; give an ISO 4217 code such as USD").arg(named));
        return false;
    }
    const auto currency = text(map, u"currency"_s, named);
    if (!currency)
        return false;
    static const QRegularExpression shape(u"^[A-Z]{3}$"_s);
    if (!hasShape(*currency, u"AAA", shape) || !Currency::isIsoCode(*currency)) {
        error(map.value(u"currency"_s).line,
              tr("%1'currency' must be an ISO 4217 code of three capital letters such as USD, not '%2'").arg(
                  named, elided(*currency)));
        return false;
    }
    band.currency = *currency;
    return true;
}

bool FrontMatterReader::readAmounts(const QHash<QString, Entry> &map, int itemLine, const QString &named,
                                    RegionBand &band)
{
    struct AmountField
    {
        const char16_t *key;
        double *target;
        double max;
    };
    const AmountField fields[] = {
        {u"base_low", &band.baseLow, GuideLimits::kMaxAmount},
        {u"base_high", &band.baseHigh, GuideLimits::kMaxAmount},
        {u"stock_low", &band.stockLow, GuideLimits::kMaxAmount},
        {u"stock_high", &band.stockHigh, GuideLimits::kMaxAmount},
        {u"bonus_pct", &band.bonusPct, 100.0},
        {u"total_comp_low", &band.totalCompLow, GuideLimits::kMaxAmount},
        {u"total_comp_high", &band.totalCompHigh, GuideLimits::kMaxAmount},
    };
    bool valid = true;
    for (const AmountField &field : fields) {
        const QString key = QString::fromUtf16(field.key);
        const auto value = amount(map, key, itemLine, named, field.max);
        if (!value) {
            valid = false;
            continue;
        }
        *field.target = *value;
    }
    if (map.contains(u"bonus_pct"_s) && band.bonusPct > 100.0)
        valid = false;
    return valid;
}

bool FrontMatterReader::checkOrder(const QHash<QString, Entry> &map, const QString &named, const QString &lowKey,
                                   double low, const QString &highKey, double high)
{
    if (!map.contains(lowKey) || !map.contains(highKey) || !(low > high))
        return true;
    error(map.value(lowKey).line, tr("%1'%2' (%3) is greater than '%4' (%5)")
                                      .arg(named, lowKey)
                                      .arg(low, 0, 'f', 0)
                                      .arg(highKey)
                                      .arg(high, 0, 'f', 0));
    return false;
}

void FrontMatterReader::readLevelMapping(const Entry &entry, Guide &guide)
{
    if (entry.value().IsNull())
        return;
    if (!entry.value().IsMap()) {
        error(entry.line, tr("'level_mapping' must be a mapping with 'internal' and 'raw', not %1").arg(
                              describeNodeType(entry.value())));
        return;
    }
    const QString where = u"level_mapping: "_s;
    const QHash<QString, Entry> map = readMap(entry.value(), {u"internal"_s, u"raw"_s}, where);
    if (map.contains(u"internal"_s) && !map.value(u"internal"_s).value().IsNull()) {
        if (const auto internal = text(map, u"internal"_s, where))
            guide.levelMappingInternal = *internal;
    }
    if (map.contains(u"raw"_s) && !map.value(u"raw"_s).value().IsNull()) {
        if (const auto raw = text(map, u"raw"_s, where)) {
            guide.levelMappingRaw = *raw;
            for (const QString &level : raw->split(u'=')) {
                if (!level.trimmed().isEmpty())
                    guide.levelMapping.append(level.trimmed());
            }
        }
    }
}

void FrontMatterReader::readDataSources(const Entry &entry, Guide &guide)
{
    if (entry.value().IsNull())
        return;
    if (!entry.value().IsSequence()) {
        error(entry.line, tr("'data_sources' must be a list of text, not %1").arg(describeNodeType(entry.value())));
        return;
    }
    int index = 0;
    for (auto it = entry.value().begin(); it != entry.value().end(); ++it, ++index) {
        if (!it->IsScalar()) {
            error(lineOf(*it), tr("data_sources[%1] must be text, not %2").arg(index).arg(describeNodeType(*it)));
            continue;
        }
        guide.dataSources.append(fromStd(it->Scalar()).trimmed());
    }
}

void FrontMatterReader::read(const YamlNode &root, Guide &guide)
{
    const QHash<QString, Entry> map = readMap(root, knownTopLevelKeys(), QString());

    const auto readSlug = [&](const QString &key, QString &target) {
        if (const auto value = requiredText(map, key, m_firstLine - 1, QString())) {
            if (!isSlug(*value)) {
                error(map.value(key).line,
                      tr("'%1' must be a slug of lower-case letters, digits and dashes, such as 'software-engineer', "
                      "not '%2'").arg(key, elided(*value)));
            } else {
                target = *value;
            }
        }
    };
    readSlug(u"company"_s, guide.company);
    readSlug(u"role"_s, guide.role);

    guide.companyDisplay = text(map, u"company_display"_s, QString()).value_or(QString());
    guide.roleDisplay = text(map, u"role_display"_s, QString()).value_or(QString());
    guide.roleType = text(map, u"role_type"_s, QString()).value_or(QString());
    guide.negotiationDnaSummary = text(map, u"negotiation_dna_summary"_s, QString()).value_or(QString());

    if (const auto quality = text(map, u"data_quality"_s, QString())) {
        guide.dataQuality = *quality;
        static const QStringList known = {u"high"_s, u"medium"_s, u"low"_s};
        if (!known.contains(quality->toLower())) {
            warning(map.value(u"data_quality"_s).line,
                    tr("'data_quality' is usually high, medium or low, not '%1'").arg(elided(*quality)));
        }
    }
    if (const auto quarter = text(map, u"salary_data_quarter"_s, QString())) {
        static const QRegularExpression shape(u"^\\d{4}-Q[1-4]$"_s);
        if (!hasShape(*quarter, u"dddd-Qn", shape)) {
            error(map.value(u"salary_data_quarter"_s).line,
                  tr("'salary_data_quarter' must be written YYYY-Qn, such as 2025-Q4, not '%1'").arg(elided(*quarter)));
        } else {
            guide.salaryDataQuarter = *quarter;
        }
    }
    guide.lastUpdated = date(map, u"last_updated"_s).value_or(QDate());
    guide.nextReviewDue = date(map, u"next_review_due"_s).value_or(QDate());
    if (guide.nextReviewDue.isValid() && guide.nextReviewDue < m_today) {
        warning(map.value(u"next_review_due"_s).line, GuideParser::staleReviewMessage(guide.nextReviewDue));
    }

    if (map.contains(u"compensation"_s))
        readCompensation(map.value(u"compensation"_s), guide);
    else
        error(m_firstLine - 1, tr("missing required field 'compensation'"));
    if (map.contains(u"level_mapping"_s))
        readLevelMapping(map.value(u"level_mapping"_s), guide);
    if (map.contains(u"data_sources"_s))
        readDataSources(map.value(u"data_sources"_s), guide);
}

struct LineProblem
{
    int line;
    QString message;
};

// Control characters and lone carriage returns: a guide is plain text, and line numbers must mean the same to us,
// to yaml-cpp and to md4c (which all treat a lone CR as a line break).
std::optional<LineProblem> firstControlProblem(const QString &text)
{
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n') {
            ++line;
        } else if (c == u'\r') {
            if (i + 1 == text.size() || text.at(i + 1) != u'\n')
                return LineProblem{line, GuideParser::tr("a carriage return without a line feed: save the guide "
                                                         "with LF or CRLF line endings")};
        } else if ((c < 0x20 && c != u'\t') || (c >= 0x7F && c <= 0x9F)) {
            return LineProblem{line, GuideParser::tr("contains the control character U+%1: this is not plain text").arg(
                                         QString::number(c, 16).toUpper().rightJustified(4, u'0'))};
        }
    }
    return std::nullopt;
}

// The 1-based line of the first invalid UTF-8 sequence, or 0 when the bytes are valid; then `text` holds them
// decoded as QString::fromUtf8() does.
int firstInvalidUtf8Line(const QByteArray &bytes, QString &text)
{
    // One pass over the whole text first: almost every guide is valid, and a sequence never spans a newline.
    QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = whole.decode(bytes);
    if (!whole.hasError()) {
        // The decoder drops a byte order mark at the start, where fromUtf8() keeps it (a second one, here).
        if (bytes.startsWith("\xEF\xBB\xBF"))
            text = QString::fromUtf8(bytes);
        return 0;
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

// A guide's text split at its front matter, every limit checked.
struct GuideText
{
    QStringList frontLines; // between the two '---' lines; the first is the file's line kFrontFirstLine
    QByteArray frontBytes;  // the same, as UTF-8
    QString body;
    int bodyFirstLine = 0;
};

// Bytes to text: the size, the encoding and the control characters checked, the front matter found, and each part
// within its limits. The first problem stops it.
std::variant<GuideText, LineProblem> splitGuideText(const QByteArray &input)
{
    if (input.size() > GuideLimits::kMaxFileBytes) {
        return LineProblem{0, GuideParser::tr("file is %1 bytes; a guide may be at most 1 MiB (%2 bytes)")
                                  .arg(input.size())
                                  .arg(GuideLimits::kMaxFileBytes)};
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text;
    if (const int badLine = firstInvalidUtf8Line(bytes, text))
        return LineProblem{badLine, GuideParser::tr("invalid UTF-8: save the guide as UTF-8 text")};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return LineProblem{int(bytes.left(nul).count('\n')) + 1,
                           GuideParser::tr("contains a NUL byte: this is not a text file")};
    }

    if (const auto problem = firstControlProblem(text))
        return *problem;
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n');

    // The cheap test first: trimmed() copies every indented line.
    const auto isDelimiter = [](const QString &line) { return line.startsWith(u'-') && line.trimmed() == u"---"_s; };
    if (lines.isEmpty() || !isDelimiter(lines.first()))
        return LineProblem{1, GuideParser::tr("no front matter: a guide starts with a line '---'")};
    qsizetype closing = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (isDelimiter(lines.at(i))) {
            closing = i;
            break;
        }
    }
    if (closing < 0)
        return LineProblem{1, GuideParser::tr("front matter opened on line 1 is never closed by a line '---'")};
    GuideText guide;
    guide.frontLines = lines.mid(1, closing - 1);
    guide.frontBytes = guide.frontLines.join(u'\n').toUtf8();
    if (guide.frontBytes.size() > GuideLimits::kMaxFrontMatterBytes) {
        return LineProblem{2, GuideParser::tr("front matter is %1 bytes; at most %2 (64 KiB) are allowed")
                                  .arg(guide.frontBytes.size())
                                  .arg(GuideLimits::kMaxFrontMatterBytes)};
    }
    guide.bodyFirstLine = int(closing) + 2;
    const QStringList bodyLines = lines.mid(closing + 1);
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        if (bodyLines.at(i).size() > GuideLimits::kMaxBodyLineLength) {
            return LineProblem{guide.bodyFirstLine + int(i),
                               GuideParser::tr("line is %1 characters long; at most %2 are allowed")
                                   .arg(bodyLines.at(i).size())
                                   .arg(GuideLimits::kMaxBodyLineLength)};
        }
    }
    if (bodyLines.size() > GuideLimits::kMaxBodyLines) {
        return LineProblem{guide.bodyFirstLine + int(GuideLimits::kMaxBodyLines),
                           GuideParser::tr("the body has %1 lines; at most %2 are allowed")
                               .arg(bodyLines.size())
                               .arg(GuideLimits::kMaxBodyLines)};
    }
    guide.body = bodyLines.join(u'\n');
    if (const qsizetype bodyBytes = guide.body.toUtf8().size(); bodyBytes > GuideLimits::kMaxBodyBytes) {
        return LineProblem{guide.bodyFirstLine,
                           GuideParser::tr("the body is %1 bytes; at most %2 (256 KiB) are allowed")
                               .arg(bodyBytes)
                               .arg(GuideLimits::kMaxBodyBytes)};
    }
    return guide;
}

Diagnostic unreadable(const QString &path, const std::exception &e)
{
    return Diagnostic::error(path, kFrontFirstLine,
                             GuideParser::tr("front matter cannot be read: %1").arg(QString::fromUtf8(e.what())));
}

// The front matter as yaml-cpp reads it, checked before anything reads its values: nesting depth and stray
// document markers, then aliases, duplicate keys and control characters, then keys an unterminated quote
// swallowed. Each problem is appended; the scan only when there are none.
std::optional<YamlPrecheck::EventScan> scanFrontMatter(const GuideText &text, const QString &path,
                                                       Diagnostics &diagnostics)
{
    // Before yaml-cpp: a cheap scan for nesting depth and stray document markers.
    const YamlPrecheck::TextScan textScan =
        YamlPrecheck::scanText(text.frontLines, kFrontFirstLine, GuideLimits::kMaxYamlDepth);
    if (!textScan.problems.isEmpty()) {
        diagnostics.append(Diagnostic::error(path, textScan.problems.first().line, textScan.problems.first().message));
        return std::nullopt;
    }

    // Then one pass over yaml-cpp's events: aliases, duplicate keys, control characters, and the document itself.
    const std::string yaml(text.frontBytes.constData(), std::size_t(text.frontBytes.size()));
    YamlPrecheck::EventScan eventScan;
    try {
        eventScan = YamlPrecheck::scanEvents(yaml, kFrontFirstLine, GuideLimits::kMaxYamlDepth);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? kFrontFirstLine : e.mark.line + kFrontFirstLine;
        diagnostics.append(Diagnostic::error(path, line, GuideParser::tr("YAML syntax error: %1").arg(fromStd(e.msg))));
        return std::nullopt;
    } catch (const std::exception &e) {
        diagnostics.append(unreadable(path, e));
        return std::nullopt;
    }
    if (!eventScan.problems.isEmpty()) {
        for (const YamlPrecheck::Problem &problem : std::as_const(eventScan.problems))
            diagnostics.append(Diagnostic::error(path, problem.line, problem.message));
        return std::nullopt;
    }

    // yaml-cpp lets an unterminated quote swallow the keys after it: every line written as "key:" (at any
    // indentation, after any "- ") must be where yaml-cpp read a key.
    for (qsizetype i = 0; i < text.frontLines.size(); ++i) {
        if (textScan.blockScalarContent.value(i))
            continue;
        const QStringView key = rawKeyOf(text.frontLines.at(i));
        const int line = kFrontFirstLine + int(i);
        if (!key.isNull() && !eventScan.isKeyLine(line)) {
            diagnostics.append(Diagnostic::error(
                path, line,
                GuideParser::tr("'%1' was not read as a key: the value before it runs on (an unterminated quote?)")
                    .arg(elided(key.toString()))));
        }
    }
    if (hasErrors(diagnostics))
        return std::nullopt;
    return eventScan;
}

} // namespace

QString GuideParser::staleReviewMessage(const QDate &nextReviewDue)
{
    return tr("next_review_due %1 is in the past: the pay data may be stale").arg(nextReviewDue.toString(Qt::ISODate));
}

GuideParseResult GuideParser::parseFrontMatterFile(const QString &path, const QDate &today)
{
    const GuideFileReader::Read read = GuideFileReader::read(path, GuideFileReader::Extent::FrontMatter);
    if (!read.ok())
        return {std::nullopt, {Diagnostic::error(path, 0, read.error)}};
    GuideParseResult result = parse(read.bytes, path, today);
    if (result.guide)
        result.guide->bodyRead = false;
    return result;
}

GuideParseResult GuideParser::parseFile(const QString &path, const QDate &today)
{
    const GuideFileReader::Read read = GuideFileReader::read(path, GuideFileReader::Extent::Whole);
    if (!read.ok())
        return {std::nullopt, {Diagnostic::error(path, 0, read.error)}};
    return parse(read.bytes, path, today);
}

GuideParseResult GuideParser::parse(const QByteArray &input, const QString &path, const QDate &today)
{
    GuideParseResult result;
    Diagnostics &diagnostics = result.diagnostics;
    const std::variant<GuideText, LineProblem> split = splitGuideText(input);
    if (const auto *problem = std::get_if<LineProblem>(&split)) {
        diagnostics.append(Diagnostic::error(path, problem->line, problem->message));
        return result;
    }
    const GuideText &text = std::get<GuideText>(split);
    const std::optional<YamlPrecheck::EventScan> scan = scanFrontMatter(text, path, diagnostics);
    if (!scan)
        return result;

    // The document the event pass built: only the first one (yaml-cpp's LoadAll loops on a lone ","), parsed
    // once, read-only, and with no alias shared between subtrees.
    const YamlNode &root = scan->root;
    if (!root.IsMap()) {
        diagnostics.append(Diagnostic::error(
            path, kFrontFirstLine,
            tr("front matter must be a mapping of keys to values, not %1").arg(describeNodeType(root))));
        return result;
    }

    Guide guide;
    guide.path = path;
    try {
        FrontMatterReader reader(path, kFrontFirstLine, today, diagnostics);
        reader.read(root, guide);
    } catch (const std::exception &e) {
        diagnostics.append(unreadable(path, e));
        return result;
    }
    if (hasErrors(diagnostics))
        return result;

    GuideBody::parseInto(guide, text.body, text.bodyFirstLine);
    guide.bodyRead = true;
    result.guide = std::move(guide);
    return result;
}
