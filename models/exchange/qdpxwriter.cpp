// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxwriter.h"

#include "core/jobcontrol.h"
#include "export/articlejson.h"
#include "qdpxarchive.h"
#include "qdpxids.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "text/codepoints.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

namespace Pizhu {

namespace {

const QString Namespace = QStringLiteral("urn:QDA-XML:project:1.0");
const QString CodebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

/** The variables every source gets a value of, where it has one; their GUIDs come from the name. */
const QStringList VariableNames = {QStringLiteral("Title"),   QStringLiteral("Subtitle"),
                                   QStringLiteral("Date"),    QStringLiteral("Outlet"),
                                   QStringLiteral("Bylines"), QStringLiteral("Editor"),
                                   QStringLiteral("URL"),     QStringLiteral("pizhu:article")};

/** An xsd:dateTime, or nothing for a value that is not one (a date alone, from an old import). */
QString dateTime(const QString &value)
{
    const QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
    return parsed.isValid() && value.contains(QLatin1Char('T')) ? parsed.toUTC().toString(Qt::ISODate)
                                                                : QString();
}

void attributeIfAny(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, value);
}

/** The codebook as nested Code elements, children after their parent. */
class CodeWriter
{
public:
    explicit CodeWriter(CorpusDatabase &db)
        : m_tags(db)
        , m_all(m_tags.all())
    {
    }

    void write(QXmlStreamWriter &xml, qint64 parentId = 0) const
    {
        static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        for (const Tag &tag : m_all) {
            if (tag.parentId != parentId)
                continue;
            xml.writeStartElement(QStringLiteral("Code"));
            xml.writeAttribute(QStringLiteral("guid"),
                               QdpxIds::of(QStringLiteral("tag"), m_tags.path(tag.id)));
            xml.writeAttribute(QStringLiteral("name"), tag.name);
            xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            if (rgb.match(tag.color).hasMatch())
                xml.writeAttribute(QStringLiteral("color"), tag.color);
            if (!tag.description.isEmpty())
                xml.writeTextElement(QStringLiteral("Description"), tag.description);
            write(xml, tag.id);
            xml.writeEndElement();
        }
    }

    bool isEmpty() const { return m_all.isEmpty(); }
    QString guidOf(qint64 tagId) const { return QdpxIds::of(QStringLiteral("tag"), m_tags.path(tagId)); }

private:
    TagStore m_tags;
    QList<Tag> m_all;
};

/** project.qde, written as the articles are read, their texts into files beside it. */
class ProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::QdpxWriter)

public:
    ProjectWriter(CorpusDatabase &db, const QString &folder)
        : m_db(db)
        , m_codes(db)
        , m_folder(folder)
    {
        m_buffer.open(QIODevice::WriteOnly);
        m_xml.setDevice(&m_buffer);
        m_xml.setAutoFormatting(true);
    }

    bool write(const QString &name, JobControl *control, QString *error);
    QByteArray xml() const { return m_buffer.data(); }
    const QMap<QString, QString> &sources() const { return m_sources; }

private:
    void writeHeader(const QString &name);
    bool writeSource(qint64 articleId, QString *error);
    void writePassage(const Annotation &passage, const QString &body);
    void writeVariableValues(const Article &article);
    void writeNotes();
    QString userOf(const QString &coder) const { return QdpxIds::of(QStringLiteral("coder"), coder); }

    CorpusDatabase &m_db;
    CodeWriter m_codes;
    QString m_folder;
    QBuffer m_buffer;
    QXmlStreamWriter m_xml;
    QMap<QString, QString> m_sources; ///< entry name in the zip → the file written for it
    QList<Annotation> m_notes;        ///< passages with a note, whose notes follow the sources
};

