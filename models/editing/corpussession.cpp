// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpussession.h"

#include "commands/annotationcommands.h"
#include "commands/articlecommands.h"
#include "commands/entitycommands.h"
#include "commands/exchangecommands.h"
#include "commands/tagcommands.h"
#include "ingest/datefinder.h"
#include "store/articlestatusstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/teamrights.h"
#include "text/codepoints.h"
#include "text/scriptconverter.h"

namespace Pizhu {

CorpusSession::CorpusSession(CorpusDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_coder(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("coder"))))
    , m_watch(db)
{
    qRegisterMetaType<Pizhu::ChangeEvent>();
    if (isCoderFixed()) {
        m_coder = db.teamLogin();
        m_coderChosen = true;
    }
    // Two windows, or the window and `pizhu import` in a terminal, may share a corpus (WAL and a
    // busy timeout keep that safe), as several coders share a team corpus; the session follows
    // what the others commit.
    connect(&m_watch, &ChangeWatch::changedElsewhere, this, [this] {
        notify({ChangeEvent::Kind::Everything, 0, {}});
    });
}

void CorpusSession::checkForChangesElsewhere()
{
    m_watch.check();
}

void CorpusSession::setCoder(const QString &coder)
{
    if (coder.trimmed().isEmpty() || isCoderFixed())
        return;
    m_coderChosen = true;
    if (coder.trimmed() == m_coder)
        return;
    m_coder = coder.trimmed();
    notify({ChangeEvent::Kind::Coders, 0, {}});
}

QStringList CorpusSession::coders() const
{
    QStringList coders = AnnotationStore(m_db).coders();
    if (!coders.contains(m_coder)) {
        coders << m_coder;
        coders.sort();
    }
    return coders;
}

void CorpusSession::setShownCoders(const QStringList &coders)
{
    if (coders == m_shownCoders)
        return;
    m_shownCoders = coders;
    notify({ChangeEvent::Kind::Coders, 0, {}});
}

void CorpusSession::reportFailure(const QString &message)
{
    m_failed = true;
    m_error = message;
    Q_EMIT editFailed(message);
}

bool CorpusSession::refuse(const QString &reason)
{
    m_error = reason;
    return false;
}

bool CorpusSession::isCoderFixed() const
{
    return !m_db.teamLogin().isEmpty();
}

bool CorpusSession::allows(const QString &refusal)
{
    return refusal.isEmpty() || refuse(refusal);
}

void CorpusSession::ensureCoderChosen()
{
    if (m_coderChosen)
        return;
    m_coderChosen = true; // asked once: a window whose user chose nobody keeps the OS user's name
    Q_EMIT coderNeeded();
}

bool CorpusSession::push(QUndoCommand *command)
{
    m_failed = false;
    m_error.clear();
    m_undoStack.push(command); // runs redo(); a failed first run marks it obsolete and the stack drops it
    return !m_failed;
}

bool CorpusSession::checkName(const QString &name, qint64 parentId, qint64 except)
{
    if (name.trimmed().isEmpty())
        return refuse(tr("a tag needs a name"));
    if (name.contains(QLatin1Char('/')))
        return refuse(tr("a tag name cannot contain “/”, which separates the levels of a tag path"));
    for (const Tag &tag : TagStore(m_db).all()) {
        if (tag.parentId == parentId && tag.id != except && tag.name == name.trimmed())
            return refuse(tr("there is already a tag “%1” at that level").arg(name.trimmed()));
    }
    return true;
}

qint64 CorpusSession::addTag(const QString &name, qint64 parentId, const QString &color,
                             const QString &description)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return 0;
    if (!checkName(name, parentId, 0))
        return 0;
    if (parentId && !TagStore(m_db).tag(parentId)) {
        refuse(tr("there is no parent tag %1").arg(parentId));
        return 0;
    }
    Tag tag;
    tag.parentId = parentId;
    tag.name = name.trimmed();
    tag.description = description;
    tag.position = TagStore(m_db).nextPosition(parentId);
    tag.color = color.isEmpty() ? TagStore(m_db).nextColor() : color;
    auto *command = new AddTag(*this, tag);
    const qint64 id = push(command) ? command->tagId() : 0;
    return id;
}

