// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QGroupBox>

class OffersModel;
class QDateEdit;
class QLineEdit;
class QRadioButton;
class QUndoCommand;

// In the offer dialog when an offer is edited: whether the new numbers correct the latest round (overwrite it) or
// are a new round, with its date and a note ("revised after my counter"), so the old numbers stay in the timeline.
class RoundChoiceWidget final : public QGroupBox
{
    Q_OBJECT

public:
    explicit RoundChoiceWidget(QWidget *parent = nullptr);

    void setNewRound(bool newRound);
    bool isNewRound() const;
    void setDate(const QDate &date);
    QDate date() const;
    QString note() const;

    // The undoable edit from `before` to the dialog's `edited` offer as chosen here; nullptr when nothing changes.
    QUndoCommand *commandFor(OffersModel *model, const Offer &before, const Offer &edited) const;

private:
    QRadioButton *m_overwrite;
    QRadioButton *m_newRound;
    QDateEdit *m_date;
    QLineEdit *m_note;
};
