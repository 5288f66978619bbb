// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "FuzzEntries.h"

#include "common/SafeMarkdownDocument.h"
#include "guide/GuideBody.h"
#include "guide/GuideParser.h"
#include "offers/OffersJson.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace FuzzEntries {

void guideParse(const QByteArray &bytes)
{
    const GuideParseResult result = GuideParser::parse(bytes, u"fuzz.md"_s, QDate(2026, 11, 26));
    for (const Diagnostic &diagnostic : result.diagnostics)
        (void)diagnostic.toString();
    if (result.ok()) {
        for (const RegionBand &band : result.guide->regions)
            (void)(band.computedTotalLow() + band.computedTotalHigh());
        (void)result.guide->title();
    }
}

void guide(const QByteArray &bytes)
{
    const GuideParseResult result = GuideParser::parse(bytes, u"fuzz.md"_s, QDate(2026, 11, 26));
    for (const Diagnostic &diagnostic : result.diagnostics)
        (void)diagnostic.toString();

    QString body;
    if (result.ok()) {
        const Guide &guide = *result.guide;
        for (const RegionBand &band : guide.regions)
            (void)(band.computedTotalLow() + band.computedTotalHigh());
        (void)guide.title();
        (void)guide.isStale(QDate(2027, 1, 1));
        body = guide.body;
    } else {
        body = QString::fromUtf8(bytes);
        Guide scratch;
        GuideBody::parseInto(scratch, body, 1);
    }

    SafeMarkdownDocument document;
    document.setGuideMarkdown(body);
    document.setTextWidth(400);
    const QSizeF laidOut = document.size();
    QImage image(400, int(qBound<qreal>(1, laidOut.height(), 600)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter, QRectF(0, 0, 400, 600));
}

bool offers(const QByteArray &bytes)
{
    const OffersReadResult result = OffersJson::parse(bytes, u"fuzz.json"_s);
    (void)result.errorText();
    if (!result.ok())
        return true;
    for (const Offer &offer : result.offers)
        (void)OffersJson::validate(offer);

    // A good file survives a round trip through the writer unchanged.
    const QByteArray written = OffersJson::toJson(result.offers);
    const OffersReadResult again = OffersJson::parse(written, u"fuzz-again.json"_s);
    if (!again.ok() || again.offers.size() != result.offers.size())
        return false;
    for (qsizetype i = 0; i < result.offers.size(); ++i) {
        if (OffersJson::toJson({again.offers.at(i)}) != OffersJson::toJson({result.offers.at(i)}))
            return false;
    }
    return true;
}

} // namespace FuzzEntries
