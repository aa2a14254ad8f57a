// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "chinesefonts.h"
#include "display/articledocumentbuilder.h"
#include "syntaxsupport.h"
#include "text/codepoints.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>
#include <QWheelEvent>

namespace Pizhu {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    m_readerFont = font();
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(24);
    m_theme = ReaderTheme::own(ReaderTheme::isDark(palette()));
    showNothing();
}

ReaderView::~ReaderView() = default;

void ReaderView::showArticle(const Article &article)
{
    m_article = std::make_unique<Article>(article);
    m_highlights.clear();
    rebuild();
    moveCursor(QTextCursor::Start);
}

void ReaderView::showNothing()
{
    m_article.reset();
    m_display.reset();
    m_paragraphBlocks.clear();
    m_highlights.clear();
    document()->clear();
    setPlaceholderText(tr("Select an article in the list to read it here."));
}

void ReaderView::setScriptMode(ScriptMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildKeepingPlace();
    Q_EMIT scriptModeChanged(mode);
}

void ReaderView::setReaderFont(const QFont &font, FontFamily family)
{
    m_readerFont = font;
    m_fontFamily = family;
    rebuildKeepingPlace();
}

void ReaderView::setZoom(int steps)
{
    const int zoom = std::clamp(steps, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    rebuildKeepingPlace();
    Q_EMIT zoomChanged(m_zoom);
}

QFont ReaderView::zoomedFont() const
{
    QFont font = m_readerFont;
    if (m_fontFamily == FontFamily::ByScript && m_article)
        font = ChineseFonts::chineseFirst(font, ChineseFonts::formsFor(m_mode, m_article->script));
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : QFontInfo(font).pointSizeF();
    font.setPointSizeF(base * (1.0 + 0.1 * m_zoom));
    return font;
}

void ReaderView::setTheme(const ReaderTheme &theme)
{
    m_theme = theme;
    setPalette(theme.applyTo(palette())); // rebuilds: the header's greys come from the palette
    if (m_readingAids) {
        delete m_readingAids;
        m_readingAids = SyntaxSupport::addReadingAids(document(), m_theme);
    }
    Q_EMIT themeChanged();
}

bool ReaderView::setReadingAids(bool show)
{
    if (show == showsReadingAids())
        return true;
    if (!show) {
        delete m_readingAids;
        m_readingAids = nullptr;
        return true;
    }
    m_readingAids = SyntaxSupport::addReadingAids(document(), m_theme);
    return m_readingAids != nullptr;
}

void ReaderView::setShowSetAside(bool show)
{
    if (show == m_showSetAside)
        return;
    m_showSetAside = show;
    rebuildKeepingPlace();
}

void ReaderView::rebuild()
{
    if (!m_article)
        return;
    m_display = std::make_unique<ArticleDisplay>(*m_article, m_mode);
    m_paragraphBlocks =
        ArticleDocumentBuilder({zoomedFont(), palette(), m_showSetAside}).build(*m_display, document());
    applyHighlights();
}

void ReaderView::rebuildKeepingPlace()
{
    // The place is the original offset of the first character in view: the same text stays at the
    // top whatever the script, font or zoom. At the very top the title stays in view.
    const bool atTop = verticalScrollBar()->value() == 0;
    const std::optional<int> offset = atTop ? std::nullopt : originalOffsetAt(QPoint(0, 0));
    const int oldValue = verticalScrollBar()->value();
    rebuild();
    if (atTop || !m_display) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (!offset) {
        verticalScrollBar()->setValue(oldValue); // the header is at the top: near enough
        return;
    }
    const QTextCursor cursor = cursorFor({*offset, *offset});
    const QTextBlock block = cursor.block();
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    qreal top = layout->blockBoundingRect(block).top();
    if (const QTextLayout *lines = block.layout()) {
        const QTextLine line = lines->lineForTextPosition(cursor.position() - block.position());
        if (line.isValid())
            top += line.y();
    }
    verticalScrollBar()->setValue(int(top));
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms the whole article, title included, as View → Zoom does.
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelZoom += event->angleDelta().y();
        const int steps = m_wheelZoom / QWheelEvent::DefaultDeltasPerStep;
        m_wheelZoom -= steps * QWheelEvent::DefaultDeltasPerStep;
        if (steps)
            setZoom(m_zoom + steps);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

int ReaderView::documentPosition(ArticleDisplay::Position position) const
{
    const QTextBlock block = document()->findBlockByNumber(m_paragraphBlocks.at(size_t(position.paragraph)));
    return block.position() + int(CodePoints::toUtf16(block.text(), position.offset));
}

std::optional<ArticleDisplay::Position> ReaderView::displayPosition(int documentPosition) const
{
    const QTextBlock block = document()->findBlock(documentPosition);
    const auto it = std::find(m_paragraphBlocks.cbegin(), m_paragraphBlocks.cend(), block.blockNumber());
    if (it == m_paragraphBlocks.cend())
        return std::nullopt;
    return ArticleDisplay::Position{int(it - m_paragraphBlocks.cbegin()),
                                    CodePoints::fromUtf16(block.text(), documentPosition - block.position())};
}

QTextCursor ReaderView::cursorFor(const TextSpan &span) const
{
    QTextCursor cursor(document());
    if (!m_display || m_paragraphBlocks.empty())
        return cursor;
    cursor.setPosition(documentPosition(m_display->toDisplay(span.start, OffsetMap::Rounding::Down)));
    // An end at the very start of the next paragraph belongs to the one before.
    ArticleDisplay::Position end = m_display->toDisplay(span.end, OffsetMap::Rounding::Up);
    if (span.end > span.start && end.offset == 0 && end.paragraph > 0 &&
        m_display->paragraphStart(end.paragraph) == span.end) {
        --end.paragraph;
        end.offset = CodePoints::count(m_display->shown().paragraphs.at(end.paragraph));
    }
    cursor.setPosition(documentPosition(end), QTextCursor::KeepAnchor);
    return cursor;
}

void ReaderView::setHighlights(Layer layer, const QList<TextSpan> &spans, const QTextCharFormat &format)
{
    QList<Mark> marks;
    for (const TextSpan &span : spans)
        marks.append({span, format, {}});
    setMarks(layer, marks);
}

void ReaderView::setMarks(Layer layer, const QList<Mark> &marks)
{
    m_highlights[layer] = marks;
    applyHighlights();
}

std::optional<int> ReaderView::originalOffsetAt(const QPoint &point) const
{
    if (!m_display)
        return std::nullopt;
    const std::optional<ArticleDisplay::Position> position =
        displayPosition(cursorForPosition(point).position());
    if (!position)
        return std::nullopt;
    return m_display->toOriginal(*position);
}

bool ReaderView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QStringList tips;
        if (const std::optional<int> offset = originalOffsetAt(viewport()->mapFrom(this, help->pos()))) {
            for (const auto &[layer, marks] : m_highlights) {
                for (const Mark &mark : marks) {
                    if (!mark.toolTip.isEmpty() && mark.span.start <= *offset && *offset < mark.span.end)
                        tips << mark.toolTip;
                }
            }
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("\n\n")), this);
        return true;
    }
    return QTextBrowser::event(event);
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the header's greys come from the palette
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    // The reader shows no links, so Qt's greyed "Copy Link Location" would only puzzle.
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("link-copy"))
            menu->removeAction(action);
    }
    Q_EMIT contextMenuOpening(menu.get(),
                              originalOffsetAt(viewport()->mapFrom(this, event->pos())).value_or(-1));
    menu->exec(event->globalPos());
}

