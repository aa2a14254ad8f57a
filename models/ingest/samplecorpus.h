// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

class CorpusDatabase;

/** The five sample articles bundled with Pizhu, and the corpus a first start opens them in. */
class SampleCorpus
{
public:
    /** The resource folder that holds the sample articles. */
    static QString folder();

    /** Where Pizhu keeps its corpus when none is named: the user's application data folder. */
    static QString defaultCorpusPath();

    /** Imports the samples into \a db; returns how many articles the corpus gained. */
    static int importInto(CorpusDatabase &db);

    /**
     * Opens the corpus at \a path; when the file is new, fills it with the samples first, so a
     * first start shows articles rather than an empty window.
     */
    static bool openWithSamplesIfNew(CorpusDatabase &db, const QString &path);
};

} // namespace Pizhu
