// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include <QJsonArray>

namespace Pizhu {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ArticleJson::summary(const Article &article)
{
    QJsonArray bylines;
    for (const Byline &byline : article.bylines)
        bylines.append(QJsonObject{{QStringLiteral("name"), byline.name},
                                   {QStringLiteral("role"), textOrNull(byline.role)}});
    return {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("subtitle"), textOrNull(article.subtitle)},
        {QStringLiteral("published"), textOrNull(article.published)},
        {QStringLiteral("outlet"), textOrNull(article.outlet)},
        {QStringLiteral("bylines"), bylines},
        {QStringLiteral("editor"), textOrNull(article.editor)},
        {QStringLiteral("script"), scriptName(article.script)},
        {QStringLiteral("encoding"), article.encoding},
        {QStringLiteral("source_path"), article.sourcePath},
        {QStringLiteral("paragraphs"), int(article.paragraphs.size())},
    };
}

QJsonObject ArticleJson::full(const Article &article)
{
    QJsonObject object = summary(article);
    object.insert(QStringLiteral("text"), article.body());
    object.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(article.paragraphs));
    object.insert(QStringLiteral("url"), textOrNull(article.url));
    QJsonArray images;
    QJsonArray asides;
    for (const AsideLine &line : article.asides) {
        if (line.role == LineRole::Image) {
            images.append(QJsonObject{{QStringLiteral("before_paragraph"), line.beforeParagraph},
                                      {QStringLiteral("file"), line.text},
                                      {QStringLiteral("caption"), textOrNull(line.caption)}});
        } else {
            asides.append(QJsonObject{{QStringLiteral("before_paragraph"), line.beforeParagraph},
                                      {QStringLiteral("role"), lineRoleName(line.role)},
                                      {QStringLiteral("text"), line.text}});
        }
    }
    object.insert(QStringLiteral("images"), images);
    object.insert(QStringLiteral("set_aside"), asides);
    QJsonObject attributes;
    for (auto it = article.attributes.cbegin(); it != article.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    object.insert(QStringLiteral("attributes"), attributes);
    return object;
}

QJsonObject ArticleJson::record(const Article &article)
{
    QJsonObject object = summary(article);
    object.remove(QStringLiteral("id"));
    object.remove(QStringLiteral("paragraphs"));
    object.insert(QStringLiteral("url"), textOrNull(article.url));
    object.insert(QStringLiteral("content_hash"), article.contentHash);
    QJsonArray lines;
    for (const AsideLine &line : article.asides)
        lines.append(QJsonObject{{QStringLiteral("before_paragraph"), line.beforeParagraph},
                                 {QStringLiteral("role"), lineRoleName(line.role)},
                                 {QStringLiteral("text"), line.text},
                                 {QStringLiteral("caption"), textOrNull(line.caption)}});
    object.insert(QStringLiteral("lines"), lines);
    QJsonObject attributes;
    for (auto it = article.attributes.cbegin(); it != article.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    object.insert(QStringLiteral("attributes"), attributes);
    return object;
}

Article ArticleJson::fromRecord(const QJsonObject &record, const QStringList &paragraphs)
{
    const auto text = [&record](const char *name) {
        return record.value(QLatin1String(name)).toString();
    };
    Article article;
    article.title = text("title");
    article.subtitle = text("subtitle");
    article.published = text("published");
    article.outlet = text("outlet");
    for (const QJsonValue &value : record.value(QLatin1String("bylines")).toArray())
        article.bylines.append(
            {value[QLatin1String("name")].toString(), value[QLatin1String("role")].toString()});
    article.editor = text("editor");
    article.paragraphs = paragraphs;
    for (const QJsonValue &value : record.value(QLatin1String("lines")).toArray())
        article.asides.append({value[QLatin1String("before_paragraph")].toInt(),
                               lineRoleFromName(value[QLatin1String("role")].toString()),
                               value[QLatin1String("text")].toString(),
                               value[QLatin1String("caption")].toString()});
    article.script = scriptFromName(text("script"));
    article.url = text("url");
    const QJsonObject attributes = record.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        article.attributes.insert(it.key(), it.value().toString());
    article.encoding = text("encoding");
    article.sourcePath = text("source_path");
    article.contentHash = text("content_hash");
    return article;
}

QJsonObject ArticleJson::entity(const ExtractedEntity &entity, const QList<TextSpan> &mentions)
{
    QJsonArray spans;
    for (const TextSpan &span : mentions)
        spans.append(QJsonArray{span.start, span.end});
    QJsonObject object{{QStringLiteral("type"), entityTypeCode(entity.type)},
                       {QStringLiteral("text"), entity.text},
                       {QStringLiteral("mentions"), spans}};
    const auto add = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    add("role", entity.role);
    if (entity.value)
        object.insert(QStringLiteral("value"), *entity.value);
    add("unit", entity.unit);
    add("approx", entity.approx);
    add("counts", entity.counts);
    return object;
}

} // namespace Pizhu
