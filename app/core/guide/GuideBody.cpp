// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideBody.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuideBody)
};

const QRegularExpression &headingPattern()
{
    static const QRegularExpression re(u"^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"_s);
    return re;
}

const QRegularExpression &numberedItemPattern()
{
    static const QRegularExpression re(u"^ {0,3}\\d{1,3}[.)]\\s+(.*)$"_s);
    return re;
}

const QRegularExpression &boldTitlePattern()
{
    // "**Title:** text" or "**Title**: text"
    static const QRegularExpression re(u"^\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)$"_s);
    return re;
}

bool isFence(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s);
}

// A line that announces the lever list: a heading or a bold-only line naming "levers".
bool isLeverMarker(const QString &line)
{
    static const QRegularExpression re(u"\\blevers\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = line.trimmed();
    const bool heading = headingPattern().match(line).hasMatch();
    const bool boldLine = trimmed.startsWith(u"**"_s) && trimmed.endsWith(u"**"_s);
    return (heading || boldLine) && re.match(trimmed).hasMatch();
}

QString stripQuotes(QString text)
{
    text = text.trimmed();
    const auto opensAndCloses = [&text](QChar open, QChar close) {
        return text.size() >= 2 && text.front() == open && text.back() == close;
    };
    if (opensAndCloses(u'"', u'"') || opensAndCloses(QChar(0x201C), QChar(0x201D)))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

Lever makeLever(const QString &item, int number)
{
    const QRegularExpressionMatch bold = boldTitlePattern().match(item);
    if (bold.hasMatch()) {
        QString title = bold.captured(1).trimmed();
        if (title.endsWith(u':'))
            title.chop(1);
        return {title, bold.captured(2).trimmed()};
    }
    const qsizetype colon = item.indexOf(u':');
    if (colon > 0 && colon <= 60)
        return {item.left(colon).trimmed(), item.mid(colon + 1).trimmed()};
    return {Tr::tr("Lever %1").arg(number), item.trimmed()};
}

} // namespace

void GuideBody::parseInto(Guide &guide, const QString &body, int firstLine)
{
    guide.body = body;
    guide.bodyFirstLine = firstLine;
    guide.sections.clear();
    guide.levers.clear();
    guide.script.clear();

    const QStringList lines = body.split(u'\n');
    bool inFence = false;
    bool inLevers = false;
    QStringList quote;

    const auto flushQuote = [&]() {
        if (quote.isEmpty())
            return;
        const QString text = quote.join(u' ').trimmed();
        quote.clear();
        static const QRegularExpression label(u"^\\*\\*\\s*Negotiate\\s+Up[^*]*\\*\\*\\s*:?\\s*"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = label.match(text);
        if (match.hasMatch() && guide.script.isEmpty())
            guide.script = stripQuotes(text.mid(match.capturedLength()));
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int fileLine = firstLine + int(i);

        if (isFence(line))
            inFence = !inFence;

        const QRegularExpressionMatch heading = inFence ? QRegularExpressionMatch() : headingPattern().match(line);
        if (heading.hasMatch()) {
            guide.sections.append({int(heading.capturedLength(1)), heading.captured(2), QString(), fileLine});
        } else if (!guide.sections.isEmpty()) {
            GuideSection &section = guide.sections.last();
            section.markdown += section.markdown.isEmpty() ? line : u'\n' + line;
        }
        if (inFence)
            continue;

        if (line.trimmed().startsWith(u'>')) {
            QString content = line.trimmed().mid(1);
            quote.append(content.trimmed());
            continue;
        }
        flushQuote();

        if (isLeverMarker(line)) {
            inLevers = true;
            continue;
        }
        if (!inLevers)
            continue;
        if (heading.hasMatch()) {
            inLevers = false;
            continue;
        }
        const QRegularExpressionMatch item = numberedItemPattern().match(line);
        if (item.hasMatch()) {
            guide.levers.append(makeLever(item.captured(1), int(guide.levers.size()) + 1));
        } else if (!guide.levers.isEmpty() && line.startsWith(u"   "_s) && !line.trimmed().isEmpty()) {
            Lever &last = guide.levers.last();
            last.text += u' ' + line.trimmed();
        }
    }
    flushQuote();

    for (GuideSection &section : guide.sections)
        section.markdown = section.markdown.trimmed();
}
