// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Deadlines: days left from a given today, urgent at two days or fewer, passed, the words, the order and the notice.
#include "offers/Deadlines.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void noDeadline();
    void listIsSoonestFirst();
    void noticeIsForTheNext48Hours();
    void noticeText();
};

namespace {

Offer withDeadline(const QString &company, const QDate &deadline)
{
    Offer offer;
    offer.company = company;
    offer.region = u"Springfield"_s;
    offer.base = 100000;
    offer.deadline = deadline;
    return offer;
}

const QDate kToday(2026, 3, 10);

} // namespace

void TestDeadlines::status_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<QString>("words");
    using U = DeadlineStatus::Urgency;
    QTest::newRow("in three days") << QDate(2026, 3, 13) << 3 << int(U::Open) << u"3 days left"_s;
    QTest::newRow("in two days") << QDate(2026, 3, 12) << 2 << int(U::Urgent) << u"2 days left \u2014 urgent"_s;
    QTest::newRow("tomorrow") << QDate(2026, 3, 11) << 1 << int(U::Urgent) << u"1 day left \u2014 urgent"_s;
    QTest::newRow("today") << QDate(2026, 3, 10) << 0 << int(U::Urgent) << u"due today \u2014 urgent"_s;
    QTest::newRow("yesterday") << QDate(2026, 3, 9) << -1 << int(U::Passed) << u"passed 1 day ago"_s;
    QTest::newRow("a week ago") << QDate(2026, 3, 3) << -7 << int(U::Passed) << u"passed 7 days ago"_s;
    QTest::newRow("across a month") << QDate(2026, 4, 9) << 30 << int(U::Open) << u"30 days left"_s;
}

void TestDeadlines::status()
{
    QFETCH(QDate, deadline);
    QFETCH(int, daysLeft);
    QFETCH(int, urgency);
    QFETCH(QString, words);
    const DeadlineStatus status = Deadlines::status(deadline, kToday);
    QCOMPARE(status.daysLeft, daysLeft);
    QCOMPARE(int(status.urgency), urgency);
    QVERIFY(status.hasDeadline());
    QCOMPARE(status.isPassed(), daysLeft < 0);
    QCOMPARE(status.isUrgent(), daysLeft >= 0 && daysLeft <= 2);
    QCOMPARE(Deadlines::words(status), words);
}

void TestDeadlines::noDeadline()
{
    const DeadlineStatus status = Deadlines::status(QDate(), kToday);
    QVERIFY(!status.hasDeadline());
    QVERIFY(!status.isUrgent());
    QCOMPARE(Deadlines::words(status), QString());
}

void TestDeadlines::listIsSoonestFirst()
{
    const QList<Offer> offers = {withDeadline(u"Later"_s, QDate(2026, 3, 20)), withDeadline(u"None"_s, QDate()),
                                 withDeadline(u"Passed"_s, QDate(2026, 3, 1)),
                                 withDeadline(u"Soon"_s, QDate(2026, 3, 11))};
    const QList<DeadlineEntry> entries = Deadlines::list(offers, kToday);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).label, u"Passed"_s);
    QCOMPARE(entries.at(0).offerIndex, 2);
    QCOMPARE(entries.at(0).status.daysLeft, -9);
    QCOMPARE(entries.at(1).label, u"Soon"_s);
    QCOMPARE(entries.at(1).status.daysLeft, 1);
    QCOMPARE(entries.at(2).label, u"Later"_s);
    QCOMPARE(entries.at(2).status.daysLeft, 10);
}

void TestDeadlines::noticeIsForTheNext48Hours()
{
    const QList<Offer> offers = {withDeadline(u"Passed"_s, QDate(2026, 3, 9)),
                                 withDeadline(u"Today"_s, QDate(2026, 3, 10)),
                                 withDeadline(u"Tomorrow"_s, QDate(2026, 3, 11)),
                                 withDeadline(u"In two days"_s, QDate(2026, 3, 12)),
                                 withDeadline(u"In three days"_s, QDate(2026, 3, 13))};
    const QList<DeadlineEntry> notice = Deadlines::needingNotice(offers, kToday);
    QCOMPARE(notice.size(), 3);
    QCOMPARE(notice.at(0).label, u"Today"_s);
    QCOMPARE(notice.at(2).label, u"In two days"_s);
    QVERIFY(Deadlines::needingNotice(offers, QDate(2026, 3, 14)).isEmpty());
}

void TestDeadlines::noticeText()
{
    const QList<Offer> offers = {withDeadline(u"Initech"_s, QDate(2026, 3, 11)),
                                 withDeadline(u"Globex"_s, QDate(2026, 3, 12))};
    // Dates as the offers table writes them, in the screen's locale.
    const auto shown = [](const QDate &date) { return QLocale().toString(date, QLocale::ShortFormat); };
    QCOMPARE(Deadlines::noticeText(Deadlines::needingNotice(offers, kToday)),
             u"Initech's deadline is tomorrow (%1). Globex's deadline is in 2 days (%2)."_s.arg(
                 shown(QDate(2026, 3, 11)), shown(QDate(2026, 3, 12))));
    QCOMPARE(Deadlines::noticeText(Deadlines::needingNotice({withDeadline(u"Acme"_s, kToday)}, kToday)),
             u"Acme's deadline is today (%1)."_s.arg(shown(QDate(2026, 3, 10))));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString french = Deadlines::noticeText(Deadlines::needingNotice({withDeadline(u"Acme"_s, kToday)}, kToday));
    QLocale::setDefault(before);
    QVERIFY2(french.contains(u"(10/03/2026)"_s), qPrintable(french));
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
