// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysislayout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Pizhu {

QList<QPushButton *> AnalysisLayout::arrange(QDialog *dialog, QLayout *options, QWidget *results,
                                             const QStringList &actions)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QList<QPushButton *> made;
    for (const QString &action : actions)
        made << buttons->addButton(action, QDialogButtonBox::ActionRole);
    for (QAbstractButton *button : buttons->buttons())
        static_cast<QPushButton *>(button)->setAutoDefault(false);
    auto *main = new QHBoxLayout;
    main->addLayout(options);
    main->addWidget(results, 1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(main, 1);
    layout->addWidget(buttons);
    dialog->resize(1100, 700);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    return made;
}

void AnalysisLayout::offerSave(QPushButton *button, QLabel *status, const QString &title, const QString &name,
                               const QString &filter,
                               const std::function<bool(const QString &, QString *)> &save)
{
    QObject::connect(button, &QPushButton::clicked, status, [=] {
        const QString path = QFileDialog::getSaveFileName(button->window(), title, name, filter);
        QString error;
        if (!path.isEmpty() && !save(path, &error))
            status->setText(error);
    });
}

} // namespace Pizhu
