// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreport.h"

#include "agreementstudy.h"

#include <QJsonArray>
#include <cmath>

namespace Pizhu {

namespace {

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

QJsonObject figuresJson(const AgreementFigures &figures)
{
    return {{QStringLiteral("units"), figures.units},
            {QStringLiteral("pairable"), figures.pairable},
            {QStringLiteral("percent"), number(figures.percent)},
            {QStringLiteral("cohen"), number(figures.cohen)},
            {QStringLiteral("fleiss"), number(figures.fleiss)},
            {QStringLiteral("alpha"), number(figures.alpha)}};
}

QJsonObject tagJson(const TagAgreement &tag)
{
    QJsonObject object{
        {QStringLiteral("articles"), figuresJson(tag.articles)},
        {QStringLiteral("characters"), figuresJson(tag.characters)},
        {QStringLiteral("unitizing"), QJsonObject{{QStringLiteral("observed"), tag.unitizing.observed},
                                                  {QStringLiteral("expected"), tag.unitizing.expected},
                                                  {QStringLiteral("alpha"), number(tag.unitizingAlpha)}}}};
    if (tag.tagId)
        object.insert(QStringLiteral("tag"), tag.tagPath);
    return object;
}

} // namespace

QString AgreementReport::figure(double value)
{
    return std::isnan(value) ? QStringLiteral("—") : QString::number(value, 'f', 3);
}

QJsonObject AgreementReport::json(const AgreementStudy &study)
{
    QJsonArray tags;
    for (const TagAgreement &tag : study.results()) {
        if (tag.tagId)
            tags.append(tagJson(tag));
    }
    return {{QStringLiteral("coders"), QJsonArray::fromStringList(study.snapshot().coders)},
            {QStringLiteral("articles"), study.snapshot().articles.size()},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("overall"), tagJson(study.results().constLast())},
            {QStringLiteral("disagreements"), study.disagreements().size()}};
}

QString AgreementReport::text(const AgreementStudy &study)
{
    QStringList lines;
    lines << tr("Coders: %1; articles coded by any of them: %2")
                 .arg(study.snapshot().coders.join(tr(", ")))
                 .arg(study.snapshot().articles.size());
    lines << tr("%1  | whole-article tags: %2 %3 %4 %5 %6 | passages, by character: %7 %8 %9 %10 | α_u")
                 .arg(tr("tag"), -24)
                 .arg(tr("units"), 6)
                 .arg(tr("%"), 6)
                 .arg(tr("κ"), 6)
                 .arg(tr("Fleiss"), 6)
                 .arg(tr("α"), 6)
                 .arg(tr("%"), 6)
                 .arg(tr("κ"), 6)
                 .arg(tr("Fleiss"), 6)
                 .arg(tr("α"), 6);
    for (const TagAgreement &tag : study.results()) {
        lines << QStringLiteral("%1  | %2 %3 %4 %5 %6 | %7 %8 %9 %10 | %11")
                     .arg(tag.tagId ? tag.tagPath : tr("(all tags)"), -24)
                     .arg(tag.articles.units, 6)
                     .arg(figure(tag.articles.percent), 6)
                     .arg(figure(tag.articles.cohen), 6)
                     .arg(figure(tag.articles.fleiss), 6)
                     .arg(figure(tag.articles.alpha), 6)
                     .arg(figure(tag.characters.percent), 6)
                     .arg(figure(tag.characters.cohen), 6)
                     .arg(figure(tag.characters.fleiss), 6)
                     .arg(figure(tag.characters.alpha), 6)
                     .arg(figure(tag.unitizingAlpha));
    }
    lines << tr("Places where the coders disagree: %1").arg(study.disagreements().size());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Pizhu
