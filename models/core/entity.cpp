// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity.h"

namespace Pizhu {

QString entityTypeCode(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("PER");
    case EntityType::Organization:
        return QStringLiteral("ORG");
    case EntityType::Figure:
        return QStringLiteral("FIG");
    }
    return {};
}

std::optional<EntityType> entityTypeFromCode(const QString &code)
{
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Figure}) {
        if (code.compare(entityTypeCode(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace Pizhu
