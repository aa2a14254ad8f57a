// SPDX-License-Identifier: GPL-3.0-or-later
#include "taggingcontroller.h"

#include "annotationdock.h"
#include "editing/corpussession.h"
#include "itemmodels/tagtreemodel.h"
#include "readerview.h"
#include "tagdock.h"
#include "tagpicker.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>

namespace Pizhu {

TaggingController::TaggingController(CorpusSession &session, ReaderView *reader, TagDock *tags,
                                     AnnotationDock *passages, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_reader(reader)
    , m_tags(tags)
    , m_passages(passages)
    , m_window(window)
    , m_pickAction(new QAction(tr("&Tag Selection…"), this))
{
    m_pickAction->setObjectName(QStringLiteral("actionTagSelection"));
    m_pickAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_pickAction, &QAction::triggered, this, &TaggingController::pickTagForSelection);

    // 1–9 tag the selection with the first nine tags; only while the reader has the focus, so that
    // typing digits elsewhere (the search box) is left alone.
    for (int key = 1; key <= 9; ++key) {
        auto *action = new QAction(reader);
        action->setShortcut(QKeySequence(Qt::Key_0 + key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, key] {
            const QList<Tag> &all = m_tags->model()->tags();
            if (key <= all.size())
                tagSelection(all.at(key - 1).id);
        });
        reader->addAction(action);
    }

    connect(&session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        const bool passagesShown =
            event.kind == ChangeEvent::Kind::Passages || event.kind == ChangeEvent::Kind::Codebook ||
            event.kind == ChangeEvent::Kind::TagEdited || event.kind == ChangeEvent::Kind::Coders ||
            event.kind == ChangeEvent::Kind::Everything;
        if (passagesShown && event.concernsArticle(m_reader->articleId()))
            redrawPassages();
    });
    connect(reader, &ReaderView::contextMenuOpening, this, &TaggingController::extendMenu);
    connect(reader, &ReaderView::themeChanged, this, &TaggingController::redrawPassages);
    connect(passages, &AnnotationDock::passageActivated, this, [this](qint64 articleId, qint64 annotationId) {
        if (articleId == m_reader->articleId())
            showPassage(annotationId);
    });
}

void TaggingController::articleChanged()
{
    const qint64 id = m_reader->articleId();
    m_tags->model()->setCurrentArticle(id);
    m_passages->setCurrentArticle(id);
    redrawPassages();
}

void TaggingController::redrawPassages()
{
    const qint64 articleId = m_reader->articleId();
    QList<ReaderView::Mark> marks;
    if (articleId) {
        TagStore tags(m_session.database());
        QHash<qint64, Tag> byId;
        for (const Tag &tag : tags.all())
            byId.insert(tag.id, tag);
        // Overlapping passages blend, so the colours are translucent; over a dark page the blend is
        // dark too, and the text turns white to stay readable.
        const bool dark = m_reader->theme().dark;
        for (const Annotation &a : AnnotationStore(m_session.database()).forArticle(articleId)) {
            if (!m_session.shows(a.coder))
                continue;
            QColor color(byId.value(a.tagId).color);
            QTextCharFormat format;
            if (isCompared(a.coder)) {
                // The second coder of a comparison: a wavy underline in the tag's colour, so both
                // codings of one stretch of text show at once.
                format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                format.setUnderlineColor(color);
            } else {
                color.setAlpha(dark ? 150 : 110);
                format.setBackground(color);
                format.setForeground(dark ? Qt::white : Qt::black);
            }
            QString tip = tr("%1 (%2)").arg(tags.path(a.tagId), a.coder);
            if (!a.note.isEmpty())
                tip += QStringLiteral("\n") + a.note;
            marks.append({{a.start, a.end}, format, tip});
        }
    }
    m_reader->setMarks(ReaderView::Layer::Annotations, marks);
}

void TaggingController::compareCoders(const QString &filled, const QString &underlined)
{
    m_underlined = filled.isEmpty() ? QString() : underlined;
    if (!filled.isEmpty())
        m_session.setShownCoders({filled, underlined});
    redrawPassages(); // the session says nothing when the coders shown are the same
}

bool TaggingController::isCompared(const QString &coder) const
{
    return !m_underlined.isEmpty() && coder == m_underlined && m_session.shownCoders().contains(coder);
}

bool TaggingController::tagSelection(qint64 tagId)
{
    const std::optional<TextSpan> span = m_reader->originalSelection();
    if (!span || !m_reader->articleId()) {
        Q_EMIT statusMessage(tr("Select a passage of the article text first."));
        return false;
    }
    if (!m_session.addAnnotation(m_reader->articleId(), tagId, *span)) {
        Q_EMIT statusMessage(m_session.errorString());
        return false;
    }
    Q_EMIT statusMessage(tr("Tagged “%1”.").arg(TagStore(m_session.database()).path(tagId)));
    return true;
}

void TaggingController::pickTagForSelection()
{
    if (!m_reader->originalSelection()) {
        Q_EMIT statusMessage(tr("Select a passage of the article text first."));
        return;
    }
    TagPicker picker(m_session.database(), m_window);
    if (picker.exec() == QDialog::Accepted && picker.chosenTag())
        tagSelection(picker.chosenTag());
}

void TaggingController::showPassage(qint64 annotationId)
{
    const std::optional<Annotation> a = AnnotationStore(m_session.database()).annotation(annotationId);
    if (!a || a->articleId != m_reader->articleId())
        return;
    m_reader->selectOriginal({a->start, a->end});
    QTextCharFormat flash;
    flash.setBackground(m_reader->theme().flash);
    flash.setForeground(m_reader->theme().markText);
    m_reader->setHighlights(ReaderView::Layer::Flash, {{a->start, a->end}}, flash);
    QTimer::singleShot(700, m_reader,
                       [reader = m_reader] { reader->clearHighlights(ReaderView::Layer::Flash); });
}

void TaggingController::extendMenu(QMenu *menu, int offset)
{
    menu->addSeparator();
    QMenu *tagMenu = menu->addMenu(tr("Tag Selection As"));
    tagMenu->setEnabled(m_reader->originalSelection().has_value());
    TagStore tags(m_session.database());
    for (const Tag &tag : m_tags->model()->tags()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(tag.color));
        tagMenu->addAction(QIcon(swatch), tags.path(tag.id), this, [this, id = tag.id] { tagSelection(id); });
    }
    menu->addAction(m_pickAction);
    if (offset < 0)
        return;
    for (const Annotation &a : AnnotationStore(m_session.database()).forArticle(m_reader->articleId())) {
        if (a.start > offset || offset >= a.end)
            continue;
        const QString path = tags.path(a.tagId);
        menu->addAction(tr("Note on “%1”…").arg(path), this, [this, a] {
            bool ok = false;
            const QString note = QInputDialog::getMultiLineText(m_window, tr("Note"),
                                                                tr("Note on this passage:"), a.note, &ok);
            if (ok && !m_session.setAnnotationNote(a.id, note))
                Q_EMIT statusMessage(m_session.errorString());
        });
        menu->addAction(tr("Remove Passage “%1”").arg(path), this,
                        [this, id = a.id] { m_session.removeAnnotation(id); });
    }
}

} // namespace Pizhu
