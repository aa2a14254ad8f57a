// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchquery.h"

#include <QWidget>

class QLabel;
class QMenu;
class QLineEdit;
class QToolButton;

namespace Pizhu {

class ReaderView;

/**
 * Find in the open article (Ctrl+F), in either script: 黨員 finds 党员 whatever the display.
 * Hits come from the article's simplified shadow, so they land on the same characters in every
 * script; Enter and Shift+Enter step through them.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    /** Shows the bar and puts the cursor in its field. */
    /** Puts Find in Article, Find Next and Find Previous into \a menu (the Edit menu). */
    void addTo(QMenu *menu);
    void activate();
    /**
     * Shows the hits of \a query (the corpus search) in the article, the first one current, and
     * leaves the focus where it is: F3 and Shift+F3 step through them.
     */
    void showHitsOf(const QString &query);
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_current; }

    void findNext();
    void findPrevious();
    /** Runs the search again, after the article or its display changed. */
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showCurrent();
    void close();

    ReaderView *m_reader;
    QLineEdit *m_field;
    QLabel *m_status;
    QList<TextSpan> m_hits;
    int m_current = -1;
};

} // namespace Pizhu
