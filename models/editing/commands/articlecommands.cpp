// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecommands.h"

#include "editing/corpussession.h"
#include "ingest/articlewriter.h"
#include "store/articlestatusstore.h"

namespace Pizhu {

SetCodingStatus::SetCodingStatus(CorpusSession &session, const QList<ArticleStatus> &before,
                                 const ArticleStatus &after)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Mark %n article(s)", nullptr,
                                                         int(before.size())))
    , m_before(before)
{
    m_after.reserve(before.size());
    for (const ArticleStatus &status : before) {
        ArticleStatus changed = after;
        changed.articleId = status.articleId;
        m_after << changed;
    }
}

bool SetCodingStatus::write(const QList<ArticleStatus> &statuses, QString *error)
{
    ArticleStatusStore store(m_session.database());
    for (const ArticleStatus &status : statuses) {
        if (!store.set(status)) {
            *error = store.errorString();
            return false;
        }
    }
    return true;
}

void SetCodingStatus::notify()
{
    m_session.notify(
        {ChangeEvent::Kind::CodingStatus, m_before.size() == 1 ? m_before.constFirst().articleId : 0, {}});
}

void SetCodingStatus::redo()
{
    writeRedo([this](QString *error) { return write(m_after, error); });
    notify();
}

void SetCodingStatus::undo()
{
    CorpusCommand::write([this](QString *error) { return write(m_before, error); });
    notify();
}

DeleteArticles::DeleteArticles(CorpusSession &session, const QList<qint64> &articleIds)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Delete %n article(s)", nullptr,
                                                         int(articleIds.size())))
    , m_articleIds(articleIds)
{
}

void DeleteArticles::redo()
{
    writeRedo([this](QString *error) {
        m_rows = ArticleRows::read(m_session.database(), m_articleIds, error);
        if (!m_rows)
            return false;
        ArticleWriter writer(m_session.database());
        for (const qint64 id : m_articleIds) {
            if (!writer.remove(id)) {
                *error = writer.errorString();
                return false;
            }
        }
        return true;
    });
    m_session.notify({ChangeEvent::Kind::Articles, 0, {}});
}

void DeleteArticles::undo()
{
    if (!m_rows)
        return;
    write([this](QString *error) {
        ArticleWriter writer(m_session.database());
        const bool ok = writer.restore(*m_rows);
        *error = writer.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Articles, 0, {}});
}

EditArticleDetails::EditArticleDetails(CorpusSession &session, qint64 articleId, const ArticleDetails &before,
                                       const ArticleDetails &after)
    : CorpusCommand(session,
                    QCoreApplication::translate("Undo Commands", "Edit details of “%1”").arg(after.title))
    , m_articleId(articleId)
    , m_before(before)
    , m_after(after)
{
}

bool EditArticleDetails::write(const ArticleDetails &details, QString *error)
{
    ArticleWriter writer(m_session.database());
    const bool ok = writer.setDetails(m_articleId, details);
    *error = writer.errorString();
    return ok;
}

void EditArticleDetails::redo()
{
    writeRedo([this](QString *error) { return write(m_after, error); });
    m_session.notify({ChangeEvent::Kind::Articles, m_articleId, {}});
}

void EditArticleDetails::undo()
{
    CorpusCommand::write([this](QString *error) { return write(m_before, error); });
    m_session.notify({ChangeEvent::Kind::Articles, m_articleId, {}});
}

} // namespace Pizhu
