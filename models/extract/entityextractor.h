// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"
#include "text/scriptconverter.h"

#include <memory>

namespace Pizhu {

struct Article;
class EntityModel;

/**
 * The whole extraction: people, organisations and figures, found in the simplified shadow of a
 * text (DESIGN.md, decision 2) and mapped back to code point offsets in the original, grouped
 * into one entity per name or quantity. People come first, then figures, and organisations take
 * what is left, so no two mentions overlap.
 */
class EntityExtractor
{
public:
    static const EntityExtractor &instance();

    /** The entities of \a original, whose simplified shadow is \a shadow, in order of first mention. */
    QList<ExtractedEntity> extract(const QString &original, const Conversion &shadow) const;
    /**
     * The entities of an article's body, and the people its bylines and editor line credit; the
     * article's shadow is used when it has one, and made otherwise.
     */
    QList<ExtractedEntity> extract(const Article &article) const;

    /** Extraction with the entity model in \a modelPath; without one (missing or damaged), by rule. */
    explicit EntityExtractor(const QString &modelPath);
    /** Extraction with \a model (a corpus's adapted one), which must not be null. */
    explicit EntityExtractor(std::unique_ptr<EntityModel> model);
    ~EntityExtractor();

    /** The entity model in use, or nullptr when names are found by rule alone. */
    const EntityModel *model() const { return m_model.get(); }

    /** Why the entity model could not be loaded, or empty when it is in use. */
    QString modelError() const { return m_modelError; }

private:
    std::unique_ptr<EntityModel> m_model;
    QString m_modelError;
    bool m_hasCorpusNames = false; ///< whether the model's lexicon holds a corpus's own names
};

} // namespace Pizhu
