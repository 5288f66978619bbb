// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Filters the guide library as the person types, and sorts it on raw values.
// Every word typed must appear somewhere in the guide's company, role, regions or level mapping,
// so "google l4" finds the guides whose level mapping names Google L4.
class GuideFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GuideFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // The row to select for the text typed: the first whose company or role contains it, else the first row.
    QModelIndex bestMatch() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // case-folded
};
