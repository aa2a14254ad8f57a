// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "display/articledisplay.h"
#include "readertheme.h"

#include <QTextBrowser>
#include <map>
#include <memory>
#include <optional>

class QSyntaxHighlighter;

namespace Pizhu {

/**
 * The reader pane: one article, read-only, in the script the user chose. Everything that marks
 * text (find hits now; entities and annotations later) is given in offsets of the stored original
 * and lands on the same characters in every script. A selection is read back the same way.
 */
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    /** Layers of highlights, drawn in this order (later on top). */
    enum class Layer
    {
        Entities,
        Annotations,
        Find,
        FindCurrent,
        Flash,
    };

    /** A marked span with its look and what hovering over it says. */
    struct Mark
    {
        TextSpan span;
        QTextCharFormat format;
        QString toolTip;
    };

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void showArticle(const Article &article);
    void showNothing();
    /** The article on show, or nullptr. */
    const Article *article() const { return m_article.get(); }
    qint64 articleId() const { return m_article ? m_article->id : 0; }

    /** Shows the article in \a mode, keeping the paragraph at the top of the view in place. */
    void setScriptMode(ScriptMode mode);
    ScriptMode scriptMode() const { return m_mode; }

    /** Whether the reader's font family is the user's choice, or follows the script on show. */
    enum class FontFamily
    {
        ByScript, ///< Chinese fonts with the glyph forms of the script shown (ChineseFonts)
        AsGiven,
    };
    /** The reader's font before zoom, and the zoom in steps of 10% (0: none), title and all. */
    void setReaderFont(const QFont &font, FontFamily family = FontFamily::ByScript);
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    static constexpr int MinZoom = -5;
    static constexpr int MaxZoom = 15;

    /** Shows the lines the parser set aside (menus, footers, captions...) greyed, in place. */
    void setShowSetAside(bool show);
    bool showsSetAside() const { return m_showSetAside; }

    /** The colours of the page, its text and the marks; the views that mark text take theirs from here. */
    void setTheme(const ReaderTheme &theme);
    const ReaderTheme &theme() const { return m_theme; }

    /**
     * Shows reading aids (quotations, titles of works, dates, figures, credits) in the theme's
     * colours, under the marks. False where this build has no KSyntaxHighlighting (SyntaxSupport).
     */
    bool setReadingAids(bool show);
    bool showsReadingAids() const { return m_readingAids != nullptr; }

    /** Marks \a spans (original offsets) with \a format in \a layer, replacing that layer. */
    void setHighlights(Layer layer, const QList<TextSpan> &spans, const QTextCharFormat &format);
    /** Replaces \a layer with \a marks, each with its own format and tooltip. */
    void setMarks(Layer layer, const QList<Mark> &marks);
    void clearHighlights(Layer layer);
    /** The original offset of the body character at \a point (viewport coordinates), if any. */
    std::optional<int> originalOffsetAt(const QPoint &point) const;

    /** The selected body text as original offsets, widened to whole conversion pieces; nothing if none. */
    std::optional<TextSpan> originalSelection() const;
    /** Selects the body text at \a span (original offsets) and scrolls it to the middle of the view. */
    void selectOriginal(const TextSpan &span);
    /** Scrolls the text cursor to the middle of the view (as far as the text allows). */
    void centreCursor();
    /** A cursor over \a span (original offsets) in the current display. */
    QTextCursor cursorFor(const TextSpan &span) const;

Q_SIGNALS:
    void scriptModeChanged(Pizhu::ScriptMode mode);
    /** The zoom changed, from the View menu or Ctrl+wheel. */
    void zoomChanged(int steps);
    /** The theme changed (light to dark, or another theme): colours made for the old one must be redone. */
    void themeChanged();
    /** A context menu is about to open over body offset \a offset (-1: not over the body); add to \a menu
     * now. */
    void contextMenuOpening(QMenu *menu, int offset);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void rebuild();
    /** Rebuilds with the same text at the top of the view. */
    void rebuildKeepingPlace();
    QFont zoomedFont() const;
    void applyHighlights();
    int documentPosition(ArticleDisplay::Position position) const;
    std::optional<ArticleDisplay::Position> displayPosition(int documentPosition) const;

    std::unique_ptr<Article> m_article;
    std::unique_ptr<ArticleDisplay> m_display;
    std::vector<int> m_paragraphBlocks;
    std::map<Layer, QList<Mark>> m_highlights;
    ScriptMode m_mode = ScriptMode::Original;
    QFont m_readerFont;
    FontFamily m_fontFamily = FontFamily::ByScript;
    int m_zoom = 0;
    int m_wheelZoom = 0; ///< wheel movement not yet a whole step (touchpads send small ones)
    bool m_showSetAside = false;
    ReaderTheme m_theme;
    QSyntaxHighlighter *m_readingAids = nullptr; ///< owned by the document
};

} // namespace Pizhu
