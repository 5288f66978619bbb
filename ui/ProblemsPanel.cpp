#include "ProblemsPanel.h"

#include "ProblemsModel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
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
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setWordWrap(true);
    m_view->header()->setSectionResizeMode(ProblemsModel::Location, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
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

QString ProblemsPanel::folderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void ProblemsPanel::setDiagnostics(const Diagnostics &diagnostics)
{
    m_model->setDiagnostics(diagnostics);
    const int count = int(diagnostics.size());
    m_title->setText(count == 0   ? tr("&Problems: none")
                     : count == 1 ? tr("&Problems (1)")
                                  : tr("&Problems (%1)").arg(QLocale().toString(count)));
    m_view->setVisible(count > 0);
}
