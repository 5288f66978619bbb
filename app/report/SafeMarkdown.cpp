#include "SafeMarkdown.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

using namespace Qt::StringLiterals;

QVariant ReportTextDocument::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == u"qrc"_s)
        return QTextDocument::loadResource(type, name);
    return QVariant();
}

namespace {

QString capped(const QString &markdown)
{
    if (markdown.size() <= SafeMarkdown::kMaxLength)
        return markdown;
    return markdown.left(SafeMarkdown::kMaxLength) + QChar(0x2026);
}

// Only the emphasis of a fragment carries over; fonts, colours, sizes, anchors and images don't.
QTextCharFormat emphasisOn(const QTextCharFormat &base, const QTextCharFormat &source)
{
    QTextCharFormat format = base;
    if (source.fontWeight() >= QFont::DemiBold)
        format.setFontWeight(QFont::Bold);
    if (source.fontItalic())
        format.setFontItalic(true);
    if (source.fontStrikeOut())
        format.setFontStrikeOut(true);
    if (source.fontFixedPitch() || source.fontFamilies().toStringList().contains(u"monospace"_s, Qt::CaseInsensitive)) {
        format.setFontFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
        format.setFontFixedPitch(true);
    }
    return format;
}

} // namespace

void SafeMarkdown::append(QTextCursor &cursor, const QString &markdown, const QTextCharFormat &base,
                          QChar paragraphSeparator)
{
    const QString text = capped(markdown);
    if (text.count(u'[') + text.count(u'(') > kMaxBrackets || text.count(u'`') > kMaxBackticks) {
        cursor.insertText(text, base);
        return;
    }
    // Parsed into a scratch document that is never laid out, so nothing in it is ever loaded.
    ReportTextDocument scratch;
    scratch.setMarkdown(text,
                        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    bool first = true;
    for (QTextBlock block = scratch.begin(); block.isValid(); block = block.next()) {
        QString blockText;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && !fragment.charFormat().isImageFormat())
                blockText += fragment.text();
        }
        if (blockText.trimmed().isEmpty())
            continue;
        if (!first)
            cursor.insertText(QString(paragraphSeparator), base);
        first = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().isImageFormat())
                continue;
            QString text = fragment.text();
            // A soft line break inside a Markdown paragraph reads as a space.
            text.replace(QChar::LineSeparator, u' ');
            text.replace(QChar(QChar::ObjectReplacementCharacter), QString());
            cursor.insertText(text, emphasisOn(base, fragment.charFormat()));
        }
    }
}

QString SafeMarkdown::toPlainText(const QString &markdown)
{
    ReportTextDocument document;
    QTextCursor cursor(&document);
    append(cursor, markdown, QTextCharFormat());
    return document.toPlainText();
}
