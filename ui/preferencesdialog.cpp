// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"
#include "preferences.h"
#include "syntaxsupport.h"
#include "text/scriptconverter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pizhu {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_script(new QComboBox)
    , m_appearance(new QComboBox)
    , m_theme(new QComboBox)
    , m_fontChosen(new QCheckBox(tr("Use one font for every script")))
    , m_font(new QFontComboBox)
    , m_size(new QSpinBox)
    , m_coder(new QLineEdit)
    , m_bom(new QCheckBox(tr("Start CSV exports with a byte-order mark (for Excel)")))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("preferenceLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Preferences::language.value())));
    m_appearance->setObjectName(QStringLiteral("preferenceAppearance"));
    m_appearance->addItem(tr("As the system is"), Appearance::modeName(Appearance::Mode::System));
    m_appearance->addItem(tr("Light"), Appearance::modeName(Appearance::Mode::Light));
    m_appearance->addItem(tr("Dark"), Appearance::modeName(Appearance::Mode::Dark));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(Preferences::appearance.value())));
    m_theme->setObjectName(QStringLiteral("preferenceTheme"));
    m_theme->addItem(tr("Light or dark, as Pizhu is"), QString());
    for (const QString &name : SyntaxSupport::themeNames())
        m_theme->addItem(name, name);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Preferences::readerTheme.value())));
    m_script->setObjectName(QStringLiteral("preferenceScript"));
    for (const ScriptMode mode : ScriptConverter::allModes())
        m_script->addItem(ScriptConverter::modeLabel(mode), ScriptConverter::modeName(mode));
    m_script->setCurrentIndex(std::max(0, m_script->findData(Preferences::readerScript.value())));
    m_fontChosen->setObjectName(QStringLiteral("preferenceFontChosen"));
    m_fontChosen->setToolTip(tr("Otherwise the reader draws each script in its own Chinese glyph forms: "
                                "mainland for simplified, Taiwan for traditional, Hong Kong for Hong Kong"));
    m_font->setObjectName(QStringLiteral("preferenceFont"));
    m_font->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_fontChosen->setChecked(!Preferences::readerFontFamily.value().isEmpty());
    m_font->setEnabled(m_fontChosen->isChecked());
    connect(m_fontChosen, &QCheckBox::toggled, m_font, &QWidget::setEnabled);
    if (!Preferences::readerFontFamily.value().isEmpty())
        m_font->setCurrentFont(QFont(Preferences::readerFontFamily.value()));
    m_size->setObjectName(QStringLiteral("preferenceFontSize"));
    m_size->setRange(8, 40);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(Preferences::readerFontSize.value());
    m_coder->setObjectName(QStringLiteral("preferenceCoder"));
    m_coder->setPlaceholderText(tr("Your user name"));
    m_coder->setText(Preferences::coderName.value());
    m_bom->setObjectName(QStringLiteral("preferenceBom"));
    m_bom->setChecked(Preferences::csvByteOrderMark.value());

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language shows fully after Pizhu restarts.")));
    form->addRow(tr("Appearance:"), m_appearance);
    if (SyntaxSupport::isAvailable())
        form->addRow(tr("Reader theme:"), m_theme);
    form->addRow(tr("Show articles in:"), m_script);
    form->addRow(tr("Reader font:"), m_fontChosen);
    form->addRow(QString(), m_font);
    form->addRow(tr("Reader font size:"), m_size);
    form->addRow(tr("Coder name:"), m_coder);
    form->addRow(QString(), m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::save() const
{
    Preferences::language.setValue(m_language->currentData().toString());
    Preferences::appearance.setValue(m_appearance->currentData().toString());
    Preferences::readerTheme.setValue(m_theme->currentData().toString());
    Preferences::readerScript.setValue(m_script->currentData().toString());
    Preferences::readerFontFamily.setValue(m_fontChosen->isChecked() ? m_font->currentFont().family()
                                                                     : QString());
    Preferences::readerFontSize.setValue(m_size->value());
    Preferences::coderName.setValue(m_coder->text().trimmed());
    Preferences::csvByteOrderMark.setValue(m_bom->isChecked());
}

} // namespace Pizhu
