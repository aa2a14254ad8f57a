// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "editing/corpussession.h"
#include "store/articlestore.h"
#include "store/tagstore.h"
#include "text/codepoints.h"

#include <QColor>

namespace Pizhu {

AnnotationListModel::AnnotationListModel(CorpusSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &CorpusSession::tagsChanged, this, &AnnotationListModel::reload);
    connect(&session, &CorpusSession::annotationsChanged, this, [this](qint64 articleId) {
        if (m_corpusWide || articleId == 0 || articleId == m_articleId)
            reload();
    });
}

void AnnotationListModel::showArticle(qint64 articleId)
{
    m_corpusWide = false;
    m_articleId = articleId;
    reload();
}

void AnnotationListModel::showTag(qint64 tagId)
{
    m_corpusWide = true;
    m_tagId = tagId;
    reload();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_tags.clear();
    TagStore tags(m_session.database());
    for (const Tag &tag : tags.all())
        m_tags.insert(tag.id, {tags.path(tag.id), tag.color});
    AnnotationStore store(m_session.database());
    if (m_corpusWide)
        m_rows = store.forTags(m_tagId ? tags.subtree(m_tagId) : QList<qint64>());
    else
        m_rows = m_articleId ? store.forArticle(m_articleId) : QList<Annotation>();
    m_articles.clear();
    endResetModel();
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == annotationId)
            return int(i);
    }
    return -1;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationListModel::quote(const Annotation &annotation) const
{
    auto it = m_articles.find(annotation.articleId);
    if (it == m_articles.end()) {
        const std::optional<ArticleText> text = ArticleStore(m_session.database()).text(annotation.articleId);
        it = m_articles.insert(annotation.articleId,
                               {text ? text->title : QString(), text ? text->body : QString()});
    }
    const QString &body = it->second;
    const qsizetype from = CodePoints::toUtf16(body, annotation.start);
    return body.mid(from, CodePoints::toUtf16(body, annotation.end) - from);
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TagColumn:
            return m_tags.value(a.tagId).first;
        case QuoteColumn:
            return quote(a).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case NoteColumn:
            return QString(a.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CoderColumn:
            return a.coder;
        case ArticleColumn:
            quote(a);
            return m_articles.value(a.articleId).first;
        }
        break;
    case Qt::DecorationRole:
        return index.column() == TagColumn ? QVariant(QColor(m_tags.value(a.tagId).second)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\n“%2”\n%3\n%4, %5")
            .arg(m_tags.value(a.tagId).first, quote(a), a.note, a.coder, a.modified);
    case AnnotationIdRole:
        return a.id;
    case ArticleIdRole:
        return a.articleId;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case QuoteColumn:
        return tr("Passage");
    case NoteColumn:
        return tr("Note");
    case CoderColumn:
        return tr("Coder");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

} // namespace Pizhu
