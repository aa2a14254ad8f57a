// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleprintout.h"

#include "editing/corpussession.h"
#include "readerview.h"
#include "store/annotationstore.h"
#include "store/tagstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QTemporaryFile>
#include <QTextCursor>
#include <QTextDocument>

namespace Pizhu {

namespace {

// Paper has no translucency to blend: the tag's colour, lightened so that print stays readable.
QColor paperColor(const QString &tagColor)
{
    const QColor color(tagColor);
    const auto lighten = [](int channel) {
        return 255 - (255 - channel) * 45 / 100;
    };
    return QColor(lighten(color.red()), lighten(color.green()), lighten(color.blue()));
}

struct PrintedPassage
{
    Annotation annotation;
    int start = 0; ///< positions in the document
    int end = 0;
    QString quote; ///< as the reader shows it
};

} // namespace

ArticlePrintout::ArticlePrintout(CorpusSession &session, const ReaderView &reader)
    : m_document(reader.document()->clone())
{
    build(session, reader);
}

ArticlePrintout::~ArticlePrintout() = default;

void ArticlePrintout::build(CorpusSession &session, const ReaderView &reader)
{
    TagStore tags(session.database());
    QList<PrintedPassage> passages;
    for (const Annotation &annotation : AnnotationStore(session.database()).forArticle(reader.articleId())) {
        if (!session.shows(annotation.coder))
            continue;
        const QTextCursor place = reader.cursorFor({annotation.start, annotation.end});
        const QString quote = place.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' '));
        passages.append({annotation, place.selectionStart(), place.selectionEnd(), quote});
    }
    m_passages = int(passages.size());

    QTextCursor cursor(m_document.get());
    QHash<qint64, QString> usedTags; // id → path, for the legend
    // Longer passages first, so that one inside another shows its own colour on top.
    QList<PrintedPassage> byLength = passages;
    std::stable_sort(byLength.begin(), byLength.end(), [](const PrintedPassage &a, const PrintedPassage &b) {
        return a.end - a.start > b.end - b.start;
    });
    for (const PrintedPassage &passage : std::as_const(byLength)) {
        const Tag tag = tags.tag(passage.annotation.tagId).value_or(Tag{});
        usedTags.insert(tag.id, tags.path(tag.id));
        QTextCharFormat marked;
        marked.setBackground(paperColor(tag.color));
        cursor.setPosition(passage.start);
        cursor.setPosition(passage.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(marked);
    }
    // Numbers go in from the last place in the text to the first, so that no insertion moves a
    // place still to come (a passage inside another ends before it); at one place, in their order.
    QTextCharFormat number;
    number.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    number.setFontWeight(QFont::Bold);
    QList<std::pair<int, int>> ends; // position, passage number
    for (qsizetype i = 0; i < passages.size(); ++i)
        ends.append({passages.at(i).end, int(i) + 1});
    std::sort(ends.begin(), ends.end(), std::greater<>());
    for (const auto &[position, n] : std::as_const(ends)) {
        cursor.setPosition(position);
        cursor.insertText(QStringLiteral("[%1]").arg(n), number);
    }

    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setTopMargin(18);
    QTextCharFormat headingText;
    headingText.setFontWeight(QFont::Bold);
    headingText.setFontPointSize(m_document->defaultFont().pointSizeF() * 1.2);
    if (!passages.isEmpty()) {
        cursor.insertBlock(heading, headingText);
        cursor.insertText(tr("Passages"));
        for (qsizetype i = 0; i < passages.size(); ++i) {
            const Annotation &a = passages.at(i).annotation;
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cursor.insertText(QStringLiteral("[%1] ").arg(i + 1), number);
            QTextCharFormat plain;
            cursor.insertText(tr("%1 — %2: “%3”").arg(usedTags.value(a.tagId), a.coder, passages.at(i).quote),
                              plain);
            if (!a.note.isEmpty())
                cursor.insertText(QStringLiteral("\n") + tr("Note: %1").arg(a.note), plain);
        }
        cursor.insertBlock(heading, headingText);
        cursor.insertText(tr("Legend"));
        QStringList paths = usedTags.values();
        paths.sort();
        for (const QString &path : std::as_const(paths)) {
            const qint64 id = usedTags.key(path);
            QTextCharFormat swatch;
            swatch.setBackground(paperColor(tags.tag(id).value_or(Tag{}).color));
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cursor.insertText(QStringLiteral("\u3000\u3000"), swatch);
            cursor.insertText(QStringLiteral(" ") + path, QTextCharFormat());
        }
    }
}

void ArticlePrintout::print(QPagedPaintDevice *device) const
{
    m_document->print(device);
}

bool ArticlePrintout::writePdf(const QString &path)
{
    // Written beside the target and put in its place when whole: a failure leaves an older file as it was.
    QTemporaryFile partial(QFileInfo(path).absolutePath() + QStringLiteral("/.pizhu-XXXXXX.pdf"));
    if (!partial.open()) {
        m_error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), partial.errorString());
        return false;
    }
    partial.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(partial.fileName());
    print(&printer);
    if (QFileInfo(partial.fileName()).size() == 0 || (QFile::exists(path) && !QFile::remove(path)) ||
        !QFile::rename(partial.fileName(), path)) {
        m_error = tr("%1 cannot be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    partial.setAutoRemove(false);
    return true;
}

} // namespace Pizhu
