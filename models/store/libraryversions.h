// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/** The versions of the libraries Pizhu runs on, for Help → About and bug reports. */
class LibraryVersions
{
public:
    static QString qt();
    static QString opencc();
    static QString sqlite();
};

} // namespace Pizhu
