// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QGraphicsScene;
class QRectF;

namespace Pizhu {

/**
 * Saves a chart or a network as a picture for a paper or a slide: PNG at twice the size shown (for
 * print and high-density screens) or SVG (scalable, editable in Inkscape), chosen by the file's
 * suffix. Written whole or not at all.
 */
class PictureExport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::PictureExport)

public:
    /** Whether \a path names a picture this can write (.png or .svg). */
    static bool isPicturePath(const QString &path);
    /** Saves the \a area of \a scene to \a path; false with \a error naming the file and the reason. */
    static bool save(QGraphicsScene &scene, const QRectF &area, const QString &path, QString *error);
};

} // namespace Pizhu
