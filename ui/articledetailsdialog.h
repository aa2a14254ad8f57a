// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace Pizhu {

/**
 * Corrects what the import found of an article: title, date, outlet and bylines (name and role).
 * The text itself is not edited here: every passage and mention points into it.
 */
class ArticleDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a outlets: the corpus's outlets, offered as the outlet is typed. */
    ArticleDetailsDialog(const ArticleDetails &details, const QStringList &outlets,
                         QWidget *parent = nullptr);

    ArticleDetails details() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QTableWidget *bylineTable() const { return m_bylines; }

private:
    void addBylineRow(const Byline &byline);

    QLineEdit *m_title;
    QLineEdit *m_date;
    QLineEdit *m_outlet;
    QTableWidget *m_bylines;
};

} // namespace Pizhu
