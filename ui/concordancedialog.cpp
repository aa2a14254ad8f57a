// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordancedialog.h"

#include "analysis/concordanceexport.h"
#include "analysis/concordancejob.h"
#include "editing/corpussession.h"
#include "itemmodels/concordancemodel.h"
#include "itemmodels/itemroles.h"
#include "jobrunner.h"
#include "preferences.h"
#include "store/articlestore.h"
#include "tagpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Pizhu {

ConcordanceDialog::ConcordanceDialog(CorpusSession &session, JobRunner *jobs, ScriptMode script,
                                     ArticleFilter listed, const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_script(script)
    , m_listed(std::move(listed))
    , m_query(new QLineEdit(query))
    , m_width(new QSpinBox)
    , m_sort(new QComboBox)
    , m_onlyListed(new QCheckBox(tr("Only the articles the list shows now")))
    , m_sentences(new QCheckBox(tr("Tag whole sentences")))
    , m_view(new QTableView)
    , m_status(new QLabel)
    , m_model(new ConcordanceModel(this))
{
    setObjectName(QStringLiteral("concordanceDialog"));
    setWindowTitle(tr("Concordance"));
    m_query->setObjectName(QStringLiteral("concordanceQuery"));
    m_query->setPlaceholderText(tr("A word or phrase, in either script: 党员, 黨員, \"quoted phrase\""));
    m_width->setObjectName(QStringLiteral("concordanceWidth"));
    m_width->setRange(5, 80);
    m_width->setValue(20);
    m_width->setSuffix(tr(" characters"));
    m_sort->setObjectName(QStringLiteral("concordanceSort"));
    m_sort->addItem(tr("As the articles come"), int(Concordance::Sort::Articles));
    m_sort->addItem(tr("By the context before (read backwards)"), int(Concordance::Sort::Left));
    m_sort->addItem(tr("By the context after"), int(Concordance::Sort::Right));
    m_sort->addItem(tr("By date"), int(Concordance::Sort::Date));
    m_sort->addItem(tr("By outlet"), int(Concordance::Sort::Outlet));
    m_sort->addItem(tr("By title"), int(Concordance::Sort::Title));
    m_onlyListed->setEnabled(!m_listed.isEmpty());
    m_view->setObjectName(QStringLiteral("concordanceView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("concordanceStatus"));
    m_sentences->setObjectName(QStringLiteral("concordanceSentences"));
    m_onlyListed->setObjectName(QStringLiteral("concordanceOnlyListed"));

    auto *findButton = new QPushButton(tr("&Find"));
    findButton->setDefault(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_width);
    top->addWidget(m_sort);
    top->addWidget(findButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *tag = buttons->addButton(tr("&Tag Chosen Hits…"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    tag->setObjectName(QStringLiteral("concordanceTag"));
    save->setObjectName(QStringLiteral("concordanceSave"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_onlyListed);
    bottom->addWidget(m_sentences);
    bottom->addStretch();
    bottom->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    resize(1100, 650);

    connect(findButton, &QPushButton::clicked, this, &ConcordanceDialog::find);
    connect(m_query, &QLineEdit::returnPressed, this, &ConcordanceDialog::find);
    connect(m_sort, &QComboBox::activated, this, [this] { find(); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT placeRequested(index.data(ArticleIdRole).toLongLong(), index.data(SpanRole).value<TextSpan>());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConcordanceDialog::updateStatus);
    connect(tag, &QPushButton::clicked, this, [this] {
        TagPicker picker(m_session.database(), this);
        if (picker.exec() == QDialog::Accepted && picker.chosenTag())
            tagChosen(picker.chosenTag(), m_sentences->isChecked());
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Concordance"), QStringLiteral("concordance.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_jobs, &JobRunner::jobFinished, this, &ConcordanceDialog::showJobResult);
    if (!query.isEmpty())
        find();
}

Concordance::Options ConcordanceDialog::options() const
{
    return {m_query->text(), m_onlyListed->isChecked() ? m_listed : ArticleFilter{}, m_width->value(),
            m_script};
}

void ConcordanceDialog::setSort(Concordance::Sort sort)
{
    m_sort->setCurrentIndex(m_sort->findData(int(sort)));
}

void ConcordanceDialog::find()
{
    const auto sort = Concordance::Sort(m_sort->currentData().toInt());
    if (sort == Concordance::Sort::Articles) {
        // The first page at once; the rest as the view scrolls.
        auto concordance = std::make_unique<Concordance>(m_session.database(), options());
        if (!concordance->errorString().isEmpty()) {
            m_model->setLines({});
            m_status->setText(concordance->errorString());
            return;
        }
        m_model->setConcordance(std::move(concordance));
        updateStatus();
        return;
    }
    // A sort by context needs every line first: found in the background.
    m_status->setText(tr("Finding every hit to sort them…"));
    m_exportPath.clear();
    m_running = m_jobs->start(std::make_unique<ConcordanceJob>(options(), sort));
}

void ConcordanceDialog::exportTo(const QString &path)
{
    m_status->setText(tr("Finding every hit…"));
    m_exportPath = path;
    m_running = m_jobs->start(
        std::make_unique<ConcordanceJob>(options(), Concordance::Sort(m_sort->currentData().toInt())));
}

void ConcordanceDialog::showJobResult(CorpusJob *job, bool ok)
{
    if (job != m_running)
        return;
    m_running = nullptr;
    if (!ok) {
        if (m_exportPath.isEmpty())
            m_model->setLines({}); // not what the box says: hits of an earlier query
        m_exportPath.clear();
        m_status->setText(job->errorString());
        return;
    }
    QList<ConcordanceLine> lines = static_cast<ConcordanceJob *>(job)->takeLines();
    if (!m_exportPath.isEmpty()) {
        QString error;
        m_status->setText(
            ConcordanceExport::write(lines, m_exportPath, Preferences::csvByteOrderMark.value(), &error)
                ? tr("Saved %n line(s) to %1.", nullptr, int(lines.size())).arg(m_exportPath)
                : error);
        m_exportPath.clear();
        return;
    }
    m_model->setLines(std::move(lines));
    updateStatus();
}

int ConcordanceDialog::tagChosen(qint64 tagId, bool sentences)
{
    QList<std::pair<qint64, TextSpan>> places;
    const ArticleStore store(m_session.database());
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const qint64 articleId = row.data(ArticleIdRole).toLongLong();
        TextSpan span = row.data(SpanRole).value<TextSpan>();
        if (sentences) {
            if (const std::optional<ArticleText> text = store.text(articleId))
                span = Concordance::sentenceAround(text->body, span);
        }
        if (!places.contains(std::pair{articleId, span}))
            places.append({articleId, span});
    }
    const int added = m_session.addAnnotations(
        places, tagId, tr("Tag %n hit(s) of %1", nullptr, int(places.size())).arg(m_query->text()));
    m_status->setText(tr("%n passage(s) tagged; Edit → Undo takes them away again.", nullptr, added));
    return added;
}

void ConcordanceDialog::updateStatus()
{
    m_status->setText(m_model->isComplete()
                          ? tr("%n hit(s)", nullptr, m_model->rowCount())
                          : tr("%n hit(s) so far; more as you scroll", nullptr, m_model->rowCount()));
}

} // namespace Pizhu
