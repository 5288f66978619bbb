// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/counter/TextCheck.h"

#include "counter/ScriptLint.h"

#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QColor kProblemColor(0xc6, 0x28, 0x28);

} // namespace

ProblemHighlighter::ProblemHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void ProblemHighlighter::setProblems(const QList<TextProblem> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    rehighlight();
}

void ProblemHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(kProblemColor);
    for (const TextProblem &problem : std::as_const(m_problems)) {
        const qsizetype from = std::max(problem.start, blockStart);
        const qsizetype to = std::min(problem.start + problem.length, blockEnd);
        if (from < to)
            setFormat(int(from - blockStart), int(to - from), format);
    }
}

TextCheck::TextCheck(QPlainTextEdit *editor, TextChecker checker, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_checker(std::move(checker))
    , m_highlighter(new ProblemHighlighter(editor->document()))
    , m_delay(new QTimer(this))
    , m_panel(new QWidget(editor->parentWidget()))
    , m_list(new QListWidget(m_panel))
    , m_clean(new QLabel(m_panel))
{
    const QString name = editor->objectName();
    m_panel->setObjectName(name + u"Problems"_s);
    m_list->setObjectName(name + u"ProblemList"_s);
    m_list->setAccessibleName(tr("Problems in %1").arg(editor->accessibleName()));
    m_list->setAccessibleDescription(tr("Each entry is a sentence to reconsider and why; choose one to select its "
                                        "words in the text."));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setMaximumHeight(editor->fontMetrics().lineSpacing() * 4 + 2 * m_list->frameWidth());
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clean->setObjectName(name + u"Clean"_s);
    m_clean->setText(tr("✓ Nothing to reconsider in these words."));
    m_clean->setForegroundRole(QPalette::PlaceholderText);
    m_clean->setAccessibleName(tr("Check result"));
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addWidget(m_clean);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kDefaultDelayMs);
    connect(m_delay, &QTimer::timeout, this, &TextCheck::checkNow);
    connect(editor, &QPlainTextEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::itemActivated, this, &TextCheck::selectProblem);
    connect(m_list, &QListWidget::itemClicked, this, &TextCheck::selectProblem);
    m_viewport = editor->viewport();
    m_viewport->installEventFilter(this);
    checkNow();
}

void TextCheck::setDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void TextCheck::setChecker(TextChecker checker)
{
    m_checker = std::move(checker);
    checkNow();
}

void TextCheck::checkNow()
{
    m_delay->stop();
    const QString text = m_editor->toPlainText();
    QList<TextProblem> problems = m_checker ? m_checker(text) : QList<TextProblem>();
    std::sort(problems.begin(), problems.end(),
              [](const TextProblem &a, const TextProblem &b) { return a.start < b.start; });
    const bool changed = problems != m_problems;
    m_problems = problems;
    m_highlighter->setProblems(m_problems);
    showProblems();
    if (changed)
        emit problemsChanged(m_problems);
}

void TextCheck::showProblems()
{
    const QString text = m_editor->toPlainText();
    m_list->clear();
    for (qsizetype i = 0; i < m_problems.size(); ++i) {
        const TextProblem &problem = m_problems.at(i);
        const int line = m_editor->document()->findBlock(int(problem.start)).blockNumber() + 1;
        // The reason quotes the words already.
        auto *item = new QListWidgetItem(tr("Line %1: %2").arg(line).arg(problem.reason), m_list);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(tr("%1 (rule %2)").arg(problem.reason, problem.rule));
        item->setForeground(kProblemColor.darker(130));
    }
    m_list->setVisible(!m_problems.isEmpty());
    m_clean->setVisible(m_problems.isEmpty() && !text.trimmed().isEmpty());
    // The list appearing takes room from the editor: the words being typed stay in view.
    if (m_editor->hasFocus())
        QTimer::singleShot(0, m_editor, [editor = m_editor] { editor->ensureCursorVisible(); });
}

QString TextCheck::reasonAt(qsizetype position) const
{
    QStringList reasons;
    for (const TextProblem &problem : m_problems) {
        if (position >= problem.start && position <= problem.start + problem.length && !reasons.contains(problem.reason))
            reasons.append(problem.reason);
    }
    return reasons.join(u'\n');
}

void TextCheck::selectProblem(QListWidgetItem *item)
{
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_problems.size())
        return;
    const TextProblem &problem = m_problems.at(index);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(problem.start));
    cursor.setPosition(int(problem.start + problem.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool TextCheck::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the editor is being destroyed its viewport still sends events here, and the editor is
    // no longer a QPlainTextEdit to ask for its viewport.
    if (event->type() == QEvent::ToolTip && watched == m_viewport) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString reason = reasonAt(m_editor->cursorForPosition(help->pos()).position());
        if (reason.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), reason, m_editor->viewport());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

TextChecker lintChecker(const std::optional<LintScenario> &scenario)
{
    return [scenario](const QString &text) {
        QList<TextProblem> problems;
        for (const LintProblem &problem : ScriptLint::check(text, scenario))
            problems.append({problem.start, problem.length, problem.rule, problem.reason});
        return problems;
    };
}
