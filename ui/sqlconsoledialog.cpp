// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconsoledialog.h"

#include "appearance.h"
#include "export/csvfile.h"
#include "itemmodels/queryresultmodel.h"
#include "jobrunner.h"
#include "preferences.h"
#include "store/consolequeryjob.h"
#include "syntaxsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pizhu {

namespace {

const Setting<QStringList> history{"console/history", QStringList()};
constexpr int HistoryLength = 20;
constexpr int MaxRows = 10000;

} // namespace

SqlConsoleDialog::SqlConsoleDialog(const CorpusLocation &corpus, QWidget *parent)
    : QDialog(parent)
    , m_jobs(new JobRunner(corpus, this))
    , m_model(new QueryResultModel(this))
    , m_editor(new QPlainTextEdit)
    , m_history(new QComboBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_run(new QPushButton(tr("Run (Ctrl+Enter)")))
{
    setObjectName(QStringLiteral("sqlConsole"));
    setWindowTitle(tr("SQL Console (read-only)"));
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setPlaceholderText(
        tr("SELECT title, published FROM articles ORDER BY published DESC LIMIT 20"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    SyntaxSupport::addSqlHighlighting(m_editor->document(), Appearance::isDark());
    m_history->setObjectName(QStringLiteral("sqlHistory"));
    m_history->addItem(tr("Recent queries…"));
    m_history->addItems(history.value());
    m_table->setObjectName(QStringLiteral("sqlResult"));
    m_table->setModel(m_model);
    m_status->setObjectName(QStringLiteral("sqlStatus"));
    m_status->setWordWrap(true);

    m_run->setObjectName(QStringLiteral("sqlRun"));
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_history, 1);
    tools->addWidget(m_run);
    tools->addWidget(exportButton);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(splitter);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_run, &QPushButton::clicked, this, [this] { isRunning() ? stopQuery() : runQuery(); });
    connect(m_jobs, &JobRunner::jobFinished, this, &SqlConsoleDialog::showResult);
    connect(exportButton, &QPushButton::clicked, this, &SqlConsoleDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_editor->setPlainText(m_history->itemText(index));
    });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &SqlConsoleDialog::runQuery);
}

SqlConsoleDialog::~SqlConsoleDialog() = default;

void SqlConsoleDialog::setQuery(const QString &sql)
{
    m_editor->setPlainText(sql);
}

bool SqlConsoleDialog::isRunning() const
{
    return m_jobs->isRunning();
}

void SqlConsoleDialog::runQuery()
{
    const QString sql = m_editor->toPlainText().trimmed();
    if (sql.isEmpty() || isRunning())
        return;
    m_status->setText(tr("Running…"));
    m_run->setText(tr("Stop"));
    m_jobs->start(std::make_unique<ConsoleQueryJob>(sql, MaxRows));
}

void SqlConsoleDialog::stopQuery()
{
    m_jobs->cancel();
}

void SqlConsoleDialog::showResult(CorpusJob *job)
{
    m_run->setText(tr("Run (Ctrl+Enter)"));
    const auto *query = dynamic_cast<ConsoleQueryJob *>(job);
    if (!query)
        return;
    const QueryResult &result = query->result();
    if (!result.error.isEmpty()) {
        m_status->setText(result.error);
        return;
    }
    m_model->setResult(result);
    m_status->setText(result.truncated
                          ? tr("The first %n row(s) are shown.", nullptr, int(result.rows.size()))
                          : tr("%n row(s).", nullptr, int(result.rows.size())));
    remember(query->sql());
}

void SqlConsoleDialog::remember(const QString &sql)
{
    QStringList recent = history.value();
    recent.removeAll(sql);
    recent.prepend(sql);
    history.setValue(recent.mid(0, HistoryLength));
    m_history->clear();
    m_history->addItem(tr("Recent queries…"));
    m_history->addItems(history.value());
}

bool SqlConsoleDialog::exportResult(const QString &path)
{
    CsvFile file(path, Preferences::csvByteOrderMark.value());
    const QueryResult &result = m_model->result();
    if (file.open()) {
        QVariantList header;
        for (const QString &column : result.columns)
            header << column;
        file.writeRow(header);
        for (const QVariantList &row : result.rows)
            file.writeRow(row);
    }
    if (!file.commit()) {
        m_status->setText(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported %n row(s) to %1.", nullptr, int(result.rows.size())).arg(path));
    return true;
}

void SqlConsoleDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Result"), QStringLiteral("query.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportResult(path);
}

} // namespace Pizhu
