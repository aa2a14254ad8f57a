// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace Pizhu {

/**
 * The GUIDs of what Pizhu writes into a REFI-QDA project, made from what they stand for (a
 * coder's name, a tag's path, an article's content hash, a passage's id), so that exporting the
 * same corpus twice gives the same project and another tool's edits can be matched back.
 */
class QdpxIds
{
public:
    static QString of(const QString &kind, const QString &key)
    {
        static const QUuid pizhu =
            QUuid::fromString(QStringLiteral("{6f1c3c1e-3f1a-5b7e-9a0d-70697a687521}"));
        return QUuid::createUuidV5(pizhu, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
    }
};

} // namespace Pizhu