bool CorpusSession::renameTag(qint64 id, const QString &name)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return false;
    const std::optional<Tag> before = TagStore(m_db).tag(id);
    if (!before)
        return refuse(tr("there is no tag %1").arg(id));
    if (before->name == name.trimmed())
        return true;
    if (!checkName(name, before->parentId, id))
        return false;
    Tag after = *before;
    after.name = name.trimmed();
    return push(new EditTag(*this, *before, after,
                            QCoreApplication::translate("Undo Commands", "Rename tag “%1” to “%2”")
                                .arg(before->name, after.name)));
}

bool CorpusSession::recolorTag(qint64 id, const QString &color)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return false;
    const std::optional<Tag> before = TagStore(m_db).tag(id);
    if (!before)
        return refuse(tr("there is no tag %1").arg(id));
    Tag after = *before;
    after.color = color;
    return push(
        new EditTag(*this, *before, after,
                    QCoreApplication::translate("Undo Commands", "Change colour of “%1”").arg(before->name)));
}

bool CorpusSession::describeTag(qint64 id, const QString &description)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return false;
    const std::optional<Tag> before = TagStore(m_db).tag(id);
    if (!before)
        return refuse(tr("there is no tag %1").arg(id));
    Tag after = *before;
    after.description = description;
    return push(
        new EditTag(*this, *before, after,
                    QCoreApplication::translate("Undo Commands", "Describe tag “%1”").arg(before->name)));
}

bool CorpusSession::moveTag(qint64 id, qint64 parentId)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return false;
    TagStore tags(m_db);
    const std::optional<Tag> before = tags.tag(id);
    if (!before)
        return refuse(tr("there is no tag %1").arg(id));
    if (tags.subtree(id).contains(parentId))
        return refuse(tr("a tag cannot move below itself"));
    if (!checkName(before->name, parentId, id))
        return false;
    Tag after = *before;
    after.parentId = parentId;
    after.position = tags.nextPosition(parentId);
    return push(new EditTag(*this, *before, after,
                            QCoreApplication::translate("Undo Commands", "Move tag “%1”").arg(before->name)));
}

bool CorpusSession::mergeTags(qint64 from, qint64 into)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return false;
    TagStore tags(m_db);
    if (!tags.tag(from) || !tags.tag(into))
        return refuse(tr("both tags must exist to merge them"));
    if (from == into || tags.subtree(from).contains(into))
        return refuse(tr("a tag cannot be merged into itself or a tag below it"));
    if (tags.subtree(from).size() > 1)
        return refuse(tr("merge or move the tags below “%1” first").arg(tags.path(from)));
    return push(new MergeTags(*this, from, into));
}

bool CorpusSession::deleteTag(qint64 id)
{
    if (!allows(TeamRights(m_db).refusalToChangeCodebook()))
        return false;
    if (!TagStore(m_db).tag(id))
        return refuse(tr("there is no tag %1").arg(id));
    return push(new RemoveTag(*this, id));
}

TagCounts CorpusSession::deletionCost(qint64 id) const
{
    const QList<qint64> ids = TagStore(m_db).subtree(id);
    AnnotationStore store(m_db);
    return {int(store.articleTagsOf(ids).size()), int(store.forTags(ids).size())};
}

bool CorpusSession::checkArticles(const QList<qint64> &ids, const QList<qint64> &existing)
{
    const QSet<qint64> held(existing.cbegin(), existing.cend());
    for (const qint64 id : ids) {
        if (!held.contains(id))
            return refuse(tr("there is no article %1").arg(id));
    }
    return true;
}

bool CorpusSession::setCodingStatus(const QList<qint64> &articleIds, CodingStatus status)
{
    ArticleStatusStore store(m_db);
    const QHash<qint64, ArticleStatus> current = store.statuses(articleIds);
    if (!store.errorString().isEmpty())
        return refuse(store.errorString());
    const QList<qint64> existing = ArticleStore(m_db).existingIds(articleIds);
    if (!checkArticles(articleIds, existing))
        return false;
    QList<ArticleStatus> before;
    for (const qint64 id : existing) {
        const ArticleStatus now = current.value(id, {id, CodingStatus::NotCoded, {}, {}});
        if (now.status != status)
            before << now;
    }
    if (before.isEmpty())
        return true;
    if (status != CodingStatus::NotCoded)
        ensureCoderChosen();
    return push(new SetCodingStatus(*this, before, {0, status, m_coder, AnnotationStore::timestamp()}));
}

