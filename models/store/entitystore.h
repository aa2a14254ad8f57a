// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QCoreApplication>

namespace Pizhu {

class CorpusDatabase;
class SqlQuery;

/** Whether an entity is as extracted or as a researcher decided. */
enum class EntityStatus
{
    Automatic, ///< as extracted; replaced by re-extraction
    Confirmed,
    Rejected, ///< hidden, but kept so re-extraction does not bring it back
    Manual,   ///< added by hand from a selection
};

QString entityStatusCode(EntityStatus status); ///< "auto", "confirmed", "rejected", "manual"
EntityStatus entityStatusFromCode(const QString &code);

/** An entity of one article as stored. Mentions are code points into the article's body. */
struct StoredEntity
{
    qint64 id = 0;
    qint64 articleId = 0;
    EntityType type = EntityType::Person;
    QString name;
    QString key;
    QString role;
    std::optional<double> value;
    QString unit;
    QString approx;
    QString counts;
    EntityStatus status = EntityStatus::Automatic;
    qint64 mergedInto = 0; ///< the entity this one was merged into, or 0
    QList<TextSpan> mentions;

    static StoredEntity from(const ExtractedEntity &entity, qint64 articleId);
    friend bool operator==(const StoredEntity &, const StoredEntity &) = default;
};

/**
 * Reads and writes the entity rows of articles, with their mentions. Each method is one step;
 * callers group them in a transaction. What re-extraction keeps is ReextractionWriter's rule.
 */
class EntityStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::EntityStore)

public:
    explicit EntityStore(CorpusDatabase &db);
    ~EntityStore();

    /** Every entity of the article, rejected and merged ones too, in order of first mention. */
    QList<StoredEntity> forArticle(qint64 articleId) const;
    std::optional<StoredEntity> entity(qint64 id) const;
    /**
     * Every entity of \a type with the simplified form \a key, in every article, that a corpus-wide
     * correction may change: not added by hand and not merged into another. Without mentions.
     */
    QList<StoredEntity> correctable(EntityType type, const QString &key) const;

    /** Stores the entities of a newly stored article and marks it extracted. */
    bool insertExtraction(qint64 articleId, const QList<ExtractedEntity> &entities);
    /** Marks the article as extracted (its entities are stored). */
    bool markExtracted(qint64 articleId);

    /** Stores \a entity with its mentions, keeping its id if it has one (undo restores it so). */
    bool insert(StoredEntity &entity);
    bool remove(qint64 id);
    /** Writes status, type, name, key, role and merge of \a entity (not its mentions). */
    bool update(const StoredEntity &entity);
    /** Replaces the mentions of entity \a entityId. */
    bool replaceMentions(qint64 entityId, const QList<TextSpan> &mentions);
    /**
     * Deletes the article's automatic entities that no correction refers to (before storing a new
     * extraction of it).
     */
    bool removeAutomatic(qint64 articleId);

    QString errorString() const { return m_error; }

private:
    /**  mentions in order, one per start (the key of entity_mentions). */
    static QList<TextSpan> distinct(QList<TextSpan> mentions);
    bool insertMentions(qint64 entityId, const QList<TextSpan> &mentions);
    /** On a server: the article's entities and their mentions in one statement, marking it extracted. */
    bool insertTogether(qint64 articleId, const QList<ExtractedEntity> &entities);
    bool run(const QString &sql, const QVariantList &values) const;
    bool fail(const SqlQuery &query) const;

    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
