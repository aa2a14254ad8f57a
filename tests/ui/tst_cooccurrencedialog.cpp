// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → Co-occurrence on the sample corpus: the pairs as the entity dock's own entities say, a
// node or a pair clicked lists its articles, tags as nodes, paragraphs, and every file it saves.
#include "articlelistpane.h"
#include "cooccurrencedialog.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/cooccurrencepairmodel.h"
#include "networkview.h"
#include "search/articlelistquery.h"
#include "store/entitystore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCooccurrenceDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ArticleListPane *list() const { return m_window->findChild<ArticleListPane *>(); }

    CooccurrenceDialog *openDialog()
    {
        qDeleteAll(m_window->findChildren<CooccurrenceDialog *>());
        list()->setArticleSet({}, {});
        m_window->findChild<QAction *>(QStringLiteral("actionCooccurrence"))->trigger();
        auto *dialog = m_window->findChild<CooccurrenceDialog *>();
        if (!dialog || !settled(dialog))
            return nullptr;
        // Every pair, as the samples hold each once.
        auto *minCount = dialog->findChild<QSpinBox *>(QStringLiteral("cooccurrenceMinCount"));
        minCount->setValue(1);
        Q_EMIT minCount->editingFinished();
        return settled(dialog) ? dialog : nullptr;
    }

    static bool settled(CooccurrenceDialog *dialog)
    {
        return QTest::qWaitFor([dialog] { return !dialog->isCounting(); });
    }

    static QString status(CooccurrenceDialog *dialog)
    {
        return dialog->findChild<QLabel *>(QStringLiteral("cooccurrenceStatus"))->text();
    }

    /** The people and organisations of each sample article, as the entity dock lists them. */
    QMap<qint64, QSet<QString>> storedEntities() const
    {
        QMap<qint64, QSet<QString>> named;
        const EntityStore store(m_window->corpus());
        for (const qint64 id : ArticleListQuery(m_window->corpus(), {}).ids()) {
            for (const StoredEntity &entity : store.forArticle(id)) {
                if (entity.type != EntityType::Figure && entity.status != EntityStatus::Rejected &&
                    !entity.mergedInto)
                    named[id].insert(entityTypeCode(entity.type) + QLatin1Char(':') + entity.key);
            }
        }
        return named;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_window = openWindowOn(m_dir.filePath(QStringLiteral("cooccurrence.pizhu")));
        QVERIFY(m_window);
    }

    void pairsAreThoseOfTheArticlesEntities()
    {
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        const CooccurrenceNetwork &network = dialog->pairModel()->network();
        QVERIFY(network.nodes.size() > 10);
        QCOMPARE(network.unitCount, 5);
        const QMap<qint64, QSet<QString>> named = storedEntities();
        for (const CooccurrenceEdge &edge : network.edges) {
            int together = 0;
            for (const QSet<QString> &ids : named)
                together += ids.contains(network.nodes.at(edge.from).id()) &&
                            ids.contains(network.nodes.at(edge.to).id());
            QCOMPARE(edge.count, together);
        }
        QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("cooccurrencePairs"))->model()->rowCount(),
                 int(network.edges.size()));
        QVERIFY2(status(dialog).endsWith(QStringLiteral("in 5 articles.")), qPrintable(status(dialog)));
        dialog->close();
    }

    void clickingANodeListsItsArticles()
    {
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        NetworkView *view = dialog->view();
        const CooccurrenceNode node = view->network().nodes.first();
        view->centerOn(view->centreOf(0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(view->centreOf(0)));
        QCOMPARE(list()->model()->totalCount(), node.frequency);
        QCOMPARE(list()->findChild<QLabel *>(QStringLiteral("tagFilterLabel"))->text(),
                 QStringLiteral("Articles with %1 (%2 article%3)")
                     .arg(node.label)
                     .arg(node.frequency)
                     .arg(node.frequency == 1 ? QString() : QStringLiteral("s")));
        dialog->close();
    }

    void aPairInTheTableListsTheArticlesWithBoth()
    {
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("cooccurrencePairs"));
        dialog->findChild<QTabWidget *>()->setCurrentWidget(table);
        const QModelIndex first = table->model()->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTest::keyClick(table, Qt::Key_Return);
        const int together =
            table->model()->index(0, CooccurrencePairModel::TogetherColumn).data(Qt::UserRole).toInt();
        QCOMPARE(list()->model()->totalCount(), together);
        QVERIFY(list()
                    ->findChild<QLabel *>(QStringLiteral("tagFilterLabel"))
                    ->text()
                    .startsWith(first.data().toString() + QStringLiteral(" with ")));
        dialog->close();
    }

    void aMatrixCellListsTheArticlesWithBoth()
    {
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *matrix = dialog->findChild<QTableView *>(QStringLiteral("cooccurrenceMatrix"));
        dialog->findChild<QTabWidget *>()->setCurrentWidget(matrix);
        const CooccurrenceEdge edge = dialog->pairModel()->network().edges.first();
        const QModelIndex cell = matrix->model()->index(edge.from, edge.to);
        QCOMPARE(cell.data().toInt(), edge.count);
        QCOMPARE(matrix->model()->index(edge.to, edge.from).data().toInt(), edge.count);
        matrix->scrollTo(cell);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
        QTest::keyClick(matrix, Qt::Key_Return);
        QCOMPARE(list()->model()->totalCount(), edge.count);
        const QString path = m_dir.filePath(QStringLiteral("matrix.csv"));
        QString error;
        QVERIFY2(dialog->saveMatrix(path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        dialog->close();
    }

    void tagsAreNodesToo()
    {
        CorpusSession &session = m_window->session();
        const qint64 frame = session.addTag(QStringLiteral("Frame"));
        const qint64 actor = session.addTag(QStringLiteral("Actor"));
        const QList<qint64> ids = ArticleListQuery(m_window->corpus(), {}).ids();
        for (const qint64 id : {ids.at(0), ids.at(1)})
            QVERIFY(session.setArticleTag(id, frame, true));
        QVERIFY(session.setArticleTag(ids.at(1), actor, true));
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("cooccurrencePeople"))->setChecked(false);
        dialog->findChild<QCheckBox *>(QStringLiteral("cooccurrenceOrganisations"))->setChecked(false);
        dialog->findChild<QCheckBox *>(QStringLiteral("cooccurrenceTags"))->setChecked(true);
        QVERIFY(settled(dialog));
        const CooccurrenceNetwork &network = dialog->pairModel()->network();
        QCOMPARE(network.nodes.size(), 2);
        QCOMPARE(network.nodes.at(0).label, QStringLiteral("Frame"));
        QCOMPARE(network.nodes.at(0).frequency, 2);
        QCOMPARE(network.edges.size(), 1);
        QCOMPARE(network.edges.first().count, 1);
        dialog->findChild<QCheckBox *>(QStringLiteral("cooccurrenceTags"))->setChecked(false);
        QCOMPARE(status(dialog), QStringLiteral("Choose people, organisations or tags to show."));
        QVERIFY(dialog->pairModel()->network().isEmpty());
        dialog->close();
        QVERIFY(session.deleteTag(frame) && session.deleteTag(actor));
    }

    void paragraphsAreCountedWhenAsked()
    {
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        const int byArticle = int(dialog->pairModel()->network().edges.size());
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("cooccurrenceUnit"));
        unit->setCurrentIndex(unit->findData(int(CooccurrenceUnit::Paragraph)));
        Q_EMIT unit->activated(unit->currentIndex());
        QVERIFY(settled(dialog));
        const CooccurrenceNetwork &network = dialog->pairModel()->network();
        QCOMPARE(network.unit, CooccurrenceUnit::Paragraph);
        QVERIFY(network.unitCount > 5);
        QVERIFY(int(network.edges.size()) < byArticle); // fewer pairs share a paragraph than an article
        QVERIFY(status(dialog).contains(QStringLiteral("paragraphs")));
        dialog->close();
    }

    void savesPicturesAndNetworks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("saved");
        for (const char *name :
             {"network.png", "network.svg", "network.graphml", "network.gexf", "network.csv"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        QTest::newRow("jpeg") << QStringLiteral("network.jpg") << false;
        QTest::newRow("no folder") << QStringLiteral("nowhere/network.graphml") << false;
    }

    void savesPicturesAndNetworks()
    {
        QFETCH(QString, name);
        QFETCH(bool, saved);
        CooccurrenceDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString path = m_dir.filePath(name);
        QString error;
        QCOMPARE(dialog->saveTo(path, &error), saved);
        QCOMPARE(QFile::exists(path), saved);
        if (!saved)
            QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
        else if (name.endsWith(QLatin1String(".png")))
            QVERIFY(!QImage(path).isNull());
        dialog->close();
    }
};

QTEST_MAIN(TestCooccurrenceDialog)
#include "tst_cooccurrencedialog.moc"
