// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"

#include "namelistsplitter.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <cmath>

namespace Pizhu {

namespace {

const QByteArray Magic = QByteArrayLiteral("PIZHU-ENTITY-MODEL\n");
constexpr quint32 FileVersion = 1;
// Viterbi runs over pieces of this many characters at most, so memory stays flat on huge articles.
constexpr size_t LongestPiece = 2048;

size_t tableSize(qsizetype count)
{
    size_t size = 16;
    while (size < size_t(count) * 2)
        size *= 2;
    return size;
}

bool endsPiece(char32_t c)
{
    return c == '\n' || c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'；';
}

} // namespace

EntityModel::EntityModel(EntityLexicon lexicon, const std::vector<quint32> &keys,
                         const std::vector<LabelWeights> &weights,
                         const ViterbiDecoder::Transitions &transitions, const ViterbiDecoder::Starts &starts)
    : m_lexicon(std::move(lexicon))
    , m_features(std::make_unique<CharacterFeatures>(m_lexicon))
    , m_transitions(transitions)
    , m_starts(starts)
{
    float largest = 0;
    for (const LabelWeights &row : weights) {
        for (const float w : row)
            largest = std::max(largest, std::abs(w));
    }
    m_scale = largest > 0 ? largest / 32767.0f : 1.0f;
    m_slots.assign(tableSize(qsizetype(keys.size())), 0);
    m_rowOfSlot.assign(m_slots.size(), 0);
    m_rows.reserve(keys.size() * EntityLabelCount);
    for (size_t i = 0; i < keys.size(); ++i) {
        qint16 row[EntityLabelCount];
        for (int l = 0; l < EntityLabelCount; ++l)
            row[l] = qint16(std::lround(weights[i][size_t(l)] / m_scale));
        place(keys[i], row);
    }
}

void EntityModel::place(quint32 key, const qint16 *row)
{
    key = key ? key : 1;
    const size_t mask = m_slots.size() - 1;
    size_t slot = key & mask;
    while (m_slots[slot] != 0 && m_slots[slot] != key)
        slot = (slot + 1) & mask;
    if (m_slots[slot] == key)
        return;
    m_slots[slot] = key;
    m_rowOfSlot[slot] = quint32(m_count);
    m_rows.insert(m_rows.end(), row, row + EntityLabelCount);
    ++m_count;
}

const qint16 *EntityModel::rowOf(quint32 key) const
{
    key = key ? key : 1;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] == key)
            return m_rows.data() + size_t(m_rowOfSlot[slot]) * EntityLabelCount;
        if (m_slots[slot] == 0)
            return nullptr;
    }
}

std::vector<EntityLabel> EntityModel::label(const std::u32string &text) const
{
    const FeatureRows rows = m_features->of(text);
    std::vector<float> emissions(size_t(rows.size()) * EntityLabelCount);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        qint32 sum[EntityLabelCount] = {};
        for (quint32 k = rows.offsets[size_t(i)]; k < rows.offsets[size_t(i) + 1]; ++k) {
            if (const qint16 *row = rowOf(rows.keys[k])) {
                for (int l = 0; l < EntityLabelCount; ++l)
                    sum[l] += row[l];
            }
        }
        for (int l = 0; l < EntityLabelCount; ++l)
            emissions[size_t(i) * EntityLabelCount + size_t(l)] = float(sum[l]) * m_scale;
    }
    return ViterbiDecoder(m_transitions, m_starts).decode(emissions);
}

QList<LabelledSpan> EntityModel::find(QStringView text) const
{
    const std::u32string all = CharacterFeatures::normalised(text);
    QList<LabelledSpan> spans;
    size_t start = 0;
    while (start < all.size()) {
        size_t end = start;
        while (end < all.size() && end - start < LongestPiece && !endsPiece(all[end]))
            ++end;
        end = std::min(all.size(), end + 1);
        for (LabelledSpan span : EntityLabels::toSpans(label(all.substr(start, end - start)))) {
            span.start += qsizetype(start);
            span.end += qsizetype(start);
            spans.append(NameListSplitter(m_lexicon).split(all, span));
        }
        start = end;
    }
    return spans;
}

