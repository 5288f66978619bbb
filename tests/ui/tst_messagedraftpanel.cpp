// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The Counter tab's words, offscreen: the email draft made from the counter, edited in place and kept; the check
// that underlines a problem where it is (debounced, as the person types), with its reason in a tooltip and a list;
// Copy; the mailto: URL handed to the opener (a test's, never a mail app); the message asking for more time when
// the deadline is close; and a counter sent recorded with its asks and words.
#include "counter/MessageDraft.h"
#include "guide/GuideParser.h"
#include "ui/common/Clock.h"
#include "ui/counter/CounterWidget.h"
#include "ui/counter/MessageDraftPanel.h"
#include "ui/counter/RecordCounterDialog.h"
#include "ui/counter/TextCheck.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestMessageDraftPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void draftIsMadeFromTheCounter();
    void problemIsUnderlinedWhereItIs();
    void scriptIsCheckedToo();
    void copyPutsTheDraftOnTheClipboard();
    void openInMailAppHandsOverTheMailtoUrl();
    void editedDraftIsKeptUntilWrittenAgain();
    void moreTimeIsOfferedWhenTheDeadlineIsClose();
    void recordCounterSent();

private:
    void showEmailTab();
    MessageDraftPanel *panel() const { return m_widget->draftPanel(); }
    QPlainTextEdit *body() const { return panel()->findChild<QPlainTextEdit *>(u"draftBody"_s); }

    Guide m_guide;
    RegionBand m_band;
    QList<BandComparison> m_offers;
    std::unique_ptr<CounterWidget> m_widget;
};

namespace {

const QDate kToday(2026, 3, 10);

Offer makeOffer(qint64 id, const QString &company, const QString &level, double base, double equity, double bonusPct)
{
    Offer offer;
    offer.id = id;
    offer.company = company;
    offer.level = level;
    offer.region = u"San Francisco"_s;
    offer.currency = u"USD"_s;
    offer.base = base;
    offer.equityTotal = equity;
    offer.bonusPct = bonusPct;
    return offer;
}

// The format ranges of the block holding `position`, in positions of the whole text.
QList<QPair<qsizetype, qsizetype>> underlinedRanges(QPlainTextEdit *editor)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                ranges.append({block.position() + range.start, range.length});
        }
    }
    return ranges;
}

} // namespace

void TestMessageDraftPanel::initTestCase()
{
    Clock::setSource([] { return QDateTime(kToday, QTime(9, 0)); });
    const GuideParseResult parsed = GuideParser::parseFile(QStringLiteral(OFFERDESK_SEED_GUIDE), QDate(2026, 3, 1));
    QVERIFY(parsed.ok());
    m_guide = *parsed.guide;
    m_band = *m_guide.findRegion(u"San Francisco"_s);
    for (const Offer &offer : {makeOffer(1, u"Acme Robotics"_s, u"SWE II"_s, 180000, 160000, 5),
                               makeOffer(2, u"Globex"_s, u"L4"_s, 205000, 230000, 10),
                               makeOffer(3, u"Initech"_s, QString(), 175000, 150000, 0)}) {
        const Result<BandComparison> comparison = compareWithBand(offer, m_band, ExchangeRates());
        QVERIFY(comparison.has_value());
        m_offers.append(*comparison);
    }
}

