// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "corpusdatabase.h"
#include "shadowchanges.h"
#include "sqlconnection.h"
#include "sqlquery.h"
#include "text/chinesecollation.h"
#include "text/codepoints.h"
#include "textchecksum.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A new article's id: above every id the corpus has held, so that undoing a deletion can put the
// deleted articles back under their ids even after more were imported (rowids would reuse them).
const char NextId[] = "(SELECT max(coalesce((SELECT max(id) FROM articles), 0),"
                      " coalesce((SELECT CAST(value AS INTEGER) FROM corpus_settings"
                      " WHERE name = 'article_id_high_water'), 0)) + 1)";

// The sort key of a title or outlet in the corpus's order, NULL for no outlet.
QVariant keyOrNull(const QString &text, ChineseCollation::Order order)
{
    return text.isEmpty() ? QVariant() : QVariant(ChineseCollation::sortKey(text, order));
}

// The columns textOfRow() reads, the article's id first.
const char TextColumns[] =
    "SELECT a.id, t.body, a.title, t.shadow, t.shadow_map, t.checksum, t.shadow_changes"
    " FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id";

} // namespace

ArticleStore::ArticleStore(CorpusDatabase &db)
    : m_db(db)
{
}

ArticleStore::~ArticleStore() = default;

ArticleStore::InsertResult ArticleStore::insert(Article &article)
{
    if (!article.shadow) {
        m_error = tr("the article “%1” has no simplified shadow").arg(article.title);
        return InsertResult::Failed;
    }
    if (m_db.sql().engine() == SqlEngine::PostgreSQL)
        return insertOnServer(article);
    if (const qint64 existing = idForHash(article.contentHash)) {
        article.id = existing;
        return InsertResult::Duplicate;
    }
    if (!m_error.isEmpty())
        return InsertResult::Failed;
    SqlQuery inserted(m_db.sql());
    if (!inserted.exec(
            QStringLiteral("INSERT INTO articles (id, title, subtitle, published, outlet, editor,"
                           " script, url, encoding, source_path, content_hash, title_key,"
                           " outlet_key) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(QLatin1String(NextId)),
            detailValues(article)) ||
        !inserted.next()) {
        m_error = inserted.errorText();
        return InsertResult::Failed;
    }
    article.id = inserted.integer(0);
    inserted.finish();
    if (!write(QStringLiteral("INSERT INTO article_texts (article_id, body, shadow_changes, shadow_map,"
                              " checksum) VALUES (?, ?, ?, ?, ?)"),
               QVariantList{article.id} + textValues(article)) ||
        !insertBylines(article) || !insertAsides(article) || !insertAttributes(article)) {
        article.id = 0;
        return InsertResult::Failed;
    }
    return InsertResult::Inserted;
}

QVariantList ArticleStore::detailValues(const Article &article) const
{
    return {article.title,
            textOrNull(article.subtitle),
            textOrNull(article.published),
            textOrNull(article.outlet),
            textOrNull(article.editor),
            scriptName(article.script),
            textOrNull(article.url),
            article.encoding,
            article.sourcePath,
            article.contentHash,
            keyOrNull(article.title, m_db.sortOrder()),
            keyOrNull(article.outlet, m_db.sortOrder())};
}

QVariantList ArticleStore::textValues(const Article &article)
{
    const QString body = article.body();
    const Conversion &shadow = *article.shadow;
    return {body, ShadowChanges::column(body, shadow.text),
            shadow.map.isIdentity() ? QVariant() : QVariant(shadow.map.toBytes()),
            TextChecksum::of(body, shadow.text)};
}

ArticleStore::InsertResult ArticleStore::insertOnServer(Article &article)
{
    // One statement, so one round trip, for what SQLite takes one statement a row for: an import
    // waits on the server for each statement, and an article has several rows. An article already
    // stored, even by another import a moment before, stores nothing and is a duplicate.
    QJsonArray bylines;
    for (const Byline &byline : std::as_const(article.bylines))
        bylines.append(QJsonArray{byline.name, SqlQuery::notNull(byline.role)});
    QJsonArray asides;
    for (const AsideLine &line : std::as_const(article.asides))
        asides.append(QJsonArray{line.beforeParagraph, lineRoleName(line.role), line.text,
                                 line.caption.isEmpty() ? QJsonValue() : QJsonValue(line.caption)});
    QJsonObject attributes;
    for (auto it = article.attributes.cbegin(); it != article.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    const QJsonObject parts{{QStringLiteral("bylines"), bylines},
                            {QStringLiteral("asides"), asides},
                            {QStringLiteral("attributes"), attributes}};
    SqlQuery inserted(m_db.sql());
    if (!inserted.exec(
            QStringLiteral(
                "WITH stored AS (INSERT INTO articles (title, subtitle, published, outlet, editor, script,"
                "  url, encoding, source_path, content_hash, title_key, outlet_key)"
                "  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                "  ON CONFLICT (content_hash) DO NOTHING RETURNING id),"
                " parts AS (SELECT CAST(? AS jsonb) AS p),"
                " texts AS (INSERT INTO article_texts"
                "  (article_id, body, shadow_changes, shadow_map, checksum)"
                "  SELECT id, ?, ?, ?, ? FROM stored),"
                " bylines AS (INSERT INTO bylines (article_id, position, name, role)"
                "  SELECT id, n - 1, b->>0, b->>1 FROM stored, parts,"
                "  jsonb_array_elements(p->'bylines') WITH ORDINALITY AS r(b, n)),"
                " lines AS (INSERT INTO article_lines"
                "  (article_id, position, before_paragraph, role, text, caption)"
                "  SELECT id, n - 1, CAST(l->>0 AS integer), l->>1, l->>2, l->>3 FROM stored, parts,"
                "  jsonb_array_elements(p->'asides') WITH ORDINALITY AS r(l, n)),"
                " attributes AS (INSERT INTO article_attributes (article_id, name, value)"
                "  SELECT id, key, value FROM stored, parts, jsonb_each_text(p->'attributes'))"
                " SELECT id FROM stored"),
            detailValues(article) +
                QVariantList{QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact))} +
                textValues(article))) {
        m_error = inserted.errorText();
        return InsertResult::Failed;
    }
    if (inserted.next()) {
        article.id = inserted.integer(0);
        return InsertResult::Inserted;
    }
    inserted.finish();
    article.id = idForHash(article.contentHash);
    if (article.id)
        return InsertResult::Duplicate;
    if (m_error.isEmpty())
        m_error = tr("the article “%1” was neither stored nor found stored").arg(article.title);
    return InsertResult::Failed;
}

