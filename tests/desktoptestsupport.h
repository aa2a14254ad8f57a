// SPDX-License-Identifier: GPL-3.0-or-later
// What every test of the desktop program starts from.
#pragma once

#include "ingest/samplecorpus.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "store/corpusdatabase.h"

#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace Pizhu::TestSupport {

/** Settings and data in throw-away test locations, nothing remembered, the English interface. */
inline void prepareDesktopTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

/**
 * A main window on the corpus at \a path, shown; a new file is filled with the five samples as
 * on a first start (unless \a withSamples is false). Null when the corpus cannot be opened.
 */
inline std::unique_ptr<MainWindow> openWindowOn(const QString &path, bool withSamples = true)
{
    auto corpus = std::make_unique<CorpusDatabase>();
    if (!(withSamples ? SampleCorpus::openWithSamplesIfNew(*corpus, path) : corpus->open(path)))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(corpus));
    window->show();
    return window;
}

} // namespace Pizhu::TestSupport
