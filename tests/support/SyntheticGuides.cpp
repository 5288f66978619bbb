// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "support/SyntheticGuides.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

struct Region
{
    const char *name;
    const char *currency;
    double scale; // of the US base figures
};

const Region kRegions[] = {
    {"San Francisco", "USD", 1.0}, {"New York", "USD", 0.97}, {"Seattle", "USD", 0.93}, {"Austin", "USD", 0.85},
    {"London", "GBP", 0.62},       {"Berlin", "EUR", 0.58},   {"Paris", "EUR", 0.6},    {"Toronto", "CAD", 0.9},
    {"Bangalore", "INR", 25.0},    {"Tokyo", "JPY", 95.0},    {"Sydney", "AUD", 1.1},   {"Zurich", "CHF", 0.85},
};
constexpr int kRegionCount = int(std::size(kRegions));

const char *const kCompanyStems[] = {"Acme",     "Globex",    "Initech", "Umbrella", "Hooli",   "Vandelay",
                                     "Soylent",  "Cyberdyne", "Tyrell",  "Wonka",    "Oscorp",  "Monarch",
                                     "Aperture", "Virtucon",  "Nakatomi", "Dunder",  "Prestige", "Sirius",
                                     "Gekko",    "Wernham"};
const char *const kCompanySuffixes[] = {"Robotics", "Labs",   "Systems", "Analytics", "Cloud",
                                        "Foods",    "Energy", "Bank",    "Health",    "Games"};
const char *const kRoles[] = {"Software Engineer", "Backend Engineer",  "Frontend Engineer", "Data Scientist",
                              "ML Engineer",       "Site Reliability Engineer", "Product Manager",
                              "Security Engineer", "Mobile Engineer",   "Data Engineer"};
const char *const kLevels[] = {"Junior", "Mid", "Senior", "Staff", "Principal", "Lead", "Manager",
                               "Senior Manager", "Director", "Distinguished"};
constexpr int kCompanies = int(std::size(kCompanyStems) * std::size(kCompanySuffixes)); // 200
constexpr int kRoleCount = int(std::size(kRoles));
constexpr int kLevelCount = int(std::size(kLevels));
constexpr int kPerCompany = kRoleCount * kLevelCount; // 100

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    return out;
}

struct Names
{
    QString company;
    QString companyDisplay;
    QString role;
    QString roleDisplay;
};

Names namesOf(int index)
{
    const int companyIndex = (index / kPerCompany) % kCompanies;
    const int round = index / (kPerCompany * kCompanies); // beyond 20,000 guides: "Acme Robotics 2", ...
    QString company = QString::fromLatin1(kCompanyStems[companyIndex / int(std::size(kCompanySuffixes))]) + u' '
                      + QString::fromLatin1(kCompanySuffixes[companyIndex % int(std::size(kCompanySuffixes))]);
    if (round > 0)
        company += u' ' + QString::number(round + 1);
    const QString role = QString::fromLatin1(kLevels[index % kLevelCount]) + u' '
                         + QString::fromLatin1(kRoles[(index / kLevelCount) % kRoleCount]);
    return {slug(company), company, slug(role), role};
}

} // namespace

QString SyntheticGuides::fileName(int index)
{
    const Names names = namesOf(index);
    return names.company + u"--"_s + names.role + u".md"_s;
}

