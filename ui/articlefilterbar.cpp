// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefilterbar.h"

#include "search/corpusfacets.h"
#include "store/articlesetstore.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace Pizhu {

namespace {

// A date edit cannot be empty; its minimum stands for "no bound" and shows as such.
const QDate NoBound(1900, 1, 1);

// At most this many values of an attribute are offered; any other can be typed.
constexpr int ValueChoices = 500;

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NoBound);
    edit->setDate(NoBound);
    return edit;
}

QComboBox *comboBox(const QString &name)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    // A narrow list pane may squeeze the boxes; long outlet names are elided, not widening the pane.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

} // namespace

ArticleFilterBar::ArticleFilterBar(CorpusDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_from(dateEdit(QStringLiteral("filterFrom")))
    , m_to(dateEdit(QStringLiteral("filterTo")))
    , m_outlet(comboBox(QStringLiteral("filterOutlet")))
    , m_script(comboBox(QStringLiteral("filterScript")))
    , m_attribute(comboBox(QStringLiteral("filterAttribute")))
    , m_value(comboBox(QStringLiteral("filterValue")))
    , m_set(comboBox(QStringLiteral("filterSet")))
    , m_deleteSet(new QToolButton)
{
    setObjectName(QStringLiteral("articleFilterBar"));
    m_from->setSpecialValueText(tr("any day"));
    m_to->setSpecialValueText(tr("any day"));
    m_from->setToolTip(tr("Articles published on or after this day"));
    m_to->setToolTip(tr("Articles published on or before this day"));
    m_outlet->addItem(tr("Any outlet"));
    m_script->addItem(tr("Any script"));
    m_script->addItem(tr("Simplified"), int(Script::Simplified));
    m_script->addItem(tr("Traditional"), int(Script::Traditional));
    m_script->addItem(tr("Mixed"), int(Script::Mixed));
    m_attribute->addItem(tr("Any attribute"));
    m_attribute->setToolTip(tr("A column imported with the articles from CSV or JSONL, such as category"));
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->lineEdit()->setPlaceholderText(tr("any value"));
    m_value->setEnabled(false);
    m_set->addItem(tr("All articles"));
    m_set->setToolTip(tr("A saved set of articles (Articles → Save List as Set…)"));
    m_deleteSet->setObjectName(QStringLiteral("deleteSet"));
    m_deleteSet->setText(tr("Delete Set"));
    m_deleteSet->setEnabled(false);
    auto *clear = new QToolButton;
    clear->setObjectName(QStringLiteral("clearDetailsFilter"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Take every condition of these filters away"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(QStringLiteral("–")));
    dates->addWidget(m_to, 1);
    dates->addWidget(clear);
    auto *attribute = new QHBoxLayout;
    attribute->addWidget(m_attribute, 1);
    attribute->addWidget(new QLabel(QStringLiteral("=")));
    attribute->addWidget(m_value, 1);
    auto *set = new QHBoxLayout;
    set->addWidget(m_set, 1);
    set->addWidget(m_deleteSet);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 2, 0, 2);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Published:"), dates);
    form->addRow(tr("Outlet:"), m_outlet);
    form->addRow(tr("Script:"), m_script);
    form->addRow(tr("Attribute:"), attribute);
    form->addRow(tr("Set:"), set);

    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &ArticleFilterBar::changed);
        edit->calendarWidget()->installEventFilter(this);
    }
    for (QComboBox *box : {m_outlet, m_script, m_set})
        connect(box, &QComboBox::currentIndexChanged, this, &ArticleFilterBar::changed);
    connect(m_set, &QComboBox::currentIndexChanged, this,
            [this] { m_deleteSet->setEnabled(m_set->currentData().isValid()); });
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        fillValues();
        Q_EMIT changed();
    });
    connect(m_value, &QComboBox::currentIndexChanged, this, &ArticleFilterBar::changed);
    connect(m_value->lineEdit(), &QLineEdit::editingFinished, this, &ArticleFilterBar::changed);
    connect(m_deleteSet, &QToolButton::clicked, this, [this] {
        if (const QVariant id = m_set->currentData(); id.isValid())
            Q_EMIT deleteSetRequested(id.toLongLong());
    });
    connect(clear, &QToolButton::clicked, this, &ArticleFilterBar::clear);
    refreshChoices();
}

