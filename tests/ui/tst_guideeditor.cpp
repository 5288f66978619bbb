// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "guide/GuideParser.h"
#include "guide/GuideWriter.h"
#include "support/TemporaryHome.h"
#include "ui/guides/GuideEditorDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

constexpr int kBaseLowColumn = 2;

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Types into a table cell through its editor, as a person would, and commits with Return.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, column)));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Tab);
}

QString problemTexts(const GuideEditorDialog &dialog)
{
    QStringList texts;
    for (const Diagnostic &problem : dialog.problems())
        texts.append(problem.toString());
    return texts.join(u'\n');
}

// The line of the file text that holds `needle`, 1-based.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

} // namespace

class TestGuideEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idsFollowTheNames();
    void badAmountShowsItsLineAndFixingClearsIt();
    void activatingAProblemMovesTheCursor();
    void saveWritesWhatTheFormShows();
    void bundledGuideSavesACopy();
    void dataPointsDraftOpensWithTheBands();

private:
    // Fills a new guide with one good region; the dialog is shown so its cell editors take keys.
    void fillNewGuide(GuideEditorDialog &dialog);

    TemporaryHome m_home; // the user guides folder of test mode (~/.qttest) lives here
};

void TestGuideEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(LibraryPaths::userGuidesFolder().startsWith(m_home.path()));
}

void TestGuideEditor::fillNewGuide(GuideEditorDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"companyDisplayEdit"_s), u"Acme Robotics"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"roleDisplayEdit"_s), u"Data Engineer"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"addRegionButton"_s), Qt::LeftButton);
    auto *table = child<QTableWidget>(&dialog, u"regionsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    const QStringList cells = {u"Remote, US"_s, u""_s, u"100,000"_s, u"120000"_s, u"0"_s, u"40,000"_s,
                               u"10"_s, u"110,000"_s, u"142,000"_s};
    for (int column = 0; column < cells.size(); ++column) {
        if (!cells.at(column).isEmpty())
            typeIntoCell(table, 0, column, cells.at(column));
    }
    qobject_cast<QComboBox *>(table->cellWidget(0, 1))->setCurrentText(u"USD"_s);
    QTRY_VERIFY2(!hasErrors(dialog.problems()), qPrintable(problemTexts(dialog)));
}

void TestGuideEditor::idsFollowTheNames()
{
    GuideEditorDialog dialog;
    QTest::keyClicks(child<QLineEdit>(&dialog, u"companyDisplayEdit"_s), u"Globex Corp."_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"companyEdit"_s)->text(), u"globex-corp"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"companyEdit"_s), u"-x"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"companyDisplayEdit"_s), u" SA"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"companyEdit"_s)->text(), u"globex-corp-x"_s); // edited: kept
}

void TestGuideEditor::badAmountShowsItsLineAndFixingClearsIt()
{
    GuideEditorDialog dialog;
    fillNewGuide(dialog);
    auto *table = child<QTableWidget>(&dialog, u"regionsTable"_s);
    auto *problems = child<QListWidget>(&dialog, u"problemsList"_s);

    typeIntoCell(table, 0, kBaseLowColumn, u"12x"_s);
    QTRY_VERIFY(hasErrors(dialog.problems()));
    const QByteArray text = *dialog.fileText();
    const int line = lineOf(text, "base_low: 12x");
    QVERIFY(line > 1);
    const QString expected = u"acme-robotics--data-engineer.md:%1: error: "_s.arg(line);
    QVERIFY2(problems->count() >= 1 && problems->item(0)->text().startsWith(expected),
             qPrintable(problemTexts(dialog)));
    QVERIFY(problems->item(0)->text().contains(u"base_low"_s));

    typeIntoCell(table, 0, kBaseLowColumn, u"100000"_s);
    QTRY_VERIFY2(!hasErrors(dialog.problems()), qPrintable(problemTexts(dialog)));
    QCOMPARE(problems->count(), 0);
}

void TestGuideEditor::activatingAProblemMovesTheCursor()
{
    GuideEditorDialog dialog;
    fillNewGuide(dialog);
    auto *table = child<QTableWidget>(&dialog, u"regionsTable"_s);
    auto *problems = child<QListWidget>(&dialog, u"problemsList"_s);

    // A front-matter problem selects its cell.
    typeIntoCell(table, 0, kBaseLowColumn, u"12x"_s);
    QTRY_VERIFY(problems->count() > 0);
    table->setCurrentCell(0, 0);
    emit problems->itemActivated(problems->item(0));
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), kBaseLowColumn);
    typeIntoCell(table, 0, kBaseLowColumn, u"100000"_s);
    QTRY_COMPARE(problems->count(), 0);

    // A body problem puts the cursor on its line of the body.
    auto *body = child<QPlainTextEdit>(&dialog, u"bodyEdit"_s);
    body->setPlainText(u"## Notes\n\nfine\n"_s + QString(GuideLimits::kMaxBodyLineLength + 1, u'x') + u"\n"_s);
    QTRY_VERIFY(problems->count() > 0);
    const int fileLine = problems->item(0)->data(Qt::UserRole).toInt();
    QCOMPARE(fileLine, lineOf(*dialog.fileText(), "xxxx"));
    body->moveCursor(QTextCursor::Start);
    emit problems->itemActivated(problems->item(0));
    QCOMPARE(body->textCursor().blockNumber(), 3);
}

