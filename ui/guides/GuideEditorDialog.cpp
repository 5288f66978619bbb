// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/GuideEditorDialog.h"

#include "ui_GuideEditorDialog.h"

#include "bands/BandStatistics.h"
#include "bands/CsvDataPoints.h"
#include "common/AtomicFile.h"
#include "common/Currency.h"
#include "common/SafeMarkdownDocument.h"
#include "guide/GuideLibrary.h"
#include "guide/GuideParser.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The regions table's columns after the region and its currency, as the front matter names them.
const QStringList &amountKeys()
{
    static const QStringList keys = {u"base_low"_s,  u"base_high"_s,      u"stock_low"_s,      u"stock_high"_s,
                                     u"bonus_pct"_s, u"total_comp_low"_s, u"total_comp_high"_s};
    return keys;
}

constexpr int kRegionColumn = 0;
constexpr int kCurrencyColumn = 1;
constexpr int kFirstAmountColumn = 2;

// A date edit shows its minimum as "None": the guide leaves that date out.
const QDate kNoDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : kNoDate);
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        const QString text = list->item(row)->text().trimmed();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

void setListTexts(QListWidget *list, const QStringList &texts)
{
    list->clear();
    for (const QString &text : texts) {
        auto *item = new QListWidgetItem(text, list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QString amountText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

GuideEditorDialog::GuideEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GuideEditorDialog>())
    , m_preview(new SafeMarkdownDocument(this))
    , m_checkTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // Tables, lists and text areas take no name from their labels, as line edits do: each gets its label's words.
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (QWidget *buddy = label->buddy(); buddy && buddy->accessibleName().isEmpty())
            buddy->setAccessibleName(QString(label->text()).remove(u'&').remove(u':').trimmed());
    }
    m_ui->preview->setDocument(m_preview);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &GuideEditorDialog::checkNow);
    setUpForm();
    setUpRegionsTable();
    setUpListButtons();
    connectChanges();
    connect(m_ui->problemsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToProblem(item->data(Qt::UserRole).toInt()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GuideEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->topSplitter->setStretchFactor(0, 5);
    m_ui->topSplitter->setStretchFactor(1, 4);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // The form's size, on a screen that may be smaller.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size() * 0.95));
    startNew();
}

GuideEditorDialog::~GuideEditorDialog() = default;

void GuideEditorDialog::setUpForm()
{
    m_ui->qualityCombo->addItem(tr("Not stated"), QString());
    m_ui->qualityCombo->addItem(tr("High"), u"high"_s);
    m_ui->qualityCombo->addItem(tr("Medium"), u"medium"_s);
    m_ui->qualityCombo->addItem(tr("Low"), u"low"_s);
    for (QDateEdit *edit : {m_ui->lastUpdatedEdit, m_ui->nextReviewEdit}) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("None"));
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    // The ids follow the names until the person edits them.
    connect(m_ui->companyDisplayEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_companyIdEdited)
            m_ui->companyEdit->setText(GuideDraftWriter::slug(name));
    });
    connect(m_ui->roleDisplayEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_roleIdEdited)
            m_ui->roleEdit->setText(GuideDraftWriter::slug(name));
    });
    connect(m_ui->companyEdit, &QLineEdit::textEdited, this,
            [this](const QString &id) { m_companyIdEdited = !id.isEmpty(); });
    connect(m_ui->roleEdit, &QLineEdit::textEdited, this, [this](const QString &id) { m_roleIdEdited = !id.isEmpty(); });
    m_ui->bodyEdit->setTabChangesFocus(true);
}

