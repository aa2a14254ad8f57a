// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "concordance.h"

namespace Pizhu {

/**
 * A concordance as CSV: article_id, title, date, outlet, start, end (code points of the stored
 * original, as every offset Pizhu writes), left, hit, right (in the script shown).
 */
class ConcordanceExport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ConcordanceExport)

public:
    static bool write(const QList<ConcordanceLine> &lines, const QString &path, bool byteOrderMark,
                      QString *error);
};

} // namespace Pizhu
