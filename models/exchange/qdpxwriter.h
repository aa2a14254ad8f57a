// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Pizhu {

class CorpusDatabase;
class JobControl;

/**
 * Writes a corpus as a REFI-QDA project (.qdpx, Project.xsd 1.0), for MAXQDA, NVivo, ATLAS.ti
 * and QualCoder: every coder as a User; the codebook as Codes (hierarchy, colours, descriptions);
 * each article as a TextSource with its stored original as plain text (sources/GUID.txt, UTF-8);
 * each passage as a PlainTextSelection coded by its coder, its note as a Note; each whole-article
 * tag as a Coding of the source; the metadata as Variables (and, for another Pizhu, all of it in
 * "pizhu:article"). Positions are code point offsets into the text, as Pizhu stores them. Or the
 * codebook alone (.qdc).
 */
class QdpxWriter
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::QdpxWriter)

public:
    static bool writeProject(CorpusDatabase &db, const QString &path, QString *error,
                             JobControl *control = nullptr);
    static bool writeCodebook(CorpusDatabase &db, const QString &path, QString *error);
};

} // namespace Pizhu
