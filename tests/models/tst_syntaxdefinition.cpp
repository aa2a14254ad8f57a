// SPDX-License-Identifier: GPL-3.0-or-later
// The reading-aid syntax definition (resources/syntax/pizhu-news.xml) checked with the real
// KSyntaxHighlighting engine: its command-line tool (ksyntaxhighlighter6 on Debian 13,
// kate-syntax-highlighter on Debian 12) finds it through XDG_DATA_DIRS and prints, under each line,
// the format every piece of text got. tst_readingaids checks the same definition in process.
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSyntaxDefinition : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** The format names the engine gives to \a line. */
    QStringList formatsOf(const QString &line)
    {
        const QString input = m_dir.filePath(QStringLiteral("line.txt"));
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(line.toUtf8() + '\n');
        file.close();
        QProcess highlighter;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_DIRS"),
                   m_dir.filePath(QStringLiteral("share")) + QStringLiteral(":/usr/share"));
        highlighter.setProcessEnvironment(env);
        highlighter.start(QStringLiteral(PIZHU_SYNTAX_HIGHLIGHTER),
                          {QStringLiteral("-s"), QStringLiteral("Pizhu News"), QStringLiteral("-f"),
                           QStringLiteral("ansi"), QStringLiteral("--syntax-trace=format"), input});
        if (!highlighter.waitForFinished(30000) || highlighter.exitCode() != 0)
            return {
                QStringLiteral("<%1 failed: %2>")
                    .arg(QStringLiteral(PIZHU_SYNTAX_HIGHLIGHTER),
                         QString::fromUtf8(highlighter.readAllStandardError()) + highlighter.errorString())};
        QString output = QString::fromUtf8(highlighter.readAllStandardOutput());
        output.remove(QRegularExpression(QStringLiteral("\\x1b\\[[0-9;]*[A-Za-z]")));
        QStringList formats;
        static const QRegularExpression name(
            QStringLiteral("(Normal Text|Quotation|Title|Date|Time|Number|Credit)"));
        QRegularExpressionMatchIterator it = name.globalMatch(output);
        while (it.hasNext()) {
            const QString format = it.next().captured(1);
            if (!formats.contains(format))
                formats << format;
        }
        return formats;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString syntax = m_dir.filePath(QStringLiteral("share/org.kde.syntax-highlighting/syntax"));
        QVERIFY(QDir().mkpath(syntax));
        QVERIFY(QFile::copy(QStringLiteral(PIZHU_SOURCE_DIR "/resources/syntax/pizhu-news.xml"),
                            syntax + QStringLiteral("/pizhu-news.xml")));
    }

    void marksReadingAids_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("format");
        QTest::newRow("curly quotation")
            << QStringLiteral("他说：“我们一定守好防线！”然后离开") << QStringLiteral("Quotation");
        QTest::newRow("corner quotation")
            << QStringLiteral("他說：「請書記放心」然後") << QStringLiteral("Quotation");
        QTest::newRow("straight quotation")
            << QStringLiteral("同心战\"疫\"漯河") << QStringLiteral("Quotation");
        QTest::newRow("title of a work")
            << QStringLiteral("刊发《疫情就是命令》一文") << QStringLiteral("Title");
        QTest::newRow("full date") << QStringLiteral("于2022年3月25日发布") << QStringLiteral("Date");
        QTest::newRow("day and part of day") << QStringLiteral("3月10日晚赶到") << QStringLiteral("Date");
        QTest::newRow("clock time") << QStringLiteral("发布于16:43:49整") << QStringLiteral("Time");
        QTest::newRow("figure with 万") << QStringLiteral("廊坊市9.9万名党员") << QStringLiteral("Number");
        QTest::newRow("Chinese numeral with 亿")
            << QStringLiteral("投资三亿元建设") << QStringLiteral("Number");
        QTest::newRow("credit") << QStringLiteral("守住防线。（记者 尚丽娟）") << QStringLiteral("Credit");
    }

    void marksReadingAids()
    {
        QFETCH(QString, line);
        QFETCH(QString, format);
        const QStringList formats = formatsOf(line);
        QVERIFY2(formats.contains(format), qPrintable(formats.join(QStringLiteral(", "))));
    }

    void leavesPlainTextPlain()
    {
        QCOMPARE(formatsOf(QStringLiteral("疫情就是命令，防控就是责任。")),
                 QStringList{QStringLiteral("Normal Text")});
    }
};

QTEST_GUILESS_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
