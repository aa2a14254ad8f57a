// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;
class QTimer;

namespace Pizhu {

class CorpusSession;
class EntityTableModel;

/**
 * The entities of the whole corpus (Tools → Entities in Corpus): entity, type, articles,
 * mentions, with a filter. Activating a row lists the articles that mention it; its context menu
 * corrects the entity everywhere in the corpus.
 */
class CorpusEntitiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CorpusEntitiesDialog(CorpusSession &session, QWidget *parent = nullptr);

    EntityTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }

Q_SIGNALS:
    void articlesMentioningRequested(const QString &type, const QString &key, const QString &name);

private:
    void applyFilter();
    void showContextMenu(const QPoint &position);

    CorpusSession &m_session;
    EntityTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QTimer *m_filterDelay;
};

} // namespace Pizhu
