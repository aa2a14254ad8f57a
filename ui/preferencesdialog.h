// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Pizhu {

/**
 * Edit → Preferences: UI language, light or dark, the reader's theme (where KSyntaxHighlighting
 * gives themes), default display script, reader font and size, coder name and whether CSV exports
 * start with a byte-order mark. Accepting stores them; the window applies them.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** Stores what the dialog shows. */
    void save() const;

private:
    QComboBox *m_language;
    QComboBox *m_script;
    QComboBox *m_appearance;
    QComboBox *m_theme;
    QCheckBox *m_fontChosen;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QLineEdit *m_coder;
    QCheckBox *m_bom;
};

} // namespace Pizhu