void GuideEditorDialog::setUpRegionsTable()
{
    QTableWidget *table = m_ui->regionsTable;
    table->setColumnCount(kFirstAmountColumn + int(amountKeys().size()));
    table->setHorizontalHeaderLabels({tr("Region"), tr("Currency"), tr("Base low"), tr("Base high"),
                                      tr("Stock low (4 yr)"), tr("Stock high (4 yr)"), tr("Bonus %"), tr("Total low"),
                                      tr("Total high")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->addRegionButton, &QPushButton::clicked, this, [this] {
        addRegion(RegionBand{});
        m_ui->regionsTable->setCurrentCell(m_ui->regionsTable->rowCount() - 1, kRegionColumn);
        m_ui->regionsTable->editItem(m_ui->regionsTable->currentItem());
    });
    connect(m_ui->removeRegionButton, &QPushButton::clicked, this, [this] {
        if (m_ui->regionsTable->currentRow() >= 0)
            m_ui->regionsTable->removeRow(m_ui->regionsTable->currentRow());
        scheduleCheck();
    });
    connect(m_ui->moveRegionUpButton, &QPushButton::clicked, this, [this] { moveRegion(-1); });
    connect(m_ui->moveRegionDownButton, &QPushButton::clicked, this, [this] { moveRegion(1); });
}

void GuideEditorDialog::setUpListButtons()
{
    const auto addTo = [](QListWidget *list) {
        auto *item = new QListWidgetItem(list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        list->setCurrentItem(item);
        list->editItem(item);
    };
    const auto removeFrom = [this](QListWidget *list) {
        delete list->currentItem();
        scheduleCheck();
    };
    connect(m_ui->addLevelButton, &QPushButton::clicked, this, [=, this] { addTo(m_ui->levelsList); });
    connect(m_ui->removeLevelButton, &QPushButton::clicked, this, [=, this] { removeFrom(m_ui->levelsList); });
    connect(m_ui->addSourceButton, &QPushButton::clicked, this, [=, this] { addTo(m_ui->sourcesList); });
    connect(m_ui->removeSourceButton, &QPushButton::clicked, this, [=, this] { removeFrom(m_ui->sourcesList); });
}

void GuideEditorDialog::connectChanges()
{
    for (QLineEdit *edit : {m_ui->companyDisplayEdit, m_ui->companyEdit, m_ui->roleDisplayEdit, m_ui->roleEdit,
                            m_ui->levelInternalEdit})
        connect(edit, &QLineEdit::textChanged, this, &GuideEditorDialog::scheduleCheck);
    connect(m_ui->regionsTable, &QTableWidget::itemChanged, this, &GuideEditorDialog::scheduleCheck);
    for (QListWidget *list : {m_ui->levelsList, m_ui->sourcesList})
        connect(list, &QListWidget::itemChanged, this, &GuideEditorDialog::scheduleCheck);
    connect(m_ui->qualityCombo, &QComboBox::currentIndexChanged, this, &GuideEditorDialog::scheduleCheck);
    for (QDateEdit *edit : {m_ui->lastUpdatedEdit, m_ui->nextReviewEdit})
        connect(edit, &QDateEdit::dateChanged, this, &GuideEditorDialog::scheduleCheck);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &GuideEditorDialog::scheduleCheck);
}

void GuideEditorDialog::addRegion(const RegionBand &band)
{
    QTableWidget *table = m_ui->regionsTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, kRegionColumn, new QTableWidgetItem(band.region));
    auto *currency = new QComboBox(table);
    currency->addItems(Currency::isoCodes());
    if (!band.currency.isEmpty() && currency->findText(band.currency) < 0)
        currency->addItem(band.currency);
    const QString code = band.currency.isEmpty() ? QLocale().currencySymbol(QLocale::CurrencyIsoCode) : band.currency;
    const int index = currency->findText(code);
    currency->setCurrentIndex(index >= 0 ? index : currency->findText(u"USD"_s));
    connect(currency, &QComboBox::currentTextChanged, this, &GuideEditorDialog::scheduleCheck);
    table->setCellWidget(row, kCurrencyColumn, currency);
    const double amounts[] = {band.baseLow,  band.baseHigh,     band.stockLow,     band.stockHigh,
                              band.bonusPct, band.totalCompLow, band.totalCompHigh};
    for (int i = 0; i < int(std::size(amounts)); ++i) {
        auto *item = new QTableWidgetItem(band.region.isEmpty() && amounts[i] == 0 ? QString() : amountText(amounts[i]));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, kFirstAmountColumn + i, item);
    }
    scheduleCheck();
}

void GuideEditorDialog::moveRegion(int offset)
{
    const int row = m_ui->regionsTable->currentRow();
    const int other = row + offset;
    if (row < 0 || other < 0 || other >= m_ui->regionsTable->rowCount())
        return;
    swapRegionRows(row, other);
    m_ui->regionsTable->setCurrentCell(other, m_ui->regionsTable->currentColumn());
    scheduleCheck();
}

