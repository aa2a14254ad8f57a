// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Pizhu {

class CorpusSession;

/**
 * Saving and deleting named sets of articles ("my sample"), each one undoable step of the
 * session. A set holds the articles it was saved with; lists, exports and analyses can be
 * limited to it (ArticleFilter::articleSetId).
 */
class ArticleSets
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleSets)

public:
    explicit ArticleSets(CorpusSession &session);

    /** Saves \a articleIds as the set \a name; its id, or 0 with errorString() saying why. */
    qint64 save(const QString &name, const QList<qint64> &articleIds);
    /** Deletes set \a id (its articles stay); false with errorString() saying why. */
    bool remove(qint64 id);

    QString errorString() const { return m_error; }

private:
    bool refuse(const QString &reason);

    CorpusSession &m_session;
    QString m_error;
};

} // namespace Pizhu
