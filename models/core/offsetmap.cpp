// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsetmap.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>

namespace Pizhu {

void OffsetMap::addSegment(int originalLength, int convertedLength)
{
    if (originalLength != convertedLength)
        m_changed.push_back({m_originalLength, originalLength, m_convertedLength, convertedLength});
    m_originalLength += originalLength;
    m_convertedLength += convertedLength;
}

void OffsetMap::append(const OffsetMap &next)
{
    for (const Segment &s : next.m_changed)
        m_changed.push_back({s.originalStart + m_originalLength, s.originalLength,
                             s.convertedStart + m_convertedLength, s.convertedLength});
    m_originalLength += next.m_originalLength;
    m_convertedLength += next.m_convertedLength;
}

int OffsetMap::map(const std::vector<Segment> &segments, int offset, Rounding rounding, bool forward)
{
    auto from = [forward](const Segment &s) {
        return forward ? s.originalStart : s.convertedStart;
    };
    auto fromLength = [forward](const Segment &s) {
        return forward ? s.originalLength : s.convertedLength;
    };
    auto to = [forward](const Segment &s) {
        return forward ? s.convertedStart : s.originalStart;
    };
    auto toLength = [forward](const Segment &s) {
        return forward ? s.convertedLength : s.originalLength;
    };

    // The last changed segment that starts at or before the offset.
    auto it = std::upper_bound(segments.cbegin(), segments.cend(), offset,
                               [&](int value, const Segment &s) { return value < from(s); });
    if (it == segments.cbegin())
        return offset; // before any length change
    const Segment &s = *(it - 1);
    const int end = from(s) + fromLength(s);
    if (offset == from(s))
        return to(s);
    if (offset < end)
        return rounding == Rounding::Down ? to(s) : to(s) + toLength(s);
    return offset - end + to(s) + toLength(s);
}

int OffsetMap::toConverted(int original, Rounding rounding) const
{
    return map(m_changed, std::clamp(original, 0, m_originalLength), rounding, true);
}

int OffsetMap::toOriginal(int converted, Rounding rounding) const
{
    return map(m_changed, std::clamp(converted, 0, m_convertedLength), rounding, false);
}

OffsetMap OffsetMap::then(const OffsetMap &next) const
{
    if (next.isIdentity())
        return *this;
    if (isIdentity())
        return next;
    // The regions where either conversion changed length, in original coordinates, merged where
    // they overlap; outside them both conversions are shifts, and so is their composition.
    std::vector<std::pair<int, int>> regions;
    for (const Segment &s : m_changed)
        regions.emplace_back(s.originalStart, s.originalStart + s.originalLength);
    for (const Segment &s : next.m_changed)
        regions.emplace_back(toOriginal(s.originalStart, Rounding::Down),
                             toOriginal(s.originalStart + s.originalLength, Rounding::Up));
    std::sort(regions.begin(), regions.end());

    OffsetMap result;
    result.m_originalLength = m_originalLength;
    result.m_convertedLength = next.m_convertedLength;
    auto emit = [&](int start, int end) {
        const int convertedStart = next.toConverted(toConverted(start, Rounding::Down), Rounding::Down);
        const int convertedEnd = next.toConverted(toConverted(end, Rounding::Up), Rounding::Up);
        result.m_changed.push_back({start, end - start, convertedStart, convertedEnd - convertedStart});
    };
    int start = regions.front().first;
    int end = regions.front().second;
    for (const auto &[s, e] : regions) {
        if (s < end || (s == end && s == start)) {
            end = std::max(end, e);
            continue;
        }
        emit(start, end);
        start = s;
        end = e;
    }
    emit(start, end);
    return result;
}

QByteArray OffsetMap::toBytes() const
{
    if (m_changed.empty())
        return {};
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_originalLength) << qint32(m_convertedLength) << qint32(m_changed.size());
    for (const Segment &s : m_changed)
        out << qint32(s.originalStart) << qint32(s.originalLength) << qint32(s.convertedStart)
            << qint32(s.convertedLength);
    return bytes;
}

OffsetMap OffsetMap::fromBytes(const QByteArray &bytes, int length)
{
    OffsetMap map;
    map.m_originalLength = map.m_convertedLength = length;
    if (bytes.isEmpty())
        return map;
    QDataStream in(bytes);
    qint32 version = 0, originalLength = 0, convertedLength = 0, count = 0;
    in >> version >> originalLength >> convertedLength >> count;
    if (version != 1 || count < 0 || in.status() != QDataStream::Ok)
        return map;
    map.m_originalLength = originalLength;
    map.m_convertedLength = convertedLength;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Segment s{};
        qint32 a = 0, b = 0, c = 0, d = 0;
        in >> a >> b >> c >> d;
        s = {a, b, c, d};
        map.m_changed.push_back(s);
    }
    return map;
}

} // namespace Pizhu
