// SPDX-License-Identifier: GPL-3.0-or-later
#include "commonhanzi.h"

#include "resourcetext.h"

#include <QHash>

namespace Pizhu {

int CommonHanzi::rank(QChar c)
{
    static const QHash<char16_t, int> ranks = [] {
        QHash<char16_t, int> r;
        // One line per script, in the same order: a character's rank is its place in its line.
        for (const QString &line : ResourceText::lines(QStringLiteral(":/lexicons/common-hanzi.txt"))) {
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (!r.contains(line.at(i).unicode()))
                    r.insert(line.at(i).unicode(), int(i));
            }
        }
        return r;
    }();
    return ranks.value(c.unicode(), Rare);
}

} // namespace Pizhu
