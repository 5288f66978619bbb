// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
struct NegotiationReport;

// Lays the negotiation summary out on pages and paints it onto a PDF writer or a printer: a header with the company
// and role and a footer with the page number on every page, tables whose rows never split across pages (their
// header repeats), paragraphs cut only between lines, and the chart drawn as vectors. Sizes are in points and
// converted with the device's own resolution, so text has the same size on any device.
class ReportRenderer
{
public:
    explicit ReportRenderer(const NegotiationReport &report);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    // Paints every page. An Error when the device can't be painted on.
    Result<> render(QPagedPaintDevice *device);
    // The number of pages the last render() produced.
    int pageCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
