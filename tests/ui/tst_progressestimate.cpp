// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"
#include "progressestimate.h"

#include <QTest>

using namespace Pizhu;

class TestProgressEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English has a translation too: the plural forms of "%n minute(s)".
    void initTestCase() { LanguageManager::instance().setLanguage(QStringLiteral("en")); }

    void describesShareAndTimeLeft_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown total") << qint64(2000) << qint64(0) << qint64(5000) << QString();
        QTest::newRow("start") << qint64(0) << qint64(100) << qint64(0) << QStringLiteral("0 %");
        QTest::newRow("too early to tell")
            << qint64(50) << qint64(100) << qint64(1000) << QStringLiteral("50 %");
        QTest::newRow("too little done to tell")
            << qint64(5) << qint64(1000) << qint64(60000) << QStringLiteral("0 %");
        QTest::newRow("seconds") << qint64(50) << qint64(100) << qint64(10000)
                                 << QStringLiteral("50 %, less than a minute left");
        QTest::newRow("one minute") << qint64(50) << qint64(100) << qint64(60000)
                                    << QStringLiteral("50 %, about 1 minute left");
        QTest::newRow("minutes") << qint64(25) << qint64(100) << qint64(60000)
                                 << QStringLiteral("25 %, about 3 minutes left");
        QTest::newRow("hours") << qint64(10) << qint64(100) << qint64(30 * 60000)
                               << QStringLiteral("10 %, about 5 hours left");
        QTest::newRow("bytes of a large file")
            << qint64(3'000'000'000) << qint64(4'000'000'000) << qint64(30 * 60000)
            << QStringLiteral("75 %, about 10 minutes left");
        QTest::newRow("done") << qint64(100) << qint64(100) << qint64(60000) << QStringLiteral("100 %");
        QTest::newRow("more than the total (a file grew)")
            << qint64(130) << qint64(100) << qint64(60000) << QStringLiteral("100 %");
    }

    void describesShareAndTimeLeft()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(qint64, elapsedMs);
        QTEST(ProgressEstimate::describe(done, total, elapsedMs), "expected");
    }
};

QTEST_GUILESS_MAIN(TestProgressEstimate)
#include "tst_progressestimate.moc"
