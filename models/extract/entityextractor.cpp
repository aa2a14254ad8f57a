// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

#include "core/article.h"
#include "entitymodel.h"
#include "figureextractor.h"
#include "organizationextractor.h"
#include "personextractor.h"
#include "spancoverage.h"
#include "sportsteamfinder.h"
#include "text/codepointindex.h"
#include "text/hanzi.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Pizhu {

namespace {

struct TypedMention
{
    EntityType type;
    RawMention mention;
    const Figure *figure = nullptr;
};

/**
 * The model's organisations that overlap no \a taken mention, each widened to the places before
 * it that the rules find as part of it (汤阴县瓦岗乡 瓦岗村党支部): its training data cut places off.
 * Only places: elsewhere the rules' left edges are less sure than the model's (学府哈佛大学).
 */
QList<RawMention> widenedByRule(QStringView text, const QList<RawMention> &organizations,
                                const QList<RawMention> &taken)
{
    const SpanCoverage inUse(text.size(), taken);
    const QList<RawMention> byRule = OrganizationExtractor::instance().extract(text, taken);
    QList<RawMention> widened;
    qsizetype rule = 0;
    for (RawMention organization : organizations) {
        if (inUse.overlaps(organization.start, organization.end))
            continue;
        while (rule < byRule.size() && byRule.at(rule).end <= organization.start)
            ++rule;
        for (qsizetype r = rule; r < byRule.size() && byRule.at(r).start < organization.end; ++r) {
            if (byRule.at(r).start < organization.start && isPlaceSuffix(text.at(organization.start - 1)))
                organization.start = byRule.at(r).start;
        }
        if (!widened.isEmpty() && widened.constLast().end > organization.start)
            widened.last().end = std::max(widened.last().end, organization.end);
        else
            widened.append(organization);
    }
    return widened;
}

/** Whether a word of \a lexicon longer than \a mention starts where it starts (阿里 in 阿里巴巴). */
bool beginsALongerWord(const EntityLexicon &lexicon, QStringView text, const RawMention &mention)
{
    const std::u32string ahead =
        CharacterFeatures::normalised(text.mid(mention.start, EntityLexicon::MaxLength * 2));
    const int length =
        int(CharacterFeatures::normalised(text.mid(mention.start, mention.end - mention.start)).size());
    for (int longer = length + 1; longer <= std::min<int>(int(ahead.size()), EntityLexicon::MaxLength);
         ++longer) {
        if (lexicon.classesOf(ahead.data(), longer) != 0)
            return true;
    }
    return false;
}

/** Whether a word of \a lexicon longer than \a mention ends where it ends (运载火箭 for 火箭). */
bool endsALongerWord(const EntityLexicon &lexicon, QStringView text, const RawMention &mention)
{
    const qsizetype from = std::max<qsizetype>(0, mention.start - EntityLexicon::MaxLength * 2);
    const std::u32string behind = CharacterFeatures::normalised(text.mid(from, mention.end - from));
    const int length =
        int(CharacterFeatures::normalised(text.mid(mention.start, mention.end - mention.start)).size());
    for (int longer = length + 1; longer <= std::min<int>(int(behind.size()), EntityLexicon::MaxLength);
         ++longer) {
        if (lexicon.classesOf(behind.data() + behind.size() - longer, longer) != 0)
            return true;
    }
    return false;
}

/**
 * The runs of Latin letters that the lexicon, as a whole, lists as organisations (NBA, TVB,
 * Mozilla): the model's training data held too few Latin names for it to know them.
 */
QList<RawMention> latinOrganizations(const EntityLexicon &lexicon, const QString &text)
{
    static const QRegularExpression latinRun(
        QStringLiteral("(?<![A-Za-z0-9&])[A-Za-z][A-Za-z0-9&]+(?![A-Za-z0-9&])"));
    QList<RawMention> found;
    for (QRegularExpressionMatchIterator it = latinRun.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > EntityLexicon::MaxLength)
            continue;
        const std::u32string run = CharacterFeatures::normalised(match.capturedView());
        if (lexicon.classesOf(run.data(), int(run.size())) & EntityLexicon::Organization)
            found.append({match.capturedStart(), match.capturedEnd(), 0, 0});
    }
    return found;
}

struct ModelNames
{
    QList<RawMention> people;        ///< checked and completed by the rules
    QList<RawMention> organizations; ///< as the model found them
};

/**
 * The names a corpus's researchers confirmed or added (EntityLexicon::Corpus), wherever they stand
 * and the model did not find a name: the longest at each place, left to right.
 */
void addCorpusNames(const EntityLexicon &lexicon, const QString &text, const CodePointIndex &shadowIndex,
                    ModelNames &names)
{
    const std::u32string all = CharacterFeatures::normalised(text);
    const SpanCoverage byModel(text.size(), names.people + names.organizations);
    for (int start = 0; start < int(all.size());) {
        int found = 0;
        quint8 classes = 0;
        for (int length = std::min<int>(EntityLexicon::MaxLength, int(all.size()) - start);
             length >= EntityLexicon::MinLength && !found; --length) {
            classes = lexicon.classesOf(all.data() + start, length);
            if (classes & EntityLexicon::Corpus)
                found = length;
        }
        if (!found) {
            ++start;
            continue;
        }
        const RawMention mention{shadowIndex.toIndex(start), shadowIndex.toIndex(start + found), 0, 0};
        // Not where the name only begins a longer word (民政 in 民政部门).
        if (!byModel.overlaps(mention.start, mention.end) && !beginsALongerWord(lexicon, text, mention))
            (classes & EntityLexicon::Person ? names.people : names.organizations).append(mention);
        start += found;
    }
}

