// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookcsv.h"

#include "corpussession.h"
#include "export/csvfile.h"
#include "ingest/csvreader.h"
#include "ingest/textdecoder.h"
#include "store/corpusdatabase.h"
#include "store/tagstore.h"

#include <QColor>
#include <QDir>
#include <QFile>

namespace Pizhu {

bool CodebookCsv::write(CorpusDatabase &db, const QString &path, bool byteOrderMark, QString *error)
{
    return CsvFile::write(
        path, byteOrderMark,
        [&](CsvFile &file) {
            file.writeRow({QStringLiteral("path"), QStringLiteral("color"), QStringLiteral("description")});
            TagStore tags(db);
            for (const Tag &tag : tags.all())
                file.writeRow({tags.path(tag.id), tag.color, tag.description});
        },
        error);
}

CodebookImportResult CodebookCsv::read(CorpusSession &session, const QString &path)
{
    CodebookImportResult result;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    EncodingGuess encoding;
    QString error;
    if (!TextDecoder::openStream(file, &encoding, &error)) {
        result.error = tr("%1: %2").arg(name, error);
        return result;
    }
    CsvReader reader(&file, encoding.decoderName());
    QStringList header;
    if (!reader.readRow(&header) || !header.contains(QStringLiteral("path"))) {
        result.error = tr("%1: the first row must name the columns path, color, description").arg(name);
        return result;
    }
    const qsizetype pathColumn = header.indexOf(QStringLiteral("path"));
    const qsizetype colorColumn = header.indexOf(QStringLiteral("color"));
    const qsizetype descriptionColumn = header.indexOf(QStringLiteral("description"));
    QUndoStack *stack = session.undoStack();
    stack->beginMacro(QCoreApplication::translate("Undo Commands", "Import codebook"));
    QStringList row;
    while (reader.readRow(&row)) {
        const QString tagPath = row.value(pathColumn).trimmed();
        if (tagPath.isEmpty())
            continue;
        TagStore tags(session.database());
        if (tags.idForPath(tagPath)) {
            ++result.existing;
            continue;
        }
        QStringList parts = tagPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString leaf = parts.takeLast().trimmed();
        const qint64 parent = parts.isEmpty() ? 0 : tags.idForPath(parts.join(QLatin1Char('/')));
        if (!parts.isEmpty() && !parent) {
            result.skipped
                << tr("line %1: the parent of “%2” is neither in the codebook nor listed before it")
                       .arg(reader.rowLine())
                       .arg(tagPath);
            continue;
        }
        const QString color = row.value(colorColumn).trimmed();
        if (session.addTag(leaf, parent, QColor::isValidColorName(color) ? color : QString(),
                           row.value(descriptionColumn)))
            ++result.added;
        else
            result.skipped << tr("line %1: %2").arg(reader.rowLine()).arg(session.errorString());
    }
    stack->endMacro();
    if (!reader.error().isEmpty())
        result.skipped << tr("line %1: %2").arg(reader.rowLine()).arg(reader.error());
    return result;
}

} // namespace Pizhu
