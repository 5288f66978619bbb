#include "GuideParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuideParser : public QObject
{
    Q_OBJECT

private slots:
    void seedGuideGolden();
private:
    static QByteArray readFile(const QString &path);
};

QByteArray TestGuideParser::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void TestGuideParser::seedGuideGolden()
{
    const QString path = QStringLiteral(OFFERDESK_SEED_GUIDE);
    const GuideParseResult result = GuideParser::parse(readFile(path), path, QDate(2026, 3, 1));
    for (const Diagnostic &d : result.diagnostics)
        qInfo().noquote() << d.toString();
    QVERIFY(result.ok());
}

QTEST_GUILESS_MAIN(TestGuideParser)
#include "tst_guideparser.moc"
