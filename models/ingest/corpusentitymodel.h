// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace Pizhu {

class CorpusDatabase;
class EntityExtractor;
class EntityModel;

/**
 * The entity model a corpus adapted from its researchers' corrections (AdaptModelJob), kept in the
 * corpus (table entity_models) so that every window, job and coder of a team extracts with it;
 * and the extractor to use for the corpus: that model, or the shipped one when it has none, with
 * the names the researchers confirmed or added since (CorpusNames) in its lexicon.
 */
class CorpusEntityModel
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusEntityModel)

public:
    explicit CorpusEntityModel(CorpusDatabase &db);

    struct Info
    {
        qint64 names = 0; ///< the corpus's names it learned
        QString coder;
        QString created;
        qint64 bytes = 0;
    };
    /** The corpus's adapted model, if it has one. */
    std::optional<Info> info() const;

    /**
     * The extractor for the corpus, which knows the corpus's names as they are now. A damaged
     * adapted model is not used: the shipped one is, and \a problem says why. Models are shared
     * while the corpus keeps the same model and names.
     */
    std::shared_ptr<const EntityExtractor> extractor(QString *problem = nullptr) const;

    /** Keeps \a model as the corpus's adapted model, in place of any before it. */
    bool save(const EntityModel &model, qint64 names, const QString &coder);
    /** Drops the adapted model: extraction goes back to the shipped one. */
    bool remove();

    QString errorString() const { return m_error; }

private:
    /** The adapted model's extractor, or the shipped one; \a stamp identifies it. */
    std::shared_ptr<const EntityExtractor> adaptedExtractor(QString *stamp, QString *problem) const;

    CorpusDatabase &m_db;
    QString m_error;
};

} // namespace Pizhu
