// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "characterfeatures.h"
#include "entitylabel.h"
#include "entitylexicon.h"
#include "probingtable.h"
#include "viterbidecoder.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Pizhu {

/**
 * The trained entity model: a linear scorer of each character's labels over CharacterFeatures,
 * with label transitions, decoded by ViterbiDecoder; and the lexicon its features were trained
 * with. Weights are 16-bit with one scale, kept beside their feature's key in an open-addressing
 * table (one cache line read per feature), each label's relative to Outside: adding the same to
 * every label of a position changes no path, so Outside's weight need not be stored.
 * Files are written by save() and read by load(), which refuses, with a message naming the file
 * and the reason, anything else.
 */
class EntityModel
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::EntityModel)

public:
    using LabelWeights = std::array<float, EntityLabelCount>;

    /** A model of \a keys with their \a weights (one row per key), quantised. */
    EntityModel(EntityLexicon lexicon, const std::vector<quint32> &keys,
                const std::vector<LabelWeights> &weights, const ViterbiDecoder::Transitions &transitions,
                const ViterbiDecoder::Starts &starts);
    EntityModel(const EntityModel &) = delete;
    EntityModel &operator=(const EntityModel &) = delete;

    static std::unique_ptr<EntityModel> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
    /** The model as save() writes it, to be kept elsewhere (a corpus's adapted model). */
    QByteArray bytes() const;
    /** A model from what bytes() gave; \a name names it in error messages. */
    static std::unique_ptr<EntityModel> fromBytes(const QByteArray &bytes, const QString &name,
                                                  QString *error);

    /** The names in \a text, in code point offsets of \a text. */
    QList<LabelledSpan> find(QStringView text) const;
    /** The labels of a normalised text (CharacterFeatures::normalised). */
    std::vector<EntityLabel> label(const std::u32string &text) const;

    qsizetype featureCount() const { return qsizetype(m_weights->size()); }
    const EntityLexicon &lexicon() const { return m_lexicon; }
    /**
     * This model's weights, shared, with \a lexicon in place of its own (a corpus's adaptation of
     * it): a copy of the lexicon, not of the weights.
     */
    std::unique_ptr<EntityModel> withLexicon(EntityLexicon lexicon) const;

private:
    EntityModel() = default;
    static constexpr int StoredLabels = EntityLabelCount - 1;
    using StoredWeights = std::array<qint16, StoredLabels>;

    struct RawWeights;
    using WeightTable = ProbingTable<quint32, StoredWeights>;

    /** Reads a file of version 2: one packed block, the weights and then the lexicon. */
    bool readOneBlock(const QByteArray &bytes, const QString &name, QString *error);
    /** Reads a file of version 3: the weights and the lexicon packed apart, read at the same time. */
    bool readTwoBlocks(const QByteArray &bytes, quint32 weightsSize, const QString &name, QString *error);
    /** The scale, transitions, starts and rows of weights; false, with \a error set, when not whole. */
    bool readWeights(QDataStream &in, RawWeights &raw, const QString &name, QString *error);
    static std::shared_ptr<const WeightTable> tableOf(const RawWeights &raw);

    EntityLexicon m_lexicon;
    std::unique_ptr<CharacterFeatures> m_features;

    /// by feature key; shared by the models that differ only in their lexicon (withLexicon())
    std::shared_ptr<const WeightTable> m_weights;
    float m_scale = 1;
    ViterbiDecoder::Transitions m_transitions{};
    ViterbiDecoder::Starts m_starts{};
};

} // namespace Pizhu
