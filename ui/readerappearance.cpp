// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerappearance.h"

#include "appearance.h"
#include "preferences.h"
#include "readerview.h"
#include "syntaxsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>

namespace Pizhu {

ReaderAppearance::ReaderAppearance(ReaderView *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{
    if (SyntaxSupport::isAvailable()) {
        m_readingAids = new QAction(tr("&Reading Aids"), this);
        m_readingAids->setObjectName(QStringLiteral("actionReadingAids"));
        m_readingAids->setCheckable(true);
        m_readingAids->setToolTip(tr("Colour quotations, titles of works, dates, figures and credits"));
        m_readingAids->setChecked(Preferences::readingAids.value());
        connect(m_readingAids, &QAction::toggled, this, [this](bool show) {
            m_reader->setReadingAids(show);
            Preferences::readingAids.setValue(show);
        });
    }
    // Qt tells the application alone when its palette changes; a widget with colours of its own
    // (the reader) hears nothing.
    QCoreApplication::instance()->installEventFilter(this);
    applyPreferences();
}

void ReaderAppearance::applyPreferences()
{
    m_reader->setTheme(SyntaxSupport::theme(Preferences::readerTheme.value(), Appearance::isDark()));
    m_reader->setReadingAids(m_readingAids && m_readingAids->isChecked());
}

bool ReaderAppearance::eventFilter(QObject *watched, QEvent *event)
{
    // The system, or Preferences, turned the application light or dark: an automatic theme follows.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance() &&
        Preferences::readerTheme.value().isEmpty()) {
        const bool dark = Appearance::isDark();
        if (dark != m_reader->theme().dark)
            m_reader->setTheme(SyntaxSupport::theme(QString(), dark));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Pizhu
