// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include <sqlite3.h>

namespace Pizhu {

QString LibraryVersions::qt()
{
    return QString::fromLatin1(qVersion());
}

QString LibraryVersions::opencc()
{
    // OpenCC's headers carry no version; the build records the one pkg-config reported.
    return QStringLiteral(PIZHU_OPENCC_VERSION);
}

QString LibraryVersions::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Pizhu