bool ArticleFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // With no bound chosen, the calendar opens on this month, not on January 1900.
    for (QDateEdit *edit : {m_from, m_to}) {
        if (watched == edit->calendarWidget() && event->type() == QEvent::Show && edit->date() == NoBound) {
            const QDate today = QDate::currentDate();
            edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
    }
    return QWidget::eventFilter(watched, event);
}

ArticleFilter ArticleFilterBar::conditions() const
{
    ArticleFilter filter;
    if (m_from->date() != NoBound)
        filter.dateFrom = m_from->date().toString(Qt::ISODate);
    if (m_to->date() != NoBound)
        filter.dateTo = m_to->date().toString(Qt::ISODate);
    if (m_outlet->currentIndex() > 0)
        filter.outlets << m_outlet->currentText();
    if (const QVariant script = m_script->currentData(); script.isValid())
        filter.scripts << Script(script.toInt());
    if (m_attribute->currentIndex() > 0)
        filter.attributes << AttributeCondition{m_attribute->currentText(), m_value->currentText()};
    filter.articleSetId = m_set->currentData().toLongLong();
    return filter;
}

void ArticleFilterBar::refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &items,
                              const QVariant &keep)
{
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(keep.isValid() ? std::max(0, box->findData(keep)) : 0);
}

void ArticleFilterBar::refreshChoices()
{
    const ArticleFilter before = conditions();
    const CorpusFacets facets(m_db);
    QList<std::pair<QString, QVariant>> outlets;
    for (const QString &outlet : facets.outlets())
        outlets.append({outlet, outlet});
    refill(m_outlet, outlets, m_outlet->currentData());
    QList<std::pair<QString, QVariant>> names;
    for (const QString &name : facets.attributeNames())
        names.append({name, name});
    const QString value = m_value->currentText();
    refill(m_attribute, names, m_attribute->currentData());
    fillValues();
    m_value->setEditText(m_attribute->currentIndex() > 0 ? value : QString());
    QList<std::pair<QString, QVariant>> sets;
    for (const ArticleSet &set : ArticleSetStore(m_db).all())
        sets.append({tr("%1 (%n article(s))", nullptr, set.size).arg(set.name), set.id});
    refill(m_set, sets, m_set->currentData());
    m_deleteSet->setEnabled(m_set->currentData().isValid());
    // A chosen outlet, attribute or set that is gone no longer narrows the list.
    if (!(conditions() == before))
        Q_EMIT changed();
}

void ArticleFilterBar::fillValues()
{
    const QSignalBlocker quiet(m_value);
    m_value->clear();
    const bool chosen = m_attribute->currentIndex() > 0;
    m_value->setEnabled(chosen);
    if (chosen)
        m_value->addItems(CorpusFacets(m_db).attributeValues(m_attribute->currentText(), ValueChoices));
    // Nothing chosen yet: every article that has the attribute, whatever its value.
    m_value->setCurrentIndex(-1);
}

void ArticleFilterBar::clear()
{
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        const QSignalBlocker quietOutlet(m_outlet);
        const QSignalBlocker quietScript(m_script);
        const QSignalBlocker quietAttribute(m_attribute);
        const QSignalBlocker quietSet(m_set);
        m_from->setDate(NoBound);
        m_to->setDate(NoBound);
        m_outlet->setCurrentIndex(0);
        m_script->setCurrentIndex(0);
        m_attribute->setCurrentIndex(0);
        m_set->setCurrentIndex(0);
        fillValues();
        m_deleteSet->setEnabled(false);
    }
    Q_EMIT changed();
}

void ArticleFilterBar::chooseSet(qint64 id)
{
    refreshChoices();
    m_set->setCurrentIndex(std::max(0, m_set->findData(id)));
}

} // namespace Pizhu
