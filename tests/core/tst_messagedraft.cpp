// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The message draft: made from the same counter as the script, short and polite, never the floor nor a weaker
// offer's figures; the "more time" message; and the mailto: URL, encoded as RFC 6068 asks.
#include "CounterFixtures.h"
#include "common/Money.h"
#include "counter/MessageDraft.h"
#include "counter/ScriptLint.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestMessageDraft : public QObject
{
    Q_OBJECT

private slots:
    void counterDraftCarriesTheScript();
    void counterDraftPassesTheChecker();
    void counterDraftWithoutNames();
    void moreTimeNamesTheDates();
    void moreTimeAfterTheDeadline();
    void offersMoreTimeWhenTheDeadlineIsClose();
    void mailtoEncodesEverything();
    void mailtoWithoutRecipient();
};

namespace {

CounterInput withCompetitors()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band),
                       CounterFixtures::inBand(CounterFixtures::offer(u"Initech"_s, u"E4"_s, 150000, 40000, 0),
                                               input.band)};
    return input;
}

} // namespace

void TestMessageDraft::counterDraftCarriesTheScript()
{
    const CounterInput input = withCompetitors();
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    const MessageDraft draft = MessageDrafts::counter(input, suggestion, {u"Jane"_s, u"Alex"_s});
    QCOMPARE(draft.subject, u"Following up on the Software Engineer offer"_s);
    QVERIFY2(draft.body.startsWith(u"Hi Jane,\n\nThank you for the offer for the Software Engineer role at Acme "
                                   u"Robotics. "_s),
             qPrintable(draft.body));
    QVERIFY2(draft.body.contains(suggestion.script), qPrintable(draft.body));
    QVERIFY(draft.body.endsWith(u"Best regards,\nAlex"_s));
    QVERIFY(!draft.body.contains(u"Initech"_s));
    // The floor's figure is never in it.
    QVERIFY(!draft.body.contains(Money::spoken(suggestion.floorAnnualized, u"USD"_s)));
    QVERIFY(!draft.body.contains(Money::exact(suggestion.floorAnnualized, u"USD"_s, MoneyStyle::report())));
    // Short: the script and four short paragraphs around it.
    QVERIFY(draft.body.size() < suggestion.script.size() + 200);
}

void TestMessageDraft::counterDraftPassesTheChecker()
{
    const QList<CounterInput> inputs = {CounterFixtures::acmeInput(), withCompetitors(), [] {
                                            CounterInput input = withCompetitors();
                                            input.settings = CounterFixtures::settings(5, 400000);
                                            return input;
                                        }()};
    for (const CounterInput &input : inputs) {
        const CounterSuggestion suggestion = CounterEngine::suggest(input);
        const MessageDraft draft = MessageDrafts::counter(input, suggestion, {u"Jane"_s, u"Alex"_s});
        const QList<LintProblem> problems =
            ScriptLint::check(draft.subject + u"\n\n"_s + draft.body, ScriptLint::scenarioFrom(input, suggestion));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).rule + u": "_s + problems.value(0).excerpt));
    }
}

void TestMessageDraft::counterDraftWithoutNames()
{
    const CounterInput input = CounterFixtures::acmeInput();
    const MessageDraft draft = MessageDrafts::counter(input, CounterEngine::suggest(input));
    QVERIFY(draft.body.startsWith(u"Hi,\n\n"_s));
    QVERIFY(draft.body.endsWith(u"\n\nBest regards,"_s));
}

