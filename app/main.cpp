// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "ingest/samplecorpus.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "store/corpusdatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
    Pizhu::LanguageManager::instance().applySystemLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Pizhu (批注): a reader and annotation workbench for Chinese news corpora.\n"
                "Commands: pizhu import | list | show | search | export | import-annotations\n(pizhu COMMAND "
                "--help for each)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("main", "Open or create the corpus FILE."),
                      QCoreApplication::translate("main", "FILE")});
    parser.process(app);

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Pizhu::SampleCorpus::defaultCorpusPath();
    auto corpus = std::make_unique<Pizhu::CorpusDatabase>();
    if (!Pizhu::SampleCorpus::openWithSamplesIfNew(*corpus, path)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Pizhu"),
                              QCoreApplication::translate("main", "The corpus cannot be opened.\n\n%1")
                                  .arg(corpus->errorString()));
        return Pizhu::CommandLine::UsageError;
    }
    Pizhu::MainWindow window(std::move(corpus));
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    if (argc > 1 && Pizhu::CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        Pizhu::LanguageManager::instance().applySystemLanguage();
        return Pizhu::CommandLine::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
