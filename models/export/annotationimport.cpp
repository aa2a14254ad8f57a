// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationimport.h"

#include "csvwriter.h"
#include "ingest/csvreader.h"
#include "ingest/textdecoder.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "store/transaction.h"
#include "text/codepoints.h"
#include "text/scriptconverter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <map>
#include <tuple>

namespace Pizhu {

namespace {

QString simplified(const QString &text)
{
    return ScriptConverter::forMode(ScriptMode::Simplified).convertText(text);
}

class RowImporter
{
public:
    RowImporter(CorpusDatabase &db, const QStringList &header, const QString &coder)
        : m_db(db)
        , m_coder(coder)
    {
        for (qsizetype i = 0; i < header.size(); ++i)
            m_columns.insert(header.at(i).trimmed().toLower(), int(i));
    }

    /** An article-tags file (as `export --what article-tags` writes) has no offsets at all. */
    bool hasPassages() const
    {
        return m_columns.contains(QStringLiteral("start")) || m_columns.contains(QStringLiteral("end"));
    }

    QString missingColumns() const
    {
        QStringList missing;
        for (const char *name : {"start", "end", "text"}) {
            if (hasPassages() && !m_columns.contains(QString::fromLatin1(name)))
                missing << QString::fromLatin1(name);
        }
        if (!m_columns.contains(QStringLiteral("tag_path")) && !m_columns.contains(QStringLiteral("tag")))
            missing << QStringLiteral("tag_path");
        if (!m_columns.contains(QStringLiteral("article_id")) && !m_columns.contains(QStringLiteral("title")))
            missing << QStringLiteral("article_id");
        return missing.join(QStringLiteral(", "));
    }

    /**
     * Forgets what it knows of the corpus (tags found or made, the article's passages) after a
     * row's writes were rolled back: a tag made in that row is gone again, and the next row that
     * needs it makes it anew.
     */
    void forgetWrites()
    {
        m_tagIds.clear();
        m_article = {};
    }

    /** Empty when the row was stored (or was a duplicate); the reason otherwise. */
    QString import(const QStringList &row, AnnotationImportResult &result)
    {
        auto field = [&](const char *name) {
            return CsvWriter::plainText(row.value(m_columns.value(QString::fromLatin1(name), -1)));
        };
        const std::optional<qint64> articleId =
            findArticle(field("article_id"), field("title"), field("date"));
        if (!articleId)
            return AnnotationImport::tr("no article matches id %1, title “%2” and date %3")
                .arg(field("article_id"), field("title"), field("date"));
        const QString path = field("tag_path").isEmpty() ? field("tag") : field("tag_path");
        if (path.trimmed().isEmpty())
            return AnnotationImport::tr("the row names no tag (its tag_path and tag are empty)");
        // A row without offsets is a tag on the whole article.
        if (field("start").isEmpty() && field("end").isEmpty())
            return importArticleTag(*articleId, path, field("coder"), field("created"), result);
        bool startOk = false;
        bool endOk = false;
        const int start = field("start").toInt(&startOk);
        const int end = field("end").toInt(&endOk);
        const CachedArticle *article = cachedArticle(*articleId);
        const std::optional<ArticleText> &text = article->text;
        const int length = article->length;
        if (!startOk || !endOk || start < 0 || end <= start || end > length)
            return AnnotationImport::tr("offsets “%1”–“%2” are not a passage of article %3 (%4 characters)")
                .arg(field("start"), field("end"))
                .arg(*articleId)
                .arg(length);
        const qsizetype from = CodePoints::toUtf16(text->body, start);
        const QString stored = text->body.mid(from, CodePoints::toUtf16(text->body, end) - from);
        if (simplified(stored) != simplified(field("text")))
            return AnnotationImport::tr("the text “%1” is not what offsets %2–%3 hold (“%4”)")
                .arg(field("text"))
                .arg(start)
                .arg(end)
                .arg(stored.size() > 40 ? stored.left(40) + QStringLiteral("…") : stored);
        const qint64 tagId = findOrCreateTag(path);
        if (!tagId)
            return AnnotationImport::tr("the tag path “%1” cannot be created (%2)").arg(path, m_error);
        const QString coder = field("coder").isEmpty() ? m_coder : field("coder");
        const PassageKey key{tagId, start, end,
                             coder}; // another coder's same passage is theirs, not a duplicate
        if (const auto stored = article->passages.find(key); stored != article->passages.cend()) {
            // The same passage again: a duplicate when it says nothing new, reported when its note
            // differs, since one of the two notes would otherwise be lost without a word.
            if (field("note").isEmpty() || field("note") == stored->second) {
                ++result.duplicates;
                return {};
            }
            return AnnotationImport::tr("passage %1–%2 of article %3 is already tagged “%4” by %5 with "
                                        "another note (“%6”), which was kept")
                .arg(start)
                .arg(end)
                .arg(*articleId)
                .arg(path, coder, stored->second);
        }
        AnnotationStore annotations(m_db);
        const QString now = AnnotationStore::timestamp();
        Annotation annotation{0,
                              *articleId,
                              tagId,
                              start,
                              end,
                              field("note"),
                              coder,
                              field("created").isEmpty() ? now : field("created"),
                              field("modified").isEmpty() ? now : field("modified")};
        if (!annotations.insert(annotation))
            return annotations.errorString();
        m_article.passages.insert({key, annotation.note});
        ++result.added;
        return {};
    }

private:
    using PassageKey = std::tuple<qint64, int, int, QString>; ///< tag, start, end, coder

