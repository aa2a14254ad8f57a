// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/articlelistmodel.h"

#include <QStringList>

namespace Pizhu::TestSupport {

/** The titles \a model lists, in its order, after all its pages were read. */
inline QStringList listedTitles(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.index(row, ArticleListModel::TitleColumn).data().toString();
    return titles;
}

} // namespace Pizhu::TestSupport
