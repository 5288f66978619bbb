#include "GuideLibrary.h"
#include <QTest>
class TestGuideLibrary : public QObject { Q_OBJECT private slots: void placeholder() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(TestGuideLibrary)
#include "tst_guidelibrary.moc"
