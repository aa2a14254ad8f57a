// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Pizhu {

class CorpusDatabase;

/** Chooses a tag by typing part of its path (type-ahead), then Enter. */
class TagPicker : public QDialog
{
    Q_OBJECT

public:
    explicit TagPicker(CorpusDatabase &db, QWidget *parent = nullptr);

    /** Leaves these tags out of the choice. */
    void exclude(const QList<qint64> &tagIds);
    qint64 chosenTag() const { return m_chosen; }

private:
    void filter(const QString &text);
    void choose();

    QLineEdit *m_field;
    QListWidget *m_list;
    qint64 m_chosen = 0;
};

} // namespace Pizhu
