// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Pizhu {

class CorpusDatabase;
struct ArticleFilter;

/**
 * The options by which a subcommand is limited to some articles, the same for list, export,
 * timeline and cooccurrence: --from, --to, --outlet, --written-in, --attribute, --status and --set.
 */
class ArticleScopeOptions
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleScopeOptions)

public:
    static void add(QCommandLineParser &parser);
    /** Whether any of the options is given. */
    static bool isSet(const QCommandLineParser &parser);
    /** Reads every option but --set into \a filter; what is wrong with them (naming the value), or empty. */
    static QString read(const QCommandLineParser &parser, ArticleFilter *filter);
    /** Looks the --set name up in \a db; what is wrong (no such set), or empty. */
    static QString readSet(const QCommandLineParser &parser, CorpusDatabase &db, ArticleFilter *filter);
};

} // namespace Pizhu
