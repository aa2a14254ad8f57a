// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfields.h"

#include "articleparser.h"
#include "bylineparser.h"
#include "datefinder.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Pizhu {

namespace {

enum class Field
{
    Title,
    Text,
    Date,
    Outlet,
    Url,
    Author,
    Other,
};

Field fieldOf(const QString &name)
{
    static const QList<QPair<Field, QStringList>> names = {
        {Field::Title,
         {QStringLiteral("title"), QStringLiteral("headline"), QStringLiteral("标题"),
          QStringLiteral("標題")}},
        {Field::Text,
         {QStringLiteral("text"), QStringLiteral("content"), QStringLiteral("body"), QStringLiteral("正文"),
          QStringLiteral("内容"), QStringLiteral("內容")}},
        {Field::Date,
         {QStringLiteral("date"), QStringLiteral("published"), QStringLiteral("pubdate"),
          QStringLiteral("publish_time"), QStringLiteral("time"), QStringLiteral("datetime"),
          QStringLiteral("日期"), QStringLiteral("时间"), QStringLiteral("時間")}},
        {Field::Outlet,
         {QStringLiteral("source"), QStringLiteral("outlet"), QStringLiteral("media"), QStringLiteral("来源"),
          QStringLiteral("來源")}},
        {Field::Url, {QStringLiteral("url"), QStringLiteral("link")}},
        {Field::Author,
         {QStringLiteral("author"), QStringLiteral("authors"), QStringLiteral("byline"),
          QStringLiteral("作者")}},
    };
    const QString key = name.trimmed().toLower();
    for (const auto &[field, aliases] : names) {
        if (aliases.contains(key))
            return field;
    }
    return Field::Other;
}

QString isoDate(const QString &value)
{
    // "2018-11-05 10:00" keeps the precision it was written with; "2018-11-05T10:00:00+08:00" is ISO.
    const QDateTime iso =
        value.contains(QLatin1Char('T')) ? QDateTime::fromString(value.trimmed(), Qt::ISODate) : QDateTime();
    if (iso.isValid())
        return value.trimmed().size() <= 10 ? iso.date().toString(Qt::ISODate)
                                            : iso.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const auto found = DateFinder::find(value);
    return found ? found->iso : QString();
}

QList<Byline> authorsOf(const QString &value)
{
    if (const auto parsed = BylineParser::parse(value))
        return *parsed;
    QList<Byline> bylines;
    static const QRegularExpression separators(QStringLiteral("[,，、;；/]+"));
    for (const QString &name : value.split(separators, Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            bylines.append({name.trimmed(), {}});
    }
    return bylines;
}

// Scraped bodies often run paragraphs together on one line, marked only by ideographic-space indents.
QString splitIndentedParagraphs(const QString &text)
{
    static const QRegularExpression indent(QStringLiteral("(?<=\\S)[ \\t]*\\x{3000}{2,}"));
    return QString(text).replace(indent, QStringLiteral("\n"));
}

} // namespace

bool RecordFields::hasTextField(const QStringList &names)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [](const QString &n) { return fieldOf(n) == Field::Text; });
}

bool RecordFields::hasTitleField(const QStringList &names)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [](const QString &n) { return fieldOf(n) == Field::Title; });
}

std::optional<Article> RecordFields::toArticle(const Fields &fields, QString *error)
{
    QString title, text, date, outlet, url, author;
    QMap<QString, QString> attributes;
    for (const auto &[name, value] : fields) {
        switch (fieldOf(name)) {
        case Field::Title:
            title = value.simplified();
            break;
        case Field::Text:
            text = value;
            break;
        case Field::Date:
            date = value;
            break;
        case Field::Outlet:
            outlet = value.trimmed();
            break;
        case Field::Url:
            url = value.trimmed();
            break;
        case Field::Author:
            author = value.trimmed();
            break;
        case Field::Other:
            if (!value.isEmpty())
                attributes.insert(name, value);
            break;
        }
    }
    if (text.trimmed().isEmpty()) {
        *error = tr("the record has no text (a text, content or body field)");
        return std::nullopt;
    }
    if (text.size() > 50 * 1024 * 1024) {
        *error = tr("the record's text is larger than 50 MB");
        return std::nullopt;
    }
    QString body =
        splitIndentedParagraphs(QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    if (title.isEmpty()) {
        // No title field: the first line of the text is the title.
        const qsizetype newline = body.trimmed().indexOf(QLatin1Char('\n'));
        title = newline < 0 ? QString() : body.trimmed().left(newline).simplified();
        body = body.trimmed().mid(newline + 1);
    }
    if (title.isEmpty()) {
        *error = tr("the record has no title (a title field, or a first line of text)");
        return std::nullopt;
    }
    Article article = ArticleParser::parseBody(title, body);
    if (article.paragraphs.isEmpty()) {
        *error = tr("the record's text holds no paragraphs");
        return std::nullopt;
    }
    if (!date.trimmed().isEmpty()) {
        article.published = isoDate(date);
        if (article.published.isEmpty())
            attributes.insert(QStringLiteral("date"), date); // kept, not guessed
    }
    if (!outlet.isEmpty())
        article.outlet = outlet;
    if (!author.isEmpty())
        article.bylines = authorsOf(author);
    article.url = url;
    article.attributes = attributes;
    return article;
}

} // namespace Pizhu
