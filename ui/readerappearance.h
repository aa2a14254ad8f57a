// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace Pizhu {

class ReaderView;

/**
 * How the reader looks: the theme and reading aids the preferences ask for (SyntaxSupport),
 * following the application from light to dark and back while the theme is automatic; the
 * set-aside lines shown or not; the zoom. Its View menu items keep the choices in Preferences.
 */
class ReaderAppearance : public QObject
{
    Q_OBJECT

public:
    ReaderAppearance(ReaderView *reader, QObject *parent);

    /** Adds Show Set-Aside Lines, Reading Aids (where KSyntaxHighlighting is) and the zoom to \a view. */
    void addTo(QMenu *view);
    /** Applies the stored theme, reading aids, set-aside lines and zoom to the reader. */
    void applyPreferences();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReaderView *m_reader;
    QAction *m_readingAids = nullptr;
};

} // namespace Pizhu
