// SPDX-License-Identifier: GPL-3.0-or-later
#include "surnamelexicon.h"

#include "resourcetext.h"

namespace Pizhu {

const SurnameLexicon &SurnameLexicon::instance()
{
    static const SurnameLexicon lexicon;
    return lexicon;
}

SurnameLexicon::SurnameLexicon()
{
    for (const QString &line : ResourceText::lines(QStringLiteral(":/lexicons/surnames.txt"))) {
        if (line.contains(QLatin1Char(' '))) {
            for (const QString &surname : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                m_compound.insert(surname);
                m_compoundFirst.insert(surname.front());
            }
        } else {
            for (const QChar c : line)
                m_single.insert(c);
        }
    }
}

qsizetype SurnameLexicon::surnameLength(QStringView text) const
{
    if (text.size() >= 2 && m_compoundFirst.contains(text.front()) &&
        m_compound.contains(text.left(2).toString()))
        return 2;
    return !text.isEmpty() && m_single.contains(text.front()) ? 1 : 0;
}

} // namespace Pizhu
