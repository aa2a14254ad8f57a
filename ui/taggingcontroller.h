// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Pizhu {

class AnnotationDock;
class CorpusSession;
class ReaderView;
class TagDock;

/**
 * Connects the reader with tagging: the open article's passages drawn in their tags' colours
 * (overlaps show as mixed colours, hovering says tag and note), and a selection in any script
 * tagged from the context menu, from the tag picker (Ctrl+T, type-ahead) or with the keys 1–9 for
 * the first nine tags. It only calls the session; the session's signals redraw.
 */
class TaggingController : public QObject
{
    Q_OBJECT

public:
    TaggingController(CorpusSession &session, ReaderView *reader, TagDock *tags, AnnotationDock *passages,
                      QWidget *window);

    /** Tags the reader's selection with \a tagId; false (with a status message) if nothing is selected. */
    bool tagSelection(qint64 tagId);
    /** Asks for a tag with the picker, then tags the selection. */
    void pickTagForSelection();
    /** Scrolls to a passage of the open article and flashes it. */
    void showPassage(qint64 annotationId);
    /**
     * Shows the passages of two coders only, \a filled as usual and \a underlined with a wavy
     * underline, so their differences show where they are; an empty \a filled ends the
     * comparison (the coders shown stay as they are).
     */
    void compareCoders(const QString &filled, const QString &underlined);
    QString underlinedCoder() const { return m_underlined; }

    QAction *pickAction() const { return m_pickAction; }

Q_SIGNALS:
    void statusMessage(const QString &message);

public Q_SLOTS:
    /** Redraws the passages and the article-tag checks after the open article changed. */
    void articleChanged();

private:
    void redrawPassages();
    bool isCompared(const QString &coder) const;
    void extendMenu(QMenu *menu, int offset);

    CorpusSession &m_session;
    ReaderView *m_reader;
    TagDock *m_tags;
    AnnotationDock *m_passages;
    QWidget *m_window;
    QAction *m_pickAction;
    QString m_underlined; ///< the coder drawn underlined in a comparison
};

} // namespace Pizhu
