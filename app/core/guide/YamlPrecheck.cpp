// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/YamlPrecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <sstream>

using namespace Qt::StringLiterals;

namespace YamlPrecheck {

std::size_t Node::size() const
{
    return m_type == YAML::NodeType::Map ? m_children.size() / 2 : m_children.size();
}

const Node &Node::undefined()
{
    static const Node node;
    return node;
}

bool EventScan::isKeyLine(int line) const
{
    const int index = line - firstLine;
    return index >= 0 && std::size_t(index) < keyLines.size() && keyLines[std::size_t(index)];
}

// Builds the Node tree from yaml-cpp's events, as YAML::Load's builder does. The nodes of the open collections
// wait on one stack; a collection gets its children in one allocation when it closes, instead of a vector that
// grows (and moves them) item by item.
class NodeBuilder
{
public:
    Node &root() { return m_root; }

    void add(YAML::NodeType::value type, const YAML::Mark &mark, const std::string &tag, const std::string &scalar = {})
    {
        Node &node = m_open.empty() ? (m_root = Node()) : m_pending.emplace_back();
        node.m_type = type;
        node.m_mark = mark;
        node.m_tag = tag;
        node.m_scalar = scalar;
        if (type == YAML::NodeType::Map || type == YAML::NodeType::Sequence)
            m_open.push_back(m_open.empty() ? kRoot : m_pending.size() - 1);
    }
    void close()
    {
        if (m_open.empty())
            return;
        const std::size_t collection = m_open.back();
        m_open.pop_back();
        const std::size_t first = collection == kRoot ? 0 : collection + 1;
        Node &node = collection == kRoot ? m_root : m_pending[collection];
        node.m_children.reserve(m_pending.size() - first);
        std::move(m_pending.begin() + std::ptrdiff_t(first), m_pending.end(), std::back_inserter(node.m_children));
        m_pending.erase(m_pending.begin() + std::ptrdiff_t(first), m_pending.end());
    }

private:
    static constexpr std::size_t kRoot = std::size_t(-1);

    Node m_root;
    std::vector<Node> m_pending;    // the nodes of the open collections, each followed by its children so far
    std::vector<std::size_t> m_open; // index in m_pending of each open collection (kRoot for the root)
};

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlPrecheck)
};

QString elided(const QString &text)
{
    constexpr qsizetype kMaxQuoted = 60;
    return text.size() <= kMaxQuoted ? text : text.left(kMaxQuoted - 1) + QChar(0x2026);
}

QString depthMessage(int maxDepth)
{
    return QCoreApplication::translate("YamlPrecheck",
                                       "YAML nesting is deeper than %1 levels, the limit for a guide's front matter")
        .arg(maxDepth);
}

