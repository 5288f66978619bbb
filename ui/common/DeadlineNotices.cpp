// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/DeadlineNotices.h"

#include "ui/common/NoticeBanner.h"
#include "ui/common/SystemNotifier.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/DeadlineWatch.h"

using namespace Qt::StringLiterals;

DeadlineNotices::DeadlineNotices(NoticeBanner *banner, OffersModel *model, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_model(model)
    , m_watch(new DeadlineWatch(model, this))
    , m_notifier(new SystemNotifier(this))
{
    connect(m_watch, &DeadlineWatch::checked, this,
            [this](const QList<DeadlineEntry> &entries, bool newDay) { checked(entries, newDay, true); });
    connect(m_model, &OffersModel::offersChanged, this, &DeadlineNotices::offersChanged);
    connect(m_banner, &NoticeBanner::actionTriggered, this, &DeadlineNotices::moreTimeRequested);
    connect(m_banner, &NoticeBanner::dismissed, this, [this] {
        m_dismissed.unite(m_shown);
        m_shown.clear();
        m_notifier->withdraw();
    });
    connect(m_notifier, &SystemNotifier::activated, this, &DeadlineNotices::notificationClicked);
}

void DeadlineNotices::start()
{
    m_watch->start();
}

QString DeadlineNotices::keyOf(qint64 offerId, const DeadlineEntry &entry) const
{
    return QString::number(offerId) + u'@' + entry.deadline.toString(Qt::ISODate);
}

void DeadlineNotices::offersChanged()
{
    // Only a banner: the system notification is for the start and a new day, not for every edit.
    checked(m_watch->needingNotice(), false, false);
}

void DeadlineNotices::checked(const QList<DeadlineEntry> &all, bool newDay, bool notify)
{
    if (newDay)
        m_dismissed.clear();
    const QList<qint64> ids = m_watch->offerIds(all);
    QList<DeadlineEntry> entries;
    QSet<QString> keys;
    bool targetIsClose = false;
    const std::optional<Offer> target = m_model->targetOffer();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString key = keyOf(ids.at(i), all.at(i));
        if (m_dismissed.contains(key))
            continue;
        entries.append(all.at(i));
        keys.insert(key);
        targetIsClose = targetIsClose || (target && target->id == ids.at(i));
    }
    if (entries.isEmpty()) {
        m_shown.clear();
        m_banner->hide();
        m_notifier->withdraw();
        return;
    }
    const QString text = Deadlines::noticeText(entries);
    m_shown = keys;
    m_banner->showMessage(text.toHtmlEscaped().replace(u'\n', u"<br>"_s),
                          targetIsClose ? tr("Ask for More Time…") : QString());
    if (notify)
        m_notifier->notify(tr("OfferDesk: a deadline is close"), text);
}
