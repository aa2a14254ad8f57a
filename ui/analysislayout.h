// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QDialog;
class QLayout;
class QPushButton;
class QWidget;

namespace Pizhu {

/**
 * The arrangement the analysis dialogs share: their options on the left, the results on the
 * right, and below them Close and the dialog's own actions (saving), none of which Return
 * presses: in a table, Return opens the row.
 */
class AnalysisLayout
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AnalysisLayout)

public:
    /** Lays out \a dialog; the buttons made for \a actions, in their order. */
    static QList<QPushButton *> arrange(QDialog *dialog, QLayout *options, QWidget *results,
                                        const QStringList &actions);
};

} // namespace Pizhu
