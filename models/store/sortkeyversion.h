// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

class SqlConnection;

/**
 * Keeps the stored pinyin sort keys of a corpus (schema step 15) in step with the ICU in use:
 * keys of another ICU version may order differently, so when the corpus records another collator
 * (a file moved between Debian releases) or none, the keys are cleared for BackfillJob to make
 * again, and this collator is recorded.
 */
class SortKeyVersion
{
public:
    /** Whether the corpus records the collator in use. */
    static bool isCurrent(SqlConnection &sql);
    /** Clears keys made by another collator and records this one; false with \a error on failure. */
    static bool reconcile(SqlConnection &sql, QString *error);
};

} // namespace Pizhu
