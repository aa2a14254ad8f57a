// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QCoreApplication>

namespace Pizhu {

QString SqlError::describe() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Pizhu::SqlError", text);
    };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Busy:
        return tr("another program is writing to the corpus and did not finish in time (%1); try again")
            .arg(text);
    case Kind::Damaged:
        return tr("the corpus file is damaged (%1); run pizhu check, or restore it from a backup").arg(text);
    case Kind::Full:
        return tr("there is no room to write: the disk is full or a file size limit was reached (%1); "
                  "free some space and try again")
            .arg(text);
    case Kind::ReadOnly:
        return tr("the corpus cannot be written here (%1)").arg(text);
    case Kind::Constraint:
        return tr("the corpus refused the change (%1)").arg(text);
    case Kind::Interrupted:
        return tr("stopped as asked (%1)").arg(text);
    case Kind::Unreachable:
        return tr("the database server cannot be reached (%1)").arg(text);
    case Kind::Other:
        break;
    }
    return text;
}

} // namespace Pizhu
