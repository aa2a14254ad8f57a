// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfilesource.h"

#include "articleparser.h"
#include "htmltext.h"
#include "localfilename.h"
#include "textdecoder.h"

namespace Pizhu {

TextFileSource::TextFileSource(const QString &path, QByteArray bytes, bool html)
    : m_path(LocalFileName::readable(path)) // for messages and the stored source path
    , m_bytes(std::move(bytes))
    , m_html(html)
{
}

std::optional<SourceRecord> TextFileSource::next()
{
    if (m_done)
        return std::nullopt;
    m_done = true;
    SourceRecord record;
    record.label = m_path;
    const DecodedText decoded = TextDecoder::decode(m_bytes);
    m_bytes.clear();
    if (!decoded.ok()) {
        record.error = decoded.error;
        return record;
    }
    const bool html = m_html || HtmlText::looksLikeHtml(decoded.text);
    const HtmlText page = html ? HtmlText::extract(decoded.text) : HtmlText();
    Article article = ArticleParser::parse(html ? page.visibleText : decoded.text);
    if (html) {
        if (article.published.isEmpty())
            article.published = page.publishedIso;
        if (article.title.isEmpty() || !page.title.contains(article.title))
            article.title = page.title.isEmpty() ? article.title : page.title;
    }
    if (article.title.isEmpty()) {
        record.error = tr("no title could be found");
        return record;
    }
    if (article.paragraphs.isEmpty()) {
        record.error = tr("no article text could be found (only a title or boilerplate)");
        return record;
    }
    article.encoding = decoded.encoding;
    article.sourcePath = m_path;
    article.contentHash = hashOf(decoded.text);
    record.article = std::move(article);
    return record;
}

} // namespace Pizhu
