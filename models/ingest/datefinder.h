// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Pizhu {

/** A publication date found in a line, as ISO 8601, and where it stood. */
struct DateMatch
{
    QString iso; ///< "2022-03-25T16:43:49", "2020-02-01T13:07" or "2022-06-17"
    qsizetype start = 0;
    qsizetype length = 0;
};

/**
 * Finds dates as news pages print them: "2022-03-25 16:43:49", "2022年04月20日 14:06",
 * "2020/02/01 13:07", "2022.06.17", and as stored, "2022-03-25T16:43:49". Impossible dates (2022-13-40) are
 * not dates.
 */
class DateFinder
{
public:
    static std::optional<DateMatch> find(const QString &line);
};

} // namespace Pizhu
