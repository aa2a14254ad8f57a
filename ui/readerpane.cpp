// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpane.h"

#include "findbar.h"
#include "readerview.h"

#include <QVBoxLayout>

namespace Pizhu {

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent)
    , m_reader(new ReaderView)
    , m_findBar(new FindBar(m_reader))
{
    setObjectName(QStringLiteral("readerPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_reader);
    // Hits are kept in original offsets, so another script shows the same hits and the same
    // current one: only a new article makes the find bar search again (MainWindow asks it to).
}

} // namespace Pizhu
