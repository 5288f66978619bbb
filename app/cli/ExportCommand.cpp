#include "Cli.h"

#include "NegotiationReport.h"
#include "ReportExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// A stand-in for the offers JSON reader until it lands from the offers branch.
std::optional<QList<Offer>> readOffers(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1: not an offers JSON file: %2"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    QList<Offer> offers;
    const QJsonArray array = document.object().value(u"offers"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Offer offer;
        offer.company = object.value(u"company"_s).toString();
        offer.role = object.value(u"role"_s).toString();
        offer.level = object.value(u"level"_s).toString();
        offer.region = object.value(u"region"_s).toString();
        offer.currency = object.value(u"currency"_s).toString();
        offer.base = object.value(u"base"_s).toDouble();
        offer.equityTotal = object.value(u"equity_total"_s).toDouble();
        if (object.contains(u"vesting_schedule"_s)) {
            offer.vestingSchedule.clear();
            for (const QJsonValue &share : object.value(u"vesting_schedule"_s).toArray())
                offer.vestingSchedule.append(share.toDouble());
        }
        offer.bonusPct = object.value(u"bonus_pct"_s).toDouble();
        offer.signOn = object.value(u"sign_on"_s).toDouble();
        offer.signOnYear2 = object.value(u"sign_on_year2"_s).toDouble();
        offer.relocation = object.value(u"relocation"_s).toDouble();
        offer.refresherYearly = object.value(u"refresher_yearly"_s).toDouble();
        offer.target = object.value(u"target"_s).toBool();
        offers.append(offer);
    }
    return offers;
}

} // namespace

int Cli::exportCommand(const QStringList &arguments)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    parser.addOption(QCommandLineOption(u"guide"_s, u"The guide id, as 'offerdesk-cli list' prints it."_s, u"id"_s));
    parser.addOption(QCommandLineOption(u"region"_s, u"The guide's region to compare with."_s, u"name"_s));
    parser.addOption(QCommandLineOption(u"offers"_s, u"The offers JSON file."_s, u"file"_s));
    parser.addOption(QCommandLineOption(u"output"_s, u"The PDF file to write."_s, u"file"_s));
    parser.addOption(QCommandLineOption(
        u"rate"_s, u"An exchange rate FROM:TO=RATE (1 FROM = RATE TO), such as EUR:USD=1.08. May be repeated."_s,
        u"rate"_s));
    parser.addOption(QCommandLineOption(
        u"page-size"_s, u"A4 or Letter. The default follows the locale: Letter in the US, A4 elsewhere."_s,
        u"size"_s));
    parser.addOption(QCommandLineOption(u"date"_s, u"The date printed on the summary, YYYY-MM-DD (default: today)."_s,
                                        u"date"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    for (const QString &required : {u"guide"_s, u"region"_s, u"offers"_s, u"output"_s}) {
        if (!parser.isSet(required) || parser.value(required).trimmed().isEmpty())
            return usageError(command, u"--%1 is required"_s.arg(required));
    }
    QPageSize pageSize = ReportExport::defaultPageSize();
    if (parser.isSet(u"page-size"_s)) {
        const std::optional<QPageSize> parsed = ReportExport::parsePageSize(parser.value(u"page-size"_s));
        if (!parsed)
            return usageError(command, u"--page-size must be A4 or Letter, not '%1'"_s.arg(parser.value(u"page-size"_s)));
        pageSize = *parsed;
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(u"date"_s)) {
        date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return usageError(command, u"--date must be a date written YYYY-MM-DD, not '%1'"_s.arg(parser.value(u"date"_s)));
    }
    ExchangeRates rates;
    for (const QString &text : parser.values(u"rate"_s)) {
        QString error;
        std::optional<ExchangeRate> rate = ExchangeRate::parse(text, &error);
        if (!rate)
            return usageError(command, error);
        // Rates given here are entered for this summary: dated with it, so the same inputs give the same text.
        rate->entered = date;
        rates.set(*rate);
    }

    QString error;
    const std::optional<QList<Offer>> offers = readOffers(parser.value(u"offers"_s), &error);
    if (!offers) {
        err() << error << u'\n';
        return Failure;
    }

    const GuideLibrary library = loadLibrary(parser);
    const Guide *guide = findGuide(library, parser.value(u"guide"_s));
    if (!guide)
        return Failure;
    const RegionBand *band = findRegion(*guide, parser.value(u"region"_s));
    if (!band)
        return Failure;

    NegotiationReportInput input;
    input.guide = *guide;
    input.region = band->region;
    input.offers = *offers;
    input.rates = rates;
    input.date = date;
    const std::optional<NegotiationReport> report = NegotiationReport::build(input, &error);
    if (!report) {
        err() << u"offerdesk-cli export: "_s << error << u'\n';
        return Failure;
    }

    const QString output = parser.value(u"output"_s);
    const ReportExport::Result result = ReportExport::writePdf(*report, output, pageSize);
    if (!result.ok) {
        err() << u"offerdesk-cli export: "_s << result.error << u"; nothing was written\n"_s;
        return Failure;
    }
    out() << u"Wrote %1 (%2 page%3, %4)\n"_s.arg(output)
                 .arg(result.pageCount)
                 .arg(result.pageCount == 1 ? u""_s : u"s"_s)
                 .arg(pageSize.name());
    return Success;
}
