// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityscore.h"

namespace Pizhu::Bench {

void EntityScore::add(const QList<Span> &predicted, const QList<Span> &gold, const QString &type)
{
    QList<Span> p;
    QList<Span> g;
    for (const Span &s : predicted) {
        if (s.type == type)
            p.append(s);
    }
    for (const Span &s : gold) {
        if (s.type == type)
            g.append(s);
    }
    m_exact.predicted += int(p.size());
    m_exact.gold += int(g.size());
    m_overlap.predicted += int(p.size());
    m_overlap.gold += int(g.size());
    for (const Span &a : p) {
        m_exact.truePositive += std::any_of(
            g.cbegin(), g.cend(), [&](const Span &b) { return a.start == b.start && a.end == b.end; });
        m_overlap.truePositive += std::any_of(
            g.cbegin(), g.cend(), [&](const Span &b) { return a.start < b.end && b.start < a.end; });
    }
    for (const Span &b : g) {
        m_exact.goldFound += std::any_of(p.cbegin(), p.cend(),
                                         [&](const Span &a) { return a.start == b.start && a.end == b.end; });
        m_overlap.goldFound += std::any_of(p.cbegin(), p.cend(),
                                           [&](const Span &a) { return a.start < b.end && b.start < a.end; });
    }
}

void EntityScore::addNames(const QStringList &predicted, const QStringList &gold)
{
    m_exact.predicted += int(predicted.size());
    m_exact.gold += int(gold.size());
    m_overlap.predicted += int(predicted.size());
    m_overlap.gold += int(gold.size());
    const auto overlaps = [](const QString &a, const QString &b) {
        return a.contains(b) || b.contains(a);
    };
    for (const QString &a : predicted) {
        m_exact.truePositive += gold.contains(a);
        m_overlap.truePositive +=
            std::any_of(gold.cbegin(), gold.cend(), [&](const QString &b) { return overlaps(a, b); });
    }
    for (const QString &b : gold) {
        m_exact.goldFound += predicted.contains(b);
        m_overlap.goldFound += std::any_of(predicted.cbegin(), predicted.cend(),
                                           [&](const QString &a) { return overlaps(a, b); });
    }
}

QString EntityScore::format(const Counts &c)
{
    const double precision = c.predicted ? double(c.truePositive) / c.predicted : 0;
    const double recall = c.gold ? double(c.goldFound) / c.gold : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return QStringLiteral("P %1 R %2 F1 %3")
        .arg(precision, 0, 'f', 3)
        .arg(recall, 0, 'f', 3)
        .arg(f1, 0, 'f', 3);
}

QString EntityScore::summary() const
{
    return QStringLiteral("exact %1 | overlap %2  (gold %3, found %4)")
        .arg(format(m_exact), format(m_overlap))
        .arg(m_exact.gold)
        .arg(m_exact.predicted);
}

} // namespace Pizhu::Bench
