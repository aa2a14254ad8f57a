// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace Pizhu {

class ReaderView;

/**
 * Gives the reader the theme and reading aids the preferences ask for (SyntaxSupport), and, while
 * the theme is left automatic, follows the application from light to dark and back.
 */
class ReaderAppearance : public QObject
{
    Q_OBJECT

public:
    ReaderAppearance(ReaderView *reader, QObject *parent);

    /** View → Reading Aids; nullptr where this build has no KSyntaxHighlighting. */
    QAction *readingAidsAction() const { return m_readingAids; }
    /** Applies the stored theme and reading aids to the reader. */
    void applyPreferences();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReaderView *m_reader;
    QAction *m_readingAids = nullptr;
};

} // namespace Pizhu
