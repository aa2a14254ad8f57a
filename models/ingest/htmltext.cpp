// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include "datefinder.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace Pizhu {

namespace {

using Re = QRegularExpression;

QString metaDate(const QString &html)
{
    static const Re meta(QStringLiteral("<meta\\b[^>]*>"), Re::CaseInsensitiveOption);
    static const Re name(QStringLiteral("(?:name|property|itemprop)\\s*=\\s*[\"']?([\\w:.-]+)"),
                         Re::CaseInsensitiveOption);
    static const Re content(QStringLiteral("content\\s*=\\s*[\"']([^\"']*)[\"']"), Re::CaseInsensitiveOption);
    static const QStringList dateNames = {QStringLiteral("article:published_time"),
                                          QStringLiteral("pubdate"),
                                          QStringLiteral("publishdate"),
                                          QStringLiteral("publish_date"),
                                          QStringLiteral("publish-date"),
                                          QStringLiteral("og:release_date"),
                                          QStringLiteral("datepublished"),
                                          QStringLiteral("dc.date"),
                                          QStringLiteral("date"),
                                          QStringLiteral("weibo:article:create_at")};
    QRegularExpressionMatchIterator it = meta.globalMatch(html);
    while (it.hasNext()) {
        const QString tag = it.next().captured();
        const QString key = name.match(tag).captured(1).toLower();
        if (!dateNames.contains(key))
            continue;
        const QString value = content.match(tag).captured(1).trimmed();
        const QDateTime iso = QDateTime::fromString(value, Qt::ISODate);
        if (iso.isValid())
            return iso.time() == QTime(0, 0) && value.size() <= 10
                       ? iso.date().toString(Qt::ISODate)
                       : iso.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (const auto found = DateFinder::find(value))
            return found->iso;
    }
    return {};
}

QString pageTitle(const QString &html)
{
    static const Re title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                          Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption);
    QString text = HtmlText::decodeEntities(title.match(html).captured(1)).simplified();
    // "标题_新浪网", "标题 - 人民网", "标题|新华网": the site's name goes.
    static const Re siteSuffix(QStringLiteral("\\s*(?:_|\\s-\\s|\\||｜|--)\\s*[^_|｜]{1,30}$"));
    const QString stripped = QString(text).remove(siteSuffix);
    return stripped.size() >= 4 ? stripped : text;
}

} // namespace

bool HtmlText::looksLikeHtml(const QString &text)
{
    static const Re html(
        QStringLiteral("^\\s*(?:<!doctype\\s+html|<html\\b|<head\\b|<\\?xml[^>]*>\\s*<html)"),
        Re::CaseInsensitiveOption);
    return html.match(text.left(1024))
        .hasMatch(); // a copy: match(QStringView) is deprecated from Qt 6.8, matchView() new in 6.5
}

QString HtmlText::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},     {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},     {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("mdash"), QStringLiteral("—")},     {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("hellip"), QStringLiteral("…")},    {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("copy"), QStringLiteral("©")},      {QStringLiteral("ensp"), QStringLiteral(" ")},
        {QStringLiteral("emsp"), QStringLiteral("\u3000")}, {QStringLiteral("times"), QStringLiteral("×")},
    };
    static const Re entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex =
                name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            const char32_t c = char32_t(code);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                replacement = QString::fromUcs4(&c, 1);
        } else {
            replacement = named.value(name.toLower());
        }
        if (replacement.isEmpty())
            continue;
        result += QStringView(text).mid(last, m.capturedStart() - last);
        result += replacement;
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

HtmlText HtmlText::extract(const QString &html)
{
    HtmlText page;
    page.title = pageTitle(html);
    page.publishedIso = metaDate(html);

    static const Re hidden(
        QStringLiteral("<!--.*?-->|<(script|style|noscript|template|svg|head)\\b[^>]*>.*?</\\1\\s*>"),
        Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption);
    static const Re blocks(
        QStringLiteral("<(?:br|/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|"
                       "nav|aside|blockquote|pre|figure|figcaption|dd|dt|dl|hr|title|form))\\b[^>]*>"),
        Re::CaseInsensitiveOption);
    static const Re tags(QStringLiteral("<[^>]*>"));
    static const Re spaces(QStringLiteral("[ \\t\\r\\f\\v]+"));
    QString text = html;
    text.remove(hidden);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(blocks, QStringLiteral("\n"));
    text.remove(tags);
    text = decodeEntities(text);
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString cleaned = QString(line).replace(spaces, QStringLiteral(" ")).trimmed();
        if (!cleaned.isEmpty())
            lines << cleaned;
    }
    page.visibleText = lines.join(QLatin1Char('\n'));
    return page;
}

} // namespace Pizhu
