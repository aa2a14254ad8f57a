// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "ingest/articleparser.h"
#include "ingest/corpusimporter.h"
#include "ingest/textdecoder.h"
#include "text/scriptconverter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

namespace {

const QString surnames =
    QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘");
const QString givenNames =
    QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯晨欣");

} // namespace

CorpusGenerator::CorpusGenerator(quint32 seed)
    : m_random(seed)
    , m_outlets({QStringLiteral("新华网"), QStringLiteral("人民网"), QStringLiteral("河北新闻网"),
                 QStringLiteral("东南网"), QStringLiteral("新浪体育"), QStringLiteral("澎湃新闻"),
                 QStringLiteral("中国新闻网"), QStringLiteral("北京日报")})
{
}

void CorpusGenerator::addSeeds(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Article article = ArticleParser::parse(TextDecoder::decode(file.readAll()).text);
        m_sources.append({article.title, article.paragraphs});
    }
}

int CorpusGenerator::addJsonl(const QString &path, int limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int added = 0;
    while (!file.atEnd() && (limit < 0 || added < limit)) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        const QStringList paragraphs =
            object.value(QStringLiteral("text")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (paragraphs.isEmpty())
            continue;
        m_sources.append({object.value(QStringLiteral("title")).toString(), paragraphs});
        ++added;
    }
    return added;
}

QString CorpusGenerator::personName()
{
    QString name(surnames.at(m_random.bounded(int(surnames.size()))));
    const int given = 1 + int(m_random.bounded(2));
    for (int i = 0; i < given; ++i)
        name += givenNames.at(m_random.bounded(int(givenNames.size())));
    return name;
}

QString CorpusGenerator::varyNumbers(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.unicode() >= '1' && c.unicode() <= '9' && m_random.bounded(3) == 0)
            c = QLatin1Char(char('1' + m_random.bounded(9)));
    }
    return result;
}

QByteArray CorpusGenerator::jsonLine(int index)
{
    const Source &source = m_sources.at(index % m_sources.size());
    QStringList paragraphs;
    for (const QString &paragraph : source.paragraphs) {
        if (paragraphs.isEmpty() || m_random.bounded(5) != 0)
            paragraphs << varyNumbers(paragraph);
    }
    const int quoted = int(m_random.bounded(int(paragraphs.size())));
    paragraphs[quoted] = personName() + QStringLiteral("表示,") + paragraphs.at(quoted);
    QString title = source.title;
    if (index >= m_sources.size())
        title += QStringLiteral("(%1)").arg(index / m_sources.size());
    QString text = paragraphs.join(QLatin1Char('\n'));
    if (m_random.bounded(3) == 0) {
        const ScriptConverter &traditional = ScriptConverter::forMode(ScriptMode::Traditional);
        title = traditional.convertText(title);
        text = traditional.convertText(text);
    }
    const QDate date = QDate(2015, 1, 1).addDays(m_random.bounded(9 * 365));
    const QJsonObject object{
        {QStringLiteral("id"), QStringLiteral("gen-%1").arg(index)},
        {QStringLiteral("title"), title},
        {QStringLiteral("text"), text},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("source"), m_outlets.at(m_random.bounded(int(m_outlets.size())))},
        {QStringLiteral("author"), QString(QStringLiteral("记者 ") + personName())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool CorpusGenerator::writeJsonl(const QString &path, int count)
{
    QFile file(path);
    if (m_sources.isEmpty() || !file.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i) {
        if (file.write(jsonLine(i)) < 0)
            return false;
    }
    return true;
}

int CorpusGenerator::importSeedVariations(CorpusDatabase &db, const QString &seedFolder, const QString &jsonl,
                                          int count)
{
    CorpusGenerator generator;
    generator.addSeeds(seedFolder);
    if (!generator.writeJsonl(jsonl, count))
        return -1;
    return CorpusImporter(db).importPaths({jsonl}).count(ImportOutcome::Kind::Imported);
}

} // namespace Pizhu
