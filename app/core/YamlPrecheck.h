#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>

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

struct EventScan
{
    QList<Problem> problems;
    QSet<int> keyLines; // lines on which yaml-cpp read a mapping key
};

// Reads the first YAML document as a stream of events, without building nodes: refuses aliases (an alias bomb
// costs nothing to parse but explodes any walk of the tree), duplicate keys at every level, control characters
// and invalid Unicode in scalars, and nesting deeper than maxDepth. Throws YAML::Exception on a syntax error.
EventScan scanEvents(const std::string &yaml, int firstLine, int maxDepth);

} // namespace YamlPrecheck
