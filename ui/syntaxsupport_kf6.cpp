// SPDX-License-Identifier: GPL-3.0-or-later
// SyntaxSupport with KF6 SyntaxHighlighting, in process.
#include "readingaidhighlighter.h"
#include "syntaxsupport.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QCoreApplication>
#include <QPointer>

namespace Pizhu::SyntaxSupport {

namespace {

using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

/** The definitions and themes, read once (it takes tens of milliseconds) and kept by the application. */
Repository &repository()
{
    static QPointer<Repository> repository;
    if (!repository) {
        repository = new Repository;
        repository->setParent(QCoreApplication::instance());
        // pizhu-news.xml is compiled in under :/pizhu-syntax/syntax/ (ui/CMakeLists.txt).
        repository->addCustomSearchPath(QStringLiteral(":/pizhu-syntax"));
    }
    return *repository;
}

Theme themeCalled(const QString &name, bool dark)
{
    const Theme named = name.isEmpty() ? Theme() : repository().theme(name);
    // theme() answers an unknown name with the default light theme; a dark system wants the dark one.
    if (named.isValid() && named.name() == name)
        return named;
    return repository().defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme);
}

QColor translucent(QRgb rgb, int alpha)
{
    QColor color = QColor::fromRgb(rgb);
    color.setAlpha(alpha);
    return color;
}

} // namespace

bool isAvailable()
{
    return true;
}

QString aboutLine()
{
    return QCoreApplication::translate("Pizhu::SyntaxSupport",
                                       "Reading aids and reader themes: KSyntaxHighlighting %1 (KF6).")
        .arg(QStringLiteral(PIZHU_KSYNTAXHIGHLIGHTING_VERSION));
}

QStringList themeNames()
{
    QStringList names;
    for (const Theme &theme : repository().themes())
        names << theme.name();
    return names;
}

ReaderTheme theme(const QString &name, bool dark)
{
    const Theme source = themeCalled(name, dark);
    ReaderTheme theme;
    theme.name = source.name();
    theme.page = QColor::fromRgb(source.editorColor(Theme::BackgroundColor));
    theme.text = QColor::fromRgb(source.textColor(Theme::Normal));
    theme.dark = theme.page.lightness() < theme.text.lightness();
    theme.dimText = QColor::fromRgb(source.textColor(Theme::Comment));
    theme.imageBackground = QColor::fromRgb(source.editorColor(Theme::CurrentLine));
    // The entity types take the colours of text styles, as the reading aids do; as backgrounds
    // under the text they are translucent, more so over a light page.
    const int alpha = theme.dark ? 120 : 75;
    theme.person = translucent(source.textColor(Theme::Function), alpha);
    theme.organization = translucent(source.textColor(Theme::DataType), alpha);
    theme.figure = translucent(source.textColor(Theme::DecVal), alpha);
    theme.findHit = QColor::fromRgb(source.editorColor(Theme::SearchHighlight));
    theme.findCurrent = QColor::fromRgb(source.editorColor(Theme::ReplaceHighlight));
    theme.flash = theme.findCurrent;
    theme.markText = theme.text;
    return theme;
}

QSyntaxHighlighter *addReadingAids(QTextDocument *document, const ReaderTheme &readerTheme)
{
    auto *highlighter = new ReadingAidHighlighter(document); // the document owns it
    highlighter->setTheme(themeCalled(readerTheme.name, readerTheme.dark));
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("Pizhu News")));
    return highlighter;
}

QSyntaxHighlighter *addSqlHighlighting(QTextDocument *document, bool dark)
{
    // KSyntaxHighlighting has no SQLite dialect; its generic SQL knows SQLite's keywords.
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(themeCalled(QString(), dark));
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("SQL")));
    return highlighter;
}

} // namespace Pizhu::SyntaxSupport
