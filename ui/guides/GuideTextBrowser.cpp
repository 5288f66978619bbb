// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/GuideTextBrowser.h"

#include "common/SafeMarkdownDocument.h"

#include <QDesktopServices>

GuideTextBrowser::GuideTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new SafeMarkdownDocument(this))
    , m_openLink([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setDocument(m_document);
    // Clicking must never make the viewer navigate (it would blank or load a local file).
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &GuideTextBrowser::onAnchorClicked);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        setToolTip(url.isEmpty() ? QString()
                   : SafeMarkdownDocument::isOpenableLink(url)
                       ? tr("Opens %1 in your web browser").arg(url.toDisplayString())
                       : tr("This link is not opened: only https links are (%1)").arg(url.toDisplayString()));
    });
}

void GuideTextBrowser::setGuideMarkdown(const QString &markdown)
{
    m_document->setGuideMarkdown(markdown);
    scrollToTop();
}

void GuideTextBrowser::showMessage(const QString &text)
{
    m_document->clear();
    setCurrentCharFormat(QTextCharFormat());
    setPlainText(text);
    scrollToTop();
}

void GuideTextBrowser::scrollToTop()
{
    // A new guide starts at its beginning, not where the last one was scrolled to.
    moveCursor(QTextCursor::Start);
    ensureCursorVisible();
}

QVariant GuideTextBrowser::loadResource(int type, const QUrl &name)
{
    // QTextBrowser's own loader reads files and follows its search paths. The document has its own policy and
    // never asks the viewer; anything that still does (a setSource) gets nothing.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void GuideTextBrowser::onAnchorClicked(const QUrl &url)
{
    if (SafeMarkdownDocument::isOpenableLink(url) && m_openLink)
        m_openLink(url);
}
