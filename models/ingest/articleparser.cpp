// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

#include "bylineparser.h"
#include "datefinder.h"
#include "lineclassifier.h"
#include "text/scriptdetector.h"

#include <QRegularExpression>

namespace Pizhu {

namespace {

using LC = LineClassifier;

// How far into a page the title and the date line may stand.
constexpr qsizetype HeadSearchLines = 25;
// A byline line is short: "记者 尚丽娟", "(河南日报客户端记者 卢松 通讯员 赵君明 陆梦娇)".
constexpr qsizetype MaxBylineLine = 48;
constexpr qsizetype MaxCaption = 80;

bool isRepeatedTitle(const QString &line, const QString &title)
{
    if (line == title)
        return true;
    // The same headline in the other script (seed 001 repeats its title in simplified).
    if (title.size() < 6 || line.size() != title.size())
        return false;
    qsizetype same = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        same += line.at(i) == title.at(i);
    return same * 10 >= title.size() * 6;
}

class PageReader
{
public:
    explicit PageReader(const QString &text)
    {
        for (const QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
            const QString line = LC::clean(raw.toString());
            if (!line.isEmpty())
                m_lines.append(line);
        }
    }

    Article readBody(const QString &title)
    {
        m_article.title = title;
        // A record's text field is its body by name: a single line there is the article's one
        // paragraph, even one that would pass for a byline or a page label elsewhere (正文, 张三说).
        if (m_lines.size() == 1) {
            m_article.paragraphs = m_lines;
            m_article.script = ScriptDetector::instance().detect(m_lines);
            return m_article;
        }
        qsizetype i = readHead(0);
        i = readBody(i);
        readTail(i);
        readCredits();
        m_article.script = ScriptDetector::instance().detect(m_lines);
        return m_article;
    }

    Article read()
    {
        if (m_lines.isEmpty())
            return m_article;
        const qsizetype title = findTitle();
        for (qsizetype i = 0; i < title; ++i)
            aside(LC::boilerplateRole(m_lines.at(i)).value_or(LineRole::Navigation), m_lines.at(i));
        m_article.title = m_lines.at(title);
        aside(LineRole::Title, m_article.title);
        qsizetype i = readHead(title + 1);
        i = readBody(i);
        readTail(i);
        readCredits();
        m_article.script = ScriptDetector::instance().detect(m_lines);
        return m_article;
    }

private:
    qsizetype findTitle() const
    {
        const qsizetype limit = std::min(m_lines.size(), HeadSearchLines);
        auto isTitle = [this](qsizetype i) {
            return !LC::boilerplateRole(m_lines.at(i)) && LC::isHeadlineLike(m_lines.at(i)) &&
                   !LC::isDateline(m_lines.at(i));
        };
        for (qsizetype d = 1; d < limit; ++d) {
            if (!LC::isDateline(m_lines.at(d)))
                continue;
            for (qsizetype j = d - 1; j >= 0; --j) {
                if (isTitle(j))
                    return j;
            }
            break;
        }
        for (qsizetype j = 0; j < limit; ++j) {
            if (isTitle(j))
                return j;
        }
        return 0;
    }

    void aside(LineRole role, const QString &text, const QString &caption = {})
    {
        m_article.asides.append({int(m_article.paragraphs.size()), role, text, caption});
    }

    void takeDate(const QString &line)
    {
        if (m_article.published.isEmpty()) {
            if (const auto date = DateFinder::find(line))
                m_article.published = date->iso;
        }
        if (m_article.outlet.isEmpty())
            m_article.outlet = LC::sourceIn(line);
    }

    // Returns true when the line belongs to the head; false when the body starts at it.
    bool readHeadLine(qsizetype i)
    {
        const QString &line = m_lines.at(i);
        const QString next = m_lines.value(i + 1);
        if (LC::isDateline(line) || (!LC::sourceIn(line).isEmpty() && !LC::isProse(line))) {
            takeDate(line);
            aside(LineRole::Dateline, line);
        } else if (const QString editor = LC::editorIn(line); !editor.isEmpty()) {
            m_article.editor = editor;
            aside(LineRole::Editor, line);
        } else if (const auto role = LC::boilerplateRole(line); role && *role != LineRole::Image) {
            aside(*role, line);
        } else if (LC::isDashSubtitle(line) || (LC::isHeadlineLike(line) && LC::isDashSubtitle(next))) {
            m_article.subtitle += line;
            aside(LineRole::Subtitle, line);
        } else if (line.size() <= MaxBylineLine && readBylineLine(line)) {
            aside(LineRole::Byline, line);
        } else {
            return false;
        }
        return true;
    }

