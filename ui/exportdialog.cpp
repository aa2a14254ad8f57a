// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/exportjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pizhu {

ExportDialog::ExportDialog(const QString &corpusPath, bool byteOrderMark, QWidget *parent)
    : QDialog(parent)
    , m_corpusPath(corpusPath)
    , m_table(new QComboBox)
    , m_script(new QComboBox)
    , m_bom(new QCheckBox(tr("Start with a byte-order mark (Excel needs it to show Chinese)")))
    , m_byCoder(new QCheckBox(tr("One row per article and coder")))
    , m_listedOnly(new QCheckBox)
    , m_file(new QLineEdit)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV"));
    m_table->setObjectName(QStringLiteral("exportTable"));
    m_table->addItem(tr("Annotations (tagged passages)"), int(CsvExport::Table::Annotations));
    m_table->addItem(tr("Article tags (tags on whole articles)"), int(CsvExport::Table::ArticleTags));
    m_table->addItem(tr("Article × tag matrix"), int(CsvExport::Table::Matrix));
    m_table->addItem(tr("Articles (metadata)"), int(CsvExport::Table::Articles));
    m_table->addItem(tr("Entities"), int(CsvExport::Table::Entities));
    m_table->addItem(tr("Memos"), int(CsvExport::Table::Memos));
    m_script->setObjectName(QStringLiteral("exportScript"));
    for (const ScriptMode mode : {ScriptMode::Original, ScriptMode::Simplified, ScriptMode::Traditional})
        m_script->addItem(ScriptConverter::modeLabel(mode), int(mode));
    m_bom->setChecked(byteOrderMark);
    m_byCoder->setObjectName(QStringLiteral("exportByCoder"));
    m_byCoder->setEnabled(false);
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setText(QDir::home().filePath(QStringLiteral("annotations.csv")));
    auto *browse = new QPushButton(tr("Choose…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Table:"), m_table);
    form->addRow(tr("Quoted text in:"), m_script);
    form->addRow(QString(), m_byCoder);
    m_listedOnly->setObjectName(QStringLiteral("exportListedOnly"));
    m_listedOnly->hide();
    form->addRow(QString(), m_listedOnly);
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
        static const QHash<int, QString> names = {
            {int(CsvExport::Table::Annotations), QStringLiteral("annotations.csv")},
            {int(CsvExport::Table::ArticleTags), QStringLiteral("article-tags.csv")},
            {int(CsvExport::Table::Matrix), QStringLiteral("matrix.csv")},
            {int(CsvExport::Table::Articles), QStringLiteral("articles.csv")},
            {int(CsvExport::Table::Entities), QStringLiteral("entities.csv")},
            {int(CsvExport::Table::Memos), QStringLiteral("memos.csv")}};
        const int table = m_table->currentData().toInt();
        m_file->setText(QFileInfo(m_file->text()).dir().filePath(names.value(table)));
        m_byCoder->setEnabled(table == int(CsvExport::Table::Matrix));
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

void ExportDialog::offerListed(const ArticleFilter &listed, int count)
{
    m_listed = listed;
    // A long list may not be counted yet (-1).
    m_listedOnly->setText(count < 0
                              ? tr("Only the articles listed, not the whole corpus")
                              : tr("Only the %n article(s) listed, not the whole corpus", nullptr, count));
    m_listedOnly->setVisible(!listed.isEmpty());
}

std::unique_ptr<ExportJob> ExportDialog::createJob() const
{
    const bool listedOnly = !m_listedOnly->isHidden() && m_listedOnly->isChecked();
    const CsvExport::Options options{CsvExport::Table(m_table->currentData().toInt()),
                                     ScriptMode(m_script->currentData().toInt()), m_bom->isChecked(),
                                     m_byCoder->isEnabled() && m_byCoder->isChecked(),
                                     listedOnly ? m_listed : ArticleFilter()};
    return std::make_unique<ExportJob>(outputPath(), options);
}

} // namespace Pizhu
