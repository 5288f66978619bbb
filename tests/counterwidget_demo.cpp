// Shows the Counter tab on its own, for screenshots: offerdesk_counterwidget_demo GUIDE REGION OFFERS.json
// [--override base=N] ... It is not wired into the main window yet.

#include "CounterWidget.h"
#include "GuideParser.h"
#include "OfferComparison.h"
#include "OffersJson.h"

#include <QApplication>
#include <QScreen>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: offerdesk_counterwidget_demo GUIDE.md REGION OFFERS.json [--override PART=N]...\n";
        return 2;
    }
    const GuideParseResult parsed = GuideParser::parseFile(args.at(1), QDate::currentDate());
    if (!parsed.ok()) {
        err << "cannot read the guide\n";
        return 1;
    }
    const RegionBand *band = parsed.guide->findRegion(args.at(2));
    const OffersReadResult offers = OffersJson::readFile(args.at(3));
    if (!band || !offers.ok()) {
        err << "no such region, or bad offers: " << offers.errorText() << '\n';
        return 1;
    }
    const OffersComparison comparison = OfferComparison::compare(*parsed.guide, *band, offers.offers, ExchangeRates());
    int target = 0;
    for (int i = 0; i < offers.offers.size(); ++i) {
        if (offers.offers.at(i).target)
            target = i;
    }
    CounterWidget widget;
    widget.setWindowTitle(u"OfferDesk — Counter"_s);
    widget.setOffers(*parsed.guide, *band, comparison.rows, target);
    for (int i = 4; i + 1 < args.size(); i += 2) {
        if (args.at(i) != u"--override"_s)
            continue;
        const QStringList pair = args.at(i + 1).split(u'=');
        const CounterPart part = pair.value(0) == u"base"_s ? CounterPart::Base
            : pair.value(0) == u"sign_on"_s                  ? CounterPart::SignOn
                                                             : CounterPart::Equity;
        widget.setOverride(part, pair.value(1).toDouble());
    }
    widget.resize(QGuiApplication::primaryScreen()->availableSize().boundedTo(QSize(1400, 900)));
    widget.show();
    return QApplication::exec();
}
