// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/MessageDraft.h"

#include "counter/NegotiationReport.h"
#include "offers/Deadlines.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageDraft)
};

// RFC 6068: every character but the unreserved ones percent-encoded as UTF-8, and line breaks as CRLF.
QString encoded(const QString &text)
{
    QString crlf = text;
    crlf.replace(u"\r\n"_s, u"\n"_s);
    crlf.replace(u'\r', u'\n');
    crlf.replace(u"\n"_s, u"\r\n"_s);
    return QString::fromLatin1(QUrl::toPercentEncoding(crlf));
}

QString greeting(const MessageDraftOptions &options)
{
    const QString name = options.recipientName.trimmed();
    return name.isEmpty() ? Tr::tr("Hi,") : Tr::tr("Hi %1,").arg(name);
}

QString signOff(const QString &closing, const MessageDraftOptions &options)
{
    const QString name = options.senderName.trimmed();
    return name.isEmpty() ? closing : closing + u'\n' + name;
}

// "the Software Engineer role at Acme", or "your offer at Acme" without a role.
QString roleAt(const QString &role, const QString &company)
{
    if (role.trimmed().isEmpty())
        return Tr::tr("the role at %1").arg(company);
    return Tr::tr("the %1 role at %2").arg(role.trimmed(), company);
}

} // namespace

QUrl MessageDraft::mailtoUrl(const QString &to) const
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(to.trimmed(), QUrl::DecodedMode);
    QStringList query;
    if (!subject.isEmpty())
        query.append(u"subject="_s + encoded(subject));
    if (!body.isEmpty())
        query.append(u"body="_s + encoded(body));
    if (!query.isEmpty())
        url.setQuery(query.join(u'&'), QUrl::StrictMode);
    return url;
}

MessageDraft MessageDrafts::counter(const CounterInput &input, const CounterSuggestion &suggestion,
                                    const MessageDraftOptions &options)
{
    const Offer &target = input.target.offer;
    const QString company = input.guide.companyName().isEmpty() ? target.company : input.guide.companyName();
    const QString role = input.guide.roleName().isEmpty() ? target.role : input.guide.roleName();
    MessageDraft draft;
    draft.subject = role.trimmed().isEmpty() ? Tr::tr("Following up on the offer")
                                             : Tr::tr("Following up on the %1 offer").arg(role.trimmed());
    const QStringList paragraphs{
        greeting(options),
        Tr::tr("Thank you for the offer for %1.").arg(roleAt(role, company)) + u' ' + suggestion.script.trimmed(),
        Tr::tr("Could we find a time this week to talk it through?"),
        signOff(Tr::tr("Best regards,"), options),
    };
    draft.body = paragraphs.join(u"\n\n"_s);
    return draft;
}

MessageDraft MessageDrafts::moreTime(const Offer &target, const QDate &today, const MessageDraftOptions &options,
                                     int extraDays)
{
    const bool open = target.deadline.isValid() && (!today.isValid() || target.deadline >= today);
    const QDate from = open ? target.deadline : today;
    const QDate proposed = from.isValid() ? from.addDays(std::max(1, extraDays)) : QDate();
    MessageDraft draft;
    draft.subject = target.role.trimmed().isEmpty()
        ? Tr::tr("Time to decide on the %1 offer").arg(target.company)
        : Tr::tr("Time to decide on the %1 offer").arg(target.role.trimmed());
    QString ask;
    if (open && proposed.isValid())
        ask = Tr::tr("Could we move the deadline from %1 to %2? I will have a clear answer for you by then.")
                  .arg(NegotiationReport::longDate(target.deadline), NegotiationReport::longDate(proposed));
    else if (proposed.isValid())
        ask = Tr::tr("Could I have until %1 to decide? I will have a clear answer for you by then.")
                  .arg(NegotiationReport::longDate(proposed));
    else
        ask = Tr::tr("Could I have one more week to decide? I will have a clear answer for you by then.");
    const QStringList paragraphs{
        greeting(options),
        Tr::tr("Thank you again for the offer for %1. I am taking the decision seriously and want to give you a "
               "considered answer.")
            .arg(roleAt(target.role, target.company)),
        ask,
        signOff(Tr::tr("Thank you for understanding,"), options),
    };
    draft.body = paragraphs.join(u"\n\n"_s);
    return draft;
}

bool MessageDrafts::shouldOfferMoreTime(const Offer &target, const QDate &today)
{
    return Deadlines::status(target.deadline, today).isUrgent();
}