void TestMessageDraftPanel::init()
{
    m_widget = std::make_unique<CounterWidget>();
    m_widget->setOffers(m_guide, m_band, m_offers, 0);
    m_widget->resize(1400, 900);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestMessageDraftPanel::cleanup()
{
    m_widget.reset();
}

void TestMessageDraftPanel::showEmailTab()
{
    auto *tabs = m_widget->findChild<QTabWidget *>(u"sayTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(panel());
    QVERIFY(panel()->isVisible());
}

void TestMessageDraftPanel::draftIsMadeFromTheCounter()
{
    showEmailTab();
    const MessageDraft expected = MessageDrafts::counter(m_widget->input(), m_widget->suggestion());
    QVERIFY(!expected.subject.isEmpty() && !expected.body.isEmpty());
    QCOMPARE(panel()->draft(), expected);
    QCOMPARE(panel()->findChild<QLineEdit *>(u"draftSubject"_s)->text(), expected.subject);
    QVERIFY(!panel()->isEdited());
    // The engine's own words pass the check.
    QVERIFY(panel()->check()->problems().isEmpty());
    for (const QString &name : {u"draftSubject"_s, u"draftBody"_s, u"copyDraft"_s, u"openDraftInMail"_s}) {
        auto *child = panel()->findChild<QWidget *>(name);
        QVERIFY2(child && (!child->accessibleName().isEmpty() || !child->accessibleDescription().isEmpty()),
                 qPrintable(name));
    }
    QVERIFY(!panel()->accessibleName().isEmpty());
}

void TestMessageDraftPanel::problemIsUnderlinedWhereItIs()
{
    showEmailTab();
    QPlainTextEdit *editor = body();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    const QString sentence = u"Sorry, but I was hoping maybe for $230K base."_s;
    QTest::keyClicks(editor, sentence);
    // Checked a moment after the last key, not per key.
    QVERIFY(panel()->check()->problems().isEmpty());
    QTRY_COMPARE(panel()->check()->problems().size(), 1);
    const TextProblem problem = panel()->check()->problems().first();
    QCOMPARE(problem.rule, u"hedges"_s);
    // "Sorry, but I was hoping maybe": from the apology to the last hedge before the number.
    const QString text = editor->toPlainText();
    const qsizetype start = text.lastIndexOf(u"Sorry"_s);
    const qsizetype length = QString(u"Sorry, but I was hoping maybe"_s).size();
    QCOMPARE(problem.start, start);
    QCOMPARE(problem.length, length);
    QCOMPARE(underlinedRanges(editor), (QList<QPair<qsizetype, qsizetype>>{{start, length}}));
    // The reason: over the words, and in the list under the editor.
    QVERIFY(panel()->check()->reasonAt(start + 3).contains(u"apolog"_s));
    QVERIFY(panel()->check()->reasonAt(text.size() - 2).isEmpty());
    auto *list = panel()->findChild<QListWidget *>(u"draftBodyProblemList"_s);
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), 1);
    const int line = editor->document()->findBlock(int(start)).blockNumber() + 1;
    QVERIFY(line > 1);
    QVERIFY(list->item(0)->text().startsWith(u"Line %1: "_s.arg(line)));
    QVERIFY(list->item(0)->text().contains(u"Sorry, but I was hoping maybe"_s));
    QVERIFY(!list->accessibleName().isEmpty());
    // Choosing it selects the words.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(editor->textCursor().selectedText(), u"Sorry, but I was hoping maybe"_s);

    // Deleting the sentence takes the underline away.
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(start));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTRY_VERIFY(panel()->check()->problems().isEmpty());
    QVERIFY(underlinedRanges(editor).isEmpty());
    QVERIFY(!list->isVisible());
}

void TestMessageDraftPanel::scriptIsCheckedToo()
{
    auto *script = m_widget->findChild<QPlainTextEdit *>(u"script"_s);
    QVERIFY(!script->isReadOnly());
    QVERIFY(m_widget->scriptCheck()->problems().isEmpty());
    script->setFocus();
    script->moveCursor(QTextCursor::Start);
    const QString sentence = u"My current salary is $150K. "_s;
    QTest::keyClicks(script, sentence);
    QTRY_COMPARE(m_widget->scriptCheck()->problems().size(), 1);
    QCOMPARE(m_widget->scriptCheck()->problems().first().rule, u"reveals-current-pay"_s);
    // The whole sentence, without the space after it.
    QCOMPARE(underlinedRanges(script), (QList<QPair<qsizetype, qsizetype>>{{0, sentence.size() - 1}}));
    // Copy copies the words as edited.
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyScript"_s), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().startsWith(sentence));
}

void TestMessageDraftPanel::copyPutsTheDraftOnTheClipboard()
{
    showEmailTab();
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"copyDraft"_s), Qt::LeftButton);
    const MessageDraft draft = panel()->draft();
    QCOMPARE(QApplication::clipboard()->text(), u"Subject: "_s + draft.subject + u"\n\n"_s + draft.body);
}

