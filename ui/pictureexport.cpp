// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureexport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Pizhu {

namespace {

constexpr int PngScale = 2;

QByteArray pngOf(QGraphicsScene &scene, const QRectF &area)
{
    QImage image(area.size().toSize() * PngScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().style() == Qt::NoBrush ? QColor(Qt::white)
                                                              : scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), area);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svgOf(QGraphicsScene &scene, const QRectF &area, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(area.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Pizhu"));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    }
    return bytes;
}

} // namespace

bool PictureExport::isPicturePath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

bool PictureExport::save(QGraphicsScene &scene, const QRectF &area, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!isPicturePath(path)) {
        *error = tr("%1: a picture is saved as .png or .svg").arg(shown);
        return false;
    }
    const QByteArray bytes = QFileInfo(path).suffix().toLower() == QLatin1String("svg")
                                 ? svgOf(scene, area, QFileInfo(path).completeBaseName())
                                 : pngOf(scene, area);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        *error = tr("%1: %2").arg(shown, bytes.isEmpty() ? tr("the picture could not be drawn")
                                                         : file.errorString());
        return false;
    }
    return true;
}

} // namespace Pizhu
