// SPDX-License-Identifier: GPL-3.0-or-later
// Each sample page, parsed and with its entities extracted, against the reviewed output kept in
// tests/reference/. A change in what the parser or the extractor produces shows as a diff there:
// tests/reference/update-references.sh rewrites the files, and the diff is read before commit.
#include "export/articlejson.h"
#include "extract/entityextractor.h"
#include "ingest/articleparser.h"
#include "testseeds.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

QByteArray articleReference(const Article &article)
{
    QJsonObject object = ArticleJson::full(article);
    object.remove(QStringLiteral("text")); // the paragraphs, joined: one place to read them
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray entitiesReference(const Article &article)
{
    QByteArray lines;
    for (const ExtractedEntity &entity : EntityExtractor::instance().extract(article))
        lines +=
            QJsonDocument(ArticleJson::entity(entity, entity.mentions)).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

/** The first line where \a actual and \a expected differ, for the failure message. */
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray left = i < a.size() ? a.at(i) : QByteArray("(end of output)");
        const QByteArray right = i < e.size() ? e.at(i) : QByteArray("(end of reference)");
        if (left != right) {
            return QStringLiteral("line %1\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(right), QString::fromUtf8(left));
        }
    }
    return {};
}

} // namespace

class TestReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheReference_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("kind");
        for (const QString &seed : seedFileNames()) {
            for (const char *kind : {"article.json", "entities.jsonl"})
                QTest::addRow("%s %s", qPrintable(seed.left(3)), kind) << seed << QString::fromLatin1(kind);
        }
    }

    void matchesTheReference()
    {
        QFETCH(QString, seed);
        QFETCH(QString, kind);
        const Article article = ArticleParser::parse(seedText(seed));
        QVERIFY(!article.paragraphs.isEmpty());
        const QByteArray actual =
            kind == QLatin1String("article.json") ? articleReference(article) : entitiesReference(article);
        const QString name = QFileInfo(seed).completeBaseName() + QLatin1Char('.') + kind;
        const QString referencePath = QStringLiteral(PIZHU_REFERENCE_DIR "/") + name;
        if (qEnvironmentVariableIsSet("PIZHU_UPDATE_REFERENCES")) {
            QVERIFY2(writeFile(referencePath, actual), qPrintable(referencePath));
            qInfo("wrote %s", qPrintable(referencePath));
            return;
        }
        const QByteArray expected = fileBytes(referencePath);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no reference file %1").arg(referencePath)));
        if (actual == expected)
            return;
        const QString actualDir = QStringLiteral(PIZHU_BINARY_DIR "/tests/reference-actual");
        QDir().mkpath(actualDir);
        const QString actualPath = actualDir + QLatin1Char('/') + name;
        writeFile(actualPath, actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs from the reference at %2\n  diff -u %3 %4\n"
                                        "  (tests/reference/update-references.sh accepts the new output)")
                             .arg(name, firstDifference(actual, expected), referencePath, actualPath)));
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
