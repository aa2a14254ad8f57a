// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

#include "core/article.h"
#include "figureextractor.h"
#include "organizationextractor.h"
#include "personextractor.h"
#include "spancoverage.h"
#include "text/codepointindex.h"

#include <QHash>

namespace Pizhu {

namespace {

struct TypedMention
{
    EntityType type;
    RawMention mention;
    const Figure *figure = nullptr;
};

} // namespace

const EntityExtractor &EntityExtractor::instance()
{
    static const EntityExtractor extractor;
    return extractor;
}

QList<ExtractedEntity> EntityExtractor::extract(const QString &original, const Conversion &shadow) const
{
    const QString &text = shadow.text;
    const CodePointIndex shadowIndex(text);
    const CodePointIndex originalIndex(original);

    QList<TypedMention> found;
    QList<RawMention> taken = PersonExtractor::instance().extract(text);
    for (const RawMention &person : std::as_const(taken))
        found.append({EntityType::Person, person});
    const SpanCoverage people(text.size(), taken);
    const QList<Figure> figures = FigureExtractor::instance().extract(text);
    for (const Figure &figure : figures) {
        const RawMention mention{
            shadowIndex.toIndex(figure.span.start), shadowIndex.toIndex(figure.span.end), {}};
        if (!people.overlaps(mention.start, mention.end))
            found.append({EntityType::Figure, mention, &figure});
    }
    for (const TypedMention &figure : std::as_const(found)) {
        if (figure.type == EntityType::Figure)
            taken.append(figure.mention);
    }
    for (const RawMention &organization : OrganizationExtractor::instance().extract(text, taken))
        found.append({EntityType::Organization, organization});
    std::sort(found.begin(), found.end(),
              [](const TypedMention &a, const TypedMention &b) { return a.mention.start < b.mention.start; });

    // A role is found in the shadow and shown as the original writes it (區委書記).
    const auto originalText = [&](qsizetype start, qsizetype end) {
        if (end <= start)
            return QString();
        const int from = shadow.map.toOriginal(shadowIndex.toCodePoint(start), OffsetMap::Rounding::Down);
        const int to = shadow.map.toOriginal(shadowIndex.toCodePoint(end), OffsetMap::Rounding::Up);
        const qsizetype at = originalIndex.toIndex(from);
        return original.mid(at, originalIndex.toIndex(to) - at);
    };
    QList<ExtractedEntity> entities;
    QHash<QPair<int, QString>, qsizetype> byKey;
    for (const TypedMention &typed : std::as_const(found)) {
        const QString key = text.mid(typed.mention.start, typed.mention.end - typed.mention.start);
        const TextSpan span{
            shadow.map.toOriginal(shadowIndex.toCodePoint(typed.mention.start), OffsetMap::Rounding::Down),
            shadow.map.toOriginal(shadowIndex.toCodePoint(typed.mention.end), OffsetMap::Rounding::Up)};
        const auto slot = byKey.constFind({int(typed.type), key});
        if (slot != byKey.cend()) {
            ExtractedEntity &entity = entities[*slot];
            entity.mentions.append(span);
            if (entity.role.isEmpty())
                entity.role = originalText(typed.mention.roleStart, typed.mention.roleEnd);
            continue;
        }
        ExtractedEntity entity;
        entity.type = typed.type;
        entity.key = key;
        const qsizetype from = originalIndex.toIndex(span.start);
        entity.text = original.mid(from, originalIndex.toIndex(span.end) - from);
        entity.mentions.append(span);
        entity.role = originalText(typed.mention.roleStart, typed.mention.roleEnd);
        if (typed.figure) {
            entity.value = typed.figure->value;
            entity.unit = typed.figure->unit;
            entity.approx = typed.figure->approx;
            entity.counts = typed.figure->counts;
        }
        byKey.insert({int(typed.type), key}, entities.size());
        entities.append(entity);
    }
    return entities;
}

QList<ExtractedEntity> EntityExtractor::extract(const Article &article) const
{
    const ScriptConverter &simplified = ScriptConverter::forMode(ScriptMode::Simplified);
    const QString body = article.body();
    QList<ExtractedEntity> entities =
        extract(body, article.shadow ? *article.shadow : simplified.convert(body));
    QList<Byline> credited = article.bylines;
    if (!article.editor.isEmpty())
        credited.append({article.editor, QStringLiteral("责任编辑")});
    for (const Byline &byline : std::as_const(credited)) {
        const QString key = simplified.convertText(byline.name);
        const auto known = std::find_if(entities.begin(), entities.end(), [&](const ExtractedEntity &e) {
            return e.type == EntityType::Person && e.key == key;
        });
        if (known != entities.end()) {
            if (known->role.isEmpty())
                known->role = byline.role;
            continue;
        }
        ExtractedEntity person;
        person.type = EntityType::Person;
        person.text = byline.name;
        person.key = key;
        person.role = byline.role;
        entities.append(person);
    }
    return entities;
}

} // namespace Pizhu
