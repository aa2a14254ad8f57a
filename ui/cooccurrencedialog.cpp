// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooccurrencedialog.h"

#include "analysis/cooccurrencejob.h"
#include "analysis/networkexport.h"
#include "analysislayout.h"
#include "editing/corpussession.h"
#include "itemmodels/cooccurrencematrixmodel.h"
#include "itemmodels/cooccurrencepairmodel.h"
#include "jobrunner.h"
#include "networkview.h"
#include "pictureexport.h"
#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pizhu {

CooccurrenceDialog::CooccurrenceDialog(CorpusSession &session, JobRunner *jobs, ArticleFilter listed,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_listed(std::move(listed))
    , m_people(new QCheckBox(tr("People")))
    , m_organisations(new QCheckBox(tr("Organisations")))
    , m_tags(new QCheckBox(tr("Tags")))
    , m_unit(new QComboBox)
    , m_top(new QSpinBox)
    , m_minCount(new QSpinBox)
    , m_onlyListed(new QCheckBox(tr("Only the articles the list shows now")))
    , m_period(new QCheckBox(tr("Only articles published from")))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_tabs(new QTabWidget)
    , m_view(new NetworkView)
    , m_table(new QTableView)
    , m_matrixView(new QTableView)
    , m_pairs(new CooccurrencePairModel(this))
    , m_matrix(new CooccurrenceMatrixModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("cooccurrenceDialog"));
    setWindowTitle(tr("Co-occurrence"));
    m_view->setObjectName(QStringLiteral("cooccurrenceNetwork"));
    m_table->setObjectName(QStringLiteral("cooccurrencePairs"));
    m_status->setObjectName(QStringLiteral("cooccurrenceStatus"));
    m_status->setWordWrap(true);
    m_sorted->setSourceModel(m_pairs);
    m_sorted->setSortRole(Qt::UserRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CooccurrencePairModel::TogetherColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_view, tr("Network"));
    m_tabs->addTab(m_table, tr("Pairs"));
    m_matrixView->setObjectName(QStringLiteral("cooccurrenceMatrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_matrixView, tr("Matrix"));

    auto *side = new QVBoxLayout;
    side->addLayout(buildOptions());
    side->addWidget(m_status);
    side->addStretch();
    const QList<QPushButton *> actions = AnalysisLayout::arrange(
        this, side, m_tabs, {tr("Save &Picture…"), tr("Save &Network…"), tr("Save &Matrix as CSV…")});
    connect(m_view, &NetworkView::nodeClicked, this, &CooccurrenceDialog::requestNodeArticles);
    connect(m_view, &NetworkView::edgeClicked, this, &CooccurrenceDialog::requestEdgeArticles);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { requestEdgeArticles(m_sorted->mapToSource(index).row()); });
    const auto saveAs = [this](const QString &path, QString *error) {
        return saveTo(path, error);
    };
    AnalysisLayout::offerSave(actions.at(0), m_status, tr("Save Picture"), QStringLiteral("network.png"),
                              tr("Pictures (*.png *.svg)"), saveAs);
    AnalysisLayout::offerSave(actions.at(1), m_status, tr("Save Network"), QStringLiteral("network.graphml"),
                              tr("GraphML (*.graphml);;GEXF (*.gexf);;Pairs as CSV (*.csv)"), saveAs);
    AnalysisLayout::offerSave(
        actions.at(2), m_status, tr("Save Matrix"), QStringLiteral("matrix.csv"), tr("CSV files (*.csv)"),
        [this](const QString &path, QString *error) { return saveMatrix(path, error); });
    connect(m_matrixView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() == index.column())
            requestNodeArticles(index.row());
        else
            requestEdgeArticles(m_matrix->edgeAt(index));
    });
    connect(m_jobs, &JobRunner::jobFinished, this, &CooccurrenceDialog::showJobResult);
    count();
}

CooccurrenceDialog::~CooccurrenceDialog() = default;

QLayout *CooccurrenceDialog::buildOptions()
{
    m_people->setObjectName(QStringLiteral("cooccurrencePeople"));
    m_organisations->setObjectName(QStringLiteral("cooccurrenceOrganisations"));
    m_tags->setObjectName(QStringLiteral("cooccurrenceTags"));
    m_people->setChecked(true);
    m_organisations->setChecked(true);
    m_unit->setObjectName(QStringLiteral("cooccurrenceUnit"));
    m_unit->addItem(tr("In the same article"), int(CooccurrenceUnit::Article));
    m_unit->addItem(tr("In the same paragraph"), int(CooccurrenceUnit::Paragraph));
    m_top->setObjectName(QStringLiteral("cooccurrenceTop"));
    m_top->setRange(2, 300);
    m_top->setValue(30);
    m_top->setToolTip(tr("The most frequent of each kind are shown"));
    m_minCount->setObjectName(QStringLiteral("cooccurrenceMinCount"));
    m_minCount->setRange(1, 100000);
    m_minCount->setValue(2);
    m_onlyListed->setObjectName(QStringLiteral("cooccurrenceOnlyListed"));
    m_onlyListed->setEnabled(!m_listed.isEmpty());
    m_period->setObjectName(QStringLiteral("cooccurrencePeriod"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setEnabled(false);
    }
    m_from->setDate(QDate(QDate::currentDate().year() - 1, 1, 1));
    m_to->setDate(QDate::currentDate());
    auto *kinds = new QHBoxLayout;
    for (QCheckBox *kind : {m_people, m_organisations, m_tags}) {
        kinds->addWidget(kind);
        connect(kind, &QCheckBox::toggled, this, &CooccurrenceDialog::count);
    }
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    auto *form = new QFormLayout;
    form->addRow(tr("Show:"), kinds);
    form->addRow(tr("Together:"), m_unit);
    form->addRow(tr("Most frequent:"), m_top);
    form->addRow(tr("Pairs seen at least:"), m_minCount);
    form->addRow(m_onlyListed);
    form->addRow(m_period);
    form->addRow(period);
    connect(m_unit, &QComboBox::activated, this, &CooccurrenceDialog::count);
    connect(m_top, &QSpinBox::editingFinished, this, &CooccurrenceDialog::count);
    connect(m_minCount, &QSpinBox::editingFinished, this, &CooccurrenceDialog::count);
    connect(m_onlyListed, &QCheckBox::toggled, this, &CooccurrenceDialog::count);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        count();
    });
    connect(m_from, &QDateEdit::editingFinished, this, &CooccurrenceDialog::count);
    connect(m_to, &QDateEdit::editingFinished, this, &CooccurrenceDialog::count);
    return form;
}

