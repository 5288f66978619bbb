// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QTextBrowser>

#include <functional>

class SafeMarkdownDocument;

// A read-only viewer for guide text. Its document is the core's SafeMarkdownDocument, which loads no resource but
// bundled ones and small data: images, and turns every other image into text before layout. The viewer never
// navigates itself, and opens https links in the system browser only when the person clicks them.
class GuideTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideTextBrowser(QWidget *parent = nullptr);

    SafeMarkdownDocument *safeDocument() const { return m_document; }
    void setGuideMarkdown(const QString &markdown);
    // A message in place of a guide (its text can't be read), as plain text at the normal size: setPlainText alone
    // would keep the character format where the cursor was, often the last guide's big first heading.
    void showMessage(const QString &text);
    void scrollToTop();

    // How an allowed link is opened; QDesktopServices::openUrl unless a test replaces it.
    void setLinkOpener(std::function<void(const QUrl &)> opener) { m_openLink = std::move(opener); }

    // Public as in QTextBrowser. Refuses everything.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void onAnchorClicked(const QUrl &url);

    SafeMarkdownDocument *m_document = nullptr;
    std::function<void(const QUrl &)> m_openLink;
};