void ProjectWriter::writeHeader(const QString &name)
{
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(Namespace);
    m_xml.writeStartElement(Namespace, QStringLiteral("Project"));
    m_xml.writeAttribute(QStringLiteral("name"), name);
    m_xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Pizhu " PIZHU_VERSION));
    m_xml.writeAttribute(QStringLiteral("creationDateTime"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QStringList coders = AnnotationStore(m_db).coders();
    if (!coders.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("Users"));
        for (const QString &coder : coders) {
            m_xml.writeEmptyElement(QStringLiteral("User"));
            m_xml.writeAttribute(QStringLiteral("guid"), userOf(coder));
            m_xml.writeAttribute(QStringLiteral("name"), coder);
        }
        m_xml.writeEndElement();
    }
    if (!m_codes.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("CodeBook"));
        m_xml.writeStartElement(QStringLiteral("Codes"));
        m_codes.write(m_xml);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeStartElement(QStringLiteral("Variables"));
    for (const QString &variable : VariableNames) {
        m_xml.writeEmptyElement(QStringLiteral("Variable"));
        m_xml.writeAttribute(QStringLiteral("guid"), QdpxIds::of(QStringLiteral("variable"), variable));
        m_xml.writeAttribute(QStringLiteral("name"), variable);
        m_xml.writeAttribute(QStringLiteral("typeOfVariable"), QStringLiteral("Text"));
    }
    m_xml.writeEndElement();
}

bool ProjectWriter::write(const QString &name, JobControl *control, QString *error)
{
    writeHeader(name);
    QList<qint64> ids;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"))) {
        *error = query.errorText();
        return false;
    }
    while (query.next())
        ids << query.integer(0);
    query.finish();
    if (!ids.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("Sources"));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (control && control->isCancelled()) {
                *error = tr("cancelled");
                return false;
            }
            if (!writeSource(ids.at(i), error))
                return false;
            if (control && i % 50 == 0)
                control->progress(i, ids.size(), tr("Article %1 of %2").arg(i + 1).arg(ids.size()));
        }
        m_xml.writeEndElement();
    }
    writeNotes();
    m_xml.writeEndElement(); // Project
    m_xml.writeEndDocument();
    return true;
}

bool ProjectWriter::writeSource(qint64 articleId, QString *error)
{
    const ArticleStore store(m_db);
    const std::optional<Article> article = store.article(articleId);
    if (!article) {
        *error = store.errorString();
        return false;
    }
    const QString guid = QdpxIds::of(QStringLiteral("article"), article->contentHash);
    const QString body = article->body();
    const QString file = QDir(m_folder).filePath(guid + QStringLiteral(".txt"));
    QFile text(file);
    if (!text.open(QIODevice::WriteOnly) || text.write(body.toUtf8()) < 0) {
        *error = tr("the text of “%1” cannot be written (%2)").arg(article->title, text.errorString());
        return false;
    }
    m_sources.insert(QStringLiteral("sources/") + guid + QStringLiteral(".txt"), file);
    m_xml.writeStartElement(QStringLiteral("TextSource"));
    m_xml.writeAttribute(QStringLiteral("guid"), guid);
    m_xml.writeAttribute(QStringLiteral("name"), article->title);
    m_xml.writeAttribute(QStringLiteral("plainTextPath"),
                         QStringLiteral("internal://") + guid + QStringLiteral(".txt"));
    AnnotationStore annotations(m_db);
    for (const Annotation &passage : annotations.forArticle(articleId))
        writePassage(passage, body);
    for (const ArticleTag &tag : annotations.articleTags(articleId)) {
        m_xml.writeStartElement(QStringLiteral("Coding"));
        m_xml.writeAttribute(
            QStringLiteral("guid"),
            QdpxIds::of(QStringLiteral("article tag"),
                        QStringLiteral("%1:%2:%3").arg(article->contentHash).arg(tag.tagId).arg(tag.coder)));
        m_xml.writeAttribute(QStringLiteral("creatingUser"), userOf(tag.coder));
        attributeIfAny(m_xml, QStringLiteral("creationDateTime"), dateTime(tag.created));
        m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"), m_codes.guidOf(tag.tagId));
        m_xml.writeEndElement();
    }
    writeVariableValues(*article);
    m_xml.writeEndElement();
    return true;
}

