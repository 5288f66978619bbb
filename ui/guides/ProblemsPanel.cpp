// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/ProblemsPanel.h"

#include "ui/models/ProblemsModel.h"

#include <QEvent>
#include <QFileInfo>
#include <QTimer>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_title(new QLabel(this))
    , m_view(new QListView(this))
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
    m_view->setModelColumn(ProblemsModel::Summary);
    sorted->sort(ProblemsModel::Summary);
    // One wrapped "file:line: message" row per problem reads best in a narrow pane.
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->installEventFilter(this);
    m_title->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(ProblemsModel::PathRole).toString();
        if (!path.isEmpty())
            emit openFolderRequested(folderOf(path));
    });
    setDiagnostics({});
}

bool ProblemsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows keep the heights measured at the old width; measure them again at the new one.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_view->wordWrap())
        QTimer::singleShot(0, m_view, &QListView::doItemsLayout);
    return QWidget::eventFilter(watched, event);
}

QString ProblemsPanel::folderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void ProblemsPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    const int count = int(diagnostics.size());
    // Wrapped rows are measured one by one, at every resize: for thousands of problems (a large library whose
    // reviews are due) that froze the window for most of a second. Past a few hundred, each problem takes one
    // line, shortened in the middle, with the whole message in its tooltip.
    constexpr int kMaxWrappedRows = 300;
    const bool oneLineEach = count > kMaxWrappedRows;
    m_view->setWordWrap(!oneLineEach);
    m_view->setUniformItemSizes(oneLineEach);
    m_view->setTextElideMode(oneLineEach ? Qt::ElideMiddle : Qt::ElideNone);
    m_model->setDiagnostics(diagnostics);
    m_title->setText(count == 0   ? tr("&Problems: none")
                     : count == 1 ? tr("&Problems (1)")
                                  : tr("&Problems (%1)").arg(QLocale().toString(count)));
    m_view->setVisible(count > 0);
}
