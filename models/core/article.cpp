// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

namespace Pizhu {

QList<AsideLine> Article::images() const
{
    QList<AsideLine> result;
    for (const AsideLine &line : asides) {
        if (line.role == LineRole::Image)
            result.append(line);
    }
    return result;
}

} // namespace Pizhu