void TestMessageDraft::moreTimeNamesTheDates()
{
    Offer offer = CounterFixtures::offer(u"Acme Robotics"_s, u"SWE II"_s, 160000, 120000, 10);
    offer.role = u"Software Engineer"_s;
    offer.deadline = QDate(2026, 3, 13);
    const MessageDraft draft = MessageDrafts::moreTime(offer, QDate(2026, 3, 12), {u"Jane"_s, u"Alex"_s});
    QCOMPARE(draft.subject, u"Time to decide on the Software Engineer offer"_s);
    QCOMPARE(draft.body,
             u"Hi Jane,\n\nThank you again for the offer for the Software Engineer role at Acme Robotics. I am taking "
             u"the decision seriously and want to give you a considered answer.\n\nCould we move the deadline from "
             u"13 March 2026 to 20 March 2026? I will have a clear answer for you by then.\n\nThank you for "
             u"understanding,\nAlex"_s);
    QVERIFY(ScriptLint::check(draft.body).isEmpty());
}

void TestMessageDraft::moreTimeAfterTheDeadline()
{
    Offer offer = CounterFixtures::offer(u"Acme Robotics"_s, QString(), 160000, 0, 0);
    offer.deadline = QDate(2026, 3, 1);
    const MessageDraft passed = MessageDrafts::moreTime(offer, QDate(2026, 3, 12), {}, 3);
    QCOMPARE(passed.subject, u"Time to decide on the Acme Robotics offer"_s);
    QVERIFY2(passed.body.contains(u"Could I have until 15 March 2026 to decide?"_s), qPrintable(passed.body));
    QVERIFY(passed.body.contains(u"the offer for the role at Acme Robotics."_s));
    offer.deadline = QDate();
    QVERIFY(MessageDrafts::moreTime(offer, QDate(), {}).body.contains(u"one more week"_s));
}

void TestMessageDraft::offersMoreTimeWhenTheDeadlineIsClose()
{
    Offer offer = CounterFixtures::offer(u"Acme"_s, QString(), 160000, 0, 0);
    const QDate today(2026, 3, 10);
    QVERIFY(!MessageDrafts::shouldOfferMoreTime(offer, today));
    offer.deadline = QDate(2026, 3, 12);
    QVERIFY(MessageDrafts::shouldOfferMoreTime(offer, today));
    offer.deadline = QDate(2026, 3, 13);
    QVERIFY(!MessageDrafts::shouldOfferMoreTime(offer, today));
    offer.deadline = QDate(2026, 3, 9);
    QVERIFY(!MessageDrafts::shouldOfferMoreTime(offer, today));
}

void TestMessageDraft::mailtoEncodesEverything()
{
    const MessageDraft draft{u"R&D offer #2: 100% sure"_s,
                             u"Hi Zoë,\n\nBase & equity: $215K #1 ask, 50% more.\r\nMerci — à bientôt ✓\n= done?"_s};
    const QUrl url = draft.mailtoUrl(u"jane.doe@example.com"_s);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"mailto"_s);
    QCOMPARE(url.path(), u"jane.doe@example.com"_s);
    const QString encoded = QString::fromLatin1(url.toEncoded());
    QCOMPARE(encoded,
             u"mailto:jane.doe@example.com?subject=R%26D%20offer%20%232%3A%20100%25%20sure"
             u"&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0ABase%20%26%20equity%3A%20%24215K%20%231%20ask%2C%2050%25%20more."
             u"%0D%0AMerci%20%E2%80%94%20%C3%A0%20bient%C3%B4t%20%E2%9C%93%0D%0A%3D%20done%3F"_s);
    // Decoded, each part is the text again, with CRLF line breaks.
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), draft.subject);
    QString crlf = draft.body;
    crlf.replace(u"\r\n"_s, u"\n"_s).replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), crlf);
    // The encoded URL read back is the same URL.
    QCOMPARE(QUrl::fromEncoded(url.toEncoded()), url);
}

void TestMessageDraft::mailtoWithoutRecipient()
{
    const QUrl url = MessageDraft{u"Hi"_s, QString()}.mailtoUrl();
    QCOMPARE(QString::fromLatin1(url.toEncoded()), u"mailto:?subject=Hi"_s);
}

QTEST_GUILESS_MAIN(TestMessageDraft)
#include "tst_messagedraft.moc"
