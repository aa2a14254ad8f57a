// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <vector>

namespace Pizhu {

/**
 * Maps code point offsets between an original text and its conversion (DESIGN.md, decisions 2
 * and 3). The conversion is a sequence of segments, each converted as a whole; most keep their
 * length (头发 -> 頭髮), some do not (U盘 -> 隨身碟). The map stores only the segments whose length
 * changed, so an identity-length conversion costs nothing. Offsets are exact at every segment
 * boundary; an offset inside a changed segment rounds to the segment's start or end.
 */
class OffsetMap
{
public:
    enum class Rounding
    {
        Down, ///< inside a changed segment, its start (for the start of a span)
        Up,   ///< inside a changed segment, its end (for the end of a span)
    };

    /** Appends the next segment of the conversion, by its lengths in code points. */
    void addSegment(int originalLength, int convertedLength);
    /** Appends the map of the text that follows, so two conversions side by side make one map. */
    void append(const OffsetMap &next);

    int originalLength() const { return m_originalLength; }
    int convertedLength() const { return m_convertedLength; }
    /** Whether every segment kept its length, so offsets are the same on both sides. */
    bool isIdentity() const { return m_changed.empty(); }

    int toConverted(int original, Rounding rounding = Rounding::Down) const;
    int toOriginal(int converted, Rounding rounding = Rounding::Down) const;

    /**
     * The map of two conversions in a row: this one (original -> middle), then \a next
     * (middle -> final). Exact at every boundary both conversions share.
     */
    OffsetMap then(const OffsetMap &next) const;

    /** A compact form for storage; fromBytes(toBytes()) gives the same map. */
    QByteArray toBytes() const;
    /** The map in \a bytes, or an identity map of \a length when \a bytes is empty. */
    static OffsetMap fromBytes(const QByteArray &bytes, int length);

    friend bool operator==(const OffsetMap &, const OffsetMap &) = default;

private:
    struct Segment
    {
        int originalStart;
        int originalLength;
        int convertedStart;
        int convertedLength;

        friend bool operator==(const Segment &, const Segment &) = default;
    };

    static int map(const std::vector<Segment> &segments, int offset, Rounding rounding, bool forward);

    std::vector<Segment> m_changed;
    int m_originalLength = 0;
    int m_convertedLength = 0;
};

} // namespace Pizhu
