// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/type.h>

#include <string>
#include <vector>

// Checks on a guide's front matter that protect yaml-cpp 0.7 and the code that walks its nodes. Every line is the
// file's own: firstLine is the file line of the front matter's first line.
namespace YamlPrecheck {

struct Problem
{
    int line = 0;
    QString message;
};

struct TextScan
{
    QList<Problem> problems;
    // Per line of the front matter (index 0 = firstLine): true when the line is the content of a block scalar (| or >), which is text, never a key.
    QList<bool> blockScalarContent;
};

// A cheap scan of the raw text before yaml-cpp sees it: nesting depth from indentation, "- " items and flow
// brackets (outside quotes, comments and block scalars), and document markers ("---", "...") that would make
// yaml-cpp read only part of the front matter. It overestimates depth rather than underestimates it.
TextScan scanText(const QStringList &lines, int firstLine, int maxDepth);

// The front matter as plain data, built from the same events the checks read, so each front matter is parsed
// once (YAML::Load would parse it a second time, and that was half of a cold load). The read-only part of
// YAML::Node's interface that the guide parser uses. An alias is a null here, never a shared subtree.
class Node
{
public:
    YAML::NodeType::value Type() const { return m_type; }
    bool IsDefined() const { return m_type != YAML::NodeType::Undefined; }
    bool IsNull() const { return m_type == YAML::NodeType::Null; }
    bool IsScalar() const { return m_type == YAML::NodeType::Scalar; }
    bool IsSequence() const { return m_type == YAML::NodeType::Sequence; }
    bool IsMap() const { return m_type == YAML::NodeType::Map; }
    const std::string &Scalar() const { return m_scalar; }
    // "?" for a plain scalar, "!" for a quoted one, else the tag written.
    const std::string &Tag() const { return m_tag; }
    YAML::Mark Mark() const { return m_mark; }
    // A list's items, or a mapping's entries.
    std::size_t size() const;
    // A list's items.
    std::vector<Node>::const_iterator begin() const { return m_children.cbegin(); }
    std::vector<Node>::const_iterator end() const { return m_children.cend(); }
    // A mapping's entries, in the order written (duplicates included).
    const Node &keyAt(std::size_t index) const { return m_children.at(2 * index); }
    const Node &valueAt(std::size_t index) const { return m_children.at(2 * index + 1); }

    static const Node &undefined();

private:
    friend class NodeBuilder;

    YAML::NodeType::value m_type = YAML::NodeType::Undefined;
    std::string m_scalar;
    std::string m_tag;
    YAML::Mark m_mark = YAML::Mark::null_mark();
    std::vector<Node> m_children; // a list's items; a mapping's keys and values, one after the other
};

struct EventScan
{
    QList<Problem> problems;
    Node root; // the document, when there are no problems

    // Whether yaml-cpp read a mapping key on this line (of the file).
    bool isKeyLine(int line) const;

    int firstLine = 0;
    std::vector<bool> keyLines; // per line of the front matter (index 0 = firstLine)
};

// Reads the first YAML document as a stream of events: refuses aliases (an alias bomb costs nothing to parse but
// explodes any walk of a YAML::Node tree), duplicate keys at every level, control characters and invalid Unicode
// in scalars, and nesting deeper than maxDepth; and builds the document as a Node. Throws YAML::Exception on a
// syntax error.
EventScan scanEvents(const std::string &yaml, int firstLine, int maxDepth);

} // namespace YamlPrecheck
