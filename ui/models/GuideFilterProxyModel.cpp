// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/GuideFilterProxyModel.h"

#include "ui/models/GuideLibraryModel.h"

GuideFilterProxyModel::GuideFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GuideLibraryModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void GuideFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool GuideFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    // Straight from the model: a QVariant per row and keystroke costs more than the matching.
    const auto *library = qobject_cast<const GuideLibraryModel *>(sourceModel());
    const QString haystack
        = library ? library->searchText(sourceRow)
                  : sourceModel()->index(sourceRow, 0, sourceParent).data(GuideLibraryModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

QModelIndex GuideFilterProxyModel::bestMatch() const
{
    if (rowCount() == 0)
        return {};
    const QString text = m_text.trimmed();
    const auto *library = qobject_cast<const GuideLibraryModel *>(sourceModel());
    for (int row = 0; row < rowCount() && !text.isEmpty(); ++row) {
        const QModelIndex proxyIndex = index(row, 0);
        if (library) {
            const Guide *guide = library->guideAt(mapToSource(proxyIndex).row());
            if (guide->companyName().contains(text, Qt::CaseInsensitive)
                || guide->roleName().contains(text, Qt::CaseInsensitive))
                return proxyIndex;
            continue;
        }
        for (const int column : {GuideLibraryModel::Company, GuideLibraryModel::Role}) {
            if (index(row, column).data().toString().contains(text, Qt::CaseInsensitive))
                return proxyIndex;
        }
    }
    return index(0, 0);
}
