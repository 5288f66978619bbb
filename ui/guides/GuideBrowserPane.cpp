// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/GuideBrowserPane.h"

#include "ui/guides/GuideListDelegate.h"
#include "ui/models/GuideFilterProxyModel.h"
#include "ui/models/GuideLibraryModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GuideBrowserPane::GuideBrowserPane(GuideLibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new GuideFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);

    m_search->setObjectName(u"guideSearch"_s);
    m_search->setAccessibleName(tr("Search guides"));
    m_search->setPlaceholderText(tr("Search company, role, region, level…"));
    m_search->setToolTip(tr("Type a company, role, region or level such as “Google L4” (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_count->setObjectName(u"guideMatchCount"_s);
    m_count->setAccessibleName(tr("Number of matching guides"));

    m_view->setObjectName(u"guideList"_s);
    m_view->setAccessibleName(tr("Guides"));
    m_view->setAccessibleDescription(tr("The guides that match the search: company, role and regions. Choosing one "
                                        "shows it; Enter moves to its pay bands, Escape back to the search."));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new GuideListDelegate(m_view));
    m_view->setHeaderHidden(true); // one column, in the model's company order: no sorting on each keystroke
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->installEventFilter(this);
    // The delegate draws company, role, regions and the stale tag in the first column; the rest stay searchable.
    for (int column = GuideLibraryModel::Role; column < GuideLibraryModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &GuideBrowserPane::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = currentGuideId();
        if (id == m_lastId)
            return;
        m_lastId = id;
        emit currentGuideChanged(id);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit guideActivated(index.data(GuideLibraryModel::GuideIdRole).toString());
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &GuideBrowserPane::updateMatchCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &GuideBrowserPane::updateMatchCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &GuideBrowserPane::updateMatchCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &GuideBrowserPane::updateMatchCount);
    updateMatchCount();
}

QString GuideBrowserPane::currentGuideId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(GuideLibraryModel::GuideIdRole).toString() : QString();
}

bool GuideBrowserPane::selectGuide(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

int GuideBrowserPane::matchCount() const
{
    return m_proxy->rowCount();
}

QString GuideBrowserPane::matchCountText() const
{
    return m_count->text();
}

void GuideBrowserPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GuideBrowserPane::onFilterChanged(const QString &text)
{
    m_proxy->setSearchText(text);
    updateMatchCount();
    selectBestMatch();
}

void GuideBrowserPane::selectBestMatch()
{
    // Typing selects the best match, and the selection drives the window. With the field cleared, the
    // selection stays where it is.
    const QModelIndex best = m_proxy->bestMatch();
    if (!best.isValid()) {
        if (!m_lastId.isEmpty()) {
            m_lastId.clear();
            emit currentGuideChanged(QString());
        }
        return;
    }
    if (m_proxy->searchText().trimmed().isEmpty() && m_view->currentIndex().isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(best, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(best);
}

void GuideBrowserPane::setLoading(bool loading)
{
    m_loading = loading;
    updateMatchCount();
}

void GuideBrowserPane::updateMatchCount()
{
    if (m_loading && m_model->rowCount() == 0) {
        m_count->setText(tr("Loading guides…"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_proxy->searchText().trimmed().isEmpty())
        m_count->setText(total == 1 ? tr("1 guide") : tr("%1 guides").arg(QLocale().toString(total)));
    else if (shown == 0)
        m_count->setText(tr("No guide matches “%1”").arg(m_proxy->searchText().trimmed()));
    else
        m_count->setText(shown == 1 ? tr("1 of %1 guides matches").arg(QLocale().toString(total))
                                    : tr("%1 of %2 guides match").arg(QLocale().toString(shown), QLocale().toString(total)));
}

bool GuideBrowserPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // Arrows move through the matches while the person keeps typing.
            QCoreApplication::sendEvent(m_view, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_view->currentIndex().isValid()) {
                m_view->setFocus(Qt::OtherFocusReason);
                emit guideActivated(currentGuideId());
            }
            return true;
        default:
            break;
        }
    } else if (watched == m_view && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