bool CorpusSession::deleteArticles(const QList<qint64> &articleIds)
{
    if (!allows(TeamRights(m_db).refusalToChangeArticles()))
        return false;
    if (articleIds.isEmpty())
        return true;
    const QList<qint64> existing = ArticleStore(m_db).existingIds(articleIds);
    if (!checkArticles(articleIds, existing))
        return false;
    return push(new DeleteArticles(*this, existing));
}

bool CorpusSession::editArticleDetails(qint64 articleId, const ArticleDetails &details)
{
    if (!allows(TeamRights(m_db).refusalToChangeArticles()))
        return false;
    const std::optional<Article> article = ArticleStore(m_db).article(articleId);
    if (!article)
        return refuse(tr("there is no article %1").arg(articleId));
    ArticleDetails after{details.title.trimmed(), details.published.trimmed(), details.outlet.trimmed(), {}};
    if (after.title.isEmpty())
        return refuse(tr("an article needs a title"));
    if (!after.published.isEmpty()) {
        const std::optional<DateMatch> date = DateFinder::find(after.published);
        if (!date || date->start != 0 || date->length != after.published.size())
            return refuse(tr("“%1” is not a date: write it as 2022-03-25, 2022-03-25 16:43 or 2022年3月25日")
                              .arg(after.published));
        after.published = date->iso;
    }
    for (const Byline &byline : details.bylines) {
        if (!byline.name.trimmed().isEmpty())
            after.bylines << Byline{byline.name.trimmed(), byline.role.trimmed()};
    }
    const ArticleDetails before = article->details();
    if (after == before)
        return true;
    return push(new EditArticleDetails(*this, articleId, before, after));
}

bool CorpusSession::setArticleTag(qint64 articleId, qint64 tagId, bool tagged)
{
    ensureCoderChosen();
    AnnotationStore store(m_db);
    const QList<ArticleTag> current = store.articleTags(articleId);
    const bool has = std::any_of(current.cbegin(), current.cend(),
                                 [&](const ArticleTag &t) { return t.tagId == tagId && t.coder == m_coder; });
    if (has == tagged)
        return true;
    if (!TagStore(m_db).tag(tagId))
        return refuse(tr("there is no tag %1").arg(tagId));
    return push(new SetArticleTag(*this, {articleId, tagId, m_coder, AnnotationStore::timestamp()}, tagged));
}

qint64 CorpusSession::addAnnotation(qint64 articleId, qint64 tagId, const TextSpan &span, const QString &note)
{
    ensureCoderChosen();
    const std::optional<ArticleText> text = ArticleStore(m_db).text(articleId);
    if (!text) {
        refuse(tr("there is no article %1").arg(articleId));
        return 0;
    }
    if (!TagStore(m_db).tag(tagId)) {
        refuse(tr("there is no tag %1").arg(tagId));
        return 0;
    }
    if (span.start < 0 || span.end <= span.start || span.end > CodePoints::count(text->body)) {
        refuse(tr("the passage %1–%2 is not within the article").arg(span.start).arg(span.end));
        return 0;
    }
    const QString now = AnnotationStore::timestamp();
    auto *command =
        new AddAnnotation(*this, {0, articleId, tagId, span.start, span.end, note, m_coder, now, now});
    return push(command) ? command->annotationId() : 0;
}

int CorpusSession::addAnnotations(const QList<std::pair<qint64, TextSpan>> &places, qint64 tagId,
                                  const QString &text)
{
    if (places.isEmpty())
        return 0; // nothing to undo either
    ensureCoderChosen();
    int added = 0;
    m_undoStack.beginMacro(text);
    for (const auto &[articleId, span] : places) {
        if (addAnnotation(articleId, tagId, span))
            ++added;
    }
    m_undoStack.endMacro();
    return added;
}

bool CorpusSession::removeAnnotation(qint64 id)
{
    const std::optional<Annotation> annotation = AnnotationStore(m_db).annotation(id);
    if (!annotation)
        return refuse(tr("there is no passage %1").arg(id));
    if (!allows(TeamRights(m_db).refusalToChangeWorkOf(annotation->coder)))
        return false;
    return push(new RemoveAnnotation(*this, *annotation));
}

bool CorpusSession::setAnnotationNote(qint64 id, const QString &note)
{
    const std::optional<Annotation> annotation = AnnotationStore(m_db).annotation(id);
    if (!annotation)
        return refuse(tr("there is no passage %1").arg(id));
    if (!allows(TeamRights(m_db).refusalToChangeWorkOf(annotation->coder)))
        return false;
    if (annotation->note == note)
        return true;
    return push(new EditNote(*this, *annotation, note));
}