void TestGuideEditor::saveWritesWhatTheFormShows()
{
    GuideEditorDialog dialog;
    fillNewGuide(dialog);
    auto *sources = child<QListWidget>(&dialog, u"sourcesList"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"addSourceButton"_s), Qt::LeftButton);
    auto *editor = qobject_cast<QLineEdit *>(sources->indexWidget(sources->currentIndex()));
    QVERIFY(editor);
    QTest::keyClicks(editor, u"Recruiter call: \"quoted\", #1"_s);
    QTest::keyClick(editor, Qt::Key_Tab);
    child<QComboBox>(&dialog, u"qualityCombo"_s)->setCurrentIndex(2); // medium

    QVERIFY(dialog.save());
    const QString path = QDir(LibraryPaths::userGuidesFolder()).filePath(u"acme-robotics--data-engineer.md"_s);
    QCOMPARE(dialog.targetPath(), path);
    QVERIFY(QFile::exists(path));
    const GuideParseResult saved = GuideParser::parseFile(path, QDate::currentDate());
    QVERIFY(saved.ok());
    const Guide &guide = *saved.guide;
    QCOMPARE(guide.companyDisplay, u"Acme Robotics"_s);
    QCOMPARE(guide.company, u"acme-robotics"_s);
    QCOMPARE(guide.roleDisplay, u"Data Engineer"_s);
    QCOMPARE(guide.role, u"data-engineer"_s);
    QCOMPARE(guide.regions.size(), 1);
    QCOMPARE(guide.regions.first().region, u"Remote, US"_s);
    QCOMPARE(guide.regions.first().currency, u"USD"_s);
    QCOMPARE(guide.regions.first().baseLow, 100000.0);
    QCOMPARE(guide.regions.first().stockHigh, 40000.0);
    QCOMPARE(guide.regions.first().totalCompHigh, 142000.0);
    QCOMPARE(guide.dataSources, QStringList{u"Recruiter call: \"quoted\", #1"_s});
    QCOMPARE(guide.dataQuality, u"medium"_s);
    QCOMPARE(guide.lastUpdated, QDate::currentDate());
    QCOMPARE(guide.body, child<QPlainTextEdit>(&dialog, u"bodyEdit"_s)->toPlainText());
    QVERIFY(QFile::remove(path));
}

void TestGuideEditor::bundledGuideSavesACopy()
{
    const QString bundled = QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides/huggingface-enterprise--software-engineer.md"_s;
    const QByteArray before = readAll(bundled);
    GuideEditorDialog dialog;
    QVERIFY(dialog.openFile(bundled));
    QVERIFY(dialog.isCopy());
    QCOMPARE(child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->text(),
             u"Save as My Guide"_s);
    QTRY_VERIFY2(!hasErrors(dialog.problems()), qPrintable(problemTexts(dialog)));
    child<QLineEdit>(&dialog, u"roleDisplayEdit"_s)->setText(u"Software Engineer (mine)"_s);

    QVERIFY(dialog.save());
    const QString copy = QDir(LibraryPaths::userGuidesFolder()).filePath(QFileInfo(bundled).fileName());
    QCOMPARE(readAll(bundled), before);
    const QByteArray saved = readAll(copy);
    QCOMPARE(GuideWriter::split(saved)->body, GuideWriter::split(before)->body); // byte for byte
    const GuideParseResult parsed = GuideParser::parse(saved, copy, QDate::currentDate());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.guide->roleDisplay, u"Software Engineer (mine)"_s);
    const GuideParseResult original = GuideParser::parse(before, bundled, QDate::currentDate());
    QCOMPARE(parsed.guide->regions.size(), original.guide->regions.size());
    QCOMPARE(parsed.guide->negotiationDnaSummary, original.guide->negotiationDnaSummary);
    QVERIFY(QFile::remove(copy));
}

void TestGuideEditor::dataPointsDraftOpensWithTheBands()
{
    const QString csv = QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/bands/example-data-points.csv"_s;
    const DataPointDrafts result = GuideEditorDialog::draftsFromDataPoints(csv);
    QCOMPARE(result.drafts.size(), 3);
    QVERIFY(!hasErrors(result.problems));
    const GuideDraft &draft = result.drafts.first();
    const GuideParseResult expected = GuideParser::parse(draft.text, draft.fileName, QDate::currentDate());
    QVERIFY(expected.ok());

    GuideEditorDialog dialog;
    dialog.openDraft(draft.text, draft.fileName);
    QVERIFY(!dialog.isCopy());
    auto *table = child<QTableWidget>(&dialog, u"regionsTable"_s);
    QCOMPARE(table->rowCount(), expected.guide->regions.size());
    const RegionBand &band = expected.guide->regions.first();
    QVERIFY(band.baseLow > 0);
    QCOMPARE(table->item(0, 0)->text(), band.region);
    QCOMPARE(table->item(0, kBaseLowColumn)->text(), QLocale().toString(band.baseLow, 'f', QLocale::FloatingPointShortest));
    QCOMPARE(table->item(0, 8)->text(), QLocale().toString(band.totalCompHigh, 'f', QLocale::FloatingPointShortest));
    QCOMPARE(child<QLineEdit>(&dialog, u"companyEdit"_s)->text(), expected.guide->company);
    QVERIFY(child<QListWidget>(&dialog, u"sourcesList"_s)->count() >= 2);
    QVERIFY(child<QPlainTextEdit>(&dialog, u"bodyEdit"_s)->toPlainText().contains(u"bands from data points"_s));
    QVERIFY(!hasErrors(dialog.problems()));
    QCOMPARE(dialog.fileText().value(), draft.text); // an untouched draft is written as drafted
    QVERIFY(!QFile::exists(dialog.targetPath()));  // unsaved
}

QTEST_MAIN(TestGuideEditor)
#include "tst_guideeditor.moc"
