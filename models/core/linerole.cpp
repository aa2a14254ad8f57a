// SPDX-License-Identifier: GPL-3.0-or-later
#include "linerole.h"

#include <array>
#include <utility>

namespace Pizhu {

namespace {

constexpr std::array<std::pair<LineRole, const char *>, 12> names = {{
    {LineRole::Title, "title"},
    {LineRole::Subtitle, "subtitle"},
    {LineRole::Dateline, "dateline"},
    {LineRole::Byline, "byline"},
    {LineRole::Editor, "editor"},
    {LineRole::Navigation, "navigation"},
    {LineRole::Contact, "contact"},
    {LineRole::Image, "image"},
    {LineRole::RepeatedTitle, "repeated-title"},
    {LineRole::Share, "share"},
    {LineRole::Related, "related"},
    {LineRole::Footer, "footer"},
}};

} // namespace

QString lineRoleName(LineRole role)
{
    for (const auto &[r, name] : names) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("navigation");
}

LineRole lineRoleFromName(const QString &name)
{
    for (const auto &[role, n] : names) {
        if (name == QLatin1String(n))
            return role;
    }
    return LineRole::Navigation;
}

} // namespace Pizhu