void ReaderView::clearHighlights(Layer layer)
{
    m_highlights.erase(layer);
    applyHighlights();
}

void ReaderView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_display) {
        for (const auto &[layer, marks] : m_highlights) {
            for (const Mark &mark : marks)
                selections.append({cursorFor(mark.span), mark.format});
        }
    }
    setExtraSelections(selections);
}

std::optional<TextSpan> ReaderView::originalSelection() const
{
    const QTextCursor cursor = textCursor();
    if (!m_display || !cursor.hasSelection())
        return std::nullopt;
    const auto start = displayPosition(cursor.selectionStart());
    const auto end = displayPosition(cursor.selectionEnd());
    if (!start || !end)
        return std::nullopt; // the selection begins or ends outside the body (the header)
    const TextSpan span{m_display->toOriginal(*start, OffsetMap::Rounding::Down),
                        m_display->toOriginal(*end, OffsetMap::Rounding::Up)};
    return span.end > span.start ? std::optional<TextSpan>(span) : std::nullopt;
}

void ReaderView::selectOriginal(const TextSpan &span)
{
    const QTextCursor cursor = cursorFor(span);
    setTextCursor(cursor);
    centreCursor();
}

void ReaderView::centreCursor()
{
    // Stepping through mentions and hits: each lands mid-view, with its context above and below.
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect().center().y() -
                                  viewport()->height() / 2);
}

} // namespace Pizhu
