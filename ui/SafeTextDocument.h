#pragma once

#include <QTextDocument>

// A QTextDocument that loads nothing it was not meant to: bundled qrc resources and small data: images only.
// QTextDocument's own loadResource reads local files (and hangs on a FIFO or aborts on /dev/zero) whenever
// a guide names one, and QTextBrowser falls back to it, so the policy lives here, in the document.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxDataImageBytes = 256 * 1024;

    explicit SafeTextDocument(QObject *parent = nullptr);

    // Renders a guide body: GitHub Markdown without raw HTML, so an unclosed <img> cannot swallow the text.
    // A body too large for md4c to lay out quickly is shown as plain text instead.
    void setGuideMarkdown(const QString &markdown);

    // md4c 0.4.8 takes time quadratic in the number of open brackets and backticks: 16 KB of "]([" lines or of
    // "`a " takes seconds. Past these counts (far above any real guide) the body is shown as plain text.
    static constexpr qsizetype kMaxMarkdownChars = 64 * 1024;
    static constexpr qsizetype kMaxMarkdownBrackets = 400;
    static constexpr qsizetype kMaxMarkdownBackticks = 200;
    static bool isSafeToRenderAsMarkdown(const QString &markdown);

    // True for the URLs this document will load at all.
    static bool isAllowedResource(const QUrl &url);
    // Links a click may open outside the app: https only.
    static bool isOpenableLink(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};
