// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Pizhu {

/** Chinese surnames in both scripts, from resources/lexicons/surnames.txt. */
class SurnameLexicon
{
public:
    static const SurnameLexicon &instance();

    /** The length of the surname \a text starts with (2 for 欧阳, 1 for 王), or 0. */
    qsizetype surnameLength(QStringView text) const;

private:
    SurnameLexicon();

    QSet<QChar> m_single;
    QSet<QString> m_compound;
    QSet<QChar> m_compoundFirst; ///< so most positions need no string built
};

} // namespace Pizhu
