// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "chinesefonts.h"
#include "commandline.h"
#include "corpusfiles.h"
#include "ingest/samplecorpus.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "preferences.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <csignal>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pizhu"));
    QCoreApplication::setApplicationName(QStringLiteral("pizhu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIZHU_VERSION));
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pizhu"));
    const QString language = Pizhu::Preferences::language.value();
    Pizhu::LanguageManager::instance().setLanguage(
        language.isEmpty() ? Pizhu::LanguageManager::systemLanguage() : language);
    Pizhu::ChineseFonts::applyToApplication(Pizhu::LanguageManager::instance().currentLanguage());
    Pizhu::Appearance::apply(Pizhu::Appearance::modeFromName(Pizhu::Preferences::appearance.value()));

    QCommandLineParser parser;
    Pizhu::CommandLine::describeWindowOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return Pizhu::CommandLine::UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "pizhu: unexpected argument “%1”")
                                    .arg(parser.positionalArguments().constFirst())));
        return Pizhu::CommandLine::UsageError;
    }

    // --db FILE or ADDRESS, else the corpus used last, else the sample corpus in the data folder.
    QString path = parser.value(QStringLiteral("db"));
    const bool named = !path.isEmpty();
    if (!named) {
        const QStringList recent = Pizhu::Preferences::recentCorpora.value();
        path = !recent.isEmpty() && (Pizhu::TeamAddress::isTeamAddress(recent.first()) ||
                                     QFileInfo::exists(recent.first()))
                   ? recent.first()
                   : Pizhu::SampleCorpus::defaultCorpusPath();
    }
    Pizhu::MainWindow *window = nullptr;
    if (Pizhu::TeamAddress::isTeamAddress(path)) {
        // The server says why it cannot be opened; a team corpus used last that is out of reach
        // now leaves the window on the sample corpus.
        window = Pizhu::CorpusFiles::openTeam(path, nullptr);
        if (!window && named)
            return Pizhu::CommandLine::UsageError;
        if (!window)
            path = Pizhu::SampleCorpus::defaultCorpusPath();
    }
    if (!window) {
        auto corpus = std::make_unique<Pizhu::CorpusDatabase>();
        if (!Pizhu::SampleCorpus::openWithSamplesIfNew(*corpus, path)) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Pizhu"),
                QCoreApplication::translate(
                    "main", "The corpus cannot be opened, and the file was left as it is.\n\n%1")
                    .arg(corpus->errorString()));
            return Pizhu::CommandLine::UsageError;
        }
        window = Pizhu::CorpusFiles::windowFor(std::move(corpus));
    }
    window->show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file size limit (ulimit -f) a write should fail and be reported, not kill Pizhu
    // half-way through: with SIGXFSZ ignored, write() returns EFBIG.
    std::signal(SIGXFSZ, SIG_IGN);
    describeApplication();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Pizhu::CommandLine::isForConsole(arguments)) {
        // A chart drawn to a file needs widgets, but no display.
        const bool paints = Pizhu::CommandLine::needsPainting(arguments);
        if (paints)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
        Pizhu::LanguageManager::instance().applySystemLanguage();
        return Pizhu::CommandLine::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
