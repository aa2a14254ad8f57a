// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpicker.h"

#include "store/tagstore.h"
#include "text/scriptconverter.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Pizhu {

TagPicker::TagPicker(CorpusDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("tagPicker"));
    setWindowTitle(tr("Choose a Tag"));
    m_field->setObjectName(QStringLiteral("tagPickerField"));
    m_field->setPlaceholderText(tr("Type part of a tag's name"));
    m_list->setObjectName(QStringLiteral("tagPickerList"));
    TagStore tags(db);
    for (const Tag &tag : tags.all()) {
        auto *item = new QListWidgetItem(tags.path(tag.id), m_list);
        item->setData(Qt::UserRole, tag.id);
        item->setData(Qt::DecorationRole, QColor(tag.color));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this, &TagPicker::filter);
    connect(m_field, &QLineEdit::returnPressed, this, &TagPicker::choose);
    connect(m_list, &QListWidget::itemActivated, this, &TagPicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    filter(QString());
}

void TagPicker::exclude(const QList<qint64> &tagIds)
{
    for (int i = m_list->count() - 1; i >= 0; --i) {
        if (tagIds.contains(m_list->item(i)->data(Qt::UserRole).toLongLong()))
            delete m_list->takeItem(i);
    }
    filter(m_field->text());
}

void TagPicker::filter(const QString &text)
{
    // 敘事 finds 叙事: names and what is typed are compared in simplified script.
    const ScriptConverter &simplified = ScriptConverter::forMode(ScriptMode::Simplified);
    const QString typed = simplified.convertText(text.trimmed());
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown = simplified.convertText(item->text()).contains(typed, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void TagPicker::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    m_chosen = item->data(Qt::UserRole).toLongLong();
    accept();
}

} // namespace Pizhu
