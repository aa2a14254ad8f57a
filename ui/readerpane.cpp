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
    // A new article or script: the find bar's hits are recomputed for what is shown.
    connect(m_reader, &ReaderView::scriptModeChanged, m_findBar, &FindBar::refresh);
}

} // namespace Pizhu
