// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/shadowchanges.h"

#include <QTest>

using namespace Pizhu;

class TestShadowChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsTheBodyIntoItsShadow_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("shadow");
        QTest::newRow("the same") << QStringLiteral("记者李公乐说") << QStringLiteral("记者李公乐说");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("traditional news") << QStringLiteral("香港立法會昨日通過議案，國際機場管理局將擴建。")
                                          << QStringLiteral("香港立法会昨日通过议案，国际机场管理局将扩建。");
        QTest::newRow("first and last character") << QStringLiteral("會議在這裡舉行，請準時參與會")
                                                  << QStringLiteral("会议在这里举行，请准时参与会");
        QTest::newRow("outside the basic plane")
            << QStringLiteral("𠮷野家與𩸽") << QStringLiteral("𠮷野家与鲹");
        QTest::newRow("longer shadow") << QStringLiteral("甲乙丙") << QStringLiteral("甲乙乙丙");
        QTest::newRow("shorter shadow") << QStringLiteral("甲乙乙丙丁") << QStringLiteral("甲乙丁");
        QTest::newRow("shadow empty") << QStringLiteral("甲") << QString();
        QTest::newRow("body empty") << QString() << QStringLiteral("甲");
    }

    void turnsTheBodyIntoItsShadow()
    {
        QFETCH(QString, body);
        QFETCH(QString, shadow);
        const QByteArray changes = ShadowChanges::between(body, shadow);
        QCOMPARE(changes.isEmpty(), body == shadow);
        QCOMPARE(ShadowChanges::apply(body, changes), std::optional<QString>(shadow));
        QCOMPARE(ShadowChanges::stored(body, {}, ShadowChanges::column(body, shadow)),
                 std::optional<QString>(shadow));
    }

    void keepsLessThanTheWholeShadow()
    {
        // A third of the characters differ, as in traditional news: the changes take well under
        // the shadow's own size in UTF-16 (and under half of its UTF-8, which SQLite stores).
        const QString body =
            QStringLiteral("特首在立法會答問大會上表示，政府會繼續推動房屋供應。").repeated(20);
        const QString shadow =
            QStringLiteral("特首在立法会答问大会上表示，政府会继续推动房屋供应。").repeated(20);
        const QByteArray changes = ShadowChanges::between(body, shadow);
        QVERIFY2(changes.size() < shadow.toUtf8().size() / 2,
                 qPrintable(QStringLiteral("%1 bytes of changes").arg(changes.size())));
        QCOMPARE(ShadowChanges::apply(body, changes), std::optional<QString>(shadow));
    }

    void readsEveryStoredForm()
    {
        const QString body = QStringLiteral("國際機場");
        const QString shadow = QStringLiteral("国际机场");
        // Before schema version 18 the whole shadow was stored; NULL in both means the body.
        QCOMPARE(ShadowChanges::stored(body, shadow, {}), std::optional<QString>(shadow));
        QCOMPARE(ShadowChanges::stored(body, {}, {}), std::optional<QString>(body));
        QCOMPARE(ShadowChanges::stored(body, {}, ShadowChanges::column(body, shadow)),
                 std::optional<QString>(shadow));
        QVERIFY(ShadowChanges::column(body, body).isNull());
    }

    void refusesChangesThatDoNotFit_data()
    {
        QTest::addColumn<QByteArray>("changes");
        // The body is four characters long.
        QTest::newRow("number cut short") << QByteArray("\x80", 1);
        QTest::newRow("run cut short") << QByteArray("\x01\x01", 2);
        QTest::newRow("keeps beyond the end") << QByteArray("\x05\x00\x00", 3);
        QTest::newRow("replaces beyond the end") << QByteArray("\x02\x03\x00", 3);
        QTest::newRow("puts more than it holds") << QByteArray("\x00\x01\x02\x53\x62", 5);
        QTest::newRow("half a unit") << QByteArray("\x00\x01\x01\x53", 4);
        QTest::newRow("number too long") << QByteArray("\xff\xff\xff\xff\xff\x01\x00\x00", 8);
        QTest::newRow("a huge count") << QByteArray("\x00\x00\xff\xff\xff\xff\x0f", 7);
    }

    void refusesChangesThatDoNotFit()
    {
        QFETCH(QByteArray, changes);
        QCOMPARE(ShadowChanges::apply(QStringLiteral("國際機場"), changes), std::nullopt);
        QCOMPARE(ShadowChanges::stored(QStringLiteral("國際機場"), {}, changes), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestShadowChanges)
#include "tst_shadowchanges.moc"
