// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylineparser.h"

#include "text/hanzi.h"
#include "text/surnamelexicon.h"

#include <QRegularExpression>

namespace Pizhu {

namespace {

// Longest first, so 实习记者 wins over 记者. Both scripts.
const QStringList &roleWords()
{
    static const QStringList words = {
        QStringLiteral("特约记者"), QStringLiteral("特約記者"), QStringLiteral("见习记者"),
        QStringLiteral("見習記者"), QStringLiteral("实习记者"), QStringLiteral("實習記者"),
        QStringLiteral("本报记者"), QStringLiteral("本報記者"), QStringLiteral("首席记者"),
        QStringLiteral("首席記者"), QStringLiteral("通讯员"),   QStringLiteral("通訊員"),
        QStringLiteral("实习生"),   QStringLiteral("實習生"),   QStringLiteral("摄影"),
        QStringLiteral("攝影"),     QStringLiteral("记者"),     QStringLiteral("記者"),
        QStringLiteral("编辑"),     QStringLiteral("編輯"),     QStringLiteral("撰文"),
        QStringLiteral("摄"),       QStringLiteral("攝"),       QStringLiteral("文/图"),
        QStringLiteral("文/圖"),    QStringLiteral("图/文"),    QStringLiteral("圖/文"),
        QStringLiteral("文"),       QStringLiteral("图"),       QStringLiteral("圖"),
    };
    return words;
}

// Single-character roles (文, 图, 摄) are only roles when they stand alone, never inside a name.
bool isStandaloneOnlyRole(const QString &role)
{
    return role.size() == 1 || role.contains(QLatin1Char('/'));
}

} // namespace

bool BylineParser::isNameLike(QStringView token)
{
    if (token.contains(QChar(0x00B7)) || token.contains(QChar(0x30FB))) // 阿不都·买买提
        return token.size() >= 3 && token.size() <= 12;
    if (token.size() < 2 || token.size() > 4 || !std::all_of(token.begin(), token.end(), isHanzi))
        return false;
    const qsizetype surname = SurnameLexicon::instance().surnameLength(token);
    return surname > 0 && token.size() - surname >= 1 && token.size() - surname <= 2;
}

QString BylineParser::roleIn(QStringView token, qsizetype *roleStart)
{
    for (const QString &role : roleWords()) {
        if (!token.endsWith(role))
            continue;
        if (isStandaloneOnlyRole(role) && token.size() != role.size())
            continue;
        if (roleStart)
            *roleStart = token.size() - role.size();
        // An outlet may stand before the role word (河南日报客户端记者); the role is the word itself.
        return role;
    }
    return {};
}

std::optional<QList<Byline>> BylineParser::parse(const QString &credit)
{
    static const QRegularExpression separators(QStringLiteral("[\\s、,，;；:：]+"));
    const QStringList tokens = credit.trimmed().split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return std::nullopt;

    QList<Byline> bylines;
    QString currentRole;
    qsizetype unassignedFrom = -1; // names seen before any role: a trailing role claims them
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QString &token = tokens.at(t);
        if (const QString role = roleIn(token); !role.isEmpty()) {
            // "许小燕 文/图": a role after names claims them when it ends the credit or is 文/图-like.
            const bool trailing = t == tokens.size() - 1 || isStandaloneOnlyRole(role);
            if (unassignedFrom >= 0 && trailing) {
                for (qsizetype i = unassignedFrom; i < bylines.size(); ++i)
                    bylines[i].role = role;
                unassignedFrom = -1;
                currentRole.clear();
                continue;
            }
            currentRole = role;
            continue;
        }
        // A role glued to a name: 通讯员闫文婧, 记者尚丽娟.
        QString name = token;
        for (const QString &role : roleWords()) {
            if (!isStandaloneOnlyRole(role) && token.startsWith(role) &&
                isNameLike(QStringView(token).mid(role.size()))) {
                currentRole = role;
                name = token.mid(role.size());
                break;
            }
        }
        if (!isNameLike(name))
            return std::nullopt;
        if (currentRole.isEmpty() && unassignedFrom < 0)
            unassignedFrom = bylines.size();
        bylines.append({name, currentRole});
    }
    if (bylines.isEmpty())
        return std::nullopt;
    return bylines;
}

std::optional<QList<Byline>> BylineParser::parseLine(const QString &line)
{
    std::optional<QList<Byline>> bylines = parse(line);
    if (bylines &&
        std::none_of(bylines->cbegin(), bylines->cend(), [](const Byline &b) { return !b.role.isEmpty(); }))
        return std::nullopt;
    return bylines;
}

} // namespace Pizhu
