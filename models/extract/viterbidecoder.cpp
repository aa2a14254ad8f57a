// SPDX-License-Identifier: GPL-3.0-or-later
#include "viterbidecoder.h"

#include <limits>

namespace Pizhu {

namespace {

constexpr float Forbidden = -std::numeric_limits<float>::infinity();
constexpr int Count = EntityLabelCount;

} // namespace

ViterbiDecoder::ViterbiDecoder(const Transitions &transitions, const Starts &starts)
    : m_transitions(transitions)
    , m_starts(starts)
{
}

std::vector<EntityLabel> ViterbiDecoder::decode(const std::vector<float> &emissions) const
{
    const size_t length = emissions.size() / Count;
    std::vector<EntityLabel> labels(length, EntityLabel::Outside);
    if (length == 0)
        return labels;
    std::array<float, Count> score;
    for (int to = 0; to < Count; ++to)
        score[size_t(to)] = EntityLabels::allowedFirst(EntityLabel(to))
                                ? m_starts[size_t(to)] + emissions[size_t(to)]
                                : Forbidden;
    std::array<bool, Count * Count> allowed;
    for (int from = 0; from < Count; ++from) {
        for (int to = 0; to < Count; ++to)
            allowed[size_t(from * Count + to)] = EntityLabels::allowed(EntityLabel(from), EntityLabel(to));
    }
    std::vector<quint8> back(length * Count, 0);
    for (size_t i = 1; i < length; ++i) {
        std::array<float, Count> next;
        for (int to = 0; to < Count; ++to) {
            float best = Forbidden;
            int from = 0;
            for (int candidate = 0; candidate < Count; ++candidate) {
                if (!allowed[size_t(candidate * Count + to)])
                    continue;
                const float s = score[size_t(candidate)] + m_transitions[size_t(candidate * Count + to)];
                if (s > best) {
                    best = s;
                    from = candidate;
                }
            }
            next[size_t(to)] = best + emissions[i * Count + size_t(to)];
            back[i * Count + size_t(to)] = quint8(from);
        }
        score = next;
    }
    int last = 0;
    for (int to = 1; to < Count; ++to) {
        if (score[size_t(to)] > score[size_t(last)])
            last = to;
    }
    for (size_t i = length; i-- > 0;) {
        labels[i] = EntityLabel(last);
        last = back[i * Count + size_t(last)];
    }
    return labels;
}

} // namespace Pizhu
