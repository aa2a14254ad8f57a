// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingstatus.h"

namespace Pizhu {

QString codingStatusCode(CodingStatus status)
{
    switch (status) {
    case CodingStatus::NotCoded:
        break;
    case CodingStatus::Coded:
        return QStringLiteral("coded");
    case CodingStatus::ToCheck:
        return QStringLiteral("check");
    case CodingStatus::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

std::optional<CodingStatus> codingStatusFromCode(const QString &code)
{
    for (const CodingStatus status :
         {CodingStatus::NotCoded, CodingStatus::Coded, CodingStatus::ToCheck, CodingStatus::Excluded}) {
        if (code.trimmed().compare(codingStatusCode(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString codingStatusName(CodingStatus status)
{
    return status == CodingStatus::NotCoded ? QStringLiteral("not-coded") : codingStatusCode(status);
}

std::optional<CodingStatus> codingStatusFromName(const QString &name)
{
    if (name == QLatin1String("not-coded"))
        return CodingStatus::NotCoded;
    if (name.isEmpty())
        return std::nullopt;
    return codingStatusFromCode(name);
}

} // namespace Pizhu
