// SPDX-License-Identifier: GPL-3.0-or-later
// Four JSONL records as a portal's scraper writes them, with its channel as a "category" column:
// two outlets, both scripts, three dates and one undated, for the filters on articles' details.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace Pizhu::TestSupport {

/** Writes the records into \a folder as records.jsonl; its path, or empty if it cannot be written. */
inline QString writeChannelRecords(const QString &folder)
{
    static const char records[] =
        R"({"title": "财经一", "text": "股市今天上涨。", "category": "财经", "source": "新浪", "published": "2021-03-02", "editor_desk": "甲"}
{"title": "财经二", "text": "银行利率下调。", "category": "财经", "source": "网易", "published": "2021-05-09", "editor_desk": "乙"}
{"title": "體育一", "text": "球隊今晚獲勝，觀眾歡呼。", "category": "体育", "source": "新浪", "published": "2022-01-15"}
{"title": "科技一", "text": "新手机发布。", "category": "科技", "source": "新浪"}
)";
    const QString path = QDir(folder).filePath(QStringLiteral("records.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(records) != qint64(sizeof(records) - 1))
        return {};
    return path;
}

} // namespace Pizhu::TestSupport
