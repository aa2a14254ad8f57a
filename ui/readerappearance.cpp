// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerappearance.h"

#include "appearance.h"
#include "preferences.h"
#include "readerview.h"
#include "syntaxsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>

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
    connect(reader, &ReaderView::zoomChanged, this,
            [](int steps) { Preferences::readerZoom.setValue(steps); });
    // Qt tells the application alone when its palette changes; a widget with colours of its own
    // (the reader) hears nothing.
    QCoreApplication::instance()->installEventFilter(this);
    applyPreferences();
}

void ReaderAppearance::applyPreferences()
{
    m_reader->setTheme(SyntaxSupport::theme(Preferences::readerTheme.value(), Appearance::isDark()));
    m_reader->setReadingAids(m_readingAids && m_readingAids->isChecked());
    m_reader->setShowSetAside(Preferences::showSetAside.value());
    m_reader->setZoom(Preferences::readerZoom.value());
}

void ReaderAppearance::addTo(QMenu *view)
{
    QAction *setAside = view->addAction(tr("Show &Set-Aside Lines"));
    setAside->setObjectName(QStringLiteral("actionShowSetAside"));
    setAside->setCheckable(true);
    setAside->setToolTip(tr("Show the menus, captions and footers the importer set aside, greyed, in place"));
    setAside->setChecked(m_reader->showsSetAside());
    connect(setAside, &QAction::toggled, this, [this](bool show) {
        m_reader->setShowSetAside(show);
        Preferences::showSetAside.setValue(show);
    });
    if (m_readingAids)
        view->addAction(m_readingAids);
    view->addSeparator();
    QAction *zoomIn =
        view->addAction(tr("Zoom &In"), this, [this] { m_reader->setZoom(m_reader->zoom() + 1); });
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut =
        view->addAction(tr("Zoom &Out"), this, [this] { m_reader->setZoom(m_reader->zoom() - 1); });
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual Size"), this, [this] { m_reader->setZoom(0); });
    zoomReset->setObjectName(QStringLiteral("actionZoomReset"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
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
