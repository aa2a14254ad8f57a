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
/** The status as exports and the command line name it: the code, and "not-coded" for NotCoded. */
QString codingStatusName(CodingStatus status);
/** The status named \a name as codingStatusName() gives it; none for an empty or unknown name. */
std::optional<CodingStatus> codingStatusFromName(const QString &name);

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
