// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conversion.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace opencc {
class Converter;
class Dict;
} // namespace opencc

namespace Pizhu {

/** The scripts the reader can show an article in. */
enum class ScriptMode
{
    Original,
    Simplified,  ///< OpenCC t2s
    Traditional, ///< OpenCC s2t
    Taiwan,      ///< OpenCC s2tw: Taiwan standard characters, the words left as written
    HongKong,    ///< OpenCC s2hk
    /// OpenCC s2twp: Taiwan standard with Taiwanese phrases (软件 -> 軟體, 优化 -> 最佳化); it
    /// rewrites vocabulary, so it is a choice of its own, never the default Taiwan form.
    TaiwanPhrases,
};
/** How many modes there are, for tables indexed by mode. */
constexpr std::size_t ScriptModeCount = std::size_t(ScriptMode::TaiwanPhrases) + 1;

/**
 * Converts Chinese text between scripts with OpenCC, phrase by phrase: OpenCC segments the text
 * with its phrase dictionaries and converts each segment as a whole (头发 -> 頭髮, 发展 -> 發展),
 * exactly as its own Converter does. Walking the segments gives an OffsetMap that is exact at every
 * segment boundary. One converter per mode is loaded once and shared; conversion is thread-safe.
 */
class ScriptConverter
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ScriptConverter)

public:
    static const ScriptConverter &forMode(ScriptMode mode);

    /** The conversion of \a text with its offset map. Original mode returns the text unchanged. */
    Conversion convert(const QString &text) const;
    /** The converted text alone, without building a map. */
    QString convertText(const QString &text) const;

    ScriptMode mode() const { return m_mode; }

    /**
     * Whether converting \a text could change it: false when it holds none of the characters
     * that every dictionary entry converting to something else needs, so conversion would give it
     * back unchanged (a simplified article under t2s, usually). Exact, and far cheaper than converting.
     */
    bool mayChange(QStringView text) const;

    /**
     * "original", "simplified", "traditional", "taiwan", "hongkong", "taiwan-phrases" (settings and
     * the command line).
     */
    static QString modeName(ScriptMode mode);
    static std::optional<ScriptMode> modeFromName(const QString &name);
    /** The label a menu shows: 简体, 繁體, 繁體・台灣, 繁體・香港, 台灣用語 (with the English in tr()). */
    static QString modeLabel(ScriptMode mode);
    static QList<ScriptMode> allModes();

    ~ScriptConverter();

private:
    explicit ScriptConverter(ScriptMode mode);
    Conversion convertLine(const QString &text) const;
    static std::string convertPiece(const opencc::Dict &dict, const std::string &input, OffsetMap *map);
    void collectChangingCharacters();

    ScriptMode m_mode;
    std::shared_ptr<opencc::Converter> m_converter;
    std::vector<bool> m_changing; ///< per BMP code unit: the witness of a dictionary key that changes text
    bool m_changesAstral = false; ///< some such key holds a character outside the BMP
};

} // namespace Pizhu