bool ArticleStore::write(const QString &sql, const QVariantList &values)
{
    SqlQuery query(m_db.sql());
    if (query.exec(sql, values))
        return true;
    m_error = query.errorText();
    return false;
}

bool ArticleStore::insertBylines(const Article &article)
{
    for (qsizetype i = 0; i < article.bylines.size(); ++i) {
        const Byline &byline = article.bylines.at(i);
        if (!write(
                QStringLiteral("INSERT INTO bylines (article_id, position, name, role) VALUES (?, ?, ?, ?)"),
                {article.id, int(i), byline.name, SqlQuery::notNull(byline.role)}))
            return false;
    }
    return true;
}

bool ArticleStore::insertAsides(const Article &article)
{
    for (qsizetype i = 0; i < article.asides.size(); ++i) {
        const AsideLine &line = article.asides.at(i);
        if (!write(QStringLiteral(
                       "INSERT INTO article_lines (article_id, position, before_paragraph, role, text,"
                       " caption) VALUES (?, ?, ?, ?, ?, ?)"),
                   {article.id, int(i), line.beforeParagraph, lineRoleName(line.role), line.text,
                    textOrNull(line.caption)}))
            return false;
    }
    return true;
}

bool ArticleStore::insertAttributes(const Article &article)
{
    for (auto it = article.attributes.cbegin(); it != article.attributes.cend(); ++it) {
        if (!write(
                QStringLiteral("INSERT INTO article_attributes (article_id, name, value) VALUES (?, ?, ?)"),
                {article.id, it.key(), it.value()}))
            return false;
    }
    return true;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    m_damaged = false;
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral(
                "SELECT a.title, a.subtitle, a.published, a.outlet, a.editor, t.body, a.script, a.url,"
                " a.encoding, a.source_path, a.content_hash, t.shadow, t.shadow_map, t.checksum,"
                " t.shadow_changes"
                " FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id WHERE a.id = ?"),
            {id})) {
        m_error = query.errorText();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Article article;
    article.id = id;
    article.title = query.value(0).toString();
    article.subtitle = query.value(1).toString();
    article.published = query.value(2).toString();
    article.outlet = query.value(3).toString();
    article.editor = query.value(4).toString();
    const QString body = query.value(5).toString();
    const std::optional<QString> shadow =
        intactShadow(id, body, query.value(11), query.value(14), query.value(13));
    if (!shadow)
        return std::nullopt;
    article.paragraphs = body.isEmpty() ? QStringList() : body.split(QLatin1Char('\n'));
    article.script = scriptFromName(query.value(6).toString());
    article.url = query.value(7).toString();
    article.encoding = query.value(8).toString();
    article.sourcePath = query.value(9).toString();
    article.contentHash = query.value(10).toString();
    article.shadow =
        Conversion{*shadow, OffsetMap::fromBytes(query.value(12).toByteArray(), CodePoints::count(body))};
    if (!readDetails(article))
        return std::nullopt;
    return article;
}

