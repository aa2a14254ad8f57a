// SPDX-License-Identifier: GPL-3.0-or-later
#include "codercorpusreader.h"

#include "store/corpusdatabase.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace Pizhu {

namespace {

/** The first version with a codebook, passages and article tags. */
constexpr int FirstCodingVersion = 4;

} // namespace

bool CoderCorpusReader::read(const QString &path)
{
    m_package = {};
    if (!QFileInfo(path).isFile()) {
        m_error = tr("there is no such file");
        return false;
    }
    const QString name = QStringLiteral("coder-corpus-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            m_error = tr("it cannot be opened (%1)").arg(db.lastError().text());
        } else {
            SqlConnection sql(db);
            ok = readFrom(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool CoderCorpusReader::readFrom(SqlConnection &sql)
{
    SqlQuery query(sql);
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version)")) ||
        !query.next()) {
        m_error = tr("it is not a Pizhu corpus (%1)").arg(query.errorText());
        return false;
    }
    const int version = int(query.integer(1));
    if (query.integer(0) != CorpusDatabase::ApplicationId) {
        m_error = tr("it is not a Pizhu corpus");
        return false;
    }
    if (version < FirstCodingVersion || version > CorpusDatabase::currentSchemaVersion()) {
        m_error = tr("its schema version is %1; open it once in this Pizhu to bring it to version %2 first")
                      .arg(version)
                      .arg(CorpusDatabase::currentSchemaVersion());
        return false;
    }
    // The codebook, by path.
    QHash<qint64, std::pair<qint64, QString>> names;  // id → parent, name
    QList<std::tuple<qint64, QString, QString>> tags; // id, color, description
    if (!query.exec(QStringLiteral(
            "SELECT id, coalesce(parent_id, 0), name, color, description FROM tags ORDER BY position, id"))) {
        m_error = query.errorText();
        return false;
    }
    while (query.next()) {
        names.insert(query.integer(0), {query.integer(1), query.text(2)});
        tags << std::tuple{query.integer(0), query.text(3), query.text(4)};
    }
    const auto pathOf = [&names](qint64 id) {
        QStringList parts;
        for (int depth = 0; id && depth < 64; ++depth) {
            parts.prepend(names.value(id).second);
            id = names.value(id).first;
        }
        return parts.join(QLatin1Char('/'));
    };
    for (const auto &[id, color, description] : std::as_const(tags))
        m_package.tags << CodingPackage::PackageTag{pathOf(id), color, description};

    // The articles that carry coding, to be matched by content hash.
    QHash<qint64, int> articleIndex;
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.title, a.content_hash, t.body FROM articles AS a"
            " JOIN article_texts AS t ON t.article_id = a.id WHERE a.id IN"
            " (SELECT article_id FROM annotations UNION SELECT article_id FROM article_tags)"))) {
        m_error = query.errorText();
        return false;
    }
    while (query.next()) {
        CodingPackage::PackageArticle article;
        article.article.title = query.text(1);
        article.article.contentHash = query.text(2);
        article.article.paragraphs = query.text(3).split(QLatin1Char('\n'));
        article.create = false;
        articleIndex.insert(query.integer(0), int(m_package.articles.size()));
        m_package.articles << article;
    }
    if (!query.exec(QStringLiteral(
            "SELECT article_id, tag_id, start, \"end\", note, coder, created, modified FROM annotations"))) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        m_package.passages << CodingPackage::PackagePassage{articleIndex.value(query.integer(0)),
                                                            pathOf(query.integer(1)),
                                                            {int(query.integer(2)), int(query.integer(3))},
                                                            query.text(4),
                                                            query.text(5),
                                                            query.text(6),
                                                            query.text(7)};
    if (!query.exec(QStringLiteral("SELECT article_id, tag_id, coder, created FROM article_tags"))) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        m_package.articleTags << CodingPackage::PackageArticleTag{
            articleIndex.value(query.integer(0)), pathOf(query.integer(1)), query.text(2), query.text(3)};
    return true;
}

} // namespace Pizhu
