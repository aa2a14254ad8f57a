// SPDX-License-Identifier: GPL-3.0-or-later
// One coder's process for tst_teamconcurrency: opens the team corpus at ADDRESS as its login and,
// for SECONDS, tags a passage of an article every few milliseconds through a CorpusSession, as the
// window does, and undoes every fifth. Each edit is printed once it has returned (committed):
// "added ID" or "removed ID". At the end it prints "noticed N" (how often the others' commits
// reached it) and "sees N" (how many passages of other coders it reads), then "done".
#include "editing/corpussession.h"
#include "store/annotationstore.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace Pizhu;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout); // what is printed has returned; a SIGKILL loses nothing printed
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: teamcoder ADDRESS SECONDS TAG_ID\n");
        return 2;
    }
    QString error;
    const std::optional<TeamAddress> address = TeamAddress::parse(arguments.at(1), &error);
    CorpusDatabase db;
    if (!address || !db.openTeam(*address)) {
        std::fprintf(stderr, "%s\n", qPrintable(address ? db.errorString() : error));
        return 2;
    }
    CorpusSession session(db);
    int noticed = 0;
    QObject::connect(&session, &CorpusSession::changed, [&noticed](const ChangeEvent &event) {
        noticed += event.kind == ChangeEvent::Kind::Everything;
    });
    const qint64 tag = arguments.at(3).toLongLong();
    int edits = 0;
    QList<qint64> added;
    QTimer editing;
    editing.setInterval(15);
    QObject::connect(&editing, &QTimer::timeout, [&] {
        ++edits;
        if (edits % 5 == 0 && !added.isEmpty()) {
            // Undo takes back this coder's last passage, and only that.
            session.undoStack()->undo();
            const qint64 id = added.takeLast();
            if (!AnnotationStore(db).annotation(id))
                say(QStringLiteral("removed %1").arg(id));
            return;
        }
        const qint64 article = 1 + edits % 5;
        const int start = (edits * 3) % 40;
        const qint64 id = session.addAnnotation(article, tag, {start, start + 2}, session.coder());
        if (id > 0) {
            added << id;
            say(QStringLiteral("added %1").arg(id));
        } else
            say(QStringLiteral("failed %1").arg(session.errorString()));
    });
    editing.start();
    QTimer::singleShot(arguments.at(2).toInt() * 1000, &app, [&] {
        editing.stop();
        int others = 0;
        for (qint64 article = 1; article <= 5; ++article) {
            for (const Annotation &passage : AnnotationStore(db).forArticle(article))
                others += passage.coder != session.coder();
        }
        say(QStringLiteral("noticed %1").arg(noticed));
        say(QStringLiteral("sees %1").arg(others));
        say(QStringLiteral("done"));
        app.quit();
    });
    return app.exec();
}
