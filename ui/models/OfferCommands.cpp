// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/OfferCommands.h"

#include "ui/models/OffersModel.h"

#include <algorithm>

namespace {

// The current target, when `offers` would take its place.
std::optional<Offer> displacedTarget(const OffersModel *model, const QList<Offer> &offers)
{
    const bool takesTarget = std::any_of(offers.cbegin(), offers.cend(), [](const Offer &o) { return o.target; });
    if (!takesTarget)
        return std::nullopt;
    std::optional<Offer> current = model->targetOffer();
    if (current && std::any_of(offers.cbegin(), offers.cend(), [&](const Offer &o) { return o.id == current->id; }))
        return std::nullopt;
    return current;
}

void giveBackTarget(OffersModel *model, const std::optional<Offer> &previous)
{
    if (!previous)
        return;
    if (std::optional<Offer> now = model->offer(previous->id)) {
        now->target = true;
        (void)model->updateOffer(*now); // a failure reaches the window through errorOccurred
    }
}

} // namespace

AddOffersCommand::AddOffersCommand(OffersModel *model, const QList<Offer> &offers, const QString &text)
    : QUndoCommand(text), m_model(model), m_offers(offers)
{
}

void AddOffersCommand::redo()
{
    m_previousTarget = displacedTarget(m_model, m_offers);
    const Result<QList<qint64>> ids = m_model->insertOffers(m_offers);
    if (!ids) {
        setObsolete(true);
        return;
    }
    for (qsizetype i = 0; i < m_offers.size(); ++i)
        m_offers[i].id = ids->at(i);
}

void AddOffersCommand::undo()
{
    if (m_model->removeOffers(ids()))
        giveBackTarget(m_model, m_previousTarget);
}

QList<qint64> AddOffersCommand::ids() const
{
    QList<qint64> result;
    for (const Offer &offer : m_offers)
        result.append(offer.id);
    return result;
}

EditOfferCommand::EditOfferCommand(OffersModel *model, const Offer &before, const Offer &after, const QString &text)
    : QUndoCommand(text), m_model(model), m_before(before), m_after(after)
{
}

void EditOfferCommand::redo()
{
    m_previousTarget = displacedTarget(m_model, {m_after});
    if (!m_model->updateOffer(m_after))
        setObsolete(true);
}

void EditOfferCommand::undo()
{
    if (m_model->updateOffer(m_before))
        giveBackTarget(m_model, m_previousTarget);
}

RemoveOffersCommand::RemoveOffersCommand(OffersModel *model, const QList<Offer> &offers, const QString &text)
    : QUndoCommand(text), m_model(model), m_offers(offers)
{
}

void RemoveOffersCommand::redo()
{
    QList<qint64> ids;
    for (const Offer &offer : m_offers)
        ids.append(offer.id);
    if (!m_model->removeOffers(ids))
        setObsolete(true);
}

void RemoveOffersCommand::undo()
{
    (void)m_model->insertOffers(m_offers); // a failure reaches the window through errorOccurred
}