    qsizetype readHead(qsizetype i)
    {
        while (i < m_lines.size() && readHeadLine(i))
            ++i;
        return i;
    }

    bool readBylineLine(const QString &line)
    {
        static const QRegularExpression brackets(QStringLiteral("^[(（\\[【]|[)）\\]】]$"));
        QString inner = line;
        inner.remove(brackets);
        const auto bylines = BylineParser::parseLine(inner);
        if (!bylines)
            return false;
        addBylines(*bylines);
        return true;
    }

    void addBylines(const QList<Byline> &bylines)
    {
        for (const Byline &byline : bylines) {
            if (!m_article.bylines.contains(byline))
                m_article.bylines.append(byline);
        }
    }

    // Running text after a "related links" header means the header was inside the article.
    bool proseFollows(qsizetype from) const
    {
        for (qsizetype j = from; j < m_lines.size(); ++j) {
            if (LC::isProse(m_lines.at(j)) && !LC::boilerplateRole(m_lines.at(j)) &&
                LC::editorIn(m_lines.at(j)).isEmpty())
                return true;
        }
        return false;
    }

    qsizetype readBody(qsizetype i)
    {
        for (; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            if (LC::startsTail(line) && !proseFollows(i + 1))
                return i;
            const std::optional<LineRole> role = LC::boilerplateRole(line);
            if (const QString editor = LC::editorIn(line); !editor.isEmpty()) {
                m_article.editor = editor;
                aside(LineRole::Editor, line);
            } else if (role == LineRole::Image) {
                const QString next = m_lines.value(i + 1);
                const bool captioned = !next.isEmpty() && next.size() <= MaxCaption &&
                                       !LC::boilerplateRole(next) && !LC::startsTail(next) &&
                                       !isRepeatedTitle(next, m_article.title);
                aside(LineRole::Image, line, captioned ? next : QString());
                i += captioned ? 1 : 0;
            } else if (role) {
                aside(*role, line);
            } else if (isRepeatedTitle(line, m_article.title)) {
                aside(LineRole::RepeatedTitle, line);
            } else if (line.size() <= MaxBylineLine && !LC::isProse(line) && readBylineLine(line)) {
                aside(LineRole::Byline, line);
            } else {
                m_article.paragraphs.append(line);
            }
        }
        return i;
    }

    void readTail(qsizetype i)
    {
        LineRole section = LineRole::Footer;
        for (; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            if (const QString editor = LC::editorIn(line); !editor.isEmpty()) {
                if (m_article.editor.isEmpty())
                    m_article.editor = editor;
                aside(LineRole::Editor, line);
            } else if (const auto role = LC::boilerplateRole(line)) {
                if (*role == LineRole::Related || *role == LineRole::Share)
                    section = *role == LineRole::Share ? LineRole::Footer : LineRole::Related;
                aside(*role, line);
            } else {
                aside(section, line);
            }
        }
    }

    void readCredits()
    {
        if (m_article.paragraphs.isEmpty())
            return;
        // "河北新闻网讯(通讯员闫文婧、贾光斌)", "新华社北京3月1日电（记者 张三）"
        static const QRegularExpression leadNews(
            QStringLiteral("^(\\S{2,12}?)(?:讯|訊)\\s*[(（]([^()（）]{2,60})[)）]"));
        static const QRegularExpression leadAgency(QStringLiteral(
            "^(\\S{1,10}?(?:社|台|网|網|报|報))[^\\s(（]{0,14}?(?:电|電)\\s*[(（]([^()（）]{2,60})[)）]"));
        for (const QRegularExpression *lead : {&leadNews, &leadAgency}) {
            const QRegularExpressionMatch m = lead->match(m_article.paragraphs.first());
            if (!m.hasMatch())
                continue;
            if (const auto bylines = BylineParser::parse(m.captured(2))) {
                addBylines(*bylines);
                if (m_article.outlet.isEmpty())
                    m_article.outlet = m.captured(1);
            }
            break;
        }
        // "…守住人民群众“健康绿”。(许小燕 文/图)"
        static const QRegularExpression trailing(QStringLiteral("[(（]([^()（）]{2,60})[)）]\\s*$"));
        if (const auto m = trailing.match(m_article.paragraphs.last()); m.hasMatch()) {
            if (const auto bylines = BylineParser::parse(m.captured(1)))
                addBylines(*bylines);
        }
    }

    QStringList m_lines;
    Article m_article;
};

} // namespace

Article ArticleParser::parse(const QString &text)
{
    return PageReader(text).read();
}

Article ArticleParser::parseBody(const QString &title, const QString &body)
{
    return PageReader(body).readBody(title);
}

} // namespace Pizhu
