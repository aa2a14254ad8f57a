// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclassifier.h"

#include "datefinder.h"

#include <QRegularExpression>
#include <QStringList>

namespace Pizhu {

namespace {

using Re = QRegularExpression;

bool matches(const Re &re, const QString &line)
{
    return re.match(line).hasMatch();
}

int hanziCount(const QString &line)
{
    int n = 0;
    for (const QChar c : line)
        n += (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF);
    return n;
}

// Many short words separated by spaces: a menu (中新网首页 安徽 北京 重庆 ...).
bool isMenu(const QString &line)
{
    static const Re spaces(QStringLiteral("\\s+"));
    const QStringList words = line.split(spaces, Qt::SkipEmptyParts);
    if (words.size() < 5)
        return false;
    const auto shortWords =
        std::count_if(words.cbegin(), words.cend(), [](const QString &w) { return w.size() <= 5; });
    return shortWords * 10 >= words.size() * 8;
}

} // namespace

QString LineClassifier::clean(const QString &line)
{
    static const Re bullets(QStringLiteral("^[\\s\\x{3000}•·●▪■◆]+"));
    QString cleaned = line;
    cleaned.remove(bullets);
    return cleaned.trimmed();
}

bool LineClassifier::isImageFileName(const QString &line)
{
    static const Re image(QStringLiteral("^[\\w\\-()（）\\[\\]]{1,80}\\.(?:jpe?g|png|gif|bmp|webp|tiff?)$"),
                          Re::CaseInsensitiveOption | Re::UseUnicodePropertiesOption);
    return matches(image, line);
}

std::optional<LineRole> LineClassifier::boilerplateRole(const QString &line)
{
    // Most lines are long running text: the cheap tests (length, prose) come before any pattern,
    // and patterns that must match near the start only look there.
    const bool prose = isProse(line);
    if (line.size() <= 84 && isImageFileName(line))
        return LineRole::Image;

    // Headers of link lists are short; a long line that starts so is an article run together with them.
    const bool shortLine = line.size() <= 40 && !prose;
    if (shortLine) {
        static const Re share(QStringLiteral("^(?:分享到|分享至|分享：|分享:)"));
        if (matches(share, line))
            return LineRole::Share;
        static const Re related(
            QStringLiteral("^(?:相关|相關|热门|熱門|推荐|推薦|延伸|更多|点击|點擊)"
                           "(?:文章|新闻|新聞|阅读|閱讀|推荐|推薦|评论|評論|排行|>>|链接|鏈接)"));
        if (matches(related, line) || line.startsWith(QStringLiteral("更多>>")))
            return LineRole::Related;
    }

    // Wording only a site footer uses marks a footer even in a long line, when the line opens with
    // it; words an article may also use (版权, 本网站) only in a short line.
    static const Re strongFooter(
        QStringLiteral(
            "未经授权|未經授權|未经许可|未經許可|不得转载|不得轉載|禁止转载|禁止轉載|ICP[证備备証]|公网安备|"
            "公網安備|"
            "违法和不良信息|違法和不良信息|举报电话|舉報電話|版权所有|版權所有|All rights reserved"),
        Re::CaseInsensitiveOption);
    static const Re weakFooter(
        QStringLiteral("版权|版權|Copyright|©|关于我们|關於我們|本网站|本網站|网站地图|網站地圖"),
        Re::CaseInsensitiveOption);
    if (line.size() <= 300) {
        const QRegularExpressionMatch strong = strongFooter.match(line.left(80));
        if (strong.hasMatch() && strong.capturedStart() < 60)
            return LineRole::Footer;
    }
    if (line.size() <= 120 && matches(weakFooter, line) &&
        (!prose || line.contains(QStringLiteral("本网")) || line.contains(QStringLiteral("本網"))))
        return LineRole::Footer;
    if (prose)
        return std::nullopt; // nothing below applies to running text

    static const Re contact(QStringLiteral("(?:邮箱|郵箱|e-?mail|热线|熱線|电话|電話|传真|傳真)\\s*[:：]|"
                                           "[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\d{3,4}-\\d{7,8}"),
                            Re::CaseInsensitiveOption);
    if (line.size() <= 60 && matches(contact, line))
        return LineRole::Contact;

    static const Re navigation(QStringLiteral(
        "^(?:扫码阅读手机版|掃碼閱讀手機版|手机看新闻|手機看新聞|搜\\s*索|我来说两句|我來說兩句|打印|收藏|"
        "【?字号|【?字號|电子报|電子報|返回顶部|返回頂部|关闭窗口|關閉窗口|首页|首頁|正文|点击排行|三天|一周|"
        "一月)"
        "[\\s\\]】]*$"));
    if (matches(navigation, line))
        return LineRole::Navigation;
    static const Re breadcrumb(
        QStringLiteral("(?:首页|首頁|当前位置|當前位置|您的位置).*[>＞›»]|[>＞›»]\\s*正文"));
    if (line.size() <= 80 && matches(breadcrumb, line))
        return LineRole::Navigation;
    if (line.count(QLatin1Char('|')) >= 2 || isMenu(line))
        return LineRole::Navigation;
    return std::nullopt;
}

bool LineClassifier::startsTail(const QString &line)
{
    const std::optional<LineRole> role = boilerplateRole(line);
    return !editorIn(line).isEmpty() ||
           (role && (*role == LineRole::Share || *role == LineRole::Related || *role == LineRole::Footer));
}

bool LineClassifier::isHeadlineLike(const QString &line)
{
    static const Re sentenceEnd(QStringLiteral("[。！？!?…]$|。[”」』]$"));
    return line.size() >= 4 && line.size() <= 80 && hanziCount(line) >= 3 && !matches(sentenceEnd, line) &&
           !isImageFileName(line);
}

bool LineClassifier::isProse(const QString &line)
{
    if (line.size() > 80)
        return true;
    if (line.size() <= 20)
        return false;
    // A sentence ends somewhere in it.
    return std::any_of(line.cbegin(), line.cend(), [](QChar c) {
        return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QLatin1Char('!') ||
               c == QLatin1Char('?');
    });
}

bool LineClassifier::isDashSubtitle(const QString &line)
{
    static const Re dash(QStringLiteral("^(?:——|──|—|－－|--)\\s*\\S"));
    return matches(dash, line) && line.size() <= 80;
}

bool LineClassifier::isDateline(const QString &line)
{
    const std::optional<DateMatch> date = DateFinder::find(line);
    if (!date || isProse(line))
        return false;
    // What is left around the date must be labels, a source, a site name or an address.
    QString rest = line;
    rest.remove(date->start, date->length);
    static const Re labels(
        QStringLiteral("(?:来源|來源|发布时间|發布時間|发布|發布|时间|時間|日期|作者|编辑|編輯|"
                       "稿源|出处|出處)\\s*[:：]\\s*\\S*|[\\w.-]+\\.(?:com|cn|net|org|gov)(?:\\.cn)?\\S*|"
                       "我来说两句|我來說兩句|字号|字號|[\\s|｜/]"),
        Re::CaseInsensitiveOption);
    rest.remove(labels);
    return hanziCount(rest) <= 8;
}

QString LineClassifier::sourceIn(const QString &line)
{
    static const Re source(QStringLiteral("(?:来源|來源|稿源)\\s*[:：]\\s*([^\\s|｜]+)"));
    const QRegularExpressionMatch m = source.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString LineClassifier::editorIn(const QString &line)
{
    static const Re editor(
        QStringLiteral("^(?:[\\[【(（]\\s*)?(?:责任编辑|責任編輯|编辑|編輯)\\s*[:：]\\s*([^\\s\\]】)）]+)"));
    const QRegularExpressionMatch m = editor.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace Pizhu
