// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylabel.h"

#include <array>

namespace Pizhu::EntityLabels {

namespace {

bool isInside(EntityLabel label)
{
    return label == EntityLabel::PersonInside || label == EntityLabel::OrganizationInside ||
           label == EntityLabel::PlaceInside;
}

NameClass classOf(EntityLabel label)
{
    return NameClass((int(label) - 1) / 2);
}

EntityLabel beginOf(NameClass nameClass)
{
    return EntityLabel(1 + 2 * int(nameClass));
}

} // namespace

bool allowed(EntityLabel from, EntityLabel to)
{
    // Asked 49 times per character by the decoder: computed once.
    static const auto table = [] {
        std::array<bool, EntityLabelCount * EntityLabelCount> allowed{};
        for (int f = 0; f < EntityLabelCount; ++f) {
            for (int t = 0; t < EntityLabelCount; ++t)
                allowed[size_t(f * EntityLabelCount + t)] =
                    !isInside(EntityLabel(t)) || (EntityLabel(f) != EntityLabel::Outside &&
                                                  classOf(EntityLabel(f)) == classOf(EntityLabel(t)));
        }
        return allowed;
    }();
    return table[size_t(int(from) * EntityLabelCount + int(to))];
}

bool allowedFirst(EntityLabel label)
{
    return !isInside(label);
}

std::vector<EntityLabel> fromSpans(const QList<LabelledSpan> &spans, qsizetype length)
{
    std::vector<EntityLabel> labels(size_t(length), EntityLabel::Outside);
    for (const LabelledSpan &span : spans) {
        const qsizetype start = std::max<qsizetype>(span.start, 0);
        const qsizetype end = std::min(span.end, length);
        if (start >= end)
            continue;
        bool free = true;
        for (qsizetype i = start; i < end && free; ++i)
            free = labels[size_t(i)] == EntityLabel::Outside;
        if (!free)
            continue;
        const EntityLabel begin = beginOf(span.nameClass);
        labels[size_t(start)] = begin;
        for (qsizetype i = start + 1; i < end; ++i)
            labels[size_t(i)] = EntityLabel(int(begin) + 1);
    }
    return labels;
}

QList<LabelledSpan> toSpans(const std::vector<EntityLabel> &labels)
{
    QList<LabelledSpan> spans;
    for (size_t i = 0; i < labels.size(); ++i) {
        const EntityLabel label = labels[i];
        if (label == EntityLabel::Outside)
            continue;
        const bool continues = isInside(label) && !spans.isEmpty() && spans.last().end == qsizetype(i) &&
                               spans.last().nameClass == classOf(label);
        if (continues)
            spans.last().end = qsizetype(i) + 1;
        else
            spans.append({classOf(label), qsizetype(i), qsizetype(i) + 1});
    }
    return spans;
}

} // namespace Pizhu::EntityLabels
