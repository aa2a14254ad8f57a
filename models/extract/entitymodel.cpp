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
constexpr quint32 FileVersion = 3;     ///< two packed blocks: the weights, then the lexicon
constexpr quint32 OneBlockVersion = 2; ///< still read: corpora keep adapted models of this version
// Viterbi runs over pieces of this many characters at most, so memory stays flat on huge articles.
constexpr size_t LongestPiece = 2048;
// Forty times the shipped model's larger block: room for bigger models, not for a damaged size.
constexpr quint32 LargestBlock = 256u << 20;

bool endsPiece(char32_t c)
{
    return c == '\n' || c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'；';
}

/** The \a size bytes at \a from of \a bytes, unpacked; empty when they are not a packed block. */
QByteArray unpacked(const QByteArray &bytes, qsizetype from, qsizetype size)
{
    if (from < 0 || size < 4 || from > bytes.size() - size)
        return {};
    const auto *block = reinterpret_cast<const uchar *>(bytes.constData()) + from;
    // qUncompress allocates the size a block announces before unpacking it: a damaged block must
    // not make it ask for gigabytes. zlib packs at most about 1,032 to 1.
    const quint32 announced = qFromBigEndian<quint32>(block);
    if (announced > LargestBlock || announced / 1032 > quint32(size))
        return {};
    return qUncompress(block, size);
}

void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_0);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
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
    QByteArray weights;
    {
        QDataStream out(&weights, QIODevice::WriteOnly);
        prepare(out);
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
    }
    QByteArray lexicon;
    {
        QDataStream out(&lexicon, QIODevice::WriteOnly);
        prepare(out);
        m_lexicon.write(out);
    }
    // Two blocks, packed apart, so that loading can unpack and build them at the same time.
    const QByteArray packedWeights = qCompress(weights, 6);
    QByteArray bytes = Magic;
    {
        QDataStream header(&bytes, QIODevice::Append);
        header << FileVersion << quint32(packedWeights.size());
    }
    return bytes + packedWeights + qCompress(lexicon, 6);
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
    quint32 weightsSize = 0;
    QDataStream header(bytes.sliced(Magic.size(), std::min<qsizetype>(8, bytes.size() - Magic.size())));
    header >> version >> weightsSize;
    if (version != FileVersion && version != OneBlockVersion) {
        *error = tr("%1 is an entity model of another file format (%2; this Pizhu reads %3).")
                     .arg(name)
                     .arg(version)
                     .arg(FileVersion);
        return nullptr;
    }
    std::unique_ptr<EntityModel> model(new EntityModel);
    const bool whole = version == OneBlockVersion ? model->readOneBlock(bytes, name, error)
                                                  : model->readTwoBlocks(bytes, weightsSize, name, error);
    if (!whole)
        return nullptr;
    model->m_features = std::make_unique<CharacterFeatures>(model->m_lexicon);
    return model;
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

struct EntityModel::RawWeights
{
    std::vector<quint32> keys;
    std::vector<qint16> rows; ///< StoredLabels per key
};

bool EntityModel::readOneBlock(const QByteArray &bytes, const QString &name, QString *error)
{
    const qsizetype start = Magic.size() + 4;
    const QByteArray payload = unpacked(bytes, start, bytes.size() - start);
    if (payload.isEmpty()) {
        *error = tr("%1 is damaged: its weights cannot be unpacked.").arg(name);
        return false;
    }
    QDataStream in(payload);
    prepare(in);
    RawWeights raw;
    if (!readWeights(in, raw, name, error))
        return false;
    {
        // The weights' table fills on another thread while the lexicon is read.
        const std::jthread filling([this, &raw] { m_weights = tableOf(raw); });
        m_lexicon.read(in);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        *error = tr("%1 is damaged: its word list is incomplete.").arg(name);
        return false;
    }
    return true;
}

bool EntityModel::readTwoBlocks(const QByteArray &bytes, quint32 weightsSize, const QString &name,
                                QString *error)
{
    const qsizetype weightsAt = Magic.size() + 8;
    const qsizetype lexiconAt = weightsAt + qsizetype(weightsSize);
    QString weightsError;
    bool lexiconWhole = false;
    {
        // Each block is unpacked and built on a thread of its own: loading takes the longer of
        // the two rather than their sum.
        const std::jthread weights([&] {
            const QByteArray payload = unpacked(bytes, weightsAt, weightsSize);
            QDataStream in(payload);
            prepare(in);
            RawWeights raw;
            if (payload.isEmpty())
                weightsError = tr("%1 is damaged: its weights cannot be unpacked.").arg(name);
            else if (readWeights(in, raw, name, &weightsError) && !in.atEnd())
                weightsError = tr("%1 is damaged: its weights are incomplete.").arg(name);
            else if (weightsError.isEmpty())
                m_weights = tableOf(raw);
        });
        const QByteArray payload = unpacked(bytes, lexiconAt, bytes.size() - lexiconAt);
        QDataStream in(payload);
        prepare(in);
        lexiconWhole = !payload.isEmpty() && m_lexicon.read(in) && in.atEnd();
    }
    if (!weightsError.isEmpty()) {
        *error = weightsError;
        return false;
    }
    if (!lexiconWhole) {
        *error = tr("%1 is damaged: its word list is incomplete.").arg(name);
        return false;
    }
    return true;
}

bool EntityModel::readWeights(QDataStream &in, RawWeights &raw, const QString &name, QString *error)
{
    quint32 features = 0;
    quint32 labels = 0;
    quint32 count = 0;
    in >> features >> labels >> m_scale;
    if (features != CharacterFeatures::Version) {
        *error = tr("%1 was trained on other features (version %2; this Pizhu computes version %3).")
                     .arg(name)
                     .arg(features)
                     .arg(CharacterFeatures::Version);
        return false;
    }
    for (float &t : m_transitions)
        in >> t;
    for (float &s : m_starts)
        in >> s;
    in >> count;
    const bool plausible = labels == EntityLabelCount && std::isfinite(m_scale) && count < (1u << 26);
    if (in.status() == QDataStream::Ok && plausible) {
        raw.keys.resize(count);
        raw.rows.resize(size_t(count) * StoredLabels);
        const int keyBytes = int(raw.keys.size() * sizeof(quint32));
        const int rowBytes = int(raw.rows.size() * sizeof(qint16));
        if (in.readRawData(reinterpret_cast<char *>(raw.keys.data()), keyBytes) != keyBytes ||
            in.readRawData(reinterpret_cast<char *>(raw.rows.data()), rowBytes) != rowBytes)
            in.setStatus(QDataStream::ReadPastEnd);
    }
    if (in.status() != QDataStream::Ok || !plausible) {
        *error = tr("%1 is damaged: its weights are incomplete.").arg(name);
        return false;
    }
    return true;
}

std::shared_ptr<const EntityModel::WeightTable> EntityModel::tableOf(const RawWeights &raw)
{
    auto table = std::make_shared<WeightTable>();
    table->reserve(raw.keys.size());
    for (size_t i = 0; i < raw.keys.size(); ++i) {
        StoredWeights weights;
        for (int l = 0; l < StoredLabels; ++l)
            weights[size_t(l)] = qFromLittleEndian(raw.rows[i * StoredLabels + size_t(l)]);
        table->insert(qFromLittleEndian(raw.keys[i]), weights);
    }
    return table;
}

} // namespace Pizhu
