// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Pizhu {

/**
 * Where the coding of an article stands, as the researcher marks it. NotCoded is the state of
 * every article until marked, and is not stored.
 */
enum class CodingStatus
{
    NotCoded,
    Coded,
    ToCheck,
    Excluded,
};

QString codingStatusCode(CodingStatus status); ///< "", "coded", "check", "excluded", as stored and exported
std::optional<CodingStatus> codingStatusFromCode(const QString &code);

/** An article's status as stored: who marked it, and when (ISO 8601, UTC). */
struct ArticleStatus
{
    qint64 articleId = 0;
    CodingStatus status = CodingStatus::NotCoded;
    QString coder;
    QString changed;

    friend bool operator==(const ArticleStatus &, const ArticleStatus &) = default;
};

} // namespace Pizhu