bool EntityModel::save(const QString &path, QString *error) const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out << CharacterFeatures::Version << quint32(EntityLabelCount) << m_scale;
        for (const float t : m_transitions)
            out << t;
        for (const float s : m_starts)
            out << s;
        out << quint32(m_count);
        std::vector<quint32> keys;
        std::vector<qint16> rows;
        keys.reserve(size_t(m_count));
        rows.reserve(size_t(m_count) * EntityLabelCount);
        for (size_t slot = 0; slot < m_slots.size(); ++slot) {
            if (m_slots[slot] == 0)
                continue;
            keys.push_back(qToLittleEndian(m_slots[slot]));
            const qint16 *row = m_rows.data() + size_t(m_rowOfSlot[slot]) * EntityLabelCount;
            for (int l = 0; l < EntityLabelCount; ++l)
                rows.push_back(qToLittleEndian(row[l]));
        }
        out.writeRawData(reinterpret_cast<const char *>(keys.data()), int(keys.size() * sizeof(quint32)));
        out.writeRawData(reinterpret_cast<const char *>(rows.data()), int(rows.size() * sizeof(qint16)));
        m_lexicon.write(out);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Magic) != Magic.size()) {
        *error = tr("Cannot write the entity model %1: %2").arg(path, file.errorString());
        return false;
    }
    QDataStream header(&file);
    header << FileVersion;
    file.write(qCompress(payload, 6));
    if (!file.commit()) {
        *error = tr("Cannot write the entity model %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<EntityModel> EntityModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the entity model %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    if (file.read(Magic.size()) != Magic) {
        *error = tr("%1 is not a Pizhu entity model.").arg(path);
        return nullptr;
    }
    quint32 version = 0;
    QDataStream header(&file);
    header >> version;
    if (version != FileVersion) {
        *error = tr("%1 is an entity model of another file format (%2; this Pizhu reads %3).")
                     .arg(path)
                     .arg(version)
                     .arg(FileVersion);
        return nullptr;
    }
    const QByteArray payload = qUncompress(file.readAll());
    if (payload.isEmpty()) {
        *error = tr("%1 is damaged: its weights cannot be unpacked.").arg(path);
        return nullptr;
    }
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    return read(in, path, error);
}

std::unique_ptr<EntityModel> EntityModel::read(QDataStream &in, const QString &path, QString *error)
{
    quint32 features = 0;
    quint32 labels = 0;
    quint32 count = 0;
    std::unique_ptr<EntityModel> model(new EntityModel);
    in >> features >> labels >> model->m_scale;
    if (features != CharacterFeatures::Version) {
        *error = tr("%1 was trained on other features (version %2; this Pizhu computes version %3).")
                     .arg(path)
                     .arg(features)
                     .arg(CharacterFeatures::Version);
        return nullptr;
    }
    for (float &t : model->m_transitions)
        in >> t;
    for (float &s : model->m_starts)
        in >> s;
    in >> count;
    const bool plausible = labels == EntityLabelCount && std::isfinite(model->m_scale) && count < (1u << 26);
    if (in.status() == QDataStream::Ok && plausible) {
        model->m_slots.assign(tableSize(qsizetype(count)), 0);
        model->m_rowOfSlot.assign(model->m_slots.size(), 0);
        model->m_rows.reserve(size_t(count) * EntityLabelCount);
        std::vector<quint32> keys(count);
        std::vector<qint16> rows(size_t(count) * EntityLabelCount);
        const int keyBytes = int(keys.size() * sizeof(quint32));
        const int rowBytes = int(rows.size() * sizeof(qint16));
        if (in.readRawData(reinterpret_cast<char *>(keys.data()), keyBytes) != keyBytes ||
            in.readRawData(reinterpret_cast<char *>(rows.data()), rowBytes) != rowBytes)
            in.setStatus(QDataStream::ReadPastEnd);
        for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            qint16 *row = rows.data() + size_t(i) * EntityLabelCount;
            for (int l = 0; l < EntityLabelCount; ++l)
                row[l] = qFromLittleEndian(row[l]);
            model->place(qFromLittleEndian(keys[i]), row);
        }
        model->m_lexicon.read(in);
    }
    if (in.status() != QDataStream::Ok || !plausible || !in.atEnd()) {
        *error = tr("%1 is damaged: its weights are incomplete.").arg(path);
        return nullptr;
    }
    model->m_features = std::make_unique<CharacterFeatures>(model->m_lexicon);
    return model;
}

} // namespace Pizhu
