// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/RoundChoiceWidget.h"

#include "offers/OfferHistory.h"
#include "ui/common/Clock.h"
#include "ui/models/OfferCommands.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace Qt::StringLiterals;

RoundChoiceWidget::RoundChoiceWidget(QWidget *parent)
    : QGroupBox(tr("This edit is"), parent)
    , m_overwrite(new QRadioButton(tr("A correction of t&he current numbers (they are overwritten)"), this))
    , m_newRound(new QRadioButton(tr("A ne&w round: the company revised the offer (the old numbers stay in the timeline)"), this))
    , m_date(new QDateEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(u"roundChoice"_s);
    setAccessibleName(tr("Correction or new round"));
    setAccessibleDescription(tr("A new round keeps the old numbers in the offer's timeline."));
    m_overwrite->setObjectName(u"overwriteRound"_s);
    m_newRound->setObjectName(u"newRound"_s);
    m_date->setObjectName(u"roundDate"_s);
    m_date->setAccessibleName(tr("Date of the new round"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(Clock::today());
    m_note->setObjectName(u"roundNote"_s);
    m_note->setAccessibleName(tr("Note on the new round"));
    m_note->setPlaceholderText(tr("revised after my counter"));
    m_overwrite->setChecked(true);
    auto *dateLabel = new QLabel(tr("D&ate:"), this);
    dateLabel->setBuddy(m_date);
    auto *noteLabel = new QLabel(tr("Note (o&ptional):"), this);
    noteLabel->setBuddy(m_note);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_overwrite, 0, 0, 1, 5);
    layout->addWidget(m_newRound, 1, 0, 1, 5);
    layout->addItem(new QSpacerItem(20, 0), 2, 0);
    layout->addWidget(dateLabel, 2, 1);
    layout->addWidget(m_date, 2, 2);
    layout->addWidget(noteLabel, 2, 3);
    layout->addWidget(m_note, 2, 4);
    layout->setColumnStretch(4, 1);
    const auto follow = [this] {
        m_date->setEnabled(isNewRound());
        m_note->setEnabled(isNewRound());
    };
    connect(m_newRound, &QRadioButton::toggled, this, follow);
    follow();
}

void RoundChoiceWidget::setNewRound(bool newRound)
{
    (newRound ? m_newRound : m_overwrite)->setChecked(true);
}

bool RoundChoiceWidget::isNewRound() const
{
    return m_newRound->isChecked();
}

void RoundChoiceWidget::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QDate RoundChoiceWidget::date() const
{
    return m_date->date();
}

QString RoundChoiceWidget::note() const
{
    return m_note->text().trimmed();
}

QUndoCommand *RoundChoiceWidget::commandFor(OffersModel *model, const Offer &before, const Offer &edited) const
{
    if (isNewRound()) {
        const Offer after = OfferHistory::withNewRound(before, edited, date(), note());
        return after == before ? nullptr
                               : new EditOfferCommand(model, before, after,
                                                      tr("Record a new round of %1").arg(after.label()));
    }
    if (edited == before)
        return nullptr;
    // A correction replaces the latest round's numbers, when the latest round is a recorded one; numbers edited
    // since the last recorded round are a round of their own, and stay one.
    const QList<OfferRound> rounds = OfferHistory::rounds(before);
    const bool latestIsRecorded = !before.revisions.isEmpty() && !rounds.isEmpty()
                                  && !rounds.last().editedSinceLastRevision;
    const Offer after = latestIsRecorded ? OfferHistory::withLatestRoundOverwritten(edited) : edited;
    return new EditOfferCommand(model, before, after, tr("Edit %1").arg(after.label()));
}
