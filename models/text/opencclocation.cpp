// SPDX-License-Identifier: GPL-3.0-or-later
#include "opencclocation.h"

#include <QDir>

namespace Pizhu {

QString OpenCCLocation::dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("PIZHU_OPENCC_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(PIZHU_OPENCC_DATA_DIR) : fromEnvironment;
}

QString OpenCCLocation::file(const QString &name)
{
    return QDir(dataDirectory()).filePath(name);
}

} // namespace Pizhu
