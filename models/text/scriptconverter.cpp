// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptconverter.h"

#include "codepoints.h"
#include "opencclocation.h"

#include <Config.hpp>
#include <Dict.hpp>
#include <DictEntry.hpp>
#include <Conversion.hpp>
#include <ConversionChain.hpp>
#include <Converter.hpp>
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
    }
}

ScriptConverter::~ScriptConverter() = default;

const ScriptConverter &ScriptConverter::forMode(ScriptMode mode)
{
    static std::array<std::unique_ptr<ScriptConverter>, 5> converters;
    static std::array<std::once_flag, 5> loaded;
    const auto index = size_t(mode);
    std::call_once(loaded[index], [mode, index] { converters[index].reset(new ScriptConverter(mode)); });
    return *converters[index];
}

Conversion ScriptConverter::convert(const QString &text) const
{
    Conversion result;
    if (!m_converter) {
        result.text = text;
        const int length = CodePoints::count(text);
        result.map.addSegment(length, length);
        return result;
    }
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
    if (!m_converter)
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
    }
    return {};
}

QList<ScriptMode> ScriptConverter::allModes()
{
    return {ScriptMode::Original, ScriptMode::Simplified, ScriptMode::Traditional, ScriptMode::Taiwan,
            ScriptMode::HongKong};
}

} // namespace Pizhu
