// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecorpus.h"

#include "corpusimporter.h"
#include "store/corpusdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Pizhu {

QString SampleCorpus::folder()
{
    return QStringLiteral(":/samples");
}

QString SampleCorpus::defaultCorpusPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("corpus.pizhu"));
}

int SampleCorpus::importInto(CorpusDatabase &db)
{
    CorpusImporter importer(db);
    return importer.importPaths({folder()}).count(ImportOutcome::Kind::Imported);
}

bool SampleCorpus::openWithSamplesIfNew(CorpusDatabase &db, const QString &path)
{
    if (!db.open(path))
        return false;
    if (db.status() == CorpusDatabase::Status::Created)
        importInto(db);
    return true;
}

} // namespace Pizhu
