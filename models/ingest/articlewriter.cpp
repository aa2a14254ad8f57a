// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlewriter.h"

#include "extract/entityextractor.h"
#include "store/corpusdatabase.h"
#include "store/transaction.h"
#include "text/scriptconverter.h"

namespace Pizhu {

ArticleWriter::ArticleWriter(CorpusDatabase &db)
    : m_db(db)
    , m_articles(db)
    , m_index(db)
    , m_entities(db)
{
}

PreparedArticle ArticleWriter::prepare(Article article)
{
    if (!article.shadow)
        article.shadow = ScriptConverter::forMode(ScriptMode::Simplified).convert(article.body());
    PreparedArticle prepared{std::move(article), {}};
    prepared.entities = EntityExtractor::instance().extract(prepared.article);
    return prepared;
}

ArticleStore::InsertResult ArticleWriter::write(Article &article)
{
    PreparedArticle prepared = prepare(article);
    const ArticleStore::InsertResult result = write(prepared);
    article.id = prepared.article.id;
    article.shadow = prepared.article.shadow;
    return result;
}

ArticleStore::InsertResult ArticleWriter::write(PreparedArticle &prepared)
{
    m_error.clear();
    Article &article = prepared.article;
    Savepoint savepoint(m_db.sql());
    if (!savepoint.isActive()) {
        m_error = savepoint.errorText();
        return ArticleStore::InsertResult::Failed;
    }
    const ArticleStore::InsertResult result = m_articles.insert(article);
    if (result != ArticleStore::InsertResult::Inserted) {
        m_error = m_articles.errorString();
        return result;
    }
    const QString title = ScriptConverter::forMode(ScriptMode::Simplified).convertText(article.title);
    if (!m_index.add(article.id, title, article.shadow->text)) {
        m_error = m_index.errorString();
    } else if (!m_entities.insertExtraction(article.id, prepared.entities)) {
        m_error = m_entities.errorString();
    } else if (!savepoint.release()) {
        m_error = savepoint.errorText();
    } else {
        return result;
    }
    article.id = 0;
    return ArticleStore::InsertResult::Failed;
}

} // namespace Pizhu
