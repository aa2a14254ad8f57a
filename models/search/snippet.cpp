// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippet.h"

#include "text/codepoints.h"

namespace Pizhu {

Snippet Snippet::around(const QString &original, const QList<TextSpan> &hits, int width)
{
    Snippet snippet;
    const QList<uint> codes = original.toUcs4();
    const int length = int(codes.size());
    const int first = hits.isEmpty() ? 0 : hits.first().start;
    int start = std::max(0, first - width / 3);
    int end = std::min(length, start + width);
    start = std::max(0, std::min(start, end - width));
    auto text = [&](int from, int to) {
        QString piece =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(codes.constData()) + from, to - from);
        return piece.replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    const QString lead = start > 0 ? QStringLiteral("…") : QString();
    snippet.text = lead + text(start, end) + (end < length ? QStringLiteral("…") : QString());
    const int shift = start - int(lead.size());
    for (const TextSpan &hit : hits) {
        if (hit.start >= start && hit.end <= end)
            snippet.highlights.append({hit.start - shift, hit.end - shift});
    }
    return snippet;
}

QString Snippet::marked(const QString &open, const QString &close) const
{
    QString result;
    int position = 0;
    for (const TextSpan &span : highlights) {
        if (span.start < position)
            continue;
        const qsizetype a = CodePoints::toUtf16(text, position);
        const qsizetype b = CodePoints::toUtf16(text, span.start);
        const qsizetype c = CodePoints::toUtf16(text, span.end);
        result += text.mid(a, b - a) + open + text.mid(b, c - b) + close;
        position = span.end;
    }
    result += text.mid(CodePoints::toUtf16(text, position));
    return result;
}

} // namespace Pizhu