void ProjectWriter::writePassage(const Annotation &passage, const QString &body)
{
    m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
    m_xml.writeAttribute(QStringLiteral("guid"),
                         QdpxIds::of(QStringLiteral("passage"), QString::number(passage.id)));
    const qsizetype from = CodePoints::toUtf16(body, passage.start);
    m_xml.writeAttribute(QStringLiteral("name"),
                         body.mid(from, CodePoints::toUtf16(body, passage.end) - from).left(40).simplified());
    m_xml.writeAttribute(QStringLiteral("startPosition"), QString::number(passage.start));
    m_xml.writeAttribute(QStringLiteral("endPosition"), QString::number(passage.end));
    m_xml.writeAttribute(QStringLiteral("creatingUser"), userOf(passage.coder));
    attributeIfAny(m_xml, QStringLiteral("creationDateTime"), dateTime(passage.created));
    m_xml.writeAttribute(QStringLiteral("modifyingUser"), userOf(passage.coder));
    attributeIfAny(m_xml, QStringLiteral("modifiedDateTime"), dateTime(passage.modified));
    m_xml.writeStartElement(QStringLiteral("Coding"));
    m_xml.writeAttribute(QStringLiteral("guid"),
                         QdpxIds::of(QStringLiteral("coding"), QString::number(passage.id)));
    m_xml.writeAttribute(QStringLiteral("creatingUser"), userOf(passage.coder));
    attributeIfAny(m_xml, QStringLiteral("creationDateTime"), dateTime(passage.created));
    m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
    m_xml.writeAttribute(QStringLiteral("targetGUID"), m_codes.guidOf(passage.tagId));
    m_xml.writeEndElement();
    if (!passage.note.isEmpty()) {
        m_xml.writeEmptyElement(QStringLiteral("NoteRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"),
                             QdpxIds::of(QStringLiteral("note"), QString::number(passage.id)));
        m_notes << passage;
    }
    m_xml.writeEndElement();
}

void ProjectWriter::writeVariableValues(const Article &article)
{
    QStringList bylines;
    for (const Byline &byline : article.bylines)
        bylines << (byline.role.isEmpty() ? byline.name : byline.role + QLatin1Char(' ') + byline.name);
    const QStringList values = {
        article.title,
        article.subtitle,
        article.published,
        article.outlet,
        bylines.join(QStringLiteral(", ")),
        article.editor,
        article.url,
        QString::fromUtf8(QJsonDocument(ArticleJson::record(article)).toJson(QJsonDocument::Compact))};
    for (qsizetype i = 0; i < VariableNames.size(); ++i) {
        if (values.at(i).isEmpty())
            continue;
        m_xml.writeStartElement(QStringLiteral("VariableValue"));
        m_xml.writeEmptyElement(QStringLiteral("VariableRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"),
                             QdpxIds::of(QStringLiteral("variable"), VariableNames.at(i)));
        m_xml.writeTextElement(QStringLiteral("TextValue"), values.at(i));
        m_xml.writeEndElement();
    }
}

void ProjectWriter::writeNotes()
{
    if (m_notes.isEmpty())
        return;
    m_xml.writeStartElement(QStringLiteral("Notes"));
    for (const Annotation &passage : std::as_const(m_notes)) {
        m_xml.writeStartElement(QStringLiteral("Note"));
        m_xml.writeAttribute(QStringLiteral("guid"),
                             QdpxIds::of(QStringLiteral("note"), QString::number(passage.id)));
        m_xml.writeAttribute(QStringLiteral("name"), passage.note.left(40).simplified());
        m_xml.writeAttribute(QStringLiteral("creatingUser"), userOf(passage.coder));
        attributeIfAny(m_xml, QStringLiteral("creationDateTime"), dateTime(passage.modified));
        m_xml.writeTextElement(QStringLiteral("PlainTextContent"), passage.note);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

} // namespace

bool QdpxWriter::writeProject(CorpusDatabase &db, const QString &path, QString *error, JobControl *control)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("%1: no temporary folder for the sources (%2)")
                     .arg(QDir::toNativeSeparators(path), folder.errorString());
        return false;
    }
    ProjectWriter project(db, folder.path());
    QString reason;
    if (!project.write(QFileInfo(db.path()).completeBaseName(), control, &reason) ||
        !QdpxArchive::write(path, {{QStringLiteral("project.qde"), project.xml()}}, project.sources(),
                            &reason)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool QdpxWriter::writeCodebook(CorpusDatabase &db, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(CodebookNamespace);
    xml.writeStartElement(CodebookNamespace, QStringLiteral("CodeBook"));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Pizhu " PIZHU_VERSION));
    xml.writeStartElement(QStringLiteral("Codes"));
    CodeWriter(db).write(xml);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit()) {
        *error = tr("%1: it cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Pizhu
