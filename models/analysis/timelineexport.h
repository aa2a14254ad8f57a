// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinetable.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Pizhu {

/**
 * A timeline's counts as CSV (a row per period or outlet: the bucket, the articles in it, then each
 * series' articles and articles per 1,000) or as JSON ({"axis", "buckets", "totals", "series":
 * [{"label", "counts", "per_thousand"}]}). Undated articles are in the bucket "".
 */
class TimelineExport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TimelineExport)

public:
    static bool writeCsv(const TimelineTable &table, const QString &path, bool byteOrderMark, QString *error);
    static QJsonObject toJson(const TimelineTable &table);
};

} // namespace Pizhu
