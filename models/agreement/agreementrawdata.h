// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Pizhu {

class AgreementStudy;

/**
 * The reliability data behind an agreement study as CSV, units by coders, so that it can be
 * recomputed elsewhere (R's irr::kripp.alpha, Python's krippendorff): 1 where a coder applied the
 * tag, 0 where they did not, empty where they did not code the article.
 *
 * - Articles: one row per article and tag: article_id, title, tag_path, then one column per coder.
 * - Characters: one row per run of characters that every coder marked alike: article_id, title,
 *   tag_path, start, end (code points), characters (the run's length: repeat the row that often
 *   for one row per character), then one column per coder.
 */
class AgreementRawData
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AgreementRawData)

public:
    enum class Units
    {
        Articles,
        Characters,
    };

    static bool write(const AgreementStudy &study, Units units, const QString &path, bool byteOrderMark,
                      QString *error);
};

} // namespace Pizhu
