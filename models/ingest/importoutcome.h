// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QList>
#include <QMetaType>
#include <QString>
#include <algorithm>

namespace Pizhu {

/** What became of one input: stored, already in the corpus, or refused with a reason. */
struct ImportOutcome
{
    enum class Kind
    {
        Imported,
        Duplicate,
        Failed,
    };

    Kind kind = Kind::Failed;
    QString source; ///< the file, with ":line" for a record of a CSV or JSONL file
    qint64 articleId = 0;
    QString title;
    QString reason;       ///< why it failed; empty otherwise
    qint64 bytesRead = 0; ///< how far into its file reading had got with this input, for progress

    /** An input refused: \a source as the user wrote it (native separators), and why. */
    static ImportOutcome failure(const QString &source, const QString &reason)
    {
        ImportOutcome outcome;
        outcome.source = QDir::toNativeSeparators(source);
        outcome.reason = reason;
        return outcome;
    }
};

/** The counts of a batch, in the order the inputs were taken. */
struct ImportSummary
{
    QList<ImportOutcome> outcomes;
    bool cancelled = false;

    int count(ImportOutcome::Kind kind) const
    {
        return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                 [kind](const ImportOutcome &o) { return o.kind == kind; }));
    }
};

} // namespace Pizhu

Q_DECLARE_METATYPE(Pizhu::ImportOutcome)
Q_DECLARE_METATYPE(Pizhu::ImportSummary)
