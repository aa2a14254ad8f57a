// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/**
 * What a line of a scraped page is, when it is not a body paragraph. Every such line is kept with
 * the article ("set aside"), so the page can be shown whole and nothing is lost.
 */
enum class LineRole
{
    Title,
    Subtitle,
    Dateline,   ///< date, time, source line
    Byline,     ///< a line that credits people (记者 尚丽娟)
    Editor,     ///< 责任编辑
    Navigation, ///< site menus, banners, breadcrumbs, search boxes, "scan to read on your phone"
    Contact,    ///< hotlines, e-mail addresses
    Image,      ///< an image file name; its caption travels with it
    RepeatedTitle,
    Share,   ///< 分享到
    Related, ///< 相关文章 and the links under it
    Footer,  ///< copyright, ICP licences, "about us" links
};

/** The stable name stored in the corpus and printed by `pizhu show` ("navigation", "image", ...). */
QString lineRoleName(LineRole role);
/** The role for a stored name; Navigation for names this build does not know. */
LineRole lineRoleFromName(const QString &name);

} // namespace Pizhu
