#include "GuideFilterProxyModel.h"

#include "GuideLibraryModel.h"

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
    const QString haystack
        = sourceModel()->index(sourceRow, 0, sourceParent).data(GuideLibraryModel::SearchTextRole).toString();
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
    for (int row = 0; row < rowCount() && !text.isEmpty(); ++row) {
        for (const int column : {GuideLibraryModel::Company, GuideLibraryModel::Role}) {
            if (index(row, column).data().toString().contains(text, Qt::CaseInsensitive))
                return index(row, 0);
        }
    }
    return index(0, 0);
}
