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

/** The characters that \a dictionary converts, and those it converts them into. */
void readCharacterTable(const QString &dictionary, QSet<char32_t> *sources, QSet<char32_t> *targets)
{
    const QByteArray path = QFile::encodeName(OpenCCLocation::file(dictionary));
    FILE *fp = std::fopen(path.constData(), "rb");
    if (!fp)
        qFatal("Pizhu: OpenCC dictionary %s is missing (install opencc's data)", path.constData());
    const opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(fp);
    std::fclose(fp);
    for (const auto &entry : *dict->GetLexicon()) {
        const char32_t key = singleCodePoint(entry->Key());
        if (!key)
            continue;
        for (const std::string &value : entry->Values()) {
            const char32_t v = singleCodePoint(value);
            if (v && v != key) {
                sources->insert(key);
                targets->insert(v);
            }
        }
    }
}

} // namespace

const ScriptDetector &ScriptDetector::instance()
{
    static const ScriptDetector detector;
    return detector;
}

ScriptDetector::ScriptDetector()
{
    QSet<char32_t> traditionalSources, simplifiedTargets, simplifiedSources, traditionalTargets;
    readCharacterTable(QStringLiteral("TSCharacters.ocd2"), &traditionalSources, &simplifiedTargets);
    readCharacterTable(QStringLiteral("STCharacters.ocd2"), &simplifiedSources, &traditionalTargets);
    // 著 converts to 着 but is also a simplified character in its own right (著名): only characters
    // the other direction never produces are telling.
    for (const char32_t c : std::as_const(traditionalSources)) {
        if (!simplifiedSources.contains(c) && !simplifiedTargets.contains(c))
            m_traditionalOnly.insert(c);
    }
    for (const char32_t c : std::as_const(simplifiedSources)) {
        if (!traditionalSources.contains(c) && !traditionalTargets.contains(c))
            m_simplifiedOnly.insert(c);
    }
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
