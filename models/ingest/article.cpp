// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include "extract/entityextractor.h"

namespace Pizhu {

QString scriptName(Script script)
{
    switch (script) {
    case Script::Simplified:
        return QStringLiteral("simplified");
    case Script::Traditional:
        return QStringLiteral("traditional");
    case Script::Mixed:
        return QStringLiteral("mixed");
    }
    return QStringLiteral("simplified");
}

Script scriptFromName(const QString &name)
{
    if (name == QLatin1String("traditional"))
        return Script::Traditional;
    if (name == QLatin1String("mixed"))
        return Script::Mixed;
    return Script::Simplified;
}

const Conversion &Article::ensureShadow()
{
    if (!shadow)
        shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(body());
    return *shadow;
}

const QList<ExtractedEntity> &Article::ensureEntities()
{
    if (!entities)
        entities = EntityExtractor::instance().extract(*this);
    return *entities;
}

QList<AsideLine> Article::images() const
{
    QList<AsideLine> result;
    for (const AsideLine &line : asides) {
        if (line.role == LineRole::Image)
            result.append(line);
    }
    return result;
}

} // namespace Pizhu
