// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/scriptconverter.h"

#include <QObject>

class QActionGroup;
class QComboBox;
class QMenu;

namespace Pizhu {

/**
 * The two controls that choose the reader's script, kept in step: the View → Script menu (one
 * checkable action per mode) and the toolbar's combo box. Choosing in either asks for the mode;
 * setMode() shows the mode in both.
 */
class ScriptSwitcher : public QObject
{
    Q_OBJECT

public:
    /** Fills \a menu with the modes; the combo box is made for a toolbar to take. */
    ScriptSwitcher(QMenu *menu, QObject *parent);

    QComboBox *comboBox() const { return m_comboBox; }
    /** Checks \a mode in the menu and selects it in the combo box, without asking for it. */
    void setMode(ScriptMode mode);

Q_SIGNALS:
    void modeChosen(Pizhu::ScriptMode mode);

private:
    QActionGroup *m_actions;
    QComboBox *m_comboBox; ///< owned by the toolbar it is added to
};

} // namespace Pizhu
