// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/entity.h"

#include <QCoreApplication>
#include <functional>

namespace Pizhu {

class CorpusDatabase;
class NativeStatement;
class StatementCache;

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

/** One entity across the corpus: articles and mentions that are not rejected. */
struct CorpusEntity
{
    EntityType type = EntityType::Person;
    QString key;
    QString name;
    int articles = 0;
    int mentions = 0;
};

/**
 * Reads and writes the entities of articles. Extraction results replace the automatic entities of
 * an article; corrected ones (confirmed, rejected, manual, merged) stay, matched by their
 * simplified form, and only get their mentions refreshed. Each method is one step; callers group
 * them in a transaction.
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

    /** Stores the entities of a newly stored article and marks it extracted. */
    bool insertExtraction(qint64 articleId, const QList<ExtractedEntity> &entities);
    /** Stores what extraction found for the article, keeping the corrections (see the class). */
    bool storeExtraction(qint64 articleId, const QList<ExtractedEntity> &entities);
    /** Extracts the article's entities again from its stored text and stores them. */
    bool reextract(qint64 articleId);

    /** Stores \a entity with its mentions, keeping its id if it has one (undo restores it so). */
    bool insert(StoredEntity &entity);
    bool remove(qint64 id);
    /** Writes status, type, role and merge of \a entity (not its mentions). */
    bool update(const StoredEntity &entity);

    /** Entities across the corpus whose name or key contains \a filter, most articles first. */
    QList<CorpusEntity> corpusEntities(const QString &filter = {}, int limit = 1000) const;

    /** Extracts the entities of every article stored before extraction existed (extracted = 0). */
    static bool extractPending(CorpusDatabase &db, QString *error);
    /** Ids of every article, for re-extracting the corpus. */
    QList<qint64> articleIds() const;

    QString errorString() const { return m_error; }

private:
    /** \a mentions in order, one per start (the key of entity_mentions). */
    static QList<TextSpan> distinct(QList<TextSpan> mentions);
    void prepareInserts();
    bool insertMentions(qint64 entityId, const QList<TextSpan> &mentions);
    bool replaceMentions(qint64 entityId, const QList<TextSpan> &mentions);
    StatementCache &statements() const;
    bool run(const QString &sql, const QVariantList &values) const;

    CorpusDatabase &m_db;
    mutable std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<NativeStatement> m_insertEntity;
    std::unique_ptr<NativeStatement> m_insertMention;
    mutable QString m_error;
};

} // namespace Pizhu
