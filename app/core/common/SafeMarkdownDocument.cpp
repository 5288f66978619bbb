// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/SafeMarkdownDocument.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Characters md4c may turn into a mark (emphasis, code, links, images, entities, tables, autolinks): each can
// split a paragraph into one more piece for Qt's importer.
bool isMarkdownMark(QChar c)
{
    switch (c.unicode()) {
    case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'(': case u')': case u'<': case u'>':
    case u'!': case u'~': case u'|': case u'&': case u':': case u'@': case u'.':
        return true;
    default:
        return false;
    }
}

bool isListItem(const QString &line)
{
    static const QRegularExpression item(u"^[\\s>]*([-*+]|\\d{1,9}[.)])(\\s|$)"_s);
    return item.match(line).hasMatch();
}

bool isTableDelimiterRow(const QString &line)
{
    static const QRegularExpression row(u"^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);
    return line.contains(u'-') && row.match(line).hasMatch();
}

// Cuts the text to the limits, line by line; says what it cut.
QString limitText(const QString &markdown, QStringList &notices)
{
    QString text = markdown;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    // Control characters are not text; a guide that loads has none, but this document may get other input.
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F))
            c = QChar::ReplacementCharacter;
    }
    QStringList lines = text.split(u'\n');
    if (lines.size() > SafeMarkdownDocument::kMaxLines) {
        lines.resize(SafeMarkdownDocument::kMaxLines);
        notices.append(SafeMarkdownDocument::tr("This guide is longer than %L1 lines: the rest is not shown.")
                           .arg(SafeMarkdownDocument::kMaxLines));
    }
    bool cut = false;
    qsizetype total = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (line.size() > SafeMarkdownDocument::kMaxLineLength) {
            line.truncate(SafeMarkdownDocument::kMaxLineLength);
            line.append(QChar(0x2026));
            cut = true;
        }
        total += line.size() + 1;
        if (total > SafeMarkdownDocument::kMaxChars) {
            lines.resize(i);
            notices.append(SafeMarkdownDocument::tr("This guide is longer than %L1 characters: the rest is not shown.")
                               .arg(SafeMarkdownDocument::kMaxChars));
            break;
        }
    }
    if (cut) {
        notices.append(SafeMarkdownDocument::tr("Lines longer than %L1 characters are cut short.")
                           .arg(SafeMarkdownDocument::kMaxLineLength));
    }
    return lines.join(u'\n');
}

QString imagePlaceholder(const QTextImageFormat &format)
{
    const QString alt = format.property(QTextFormat::ImageAltText).toString().simplified().left(200);
    return alt.isEmpty() ? SafeMarkdownDocument::tr("[image not shown]")
                         : SafeMarkdownDocument::tr("[image not shown: %1]").arg(alt);
}

bool isQrcName(const QString &name)
{
    return name.startsWith(u"qrc:/"_s) || name.startsWith(u":/"_s);
}

bool isKeptLinkTarget(const QString &href)
{
    return href.startsWith(u'#') || SafeMarkdownDocument::isOpenableLink(QUrl(href, QUrl::StrictMode));
}

} // namespace

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent)
    : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
}

bool SafeMarkdownDocument::isOpenableLink(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty() && url.userInfo().isEmpty();
}

std::optional<qint64> SafeMarkdownDocument::markdownCost(const QString &markdown)
{
    const QStringList lines = markdown.split(u'\n');
    qint64 worst = 0;
    qint64 listItems = 0;
    qsizetype start = 0;
    while (start < lines.size()) {
        if (lines.at(start).trimmed().isEmpty()) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < lines.size() && !lines.at(end).trimmed().isEmpty())
            ++end;
        // A run of non-blank lines: a paragraph, a quote, a tight list, a table or a code block.
        if (end - start >= 2 && isTableDelimiterRow(lines.at(start + 1))) {
            qint64 columns = 0;
            qint64 rowWorst = 0;
            for (qsizetype i = start; i < end; ++i) {
                const QString &row = lines.at(i);
                columns = std::max<qint64>(columns, row.count(u'|') + 1);
                const qint64 events = 1 + std::count_if(row.cbegin(), row.cend(), isMarkdownMark);
                rowWorst = std::max(rowWorst, qint64(row.size()) * events);
            }
            if ((end - start) * columns > kMaxTableCells)
                return std::nullopt;
            worst = std::max(worst, rowWorst);
        } else {
            qint64 chars = 0;
            qint64 events = 0;
            for (qsizetype i = start; i < end; ++i) {
                const QString &line = lines.at(i);
                chars += line.size() + 1;
                events += 1 + std::count_if(line.cbegin(), line.cend(), isMarkdownMark);
            }
            worst = std::max(worst, chars * events);
        }
        for (qsizetype i = start; i < end; ++i) {
            // A list renumbers its items as each is added: lists are counted over the whole body.
            if (isListItem(lines.at(i)) && ++listItems > kMaxListItems)
                return std::nullopt;
        }
        start = end;
    }
    return worst;
}

