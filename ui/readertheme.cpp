// SPDX-License-Identifier: GPL-3.0-or-later
#include "readertheme.h"

namespace Pizhu {

ReaderTheme ReaderTheme::own(bool dark)
{
    ReaderTheme theme;
    theme.dark = dark;
    if (dark) {
        theme.page = QColor(0x23, 0x26, 0x29);
        theme.text = QColor(0xe0, 0xe0, 0xe0);
        theme.dimText = QColor(0x9a, 0x9a, 0x9a);
        theme.imageBackground = QColor(0x2d, 0x31, 0x35);
        theme.person = QColor(0x3d, 0x7e, 0xc9, 150);
        theme.organization = QColor(0x3f, 0x9a, 0x4f, 150);
        theme.figure = QColor(0xb8, 0x7a, 0x1c, 150);
    } else {
        theme.page = QColor(0xff, 0xff, 0xff);
        theme.text = QColor(0x1f, 0x1f, 0x1f);
        theme.dimText = QColor(0x80, 0x80, 0x80);
        theme.imageBackground = QColor(0xf2, 0xf2, 0xf2);
        theme.person = QColor(0x8e, 0xc5, 0xff, 150);
        theme.organization = QColor(0x9b, 0xe0, 0x9b, 150);
        theme.figure = QColor(0xff, 0xc4, 0x6b, 150);
    }
    theme.findHit = QColor(255, 235, 120);
    theme.findCurrent = QColor(255, 150, 50);
    theme.flash = QColor(255, 140, 0);
    theme.markText = Qt::black;
    return theme;
}

bool ReaderTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor ReaderTheme::entityColor(EntityType type) const
{
    switch (type) {
    case EntityType::Person:
        return person;
    case EntityType::Organization:
        return organization;
    case EntityType::Figure:
        return figure;
    }
    return {};
}

QColor ReaderTheme::overPage(const QColor &mark) const
{
    const qreal a = mark.alphaF();
    return QColor::fromRgbF(float(mark.redF() * a + page.redF() * (1 - a)),
                            float(mark.greenF() * a + page.greenF() * (1 - a)),
                            float(mark.blueF() * a + page.blueF() * (1 - a)));
}

QPalette ReaderTheme::applyTo(QPalette palette) const
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Base, page);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::PlaceholderText, dimText);
        palette.setColor(group, QPalette::AlternateBase, imageBackground);
    }
    return palette;
}

} // namespace Pizhu
