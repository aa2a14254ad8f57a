// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <functional>

class QDialog;
class QLabel;
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
    /**
     * Makes \a button ask where to save (\a title, a file \a name, \a filter) and save there with
     * \a save; a failure is shown in \a status.
     */
    static void offerSave(QPushButton *button, QLabel *status, const QString &title, const QString &name,
                          const QString &filter, const std::function<bool(const QString &, QString *)> &save);
};

} // namespace Pizhu
