// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscheckjob.h"

#include "corpusdatabase.h"
#include "shadowchanges.h"
#include "sqlquery.h"
#include "textchecksum.h"

namespace Pizhu {

bool CorpusCheckJob::run(CorpusDatabase &db, JobControl &control)
{
    m_problems.clear();
    m_texts = 0;
    control.progress(0, 0, tr("Checking the file's structure"));
    checkStructure(db, control);
    checkTexts(db, control);
    if (!control.isCancelled())
        checkSearchIndex(db, control);
    m_cancelled = control.isCancelled();
    return true;
}

void CorpusCheckJob::checkStructure(CorpusDatabase &db, JobControl &control)
{
    // A server keeps its own files whole (and checks them with its own tools); the texts are
    // still checked against their checksums.
    if (db.sql().engine() != SqlEngine::SQLite)
        return;
    SqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(MaxStructureProblems))) {
        // A file too damaged to check is a finding, not a failure of the check.
        problem(control, tr("the file's structure is damaged (%1)").arg(query.errorText()));
        return;
    }
    while (query.next()) {
        if (query.text(0) != QLatin1String("ok"))
            problem(control, tr("the file's structure is damaged: %1").arg(query.text(0)));
    }
    if (query.error().isError())
        problem(control, tr("the file's structure is damaged (%1)").arg(query.errorText()));
}

void CorpusCheckJob::checkTexts(CorpusDatabase &db, JobControl &control)
{
    SqlQuery count(db.sql());
    const qint64 total = count.exec(QStringLiteral("SELECT count(*) FROM article_texts")) && count.next()
                             ? count.integer(0)
                             : 0;
    count.finish();
    qint64 after = 0;
    while (!control.isCancelled()) {
        SqlQuery batch(db.sql());
        if (!batch.exec(
                QStringLiteral("SELECT article_id, body, shadow, checksum, shadow_changes FROM article_texts"
                               " WHERE article_id > ? ORDER BY article_id LIMIT ?"),
                {after, BatchSize})) {
            problem(control, tr("the texts cannot all be read (%1)").arg(batch.errorText()));
            return;
        }
        int read = 0;
        while (batch.next()) {
            ++read;
            after = batch.integer(0);
            ++m_texts;
            const std::optional<QString> shadow =
                ShadowChanges::stored(batch.text(1), batch.value(2), batch.value(4));
            if (!shadow)
                problem(control, tr("article %1: its simplified copy does not fit its text").arg(after));
            else if (!batch.value(3).isNull() && batch.integer(3) != TextChecksum::of(batch.text(1), *shadow))
                problem(control, tr("article %1: its text no longer matches its checksum").arg(after));
        }
        if (batch.error().isError()) {
            problem(control,
                    tr("the texts after article %1 cannot be read (%2)").arg(after).arg(batch.errorText()));
            return;
        }
        control.progress(m_texts, total, tr("Checking the texts"));
        if (read < BatchSize)
            break;
    }
}

void CorpusCheckJob::checkSearchIndex(CorpusDatabase &db, JobControl &control)
{
    SqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')")))
        problem(control, tr("the search index is damaged (%1)").arg(query.errorText()));
}

void CorpusCheckJob::problem(JobControl &control, const QString &text)
{
    m_problems << text;
    control.item(text);
}

QString CorpusCheckJob::report() const
{
    if (m_cancelled && m_problems.isEmpty())
        return tr("The check was stopped after %n text(s); no damage was found in what it read.", nullptr,
                  int(m_texts));
    if (m_problems.isEmpty())
        return tr("The corpus is sound: its structure, %n text(s) and the search index passed the check.",
                  nullptr, int(m_texts));
    return tr("The corpus is damaged:\n%1\nRestore it from a backup (File → Back Up Corpus… makes them; "
              "each schema upgrade also leaves one, .vN-backup).")
        .arg(m_problems.join(QLatin1Char('\n')));
}

} // namespace Pizhu
