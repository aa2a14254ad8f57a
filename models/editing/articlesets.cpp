// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesets.h"

#include "commands/articlesetcommands.h"
#include "corpussession.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"

#include <QSet>

namespace Pizhu {

ArticleSets::ArticleSets(CorpusSession &session)
    : m_session(session)
{
}

bool ArticleSets::refuse(const QString &reason)
{
    m_error = reason;
    return false;
}

qint64 ArticleSets::save(const QString &name, const QList<qint64> &articleIds)
{
    m_error.clear();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("an article set needs a name"));
    if (articleIds.isEmpty())
        return refuse(tr("the set “%1” would hold no articles; list some first").arg(trimmed));
    ArticleSetStore sets(m_session.database());
    if (sets.findByName(trimmed))
        return refuse(tr("there is already an article set named “%1”").arg(trimmed));
    if (!sets.errorString().isEmpty())
        return refuse(sets.errorString());
    QList<qint64> existing = ArticleStore(m_session.database()).existingIds(articleIds);
    const QSet<qint64> held(existing.cbegin(), existing.cend());
    for (const qint64 id : articleIds) {
        if (!held.contains(id))
            return refuse(tr("there is no article %1").arg(id));
    }
    existing = QList<qint64>(held.cbegin(), held.cend());
    std::sort(existing.begin(), existing.end());
    auto *command = new SaveArticleSet(
        m_session, {0, trimmed, m_session.coder(), AnnotationStore::timestamp(), 0}, existing);
    if (!m_session.push(command))
        return refuse(m_session.errorString());
    return command->setId();
}

bool ArticleSets::remove(qint64 id)
{
    m_error.clear();
    ArticleSetStore sets(m_session.database());
    const std::optional<ArticleSet> set = sets.find(id);
    if (!set)
        return refuse(sets.errorString().isEmpty() ? tr("there is no article set %1").arg(id)
                                                   : sets.errorString());
    const QList<qint64> members = sets.members(id);
    if (!sets.errorString().isEmpty())
        return refuse(sets.errorString());
    if (!m_session.push(new DeleteArticleSet(m_session, *set, members)))
        return refuse(m_session.errorString());
    return true;
}

} // namespace Pizhu
