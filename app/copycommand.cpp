// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "exchange/corpuscopy.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"
#include "store/teamconnection.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Pizhu {

namespace {

/** One end of a copy, open: a corpus file or a team corpus. */
class CopyEnd
{
public:
    SqlConnection &sql() { return m_team ? m_team->sql() : m_file.sql(); }
    CorpusDatabase &file() { return m_file; }
    void connect(const TeamAddress &address) { m_team = std::make_unique<TeamConnection>(address); }
    const TeamConnection *team() const { return m_team.get(); }

private:
    CorpusDatabase m_file;
    std::unique_ptr<TeamConnection> m_team;
};

} // namespace

int CommandLine::runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a whole corpus with its codebook, codings, memos and entities: from a corpus file to a "
           "team corpus on PostgreSQL (made by pizhu init-team), back to a new file, or between two of "
           "either. Ids are kept; the target must be empty; nothing is written unless all of it is copied."));
    parser.addOption({QStringLiteral("from"), tr("The corpus to copy: a file, or a PostgreSQL address."),
                      tr("FILE|ADDRESS")});
    parser.addOption({QStringLiteral("to"), tr("Where to copy it: a new file, or an empty team corpus."),
                      tr("FILE|ADDRESS")});
    if (!parse(parser, arguments))
        return UsageError;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        err() << tr("pizhu copy: --from and --to are required") << Qt::endl;
        return UsageError;
    }
    const auto open = [](CopyEnd &end, const QString &where, bool isTarget) {
        if (!TeamAddress::isTeamAddress(where)) {
            if (isTarget && QFileInfo::exists(where)) {
                err() << tr("pizhu copy: %1 exists; a copy goes into a new file, so that nothing is "
                            "overwritten")
                             .arg(where)
                      << Qt::endl;
                return false;
            }
            return openCorpusAt(end.file(), where, isTarget ? Create::IfMissing : Create::Never);
        }
        QString error;
        const std::optional<TeamAddress> address = TeamAddress::parse(where, &error);
        if (address)
            end.connect(*address);
        if (!address || !end.team()->isOpen()) {
            err() << tr("pizhu copy: %1").arg(address ? end.team()->errorString() : error) << Qt::endl;
            return false;
        }
        return true;
    };
    CopyEnd source;
    CopyEnd target;
    if (!open(source, from, false) || !open(target, to, true))
        return UsageError;
    CorpusCopy copy(source.sql(), target.sql());
    if (!copy.run()) {
        err() << tr("pizhu copy: %1; nothing was copied").arg(copy.errorString()) << Qt::endl;
        if (!target.team()) {
            target.file().close();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
        }
        return SomeInputsFailed;
    }
    const CorpusCopy::Counts counts = copy.counts();
    out() << tr("Copied %1 articles, %2 tags, %3 passages, %4 article tags and %5 memos to %6.")
                 .arg(counts.articles)
                 .arg(counts.tags)
                 .arg(counts.passages)
                 .arg(counts.articleTags)
                 .arg(counts.memos)
                 .arg(target.team() ? target.team()->where() : to)
          << Qt::endl;
    return Success;
}

} // namespace Pizhu
