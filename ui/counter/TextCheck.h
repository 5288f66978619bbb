// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QSyntaxHighlighter>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTimer;
class QWidget;

// One problem in a text: a character range of the whole text (not of a line), the rule's stable name and its
// reason in plain words.
struct TextProblem
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString rule;
    QString reason;

    friend bool operator==(const TextProblem &, const TextProblem &) = default;
};

using TextChecker = std::function<QList<TextProblem>(const QString &text)>;

// Draws each problem's range with a wavy underline, as a spell checker does.
class ProblemHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ProblemHighlighter(QTextDocument *document);
    void setProblems(const QList<TextProblem> &problems);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<TextProblem> m_problems;
};

// Checks a text editor as the person types: a moment after the last key (debounced, so a long text isn't checked
// per keystroke), each problem is underlined, its reason shows in a tooltip over the words and in a list under the
// editor (problemList(), placed by the caller). Clicking a listed problem selects its words.
class TextCheck final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 400;

    TextCheck(QPlainTextEdit *editor, TextChecker checker, QObject *parent = nullptr);

    // The list of problems and the line that says there are none, in one widget to put under the editor.
    QWidget *problemList() const { return m_panel; }
    const QList<TextProblem> &problems() const { return m_problems; }
    void setDelay(int milliseconds);
    // The reason shown for the character at `position`, or an empty string.
    QString reasonAt(qsizetype position) const;

public slots:
    // Checks at once (after the text was set by the program, say).
    void checkNow();
    // Replaces the checker (its numbers changed) and checks again.
    void setChecker(TextChecker checker);

signals:
    void problemsChanged(const QList<TextProblem> &problems);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showProblems();
    void selectProblem(QListWidgetItem *item);

    QPlainTextEdit *m_editor;
    QPointer<QWidget> m_viewport; // the editor's viewport, whose tooltips name the problem under the mouse
    TextChecker m_checker;
    ProblemHighlighter *m_highlighter;
    QTimer *m_delay;
    QWidget *m_panel;
    QListWidget *m_list;
    QLabel *m_clean;
    QList<TextProblem> m_problems;
};

struct LintScenario;

// ScriptLint as a TextChecker: every rule with the counter's numbers, or only the rules that need none.
TextChecker lintChecker(const std::optional<LintScenario> &scenario);