QByteArray SyntheticGuides::guideText(int index, const QDate &today)
{
    const Names names = namesOf(index);
    const int level = index % kLevelCount;
    const double levelFactor = 0.7 + 0.15 * level;
    const double companyFactor = 0.85 + 0.01 * ((index / kPerCompany) % 30);
    const int regionCount = 1 + index % 4;
    const bool statedTotalOff = index % 7 == 3;
    const QDate reviewDue = today.addDays(index % 3 == 0 ? -30 - index % 200 : 30 + index % 300);

    QString text;
    text.reserve(6000);
    text += u"---\n"_s;
    text += u"company: %1\ncompany_display: %2\nrole: %3\nrole_display: %4\n"_s.arg(names.company, names.companyDisplay,
                                                                                  names.role, names.roleDisplay);
    text += u"role_type: %1\n"_s.arg(level >= 6 ? u"management"_s : u"standard"_s);
    text += u"last_updated: %1\n"_s.arg(reviewDue.addDays(-120).toString(Qt::ISODate));
    text += u"data_quality: %1\n"_s.arg(index % 5 == 0 ? u"medium"_s : u"high"_s);
    text += u"salary_data_quarter: %1-Q%2\n"_s.arg(2024 + index % 2).arg(1 + index % 4);
    text += u"next_review_due: %1\n"_s.arg(reviewDue.toString(Qt::ISODate));
    text += u"compensation:\n"_s;
    for (int r = 0; r < regionCount; ++r) {
        const Region &region = kRegions[(index + r * 5) % kRegionCount];
        const double factor = region.scale * levelFactor * companyFactor;
        const double baseLow = std::round(120000 * factor / 1000) * 1000;
        const double baseHigh = std::round(160000 * factor / 1000) * 1000;
        const double stockLow = std::round(80000 * factor / 1000) * 1000;
        const double stockHigh = std::round(200000 * factor / 1000) * 1000;
        const int bonus = 5 + (index + r) % 4 * 5;
        const double totalLow = baseLow + stockLow / 4 + baseLow * bonus / 100.0;
        double totalHigh = baseHigh + stockHigh / 4 + baseHigh * bonus / 100.0;
        if (statedTotalOff && r == 0)
            totalHigh *= 1.2;
        text += u"  - region: %1\n    base_low: %2\n    base_high: %3\n    stock_low: %4\n    stock_high: %5\n"
                u"    bonus_pct: %6\n    total_comp_low: %7\n    total_comp_high: %8\n    currency: %9\n"_s
                    .arg(QString::fromLatin1(region.name))
                    .arg(baseLow, 0, 'f', 0)
                    .arg(baseHigh, 0, 'f', 0)
                    .arg(stockLow, 0, 'f', 0)
                    .arg(stockHigh, 0, 'f', 0)
                    .arg(bonus)
                    .arg(std::round(totalLow), 0, 'f', 0)
                    .arg(std::round(totalHigh), 0, 'f', 0)
                    .arg(QString::fromLatin1(region.currency));
    }
    text += u"level_mapping:\n  internal: %1\n  raw: %2 %3 = Globex L%4 = Initech E%4 = Hooli IC%4\n"_s
                .arg(index % 2 ? u"null"_s : u"\"%1\""_s.arg(names.roleDisplay), names.companyDisplay,
                     names.roleDisplay)
                .arg(3 + level);
    text += u"data_sources:\n  - Offers reported by readers\n  - Recruiter calls\n"_s;
    if (index % 3 == 0)
        text += u"  - Public job postings\n"_s;
    text += u"negotiation_dna_summary: \"%1 pays %2 | Equity %3 | Focus %4\"\n"_s.arg(
        names.companyDisplay, index % 2 ? u"at the market"_s : u"above the market"_s,
        index % 3 ? u"matters"_s : u"is small"_s, names.roleDisplay);
    text += u"---\n"_s;

    // A body like a real guide's: sections, numbered levers and the "negotiate up" script.
    text += u"### %1 | %2 Negotiation Guide\n\n"_s.arg(names.roleDisplay, names.companyDisplay);
    text += u"**Negotiation DNA:** %1 rewards people who bring numbers.\n\n"_s.arg(names.companyDisplay);
    text += u"| Region | Base | Stock (4 yr) | Bonus |\n|---|---|---|---|\n"_s;
    for (int r = 0; r < regionCount; ++r)
        text += u"| %1 | see front matter | see front matter | %2% |\n"_s.arg(
            QString::fromLatin1(kRegions[(index + r * 5) % kRegionCount].name)).arg(5 + (index + r) % 4 * 5);
    text += u"\n## Levers\n\n"_s;
    const char *const levers[] = {"Competing offer", "Level", "Sign-on bonus", "Equity refresh", "Start date"};
    for (int l = 0; l < 5; ++l)
        text += u"%1. **%2:** Ask about it early and write down what %3 says; this is lever %1 of five, and it "
                u"works best with a number in hand.\n"_s.arg(l + 1).arg(QString::fromLatin1(levers[l]),
                                                                        names.companyDisplay);
    text += u"\n## Negotiate Up Strategy\n\n> **Negotiate Up:** \"Thank you, I am excited about %1. With the offer "
            u"I hold, a base nearer the top of the band would let me sign this week.\"\n\n"_s.arg(
                names.companyDisplay);
    for (int p = 0; p < 4; ++p)
        text += u"## Notes %1\n\nRecruiters at %2 answer within two days. Keep every figure in writing; compare the "
                u"whole package over four years, not only the base. Ask for the band, then for the level.\n\n"_s.arg(
                    p + 1).arg(names.companyDisplay);
    return text.toUtf8();
}

QStringList SyntheticGuides::writeFolder(const QString &folder, int count, const QDate &today)
{
    QStringList paths;
    if (!QDir().mkpath(folder))
        return {};
    for (int i = 0; i < count; ++i) {
        const QString path = folder + u'/' + fileName(i);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(guideText(i, today)) < 0)
            return {};
        paths.append(path);
    }
    return paths;
}
