// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytreemodel.h"

#include "editing/corpussession.h"
#include "itemroles.h"
#include "store/articlestore.h"
#include "text/codepoints.h"

#include <QFont>
#include <QHash>
#include <QPalette>

namespace Pizhu {

namespace {

constexpr quintptr GroupRow = 0; // internal id of group rows; entity rows carry group + 1
constexpr int ContextLength = 16;

} // namespace

EntityTreeModel::EntityTreeModel(CorpusSession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(&session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        if ((event.kind == ChangeEvent::Kind::Entities || event.kind == ChangeEvent::Kind::Everything ||
             event.kind == ChangeEvent::Kind::Articles) &&
            event.concernsArticle(m_articleId))
            update();
    });
}

QString EntityTreeModel::typeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("People");
    case EntityType::Organization:
        return tr("Organisations");
    case EntityType::Figure:
        return tr("Figures");
    }
    return {};
}

void EntityTreeModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void EntityTreeModel::setScriptMode(ScriptMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int group = 0; group < rowCount(); ++group) {
        const QModelIndex parent = index(group, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QString EntityTreeModel::inScript(const QString &text) const
{
    return m_mode == ScriptMode::Original ? text : ScriptConverter::forMode(m_mode).convertText(text);
}

void EntityTreeModel::setShowRejected(bool show)
{
    m_showRejected = show;
    reload();
}

void EntityTreeModel::reload()
{
    beginResetModel();
    m_body.clear();
    if (m_articleId) {
        if (const auto text = ArticleStore(m_session.database()).text(m_articleId))
            m_body = text->body;
    }
    m_groups = readGroups();
    endResetModel();
}

void EntityTreeModel::update()
{
    // A correction that keeps every entity where it was (confirm, a new role) changes rows in
    // place, so the dock keeps its selection; one that hides, adds or regroups entities resets.
    Groups fresh = readGroups();
    for (size_t g = 0; g < fresh.size(); ++g) {
        const bool same =
            std::equal(fresh[g].cbegin(), fresh[g].cend(), m_groups[g].cbegin(), m_groups[g].cend(),
                       [](const StoredEntity &a, const StoredEntity &b) { return a.id == b.id; });
        if (!same) {
            reload();
            return;
        }
    }
    m_groups = std::move(fresh);
    for (int group = 0; group < int(m_groups.size()); ++group) {
        const QModelIndex parent = index(group, 0);
        Q_EMIT dataChanged(parent, parent.siblingAtColumn(ColumnCount - 1));
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

EntityTreeModel::Groups EntityTreeModel::readGroups() const
{
    Groups groups;
    if (m_articleId) {
        const QList<StoredEntity> all = EntityStore(m_session.database()).forArticle(m_articleId);
        QHash<qint64, QList<TextSpan>> mergedMentions;
        for (const StoredEntity &entity : all) {
            if (entity.mergedInto)
                mergedMentions[entity.mergedInto] += entity.mentions;
        }
        for (const StoredEntity &entity : all) {
            if (entity.mergedInto || (entity.status == EntityStatus::Rejected && !m_showRejected))
                continue;
            StoredEntity shown = entity;
            shown.mentions += mergedMentions.value(entity.id);
            std::sort(shown.mentions.begin(), shown.mentions.end());
            groups[size_t(entity.type)].append(shown);
        }
    }
    return groups;
}

const StoredEntity *EntityTreeModel::entity(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRow)
        return nullptr;
    const auto &group = m_groups[size_t(index.internalId() - 1)];
    return index.row() < group.size() ? &group.at(index.row()) : nullptr;
}

QModelIndex EntityTreeModel::indexOfEntity(qint64 id) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        for (qsizetype row = 0; row < m_groups[g].size(); ++row) {
            if (m_groups[g].at(row).id == id)
                return createIndex(int(row), 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex EntityTreeModel::groupIndex(EntityType type) const
{
    return createIndex(int(type), 0, GroupRow);
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRow)
        return 0;
    return int(m_groups[size_t(parent.row())].size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString EntityTreeModel::context(const TextSpan &span) const
{
    const qsizetype start = CodePoints::toUtf16(m_body, span.start);
    const qsizetype end = CodePoints::toUtf16(m_body, span.end);
    const qsizetype from = std::max<qsizetype>(0, start - ContextLength);
    return QStringLiteral("…%1【%2】%3…")
        .arg(m_body.mid(from, start - from), m_body.mid(start, end - start), m_body.mid(end, ContextLength))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString EntityTreeModel::detail(const StoredEntity &entity) const
{
    if (entity.type != EntityType::Figure)
        return inScript(entity.role);
    QStringList parts;
    if (entity.value)
        parts << QString::number(*entity.value, 'f', std::fmod(*entity.value, 1.0) == 0 ? 0 : 2) +
                     entity.unit;
    if (entity.approx == QLatin1String("more than"))
        parts << tr("more than");
    else if (entity.approx == QLatin1String("about"))
        parts << tr("about");
    else if (entity.approx == QLatin1String("nearly"))
        parts << tr("nearly");
    // A figure's name holds what it counts (两名党员); one extracted by an earlier Pizhu may not.
    if (!entity.counts.isEmpty() && !entity.name.endsWith(entity.counts))
        parts << entity.counts;
    return parts.join(QStringLiteral(" · "));
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupRow) {
        const auto type = EntityType(index.row());
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return QStringLiteral("%1 (%2)").arg(typeName(type)).arg(m_groups[size_t(index.row())].size());
        if (role == EntityTypeRole)
            return int(type);
        if (role == SortRole)
            return index.row();
        return {};
    }
    const StoredEntity *e = entity(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return inScript(e->name);
        if (index.column() == MentionsColumn)
            return e->mentions.size();
        return detail(*e);
    case SortRole:
        if (index.column() == MentionsColumn)
            return e->mentions.size();
        if (index.column() == DetailColumn && e->value)
            return *e->value;
        return index.column() == NameColumn ? QVariant(e->key) : QVariant(detail(*e));
    case Qt::ToolTipRole: {
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, e->mentions.size()); ++i)
            lines << context(e->mentions.at(i));
        if (e->status == EntityStatus::Confirmed)
            lines << tr("Confirmed");
        else if (e->status == EntityStatus::Rejected)
            lines << tr("Rejected");
        else if (e->status == EntityStatus::Manual)
            lines << tr("Added by hand");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole: {
        QFont font;
        font.setItalic(e->status == EntityStatus::Rejected);
        font.setBold(e->status == EntityStatus::Confirmed || e->status == EntityStatus::Manual);
        return font;
    }
    case EntityIdRole:
        return e->id;
    case EntityTypeRole:
        return int(e->type);
    case EntityKeyRole:
        return e->key;
    case EntityMentionsRole:
        return QVariant::fromValue(e->mentions);
    default:
        return {};
    }
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case MentionsColumn:
        return tr("Mentions");
    case DetailColumn:
        return tr("Role or value");
    default:
        return {};
    }
}

} // namespace Pizhu
