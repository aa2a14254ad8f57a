// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QList>
#include <QString>
#include <optional>

namespace Pizhu {

enum class EntityType
{
    Person,
    Organization,
    Figure,
};

QString entityTypeCode(EntityType type); ///< "PER", "ORG", "FIG", as stored and exported
std::optional<EntityType> entityTypeFromCode(const QString &code);

/** A name or quantity found in a text, with every place it is mentioned. */
struct ExtractedEntity
{
    EntityType type = EntityType::Person;
    QString text;                ///< the surface form at the first mention, in the text's own script
    QString key;                 ///< the simplified form, which groups mentions across scripts
    QList<TextSpan> mentions;    ///< code point offsets into the text, in order
    QString role;                ///< PER: the title or role that stands next to the name
    std::optional<double> value; ///< FIG: the normalised value (9.9万 → 99000)
    QString unit;                ///< FIG: 名, 元, 岁
    QString approx;              ///< FIG: "more than", "about", "nearly"
    QString counts;              ///< FIG: the noun counted (党员)
};

} // namespace Pizhu
