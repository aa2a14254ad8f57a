// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the window: files dropped on it, and an import cancelled part way.
#include "desktoptestsupport.h"
#include "importdialog.h"
#include "itemmodels/articlelistmodel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/articlestore.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestWindowImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ImportDialog *waitForImport(MainWindow *window)
    {
        ImportDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window->findChild<ImportDialog *>()) != nullptr; }))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !dialog->isRunning(); }, 60000))
            return nullptr;
        QCoreApplication::processEvents(); // the queued "finished" signal
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { prepareDesktopTest(); }

    void importsDroppedFilesAndListsFailures()
    {
        auto window = openWindowOn(m_dir.filePath(QStringLiteral("drop.pizhu")), false);
        QVERIFY(window);
        QCOMPARE(window->findChild<ArticleListPane *>()->model()->rowCount(), 0);
        const QString bad = m_dir.filePath(QStringLiteral("broken.txt"));
        QVERIFY(writeFile(bad, QByteArray("\x00\x01binary", 8)));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(PIZHU_SAMPLES_DIR)), QUrl::fromLocalFile(bad)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);

        ImportDialog *dialog = waitForImport(window.get());
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->summary().count(ImportOutcome::Kind::Imported), 5);
        const QString counts = dialog->findChild<QLabel *>(QStringLiteral("importCounts"))->text();
        QVERIFY2(counts.contains(QLatin1String("Imported: 5")) && counts.contains(QLatin1String("Failed: 1")),
                 qPrintable(counts));
        const QString failures =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("importFailures"))->toPlainText();
        QVERIFY2(failures.contains(QLatin1String("broken.txt: the file looks binary")), qPrintable(failures));
        QTRY_COMPARE(window->findChild<ArticleListPane *>()->model()->rowCount(), 5);
        QTRY_VERIFY(window->findChild<ReaderView *>(QStringLiteral("reader"))->articleId() > 0);
    }

    void cancelKeepsWhatWasImported()
    {
        QByteArray jsonl;
        for (int i = 0; i < 20000; ++i)
            jsonl += QStringLiteral("{\"title\": \"文章%1\", \"text\": \"第%1篇的正文,党员干部。\"}\n")
                         .arg(i)
                         .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("many.jsonl"));
        QVERIFY(writeFile(path, jsonl));

        auto window = openWindowOn(m_dir.filePath(QStringLiteral("cancel.pizhu")), false);
        QVERIFY(window);
        window->importPaths({path});
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ImportDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summary().outcomes.size() > 100, 60000); // slow under sanitizers
        // One JSONL file: the bar and the text show the share of its bytes read, not "file 1 of 1".
        auto *bar = dialog->findChild<QProgressBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 60000);
        QVERIFY2(bar->value() < bar->maximum(), qPrintable(QString::number(bar->value())));
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
        static const QRegularExpression share(QStringLiteral("^(\\d+) %"));
        const QRegularExpressionMatch match = share.match(status);
        QVERIFY2(match.hasMatch() && match.captured(1).toInt() < 100, qPrintable(status));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QCoreApplication::processEvents();
        QVERIFY(dialog->isVisible()); // the summary stays until closed
        const int imported = dialog->summary().count(ImportOutcome::Kind::Imported);
        QVERIFY2(imported > 0 && imported < 20000, qPrintable(QString::number(imported)));
        QCOMPARE(ArticleStore(window->corpus()).count(), imported);
        QVERIFY(buttons->button(QDialogButtonBox::Close));
    }
};

QTEST_MAIN(TestWindowImport)
#include "tst_windowimport.moc"
