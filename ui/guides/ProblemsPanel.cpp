// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/ProblemsPanel.h"

#include "ui/models/ProblemsModel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
{
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ProblemsModel::RawValueRole);

    m_title->setObjectName(u"problemsTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_view->setObjectName(u"problemsList"_s);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(sorted);
    for (const int column : {ProblemsModel::Location, ProblemsModel::Message, ProblemsModel::Summary})
        m_view->setColumnHidden(column, true);
    // Errors first, then by file and line, until the person sorts by another column.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::Severity, Qt::AscendingOrder);
    // File, line, severity, message: one line per problem, every column as wide as its text. A long message
    // scrolls sideways instead of wrapping into a tall, narrow row.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false); // a stretched message column would be cut, not scrolled
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_title->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(ProblemsModel::PathRole).toString();
        if (path.isEmpty())
            return;
        if (ProblemsModel::isGuideFile(path))
            emit openGuideRequested(path, index.data(ProblemsModel::LineRole).toInt());
        else
            emit openFolderRequested(folderOf(path));
    });
    setDiagnostics({});
}

QString ProblemsPanel::folderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void ProblemsPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    const int count = int(diagnostics.size());
    m_model->setDiagnostics(diagnostics);
    m_title->setText(count == 0   ? tr("&Problems: none")
                     : count == 1 ? tr("&Problems (1)")
                                  : tr("&Problems (%1)").arg(QLocale().toString(count)));
    m_view->setVisible(count > 0);
    updateDescription();
}

void ProblemsPanel::updateDescription()
{
    const Diagnostics &diagnostics = m_model->diagnostics();
    const int errors = int(countErrors(diagnostics));
    const int warnings = int(countWarnings(diagnostics));
    m_view->setAccessibleDescription(
        diagnostics.isEmpty()
            ? tr("Every guide loaded without problems.")
            : tr("%1 and %2 in the guides, errors first. Press Enter on one to open its guide at that line.")
                  .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
}
