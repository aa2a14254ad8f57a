// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdialog.h"

#include "agreement/agreementjob.h"
#include "agreement/agreementrawdata.h"
#include "editing/corpussession.h"
#include "itemmodels/agreementtablemodel.h"
#include "itemmodels/disagreementlistmodel.h"
#include "itemmodels/itemroles.h"
#include "jobrunner.h"
#include "preferences.h"
#include "store/tagstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pizhu {

AgreementDialog::AgreementDialog(CorpusSession &session, JobRunner *jobs, ArticleFilter listed,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_listed(std::move(listed))
    , m_coders(new QListWidget)
    , m_tags(new QListWidget)
    , m_onlyListed(new QCheckBox(tr("Only the articles the list shows now")))
    , m_compute(new QPushButton(tr("&Compute")))
    , m_status(new QLabel)
    , m_figures(new AgreementTableModel(this))
    , m_disagreements(new DisagreementListModel(this))
    , m_figureView(new QTableView)
    , m_disagreementView(new QTableView)
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Coder Agreement"));
    m_coders->setObjectName(QStringLiteral("agreementCoders"));
    for (const QString &coder : session.coders()) {
        auto *item = new QListWidgetItem(coder, m_coders);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_tags->setObjectName(QStringLiteral("agreementTags"));
    m_tags->setToolTip(tr("None ticked: every tag the coders used"));
    const TagStore tags(session.database());
    for (const Tag &tag : tags.all()) {
        auto *item = new QListWidgetItem(tags.path(tag.id), m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_onlyListed->setObjectName(QStringLiteral("agreementOnlyListed"));
    m_onlyListed->setEnabled(!m_listed.isEmpty());
    m_compute->setObjectName(QStringLiteral("agreementCompute"));
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    m_status->setWordWrap(true);

    m_figureView->setObjectName(QStringLiteral("agreementFigures"));
    m_figureView->setModel(m_figures);
    m_figureView->horizontalHeader()->setSectionResizeMode(AgreementTableModel::TagColumn,
                                                           QHeaderView::Stretch);
    m_figureView->verticalHeader()->hide();
    m_disagreementView->setObjectName(QStringLiteral("agreementDisagreements"));
    m_disagreementView->setModel(m_disagreements);
    m_disagreementView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disagreementView->verticalHeader()->hide();
    m_disagreementView->horizontalHeader()->setStretchLastSection(true);
    connect(m_disagreementView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT placeRequested(index.data(ArticleIdRole).toLongLong(), index.data(SpanRole).value<TextSpan>());
    });

    auto *choose = new QGridLayout;
    choose->addWidget(new QLabel(tr("Coders:")), 0, 0);
    choose->addWidget(new QLabel(tr("Tags:")), 0, 1);
    choose->addWidget(m_coders, 1, 0);
    choose->addWidget(m_tags, 1, 1);
    choose->addWidget(m_onlyListed, 2, 0, 1, 2);
    auto *results = new QSplitter(Qt::Vertical);
    results->addWidget(m_figureView);
    auto *disagreements = new QWidget;
    auto *disagreementLayout = new QVBoxLayout(disagreements);
    disagreementLayout->setContentsMargins(0, 0, 0, 0);
    disagreementLayout->addWidget(new QLabel(tr("Where the coders disagree (double-click to open):")));
    disagreementLayout->addWidget(m_disagreementView);
    results->addWidget(disagreements);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_compute, QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("Save Raw Data…"), QDialogButtonBox::ActionRole);
    auto *saveMenu = new QMenu(save);
    saveMenu->addAction(tr("Whole-Article Tags (article × tag units)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Raw Data"), QStringLiteral("agreement-articles.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveRawData(path, false);
    });
    saveMenu->addAction(tr("Passages (runs of characters)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Raw Data"), QStringLiteral("agreement-characters.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveRawData(path, true);
    });
    save->setMenu(saveMenu);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 700);

    connect(m_compute, &QPushButton::clicked, this, &AgreementDialog::compute);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_jobs, &JobRunner::jobFinished, this, &AgreementDialog::showResult);
}

AgreementDialog::~AgreementDialog() = default;

QStringList AgreementDialog::chosenCoders() const
{
    QStringList coders;
    for (int row = 0; row < m_coders->count(); ++row) {
        if (m_coders->item(row)->checkState() == Qt::Checked)
            coders << m_coders->item(row)->text();
    }
    return coders;
}

QList<qint64> AgreementDialog::chosenTags() const
{
    QList<qint64> tags;
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->checkState() == Qt::Checked)
            tags << m_tags->item(row)->data(Qt::UserRole).toLongLong();
    }
    return tags;
}

void AgreementDialog::compute()
{
    const QStringList coders = chosenCoders();
    if (coders.size() < 2) {
        m_status->setText(tr("Tick two or more coders to compare."));
        return;
    }
    m_compute->setEnabled(false);
    m_status->setText(tr("Comparing %1…").arg(coders.join(tr(", "))));
    m_running = m_jobs->start(std::make_unique<AgreementJob>(
        coders, chosenTags(),
        m_onlyListed->isChecked() ? std::optional<ArticleFilter>(m_listed) : std::nullopt));
}

void AgreementDialog::showResult(CorpusJob *job, bool ok)
{
    if (job != m_running)
        return;
    m_running = nullptr;
    m_compute->setEnabled(true);
    auto *agreement = static_cast<AgreementJob *>(job);
    if (!ok) {
        m_status->setText(tr("The agreement could not be computed: %1").arg(job->errorString()));
        return;
    }
    m_study = agreement->takeStudy();
    m_figures->setStudy(m_study);
    m_disagreements->setStudy(m_study);
    m_status->setText(
        tr("%n article(s) coded by two or more of the coders compared; %1 place(s) where they disagree.",
           nullptr,
           int(std::count_if(m_study->snapshot().articles.cbegin(), m_study->snapshot().articles.cend(),
                             [this](qint64 id) { return m_study->snapshot().coderCount(id) >= 2; })))
            .arg(m_study->disagreements().size()));
}

bool AgreementDialog::saveRawData(const QString &path, bool characters)
{
    if (!m_study) {
        m_status->setText(tr("Compute the agreement first."));
        return false;
    }
    QString error;
    const bool saved = AgreementRawData::write(
        *m_study, characters ? AgreementRawData::Units::Characters : AgreementRawData::Units::Articles, path,
        Preferences::csvByteOrderMark.value(), &error);
    m_status->setText(saved ? tr("Saved %1.").arg(path) : error);
    return saved;
}

} // namespace Pizhu
