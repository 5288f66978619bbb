// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// OfferDesk is GPL-3.0-or-later (it links Qt Charts, GPL-3.0 for open source): the full text ships as LICENSE, and
// every source file says so in an SPDX header, so a file copied out of the tree keeps its license.

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLicense : public QObject
{
    Q_OBJECT

private slots:
    void licenseFileIsTheGplVersion3();
    void everySourceFileHasAnSpdxHeader();
};

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestLicense::licenseFileIsTheGplVersion3()
{
    const QByteArray text = readFile(QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/LICENSE"_s);
    QVERIFY(text.contains("GNU GENERAL PUBLIC LICENSE"));
    QVERIFY(text.contains("Version 3, 29 June 2007"));
    QVERIFY(text.size() > 30000); // the full text, not a notice
}

void TestLicense::everySourceFileHasAnSpdxHeader()
{
    const QString root = QStringLiteral(OFFERDESK_SOURCE_DIR);
    QStringList missing;
    int checked = 0;
    for (const QString &folder : {u"app"_s, u"ui"_s, u"tests"_s, u"packaging"_s, u"resources"_s, u".ci"_s}) {
        QDirIterator it(root + u'/' + folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = it.fileName();
            if (path.contains(u"/tests/data/"_s) || path.contains(u"/tests/fuzz/regressions/"_s))
                continue; // test inputs, not sources
            const bool source = name.endsWith(u".cpp"_s) || name.endsWith(u".h"_s) || name == u"CMakeLists.txt"_s
                || name.endsWith(u".cmake"_s) || name.endsWith(u".ui"_s) || name.endsWith(u".sh"_s)
                || path.contains(u"/.ci/"_s);
            if (!source)
                continue;
            ++checked;
            // Within the first lines, after a shebang or an XML declaration at most.
            const QByteArray head = readFile(path).left(300);
            if (!head.contains("SPDX-License-Identifier: GPL-3.0-or-later"))
                missing.append(path.mid(root.size() + 1));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"no SPDX header: "_s + missing.join(u", "_s)));
    QVERIFY(checked > 200);
}

QTEST_GUILESS_MAIN(TestLicense)
#include "tst_license.moc"
