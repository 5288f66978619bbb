// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "offers/Offer.h"
#include "offers/OffersJson.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OfferDialog;
}
class OptionsFieldsWidget;

// The form for one offer. It only copies fields in and out; the checks are OffersJson::validate, shown inline as
// the person types, and OK stays disabled until the offer is valid.
class OfferDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OfferDialog(QWidget *parent = nullptr);
    ~OfferDialog() override;

    void setRegionSuggestions(const QStringList &regions);
    void setOffer(const Offer &offer); // keeps its id, so the edit applies to the same offer
    // The offer as edited; what the form has no field for (its rounds, the counters sent) is kept as given.
    Offer offer() const;
    // Adds a part the caller owns (the choice between a correction and a new round) below the notes.
    void addSection(QWidget *section);
    // Empty when OK may be pressed.
    QList<OffersJson::FieldProblem> problems() const;

public slots:
    void accept() override; // refuses while the offer has problems, whatever closed it

private:
    void revalidate();
    void showMore(bool shown);
    void shareGrantEdited();
    void showShareGrant();
    void setEquityTerms(const Offer &offer);
    void readEquityTerms(Offer &offer) const;
    void presetChosen(int index);
    void scheduleEdited();
    Result<QList<double>> schedule() const;
    QWidget *widgetFor(const QString &field) const;

    void showEquityType(EquityType type);

    std::unique_ptr<Ui::OfferDialog> m_ui;
    OptionsFieldsWidget *m_options = nullptr; // the equity type switch and the options fields
    qint64 m_id = 0;
    bool m_loading = false; // setOffer() is filling the fields: the total is not recomputed from the shares
    Offer m_given; // the offer setOffer() was given
};