void GuideEditorDialog::swapRegionRows(int first, int second)
{
    QTableWidget *table = m_ui->regionsTable;
    const QSignalBlocker blocker(table);
    for (int column = 0; column < table->columnCount(); ++column) {
        if (column == kCurrencyColumn) {
            auto *a = qobject_cast<QComboBox *>(table->cellWidget(first, column));
            auto *b = qobject_cast<QComboBox *>(table->cellWidget(second, column));
            const QString text = a->currentText();
            a->setCurrentText(b->currentText());
            b->setCurrentText(text);
            continue;
        }
        QTableWidgetItem *a = table->takeItem(first, column);
        QTableWidgetItem *b = table->takeItem(second, column);
        table->setItem(first, column, b);
        table->setItem(second, column, a);
    }
}

void GuideEditorDialog::startNew(const QDate &today)
{
    Guide guide;
    guide.lastUpdated = today;
    m_original.clear();
    m_originalPath.clear();
    m_isCopy = false;
    m_displayPath.clear();
    m_originalBodyBytes.clear();
    m_originalBodyText.clear();
    m_companyIdEdited = false;
    m_roleIdEdited = false;
    showGuide(guide);
    m_ui->bodyEdit->setPlainText(tr("## Negotiation Levers\n\n1. **Lever:** what to ask for, and why.\n"));
    m_originalBodyText = m_ui->bodyEdit->toPlainText();
    m_originalBodyBytes = m_originalBodyText.toUtf8();
    updateTitle();
    checkNow();
}

Result<> GuideEditorDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot open: %2").arg(path, file.errorString())};
    const QByteArray text = file.read(GuideLimits::kMaxFileBytes + 1);
    const QString userFolder = QDir::cleanPath(LibraryPaths::userGuidesFolder());
    const bool isUserGuide = QDir::cleanPath(QFileInfo(path).absolutePath()).startsWith(userFolder);
    showOriginal(text, path);
    m_originalPath = isUserGuide ? path : QString();
    m_isCopy = !isUserGuide;
    updateTitle();
    return {};
}

void GuideEditorDialog::openDraft(const QByteArray &text, const QString &fileName)
{
    showOriginal(text, fileName);
    m_originalPath.clear();
    m_isCopy = false;
    updateTitle();
}

// Shows a guide's text: its form from the parser (whatever it could read), its body as in the file.
void GuideEditorDialog::showOriginal(const QByteArray &text, const QString &displayPath)
{
    const std::optional<GuideFileParts> parts = GuideWriter::split(text);
    m_original = parts ? text : QByteArray();
    m_originalBodyBytes = parts ? parts->body : text;
    m_displayPath = displayPath;
    const GuideParseResult parsed = GuideParser::parse(text, displayPath, QDate::currentDate());
    showGuide(parsed.guide.value_or(Guide{}));
    m_companyIdEdited = !m_ui->companyEdit->text().isEmpty()
                        && m_ui->companyEdit->text() != GuideDraftWriter::slug(m_ui->companyDisplayEdit->text());
    m_roleIdEdited = !m_ui->roleEdit->text().isEmpty()
                     && m_ui->roleEdit->text() != GuideDraftWriter::slug(m_ui->roleDisplayEdit->text());
    m_ui->bodyEdit->setPlainText(QString::fromUtf8(m_originalBodyBytes).replace(u"\r\n"_s, u"\n"_s));
    m_originalBodyText = m_ui->bodyEdit->toPlainText();
    checkNow();
}

void GuideEditorDialog::showGuide(const Guide &guide)
{
    m_loaded = guide;
    m_ui->companyDisplayEdit->setText(guide.companyDisplay);
    m_ui->companyEdit->setText(guide.company);
    m_ui->roleDisplayEdit->setText(guide.roleDisplay);
    m_ui->roleEdit->setText(guide.role);
    m_ui->regionsTable->setRowCount(0);
    for (const RegionBand &band : guide.regions)
        addRegion(band);
    m_ui->levelInternalEdit->setText(guide.levelMappingInternal);
    setListTexts(m_ui->levelsList, guide.levelMapping);
    setListTexts(m_ui->sourcesList, guide.dataSources);
    const int quality = m_ui->qualityCombo->findData(guide.dataQuality);
    m_ui->qualityCombo->setCurrentIndex(std::max(quality, 0));
    setDate(m_ui->lastUpdatedEdit, guide.lastUpdated);
    setDate(m_ui->nextReviewEdit, guide.nextReviewDue);
}

