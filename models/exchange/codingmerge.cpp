// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingmerge.h"

#include "ingest/articlewriter.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "store/teamrights.h"
#include "store/transaction.h"
#include "text/codepoints.h"

#include <QCryptographicHash>
#include <set>

namespace Pizhu {

namespace {

QByteArray bodyKey(const QString &body)
{
    return QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha1);
}

} // namespace

QString MergeResult::summary() const
{
    QStringList parts;
    parts << CodingMerge::tr("%n passage(s)", nullptr, passagesAdded) + CodingMerge::tr(" and ") +
                 CodingMerge::tr("%n article tag(s) added", nullptr, articleTagsAdded);
    if (articlesCreated)
        parts << CodingMerge::tr("%n article(s) created", nullptr, articlesCreated);
    if (articlesMatched)
        parts << CodingMerge::tr("%n article(s) found in the corpus", nullptr, articlesMatched);
    if (tagsCreated)
        parts << CodingMerge::tr("%n tag(s) created", nullptr, tagsCreated);
    if (duplicates)
        parts << CodingMerge::tr("%n already present", nullptr, duplicates);
    if (!notMapped.isEmpty())
        parts << CodingMerge::tr("%n thing(s) not taken (listed below)", nullptr, int(notMapped.size()));
    return parts.join(QStringLiteral("; "));
}

CodingMerge::CodingMerge(CorpusDatabase &db)
    : m_db(db)
{
}

bool CodingMerge::check(const CodingPackage &package)
{
    const auto lengthOf = [&](int article) {
        return CodePoints::count(package.articles.at(article).article.body());
    };
    for (const CodingPackage::PackagePassage &passage : package.passages) {
        if (passage.article < 0 || passage.article >= package.articles.size()) {
            m_errors << tr("a passage refers to a source that is not in the package");
            continue;
        }
        const int length = lengthOf(passage.article);
        if (passage.span.start < 0 || passage.span.end <= passage.span.start || passage.span.end > length)
            m_errors << tr("the selection %1–%2 of “%3” lies outside its text (%4 characters)")
                            .arg(passage.span.start)
                            .arg(passage.span.end)
                            .arg(package.articles.at(passage.article).article.title)
                            .arg(length);
        if (passage.tagPath.trimmed().isEmpty() || passage.coder.trimmed().isEmpty())
            m_errors << tr("a selection of “%1” names no code or no coder")
                            .arg(package.articles.at(passage.article).article.title);
    }
    for (const CodingPackage::PackageArticleTag &tag : package.articleTags) {
        if (tag.article < 0 || tag.article >= package.articles.size() || tag.tagPath.trimmed().isEmpty() ||
            tag.coder.trimmed().isEmpty())
            m_errors << tr("a coding of a whole source refers to no source, code or coder");
    }
    checkRights(package);
    return m_errors.isEmpty();
}

void CodingMerge::checkRights(const CodingPackage &package)
{
    const QString refusal = TeamRights(m_db).refusalToChangeCodebook();
    if (refusal.isEmpty())
        return;
    QStringList paths;
    for (const CodingPackage::PackageTag &tag : package.tags)
        paths << tag.path;
    for (const CodingPackage::PackagePassage &passage : package.passages)
        paths << passage.tagPath;
    for (const CodingPackage::PackageArticleTag &tag : package.articleTags)
        paths << tag.tagPath;
    paths.removeDuplicates();
    const TagStore tags(m_db);
    QStringList missing;
    for (const QString &path : std::as_const(paths)) {
        if (!path.trimmed().isEmpty() && !tags.idForPath(path))
            missing << path;
    }
    if (missing.isEmpty())
        return;
    constexpr qsizetype Named = 5;
    QString named = missing.mid(0, Named).join(tr(", "));
    if (missing.size() > Named)
        named += tr(" …");
    m_errors << tr("the codebook lacks %n tag(s) this needs (%1), and %2", nullptr, int(missing.size()))
                    .arg(named, refusal);
}

qint64 CodingMerge::matchArticle(const CodingPackage::PackageArticle &incoming)
{
    ArticleStore store(m_db);
    if (!incoming.article.contentHash.isEmpty()) {
        if (const qint64 id = store.idForHash(incoming.article.contentHash))
            return id;
    }
    if (!m_bodiesRead) {
        SqlQuery query(m_db.sql());
        if (query.exec(QStringLiteral("SELECT article_id, body FROM article_texts"))) {
            while (query.next())
                m_bodies.insert(bodyKey(query.text(1)), query.integer(0));
        }
        m_bodiesRead = true;
    }
    return m_bodies.value(bodyKey(incoming.article.body()));
}

