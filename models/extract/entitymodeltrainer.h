// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "characterfeatures.h"
#include "entitylabel.h"
#include "entitylexicon.h"
#include "viterbidecoder.h"

#include <memory>
#include <unordered_map>

namespace Pizhu {

class EntityModel;

/**
 * Trains an EntityModel from annotated sentences with the averaged perceptron: each pass decodes
 * every sentence with the current weights and moves them toward the annotation where the two
 * differ; the model keeps the weights averaged over every step, which generalises better than the
 * last ones. Sentences are visited in a seeded shuffled order, so a run is reproducible.
 */
class EntityModelTrainer
{
public:
    explicit EntityModelTrainer(EntityLexicon lexicon);

    /**
     * Adds a sentence (normalised, CharacterFeatures::normalised) with its names in code point
     * offsets. The characters of \a unknown are not learned from: data whose conventions for some
     * classes differ can teach the others.
     */
    void add(const std::u32string &text, const QList<LabelledSpan> &names,
             const QList<LabelledSpan> &unknown = {});
    qsizetype sentenceCount() const { return qsizetype(m_sentences.size()); }
    qsizetype featureCount() const { return qsizetype(m_keys.size()); }

    /** How many positions one pass labelled wrongly before learning from them, of how many. */
    struct Pass
    {
        qsizetype wrong = 0;
        qsizetype positions = 0;
    };
    Pass train(quint32 seed);

    /**
     * Adds \a word, as \a classes only, to the lexicon the model will carry, not to what the
     * sentences added so far were learned with: the features learned for the lexicon's classes
     * then speak for words no sentence held (a curated list of organisations, later a corpus's
     * own names).
     */
    void addToLexicon(const std::u32string &word, quint8 classes) { m_lexicon.set(word, classes); }

    /** The averaged model, keeping the \a maxFeatures features whose largest weight is largest. */
    std::unique_ptr<EntityModel> model(qsizetype maxFeatures) const;

private:
    struct Sentence
    {
        std::vector<quint32> features; ///< indices into m_keys, row after row
        std::vector<quint32> offsets;
        std::vector<EntityLabel> gold;
        std::vector<bool> known; ///< empty when every position is
    };

    std::vector<EntityLabel> decode(const Sentence &sentence) const;
    void update(const Sentence &sentence, const std::vector<EntityLabel> &predicted);
    void step(float &weight, float &total, float delta) const;

    EntityLexicon m_lexicon;
    CharacterFeatures m_features;
    std::unordered_map<quint32, quint32> m_index; ///< feature key -> index into m_keys
    std::vector<quint32> m_keys;
    std::vector<float> m_weights; ///< EntityLabelCount per feature
    std::vector<float> m_totals;  ///< each update times the step it was made at, for the average
    ViterbiDecoder::Transitions m_transitions{};
    ViterbiDecoder::Transitions m_transitionTotals{};
    ViterbiDecoder::Starts m_starts{};
    ViterbiDecoder::Starts m_startTotals{};
    std::vector<Sentence> m_sentences;
    float m_step = 1; ///< sentences seen, counted from one
};

} // namespace Pizhu
