// SPDX-License-Identifier: GPL-3.0-or-later
// SyntaxSupport where KF6 SyntaxHighlighting is missing: nothing is faked.
#include "syntaxsupport.h"

#include <QCoreApplication>

namespace Pizhu::SyntaxSupport {

bool isAvailable()
{
    return false;
}

QString aboutLine()
{
    return QCoreApplication::translate(
        "Pizhu::SyntaxSupport",
        "Reading aids and reader themes need KSyntaxHighlighting built for Qt 6 (KF6), which this "
        "build did not find (Debian 12 packages only the Qt 5 build); the reader uses Pizhu's own "
        "light and dark colours.");
}

QStringList themeNames()
{
    return {};
}

ReaderTheme theme(const QString &, bool dark)
{
    return ReaderTheme::own(dark);
}

QSyntaxHighlighter *addReadingAids(QTextDocument *, const ReaderTheme &)
{
    return nullptr;
}

QSyntaxHighlighter *addSqlHighlighting(QTextDocument *, bool)
{
    return nullptr;
}

} // namespace Pizhu::SyntaxSupport
