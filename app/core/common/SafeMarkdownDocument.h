// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QImage>
#include <QStringList>
#include <QTextDocument>
#include <QUrl>

#include <optional>

// A guide's Markdown body as a QTextDocument that a hostile guide cannot abuse, built and laid out without a window:
// - Markdown without HTML (an unclosed <img> or <br> would hide the rest of the body);
// - no resource is loaded except bundled qrc: resources and small data: images. Every other image (a local path,
//   /dev/zero, a FIFO, a network URL) becomes the text "[image not shown: alt]" before layout can touch it, since
//   Qt 6.4's image handler falls back to reading files by name when loadResource() refuses them;
// - links keep their target only when it is https (or a #fragment): the viewer opens https in the system browser
//   when clicked (isOpenableLink()), the PDF carries nothing else;
// - limits that keep md4c's import and Qt's layout fast, with a notice at the top when one applies: Qt 6.4's
//   importer is quadratic in the Markdown events of one paragraph, one list or one table, so a body that would
//   take long is shown as plain text instead.
// The browser (QTextBrowser::setDocument) and the PDF export use it; so does the guide fuzzer.
class SafeMarkdownDocument final : public QTextDocument
{
    Q_OBJECT

public:
    // The guide parser's own body limits: a guide that loads is shown in full.
    static constexpr qsizetype kMaxChars = 256 * 1024;
    static constexpr qsizetype kMaxLines = 5000;
    static constexpr qsizetype kMaxLineLength = 20000;
    // Characters times Markdown events in one paragraph: about 100 ms of import on a slow machine.
    static constexpr qint64 kMaxBlockCost = 4'000'000;
    static constexpr int kMaxListItems = 1000;
    static constexpr int kMaxTableCells = 2000;
    static constexpr qsizetype kMaxDataImageBytes = 12 * 1024; // decoded; its base64 fits in one line
    static constexpr qint64 kMaxImagePixels = 1024 * 1024;       // one image
    static constexpr qint64 kMaxTotalImagePixels = 4 * 1024 * 1024; // all images of one document
    static constexpr qint64 kMaxQrcResourceBytes = 1024 * 1024;

    explicit SafeMarkdownDocument(QObject *parent = nullptr);

    // Replaces the content with a guide body: Markdown, front matter already removed (Guide::body).
    // Never call QTextDocument::setMarkdown/setHtml on this document: they would skip every defence.
    void setGuideMarkdown(const QString &markdown);
    // Whether the notices also go into the document, at its top (the default). The PDF export turns this off: it
    // inlines short lever and script texts, and says nothing in the middle of a sentence.
    void setNoticesShown(bool shown) { m_noticesShown = shown; }

    // What was limited, worded for a person; also shown in italics at the top of the document.
    QStringList notices() const { return m_notices; }
    bool isPlainText() const { return m_plainText; }
    int blockedImageCount() const { return m_blockedImages; }
    int blockedLinkCount() const { return m_blockedLinks; }

    // A link the viewer may open in the system browser when clicked: https with a host, nothing else.
    static bool isOpenableLink(const QUrl &url);
    // The largest import cost among the body's paragraphs, lists and tables, in the unit of kMaxBlockCost; or
    // nothing when a list or a table alone is over its limit. Exposed for tests.
    static std::optional<qint64> markdownCost(const QString &markdown);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void sanitizeObjects();
    std::optional<QImage> decodeDataImage(const QString &name);

    QStringList m_notices;
    bool m_plainText = false;
    bool m_noticesShown = true;
    int m_blockedImages = 0;
    int m_blockedLinks = 0;
    qint64 m_imagePixels = 0;
    QList<QPair<QUrl, QImage>> m_keptImages; // the data: images sanitizeObjects() decoded and kept
};
