// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusentitymodel.h"

#include "corpusnames.h"
#include "extract/entityextractor.h"
#include "extract/entitymodel.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <mutex>

namespace Pizhu {

namespace {

const QString Adapted = QStringLiteral("adapted");

/**
 * The last model of a kind made in this process (the adapted one read from its corpus, or the
 * one with the corpus's names in its lexicon), by what identifies it.
 */
struct LoadedModel
{
    std::mutex mutex;
    QString stamp;
    std::shared_ptr<const EntityExtractor> extractor;
};

LoadedModel &loaded()
{
    static LoadedModel model;
    return model;
}

LoadedModel &loadedWithNames()
{
    static LoadedModel model;
    return model;
}

std::shared_ptr<const EntityExtractor> shipped()
{
    // The shipped extractor lives as long as the program: shared without an owner.
    return std::shared_ptr<const EntityExtractor>(std::shared_ptr<const EntityExtractor>(),
                                                  &EntityExtractor::instance());
}

} // namespace

CorpusEntityModel::CorpusEntityModel(CorpusDatabase &db)
    : m_db(db)
{
}

std::optional<CorpusEntityModel::Info> CorpusEntityModel::info() const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT names, coder, created, length(model) FROM entity_models"
                                   " WHERE name = ?"),
                    {Adapted}) ||
        !query.next())
        return std::nullopt;
    return Info{query.integer(0), query.text(1), query.text(2), query.integer(3)};
}

std::shared_ptr<const EntityExtractor> CorpusEntityModel::extractor(QString *problem) const
{
    QString baseStamp = QStringLiteral("shipped");
    const std::shared_ptr<const EntityExtractor> base = adaptedExtractor(&baseStamp, problem);
    const EntityModel *model = base->model();
    if (!model)
        return base; // rules only: no lexicon to teach
    CorpusNames corpusNames(m_db);
    const std::optional<QList<CorpusNames::Name>> names = corpusNames.read();
    const EntityModel *shippedModel = EntityExtractor::instance().model();
    const EntityLexicon &shippedLexicon = shippedModel ? shippedModel->lexicon() : model->lexicon();
    // An adapted model made since the last correction knows the names already.
    if (!names || names->isEmpty() || CorpusNames::knowsAll(model->lexicon(), shippedLexicon, *names))
        return base;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(baseStamp.toUtf8());
    for (const CorpusNames::Name &name : *names)
        hash.addData(
            QStringLiteral("\n%1 %2 %3").arg(entityTypeCode(name.type), name.key).arg(name.added).toUtf8());
    const QString stamp = QString::fromLatin1(hash.result().toHex());
    LoadedModel &cache = loadedWithNames();
    std::lock_guard lock(cache.mutex);
    if (cache.stamp == stamp && cache.extractor)
        return cache.extractor;
    cache.stamp = stamp;
    cache.extractor =
        std::make_shared<const EntityExtractor>(CorpusNames::teach(*model, shippedLexicon, *names));
    return cache.extractor;
}

std::shared_ptr<const EntityExtractor> CorpusEntityModel::adaptedExtractor(QString *stamp,
                                                                           QString *problem) const
{
    const std::optional<Info> adapted = info();
    if (!adapted)
        return shipped();
    *stamp = QStringLiteral("%1|%2|%3|%4")
                 .arg(adapted->created, adapted->coder)
                 .arg(adapted->names)
                 .arg(adapted->bytes);
    LoadedModel &cache = loaded();
    std::lock_guard lock(cache.mutex);
    if (cache.stamp == *stamp && cache.extractor)
        return cache.extractor;
    SqlQuery query(m_db.sql());
    QString error;
    std::unique_ptr<EntityModel> model;
    if (!query.exec(QStringLiteral("SELECT model FROM entity_models WHERE name = ?"), {Adapted}) ||
        !query.next())
        error = query.errorText();
    else
        model = EntityModel::fromBytes(query.value(0).toByteArray(), tr("The corpus's adapted entity model"),
                                       &error);
    if (!model) {
        if (problem)
            *problem = tr("%1 Entities are extracted with the shipped model.").arg(error);
        *stamp = QStringLiteral("shipped");
        return shipped();
    }
    cache.stamp = *stamp;
    cache.extractor = std::make_shared<const EntityExtractor>(std::move(model));
    return cache.extractor;
}

bool CorpusEntityModel::save(const EntityModel &model, qint64 names, const QString &coder)
{
    SqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral("DELETE FROM entity_models WHERE name = ?"), {Adapted}) &&
        query.exec(QStringLiteral("INSERT INTO entity_models (name, model, names, coder, created)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {Adapted, model.bytes(), names, SqlQuery::notNull(coder),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}))
        return true;
    m_error = query.errorText();
    return false;
}

bool CorpusEntityModel::remove()
{
    SqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral("DELETE FROM entity_models WHERE name = ?"), {Adapted}))
        return true;
    m_error = query.errorText();
    return false;
}

} // namespace Pizhu
