// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include "readertheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Pizhu {

namespace {

/** The style Pizhu started with, which the system (or the user's Qt settings) chose. */
QString &systemStyle()
{
    static QString name;
    return name;
}

Appearance::Mode &currentMode()
{
    static Appearance::Mode mode = Appearance::Mode::System;
    return mode;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2e, 0x31);
    const QColor base(0x1f, 0x22, 0x25);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dim(0x8a, 0x8f, 0x94);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dim);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(140));
    palette.setColor(QPalette::Midlight, window.lighter(120));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x5c, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dim);
    return palette;
}

} // namespace

void Appearance::apply(Mode mode)
{
    if (systemStyle().isEmpty())
        systemStyle() = QApplication::style()->name();
    if (mode == currentMode())
        return;
    currentMode() = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle()));
        // A palette with no colour of its own resolves to the platform's, and follows it when it changes.
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Appearance::Mode Appearance::current()
{
    return currentMode();
}

bool Appearance::isDark()
{
    return ReaderTheme::isDark(QApplication::palette());
}

QString Appearance::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

Appearance::Mode Appearance::modeFromName(const QString &name)
{
    for (const Mode mode : {Mode::Light, Mode::Dark}) {
        if (name == modeName(mode))
            return mode;
    }
    return Mode::System;
}

} // namespace Pizhu
