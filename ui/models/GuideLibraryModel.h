// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/Guide.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

// One row per guide: the library as the browser lists it, in company then role order (so a view of 20,000 guides
// needs no sorting as the person types; a proxy can still sort on the raw values).
class GuideLibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Company, Role, Regions, LevelMapping, LastUpdated, ReviewStatus, ColumnCount }; // ReviewStatus shows "Stale" or nothing
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the display text, for sorting
        GuideIdRole,                     // "company/role"
        SearchTextRole,                  // everything the filter matches on, lower case
        StaleRole,                       // true when the review date has passed
    };

    explicit GuideLibraryModel(QObject *parent = nullptr);

    // Replaces the whole library; views keep their selection by guide id, not by row.
    void setGuides(const QList<Guide> &guides, const QDate &today = QDate::currentDate());
    // In the library's order, not the rows'.
    const QList<Guide> &guides() const { return m_guides; }
    const Guide *guideAt(int row) const;
    const Guide *guideById(const QString &id) const;
    int rowOf(const QString &id) const;
    // What the filter matches on, case-folded (SearchTextRole without a QVariant, for each keystroke).
    const QString &searchText(int row) const { return m_searchTexts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayValue(const Guide &guide, int column) const;
    QVariant rawValue(const Guide &guide, int column) const;
    QString toolTip(const Guide &guide) const;

    QList<Guide> m_guides;
    QList<qsizetype> m_guideOfRow; // row -> index in m_guides
    QHash<QString, int> m_rowById;
    QList<QString> m_searchTexts; // one per row, built once per load so each keystroke only compares
    QDate m_today;
};
