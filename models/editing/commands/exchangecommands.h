// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpuscommand.h"
#include "exchange/codingmerge.h"

namespace Pizhu {

/**
 * Coding from elsewhere (another coder's corpus, a REFI-QDA project) put into the corpus as one
 * step: undo takes out exactly what it added (passages, article tags, tags and articles it made),
 * nothing that was there before.
 */
class MergeCoding : public CorpusCommand
{
public:
    MergeCoding(CorpusSession &session, CodingPackage package, const QString &source);

    void redo() override;
    void undo() override;

    const MergeResult &result() const { return m_result; }
    /** Why the first redo refused the package, every problem named. */
    QStringList errors() const { return m_errors; }

private:
    CodingPackage m_package;
    MergeResult m_result;
    QStringList m_errors;
};

} // namespace Pizhu
