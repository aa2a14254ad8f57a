// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcetext.h"

#include <QFile>

namespace Pizhu {

QStringList ResourceText::lines(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Pizhu: resource %s is missing from the build", qPrintable(resourcePath));
    QStringList result;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            result.append(trimmed.toString());
    }
    return result;
}

} // namespace Pizhu
