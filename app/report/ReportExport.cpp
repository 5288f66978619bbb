// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "report/ReportExport.h"

#include "common/AtomicFile.h"
#include "counter/NegotiationReport.h"
#include "report/ReportRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

// Set explicitly, and every size is converted from points with it: QPdfWriter's default of 1200 dpi makes any
// size given in pixels microscopic. 600 dpi keeps Qt's rounding of font pixel sizes well under 1%.
constexpr int kResolution = 600;

} // namespace

QPageSize ReportExport::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::PuertoRico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

std::optional<QPageSize> ReportExport::parsePageSize(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"a4"_s)
        return QPageSize(QPageSize::A4);
    if (key == u"letter"_s)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

Result<int> ReportExport::writePdf(const NegotiationReport &report, const QString &path, const QPageSize &pageSize)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    if (path.isEmpty())
        return Error{Tr::tr("no output file was given")};
    if (QFileInfo(path).isDir())
        return Error{Tr::tr("cannot write %1: it is a folder").arg(shown)};
    // Rendered in memory (a summary is tens of kilobytes), then written in one step: QPdfWriter reports no write
    // errors, and the old file must stay whole if the disk fills.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);

    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(report.title);
        writer.setCreator(u"OfferDesk"_s);
        const QPageLayout layout(pageSize, QPageLayout::Portrait, QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
        if (!writer.setPageLayout(layout))
            return Error{Tr::tr("cannot write %1: the page size %2 does not fit its margins").arg(shown, pageSize.name())};
        ReportRenderer renderer(report);
        if (const Result<> rendered = renderer.render(&writer); !rendered)
            return Error{Tr::tr("cannot write %1: %2").arg(shown, rendered.message())};
        pages = renderer.pageCount();
    }
    if (const Result<> written = AtomicFile::write(path, pdf); !written)
        return Error{Tr::tr("cannot write %1: %2").arg(shown, written.message())};
    return pages;
}