void GuideEditorDialog::updateTitle()
{
    const QString name = m_ui->companyDisplayEdit->text().isEmpty() ? tr("New guide")
                                                                    : m_ui->companyDisplayEdit->text();
    if (m_isCopy)
        setWindowTitle(tr("Guide Editor: %1 (a copy of a bundled guide)").arg(name));
    else if (m_original.isEmpty() || m_originalPath.isEmpty())
        setWindowTitle(tr("Guide Editor: %1 (not saved)").arg(name));
    else
        setWindowTitle(tr("Guide Editor: %1").arg(QDir::toNativeSeparators(m_originalPath)));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(m_isCopy ? tr("Save as My Guide") : tr("Save"));
}

RegionBand GuideEditorDialog::regionAt(int row, int index, QList<TypedAmount> *typed) const
{
    const QTableWidget *table = m_ui->regionsTable;
    RegionBand band;
    band.region = table->item(row, kRegionColumn) ? table->item(row, kRegionColumn)->text().trimmed() : QString();
    band.currency = qobject_cast<QComboBox *>(table->cellWidget(row, kCurrencyColumn))->currentText();
    double *amounts[] = {&band.baseLow,  &band.baseHigh,     &band.stockLow,     &band.stockHigh,
                         &band.bonusPct, &band.totalCompLow, &band.totalCompHigh};
    const QLocale locale;
    for (int i = 0; i < int(std::size(amounts)); ++i) {
        const QTableWidgetItem *item = table->item(row, kFirstAmountColumn + i);
        const QString text = item ? item->text().trimmed() : QString();
        bool ok = false;
        *amounts[i] = locale.toDouble(text, &ok);
        if (!ok)
            *amounts[i] = QLocale::c().toDouble(text, &ok);
        if (!ok)
            typed->append(TypedAmount{index, amountKeys().at(i), text});
    }
    return band;
}

Guide GuideEditorDialog::formGuide(QList<TypedAmount> *typed) const
{
    Guide guide = m_loaded; // keeps the keys the form doesn't show: role_type, salary_data_quarter, the summary
    guide.companyDisplay = m_ui->companyDisplayEdit->text().trimmed();
    guide.company = m_ui->companyEdit->text().trimmed();
    guide.roleDisplay = m_ui->roleDisplayEdit->text().trimmed();
    guide.role = m_ui->roleEdit->text().trimmed();
    guide.regions.clear();
    for (int row = 0; row < m_ui->regionsTable->rowCount(); ++row)
        guide.regions.append(regionAt(row, row, typed));
    guide.levelMappingInternal = m_ui->levelInternalEdit->text().trimmed();
    const QStringList levels = listTexts(m_ui->levelsList);
    // An untouched mapping keeps its raw text; an edited one is written as the list, joined by " = ".
    if (levels != m_loaded.levelMapping) {
        guide.levelMappingRaw = levels.join(u" = "_s);
        guide.levelMapping = levels;
    }
    guide.dataSources = listTexts(m_ui->sourcesList);
    guide.dataQuality = m_ui->qualityCombo->currentData().toString();
    if (guide.dataQuality.isEmpty() && m_ui->qualityCombo->currentIndex() == 0 && !m_loaded.dataQuality.isEmpty()
        && m_ui->qualityCombo->findData(m_loaded.dataQuality) < 0)
        guide.dataQuality = m_loaded.dataQuality; // a value the combo doesn't offer stays as it was
    guide.lastUpdated = dateOf(m_ui->lastUpdatedEdit);
    guide.nextReviewDue = dateOf(m_ui->nextReviewEdit);
    return guide;
}

QByteArray GuideEditorDialog::bodyBytes() const
{
    const QString text = m_ui->bodyEdit->toPlainText();
    return text == m_originalBodyText ? m_originalBodyBytes : text.toUtf8();
}