// The first alias's problem; take() adds how many there are in all.
QString aliasMessage()
{
    return QCoreApplication::translate("YamlPrecheck",
                                       "an alias (*name) is not allowed in a guide: write the value out in full");
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// "- " or "? " (or a lone "-" / "?" at the end of the line) at pos: a block sequence item or an explicit key.
bool isItemIndicator(const QString &line, qsizetype pos)
{
    if (pos >= line.size() || (line.at(pos) != u'-' && line.at(pos) != u'?'))
        return false;
    return pos + 1 == line.size() || isBlank(line.at(pos + 1));
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

// ^[^\s#\[\]{}|>][^#]*?:(\s|$): by hand on ASCII text, by the expression on any other (where \s may mean more).
bool looksLikeKey(QStringView text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        static const QRegularExpression key(u"^[^\\s#\\[\\]{}|>][^#]*?:(\\s|$)"_s);
        return key.match(text.toString()).hasMatch();
    }
    if (text.isEmpty() || isAsciiSpace(text.front()) || QStringView(u"#[]{}|>").contains(text.front()))
        return false;
    for (qsizetype p = 1; p < text.size(); ++p) {
        if (text.at(p) == u'#')
            return false;
        if (text.at(p) == u':' && (p + 1 == text.size() || isAsciiSpace(text.at(p + 1))))
            return true;
    }
    return false;
}

// Scans the text of one line for quotes, comments, flow brackets and block scalar indicators.
class TextScanner
{
public:
    TextScanner(const QStringList &lines, int firstLine, int maxDepth)
        : m_lines(lines)
        , m_firstLine(firstLine)
        , m_maxDepth(maxDepth)
    {
    }

    TextScan run();

private:
    struct Level
    {
        qsizetype column;
        bool sequence;
    };
    enum class Quote { None, Single, Double };

    int depth() const { return int(m_levels.size()) + m_flowDepth; }
    bool checkDepth(int line);
    void push(qsizetype column, bool sequence);
    // Returns false once a problem is found.
    bool scanBlockLine(int index);
    bool scanInline(int index, qsizetype from, bool tokenStart);

    void problem(int index, const QString &message) { m_result.problems.append({m_firstLine + index, message}); }

    const QStringList &m_lines;
    int m_firstLine;
    int m_maxDepth;
    TextScan m_result;
    QList<Level> m_levels;
    int m_flowDepth = 0;
    Quote m_quote = Quote::None;
    bool m_inBlockScalar = false;
    qsizetype m_blockScalarParent = -1;
};

bool TextScanner::checkDepth(int line)
{
    if (depth() <= m_maxDepth)
        return true;
    problem(line, depthMessage(m_maxDepth));
    return false;
}

void TextScanner::push(qsizetype column, bool sequence)
{
    m_levels.append({column, sequence});
}

bool TextScanner::scanInline(int index, qsizetype from, bool tokenStart)
{
    const QString &line = m_lines.at(index);
    const qsizetype size = line.size();
    for (qsizetype p = from; p < size; ++p) {
        const QChar c = line.at(p);
        if (m_quote == Quote::Double) {
            if (c == u'\\')
                ++p;
            else if (c == u'"')
                m_quote = Quote::None;
            continue;
        }
        if (m_quote == Quote::Single) {
            if (c == u'\'') {
                if (p + 1 < size && line.at(p + 1) == u'\'')
                    ++p;
                else
                    m_quote = Quote::None;
            }
            continue;
        }
        if (c == u'#' && (p == 0 || isBlank(line.at(p - 1))))
            return true; // a comment runs to the end of the line
        if (m_flowDepth > 0) {
            // Inside [ ] or { } every bracket counts: plain scalars cannot hold them there.
            if (c == u'[' || c == u'{') {
                ++m_flowDepth;
                if (!checkDepth(index))
                    return false;
                tokenStart = true;
            } else if (c == u']' || c == u'}') {
                m_flowDepth = std::max(0, m_flowDepth - 1);
                tokenStart = false;
            } else if (c == u',' || (c == u':' && (p + 1 == size || isBlank(line.at(p + 1))))) {
                tokenStart = true;
            } else if (isBlank(c)) {
                continue;
            } else if ((c == u'"' || c == u'\'') && tokenStart) {
                m_quote = c == u'"' ? Quote::Double : Quote::Single;
                tokenStart = false;
            } else {
                tokenStart = false;
            }
            continue;
        }
        // Block context: quotes, flow collections and block scalars only begin where a value begins.
        if (isBlank(c))
            continue;
        if (!tokenStart) {
            if (c == u':' && (p + 1 == size || isBlank(line.at(p + 1))))
                tokenStart = true;
            continue;
        }
        if (c == u'[' || c == u'{') {
            m_flowDepth = 1;
            if (!checkDepth(index))
                return false;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            m_quote = c == u'"' ? Quote::Double : Quote::Single;
            tokenStart = false;
            continue;
        }
        if (c == u'|' || c == u'>') {
            // A block scalar header: the indicator, optional chomping/indentation digits, then nothing or a comment.
            qsizetype q = p + 1;
            while (q < size && (line.at(q) == u'-' || line.at(q) == u'+' || line.at(q).isDigit()))
                ++q;
            while (q < size && isBlank(line.at(q)))
                ++q;
            if (q == size || line.at(q) == u'#') {
                m_inBlockScalar = true;
                m_blockScalarParent = m_levels.isEmpty() ? -1 : m_levels.last().column;
                return true;
            }
            tokenStart = false;
            continue;
        }
        if (c == u'!' || c == u'&') {
            // A tag or an anchor before the value: skip it, the value still starts after it.
            while (p + 1 < size && !isBlank(line.at(p + 1)))
                ++p;
            continue;
        }
        tokenStart = false;
    }
    return true;
}

bool TextScanner::scanBlockLine(int index)
{
    const QString &line = m_lines.at(index);
    const bool marker3 = line.size() == 3 || (line.size() > 3 && isBlank(line.at(3)));
    if (line.startsWith(u"---"_s) && marker3) {
        problem(index, Tr::tr("a line starting with '---' inside the front matter starts a second YAML document"));
        return false;
    }
    if (line.startsWith(u"..."_s) && marker3) {
        problem(index, Tr::tr("a line '...' ends the YAML document early: the keys after it would be lost"));
        return false;
    }
    qsizetype indent = 0;
    while (indent < line.size() && line.at(indent) == u' ')
        ++indent;
    if (indent == line.size() || line.at(indent) == u'#')
        return true; // blank or comment only

    const bool item = isItemIndicator(line, indent);
    while (!m_levels.isEmpty()
           && (m_levels.last().column > indent || (m_levels.last().column == indent && m_levels.last().sequence && !item)))
        m_levels.removeLast();
    if (m_levels.isEmpty() || m_levels.last().column < indent)
        push(indent, item);
    else if (item && !m_levels.last().sequence)
        push(indent, true); // a list written at its key's own indentation
    if (!checkDepth(index))
        return false;

    // "- - - x" nests one level per indicator; "- key: value" opens a mapping inside the item.
    qsizetype column = indent;
    while (isItemIndicator(line, column)) {
        qsizetype next = column + 1;
        while (next < line.size() && isBlank(line.at(next)))
            ++next;
        column = next;
        if (next == line.size())
            break;
        if (isItemIndicator(line, next)) {
            push(next, true);
        } else {
            if (looksLikeKey(QStringView(line).mid(next)))
                push(next, false);
            break;
        }
        if (!checkDepth(index))
            return false;
    }
    if (!checkDepth(index))
        return false;
    return scanInline(index, column, true);
}

TextScan TextScanner::run()
{
    m_result.blockScalarContent.fill(false, m_lines.size());
    for (int index = 0; index < m_lines.size(); ++index) {
        const QString &line = m_lines.at(index);
        if (m_inBlockScalar) {
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == u' ')
                ++indent;
            if (indent == line.size() || indent > m_blockScalarParent) {
                m_result.blockScalarContent[index] = true;
                continue;
            }
            m_inBlockScalar = false;
        }
        const bool ok = (m_quote == Quote::None && m_flowDepth == 0) ? scanBlockLine(index)
                                                                     : scanInline(index, 0, m_quote == Quote::None);
        if (!ok)
            break;
    }
    return m_result;
}

