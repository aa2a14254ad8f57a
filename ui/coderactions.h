// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QStatusBar;
class QToolButton;
class QWidget;

namespace Pizhu {

class CorpusSession;
class TaggingController;

/**
 * The window's coders: who codes here (asked once, on the first edit, when Preferences name no
 * one; shown in the status bar, where a click changes it), and whose coding the codebook, the
 * Passages dock and the reader show: everyone's, one's, several, or two compared in the reader
 * (View → Coders). Each coder's work stays apart: this only chooses what is seen.
 */
class CoderActions : public QObject
{
    Q_OBJECT

public:
    CoderActions(CorpusSession &session, TaggingController *tagging, QWidget *window);

    /** Fills View → Coders, and puts the coder's name in \a status. */
    void addTo(QMenu *view, QStatusBar *status);
    /** Asks for this window's coder's name; stores it in Preferences when given. */
    void askCoderName();
    /** Shows the coding of \a coders (everyone's when empty). */
    void showCoders(const QStringList &coders);
    /** Asks for two coders and compares them in the reader. */
    void chooseComparison();

private:
    void fillMenu(QMenu *menu);
    void updateStatus();

    CorpusSession &m_session;
    TaggingController *m_tagging;
    QWidget *m_window;
    QToolButton *m_status = nullptr;
};

} // namespace Pizhu
