// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesetcommands.h"

#include "editing/corpussession.h"

namespace Pizhu {

namespace {

bool store(CorpusDatabase &db, ArticleSet *set, const QList<qint64> &articleIds, QString *error)
{
    ArticleSetStore sets(db);
    set->id = sets.insert(*set, articleIds);
    *error = sets.errorString();
    return set->id != 0;
}

bool remove(CorpusDatabase &db, qint64 id, QString *error)
{
    ArticleSetStore sets(db);
    const bool ok = sets.remove(id);
    *error = sets.errorString();
    return ok;
}

} // namespace

SaveArticleSet::SaveArticleSet(CorpusSession &session, const ArticleSet &set, const QList<qint64> &articleIds)
    : CorpusCommand(session,
                    QCoreApplication::translate("Undo Commands", "Save article set “%1”").arg(set.name))
    , m_set(set)
    , m_articleIds(articleIds)
{
}

void SaveArticleSet::redo()
{
    writeRedo([this](QString *error) { return store(m_session.database(), &m_set, m_articleIds, error); });
    m_session.notify({ChangeEvent::Kind::ArticleSets, 0, {}});
}

void SaveArticleSet::undo()
{
    write([this](QString *error) { return remove(m_session.database(), m_set.id, error); });
    m_session.notify({ChangeEvent::Kind::ArticleSets, 0, {}});
}

DeleteArticleSet::DeleteArticleSet(CorpusSession &session, const ArticleSet &set,
                                   const QList<qint64> &articleIds)
    : CorpusCommand(session,
                    QCoreApplication::translate("Undo Commands", "Delete article set “%1”").arg(set.name))
    , m_set(set)
    , m_articleIds(articleIds)
{
}

void DeleteArticleSet::redo()
{
    writeRedo([this](QString *error) { return remove(m_session.database(), m_set.id, error); });
    m_session.notify({ChangeEvent::Kind::ArticleSets, 0, {}});
}

void DeleteArticleSet::undo()
{
    write([this](QString *error) { return store(m_session.database(), &m_set, m_articleIds, error); });
    m_session.notify({ChangeEvent::Kind::ArticleSets, 0, {}});
}

} // namespace Pizhu