// Control characters have no place in a guide's values; they can also rewrite a terminal that prints them.
std::optional<char32_t> firstControlCharacter(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            return c;
    }
    return std::nullopt;
}

class EventChecker final : public YAML::EventHandler
{
public:
    EventChecker(int firstLine, int maxDepth)
        : m_firstLine(firstLine)
        , m_maxDepth(maxDepth)
    {
    }

    EventScan take()
    {
        EventScan scan = std::move(m_scan);
        scan.firstLine = m_firstLine;
        scan.root = std::move(m_builder.root());
        if (m_aliasCount > 1) {
            for (Problem &problem : scan.problems) {
                if (problem.line == m_firstLine + m_firstAliasLine && problem.message.startsWith(aliasMessage())) {
                    problem.message += Tr::tr(" (%1 aliases in all)").arg(m_aliasCount);
                    break;
                }
            }
        }
        return scan;
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        startNode(mark, nullptr);
        m_builder.add(YAML::NodeType::Null, mark, std::string());
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        startNode(mark, nullptr);
        m_builder.add(YAML::NodeType::Null, mark, std::string());
        if (m_aliasCount++ == 0) {
            m_firstAliasLine = mark.line;
            problem(mark.line, aliasMessage());
        }
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t, const std::string &value) override
    {
        // Most values are printable ASCII: nothing to decode or check for them.
        const bool plainAscii = std::all_of(value.cbegin(), value.cend(), [](char c) {
            return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n';
        });
        if (!plainAscii) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder.decode(QByteArrayView(value.data(), qsizetype(value.size())));
            if (decoder.hasError())
                problem(mark.line, Tr::tr("a value holds an escape that is not valid Unicode"));
            else if (const auto control = firstControlCharacter(text))
                problem(mark.line, Tr::tr("a value holds the control character U+%1: remove it").arg(
                                       QString::number(uint(*control), 16).toUpper().rightJustified(4, u'0')));
        }
        startNode(mark, &value);
        m_builder.add(YAML::NodeType::Scalar, mark, tag, value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        startNode(mark, nullptr);
        openCollection(mark, false);
        m_builder.add(YAML::NodeType::Sequence, mark, tag);
    }
    void OnSequenceEnd() override
    {
        closeCollection();
        m_builder.close();
    }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        startNode(mark, nullptr);
        openCollection(mark, true);
        m_builder.add(YAML::NodeType::Map, mark, tag);
    }
    void OnMapEnd() override
    {
        closeCollection();
        m_builder.close();
    }

