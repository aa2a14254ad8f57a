// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptswitcher.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMenu>

namespace Pizhu {

ScriptSwitcher::ScriptSwitcher(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_actions(new QActionGroup(this))
    , m_comboBox(new QComboBox)
{
    m_comboBox->setObjectName(QStringLiteral("scriptSwitch"));
    m_comboBox->setToolTip(tr("The script articles are shown in"));
    for (const ScriptMode mode : ScriptConverter::allModes()) {
        QAction *action = menu->addAction(ScriptConverter::modeLabel(mode));
        action->setObjectName(QStringLiteral("actionScript_") + ScriptConverter::modeName(mode));
        action->setCheckable(true);
        action->setData(int(mode));
        m_actions->addAction(action);
        m_comboBox->addItem(ScriptConverter::modeLabel(mode), int(mode));
    }
    connect(m_actions, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT modeChosen(ScriptMode(action->data().toInt())); });
    connect(m_comboBox, &QComboBox::activated, this,
            [this](int index) { Q_EMIT modeChosen(ScriptMode(m_comboBox->itemData(index).toInt())); });
}

void ScriptSwitcher::setMode(ScriptMode mode)
{
    for (QAction *action : m_actions->actions())
        action->setChecked(ScriptMode(action->data().toInt()) == mode);
    m_comboBox->setCurrentIndex(m_comboBox->findData(int(mode)));
}

} // namespace Pizhu
