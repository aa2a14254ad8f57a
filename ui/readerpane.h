// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Pizhu {

class FindBar;
class ReaderView;

/** The reader with its find bar (Ctrl+F) above it. */
class ReaderPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    FindBar *findBar() const { return m_findBar; }

private:
    ReaderView *m_reader;
    FindBar *m_findBar;
};

} // namespace Pizhu