    QString importArticleTag(qint64 articleId, const QString &path, const QString &coder,
                             const QString &created, AnnotationImportResult &result)
    {
        const qint64 tagId = findOrCreateTag(path);
        if (!tagId)
            return AnnotationImport::tr("the tag path “%1” cannot be created (%2)").arg(path, m_error);
        const QString who = coder.isEmpty() ? m_coder : coder;
        if (cachedArticle(articleId)->articleTags.contains({tagId, who})) {
            ++result.duplicates;
            return {};
        }
        AnnotationStore annotations(m_db);
        if (!annotations.addArticleTag(
                {articleId, tagId, who, created.isEmpty() ? AnnotationStore::timestamp() : created}))
            return annotations.errorString();
        m_article.articleTags.insert({tagId, who});
        ++result.articleTagsAdded;
        return {};
    }

    /** The article rows are about, read once for all its rows (an export lists them together). */
    struct CachedArticle
    {
        qint64 id = 0;
        std::optional<ArticleText> text;
        int length = 0;
        QString simplifiedTitle;
        std::map<PassageKey, QString> passages;       ///< what is stored already, with its note
        QSet<std::pair<qint64, QString>> articleTags; ///< (tag, coder) already on the whole article
    };

    const CachedArticle *cachedArticle(qint64 id)
    {
        if (m_article.id == id)
            return &m_article;
        m_article = {};
        m_article.id = id;
        m_article.text = ArticleStore(m_db).text(id);
        if (m_article.text) {
            m_article.length = CodePoints::count(m_article.text->body);
            m_article.simplifiedTitle = simplified(m_article.text->title);
        }
        for (const Annotation &existing : AnnotationStore(m_db).forArticle(id))
            m_article.passages.insert(
                {{existing.tagId, existing.start, existing.end, existing.coder}, existing.note});
        for (const ArticleTag &tag : AnnotationStore(m_db).articleTags(id))
            m_article.articleTags.insert({tag.tagId, tag.coder});
        return &m_article;
    }

    std::optional<qint64> findArticle(const QString &id, const QString &title, const QString &date)
    {
        bool isNumber = false;
        const qint64 articleId = id.toLongLong(&isNumber);
        if (isNumber) {
            const CachedArticle *article = cachedArticle(articleId);
            if (article->text && (title.isEmpty() || article->simplifiedTitle == simplified(title)))
                return articleId;
        }
        if (title.isEmpty())
            return std::nullopt;
        SqlQuery query(m_db.sql());
        if (!query.exec(QStringLiteral("SELECT id, title FROM articles WHERE coalesce(published, '') = ?"),
                        {date}))
            return std::nullopt;
        QList<qint64> found;
        while (query.next()) {
            if (simplified(query.value(1).toString()) == simplified(title))
                found << query.value(0).toLongLong();
        }
        if (found.size() == 1)
            return found.first();
        return std::nullopt; // none, or several: never guess
    }

    qint64 findOrCreateTag(const QString &path)
    {
        if (const auto known = m_tagIds.constFind(path); known != m_tagIds.cend())
            return *known;
        TagStore tags(m_db);
        const qint64 id = tags.ensurePath(path);
        if (id)
            m_tagIds.insert(path, id);
        else if (m_db.leadsTeam())
            m_error = tags.errorString();
        else // the server's "permission denied for table tags" says less
            m_error =
                AnnotationImport::tr("on a team corpus only the lead adds tags, and this import is %1's")
                    .arg(m_db.teamLogin());
        return id;
    }

    CorpusDatabase &m_db;
    QString m_coder;
    QHash<QString, int> m_columns;
    QHash<QString, qint64> m_tagIds; ///< tag path as written → id, found or created
    CachedArticle m_article;
    QString m_error;
};

} // namespace

AnnotationImportResult AnnotationImport::read(CorpusDatabase &db, const QString &path,
                                              const QString &defaultCoder)
{
    AnnotationImportResult result;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    EncodingGuess encoding;
    QString error;
    if (!TextDecoder::openStream(file, &encoding, &error)) {
        result.error = tr("%1: %2").arg(name, error);
        return result;
    }
    CsvReader reader(&file, encoding.decoderName());
    QStringList header;
    if (!reader.readRow(&header)) {
        result.error = tr("%1: no header row").arg(name);
        return result;
    }
    RowImporter importer(db, header, defaultCoder);
    if (const QString missing = importer.missingColumns(); !missing.isEmpty()) {
        result.error = tr("%1: the header lacks %2").arg(name, missing);
        return result;
    }
    Transaction transaction(db.sql());
    if (!transaction.isActive()) {
        result.error = tr("%1: the corpus cannot be written (%2)").arg(name, transaction.errorText());
        return result;
    }
    QStringList row;
    while (reader.readRow(&row)) {
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        // A row the corpus refuses is undone alone: on PostgreSQL a refused statement would
        // otherwise end the whole transaction, and every later row with it.
        Savepoint step(db.sql());
        const std::tuple counted{result.added, result.articleTagsAdded, result.duplicates};
        QString reason = importer.import(row, result);
        if (reason.isEmpty() && !step.release())
            reason = step.errorText();
        if (!reason.isEmpty()) {
            // The step's rollback takes what the row wrote, a tag it made too.
            std::tie(result.added, result.articleTagsAdded, result.duplicates) = counted;
            result.skipped << tr("line %1: %2").arg(reader.rowLine()).arg(reason);
            importer.forgetWrites();
        }
    }
    if (!reader.error().isEmpty())
        result.skipped << tr("line %1: %2 (the rest of the file was not read)")
                              .arg(reader.rowLine())
                              .arg(reader.error());
    if (!transaction.commit()) {
        result.error =
            tr("%1: the corpus could not save the annotations (%2)").arg(name, transaction.errorText());
        result.added = 0;
    }
    return result;
}

} // namespace Pizhu
