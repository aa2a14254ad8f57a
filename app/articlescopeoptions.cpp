// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlescopeoptions.h"

#include "search/articlelistquery.h"
#include "store/articlesetstore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QRegularExpression>

namespace Pizhu {

namespace {

/** Whether \a value is a year, a month or a day as ISO 8601 writes them ("2020", "2020-02", "2020-02-01"). */
bool isDatePrefix(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    if (!shape.match(value).hasMatch())
        return false;
    const QString day = value + QStringLiteral("-01-01").right(10 - value.size());
    return QDate::fromString(day, Qt::ISODate).isValid();
}

} // namespace

void ArticleScopeOptions::add(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("from"), tr("Only articles published from this year, month or day on."), tr("DATE")});
    parser.addOption({QStringLiteral("to"),
                      tr("Only articles published up to the end of this year, month or day."), tr("DATE")});
    parser.addOption(
        {QStringLiteral("outlet"), tr("Only articles from this outlet (repeat for several)."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("written-in"),
         tr("Only articles written in this script: simplified, traditional or mixed (repeat for several)."),
         tr("SCRIPT")});
    parser.addOption({QStringLiteral("attribute"),
                      tr("Only articles whose imported attribute has this value, as NAME=VALUE "
                         "(category=财经; NAME= for any value; repeat: each must hold)."),
                      tr("NAME=VALUE")});
    parser.addOption({QStringLiteral("status"),
                      tr("Only articles with this coding status: coded, check, excluded or not-coded "
                         "(repeat for several)."),
                      tr("STATUS")});
    parser.addOption({QStringLiteral("set"), tr("Only the articles of this saved article set."), tr("NAME")});
}

bool ArticleScopeOptions::isSet(const QCommandLineParser &parser)
{
    for (const char *name : {"from", "to", "outlet", "written-in", "attribute", "status", "set"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

QString ArticleScopeOptions::read(const QCommandLineParser &parser, ArticleFilter *filter)
{
    for (const QString &bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (parser.isSet(bound) && !isDatePrefix(parser.value(bound)))
            return tr("--%1 takes a year, a month or a day (2020, 2020-02, 2020-02-01), not “%2”")
                .arg(bound, parser.value(bound));
    }
    filter->dateFrom = parser.value(QStringLiteral("from"));
    filter->dateTo = parser.value(QStringLiteral("to"));
    filter->outlets = parser.values(QStringLiteral("outlet"));
    for (const QString &name : parser.values(QStringLiteral("written-in"))) {
        if (name != QLatin1String("simplified") && name != QLatin1String("traditional") &&
            name != QLatin1String("mixed"))
            return tr("--written-in takes simplified, traditional or mixed, not “%1”").arg(name);
        filter->scripts << scriptFromName(name);
    }
    for (const QString &condition : parser.values(QStringLiteral("attribute"))) {
        const qsizetype equals = condition.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return tr("--attribute takes NAME=VALUE (category=财经), not “%1”").arg(condition);
        filter->attributes << AttributeCondition{condition.left(equals), condition.mid(equals + 1)};
    }
    for (const QString &name : parser.values(QStringLiteral("status"))) {
        const std::optional<CodingStatus> status = codingStatusFromName(name);
        if (!status)
            return tr("--status takes coded, check, excluded or not-coded, not “%1”").arg(name);
        filter->statuses << *status;
    }
    return {};
}

QString ArticleScopeOptions::readSet(const QCommandLineParser &parser, CorpusDatabase &db,
                                     ArticleFilter *filter)
{
    if (!parser.isSet(QStringLiteral("set")))
        return {};
    const QString name = parser.value(QStringLiteral("set"));
    ArticleSetStore sets(db);
    const std::optional<ArticleSet> set = sets.findByName(name);
    if (!set) {
        if (!sets.errorString().isEmpty())
            return sets.errorString();
        QStringList names;
        for (const ArticleSet &each : sets.all())
            names << each.name;
        return names.isEmpty() ? tr("there is no article set “%1”; the corpus has none saved").arg(name)
                               : tr("there is no article set “%1”; the corpus has: %2")
                                     .arg(name, names.join(QStringLiteral(", ")));
    }
    filter->articleSetId = set->id;
    return {};
}

} // namespace Pizhu
