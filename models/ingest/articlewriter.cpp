// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlewriter.h"

#include "corpusentitymodel.h"
#include "extract/entityextractor.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "text/scriptconverter.h"

namespace Pizhu {

ArticleWriter::ArticleWriter(CorpusDatabase &db)
    : m_db(db)
    , m_articles(db)
    , m_index(db)
    , m_entities(db)
    , m_rules(db)
{
}

const EntityExtractor &ArticleWriter::extractor()
{
    if (!m_extractor)
        m_extractor = CorpusEntityModel(m_db).extractor();
    return *m_extractor;
}

PreparedArticle ArticleWriter::prepare(Article article, const EntityExtractor &extractor)
{
    if (!article.shadow)
        article.shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(article.body());
    PreparedArticle prepared{std::move(article), {}};
    prepared.entities = extractor.extract(prepared.article);
    return prepared;
}

ArticleStore::InsertResult ArticleWriter::write(Article &article)
{
    PreparedArticle prepared = prepare(article, extractor());
    const ArticleStore::InsertResult result = write(prepared);
    article.id = prepared.article.id;
    article.shadow = prepared.article.shadow;
    return result;
}

bool ArticleWriter::remove(qint64 articleId)
{
    m_error.clear();
    Savepoint savepoint(m_db.sql());
    const std::optional<ArticleText> text = m_articles.text(articleId);
    if (!text) {
        m_error = m_articles.errorString().isEmpty() ? tr("there is no article %1").arg(articleId)
                                                     : m_articles.errorString();
        return false;
    }
    // An article not indexed yet (a corpus migrating in the background) has no entries to take out:
    // deleting tokens the index never had would damage it.
    const bool inIndex = isIndexed(articleId);
    if (inIndex && !m_index.remove(articleId, text->title, text->shadow.text)) {
        m_error = m_index.errorString();
        return false;
    }
    if (!m_articles.remove(articleId) || !savepoint.release()) {
        m_error = m_articles.errorString().isEmpty() ? savepoint.errorText() : m_articles.errorString();
        return false;
    }
    return true;
}

bool ArticleWriter::setDetails(qint64 articleId, const ArticleDetails &details)
{
    m_error.clear();
    Savepoint savepoint(m_db.sql());
    const std::optional<ArticleText> text = m_articles.text(articleId);
    if (!savepoint.isActive() || !text) {
        m_error = !savepoint.isActive()                ? savepoint.errorText()
                  : m_articles.errorString().isEmpty() ? tr("there is no article %1").arg(articleId)
                                                       : m_articles.errorString();
        return false;
    }
    if (isIndexed(articleId) && details.title != text->title &&
        (!m_index.remove(articleId, text->title, text->shadow.text) ||
         !m_index.add(articleId, details.title, text->shadow.text))) {
        m_error = m_index.errorString();
        return false;
    }
    if (!m_articles.setDetails(articleId, details) || !savepoint.release()) {
        m_error = m_articles.errorString().isEmpty() ? savepoint.errorText() : m_articles.errorString();
        return false;
    }
    return true;
}

bool ArticleWriter::isIndexed(qint64 articleId) const
{
    SqlQuery indexed(m_db.sql());
    return indexed.exec(QStringLiteral("SELECT indexed FROM articles WHERE id = ?"), {articleId}) &&
           indexed.next() && indexed.integer(0) != 0;
}

bool ArticleWriter::restore(const ArticleRows &rows)
{
    m_error.clear();
    Savepoint savepoint(m_db.sql());
    if (!savepoint.isActive() || !rows.restore(m_db, &m_error)) {
        if (m_error.isEmpty())
            m_error = savepoint.errorText();
        return false;
    }
    for (const qint64 id : rows.indexedIds()) {
        const std::optional<ArticleText> text = m_articles.text(id);
        if (!text) {
            m_error = m_articles.errorString();
            return false;
        }
        if (!m_index.add(id, text->title, text->shadow.text)) {
            m_error = m_index.errorString();
            return false;
        }
    }
    if (!savepoint.release()) {
        m_error = savepoint.errorText();
        return false;
    }
    return true;
}

ArticleStore::InsertResult ArticleWriter::write(PreparedArticle &prepared)
{
    m_error.clear();
    m_sqlError = {};
    Article &article = prepared.article;
    Savepoint savepoint(m_db.sql());
    const auto fail = [&](const QString &error) {
        m_error = error;
        m_sqlError = m_db.sql().lastError(); // before the savepoint's rollback says something else
        article.id = 0;
        return ArticleStore::InsertResult::Failed;
    };
    if (!savepoint.isActive())
        return fail(savepoint.errorText());
    const ArticleStore::InsertResult result = m_articles.insert(article);
    if (result == ArticleStore::InsertResult::Failed)
        return fail(m_articles.errorString());
    if (result == ArticleStore::InsertResult::Duplicate)
        return result;
    if (!m_index.add(article.id, article.title, article.shadow->text))
        return fail(m_index.errorString());
    if (!m_entities.insertExtraction(article.id, prepared.entities))
        return fail(m_entities.errorString());
    if (!m_rules.applyToArticle(article.id))
        return fail(m_rules.errorString());
    if (!savepoint.release())
        return fail(savepoint.errorText());
    return result;
}

} // namespace Pizhu