Cooccurrence::Options CooccurrenceDialog::options() const
{
    Cooccurrence::Options options;
    options.kinds.clear();
    if (m_people->isChecked())
        options.kinds << NodeKind::Person;
    if (m_organisations->isChecked())
        options.kinds << NodeKind::Organisation;
    if (m_tags->isChecked())
        options.kinds << NodeKind::Tag;
    options.unit = CooccurrenceUnit(m_unit->currentData().toInt());
    options.topNodes = m_top->value();
    options.minCount = m_minCount->value();
    if (m_onlyListed->isChecked())
        options.scope = m_listed;
    if (m_period->isChecked()) {
        options.scope.dateFrom = m_from->date().toString(Qt::ISODate);
        options.scope.dateTo = m_to->date().toString(Qt::ISODate);
    }
    return options;
}

void CooccurrenceDialog::count()
{
    const Cooccurrence::Options chosen = options();
    if (chosen.kinds.isEmpty()) {
        m_counted.reset();
        m_pairs->setNetwork({});
        m_view->setNetwork({}, {});
        m_status->setText(tr("Choose people, organisations or tags to show."));
        return;
    }
    m_status->setText(tr("Counting…"));
    m_running = m_jobs->start(std::make_unique<CooccurrenceJob>(chosen));
}

void CooccurrenceDialog::showJobResult(CorpusJob *job, bool ok)
{
    if (job != m_running)
        return;
    m_running = nullptr;
    if (!ok) {
        m_status->setText(job->errorString());
        return;
    }
    const auto *done = static_cast<CooccurrenceJob *>(job);
    m_counted = std::make_unique<Cooccurrence>(done->cooccurrence());
    const CooccurrenceNetwork &network = done->network();
    m_pairs->setNetwork(network);
    m_matrix->setNetwork(network);
    m_view->setNetwork(network, done->centres());
    const QString units = network.unit == CooccurrenceUnit::Article
                              ? tr("%n article(s)", nullptr, network.unitCount)
                              : tr("%n paragraph(s)", nullptr, network.unitCount);
    m_status->setText(network.nodes.isEmpty() ? tr("Nothing of the kinds chosen in %1.").arg(units)
                                              : tr("%1 names or tags, %2 pairs, in %3.")
                                                    .arg(network.nodes.size())
                                                    .arg(network.edges.size())
                                                    .arg(units));
}

void CooccurrenceDialog::requestNodeArticles(int node)
{
    const CooccurrenceNetwork &network = m_pairs->network();
    if (!m_counted || node < 0 || node >= network.nodes.size())
        return;
    const QList<qint64> ids = m_counted->articlesOf(node);
    if (!ids.isEmpty())
        Q_EMIT articlesRequested(ids, tr("Articles with %1 (%n article(s))", nullptr, int(ids.size()))
                                          .arg(network.nodes.at(node).label));
}

void CooccurrenceDialog::requestEdgeArticles(int edge)
{
    const CooccurrenceNetwork &network = m_pairs->network();
    if (!m_counted || edge < 0 || edge >= network.edges.size())
        return;
    const CooccurrenceEdge &pair = network.edges.at(edge);
    const QList<qint64> ids = m_counted->articlesOf(pair.from, pair.to);
    if (!ids.isEmpty())
        Q_EMIT articlesRequested(
            ids, tr("%1 with %2 (%n article(s))", nullptr, int(ids.size()))
                     .arg(network.nodes.at(pair.from).label, network.nodes.at(pair.to).label));
}

bool CooccurrenceDialog::saveTo(const QString &path, QString *error)
{
    if (PictureExport::isPicturePath(path))
        return m_view->save(path, error);
    return NetworkExport::write(m_pairs->network(), path, Preferences::csvByteOrderMark.value(), error);
}

bool CooccurrenceDialog::saveMatrix(const QString &path, QString *error)
{
    return NetworkExport::writeMatrix(m_pairs->network(), path, Preferences::csvByteOrderMark.value(), error);
}

} // namespace Pizhu
