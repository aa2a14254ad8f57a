// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editing/changeevent.h"
#include "store/annotationstore.h"
#include "text/scriptconverter.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Pizhu {

class CorpusSession;

/**
 * Tagged passages as a table: tag, quote, note, coder, and the article in the corpus-wide view.
 * It shows either the open article's passages or every passage of one tag (and the tags below
 * it) across the corpus, and follows the session's changes in place: rows come and go and
 * change, the others stay where they are.
 */
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TagColumn,
        QuoteColumn,
        NoteColumn,
        CoderColumn,
        ArticleColumn,
        ColumnCount,
    };

    static constexpr int AnnotationIdRole = Qt::UserRole + 20;
    static constexpr int ArticleIdRole = Qt::UserRole + 21;

    explicit AnnotationListModel(CorpusSession &session, QObject *parent = nullptr);

    /** Shows the passages of \a articleId. */
    void showArticle(qint64 articleId);
    /** Shows every passage of \a tagId and the tags below it, corpus-wide (0: of every tag). */
    void showTag(qint64 tagId);
    bool isCorpusWide() const { return m_corpusWide; }
    /** Quotes and titles are shown in \a mode, as the reader shows the article. */
    void setDisplayScript(ScriptMode mode);

    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 annotationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    void apply(const ChangeEvent &event);
    QList<Annotation> readRows() const;
    void readTags();
    /** Turns the rows into \a fresh (in the same order) by removing, inserting and changing rows. */
    void update(const QList<Annotation> &fresh);
    QString quote(const Annotation &annotation) const;
    QString inDisplayScript(const QString &text) const;

    CorpusSession &m_session;
    QList<Annotation> m_rows;
    qint64 m_articleId = 0;
    qint64 m_tagId = 0;
    bool m_corpusWide = false;
    QHash<qint64, QPair<QString, QString>> m_tags; ///< id -> (path, colour)
    ScriptMode m_displayScript = ScriptMode::Original;
    mutable QHash<qint64, QPair<QString, QString>> m_articles; ///< id -> (title, body), as rows are shown
};

} // namespace Pizhu
