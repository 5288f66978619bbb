// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/GuideLibraryModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QString searchTextOf(const Guide &guide)
{
    QStringList parts = {guide.companyName(), guide.company, guide.roleName(), guide.role, guide.levelMappingRaw,
                         guide.levelMappingInternal};
    parts.append(guide.regionNames());
    for (const RegionBand &band : guide.regions)
        parts.append(band.currency);
    return parts.join(u'\n').toCaseFolded();
}
} // namespace

GuideLibraryModel::GuideLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GuideLibraryModel::setGuides(const QList<Guide> &guides, const QDate &today)
{
    beginResetModel();
    m_guides = guides;
    m_today = today;

    // Collation keys once per guide, then cheap comparisons: sorting 20,000 names with QCollator::compare would
    // take a good part of a second.
    const QCollator collator;
    struct Key
    {
        QCollatorSortKey company;
        QCollatorSortKey role;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(m_guides.size()));
    for (qsizetype i = 0; i < m_guides.size(); ++i) {
        const Guide &guide = m_guides.at(i);
        keys.push_back({collator.sortKey(guide.companyName()), collator.sortKey(guide.roleName()), i});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (const int company = a.company.compare(b.company); company != 0)
            return company < 0;
        return a.role.compare(b.role) < 0;
    });

    m_guideOfRow.clear();
    m_guideOfRow.reserve(m_guides.size());
    m_rowById.clear();
    m_rowById.reserve(m_guides.size());
    m_searchTexts.clear();
    m_searchTexts.reserve(m_guides.size());
    for (const Key &key : keys) {
        const Guide &guide = m_guides.at(key.index);
        m_rowById.insert(guide.id(), int(m_guideOfRow.size()));
        m_guideOfRow.append(key.index);
        m_searchTexts.append(searchTextOf(guide));
    }
    endResetModel();
}

const Guide *GuideLibraryModel::guideAt(int row) const
{
    if (row < 0 || row >= m_guideOfRow.size())
        return nullptr;
    return &m_guides.at(m_guideOfRow.at(row));
}

const Guide *GuideLibraryModel::guideById(const QString &id) const
{
    return guideAt(rowOf(id));
}

int GuideLibraryModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

int GuideLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_guides.size());
}

int GuideLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuideLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Guide &guide = *guideAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(guide, index.column());
    case RawValueRole:
        return rawValue(guide, index.column());
    case GuideIdRole:
        return guide.id();
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    case StaleRole:
        return guide.isStale(m_today);
    case Qt::ToolTipRole:
        return toolTip(guide);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(guide.companyName(), guide.roleName())
               + (guide.isStale(m_today) ? tr(", stale") : QString());
    default:
        return {};
    }
}

QVariant GuideLibraryModel::displayValue(const Guide &guide, int column) const
{
    switch (column) {
    case Company:
        return guide.companyName();
    case Role:
        return guide.roleName();
    case Regions:
        return QLocale().createSeparatedList(guide.regionNames());
    case LevelMapping:
        return guide.levelMapping.join(u" = "_s);
    case LastUpdated:
        return QLocale().toString(guide.lastUpdated, QLocale::ShortFormat);
    case ReviewStatus:
        return guide.isStale(m_today) ? tr("Stale") : QString(); // only what needs attention
    default:
        return {};
    }
}

QVariant GuideLibraryModel::rawValue(const Guide &guide, int column) const
{
    switch (column) {
    case Company:
        return guide.companyName();
    case Role:
        return guide.roleName();
    case Regions:
        return int(guide.regions.size());
    case LevelMapping:
        return guide.levelMappingRaw;
    case LastUpdated:
        return guide.lastUpdated;
    case ReviewStatus:
        return guide.isStale(m_today);
    default:
        return {};
    }
}

QString GuideLibraryModel::toolTip(const Guide &guide) const
{
    QString tip = guide.title() + u'\n' + tr("Regions: %1").arg(QLocale().createSeparatedList(guide.regionNames()));
    if (guide.isStale(m_today))
        tip += u'\n' + tr("Stale: the review was due on %1").arg(QLocale().toString(guide.nextReviewDue, QLocale::LongFormat));
    return tip;
}

QVariant GuideLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Company");
    case Role:
        return tr("Role");
    case Regions:
        return tr("Regions");
    case LevelMapping:
        return tr("Level mapping");
    case LastUpdated:
        return tr("Updated");
    case ReviewStatus:
        return tr("Review");
    default:
        return {};
    }
}

QHash<int, QByteArray> GuideLibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(GuideIdRole, "guideId");
    names.insert(SearchTextRole, "searchText");
    names.insert(StaleRole, "stale");
    return names;
}