private:
    // A mapping's keys so far. Most hold a dozen, best compared one by one; a hostile one may hold thousands.
    class KeySet
    {
    public:
        // The 0-based line of the key when seen before, else -1 (and the key is added).
        int lineOfOrAdd(const std::string &key, int line)
        {
            if (m_hash.isEmpty()) {
                for (const auto &[seen, seenLine] : m_keys) {
                    if (seen == key)
                        return seenLine;
                }
                m_keys.emplace_back(key, line);
                if (m_keys.size() > kLinearLimit) {
                    for (const auto &[seen, seenLine] : m_keys)
                        m_hash.insert(QByteArray(seen.data(), qsizetype(seen.size())), seenLine);
                }
                return -1;
            }
            const QByteArray bytes(key.data(), qsizetype(key.size()));
            if (const auto found = m_hash.constFind(bytes); found != m_hash.cend())
                return *found;
            m_hash.insert(bytes, line);
            return -1;
        }

    private:
        static constexpr std::size_t kLinearLimit = 32;
        std::vector<std::pair<std::string, int>> m_keys;
        QHash<QByteArray, int> m_hash; // all of them, once there are more than kLinearLimit
    };

    struct Frame
    {
        bool map = false;
        bool expectKey = true;
        KeySet keys; // key -> 0-based line
    };

    void problem(int line, const QString &message)
    {
        // One hostile document could hold thousands of problems; the first few say what is wrong.
        if (m_scan.problems.size() < 20)
            m_scan.problems.append({m_firstLine + line, message});
    }

    // Every node starts here: as a mapping's key, a mapping's value or a list item.
    void startNode(const YAML::Mark &mark, const std::string *scalar)
    {
        if (m_frames.empty() || !m_frames.back().map)
            return;
        Frame &frame = m_frames.back();
        if (!frame.expectKey) {
            frame.expectKey = true;
            return;
        }
        frame.expectKey = false;
        if (mark.line >= 0) {
            if (m_scan.keyLines.size() <= std::size_t(mark.line))
                m_scan.keyLines.resize(std::size_t(mark.line) + 1);
            m_scan.keyLines[std::size_t(mark.line)] = true;
        }
        if (!scalar)
            return;
        // Keys compare as yaml-cpp reads them: the same bytes.
        if (const int found = frame.keys.lineOfOrAdd(*scalar, mark.line); found >= 0) {
            problem(mark.line, Tr::tr("duplicate key '%1' (first on line %2)")
                                   .arg(elided(QString::fromUtf8(scalar->data(), qsizetype(scalar->size()))))
                                   .arg(m_firstLine + found));
        }
    }

    void openCollection(const YAML::Mark &mark, bool map)
    {
        m_frames.emplace_back();
        m_frames.back().map = map;
        if (int(m_frames.size()) > m_maxDepth && !m_depthReported) {
            m_depthReported = true;
            problem(mark.line, depthMessage(m_maxDepth));
        }
    }

    void closeCollection()
    {
        if (!m_frames.empty())
            m_frames.pop_back();
    }

    int m_firstLine;
    int m_maxDepth;
    EventScan m_scan;
    NodeBuilder m_builder;
    std::vector<Frame> m_frames;
    int m_aliasCount = 0;
    int m_firstAliasLine = -1;
    bool m_depthReported = false;
};

} // namespace

TextScan scanText(const QStringList &lines, int firstLine, int maxDepth)
{
    return TextScanner(lines, firstLine, maxDepth).run();
}

EventScan scanEvents(const std::string &yaml, int firstLine, int maxDepth)
{
    std::istringstream stream(yaml);
    YAML::Parser parser(stream);
    EventChecker checker(firstLine, maxDepth);
    // Only the first document: yaml-cpp 0.7 hands out endless empty documents for some inputs (a lone ",").
    parser.HandleNextDocument(checker);
    return checker.take();
}

} // namespace YamlPrecheck