bool CorpusSession::editEntity(qint64 entityId, const std::function<void(StoredEntity &)> &change,
                               const QString &text)
{
    const std::optional<StoredEntity> before = EntityStore(m_db).entity(entityId);
    if (!before)
        return refuse(tr("there is no entity %1").arg(entityId));
    StoredEntity after = *before;
    change(after);
    if (after == *before)
        return true;
    return push(new EditEntity(*this, *before, after, text.arg(before->name)));
}

bool CorpusSession::setEntityStatus(qint64 entityId, EntityStatus status)
{
    const QString text = status == EntityStatus::Rejected
                             ? QCoreApplication::translate("Undo Commands", "Reject entity “%1”")
                             : QCoreApplication::translate("Undo Commands", "Confirm entity “%1”");
    return editEntity(
        entityId, [status](StoredEntity &e) { e.status = status; }, text);
}

bool CorpusSession::setEntityType(qint64 entityId, EntityType type)
{
    return editEntity(
        entityId,
        [type](StoredEntity &e) {
            e.type = type;
            if (e.status == EntityStatus::Automatic)
                e.status = EntityStatus::Confirmed;
        },
        QCoreApplication::translate("Undo Commands", "Change the type of “%1”"));
}

bool CorpusSession::mergeEntities(qint64 fromId, qint64 intoId)
{
    const std::optional<StoredEntity> into = EntityStore(m_db).entity(intoId);
    const std::optional<StoredEntity> from = EntityStore(m_db).entity(fromId);
    if (!into || !from)
        return refuse(tr("there is no entity %1").arg(into ? fromId : intoId));
    if (fromId == intoId || into->mergedInto == fromId)
        return refuse(tr("“%1” cannot be merged into itself").arg(from->name));
    if (into->articleId != from->articleId)
        return refuse(tr("only entities of the same article can be merged"));
    m_undoStack.beginMacro(
        QCoreApplication::translate("Undo Commands", "Merge “%1” into “%2”").arg(from->name, into->name));
    bool ok = true;
    if (into->status == EntityStatus::Automatic)
        ok = editEntity(
            intoId, [](StoredEntity &e) { e.status = EntityStatus::Confirmed; }, QStringLiteral("%1"));
    ok = ok && editEntity(
                   fromId, [intoId](StoredEntity &e) { e.mergedInto = intoId; }, QStringLiteral("%1"));
    m_undoStack.endMacro();
    return ok;
}

qint64 CorpusSession::addEntity(qint64 articleId, EntityType type, const TextSpan &span)
{
    const std::optional<ArticleText> text = ArticleStore(m_db).text(articleId);
    if (!text)
        return refuse(tr("there is no article %1").arg(articleId)), 0;
    const qsizetype from = CodePoints::toUtf16(text->body, span.start);
    const QString name = text->body.mid(from, CodePoints::toUtf16(text->body, span.end) - from).trimmed();
    if (name.isEmpty())
        return refuse(tr("select the words that name the entity")), 0;
    StoredEntity entity;
    entity.articleId = articleId;
    entity.type = type;
    entity.name = name;
    entity.key = ScriptConverter::forMode(ScriptMode::Simplified).convertText(name);
    entity.status = EntityStatus::Manual;
    // Every place the same words stand in the text is a mention, in whatever script.
    const QString &shadow = text->shadow.text;
    for (qsizetype at = shadow.indexOf(entity.key); at >= 0;
         at = shadow.indexOf(entity.key, at + entity.key.size())) {
        const int start = CodePoints::fromUtf16(shadow, at);
        const int end = CodePoints::fromUtf16(shadow, at + entity.key.size());
        entity.mentions.append({text->shadow.map.toOriginal(start, OffsetMap::Rounding::Down),
                                text->shadow.map.toOriginal(end, OffsetMap::Rounding::Up)});
    }
    if (entity.mentions.isEmpty())
        entity.mentions.append(span);
    auto *command = new AddEntity(*this, entity);
    return push(command) ? command->entityId() : 0;
}

bool CorpusSession::mergeCoding(const CodingPackage &package, const QString &source, MergeResult *result)
{
    auto *command = new MergeCoding(*this, package, source);
    // The stack deletes a command whose first run failed; what it found is needed first.
    const bool merged = push(command);
    if (merged && result)
        *result = command->result();
    return merged;
}

} // namespace Pizhu
