// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "editing/corpussession.h"
#include "store/articlestore.h"
#include "store/tagstore.h"
#include "text/codepoints.h"

#include <QColor>
#include <QSet>

namespace Pizhu {

AnnotationListModel::AnnotationListModel(CorpusSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &CorpusSession::changed, this, &AnnotationListModel::apply);
}

void AnnotationListModel::apply(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Everything:
    case ChangeEvent::Kind::Articles:
        m_articles.clear();
        Q_FALLTHROUGH();
    case ChangeEvent::Kind::Codebook:
    case ChangeEvent::Kind::TagEdited:
        readTags();
        update(readRows());
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    case ChangeEvent::Kind::Passages:
        if (m_corpusWide || event.concernsArticle(m_articleId))
            update(readRows());
        return;
    case ChangeEvent::Kind::Coders:
        update(readRows());
        return;
    case ChangeEvent::Kind::ArticleTags:
    case ChangeEvent::Kind::Entities:
    case ChangeEvent::Kind::CodingStatus:
    case ChangeEvent::Kind::ArticleSets:
    case ChangeEvent::Kind::Memos:
        return;
    }
}

QList<Annotation> AnnotationListModel::readRows() const
{
    AnnotationStore store(m_session.database());
    QList<Annotation> rows;
    if (m_corpusWide)
        rows = store.forTags(m_tagId ? TagStore(m_session.database()).subtree(m_tagId) : QList<qint64>());
    else if (m_articleId)
        rows = store.forArticle(m_articleId);
    rows.removeIf([this](const Annotation &a) { return !m_session.shows(a.coder); });
    return rows;
}

void AnnotationListModel::readTags()
{
    m_tags.clear();
    TagStore tags(m_session.database());
    for (const Tag &tag : tags.all())
        m_tags.insert(tag.id, {tags.path(tag.id), tag.color});
}

void AnnotationListModel::update(const QList<Annotation> &fresh)
{
    QSet<qint64> freshIds;
    for (const Annotation &a : fresh)
        freshIds.insert(a.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Both lists are in the same order, so the remaining rows line up with their place in fresh.
    for (int row = 0; row < int(fresh.size()); ++row) {
        const Annotation &wanted = fresh.at(row);
        if (row < m_rows.size() && m_rows.at(row).id == wanted.id) {
            if (!(m_rows.at(row) == wanted)) {
                m_rows[row] = wanted;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, wanted);
        endInsertRows();
    }
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
    readTags();
    m_rows = readRows();
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

QString AnnotationListModel::inDisplayScript(const QString &text) const
{
    return ScriptConverter::forMode(m_displayScript).convertText(text);
}

void AnnotationListModel::setDisplayScript(ScriptMode mode)
{
    if (mode == m_displayScript)
        return;
    m_displayScript = mode;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
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
            return inDisplayScript(quote(a)).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case NoteColumn:
            return QString(a.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CoderColumn:
            return a.coder;
        case ArticleColumn:
            quote(a);
            return inDisplayScript(m_articles.value(a.articleId).first);
        }
        break;
    case Qt::DecorationRole:
        return index.column() == TagColumn ? QVariant(QColor(m_tags.value(a.tagId).second)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\n“%2”\n%3\n%4, %5")
            .arg(m_tags.value(a.tagId).first, inDisplayScript(quote(a)), a.note, a.coder, a.modified);
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
