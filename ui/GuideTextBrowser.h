#pragma once

#include <QTextBrowser>

#include <functional>

class SafeTextDocument;

// A read-only viewer for guide text. It loads resources through SafeTextDocument, never navigates itself,
// and opens https links in the system browser only when the person clicks them.
class GuideTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideTextBrowser(QWidget *parent = nullptr);

    SafeTextDocument *safeDocument() const { return m_document; }
    void setGuideMarkdown(const QString &markdown);
    void scrollToTop();

    // How an allowed link is opened; QDesktopServices::openUrl unless a test replaces it.
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_openLink = std::move(opener); }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void onAnchorClicked(const QUrl &url);

    SafeTextDocument *m_document = nullptr;
    std::function<void(const QUrl &)> m_openLink;
};
