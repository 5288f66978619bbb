// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

class OffersModel;

// Every edit of the offers is one of these, pushed on a QUndoStack. Each redo and undo is one store transaction
// (plus, when a target moves, the one that gives it back). A first redo that fails marks the command obsolete, so
// the stack drops it and nothing pretends to be saved.

// Adds offers (one from the form, a duplicate, or an import). Undo deletes them; redo puts them back under the
// same ids.
class AddOffersCommand final : public QUndoCommand
{
public:
    AddOffersCommand(OffersModel *model, const QList<Offer> &offers, const QString &text);
    void redo() override;
    void undo() override;
    QList<qint64> ids() const;

private:
    OffersModel *m_model;
    QList<Offer> m_offers;
    std::optional<Offer> m_previousTarget; // the target this add displaced, given back on undo
};

// Replaces one offer's fields.
class EditOfferCommand final : public QUndoCommand
{
public:
    EditOfferCommand(OffersModel *model, const Offer &before, const Offer &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    OffersModel *m_model;
    Offer m_before;
    Offer m_after;
    std::optional<Offer> m_previousTarget;
};

// Deletes offers. Undo puts them back, with their ids and fields.
class RemoveOffersCommand final : public QUndoCommand
{
public:
    RemoveOffersCommand(OffersModel *model, const QList<Offer> &offers, const QString &text);
    void redo() override;
    void undo() override;

private:
    OffersModel *m_model;
    QList<Offer> m_offers;
};