Result<QByteArray> GuideEditorDialog::fileText() const
{
    QList<TypedAmount> typed;
    const Guide guide = formGuide(&typed);
    return GuideWriter::write(guide, bodyBytes(), m_original, typed);
}

QString GuideEditorDialog::targetPath() const
{
    QList<TypedAmount> typed;
    return QDir(LibraryPaths::userGuidesFolder()).filePath(GuideWriter::fileName(formGuide(&typed)));
}

void GuideEditorDialog::scheduleCheck()
{
    m_checkTimer->start();
}

void GuideEditorDialog::checkNow()
{
    m_checkTimer->stop();
    m_problems.clear();
    const Result<QByteArray> text = fileText();
    QList<TypedAmount> typed;
    const Guide guide = formGuide(&typed);
    // A new guide is named by the file it will be saved as, once it has the ids that name it.
    const QString path = !m_displayPath.isEmpty()                          ? m_displayPath
                         : guide.company.isEmpty() || guide.role.isEmpty() ? tr("new guide")
                                                                           : GuideWriter::fileName(guide);
    if (!text) {
        m_problems.append(Diagnostic::error(path, 0, text.message()));
    } else {
        const std::optional<GuideFileParts> parts = GuideWriter::split(*text);
        m_frontMatter = parts ? parts->frontMatter : QByteArray();
        m_bodyFirstLine = int(m_frontMatter.count('\n')) + 3; // "---", the front matter, "---"
        m_problems = GuideParser::parse(*text, path, QDate::currentDate()).diagnostics;
    }
    m_preview->setGuideMarkdown(m_ui->bodyEdit->toPlainText());
    showProblems();
}

void GuideEditorDialog::showProblems()
{
    m_ui->problemsList->clear();
    for (const Diagnostic &problem : m_problems) {
        auto *item = new QListWidgetItem(problem.toString(), m_ui->problemsList);
        item->setData(Qt::UserRole, problem.line);
        item->setIcon(style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning));
    }
    const qsizetype errors = countErrors(m_problems);
    const qsizetype warnings = countWarnings(m_problems);
    if (m_problems.isEmpty())
        m_ui->problemsLabel->setText(tr("No problems: `offerdesk-cli check` accepts this guide."));
    else
        m_ui->problemsLabel->setText(tr("Problems: %1, %2. Double-click one to go to its line.")
                                         .arg(tr("%n error(s)", nullptr, int(errors)),
                                              tr("%n warning(s)", nullptr, int(warnings))));
    updateTitle();
}

void GuideEditorDialog::goToLine(int line)
{
    goToProblem(line);
}

