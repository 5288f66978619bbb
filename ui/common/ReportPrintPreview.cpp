// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/ReportPrintPreview.h"

#include "counter/NegotiationReport.h"
#include "report/ReportExport.h"
#include "report/ReportRenderer.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportPrintPreview", text);
}

QString suggestedFileName(const NegotiationReport &report)
{
    QString name = tr("Negotiation summary - %1 - %2").arg(report.company, report.region);
    name.replace(u'/', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name + u".pdf"_s);
}

} // namespace

QAction *ReportPrintPreview::createAction(QObject *parent)
{
    auto *action = new QAction(tr("Export Negotiation &Summary…"), parent);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action->setStatusTip(tr("Preview, print or save a PDF summary of the band, the offers and the counter"));
    return action;
}

void ReportPrintPreview::showPreview(const NegotiationReport &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.title);
    printer.setPageLayout(QPageLayout(ReportExport::defaultPageSize(), QPageLayout::Portrait,
                                      QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Negotiation summary"));
    dialog.resize(900, 1000);
    ReportRenderer renderer(report);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&renderer, &dialog](QPrinter *target) {
        if (const Result<> rendered = renderer.render(target); !rendered) {
            QMessageBox::warning(&dialog, tr("Negotiation summary"),
                                 tr("The summary could not be drawn: %1.").arg(rendered.message()));
        }
    });
    if (auto *toolBar = dialog.findChild<QToolBar *>()) {
        toolBar->addSeparator();
        QAction *save = toolBar->addAction(tr("Save as PDF…"));
        save->setObjectName(u"saveSummaryPdfAction"_s);
        // Toolbar buttons take no focus: the keyboard saves with the standard Save keys.
        save->setShortcut(QKeySequence::Save);
        save->setToolTip(tr("Save the summary as a PDF file (%1)").arg(save->shortcut().toString(QKeySequence::NativeText)));
        QObject::connect(save, &QAction::triggered, &dialog, [&report, &dialog] { saveAsPdf(report, &dialog); });
    }
    dialog.exec();
}

bool ReportPrintPreview::saveAsPdf(const NegotiationReport &report, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save negotiation summary"), suggestedFileName(report),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Result<int> written = ReportExport::writePdf(report, path, ReportExport::defaultPageSize());
    if (!written) {
        QMessageBox::warning(parent, tr("Save negotiation summary"),
                             tr("The summary was not saved.\n\n%1").arg(written.message()));
        return false;
    }
    return true;
}
