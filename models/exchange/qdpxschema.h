// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Pizhu {

/**
 * Checks a project.qde against REFI-QDA's Project.xsd (version 1.0, MIT licence, bundled in
 * resources/refi-qda), with libxml2: a file that does not validate is refused with libxml2's
 * reasons and their lines. External entities and network access are off.
 */
class QdpxSchema
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::QdpxSchema)

public:
    /** Whether \a xml is a valid REFI-QDA project; if not, \a errors says why, a line each. */
    static bool validate(const QByteArray &xml, QStringList *errors);
};

} // namespace Pizhu
