// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The translation of one language (OFFERDESK_TS_LANGUAGE, one ctest entry each), checked as a release needs it:
// every entry finished, every plural form written, the placeholders and mnemonics of the English kept, and the
// file in step with the code (lupdate, run over a copy, neither adds an entry nor finds one the code has dropped).
// English, the source language, has only its plural entries (lupdate -pluralonly).

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return u"  [%1] \"%2\"%3"_s.arg(context, source, comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"%1: cannot open: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A plural entry ends at </translation>, after its forms; a singular one was read whole below.
        if (xml.isEndElement() && xml.name() == u"translation"_s && message.numerus)
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS"_s) {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                ts.messages.append(message);
            }
        } else if (name == u"numerusform"_s) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = u"%1: line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The plural forms lrelease expects for a language (French: one for 0 and 1, one for more; German: 1 and more).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms = {{u"en"_s, 2}, {u"fr"_s, 2}, {u"de"_s, 2}};
    return forms.value(language.section(u'_', 0, 0), -1);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(OFFERDESK_TS_DIR "/offerdesk_") + language + u".ts"_s;
}

QSet<QString> placeholdersOf(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression placeholder(u"%L?(?:[1-9]|n)"_s);
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// A keyboard mnemonic: an & before a letter or digit, not "&&" nor an HTML entity such as "&amp;".
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(u"(?<!&)&(?!&)(?![a-z]+;)\\w"_s);
    return mnemonic.match(text).hasMatch();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEntryIsFinished();
    void everyPluralFormIsWritten();
    void placeholdersAndMnemonicsAreKept();
    void inStepWithTheSources();

private:
    QString m_language;
    TsFile m_ts;
};

void TestTranslations::initTestCase()
{
    m_language = qEnvironmentVariable("OFFERDESK_TS_LANGUAGE");
    QVERIFY2(!m_language.isEmpty(), "OFFERDESK_TS_LANGUAGE names the language to check");
    m_ts = readTs(tsPath(m_language));
    QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
    QVERIFY2(!m_ts.messages.isEmpty(), qPrintable(tsPath(m_language) + u" holds no entries"_s));
    QCOMPARE(m_ts.language.section(u'_', 0, 0), m_language);
}

void TestTranslations::everyEntryIsFinished()
{
    QStringList unfinished;
    QStringList dropped;
    for (const Message &message : std::as_const(m_ts.messages)) {
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
            dropped.append(message.describe());
        else if (message.type == u"unfinished"_s || empty)
            unfinished.append(message.describe());
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(u"%1 entries of %2 are unfinished:\n%3"_s
                                                 .arg(unfinished.size())
                                                 .arg(tsPath(m_language), unfinished.join(u'\n'))));
    QVERIFY2(dropped.isEmpty(), qPrintable(u"%1 entries of %2 are no longer in the code; delete them:\n%3"_s
                                               .arg(dropped.size())
                                               .arg(tsPath(m_language), dropped.join(u'\n'))));
}

void TestTranslations::everyPluralFormIsWritten()
{
    const int forms = pluralForms(m_language);
    QVERIFY2(forms > 0, qPrintable(u"no plural rule known for %1"_s.arg(m_language)));
    QStringList incomplete;
    int numerus = 0;
    for (const Message &message : std::as_const(m_ts.messages)) {
        if (!message.numerus || message.type == u"vanished"_s || message.type == u"obsolete"_s)
            continue;
        ++numerus;
        const bool complete = message.translations.size() == forms
                              && std::none_of(message.translations.cbegin(), message.translations.cend(),
                                              [](const QString &text) { return text.isEmpty(); });
        if (!complete)
            incomplete.append(message.describe() + u": %1 of %2 forms"_s.arg(message.translations.size()).arg(forms));
    }
    QVERIFY2(numerus > 0, "no plural entry: every count on screen goes through tr(\"%n ...\", nullptr, n)");
    QVERIFY2(incomplete.isEmpty(), qPrintable(u"plural entries missing a form:\n"_s + incomplete.join(u'\n')));
}

void TestTranslations::placeholdersAndMnemonicsAreKept()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_ts.messages)) {
        if (message.type == u"unfinished"_s || message.type == u"vanished"_s || message.type == u"obsolete"_s)
            continue;
        QSet<QString> expected = placeholdersOf(message.source);
        for (const QString &translation : message.translations) {
            QSet<QString> found = placeholdersOf(translation);
            if (message.numerus) { // a form for one may spell the number out
                expected.remove(u"%n"_s);
                found.remove(u"%n"_s);
            }
            if (found != expected)
                problems.append(message.describe() + u": placeholders differ in \"%1\""_s.arg(translation));
            if (hasMnemonic(message.source) != hasMnemonic(translation))
                problems.append(message.describe() + u": the & mnemonic is lost or added in \"%1\""_s.arg(translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::inStepWithTheSources()
{
    // lupdate over the same sources, with the same options as `update_translations`, into a copy.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(u"offerdesk_%1.ts"_s.arg(m_language));
    QVERIFY(QFile::copy(tsPath(m_language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments = QStringLiteral(OFFERDESK_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    if (m_language == u"en"_s)
        arguments << u"-pluralonly"_s;
    for (const QString &folder : QStringLiteral(OFFERDESK_LUPDATE_INCLUDES).split(u',', Qt::SkipEmptyParts))
        arguments << u"-I"_s << folder;
    arguments << u"@"_s + QStringLiteral(OFFERDESK_LUPDATE_SOURCE_LIST) << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(OFFERDESK_LUPDATE_PATH), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // lupdate warns when it can't tell a tr() call's context: those strings would never be translated.
    const QStringList warnings = output.split(u'\n').filter(QRegularExpression(u"^/.*:\\d+: "_s));
    QVERIFY2(warnings.isEmpty(), qPrintable(u"lupdate warns:\n"_s + warnings.join(u'\n')));

    const TsFile updated = readTs(copy);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QSet<QString> committed;
    for (const Message &message : std::as_const(m_ts.messages))
        committed.insert(message.key());
    QStringList added;
    QStringList vanished;
    for (const Message &message : updated.messages) {
        if (!committed.contains(message.key()))
            added.append(message.describe());
        else if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
            vanished.append(message.describe());
    }
    const QString update = u"run `cmake --build build --target update_translations` and translate them"_s;
    QVERIFY2(added.isEmpty(), qPrintable(u"%1 strings of the code are not in %2 (%3):\n%4"_s
                                             .arg(added.size())
                                             .arg(tsPath(m_language), update, added.join(u'\n'))));
    QVERIFY2(vanished.isEmpty(), qPrintable(u"%1 entries of %2 are no longer in the code; delete them:\n%3"_s
                                                .arg(vanished.size())
                                                .arg(tsPath(m_language), vanished.join(u'\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