void GuideEditorDialog::goToProblem(int line)
{
    if (line >= m_bodyFirstLine) {
        const QTextBlock block = m_ui->bodyEdit->document()->findBlockByNumber(line - m_bodyFirstLine);
        if (block.isValid()) {
            QTextCursor cursor(block);
            m_ui->bodyEdit->setTextCursor(cursor);
            m_ui->bodyEdit->centerCursor();
            m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (line <= 1 || goToFrontMatterLine(line))
        return;
    // A key the form doesn't show: show the line itself.
    const QList<QByteArray> lines = m_frontMatter.split('\n');
    const int index = line - 2;
    if (index >= 0 && index < lines.size())
        m_ui->problemsLabel->setText(tr("Line %1: %2").arg(line).arg(QString::fromUtf8(lines.at(index)).trimmed()));
}

// Selects the form field that wrote this line of the front matter (the file's line 2 is its first). The emitter
// writes one key per line in block style, so the key at the line, its top-level key and the region it belongs to
// name the field.
bool GuideEditorDialog::goToFrontMatterLine(int line)
{
    static const QRegularExpression keyLine(u"^(\\s*)(?:- )?([A-Za-z_]+):"_s);
    const QList<QByteArray> lines = m_frontMatter.split('\n');
    const int target = line - 2;
    if (target < 0 || target >= lines.size())
        return false;
    QString topKey, key;
    int region = -1;
    for (int i = 0; i <= target; ++i) {
        const QString text = QString::fromUtf8(lines.at(i));
        const QRegularExpressionMatch match = keyLine.match(text);
        if (!text.startsWith(u' ') && !text.startsWith(u'-') && match.hasMatch()) {
            topKey = match.captured(2);
            region = -1;
        } else if (topKey == u"compensation"_s && text.trimmed().startsWith(u"- "_s)) {
            ++region;
        }
        if (i == target)
            key = match.hasMatch() ? match.captured(2) : QString();
    }
    QWidget *field = nullptr;
    const QHash<QString, QWidget *> fields = {
        {u"company"_s, m_ui->companyEdit},         {u"company_display"_s, m_ui->companyDisplayEdit},
        {u"role"_s, m_ui->roleEdit},               {u"role_display"_s, m_ui->roleDisplayEdit},
        {u"last_updated"_s, m_ui->lastUpdatedEdit}, {u"next_review_due"_s, m_ui->nextReviewEdit},
        {u"data_quality"_s, m_ui->qualityCombo},   {u"data_sources"_s, m_ui->sourcesList},
        {u"level_mapping"_s, m_ui->levelsList}};
    if (topKey == u"compensation"_s && region >= 0 && region < m_ui->regionsTable->rowCount()) {
        const qsizetype amount = amountKeys().indexOf(key);
        const int column = key == u"currency"_s ? kCurrencyColumn
                           : amount >= 0       ? kFirstAmountColumn + int(amount)
                                               : kRegionColumn;
        m_ui->regionsTable->setCurrentCell(region, column);
        field = m_ui->regionsTable;
    } else if (topKey == u"level_mapping"_s && key == u"internal"_s) {
        field = m_ui->levelInternalEdit;
    } else {
        field = fields.value(topKey);
    }
    if (!field)
        return false;
    m_ui->formScroll->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

bool GuideEditorDialog::confirmSave(const QString &target)
{
    if (const qsizetype errors = countErrors(m_problems); errors > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Save Guide"),
            tr("The guide has %n error(s): the library will not show it until they are fixed. Save it anyway?",
               nullptr, int(errors)),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    const bool replacesItself = !m_originalPath.isEmpty()
                                && QFileInfo(m_originalPath).canonicalFilePath() == QFileInfo(target).canonicalFilePath();
    if (QFileInfo::exists(target) && !replacesItself) {
        const auto answer = QMessageBox::question(
            this, tr("Save Guide"),
            tr("%1 already exists in your guides folder. Replace it with this guide?").arg(QDir::toNativeSeparators(target)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    return true;
}

bool GuideEditorDialog::save()
{
    checkNow();
    const Result<QByteArray> text = fileText();
    QList<TypedAmount> typed;
    const Guide guide = formGuide(&typed);
    if (!text || guide.company.isEmpty() || guide.role.isEmpty()) {
        QMessageBox::warning(this, tr("Save Guide"),
                             text ? tr("Give the company and the role an id first: they name the file.")
                                  : text.message());
        return false;
    }
    const QString target = targetPath();
    if (!confirmSave(target))
        return false;
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (const Result<> written = AtomicFile::write(target, *text); !written) {
        QMessageBox::warning(this, tr("Save Guide"), tr("%1: cannot write: %2").arg(target, written.message()));
        return false;
    }
    // A user guide whose id changed moves to its new name instead of leaving its old self behind.
    if (!m_originalPath.isEmpty() && QFileInfo(m_originalPath).canonicalFilePath() != QFileInfo(target).canonicalFilePath())
        QFile::remove(m_originalPath);
    m_original = *text;
    m_originalPath = target;
    m_displayPath = target;
    m_isCopy = false;
    emit guideSaved(target);
    accept();
    return true;
}

DataPointDrafts GuideEditorDialog::draftsFromDataPoints(const QString &csvPath, const QDate &today)
{
    DataPointDrafts result;
    const DataPointFile file = CsvDataPoints::readFile(csvPath);
    result.problems = file.diagnostics;
    const BandPercentiles percentiles;
    const QList<BandGroup> groups = BandStatistics::compute(file.points, percentiles, today);
    const GuideDraftSource source{QFileInfo(csvPath).fileName(), today, percentiles};
    result.drafts = GuideDraftWriter::drafts(groups, source, &result.problems);
    return result;
}
