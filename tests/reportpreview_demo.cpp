// The print preview of the negotiation summary on its own, for screenshots under Xvfb until the main window's
// File > Export Negotiation Summary… is wired to it: reportpreview_demo GUIDE.md REGION OFFERS.json

#include "GuideParser.h"
#include "NegotiationReport.h"
#include "OffersJson.h"
#include "ReportPrintPreview.h"

#include <QApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 4) {
        err << "usage: reportpreview_demo GUIDE.md REGION OFFERS.json\n";
        return 2;
    }
    const GuideParseResult guide = GuideParser::parseFile(arguments.at(1), QDate::currentDate());
    const OffersReadResult offers = OffersJson::readFile(arguments.at(3));
    if (!guide.ok() || !offers.ok()) {
        err << "reportpreview_demo: the guide or the offers did not load\n";
        return 1;
    }
    NegotiationReportInput input;
    input.guide = *guide.guide;
    input.region = arguments.at(2);
    input.offers = offers.offers;
    input.date = QDate::currentDate();
    QString error;
    const std::optional<NegotiationReport> report = NegotiationReport::build(input, &error);
    if (!report) {
        err << "reportpreview_demo: " << error << '\n';
        return 1;
    }
    ReportPrintPreview::showPreview(*report, nullptr);
    return 0;
}
