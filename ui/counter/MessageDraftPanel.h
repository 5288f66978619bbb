// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"
#include "counter/MessageDraft.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUrl;
class TextCheck;

// The Counter tab's email draft: a subject and a body made from the counter (MessageDrafts), edited in place and
// checked as the person types (ScriptLint, underlined). Copy puts it on the clipboard; Open in mail app hands its
// mailto: URL to the desktop. When the target's deadline is close it offers the message asking for more time.
// A draft the person edited is kept when the counter changes; "Write again" makes it afresh.
class MessageDraftPanel final : public QWidget
{
    Q_OBJECT

public:
    // What opens a mailto: URL: QDesktopServices::openUrl, unless a test puts its own.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit MessageDraftPanel(QWidget *parent = nullptr);

    // The counter the draft is made from. An input without a band (no counter) empties the draft.
    void setCounter(const CounterInput &input, const CounterSuggestion &suggestion);
    // The draft as it stands, with the person's edits.
    MessageDraft draft() const;
    bool isEdited() const;
    bool isMoreTimeMessage() const { return m_moreTime; }
    TextCheck *check() const { return m_check; }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

public slots:
    void copy();
    void openInMailApp();
    // The message asking for more time before the target's deadline, or back to the counter's.
    void showMoreTimeMessage(bool moreTime);
    void writeAgain();

signals:
    // The mail app could not be opened: the text to show.
    void problem(const QString &message);

private:
    MessageDraft generated() const;
    void showDraft(const MessageDraft &draft);
    void updateState();

    CounterInput m_input;
    CounterSuggestion m_suggestion;
    bool m_ready = false;
    bool m_moreTime = false;
    MessageDraft m_shown; // the draft as last made, before any edit
    UrlOpener m_opener;

    QLabel *m_deadlineNote;
    QPushButton *m_moreTimeButton;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    TextCheck *m_check;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_writeAgain;
};
