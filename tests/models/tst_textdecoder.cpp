// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/textdecoder.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Pizhu;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private:
    static QString seed(const QString &name)
    {
        QFile file(QStringLiteral(PIZHU_SAMPLES_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing seed %s", qPrintable(name));
        return QString::fromUtf8(file.readAll());
    }

    static QByteArray encode(const char *encoding, const QString &text)
    {
        QStringEncoder encoder(encoding);
        QByteArray bytes = encoder.encode(text);
        if (encoder.hasError())
            qFatal("cannot encode test text as %s", encoding);
        return bytes;
    }

private Q_SLOTS:
    void decodesEveryEncoding_data()
    {
        QTest::addColumn<QString>("seedName");
        QTest::addColumn<QString>("encoding");
        // 002 is simplified (GB18030 holds it); 001 is traditional apart from a few lines, which
        // Big5 cannot hold, so the Big5 case uses its first paragraphs only.
        const QString simplified = QStringLiteral("002_29e55f450c19d4d5.txt");
        const QString traditional = QStringLiteral("001_8ef87ac96af6a377.txt");
        for (const char *encoding : {"UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030"}) {
            QTest::addRow("%s simplified", encoding) << simplified << QString::fromLatin1(encoding);
            QTest::addRow("%s traditional", encoding) << traditional << QString::fromLatin1(encoding);
        }
        QTest::addRow("Big5 traditional") << traditional << QStringLiteral("Big5");
        // Without a byte-order mark (Windows tools write it so): told by where the zero bytes fall.
        QTest::addRow("UTF-16LE without BOM") << simplified << QStringLiteral("UTF-16LE no BOM");
        QTest::addRow("UTF-16BE without BOM") << traditional << QStringLiteral("UTF-16BE no BOM");
    }

    void decodesEveryEncoding()
    {
        QFETCH(QString, seedName);
        QFETCH(QString, encoding);
        QString text = seed(seedName);
        if (encoding == QLatin1String("Big5"))
            text = text.section(QLatin1Char('\n'), 0, 12); // before the first simplified caption
        QByteArray bytes;
        if (encoding == QLatin1String("UTF-8"))
            bytes = text.toUtf8();
        else if (encoding == QLatin1String("UTF-8-BOM"))
            bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        else if (encoding == QLatin1String("UTF-16LE"))
            bytes = QByteArray("\xFF\xFE") + encode("UTF-16LE", text);
        else if (encoding == QLatin1String("UTF-16BE"))
            bytes = QByteArray("\xFE\xFF") + encode("UTF-16BE", text);
        else if (encoding.endsWith(QLatin1String(" no BOM"))) {
            encoding.chop(7);
            bytes = encode(encoding.toLatin1().constData(), text);
        } else
            bytes = encode(encoding.toLatin1().constData(), text);

        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
    }

    void normalisesLineEnds()
    {
        const DecodedText decoded = TextDecoder::decode(QByteArray("标题\r\n第一段\r第二段\n"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.text, QStringLiteral("标题\n第一段\n第二段\n"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only blanks") << QByteArray(" \n\n  \n") << QStringLiteral("no text");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<\x00\x01\x02>>", 30)
                             << QStringLiteral("binary");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16)
                             << QStringLiteral("binary");
        QByteArray truncated = QStringLiteral("党员干部").toUtf8();
        truncated.chop(1);
        QTest::newRow("truncated UTF-8") << truncated << QStringLiteral("cut off");
        QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE\x5A\x51\x00", 5) << QStringLiteral("odd number");
        // Zeros on one side only, but control characters once decoded: still binary.
        QTest::newRow("zeros on odd bytes, not text")
            << QByteArray("\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00", 12) << QStringLiteral("binary");
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reasonPart);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(reasonPart), qPrintable(decoded.error));
    }

    void refusesRandomBytes()
    {
        // Random high bytes are valid GB18030 byte for byte, but read as no language.
        QByteArray bytes;
        quint32 state = 12345;
        for (int i = 0; i < 4096; ++i) {
            state = state * 1103515245u + 12345u;
            bytes.append(char(0x80 | ((state >> 16) & 0x7F)));
        }
        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(QLatin1String("random")), qPrintable(decoded.error));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
