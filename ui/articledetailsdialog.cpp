// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailsdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pizhu {

ArticleDetailsDialog::ArticleDetailsDialog(const ArticleDetails &details, const QStringList &outlets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(details.title))
    , m_date(new QLineEdit(QString(details.published).replace(QLatin1Char('T'), QLatin1Char(' '))))
    , m_outlet(new QLineEdit(details.outlet))
    , m_bylines(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Article Details"));
    setObjectName(QStringLiteral("articleDetailsDialog"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setPlaceholderText(tr("2022-03-25 16:43, 2022年3月25日, or empty when unknown"));
    m_outlet->setObjectName(QStringLiteral("outletEdit"));
    auto *completer = new QCompleter(outlets, m_outlet);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_outlet->setCompleter(completer);

    m_bylines->setObjectName(QStringLiteral("bylineTable"));
    m_bylines->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_bylines->horizontalHeader()->setStretchLastSection(true);
    m_bylines->verticalHeader()->hide();
    for (const Byline &byline : details.bylines)
        addBylineRow(byline);
    auto *add = new QPushButton(tr("&Add Name"));
    auto *remove = new QPushButton(tr("&Remove Name"));
    connect(add, &QPushButton::clicked, this, [this] {
        addBylineRow({});
        m_bylines->setCurrentCell(m_bylines->rowCount() - 1, 0);
        m_bylines->editItem(m_bylines->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_bylines->currentRow() >= 0)
            m_bylines->removeRow(m_bylines->currentRow());
    });
    auto *bylineButtons = new QHBoxLayout;
    bylineButtons->addWidget(add);
    bylineButtons->addWidget(remove);
    bylineButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Bylines:"), m_bylines);
    form->addRow(QString(), bylineButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
}

void ArticleDetailsDialog::addBylineRow(const Byline &byline)
{
    const int row = m_bylines->rowCount();
    m_bylines->insertRow(row);
    m_bylines->setItem(row, 0, new QTableWidgetItem(byline.name));
    m_bylines->setItem(row, 1, new QTableWidgetItem(byline.role));
}

ArticleDetails ArticleDetailsDialog::details() const
{
    ArticleDetails details{m_title->text(), m_date->text(), m_outlet->text(), {}};
    for (int row = 0; row < m_bylines->rowCount(); ++row) {
        const QTableWidgetItem *name = m_bylines->item(row, 0);
        const QTableWidgetItem *role = m_bylines->item(row, 1);
        details.bylines << Byline{name ? name->text() : QString(), role ? role->text() : QString()};
    }
    return details;
}

} // namespace Pizhu
