// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/** A code of the codebook: a node of the tag tree. */
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level tag
    QString name;        ///< unique among its siblings; no '/' (it separates the path)
    QString color;       ///< "#rrggbb"
    QString description;
    int position = 0; ///< order among its siblings

    friend bool operator==(const Tag &, const Tag &) = default;
};

/** How much a tag is used. */
struct TagCounts
{
    int articles = 0; ///< articles tagged with it as a whole, or with a passage tagged with it
    int passages = 0;
};

/** Reads and writes the codebook. Each method is one statement; callers group them in transactions. */
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TagStore)

public:
    explicit TagStore(CorpusDatabase &db);

    /** Every tag, parents before children, siblings in order. */
    QList<Tag> all() const;
    std::optional<Tag> tag(qint64 id) const;
    /** "parent/child" */
    QString path(qint64 id) const;
    /** The tag at \a path ("Frames/Conflict"), or 0. */
    qint64 idForPath(const QString &path) const;
    /** The ids of \a id and every tag below it. */
    QList<qint64> subtree(qint64 id) const;
    /**
     * Counts for the tags in \a tagIds (for every tag when empty) that are used, from SQL
     * aggregates over indexed columns; of the coding of \a coders only, when not empty.
     */
    QHash<qint64, TagCounts> counts(const QList<qint64> &tagIds = {}, const QStringList &coders = {}) const;

    /** Stores \a tag, keeping its id if it has one (undo restores deleted tags that way). */
    bool insert(Tag &tag);
    /**
     * The id of the tag at \a path ("Frames/Conflict"), creating what is missing of it: the last
     * level with \a color and \a description (the next palette colour when \a color is empty),
     * the levels above with the next palette colours. The ids created are appended to \a created.
     * 0 on failure.
     */
    qint64 ensurePath(const QString &path, const QString &color = {}, const QString &description = {},
                      QList<qint64> *created = nullptr);
    /**
     * Writes \a tag over the stored one if that still has the parent, name, colour and description
     * of \a expected (as the caller read it); else refuses, saying what the tag is now.
     */
    bool update(const Tag &tag, const Tag &expected);
    /** Deletes the tag; its children, passages and article tags go with it (foreign keys). */
    bool remove(qint64 id);
    /** The palette new tags take their colours from, in turn. */
    static QStringList palette();
    /** The colour for the next new tag. */
    QString nextColor() const;

    /** The next free position among the children of \a parentId. */
    int nextPosition(qint64 parentId) const;

    QString errorString() const { return m_error; }

private:
    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