void SafeMarkdownDocument::setGuideMarkdown(const QString &markdown)
{
    m_notices.clear();
    m_plainText = false;
    m_blockedImages = 0;
    m_blockedLinks = 0;
    m_imagePixels = 0;
    m_keptImages.clear();
    clear();

    const QString text = limitText(markdown, m_notices);
    const std::optional<qint64> cost = markdownCost(text);
    m_plainText = !cost || *cost > kMaxBlockCost;
    if (m_plainText) {
        m_notices.append(tr("Shown as plain text: part of this guide's Markdown is too complex to lay out quickly."));
        setPlainText(m_noticesShown ? m_notices.join(u'\n') + u"\n\n"_s + text : text);
        return;
    }
    QString prefix;
    if (m_noticesShown) {
        for (const QString &notice : std::as_const(m_notices))
            prefix += u'*' + notice + u"*\n\n"_s;
    }
    // Imported and cleaned in a scratch document that no view lays out: this one, once a QTextBrowser shows it, is
    // laid out while md4c is still importing, and Qt 6.4 would load each image (a local file, a FIFO) before
    // anything could remove it. Only the cleaned content, and the data: images it kept, come over.
    SafeMarkdownDocument scratch;
    scratch.QTextDocument::setMarkdown(prefix + text, MarkdownFeatures(MarkdownDialectGitHub | MarkdownNoHTML));
    scratch.sanitizeObjects();
    m_blockedImages = scratch.m_blockedImages;
    m_blockedLinks = scratch.m_blockedLinks;
    m_imagePixels = scratch.m_imagePixels;
    for (const auto &[name, image] : std::as_const(scratch.m_keptImages))
        addResource(ImageResource, name, image);
    QTextCursor(this).insertFragment(QTextDocumentFragment(&scratch));
}

void SafeMarkdownDocument::sanitizeObjects()
{
    struct Replacement
    {
        int position;
        int length;
        QString text;
    };
    QList<Replacement> images;
    QList<QPair<int, int>> links; // position, length
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                const QString name = image.name();
                bool allowed = false;
                if (isQrcName(name)) {
                    allowed = true;
                } else if (name.startsWith(u"data:"_s, Qt::CaseInsensitive)) {
                    // Decoded now, so layout finds it among the document's resources and never looks elsewhere.
                    if (const std::optional<QImage> decoded = decodeDataImage(name)) {
                        addResource(ImageResource, QUrl(name), *decoded);
                        m_keptImages.append({QUrl(name), *decoded});
                        allowed = true;
                    }
                }
                if (!allowed)
                    images.append({fragment.position(), fragment.length(), imagePlaceholder(image)});
            } else if (format.isAnchor() && !format.anchorHref().isEmpty() && !isKeptLinkTarget(format.anchorHref())) {
                links.append({fragment.position(), fragment.length()});
            }
        }
    }
    QTextCursor cursor(this);
    for (const auto &[position, length] : std::as_const(links)) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        cursor.mergeCharFormat(plain);
        ++m_blockedLinks;
    }
    // Backwards, so earlier positions stay valid.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat placeholder;
        placeholder.setFontItalic(true);
        cursor.insertText(it->text, placeholder);
        ++m_blockedImages;
    }
}

std::optional<QImage> SafeMarkdownDocument::decodeDataImage(const QString &name)
{
    // data:image/png;base64,... and nothing else: no other media type, no text payloads.
    static const QRegularExpression shape(u"^data:image/(png|jpeg|gif);base64,([A-Za-z0-9+/=\\s]*)$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (name.size() > kMaxDataImageBytes * 4 / 3 + 64)
        return std::nullopt;
    const QRegularExpressionMatch match = shape.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(match.captured(2).remove(QRegularExpression(u"\\s"_s)).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > kMaxDataImageBytes)
        return std::nullopt;
    QByteArray bytes = decoded.decoded;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, match.captured(1).toLower().toLatin1());
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
    // A few bytes of PNG can declare a gigapixel image: check the size before decoding anything.
    const QSize size = reader.size();
    const qint64 pixels = qint64(size.width()) * size.height();
    if (!size.isValid() || pixels <= 0 || pixels > kMaxImagePixels || m_imagePixels + pixels > kMaxTotalImagePixels)
        return std::nullopt;
    QImage image;
    if (!reader.read(&image) || image.isNull() || qint64(image.width()) * image.height() != pixels)
        return std::nullopt;
    m_imagePixels += pixels;
    return image;
}

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name)
{
    // Deny by default. Never QTextDocument::loadResource: it reads any local path (and blocks on a FIFO).
    if (type != ImageResource)
        return {};
    if (name.scheme() == u"qrc"_s) {
        QFile file(u':' + name.path());
        if (file.size() > kMaxQrcResourceBytes || !file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }
    if (name.scheme() == u"data"_s) {
        if (const std::optional<QImage> image = decodeDataImage(name.toString()))
            return *image;
    }
    return {};
}
