// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/counter/MessageDraftPanel.h"

#include "counter/ScriptLint.h"
#include "offers/Deadlines.h"
#include "ui/common/Clock.h"
#include "ui/counter/TextCheck.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MessageDraftPanel::MessageDraftPanel(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_deadlineNote(new QLabel(this))
    , m_moreTimeButton(new QPushButton(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_check(nullptr)
    , m_copy(new QPushButton(tr("Cop&y message"), this))
    , m_open(new QPushButton(tr("Open in mai&l app"), this))
    , m_writeAgain(new QPushButton(tr("Wr&ite again"), this))
{
    setObjectName(u"messageDraft"_s);
    setAccessibleName(tr("Email draft"));
    setAccessibleDescription(tr("An email with your counter, to edit, copy or open in your mail app."));
    m_deadlineNote->setObjectName(u"draftDeadlineNote"_s);
    m_deadlineNote->setAccessibleName(tr("Deadline note"));
    m_deadlineNote->setWordWrap(true);
    m_deadlineNote->setStyleSheet(u"QLabel { color: #7a1d12; }"_s);
    m_moreTimeButton->setObjectName(u"moreTimeButton"_s);
    m_moreTimeButton->setAccessibleName(tr("Ask for more time"));
    m_moreTimeButton->setAccessibleDescription(tr("Switches the draft between your counter and a short message "
                                                  "asking for more time before the deadline."));
    m_subject->setObjectName(u"draftSubject"_s);
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setObjectName(u"draftBody"_s);
    m_body->setAccessibleName(tr("Message"));
    m_body->setAccessibleDescription(tr("The email's text. Words to reconsider are underlined; the list below says "
                                        "why."));
    m_body->setTabChangesFocus(true);
    m_check = new TextCheck(m_body, lintChecker(std::nullopt), this);
    m_copy->setObjectName(u"copyDraft"_s);
    m_copy->setAccessibleDescription(tr("Puts the subject and the message on the clipboard"));
    m_open->setObjectName(u"openDraftInMail"_s);
    m_open->setAccessibleDescription(tr("Opens a new email with this subject and message in your mail app"));
    m_writeAgain->setObjectName(u"writeDraftAgain"_s);
    m_writeAgain->setToolTip(tr("Throws away your edits and writes the message again from the counter"));
    m_writeAgain->setAccessibleDescription(m_writeAgain->toolTip());

    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadlineNote, 1);
    deadlineRow->addWidget(m_moreTimeButton);
    auto *subjectRow = new QFormLayout;
    subjectRow->setContentsMargins(0, 0, 0, 0);
    subjectRow->addRow(tr("Sub&ject:"), m_subject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_writeAgain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(deadlineRow);
    layout->addLayout(subjectRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_check->problemList());
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &MessageDraftPanel::copy);
    connect(m_open, &QPushButton::clicked, this, &MessageDraftPanel::openInMailApp);
    connect(m_writeAgain, &QPushButton::clicked, this, &MessageDraftPanel::writeAgain);
    connect(m_moreTimeButton, &QPushButton::clicked, this, [this] { showMoreTimeMessage(!m_moreTime); });
    connect(m_subject, &QLineEdit::textChanged, this, &MessageDraftPanel::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageDraftPanel::updateState);
    updateState();
}

void MessageDraftPanel::setCounter(const CounterInput &input, const CounterSuggestion &suggestion)
{
    const bool edited = isEdited();
    m_input = input;
    m_suggestion = suggestion;
    m_ready = !input.band.currency.isEmpty();
    if (!m_ready || !MessageDrafts::shouldOfferMoreTime(m_input.target.original, Clock::today()))
        m_moreTime = false;
    m_check->setChecker(lintChecker(m_ready ? std::optional(ScriptLint::scenarioFrom(m_input, m_suggestion))
                                            : std::nullopt));
    // The person's own words stay; an untouched draft follows the counter.
    if (!edited || !m_ready)
        showDraft(generated());
    updateState();
}

MessageDraft MessageDraftPanel::generated() const
{
    if (!m_ready)
        return MessageDraft();
    return m_moreTime ? MessageDrafts::moreTime(m_input.target.original, Clock::today())
                      : MessageDrafts::counter(m_input, m_suggestion);
}

void MessageDraftPanel::showDraft(const MessageDraft &draft)
{
    m_shown = draft;
    {
        const QSignalBlocker blockSubject(m_subject);
        const QSignalBlocker blockBody(m_body);
        m_subject->setText(draft.subject);
        m_body->setPlainText(draft.body);
    }
    m_check->checkNow();
}

MessageDraft MessageDraftPanel::draft() const
{
    return MessageDraft{m_subject->text(), m_body->toPlainText()};
}

bool MessageDraftPanel::isEdited() const
{
    return draft() != m_shown;
}

void MessageDraftPanel::copy()
{
    const MessageDraft current = draft();
    QApplication::clipboard()->setText(tr("Subject: %1").arg(current.subject) + u"\n\n"_s + current.body);
}

void MessageDraftPanel::openInMailApp()
{
    const QUrl url = draft().mailtoUrl();
    if (!m_opener || !m_opener(url))
        emit problem(tr("No mail app opened. Copy the message and paste it into your email instead."));
}

void MessageDraftPanel::showMoreTimeMessage(bool moreTime)
{
    m_moreTime = moreTime && m_ready;
    showDraft(generated());
    updateState();
}

void MessageDraftPanel::writeAgain()
{
    showDraft(generated());
    updateState();
}

void MessageDraftPanel::updateState()
{
    const bool hasText = !m_subject->text().isEmpty() || !m_body->toPlainText().trimmed().isEmpty();
    m_copy->setEnabled(hasText);
    m_open->setEnabled(hasText);
    m_writeAgain->setEnabled(m_ready && isEdited());
    m_subject->setEnabled(m_ready);
    m_body->setEnabled(m_ready);
    m_body->setPlaceholderText(m_ready ? QString() : tr("The email appears here once there is a counter."));
    const Offer &target = m_input.target.original;
    const bool close = m_ready && MessageDrafts::shouldOfferMoreTime(target, Clock::today());
    if (close) {
        const DeadlineStatus status = Deadlines::status(target.deadline, Clock::today());
        m_deadlineNote->setText(tr("%1: the deadline is close (%2).").arg(target.label(), Deadlines::words(status)));
        m_moreTimeButton->setText(m_moreTime ? tr("Back to the co&unter") : tr("Ask for more time inste&ad"));
        m_moreTimeButton->setAccessibleName(m_moreTimeButton->text().remove(u'&'));
    }
    m_deadlineNote->setVisible(close);
    m_moreTimeButton->setVisible(close);
}
