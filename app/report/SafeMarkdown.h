#pragma once

#include <QTextCharFormat>
#include <QTextDocument>

class QTextCursor;

// A text document that never loads a resource: guide text is untrusted, and Qt would otherwise read any local
// file an image or link names (or hang on a FIFO, or run out of memory on /dev/zero). Only images compiled into
// the app (qrc) load.
class ReportTextDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

// Guide Markdown made safe for the report: HTML is not parsed, images and links are dropped (their text stays),
// and only emphasis, strong, strike-through and code spans carry over.
namespace SafeMarkdown {

// Longer guide text is cut with an ellipsis, so a hostile guide can't stall layout.
constexpr qsizetype kMaxLength = 6000;
// md4c 0.4.8 takes time quadratic in open brackets and backticks; past these counts (far above any real lever or
// script) the text is shown as it is written, without Markdown.
constexpr qsizetype kMaxBrackets = 400;
constexpr qsizetype kMaxBackticks = 200;

// Appends the Markdown at the cursor in the cursor's own block, on top of `base`. Paragraphs of the Markdown are
// joined by `paragraphSeparator` (a space for inline text, or QChar::ParagraphSeparator to keep them).
void append(QTextCursor &cursor, const QString &markdown, const QTextCharFormat &base,
            QChar paragraphSeparator = QLatin1Char(' '));

// The plain text the report would show for the Markdown.
QString toPlainText(const QString &markdown);

} // namespace SafeMarkdown
