// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptconverter.h"

#include "codepoints.h"
#include "commonhanzi.h"
#include "opencclocation.h"

#include <Config.hpp>
#include <Conversion.hpp>
#include <ConversionChain.hpp>
#include <Converter.hpp>
#include <Dict.hpp>
#include <DictEntry.hpp>
#include <Lexicon.hpp>
#include <Segmentation.hpp>
#include <Segments.hpp>
#include <array>
#include <cstring>
#include <mutex>

namespace Pizhu {

namespace {

const char *configFile(ScriptMode mode)
{
    switch (mode) {
    case ScriptMode::Simplified:
        return "t2s.json";
    case ScriptMode::Traditional:
        return "s2t.json";
    case ScriptMode::Taiwan:
        return "s2tw.json";
    case ScriptMode::TaiwanPhrases:
        return "s2twp.json";
    case ScriptMode::HongKong:
        return "s2hk.json";
    case ScriptMode::Original:
        break;
    }
    return nullptr;
}

int countCodePoints(const char *utf8, size_t bytes)
{
    int count = 0;
    for (size_t i = 0; i < bytes; ++i)
        count += (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
    return count;
}

size_t nextCharLength(const char *utf8)
{
    const auto c = static_cast<unsigned char>(*utf8);
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

} // namespace

ScriptConverter::ScriptConverter(ScriptMode mode)
    : m_mode(mode)
{
    if (const char *config = configFile(mode)) {
        const std::string path = OpenCCLocation::file(QString::fromLatin1(config)).toStdString();
        try {
            opencc::Config loader;
            m_converter = loader.NewFromFile(path);
        } catch (const std::exception &e) {
            qFatal("Pizhu: OpenCC cannot load %s: %s", path.c_str(), e.what());
        }
        collectChangingCharacters();
    }
}

void ScriptConverter::collectChangingCharacters()
{
    m_changing.assign(0x10000, false);
    // A text can only change if it holds a key that converts to something else. Every such key
    // needs one "witness" character: if no witness is in the text, no changing key is either, and
    // every step of the chain gives the text back unchanged. Choosing as witness a character that
    // actually changes, and the rarest one, keeps characters every text has (我, 一) out.
    for (const opencc::ConversionPtr &conversion : m_converter->GetConversionChain()->GetConversions()) {
        const opencc::LexiconPtr lexicon = conversion->GetDict()->GetLexicon(); // keep it alive for the loop
        for (const auto &entry : *lexicon) {
            const std::string key = entry->Key();
            const std::vector<std::string> values = entry->Values();
            if (std::all_of(values.cbegin(), values.cend(),
                            [&key](const std::string &v) { return v == key; }))
                continue;
            const QList<uint> from = QString::fromStdString(key).toUcs4();
            const QList<uint> to = QString::fromStdString(entry->GetDefault()).toUcs4();
            // The witness: the rarest character where key and value differ (覆 in 覆杯 -> 复杯),
            // or of the whole key when their lengths differ.
            char32_t witness = from.first();
            int witnessRank = -1;
            for (qsizetype i = 0; i < from.size(); ++i) {
                if (from.size() == to.size() && from.at(i) == to.at(i))
                    continue;
                const int rank =
                    from.at(i) > 0xFFFF ? CommonHanzi::Rare : CommonHanzi::rank(QChar(char16_t(from.at(i))));
                if (rank > witnessRank) {
                    witness = from.at(i);
                    witnessRank = rank;
                }
            }
            if (witness > 0xFFFF)
                m_changesAstral = true;
            else
                m_changing[witness] = true;
        }
    }
}

bool ScriptConverter::mayChange(QStringView text) const
{
    if (!m_converter)
        return false;
    for (const QChar c : text) {
        if (c.isSurrogate() ? m_changesAstral : bool(m_changing[c.unicode()]))
            return true;
    }
    return false;
}

ScriptConverter::~ScriptConverter() = default;

const ScriptConverter &ScriptConverter::forMode(ScriptMode mode)
{
    static std::array<std::unique_ptr<ScriptConverter>, ScriptModeCount> converters;
    static std::array<std::once_flag, ScriptModeCount> loaded;
    const auto index = size_t(mode);
    std::call_once(loaded[index], [mode, index] { converters[index].reset(new ScriptConverter(mode)); });
    return *converters[index];
}

Conversion ScriptConverter::convert(const QString &text) const
{
    Conversion result;
    if (!mayChange(text)) {
        result.text = text;
        const int length = CodePoints::count(text);
        result.map.addSegment(length, length);
        return result;
    }
    if (!text.contains(QLatin1Char('\n')))
        return convertLine(text);
    // A line break is a segment boundary in every OpenCC dictionary, so lines convert on their own,
    // and a line no changing entry can match is passed over.
    result.text.reserve(text.size());
    bool first = true;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (!first) {
            result.text += QLatin1Char('\n');
            result.map.addSegment(1, 1);
        }
        first = false;
        if (mayChange(line)) {
            const Conversion converted = convertLine(line.toString());
            result.text += converted.text;
            result.map.append(converted.map);
        } else {
            result.text += line;
            const int length = CodePoints::count(line);
            result.map.addSegment(length, length);
        }
    }
    return result;
}

Conversion ScriptConverter::convertLine(const QString &text) const
{
    Conversion result;
    // OpenCC's own order: segment the text, then run each conversion of the chain over each
    // segment with that conversion's dictionary (longest match first). Every match is a piece of
    // the map, so a length change inside a long segment is located exactly.
    const opencc::SegmentsPtr segments = m_converter->GetSegmentation()->Segment(text.toStdString());
    std::vector<std::string> pieces;
    pieces.reserve(segments->Length());
    for (const char *segment : *segments)
        pieces.emplace_back(segment);
    bool first = true;
    for (const opencc::ConversionPtr &conversion : m_converter->GetConversionChain()->GetConversions()) {
        const opencc::DictPtr dict = conversion->GetDict();
        OffsetMap step;
        for (std::string &piece : pieces)
            piece = convertPiece(*dict, piece, &step);
        result.map = first ? step : result.map.then(step);
        first = false;
    }
    std::string output;
    size_t bytes = 0;
    for (const std::string &piece : pieces)
        bytes += piece.size();
    output.reserve(bytes);
    for (const std::string &piece : pieces)
        output += piece;
    result.text = QString::fromStdString(output);
    return result;
}

std::string ScriptConverter::convertPiece(const opencc::Dict &dict, const std::string &input, OffsetMap *map)
{
    // As opencc::Conversion::Convert does it, recording each match's lengths.
    std::string output;
    output.reserve(input.size());
    const char *p = input.c_str();
    const char *end = p + input.size();
    int unchanged = 0; // a run of unmatched characters, recorded as one piece
    while (p < end) {
        const opencc::Optional<const opencc::DictEntry *> matched = dict.MatchPrefix(p, size_t(end - p));
        if (matched.IsNull()) {
            const size_t length = nextCharLength(p);
            output.append(p, length);
            p += length;
            ++unchanged;
            continue;
        }
        const opencc::DictEntry *entry = matched.Get();
        const size_t keyLength = entry->KeyLength();
        const std::string value = entry->GetDefault();
        const int from = countCodePoints(p, keyLength);
        const int to = countCodePoints(value.c_str(), value.size());
        if (unchanged) {
            map->addSegment(unchanged, unchanged);
            unchanged = 0;
        }
        map->addSegment(from, to);
        output += value;
        p += keyLength;
    }
    if (unchanged)
        map->addSegment(unchanged, unchanged);
    return output;
}

QString ScriptConverter::convertText(const QString &text) const
{
    if (!mayChange(text))
        return text;
    return QString::fromStdString(m_converter->Convert(text.toStdString()));
}

QString ScriptConverter::modeName(ScriptMode mode)
{
    switch (mode) {
    case ScriptMode::Original:
        return QStringLiteral("original");
    case ScriptMode::Simplified:
        return QStringLiteral("simplified");
    case ScriptMode::Traditional:
        return QStringLiteral("traditional");
    case ScriptMode::Taiwan:
        return QStringLiteral("taiwan");
    case ScriptMode::HongKong:
        return QStringLiteral("hongkong");
    case ScriptMode::TaiwanPhrases:
        return QStringLiteral("taiwan-phrases");
    }
    return {};
}

std::optional<ScriptMode> ScriptConverter::modeFromName(const QString &name)
{
    for (const ScriptMode mode : allModes()) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QString ScriptConverter::modeLabel(ScriptMode mode)
{
    switch (mode) {
    case ScriptMode::Original:
        return tr("Original");
    case ScriptMode::Simplified:
        return tr("Simplified (简体)");
    case ScriptMode::Traditional:
        return tr("Traditional (繁體)");
    case ScriptMode::Taiwan:
        return tr("Traditional, Taiwan (繁體・台灣)");
    case ScriptMode::HongKong:
        return tr("Traditional, Hong Kong (繁體・香港)");
    case ScriptMode::TaiwanPhrases:
        return tr("Taiwan, with Taiwanese phrases (台灣用語: 软件 → 軟體)");
    }
    return {};
}

QList<ScriptMode> ScriptConverter::allModes()
{
    return {ScriptMode::Original, ScriptMode::Simplified,    ScriptMode::Traditional,
            ScriptMode::Taiwan,   ScriptMode::TaiwanPhrases, ScriptMode::HongKong};
}

} // namespace Pizhu
