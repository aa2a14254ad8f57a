// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/** Where OpenCC's configurations and dictionaries are: $PIZHU_OPENCC_DIR, else the build's OpenCC. */
class OpenCCLocation
{
public:
    static QString dataDirectory();
    /** The full path of a file in dataDirectory() ("t2s.json", "TSCharacters.ocd2"). */
    static QString file(const QString &name);
};

} // namespace Pizhu
