#include "SafeTextDocument.h"

#include <QFile>
#include <QImage>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// "data:image/png;base64,...." -> the decoded bytes, when it is a small base64 image.
std::optional<QByteArray> decodeDataImage(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0 || comma > 200)
        return std::nullopt;
    const QString header = text.left(comma).toLower(); // "data:image/png;base64"
    if (!header.startsWith(u"data:image/"_s) || !header.endsWith(u";base64"_s))
        return std::nullopt;
    if (text.size() - comma > SafeTextDocument::kMaxDataImageBytes * 4 / 3 + 8)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromPercentEncoding(text.mid(comma + 1).toLatin1());
    auto decoded = QByteArray::fromBase64Encoding(payload);
    if (!decoded || decoded.decoded.size() > SafeTextDocument::kMaxDataImageBytes)
        return std::nullopt;
    return decoded.decoded;
}
} // namespace

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{
}

bool SafeTextDocument::isSafeToRenderAsMarkdown(const QString &markdown)
{
    return markdown.size() <= kMaxMarkdownChars && markdown.count(u'[') <= kMaxMarkdownBrackets
           && markdown.count(u'`') <= kMaxMarkdownBackticks;
}

void SafeTextDocument::setGuideMarkdown(const QString &markdown)
{
    if (!isSafeToRenderAsMarkdown(markdown)) {
        setPlainText(markdown);
        return;
    }
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML));
}

bool SafeTextDocument::isAllowedResource(const QUrl &url)
{
    if (url.scheme() == u"qrc"_s)
        return true;
    if (url.scheme() == u"data"_s)
        return decodeDataImage(url).has_value();
    return false;
}

bool SafeTextDocument::isOpenableLink(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty();
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    // Deny by default: never the base class, which reads local files and would try anything it is given.
    if (type != QTextDocument::ImageResource && type != QTextDocument::StyleSheetResource)
        return {};
    if (name.scheme() == u"qrc"_s) {
        QFile file(u':' + name.path());
        if (file.open(QIODevice::ReadOnly))
            return file.read(kMaxDataImageBytes);
        return {};
    }
    if (type == QTextDocument::ImageResource && name.scheme() == u"data"_s) {
        if (const auto bytes = decodeDataImage(name)) {
            QImage image;
            if (image.loadFromData(*bytes))
                return image;
        }
    }
    return {};
}
