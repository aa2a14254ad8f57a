// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodeltrainer.h"

#include "entitymodel.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace Pizhu {

namespace {

constexpr int Count = EntityLabelCount;

} // namespace

EntityModelTrainer::EntityModelTrainer(EntityLexicon lexicon)
    : m_lexicon(std::move(lexicon))
    , m_features(m_lexicon)
{
}

void EntityModelTrainer::add(const std::u32string &text, const QList<LabelledSpan> &names,
                             const QList<LabelledSpan> &unknown)
{
    if (text.empty())
        return;
    const FeatureRows rows = m_features.of(text);
    Sentence sentence;
    sentence.offsets = rows.offsets;
    sentence.features.reserve(rows.keys.size());
    for (const quint32 key : rows.keys) {
        const auto [slot, inserted] = m_index.try_emplace(key, quint32(m_keys.size()));
        if (inserted) {
            m_keys.push_back(key);
            m_weights.resize(m_weights.size() + Count, 0.0f);
            m_totals.resize(m_totals.size() + Count, 0.0f);
        }
        sentence.features.push_back(slot->second);
    }
    sentence.gold = EntityLabels::fromSpans(names, qsizetype(text.size()));
    if (!unknown.isEmpty()) {
        sentence.known.assign(text.size(), true);
        for (const LabelledSpan &span : unknown) {
            for (qsizetype i = std::max<qsizetype>(span.start, 0);
                 i < std::min(span.end, qsizetype(text.size())); ++i)
                sentence.known[size_t(i)] = false;
        }
    }
    m_sentences.push_back(std::move(sentence));
}

std::vector<EntityLabel> EntityModelTrainer::decode(const Sentence &sentence) const
{
    const size_t length = sentence.gold.size();
    std::vector<float> emissions(length * Count, 0.0f);
    for (size_t i = 0; i < length; ++i) {
        float *scores = emissions.data() + i * Count;
        for (quint32 k = sentence.offsets[i]; k < sentence.offsets[i + 1]; ++k) {
            const float *row = m_weights.data() + size_t(sentence.features[k]) * Count;
            for (int l = 0; l < Count; ++l)
                scores[l] += row[l];
        }
    }
    return ViterbiDecoder(m_transitions, m_starts).decode(emissions);
}

void EntityModelTrainer::step(float &weight, float &total, float delta) const
{
    weight += delta;
    total += m_step * delta;
}

void EntityModelTrainer::update(const Sentence &sentence, const std::vector<EntityLabel> &predicted)
{
    const std::vector<EntityLabel> &gold = sentence.gold;
    const auto known = [&](size_t i) {
        return sentence.known.empty() || sentence.known[i];
    };
    for (size_t i = 0; i < gold.size(); ++i) {
        if (!known(i))
            continue;
        const int right = int(gold[i]);
        const int wrong = int(predicted[i]);
        if (right != wrong) {
            for (quint32 k = sentence.offsets[i]; k < sentence.offsets[i + 1]; ++k) {
                const size_t row = size_t(sentence.features[k]) * Count;
                step(m_weights[row + size_t(right)], m_totals[row + size_t(right)], 1.0f);
                step(m_weights[row + size_t(wrong)], m_totals[row + size_t(wrong)], -1.0f);
            }
        }
        if (i == 0) {
            if (right != wrong) {
                step(m_starts[size_t(right)], m_startTotals[size_t(right)], 1.0f);
                step(m_starts[size_t(wrong)], m_startTotals[size_t(wrong)], -1.0f);
            }
            continue;
        }
        if (!known(i - 1))
            continue;
        const size_t rightPair = size_t(int(gold[i - 1]) * Count + right);
        const size_t wrongPair = size_t(int(predicted[i - 1]) * Count + wrong);
        if (rightPair != wrongPair) {
            step(m_transitions[rightPair], m_transitionTotals[rightPair], 1.0f);
            step(m_transitions[wrongPair], m_transitionTotals[wrongPair], -1.0f);
        }
    }
}

EntityModelTrainer::Pass EntityModelTrainer::train(quint32 seed)
{
    std::vector<size_t> order(m_sentences.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    Pass pass;
    for (const size_t index : order) {
        const Sentence &sentence = m_sentences[index];
        const std::vector<EntityLabel> predicted = decode(sentence);
        bool wrong = false;
        for (size_t i = 0; i < predicted.size(); ++i) {
            if (predicted[i] != sentence.gold[i] && (sentence.known.empty() || sentence.known[i])) {
                ++pass.wrong;
                wrong = true;
            }
        }
        pass.positions += qsizetype(predicted.size());
        if (wrong)
            update(sentence, predicted);
        m_step += 1;
    }
    return pass;
}

std::unique_ptr<EntityModel> EntityModelTrainer::model(qsizetype maxFeatures) const
{
    const auto averaged = [this](float weight, float total) {
        return weight - total / m_step;
    };
    std::vector<std::pair<float, quint32>> strength;
    strength.reserve(m_keys.size());
    for (size_t f = 0; f < m_keys.size(); ++f) {
        float largest = 0;
        for (int l = 0; l < Count; ++l)
            largest = std::max(largest, std::abs(averaged(m_weights[f * Count + size_t(l)],
                                                          m_totals[f * Count + size_t(l)])));
        if (largest > 0)
            strength.emplace_back(largest, quint32(f));
    }
    if (qsizetype(strength.size()) > maxFeatures) {
        std::nth_element(strength.begin(), strength.begin() + maxFeatures, strength.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        strength.resize(size_t(maxFeatures));
    }
    std::vector<quint32> keys;
    std::vector<EntityModel::LabelWeights> weights;
    keys.reserve(strength.size());
    weights.reserve(strength.size());
    for (const auto &[largest, f] : strength) {
        keys.push_back(m_keys[f]);
        EntityModel::LabelWeights row;
        for (int l = 0; l < Count; ++l)
            row[size_t(l)] = averaged(m_weights[f * Count + size_t(l)], m_totals[f * Count + size_t(l)]);
        weights.push_back(row);
    }
    ViterbiDecoder::Transitions transitions;
    for (size_t i = 0; i < transitions.size(); ++i)
        transitions[i] = averaged(m_transitions[i], m_transitionTotals[i]);
    ViterbiDecoder::Starts starts;
    for (size_t i = 0; i < starts.size(); ++i)
        starts[i] = averaged(m_starts[i], m_startTotals[i]);
    return std::make_unique<EntityModel>(m_lexicon, keys, weights, transitions, starts);
}

} // namespace Pizhu
