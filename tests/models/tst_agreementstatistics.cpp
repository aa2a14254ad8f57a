// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement coefficients against the worked examples of the papers that define them, and
// against an independent implementation (NLTK's nltk.metrics.agreement, Debian's python3-nltk) on
// random data with missing values.
#include "agreement/agreementstatistics.h"
#include "agreement/unitizingalpha.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace Pizhu;

namespace {

constexpr int M = ReliabilityData::Missing;

ReliabilityData fromRows(int coders, const std::vector<std::vector<int>> &units)
{
    ReliabilityData data(coders);
    for (const std::vector<int> &values : units)
        data.addUnit(values);
    return data;
}

/** A unit of \a length at \a begin, as the α_u examples give them. */
TextSpan at(int begin, int length)
{
    return {begin, begin + length};
}

} // namespace

class TestAgreementStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void krippendorffsOwnExample()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with
        // four observers, twelve units and missing values: nominal α = 0.743. Unit 12 has one
        // value only and is not pairable.
        const ReliabilityData data = fromRows(4, {{1, 1, M, 1},
                                                  {2, 2, 3, 2},
                                                  {3, 3, 3, 3},
                                                  {3, 3, 3, 3},
                                                  {2, 2, 2, 2},
                                                  {1, 2, 3, 4},
                                                  {4, 4, 4, 4},
                                                  {1, 1, 2, 1},
                                                  {2, 2, 2, 2},
                                                  {M, 5, 5, 5},
                                                  {M, M, 1, 1},
                                                  {M, 3, M, M}});
        QCOMPARE(std::round(AgreementStatistics::krippendorffAlpha(data) * 1000) / 1000, 0.743);
        QCOMPARE(AgreementStatistics::pairableUnits(data), 11.0);
    }

    void cohensExample()
    {
        // Cohen (1960), p. 45: 200 items, two judges, three categories; p_o = .70, p_e = .41,
        // κ = .492. Counts as unit weights.
        ReliabilityData data(2);
        const int counts[3][3] = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
        for (int a = 0; a < 3; ++a) {
            for (int b = 0; b < 3; ++b)
                data.addUnit({a, b}, counts[a][b]);
        }
        QCOMPARE(std::round(AgreementStatistics::cohensKappa(data, 0, 1) * 1000) / 1000, 0.492);
        QCOMPARE(AgreementStatistics::percentAgreement(data), 0.70);
    }

    void fleissExample()
    {
        // Fleiss (1971), p. 379: 30 patients, 6 psychiatrists, 5 diagnoses; κ = .430.
        const ReliabilityData data =
            fromRows(6, {{4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
                         {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
                         {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
                         {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
                         {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
                         {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
                         {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
                         {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}});
        QCOMPARE(std::round(AgreementStatistics::fleissKappa(data) * 1000) / 1000, 0.430);
        QCOMPARE(AgreementStatistics::percentAgreement(data), 5.0 / 30); // five unanimous patients
    }

    void undefinedWhereNothingCanDisagree()
    {
        // Everyone gave everything the same value: no coefficient can be computed, and none pretends.
        const ReliabilityData same = fromRows(2, {{1, 1}, {1, 1}, {1, 1}});
        QVERIFY(std::isnan(AgreementStatistics::cohensKappa(same, 0, 1)));
        QVERIFY(std::isnan(AgreementStatistics::fleissKappa(same)));
        QVERIFY(std::isnan(AgreementStatistics::krippendorffAlpha(same)));
        QCOMPARE(AgreementStatistics::percentAgreement(same), 1.0);
        const ReliabilityData nothing = fromRows(2, {{1, M}, {M, 0}});
        QVERIFY(std::isnan(AgreementStatistics::percentAgreement(nothing)));
        QVERIFY(std::isnan(AgreementStatistics::cohensKappa(nothing, 0, 1)));
        QVERIFY(std::isnan(AgreementStatistics::krippendorffAlpha(nothing)));
    }

    void unitizingAlphaOfKrippendorffsExample()
    {
        // Krippendorff (2004), Content Analysis, p. 254: a continuum of 300 from 150, two
        // observers, categories c and k. Published: c D_o = .0144, D_e = .0532, α_c = .7286;
        // k D_o = 0, D_e = .0490, α_k = 1; α_u = .859.
        const UnitizingAlpha::Category c = UnitizingAlpha::forCategory(
            {{at(225, 70), at(370, 30)}, {at(220, 80), at(355, 20), at(400, 20)}}, 150, 300);
        const UnitizingAlpha::Category k =
            UnitizingAlpha::forCategory({{at(180, 60), at(300, 50)}, {at(180, 60), at(300, 50)}}, 150, 300);
        QCOMPARE(std::round(c.observed * 10000) / 10000, 0.0144);
        QCOMPARE(std::round(c.expected * 10000) / 10000, 0.0532);
        QCOMPARE(std::round(c.alpha() * 10000) / 10000, 0.7286);
        QCOMPARE(k.observed, 0.0);
        QCOMPARE(std::round(k.expected * 10000) / 10000, 0.0490);
        QCOMPARE(k.alpha(), 1.0);
        QCOMPARE(std::round(UnitizingAlpha::overall({c, k}) * 1000) / 1000, 0.859);
    }

    void unitizingObservedDisagreementOf1995Examples_data()
    {
        // Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four pairs
        // of coders on a continuum of 24; their observed disagreements.
        QTest::addColumn<QList<TextSpan>>("first");
        QTest::addColumn<QList<TextSpan>>("second");
        QTest::addColumn<double>("observed");
        QTest::newRow("A: Bertha and Bill")
            << QList<TextSpan>{at(2, 8), at(14, 6)} << QList<TextSpan>{at(4, 4), at(15, 2)} << 0.03125;
        QTest::newRow("B: John and Jill")
            << QList<TextSpan>{at(0, 18)}
            << QList<TextSpan>{at(0, 2), at(2, 1), at(3, 1), at(4, 1), at(5, 1), at(6, 3), at(9, 1)}
            << 2.26736;
        QTest::newRow("C: Gerret and Gill")
            << QList<TextSpan>{at(2, 6), at(10, 2), at(14, 4), at(20, 2)}
            << QList<TextSpan>{at(0, 2), at(4, 4), at(10, 4), at(16, 2), at(20, 2)} << 0.02777;
        QTest::newRow("D: Heather and Hill")
            << QList<TextSpan>{at(0, 2), at(2, 8), at(10, 4), at(14, 6), at(20, 4)}
            << QList<TextSpan>{at(0, 4), at(4, 4), at(8, 7), at(15, 2), at(17, 7)} << 0.38715;
    }

    void unitizingObservedDisagreementOf1995Examples()
    {
        QFETCH(QList<TextSpan>, first);
        QFETCH(QList<TextSpan>, second);
        QFETCH(double, observed);
        const UnitizingAlpha::Category category =
            UnitizingAlpha::forCategory({std::vector<TextSpan>(first.cbegin(), first.cend()),
                                         std::vector<TextSpan>(second.cbegin(), second.cend())},
                                        0, 24);
        QVERIFY2(std::abs(category.observed - observed) < 0.00001,
                 qPrintable(QString::number(category.observed)));
    }

    void unitizingAlphaOfIdenticalCodingIsOne()
    {
        const std::vector<TextSpan> units = {at(3, 5), at(20, 1), at(40, 12)};
        QCOMPARE(UnitizingAlpha::forCategory({units, units, units}, 0, 60).alpha(), 1.0);
        // Overlapping units of one coder are joined before they are compared.
        const UnitizingAlpha::Category joined =
            UnitizingAlpha::forCategory({{at(3, 3), at(5, 3)}, {at(3, 5)}}, 0, 60);
        QCOMPARE(joined.observed, 0.0);
    }

    void randomDataAgreesWithNltk_data()
    {
        QTest::addColumn<int>("coders");
        QTest::addColumn<int>("categories");
        QTest::addColumn<double>("missingShare");
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QTest::addRow("2 coders, 2 categories, seed %u", seed) << 2 << 2 << 0.0;
            QTest::addRow("3 coders, 4 categories, seed %u", seed) << 3 << 4 << 0.0;
            QTest::addRow("4 coders, 3 categories, 20%% missing, seed %u", seed) << 4 << 3 << 0.2;
        }
    }

    void randomDataAgreesWithNltk()
    {
        QFETCH(int, coders);
        QFETCH(int, categories);
        QFETCH(double, missingShare);
        QRandomGenerator random(quint32(qHash(QByteArray(QTest::currentDataTag()))));
        ReliabilityData data(coders);
        QJsonArray triples; // [coder, item, label] as nltk's AnnotationTask takes them
        for (int unit = 0; unit < 60; ++unit) {
            // Mostly agreeing coders, so the coefficients land away from 0.
            const int truth = int(random.bounded(categories));
            std::vector<int> values;
            for (int coder = 0; coder < coders; ++coder) {
                int value = random.bounded(1.0) < 0.7 ? truth : int(random.bounded(categories));
                if (random.bounded(1.0) < missingShare)
                    value = ReliabilityData::Missing;
                values.push_back(value);
                if (value != ReliabilityData::Missing)
                    triples.append(QJsonArray{coder, unit, value});
            }
            data.addUnit(values);
        }
        const QString script = QStringLiteral(
            "import json, sys\n"
            "from nltk.metrics.agreement import AnnotationTask\n"
            "data = json.load(sys.stdin)\n"
            "task = AnnotationTask(data=[(str(c), str(i), str(v)) for c, i, v in data['triples']])\n"
            "out = {'alpha': task.alpha()}\n"
            "if not data['missing']:\n"
            "    out['pi'] = task.pi()\n"
            "    if data['coders'] == 2: out['kappa'] = task.kappa()\n"
            "print(json.dumps(out))\n");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
        QVERIFY2(python.waitForStarted(), "/usr/bin/python3 is missing");
        python.write(QJsonDocument(QJsonObject{{QStringLiteral("triples"), triples},
                                               {QStringLiteral("coders"), coders},
                                               {QStringLiteral("missing"), missingShare > 0}})
                         .toJson(QJsonDocument::Compact));
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject nltk = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const auto close = [](double a, double b) {
            return std::abs(a - b) < 1e-9;
        };
        QVERIFY2(close(AgreementStatistics::krippendorffAlpha(data),
                       nltk.value(QLatin1String("alpha")).toDouble()),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(AgreementStatistics::krippendorffAlpha(data))
                                .arg(nltk.value(QLatin1String("alpha")).toDouble())));
        if (missingShare == 0) {
            QVERIFY(
                close(AgreementStatistics::fleissKappa(data), nltk.value(QLatin1String("pi")).toDouble()));
            if (coders == 2)
                QVERIFY(close(AgreementStatistics::cohensKappa(data, 0, 1),
                              nltk.value(QLatin1String("kappa")).toDouble()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAgreementStatistics)
#include "tst_agreementstatistics.moc"
