// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/NoticeBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Qt::StringLiterals;

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(u"noticeBanner"_s);
    setAccessibleName(tr("Notice"));
    setFrameShape(QFrame::StyledPanel);
    // Amber on light and dark themes alike: the text stays dark on its own background.
    setStyleSheet(u"NoticeBanner { background: #fff3cd; border: 1px solid #e0b84c; border-radius: 4px; }"
                  u"NoticeBanner QLabel { color: #4a3700; }"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAccessibleName(tr("Warning"));
    m_text->setObjectName(u"noticeBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Notice text"));
    m_action->setObjectName(u"noticeBannerAction"_s);
    m_action->setAccessibleName(tr("Notice action"));
    m_action->hide();
    m_dismiss->setObjectName(u"noticeBannerDismiss"_s);
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice"));
    m_dismiss->setAccessibleDescription(tr("Hides the notice until the next day"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &NoticeBanner::actionTriggered);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void NoticeBanner::showMessage(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    setAccessibleDescription(QTextDocumentFragment::fromHtml(text).toPlainText());
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(u'&'));
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString NoticeBanner::text() const
{
    return m_text->text();
}