bool CodingMerge::apply(const CodingPackage &package)
{
    m_result = {};
    m_result.notMapped = package.notMapped;
    m_errors.clear();
    if (!check(package))
        return false;
    Savepoint savepoint(m_db.sql());
    const auto fail = [this](const QString &error) {
        m_errors << error;
        return false;
    };
    if (!savepoint.isActive())
        return fail(savepoint.errorText());

    // Articles: found, or made. What this login may not add is refused before the server is asked.
    const TeamRights rights(m_db);
    QList<qint64> ids;
    ArticleWriter writer(m_db);
    for (const CodingPackage::PackageArticle &incoming : package.articles) {
        qint64 id = matchArticle(incoming);
        if (id) {
            ++m_result.articlesMatched;
        } else if (const QString refusal = rights.refusalToChangeArticles();
                   incoming.create && !refusal.isEmpty()) {
            m_result.notMapped << tr("“%1” is not in this corpus, so its coding was left out (%2)")
                                      .arg(incoming.article.title, refusal);
        } else if (incoming.create) {
            Article article = incoming.article;
            if (article.contentHash.isEmpty())
                article.contentHash = QString::fromLatin1(
                    QCryptographicHash::hash((article.title + QLatin1Char('\n') + article.body()).toUtf8(),
                                             QCryptographicHash::Sha256)
                        .toHex());
            if (writer.write(article) != ArticleStore::InsertResult::Inserted)
                return fail(tr("“%1” could not be stored: %2").arg(article.title, writer.errorString()));
            id = article.id;
            m_bodies.insert(bodyKey(article.body()), id);
            m_result.createdArticles << id;
            ++m_result.articlesCreated;
        } else {
            m_result.notMapped
                << tr("“%1” is not in this corpus: its coding was left out; import the article "
                      "first")
                       .arg(incoming.article.title);
        }
        ids << id;
    }

    // Tags by path, made where missing, with the package's colours and descriptions.
    TagStore tags(m_db);
    QHash<QString, qint64> tagIds;
    for (const CodingPackage::PackageTag &tag : package.tags) {
        const qint64 id = tags.ensurePath(tag.path, tag.color, tag.description, &m_result.createdTags);
        if (!id)
            return fail(tr("the tag “%1” could not be made: %2").arg(tag.path, tags.errorString()));
        tagIds.insert(tag.path, id);
    }
    const auto tagFor = [&](const QString &path) {
        qint64 id = tagIds.value(path);
        if (!id && (id = tags.ensurePath(path, {}, {}, &m_result.createdTags)))
            tagIds.insert(path, id);
        return id;
    };

    // Passages and article tags, beside what is there.
    AnnotationStore annotations(m_db);
    std::set<std::tuple<qint64, qint64, int, int, QString>> present;
    QSet<qint64> readArticles;
    const auto readPresent = [&](qint64 articleId) {
        if (readArticles.contains(articleId))
            return;
        readArticles.insert(articleId);
        for (const Annotation &a : annotations.forArticle(articleId))
            present.insert({a.articleId, a.tagId, a.start, a.end, a.coder});
    };
    for (const CodingPackage::PackagePassage &incoming : package.passages) {
        const qint64 articleId = ids.at(incoming.article);
        if (!articleId)
            continue;
        const qint64 tagId = tagFor(incoming.tagPath);
        if (!tagId)
            return fail(tags.errorString());
        readPresent(articleId);
        if (!present.insert({articleId, tagId, incoming.span.start, incoming.span.end, incoming.coder})
                 .second) {
            ++m_result.duplicates;
            continue;
        }
        if (const QString refusal = rights.refusalToChangeWorkOf(incoming.coder); !refusal.isEmpty())
            return fail(refusal);
        const QString now = AnnotationStore::timestamp();
        Annotation passage{0,
                           articleId,
                           tagId,
                           incoming.span.start,
                           incoming.span.end,
                           incoming.note,
                           incoming.coder,
                           incoming.created.isEmpty() ? now : incoming.created,
                           incoming.modified.isEmpty() ? now : incoming.modified};
        if (!annotations.insert(passage))
            return fail(annotations.errorString());
        m_result.addedPassages << passage.id;
        ++m_result.passagesAdded;
    }
    for (const CodingPackage::PackageArticleTag &incoming : package.articleTags) {
        const qint64 articleId = ids.at(incoming.article);
        if (!articleId)
            continue;
        const qint64 tagId = tagFor(incoming.tagPath);
        if (!tagId)
            return fail(tags.errorString());
        const QList<ArticleTag> existing = annotations.articleTags(articleId);
        if (std::any_of(existing.cbegin(), existing.cend(),
                        [&](const ArticleTag &t) { return t.tagId == tagId && t.coder == incoming.coder; })) {
            ++m_result.duplicates;
            continue;
        }
        if (const QString refusal = rights.refusalToChangeWorkOf(incoming.coder); !refusal.isEmpty())
            return fail(refusal);
        const ArticleTag tag{articleId, tagId, incoming.coder,
                             incoming.created.isEmpty() ? AnnotationStore::timestamp() : incoming.created};
        if (!annotations.addArticleTag(tag))
            return fail(annotations.errorString());
        m_result.addedArticleTags << tag;
        ++m_result.articleTagsAdded;
    }
    m_result.tagsCreated = int(m_result.createdTags.size());
    if (!savepoint.release())
        return fail(savepoint.errorText());
    return true;
}

bool CodingMerge::undo(const MergeResult &result)
{
    m_errors.clear();
    Savepoint savepoint(m_db.sql());
    AnnotationStore annotations(m_db);
    ArticleWriter writer(m_db);
    TagStore tags(m_db);
    bool ok = savepoint.isActive();
    for (const qint64 id : result.addedPassages)
        ok = ok && annotations.remove(id);
    for (const ArticleTag &tag : result.addedArticleTags)
        ok = ok && annotations.removeArticleTag(tag.articleId, tag.tagId, tag.coder);
    for (const qint64 id : result.createdArticles)
        ok = ok && writer.remove(id);
    for (auto it = result.createdTags.crbegin(); it != result.createdTags.crend(); ++it)
        ok = ok && tags.remove(*it);
    if (ok && savepoint.release())
        return true;
    m_errors << annotations.errorString() + writer.errorString() + tags.errorString() + savepoint.errorText();
    return false;
}

} // namespace Pizhu
