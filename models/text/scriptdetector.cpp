// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptdetector.h"

#include "opencclocation.h"

#include <Lexicon.hpp>
#include <MarisaDict.hpp>
#include <QFile>
#include <cstdio>

namespace Pizhu {

namespace {

char32_t singleCodePoint(const std::string &utf8)
{
    const QString s = QString::fromStdString(utf8);
    const QList<uint> ucs4 = s.toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.first()) : 0;
}

/** The characters \a dictionary always converts into another character (们 in STCharacters: 們). */
QSet<char32_t> alwaysConverted(const QString &dictionary)
{
    const QByteArray path = QFile::encodeName(OpenCCLocation::file(dictionary));
    FILE *fp = std::fopen(path.constData(), "rb");
    if (!fp)
        qFatal("Pizhu: OpenCC dictionary %s is missing (install opencc's data)", path.constData());
    const opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(fp);
    std::fclose(fp);
    QSet<char32_t> result;
    const opencc::LexiconPtr lexicon = dict->GetLexicon(); // keep it alive for the loop
    for (const auto &entry : *lexicon) {
        const char32_t key = singleCodePoint(entry->Key());
        const std::vector<std::string> values = entry->Values();
        // 家 -> 家 傢 keeps itself as one choice: it is written in both scripts.
        if (key && std::none_of(values.cbegin(), values.cend(),
                                [key](const std::string &v) { return singleCodePoint(v) == key; }))
            result.insert(key);
    }
    return result;
}

} // namespace

const ScriptDetector &ScriptDetector::instance()
{
    static const ScriptDetector detector;
    return detector;
}

ScriptDetector::ScriptDetector()
    : m_traditionalOnly(alwaysConverted(QStringLiteral("TSCharacters.ocd2")))
    , m_simplifiedOnly(alwaysConverted(QStringLiteral("STCharacters.ocd2")))
{
    // A character both tables convert (none known, but the dictionaries change) tells nothing.
    const QSet<char32_t> both = m_traditionalOnly & m_simplifiedOnly;
    m_traditionalOnly -= both;
    m_simplifiedOnly -= both;
}

Script ScriptDetector::detect(const QStringList &lines) const
{
    int traditionalLines = 0;
    int simplifiedLines = 0;
    qsizetype traditionalChars = 0;
    qsizetype simplifiedChars = 0;
    for (const QString &line : lines) {
        int t = 0;
        int s = 0;
        for (const char32_t c : line.toUcs4()) {
            t += isTraditionalOnly(c);
            s += isSimplifiedOnly(c);
        }
        // A line is clearly of one script when its telling characters agree (a stray variant aside).
        if (t >= 2 && s * 10 <= t)
            ++traditionalLines;
        else if (s >= 2 && t * 10 <= s)
            ++simplifiedLines;
        traditionalChars += t;
        simplifiedChars += s;
    }
    if (traditionalLines > 0 && simplifiedLines > 0)
        return Script::Mixed;
    return traditionalChars > simplifiedChars ? Script::Traditional : Script::Simplified;
}

} // namespace Pizhu
