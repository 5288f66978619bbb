// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

class QAction;
class QObject;
class QWidget;
struct NegotiationReport;

// The GUI's way into the negotiation summary: File > Export Negotiation Summary… (Ctrl+E) opens a print preview
// with Print and Save as PDF. The main window builds the NegotiationReport from its guide, region and offers (and
// the Counter tab's suggestion with its overrides) and calls showPreview().
namespace ReportPrintPreview {

// "Export Negotiation Summary…" with Ctrl+E; the caller connects triggered() and adds it to the File menu.
QAction *createAction(QObject *parent);

// Shows the summary in a modal print preview. Its toolbar also has Print and Save as PDF…
void showPreview(const NegotiationReport &report, QWidget *parent);

// Asks for a file name (Letter or A4 from the locale) and writes the PDF; tells the person when it fails.
// True when a file was written.
bool saveAsPdf(const NegotiationReport &report, QWidget *parent);

} // namespace ReportPrintPreview