/** Whether the lexicon knows \a name as an organisation and never as a person (切尔西, the club). */
bool isOrganizationOnly(const EntityLexicon &lexicon, QStringView name)
{
    const std::u32string word = CharacterFeatures::normalised(name);
    const quint8 classes = lexicon.classesOf(word.data(), int(word.size()));
    return (classes & EntityLexicon::Organization) && !(classes & EntityLexicon::Person);
}

ModelNames namesByModel(const EntityModel &model, bool hasCorpusNames, const QString &text,
                        const CodePointIndex &shadowIndex)
{
    ModelNames names;
    QSet<qsizetype> modelStarts;
    for (const LabelledSpan &span : model.find(text)) {
        const RawMention mention{shadowIndex.toIndex(int(span.start)), shadowIndex.toIndex(int(span.end)), 0,
                                 0};
        const QStringView name = QStringView(text).mid(mention.start, mention.end - mention.start);
        if (span.nameClass == NameClass::Person && isOrganizationOnly(model.lexicon(), name)) {
            names.organizations.append(mention);
        } else if (span.nameClass == NameClass::Person && !PersonExtractor::instance().rejects(name)) {
            names.people.append(mention);
            modelStarts.insert(mention.start);
        } else if (span.nameClass == NameClass::Organization) {
            names.organizations.append(mention);
        }
    }
    const SpanCoverage byModel(text.size(), names.people + names.organizations);
    for (const RawMention &latin : latinOrganizations(model.lexicon(), text)) {
        if (!byModel.overlaps(latin.start, latin.end))
            names.organizations.append(latin);
    }
    // A club named by a common word, in a text about its sport; not inside a word (火箭军, 太阳能).
    for (const RawMention &team : SportsTeamFinder::instance().find(text)) {
        if (!byModel.overlaps(team.start, team.end) && !beginsALongerWord(model.lexicon(), text, team) &&
            !endsALongerWord(model.lexicon(), text, team))
            names.organizations.append(team);
    }
    if (hasCorpusNames) {
        const qsizetype before = names.people.size();
        addCorpusNames(model.lexicon(), text, shadowIndex, names);
        for (qsizetype i = before; i < names.people.size(); ++i)
            modelStarts.insert(names.people.at(i).start);
        std::sort(names.people.begin(), names.people.end(),
                  [](const RawMention &a, const RawMention &b) { return a.start < b.start; });
    }
    std::sort(names.organizations.begin(), names.organizations.end(),
              [](const RawMention &a, const RawMention &b) { return a.start < b.start; });
    // The rules add a name's other mentions; not where it only begins a longer word.
    names.people = PersonExtractor::instance().complete(text, names.people);
    names.people.removeIf([&](const RawMention &mention) {
        return !modelStarts.contains(mention.start) && beginsALongerWord(model.lexicon(), text, mention);
    });
    return names;
}

} // namespace

const EntityExtractor &EntityExtractor::instance()
{
    static const EntityExtractor extractor(QStringLiteral(":/models/entity-model.bin"));
    return extractor;
}

EntityExtractor::EntityExtractor(const QString &modelPath)
{
    m_model = EntityModel::load(modelPath, &m_modelError);
    if (!m_model)
        qWarning("%s", qPrintable(QCoreApplication::translate(
                                      "EntityExtractor", "%1 People and organisations are found by rule.")
                                      .arg(m_modelError)));
}

EntityExtractor::EntityExtractor(std::unique_ptr<EntityModel> model)
    : m_model(std::move(model))
    , m_hasCorpusNames(m_model->lexicon().hasClass(EntityLexicon::Corpus))
{
}

EntityExtractor::~EntityExtractor() = default;

QList<ExtractedEntity> EntityExtractor::extract(const QString &original, const Conversion &shadow) const
{
    const QString &text = shadow.text;
    const CodePointIndex shadowIndex(text);
    const CodePointIndex originalIndex(original);

    QList<TypedMention> found;
    QList<RawMention> taken;
    QList<RawMention> organizations; // the model's, before the figures take their places
    if (m_model) {
        ModelNames names = namesByModel(*m_model, m_hasCorpusNames, text, shadowIndex);
        taken = std::move(names.people);
        organizations = std::move(names.organizations);
    } else {
        taken = PersonExtractor::instance().extract(text);
    }
    for (const RawMention &person : std::as_const(taken))
        found.append({EntityType::Person, person});
    const SpanCoverage people(text.size(), taken);
    const QList<Figure> figures =
        FigureExtractor::instance().extract(text, m_model ? &m_model->lexicon() : nullptr);
    for (const Figure &figure : figures) {
        // A count holds what it counts, so that 两名党员 and 两名记者 are two figures of a corpus.
        const RawMention mention{shadowIndex.toIndex(figure.span.start),
                                 shadowIndex.toIndex(figure.span.end) + figure.counts.size(),
                                 {}};
        if (!people.overlaps(mention.start, mention.end))
            found.append({EntityType::Figure, mention, &figure});
    }
    for (const TypedMention &figure : std::as_const(found)) {
        if (figure.type == EntityType::Figure)
            taken.append(figure.mention);
    }
    if (m_model) {
        for (const RawMention &organization : widenedByRule(text, organizations, taken))
            found.append({EntityType::Organization, organization});
    } else {
        for (const RawMention &organization : OrganizationExtractor::instance().extract(text, taken))
            found.append({EntityType::Organization, organization});
    }
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
