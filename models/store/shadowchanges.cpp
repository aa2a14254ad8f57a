// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowchanges.h"

#include <algorithm>

namespace Pizhu {

namespace {

void appendNumber(QByteArray &out, qsizetype value)
{
    auto rest = quint64(value);
    while (rest >= 0x80) {
        out.append(char(quint8(rest) | 0x80));
        rest >>= 7;
    }
    out.append(char(rest));
}

void appendRun(QByteArray &out, qsizetype kept, QStringView replaced, QStringView inserted)
{
    appendNumber(out, kept);
    appendNumber(out, replaced.size());
    appendNumber(out, inserted.size());
    for (const QChar unit : inserted) {
        out.append(char(unit.unicode() & 0xff));
        out.append(char(unit.unicode() >> 8));
    }
}

// Reads the changes front to back; every number is checked against what is left of its input.
class ChangeReader
{
public:
    explicit ChangeReader(QByteArrayView changes)
        : m_bytes(changes)
    {
    }
    bool atEnd() const { return m_at == m_bytes.size(); }
    std::optional<qsizetype> number(qsizetype limit)
    {
        quint64 value = 0;
        for (int shift = 0; shift < 35 && m_at < m_bytes.size(); shift += 7) {
            const auto byte = quint8(m_bytes[m_at++]);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value <= quint64(limit) ? std::optional<qsizetype>(qsizetype(value)) : std::nullopt;
        }
        return std::nullopt;
    }
    bool appendUnits(QString &out, qsizetype count)
    {
        if (count > (m_bytes.size() - m_at) / 2)
            return false;
        for (qsizetype i = 0; i < count; ++i, m_at += 2)
            out.append(QChar(char16_t(quint8(m_bytes[m_at]) | quint8(m_bytes[m_at + 1]) << 8)));
        return true;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

} // namespace

QByteArray ShadowChanges::between(QStringView body, QStringView shadow)
{
    QByteArray out;
    if (body.size() != shadow.size()) {
        // A conversion that changed the length (rare): one run between what both begin and end with.
        const qsizetype shorter = std::min(body.size(), shadow.size());
        qsizetype head = 0;
        while (head < shorter && body[head] == shadow[head])
            ++head;
        qsizetype tail = 0;
        while (tail < shorter - head && body[body.size() - 1 - tail] == shadow[shadow.size() - 1 - tail])
            ++tail;
        appendRun(out, head, body.sliced(head, body.size() - head - tail),
                  shadow.sliced(head, shadow.size() - head - tail));
        return out;
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < body.size();) {
        if (body[i] == shadow[i]) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < body.size() && body[end] != shadow[end])
            ++end;
        appendRun(out, i - kept, body.sliced(i, end - i), shadow.sliced(i, end - i));
        kept = end;
        i = end;
    }
    return out;
}

std::optional<QString> ShadowChanges::apply(QStringView body, QByteArrayView changes)
{
    QString shadow;
    shadow.reserve(body.size());
    ChangeReader reader(changes);
    qsizetype at = 0;
    while (!reader.atEnd()) {
        const std::optional<qsizetype> kept = reader.number(body.size() - at);
        if (!kept)
            return std::nullopt;
        shadow.append(body.sliced(at, *kept));
        at += *kept;
        const std::optional<qsizetype> replaced = reader.number(body.size() - at);
        const std::optional<qsizetype> inserted = reader.number(changes.size());
        if (!replaced || !inserted || !reader.appendUnits(shadow, *inserted))
            return std::nullopt;
        at += *replaced;
    }
    shadow.append(body.sliced(at));
    return shadow;
}

std::optional<QString> ShadowChanges::stored(const QString &body, const QVariant &shadowColumn,
                                             const QVariant &changesColumn)
{
    if (!shadowColumn.isNull())
        return shadowColumn.toString();
    if (changesColumn.isNull())
        return body;
    return apply(body, changesColumn.toByteArray());
}

QVariant ShadowChanges::column(const QString &body, const QString &shadow)
{
    return shadow == body ? QVariant() : QVariant(between(body, shadow));
}

} // namespace Pizhu
