// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"

#include "namelistsplitter.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <cmath>
#include <thread>

namespace Pizhu {

namespace {

const QByteArray Magic = QByteArrayLiteral("PIZHU-ENTITY-MODEL\n");
constexpr quint32 FileVersion = 2;
// Viterbi runs over pieces of this many characters at most, so memory stays flat on huge articles.
constexpr size_t LongestPiece = 2048;

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
        for (int l = 1; l < EntityLabelCount; ++l)
            largest = std::max(largest, std::abs(row[size_t(l)] - row[0]));
    }
    m_scale = largest > 0 ? largest / 32767.0f : 1.0f;
    auto table = std::make_shared<WeightTable>();
    table->reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        StoredWeights stored;
        for (int l = 1; l < EntityLabelCount; ++l)
            stored[size_t(l - 1)] = qint16(std::lround((weights[i][size_t(l)] - weights[i][0]) / m_scale));
        table->insert(keys[i], stored);
    }
    m_weights = std::move(table);
}

std::vector<EntityLabel> EntityModel::label(const std::u32string &text) const
{
    const FeatureRows rows = m_features->of(text);
    const WeightTable &table = *m_weights;
    std::vector<float> emissions(size_t(rows.size()) * EntityLabelCount);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        qint32 sum[StoredLabels] = {};
        for (quint32 k = rows.offsets[size_t(i)]; k < rows.offsets[size_t(i) + 1]; ++k) {
            if (const StoredWeights *weights = table.find(rows.keys[k])) {
                for (int l = 0; l < StoredLabels; ++l)
                    sum[l] += (*weights)[size_t(l)];
            }
        }
        float *scores = emissions.data() + size_t(i) * EntityLabelCount;
        scores[0] = 0;
        for (int l = 0; l < StoredLabels; ++l)
            scores[l + 1] = float(sum[l]) * m_scale;
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
            // A name never starts or ends with punctuation (明报》), nor holds brackets or quotes
            // (香港《明报: the name is what they enclose).
            for (qsizetype i = span.start; i < span.end - 1; ++i) {
                const QChar::Category category = QChar::category(all[size_t(i)]);
                if (category == QChar::Punctuation_Open || category == QChar::Punctuation_Close ||
                    category == QChar::Punctuation_InitialQuote || category == QChar::Punctuation_FinalQuote)
                    span.start = i + 1;
            }
            while (span.start < span.end && QChar::isPunct(all[size_t(span.start)]))
                ++span.start;
            while (span.end > span.start && QChar::isPunct(all[size_t(span.end - 1)]))
                --span.end;
            if (span.start < span.end)
                spans.append(NameListSplitter(m_lexicon).split(all, span));
        }
        start = end;
    }
    return spans;
}

QByteArray EntityModel::bytes() const
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
        out << quint32(m_weights->size());
        std::vector<quint32> keys;
        std::vector<qint16> rows;
        keys.reserve(m_weights->size());
        rows.reserve(m_weights->size() * StoredLabels);
        for (const auto &slot : m_weights->slots()) {
            if (slot.key == 0)
                continue;
            keys.push_back(qToLittleEndian(slot.key));
            for (const qint16 w : slot.value)
                rows.push_back(qToLittleEndian(w));
        }
        out.writeRawData(reinterpret_cast<const char *>(keys.data()), int(keys.size() * sizeof(quint32)));
        out.writeRawData(reinterpret_cast<const char *>(rows.data()), int(rows.size() * sizeof(qint16)));
        m_lexicon.write(out);
    }
    QByteArray bytes = Magic;
    {
        QDataStream header(&bytes, QIODevice::Append);
        header << FileVersion;
    }
    return bytes + qCompress(payload, 6);
}

bool EntityModel::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray content = bytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
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
    return fromBytes(file.readAll(), path, error);
}

std::unique_ptr<EntityModel> EntityModel::fromBytes(const QByteArray &bytes, const QString &name,
                                                    QString *error)
{
    if (!bytes.startsWith(Magic)) {
        *error = tr("%1 is not a Pizhu entity model.").arg(name);
        return nullptr;
    }
    quint32 version = 0;
    QDataStream header(bytes.sliced(Magic.size(), std::min<qsizetype>(4, bytes.size() - Magic.size())));
    header >> version;
    if (version != FileVersion) {
        *error = tr("%1 is an entity model of another file format (%2; this Pizhu reads %3).")
                     .arg(name)
                     .arg(version)
                     .arg(FileVersion);
        return nullptr;
    }
    const qsizetype start = Magic.size() + 4;
    const QByteArray payload =
        bytes.size() > start
            ? qUncompress(reinterpret_cast<const uchar *>(bytes.constData()) + start, bytes.size() - start)
            : QByteArray();
    if (payload.isEmpty()) {
        *error = tr("%1 is damaged: its weights cannot be unpacked.").arg(name);
        return nullptr;
    }
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    return read(in, name, error);
}

std::unique_ptr<EntityModel> EntityModel::withLexicon(EntityLexicon lexicon) const
{
    std::unique_ptr<EntityModel> model(new EntityModel);
    model->m_lexicon = std::move(lexicon);
    model->m_features = std::make_unique<CharacterFeatures>(model->m_lexicon);
    model->m_weights = m_weights;
    model->m_scale = m_scale;
    model->m_transitions = m_transitions;
    model->m_starts = m_starts;
    return model;
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
        std::vector<quint32> keys(count);
        std::vector<qint16> rows(size_t(count) * StoredLabels);
        const int keyBytes = int(keys.size() * sizeof(quint32));
        const int rowBytes = int(rows.size() * sizeof(qint16));
        if (in.readRawData(reinterpret_cast<char *>(keys.data()), keyBytes) != keyBytes ||
            in.readRawData(reinterpret_cast<char *>(rows.data()), rowBytes) != rowBytes)
            in.setStatus(QDataStream::ReadPastEnd);
        auto table = std::make_shared<WeightTable>();
        if (in.status() == QDataStream::Ok) {
            // The weights' table fills on another thread while the lexicon is read: loading takes
            // the longer of the two rather than their sum (about 80 ms less on two cores).
            const std::jthread filling([&table, &keys, &rows, count] {
                table->reserve(count);
                for (quint32 i = 0; i < count; ++i) {
                    StoredWeights weights;
                    for (int l = 0; l < StoredLabels; ++l)
                        weights[size_t(l)] = qFromLittleEndian(rows[size_t(i) * StoredLabels + size_t(l)]);
                    table->insert(qFromLittleEndian(keys[i]), weights);
                }
            });
            model->m_lexicon.read(in);
        }
        model->m_weights = std::move(table);
    }
    if (in.status() != QDataStream::Ok || !plausible || !in.atEnd()) {
        *error = tr("%1 is damaged: its weights are incomplete.").arg(path);
        return nullptr;
    }
    model->m_features = std::make_unique<CharacterFeatures>(model->m_lexicon);
    return model;
}

} // namespace Pizhu
