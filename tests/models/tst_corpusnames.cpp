// SPDX-License-Identifier: GPL-3.0-or-later
// What a corpus's names teach the shipped entity model's lexicon, and when a lexicon (an adapted
// model's) knows them all already, so that nothing is taught again.
#include "extract/characterfeatures.h"
#include "extract/entityextractor.h"
#include "extract/entitymodel.h"
#include "ingest/corpusnames.h"

#include <QTest>

using namespace Pizhu;

Q_DECLARE_METATYPE(QList<CorpusNames::Name>)

namespace {

quint8 classesOf(const EntityLexicon &lexicon, const QString &key)
{
    const std::u32string word = CharacterFeatures::normalised(key);
    return lexicon.classesOf(word.data(), int(word.size()));
}

} // namespace

class TestCorpusNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowsWhatItWasTaught_data()
    {
        QTest::addColumn<QList<CorpusNames::Name>>("names");
        QTest::addColumn<bool>("shippedKnows");
        const auto person = [](const char16_t *key, bool added = false) {
            return CorpusNames::Name{EntityType::Person, QString::fromUtf16(key), added};
        };
        const auto organization = [](const char16_t *key, bool added = false) {
            return CorpusNames::Name{EntityType::Organization, QString::fromUtf16(key), added};
        };
        QTest::newRow("none") << QList<CorpusNames::Name>{} << true;
        QTest::newRow("one character is no word of the lexicon") << QList{person(u"王")} << true;
        QTest::newRow("an organisation added by hand, unknown to the dictionary")
            << QList{organization(u"青禾数据研究会", true)} << false;
        QTest::newRow("a made-up person confirmed") << QList{person(u"柯默然")} << false;
        QTest::newRow("a club the dictionary calls a person, as an organisation")
            << QList{organization(u"切尔西"), person(u"柯默然")} << false;
    }

    void knowsWhatItWasTaught()
    {
        QFETCH(QList<CorpusNames::Name>, names);
        QFETCH(bool, shippedKnows);
        const EntityModel *shipped = EntityExtractor::instance().model();
        QVERIFY(shipped);
        QCOMPARE(CorpusNames::knowsAll(shipped->lexicon(), shipped->lexicon(), names), shippedKnows);
        const std::unique_ptr<EntityModel> taught = CorpusNames::teach(*shipped, shipped->lexicon(), names);
        QVERIFY(CorpusNames::knowsAll(taught->lexicon(), shipped->lexicon(), names));
        // Taught again, as an adapted model would be, nothing changes.
        const std::unique_ptr<EntityModel> again = CorpusNames::teach(*taught, shipped->lexicon(), names);
        for (const CorpusNames::Name &name : std::as_const(names))
            QCOMPARE(classesOf(again->lexicon(), name.key), classesOf(taught->lexicon(), name.key));
        QCOMPARE(again->lexicon().size(), taught->lexicon().size());
        // A name it was not taught, or taught as another type, it does not know.
        const QList<CorpusNames::Name> other{{EntityType::Organization, QStringLiteral("柯默然"), false}};
        QVERIFY(!CorpusNames::knowsAll(taught->lexicon(), shipped->lexicon(), other));
    }
};

QTEST_GUILESS_MAIN(TestCorpusNames)
#include "tst_corpusnames.moc"
