// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlesource.h"

namespace Pizhu {

/** A scraped page, as plain text or HTML: one article, parsed by ArticleParser. */
class TextFileSource : public ArticleSource
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TextFileSource)

public:
    TextFileSource(const QString &path, QByteArray bytes, bool html);
    std::optional<SourceRecord> next() override;
    qint64 bytesRead() const override { return m_done ? m_bytes.size() : 0; }

private:
    QString m_path;
    QByteArray m_bytes;
    bool m_html = false;
    bool m_done = false;
};

} // namespace Pizhu
