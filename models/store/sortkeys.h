// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/chinesecollation.h"

#include <QString>

namespace Pizhu {

class SqlConnection;

/**
 * The order a corpus sorts titles and outlets by (pinyin unless set to stroke count), and its
 * stored sort keys (schema step 15) kept in step with it: keys made in another order, or by
 * another ICU version (a file moved between Debian releases), are cleared for BackfillJob to make
 * again, and the collator that makes them now is recorded.
 */
class SortKeys
{
public:
    /** The order the corpus sorts by. */
    static ChineseCollation::Order order(SqlConnection &sql);
    /** Clears keys made by another collator than \a order's and records this one; false with \a error. */
    static bool reconcile(SqlConnection &sql, ChineseCollation::Order order, QString *error);
    /** Makes \a order the corpus's, clearing the keys for the backfill; false with \a error. */
    static bool setOrder(SqlConnection &sql, ChineseCollation::Order order, QString *error);
};

} // namespace Pizhu