bool ArticleStore::readDetails(Article &article) const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT name, role FROM bylines WHERE article_id = ? ORDER BY position"),
                    {article.id})) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        article.bylines.append({query.value(0).toString(), query.value(1).toString()});

    if (!query.exec(QStringLiteral("SELECT before_paragraph, role, text, caption FROM article_lines"
                                   " WHERE article_id = ? ORDER BY position"),
                    {article.id})) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        article.asides.append({query.value(0).toInt(), lineRoleFromName(query.value(1).toString()),
                               query.value(2).toString(), query.value(3).toString()});

    if (!query.exec(QStringLiteral("SELECT name, value FROM article_attributes WHERE article_id = ?"),
                    {article.id})) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        article.attributes.insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

qint64 ArticleStore::idForHash(const QString &contentHash) const
{
    m_error.clear();
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"), {contentHash})) {
        m_error = query.errorText();
        return 0;
    }
    return query.next() ? query.integer(0) : 0;
}

std::optional<ArticleText> ArticleStore::text(qint64 id) const
{
    m_damaged = false;
    SqlQuery query(m_db.sql());
    if (!query.exec(QLatin1String(TextColumns) + QStringLiteral(" WHERE a.id = ?"), {id}) || !query.next()) {
        m_error = query.errorText();
        return std::nullopt;
    }
    return textOfRow(id, query);
}

QHash<qint64, ArticleText> ArticleStore::texts(const QList<qint64> &ids) const
{
    m_damaged = false;
    QHash<qint64, ArticleText> texts;
    if (ids.isEmpty())
        return texts;
    SqlQuery query(m_db.sql());
    if (!query.exec(QLatin1String(TextColumns) +
                    QStringLiteral(" WHERE a.id IN (%1)").arg(SqlQuery::idList(ids)))) {
        m_error = query.errorText();
        return texts;
    }
    bool damaged = false;
    while (query.next()) {
        const qint64 id = query.integer(0);
        if (std::optional<ArticleText> text = textOfRow(id, query))
            texts.insert(id, std::move(*text));
        else
            damaged = true;
    }
    m_damaged = damaged;
    return texts;
}

std::optional<ArticleText> ArticleStore::textOfRow(qint64 id, const SqlQuery &query) const
{
    const QString body = query.value(1).toString();
    const std::optional<QString> shadow =
        intactShadow(id, body, query.value(3), query.value(6), query.value(5));
    if (!shadow)
        return std::nullopt;
    return ArticleText{
        body, query.value(2).toString(),
        Conversion{*shadow, OffsetMap::fromBytes(query.value(4).toByteArray(), CodePoints::count(body))}};
}

std::optional<QString> ArticleStore::intactShadow(qint64 id, const QString &body,
                                                  const QVariant &shadowColumn, const QVariant &changesColumn,
                                                  const QVariant &checksum) const
{
    const std::optional<QString> shadow = ShadowChanges::stored(body, shadowColumn, changesColumn);
    m_damaged = !shadow || (!checksum.isNull() && checksum.toLongLong() != TextChecksum::of(body, *shadow));
    if (m_damaged) {
        m_error = tr("the text of article %1 is damaged: it no longer matches the checksum stored with "
                     "it. Restore the corpus from a backup (File → Back Up Corpus… makes them)")
                      .arg(id);
        return std::nullopt;
    }
    return shadow;
}

bool ArticleStore::setDetails(qint64 id, const ArticleDetails &details)
{
    Article bylines;
    bylines.id = id;
    bylines.bylines = details.bylines;
    return write(QStringLiteral("UPDATE articles SET title = ?, published = ?, outlet = ?, title_key = ?,"
                                " outlet_key = ? WHERE id = ?"),
                 {details.title, textOrNull(details.published), textOrNull(details.outlet),
                  keyOrNull(details.title, m_db.sortOrder()), keyOrNull(details.outlet, m_db.sortOrder()),
                  id}) &&
           write(QStringLiteral("DELETE FROM bylines WHERE article_id = ?"), {id}) && insertBylines(bylines);
}

bool ArticleStore::remove(qint64 id)
{
    // Foreign keys cascade to the texts, lines, bylines, attributes, passages, article tags and entities.
    // (CASE, not max(): PostgreSQL's max is only an aggregate.)
    return write(
               QStringLiteral("INSERT INTO corpus_settings (name, value) VALUES ('article_id_high_water', ?)"
                              " ON CONFLICT (name) DO UPDATE SET value = CASE"
                              " WHEN CAST(excluded.value AS INTEGER) > CAST(corpus_settings.value AS INTEGER)"
                              " THEN excluded.value ELSE corpus_settings.value END"),
               {QString::number(id)}) &&
           write(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id});
}

int ArticleStore::count() const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles")) || !query.next()) {
        m_error = query.errorText();
        return 0;
    }
    return int(query.integer(0));
}

QList<qint64> ArticleStore::existingIds(const QList<qint64> &ids) const
{
    QList<qint64> existing;
    if (ids.isEmpty())
        return existing;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT id FROM articles WHERE id IN (%1) ORDER BY id")
                        .arg(SqlQuery::idList(ids)))) {
        m_error = query.errorText();
        return existing;
    }
    while (query.next())
        existing << query.integer(0);
    return existing;
}

} // namespace Pizhu
