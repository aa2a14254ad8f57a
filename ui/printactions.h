// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Pizhu {

class CorpusSession;
class ReaderView;

/** File → Print Article… and Export Article as PDF…: the article on show with its coding (ArticlePrintout).
 */
class PrintActions : public QObject
{
    Q_OBJECT

public:
    PrintActions(CorpusSession &session, ReaderView *reader, QWidget *window);

    void addTo(QMenu *file);
    /** Enables the actions while the reader shows an article. */
    void articleChanged();

    void print();
    void exportPdf();

private:
    CorpusSession &m_session;
    ReaderView *m_reader;
    QWidget *m_window;
    QAction *m_print;
    QAction *m_pdf;
};

} // namespace Pizhu
