// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/csvexport.h"
#include "store/corpusdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

namespace Pizhu {

ExportDialog::ExportDialog(const QString &corpusPath, bool byteOrderMark, QWidget *parent)
    : QDialog(parent)
    , m_corpusPath(corpusPath)
    , m_table(new QComboBox)
    , m_script(new QComboBox)
    , m_bom(new QCheckBox(tr("Start with a byte-order mark (Excel needs it to show Chinese)")))
    , m_file(new QLineEdit)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV"));
    m_table->setObjectName(QStringLiteral("exportTable"));
    m_table->addItem(tr("Annotations (tagged passages)"), int(CsvExport::Table::Annotations));
    m_table->addItem(tr("Article × tag matrix"), int(CsvExport::Table::Matrix));
    m_table->addItem(tr("Articles (metadata)"), int(CsvExport::Table::Articles));
    m_table->addItem(tr("Entities"), int(CsvExport::Table::Entities));
    m_script->setObjectName(QStringLiteral("exportScript"));
    for (const ScriptMode mode : {ScriptMode::Original, ScriptMode::Simplified, ScriptMode::Traditional})
        m_script->addItem(ScriptConverter::modeLabel(mode), int(mode));
    m_bom->setChecked(byteOrderMark);
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setText(QDir::home().filePath(QStringLiteral("annotations.csv")));
    auto *browse = new QPushButton(tr("Choose…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Table:"), m_table);
    form->addRow(tr("Quoted text in:"), m_script);
    form->addRow(QString(), m_bom);
    form->addRow(tr("File:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        static const QStringList names = {QStringLiteral("annotations.csv"), QStringLiteral("matrix.csv"),
                                          QStringLiteral("articles.csv"), QStringLiteral("entities.csv")};
        m_file->setText(QFileInfo(m_file->text()).dir().filePath(names.value(m_table->currentIndex())));
    });
}

QString ExportDialog::outputPath() const
{
    return m_file->text();
}

void ExportDialog::chooseFile()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

bool ExportDialog::runExport()
{
    const CsvExport::Options options{CsvExport::Table(m_table->currentData().toInt()),
                                     ScriptMode(m_script->currentData().toInt()), m_bom->isChecked()};
    const QString path = outputPath();
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, parentWidget());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_int done{0};
    std::atomic_int total{0};
    std::atomic_bool cancel{false};
    bool ok = false;
    QString error;
    // A connection of its own: Qt's SQL connections belong to the thread that opened them.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        CorpusDatabase db;
        if (!db.open(m_corpusPath)) {
            error = db.errorString();
            return;
        }
        ok = CsvExport::write(db, path, options, &error, [&](int d, int t) {
            done = d;
            total = t;
            return !cancel.load();
        });
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        progress.setMaximum(std::max(0, total.load()));
        progress.setValue(done.load());
    });
    ticker.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    progress.reset();
    if (!ok)
        QMessageBox::warning(parentWidget(), tr("Export"), error);
    return ok;
}

} // namespace Pizhu
