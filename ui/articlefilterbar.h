// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/articlelistquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace Pizhu {

class CorpusDatabase;

/**
 * Filters on the articles' details below the search box: published between two days, outlet,
 * script, an imported attribute's value (a CSV or JSONL column such as category) and a saved
 * article set. They combine with the search, tag, entity and status filters of the list.
 */
class ArticleFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleFilterBar(CorpusDatabase &db, QWidget *parent = nullptr);

    /** The conditions chosen (dates, outlets, scripts, attributes, set); the other fields empty. */
    ArticleFilter conditions() const;
    /** Reads the outlets, attribute names and sets again, keeping what is chosen where it still exists. */
    void refreshChoices();
    /** Chooses nothing: every article passes. */
    void clear();
    /** Chooses the saved set \a id (after it was saved), leaving the other conditions. */
    void chooseSet(qint64 id);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *outletBox() const { return m_outlet; }
    QComboBox *scriptBox() const { return m_script; }
    QComboBox *attributeBox() const { return m_attribute; }
    QComboBox *valueBox() const { return m_value; }
    QComboBox *setBox() const { return m_set; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /** The conditions changed. */
    void changed();
    /** The user asked to delete the saved set \a id. */
    void deleteSetRequested(qint64 id);

private:
    void fillValues();
    /** Refills \a box with \a items after its "any" entry, choosing \a keep again if it is among them. */
    static void refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &items,
                       const QVariant &keep);

    CorpusDatabase &m_db;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outlet;
    QComboBox *m_script;
    QComboBox *m_attribute;
    QComboBox *m_value;
    QComboBox *m_set;
    QToolButton *m_deleteSet;
};

} // namespace Pizhu
