// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace Pizhu {

class AgreementStudy;

/** An agreement study as a report: a table to read on a terminal, or JSON to script with. */
class AgreementReport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AgreementReport)

public:
    /**
     * {"coders": [...], "articles": N, "tags": [{"tag", "articles": {"units", "pairable", "percent",
     * "cohen", "fleiss", "alpha"}, "characters": {...}, "unitizing": {"observed", "expected", "alpha"}}],
     * "overall": {...}, "disagreements": N}; an undefined coefficient is null.
     */
    static QJsonObject json(const AgreementStudy &study);
    /** One line per tag and one for all tags together, aligned in columns. */
    static QString text(const AgreementStudy &study);
    /** A coefficient as the table shows it: three decimals, or "—" where it is undefined. */
    static QString figure(double value);
};

} // namespace Pizhu
