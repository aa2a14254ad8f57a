// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readertheme.h"

#include <QStringList>

class QObject;
class QSyntaxHighlighter;
class QTextDocument;

namespace Pizhu {

/**
 * What KSyntaxHighlighting gives Pizhu where its KF6 build is present (DESIGN.md, decision 11):
 * the reading aids in the reader, the reader's themes and the SQL console's colours. Where it is
 * missing (Debian 12 has only the Qt 5 build) the same calls say so and give nothing: the reader
 * keeps Pizhu's own palettes, and nothing pretends to be a reading aid. One of two source files
 * implements this, chosen by the build.
 */
namespace SyntaxSupport {

/** Whether this build uses KSyntaxHighlighting in process. */
bool isAvailable();
/** For Help → About: the library's version in use, or why there is none. */
QString aboutLine();

/** The themes the reader can take, by name (KSyntaxHighlighting's); empty where it is missing. */
QStringList themeNames();
/**
 * The reader theme called \a name, or, where \a name is empty or unknown, the default for a
 * light or \a dark system palette: KSyntaxHighlighting's default light or dark theme where it is
 * present, else Pizhu's own.
 */
ReaderTheme theme(const QString &name, bool dark);

/**
 * Marks quotations, titles of works, dates and times, figures and credits in the body paragraphs
 * of \a document (blocks carrying ArticleDocumentBuilder::ParagraphProperty) in the colours of
 * \a theme, as resources/syntax/pizhu-news.xml defines them. The highlighter belongs to
 * \a document; deleting it takes the aids away. nullptr where KSyntaxHighlighting is missing.
 */
QSyntaxHighlighter *addReadingAids(QTextDocument *document, const ReaderTheme &theme);

/** Colours SQL in \a document with KSyntaxHighlighting's SQL definition; nullptr where missing. */
QSyntaxHighlighter *addSqlHighlighting(QTextDocument *document, bool dark);

} // namespace SyntaxSupport

} // namespace Pizhu
