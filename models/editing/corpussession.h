// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeevent.h"
#include "core/codingstatus.h"
#include "core/textspan.h"
#include "exchange/codingmerge.h"
#include "store/annotationstore.h"
#include "store/changewatch.h"
#include "store/entitystore.h"
#include "store/tagstore.h"

#include <QObject>
#include <QUndoStack>
#include <functional>

namespace Pizhu {

class CorpusDatabase;

/**
 * The editable side of an open corpus (DESIGN.md, decision 5). Every edit is a verb here that
 * pushes one command on the undo stack; the command writes in one transaction, so what is on
 * screen is on disk. Views observe changed() and never write to the corpus themselves.
 *
 * What other programs, other windows, other coders and background jobs commit, the session notices
 * (ChangeWatch: SQLite's data_version, or the team corpus's server telling) and tells as
 * ChangeEvent::Kind::Everything.
 */
class CorpusSession : public QObject
{
    Q_OBJECT

public:
    explicit CorpusSession(CorpusDatabase &db, QObject *parent = nullptr);

    CorpusDatabase &database() const { return m_db; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /**
     * Who edits: recorded with every passage and article tag; the OS user until set. The first
     * edit before a coder was set emits coderNeeded(), so the window can ask once.
     */
    QString coder() const { return m_coder; }
    void setCoder(const QString &coder);
    /**
     * On a team corpus the coder is the server login, which the server's policies check, and
     * setCoder() changes nothing.
     */
    bool isCoderFixed() const;
    bool isCoderChosen() const { return m_coderChosen; }

    /** Everyone who has coded in this corpus, and this window's coder, sorted. */
    QStringList coders() const;
    /**
     * Whose passages and article tags the views show and count: these coders, or everyone's when
     * empty. Each coder's work stays apart; this only chooses what is seen.
     */
    QStringList shownCoders() const { return m_shownCoders; }
    void setShownCoders(const QStringList &coders);
    bool shows(const QString &coder) const
    {
        return m_shownCoders.isEmpty() || m_shownCoders.contains(coder);
    }

    qint64 addTag(const QString &name, qint64 parentId = 0, const QString &color = {},
                  const QString &description = {});
    bool renameTag(qint64 id, const QString &name);
    bool recolorTag(qint64 id, const QString &color);
    bool describeTag(qint64 id, const QString &description);
    /** Moves a tag under \a parentId (0: top level), at the end of its new siblings. */
    bool moveTag(qint64 id, qint64 parentId);
    /** Moves the passages and article tags of \a from to \a into, then deletes \a from. */
    bool mergeTags(qint64 from, qint64 into);
    /** Deletes a tag, the tags below it, and their passages and article tags. */
    bool deleteTag(qint64 id);
    /** How many passages and article tags deleting \a id removes (to ask before deleting). */
    TagCounts deletionCost(qint64 id) const;

    bool setArticleTag(qint64 articleId, qint64 tagId, bool tagged);
    qint64 addAnnotation(qint64 articleId, qint64 tagId, const TextSpan &span, const QString &note = {});
    /** A passage of \a tagId on each of \a places (article and span), as one undoable step. */
    int addAnnotations(const QList<std::pair<qint64, TextSpan>> &places, qint64 tagId, const QString &text);
    bool removeAnnotation(qint64 id);
    bool setAnnotationNote(qint64 id, const QString &note);

    /**
     * Marks \a articleIds with \a status, as one undoable step recording this coder; articles
     * already so marked keep their record.
     */
    bool setCodingStatus(const QList<qint64> &articleIds, CodingStatus status);
    /** Deletes articles with their texts, coding and entities, as one undoable step. */
    bool deleteArticles(const QList<qint64> &articleIds);
    /**
     * Corrects the title, date, outlet and bylines of an article, as one undoable step. The title
     * may not be empty; the date is read as news pages print it ("2022年3月25日 16:43") and stored
     * as ISO 8601, or is empty; names without text are dropped.
     */
    bool editArticleDetails(qint64 articleId, const ArticleDetails &details);

    /** Entity corrections; each is one undoable step and survives re-extraction. */
    bool setEntityStatus(qint64 entityId, EntityStatus status);
    bool setEntityType(qint64 entityId, EntityType type);
    /** Folds \a fromId into \a intoId (张傑 into 张杰): its mentions count as the other's. */
    bool mergeEntities(qint64 fromId, qint64 intoId);
    /** Adds an entity of \a type named by \a span of the article's text, with all its mentions. */
    qint64 addEntity(qint64 articleId, EntityType type, const TextSpan &span);

    /**
     * Puts coding from elsewhere into the corpus beside what is there, as one undoable step
     * (CodingMerge). On a refusal errorString() names every problem; \a result gets what was added.
     */
    bool mergeCoding(const CodingPackage &package, const QString &source, MergeResult *result = nullptr);

    /** Why the last verb refused or failed. */
    QString errorString() const { return m_error; }

    /** For commands: tells observers what changed, or that an edit failed. */
    /**
     * Runs \a command (taking it) on the undo stack; false if its first run failed, with
     * errorString() saying why. For the verbs of other classes (ArticleSets) that check first.
     */
    bool push(QUndoCommand *command);
    void notify(const ChangeEvent &event) { Q_EMIT changed(event); }
    void reportFailure(const QString &message);

public Q_SLOTS:
    /** Tells Everything now if another connection committed since the last look. */
    void checkForChangesElsewhere();

Q_SIGNALS:
    void changed(const Pizhu::ChangeEvent &event);
    void editFailed(const QString &message);
    /** An edit is about to be recorded, and no coder was chosen yet: call setCoder() now to choose. */
    void coderNeeded();

private:
    bool refuse(const QString &reason);
    /** True when \a refusal is empty; else refuses with it. */
    bool allows(const QString &refusal);
    /** Emits coderNeeded() before the first edit that records a coder, if none was chosen. */
    void ensureCoderChosen();
    bool editEntity(qint64 entityId, const std::function<void(StoredEntity &)> &change, const QString &text);
    bool checkName(const QString &name, qint64 parentId, qint64 except);
    /** Refuses, naming the first, if any of \a ids is not in \a existing (the ids the corpus holds). */
    bool checkArticles(const QList<qint64> &ids, const QList<qint64> &existing);
    /** Pushes \a command; false if its first run failed (the command is then dropped). */

    CorpusDatabase &m_db;
    QUndoStack m_undoStack;
    QString m_coder;
    bool m_coderChosen = false;
    QStringList m_shownCoders;
    ChangeWatch m_watch;
    QString m_error;
    bool m_failed = false;
};

} // namespace Pizhu
