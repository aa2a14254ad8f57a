// SPDX-License-Identifier: GPL-3.0-or-later
// Converts 1 MB of real news text with ScriptConverter (text and offset map) and with OpenCC's own
// Converter::Convert, for every mode, and prints the ratio. Goal: at most 1.3x.
//
//   bench_convert [articles.jsonl]
#include "bench/benchsupport.h"
#include "testconfig.h"
#include "text/opencclocation.h"
#include "text/scriptconverter.h"

#include <Config.hpp>
#include <Converter.hpp>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <vector>

using namespace Pizhu;
using namespace Pizhu::Bench;

namespace {

QString megabyteOfText(const QString &path, int traditionalShare)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QString text;
    int n = 0;
    while (!file.atEnd() && text.toUtf8().size() < 1000000) {
        QString article =
            QJsonDocument::fromJson(file.readLine()).object().value(QStringLiteral("text")).toString();
        // Some traditional text too, so t2s has work to do.
        if (++n % 100 < traditionalShare)
            article = ScriptConverter::forMode(ScriptMode::Traditional).convertText(article);
        text += article + QLatin1Char('\n');
    }
    return text;
}

template <typename F> double bestOf(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.front();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString input = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                   : QStringLiteral(PIZHU_SHARED_DATA_DIR "/corpus-sina2018/articles.jsonl");
    const QString text = megabyteOfText(input, 50);
    const std::string utf8 = text.toStdString();
    std::printf(
        "Pizhu conversion benchmark: %.2f MB of sina2018 text (half converted to traditional), best of 5\n",
        utf8.size() / 1e6);
    std::printf("%-12s %14s %22s %8s %10s\n", "mode", "OpenCC (ms)", "ScriptConverter (ms)", "ratio",
                "changed");
    const std::pair<ScriptMode, const char *> modes[] = {{ScriptMode::Simplified, "t2s.json"},
                                                         {ScriptMode::Traditional, "s2t.json"},
                                                         {ScriptMode::Taiwan, "s2tw.json"},
                                                         {ScriptMode::TaiwanPhrases, "s2twp.json"},
                                                         {ScriptMode::HongKong, "s2hk.json"}};
    for (const auto &[mode, config] : modes) {
        opencc::Config loader;
        const opencc::ConverterPtr raw =
            loader.NewFromFile(OpenCCLocation::file(QString::fromLatin1(config)).toStdString());
        const ScriptConverter &converter = ScriptConverter::forMode(mode);
        size_t sink = 0;
        const double openccMs = bestOf(5, [&] { sink += raw->Convert(utf8).size(); });
        Conversion conversion;
        const double oursMs = bestOf(5, [&] { conversion = converter.convert(text); });
        if (conversion.text.toStdString() != raw->Convert(utf8))
            qFatal("ScriptConverter's text differs from OpenCC's for %s", config);
        std::printf("%-12s %14.1f %22.1f %7.2fx %10s\n", qPrintable(ScriptConverter::modeName(mode)),
                    openccMs, oursMs, oursMs / openccMs, conversion.map.isIdentity() ? "no" : "lengths");
        (void)sink;
    }
    return 0;
}
