// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>
#include <vector>

namespace Pizhu {

/** The kinds of name the entity model learns: places are learned so that they stop being taken for
 * organisations. */
enum class NameClass : quint8
{
    Person,
    Organization,
    Place,
};

/** One character's tag in the BIO scheme: outside any name, or beginning or inside one of a class. */
enum class EntityLabel : quint8
{
    Outside,
    PersonBegin,
    PersonInside,
    OrganizationBegin,
    OrganizationInside,
    PlaceBegin,
    PlaceInside,
};

constexpr int EntityLabelCount = 7;

/** A name found or annotated in a text, in positions of the sequence labelled (end exclusive). */
struct LabelledSpan
{
    NameClass nameClass = NameClass::Person;
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const LabelledSpan &, const LabelledSpan &) = default;
};

namespace EntityLabels {

/** Whether \a to may follow \a from: a name's inside continues a beginning or inside of the same class. */
bool allowed(EntityLabel from, EntityLabel to);
/** Whether a sequence may start with \a label (not with an inside). */
bool allowedFirst(EntityLabel label);

/** The labels of a sequence of \a length positions with \a spans marked; overlapping spans keep the first. */
std::vector<EntityLabel> fromSpans(const QList<LabelledSpan> &spans, qsizetype length);
/** The names a label sequence marks; an inside with no beginning starts a name, as a decoder never makes. */
QList<LabelledSpan> toSpans(const std::vector<EntityLabel> &labels);

} // namespace EntityLabels

} // namespace Pizhu
