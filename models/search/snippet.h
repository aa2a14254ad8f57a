// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QMetaType>

namespace Pizhu {

/** A short excerpt of an article around its first hit, with the hits marked. */
struct Snippet
{
    QString text;
    QList<TextSpan> highlights; ///< in code points of \a text

    /**
     * The excerpt of \a original around the first of \a hits (spans in \a original), about
     * \a width code points long, with an ellipsis where it was cut.
     */
    static Snippet around(const QString &original, const QList<TextSpan> &hits, int width = 64);

    /** The excerpt with each hit wrapped in \a open and \a close (【党员】). */
    QString marked(const QString &open, const QString &close) const;
};

} // namespace Pizhu

Q_DECLARE_METATYPE(Pizhu::Snippet)