void TestMessageDraftPanel::openInMailAppHandsOverTheMailtoUrl()
{
    showEmailTab();
    QList<QUrl> opened;
    panel()->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    auto *subject = panel()->findChild<QLineEdit *>(u"draftSubject"_s);
    subject->setText(u"Offer & counter #2 — 100% ça va"_s); // typed keys are ASCII only in QTest
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"openDraftInMail"_s), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    const MessageDraft draft = panel()->draft();
    QCOMPARE(draft.subject, u"Offer & counter #2 — 100% ça va"_s);
    QCOMPARE(opened.first(), draft.mailtoUrl());
    const QString encoded = opened.first().toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.startsWith(u"mailto:"_s), qPrintable(encoded));
    QVERIFY2(encoded.contains(u"Offer%20%26%20counter%20%232"_s), qPrintable(encoded));
    QVERIFY2(encoded.contains(u"100%25%20%C3%A7a%20va"_s), qPrintable(encoded));
    QVERIFY2(encoded.contains(u"%0D%0A"_s), qPrintable(encoded)); // the body's line breaks

    // No mail app: the person is told, and nothing else happens.
    panel()->setUrlOpener([](const QUrl &) { return false; });
    QSignalSpy problem(panel(), &MessageDraftPanel::problem);
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    panel()->openInMailApp();
    QCOMPARE(problem.size(), 1);
}

void TestMessageDraftPanel::editedDraftIsKeptUntilWrittenAgain()
{
    showEmailTab();
    auto *writeAgain = panel()->findChild<QPushButton *>(u"writeDraftAgain"_s);
    QVERIFY(!writeAgain->isEnabled());
    body()->moveCursor(QTextCursor::End);
    body()->setFocus();
    QTest::keyClicks(body(), u" Talk soon."_s);
    QVERIFY(panel()->isEdited());
    QVERIFY(writeAgain->isEnabled());
    // A new counter (a bolder ask) leaves the person's words alone...
    auto *boldness = m_widget->findChild<QComboBox *>(u"boldness"_s);
    boldness->setCurrentIndex(boldness->findData(int(Boldness::Bold)));
    QVERIFY(body()->toPlainText().endsWith(u" Talk soon."_s));
    // ...until they ask for it to be written again.
    QTest::mouseClick(writeAgain, Qt::LeftButton);
    QCOMPARE(panel()->draft(), MessageDrafts::counter(m_widget->input(), m_widget->suggestion()));
    QVERIFY(!writeAgain->isEnabled());
}

void TestMessageDraftPanel::moreTimeIsOfferedWhenTheDeadlineIsClose()
{
    showEmailTab();
    auto *moreTime = panel()->findChild<QPushButton *>(u"moreTimeButton"_s);
    QVERIFY(!moreTime->isVisible()); // no deadline
    QList<BandComparison> offers = m_offers;
    offers[0].original.deadline = kToday.addDays(1);
    offers[0].offer.deadline = kToday.addDays(1);
    m_widget->setOffers(m_guide, m_band, offers, 0);
    QVERIFY(moreTime->isVisible());
    QVERIFY(panel()->findChild<QWidget *>(u"draftDeadlineNote"_s)->isVisible());
    QTest::mouseClick(moreTime, Qt::LeftButton);
    QVERIFY(panel()->isMoreTimeMessage());
    QCOMPARE(panel()->draft(), MessageDrafts::moreTime(offers[0].original, kToday));
    // And back.
    QTest::mouseClick(moreTime, Qt::LeftButton);
    QVERIFY(!panel()->isMoreTimeMessage());
    QCOMPARE(panel()->draft(), MessageDrafts::counter(m_widget->input(), m_widget->suggestion()));
}

void TestMessageDraftPanel::recordCounterSent()
{
    QSignalSpy recorded(m_widget.get(), &CounterWidget::counterSentRecorded);
    QAction *action = m_widget->recordCounterAction();
    QCOMPARE(action->objectName(), u"recordCounterSentAction"_s);
    QVERIFY(action->isEnabled());
    const CounterAsks asks = m_widget->suggestion().asks;
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RecordCounterDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        ran = true;
        QCOMPARE(dialog->findChild<QDateEdit *>(u"counterDate"_s)->date(), kToday);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"askedBase"_s)->value(), asks.base());
        // From the tab on show: the call script.
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"counterWords"_s)->toPlainText(),
                 m_widget->suggestion().scriptWithLevers());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(ran);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().at(0).toLongLong(), qint64(1));
    const auto counter = recorded.first().at(1).value<CounterSent>();
    QCOMPARE(counter.date, kToday);
    QCOMPARE(counter.asks.base, asks.base());
    QCOMPARE(counter.asks.equityTotal, asks.equityTotal());
    QCOMPARE(counter.asks.signOn, asks.signOn());
    QCOMPARE(counter.script, m_widget->suggestion().scriptWithLevers());
}

QTEST_MAIN(TestMessageDraftPanel)
#include "tst_messagedraftpanel.moc"
