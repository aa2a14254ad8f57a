// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefinder.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace Pizhu {

std::optional<DateMatch> DateFinder::find(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"
        "(?:(?:T|\\s*)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?!\\d))?"));
    QRegularExpressionMatchIterator it = pattern.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid())
            continue;
        DateMatch match;
        match.start = m.capturedStart();
        match.length = m.capturedLength();
        match.iso = date.toString(Qt::ISODate);
        if (m.hasCaptured(4)) {
            const bool withSeconds = m.hasCaptured(6);
            const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                             withSeconds ? m.captured(6).toInt() : 0);
            if (time.isValid())
                match.iso += QLatin1Char('T') + time.toString(withSeconds ? QStringLiteral("HH:mm:ss")
                                                                          : QStringLiteral("HH:mm"));
        }
        return match;
    }
    return std::nullopt;
}

} // namespace Pizhu
