// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Pizhu {

/** Reads the data files compiled into the program (lexicons and the like), or any word list file. */
class ResourceText
{
public:
    /**
     * The non-empty lines of a UTF-8 text resource, trimmed, without lines starting with '#'.
     * A missing resource is a build error, so it aborts with a message naming the path.
     */
    static QStringList lines(const QString &resourcePath);
};

} // namespace Pizhu
