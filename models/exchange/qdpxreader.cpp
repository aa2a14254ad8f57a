// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxreader.h"

#include "export/articlejson.h"
#include "qdpxarchive.h"
#include "qdpxschema.h"
#include "text/codepoints.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace Pizhu {

namespace {

/** A coding as the XML gives it, resolved later: references may point forward (notes come last). */
struct RawCoding
{
    QString code;
    QString user;
    QString created;
};

struct RawSelection
{
    qint64 start = 0;
    qint64 end = 0;
    QString user;
    QString created;
    QString modified;
    QString description;
    QList<RawCoding> codings;
    QStringList notes;
};

struct RawSource
{
    QString guid;
    QString name;
    QString path;    ///< plainTextPath
    QString content; ///< PlainTextContent
    bool hasContent = false;
    QList<RawSelection> selections;
    QList<RawCoding> codings;
    QHash<QString, QString> variables; ///< variable GUID → text
};

/** The elements of project.qde, read in one pass. */
class ProjectParser
{
public:
    explicit ProjectParser(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    enum class Root
    {
        Project,  ///< project.qde
        CodeBook, ///< a .qdc
    };
    bool parse(QStringList *errors, Root root = Root::Project);

    QString projectUser;
    QHash<QString, QString> users;
    struct Code
    {
        QString path;
        QString color;
        QString description;
    };
    QHash<QString, Code> codes;
    QList<QString> codeOrder;
    QHash<QString, QString> variables; ///< GUID → name
    QList<RawSource> sources;
    QHash<QString, QString> notes;
    QStringList notMapped;

private:
    void readCodes(const QString &parentPath);
    void readVariables();
    void readSource();
    RawSelection readSelection();
    RawCoding readCoding();
    void readNotes();
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }

    QXmlStreamReader m_xml;
};

bool ProjectParser::parse(QStringList *errors, Root root)
{
    const QString rootName = root == Root::Project ? QStringLiteral("Project") : QStringLiteral("CodeBook");
    if (!m_xml.readNextStartElement() || m_xml.name() != rootName) {
        errors->append(root == Root::Project
                           ? QdpxReader::tr("project.qde is not a REFI-QDA project")
                           : QdpxReader::tr("it is not a REFI-QDA codebook (its root is not CodeBook)"));
        return false;
    }
    projectUser = attribute("creatingUserGUID");
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("Users")) {
            while (m_xml.readNextStartElement()) {
                users.insert(attribute("guid"),
                             attribute("name").isEmpty() ? attribute("id") : attribute("name"));
                m_xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("CodeBook")) {
            while (m_xml.readNextStartElement()) { // Codes
                while (m_xml.readNextStartElement())
                    readCodes({});
            }
        } else if (name == QLatin1String("Codes") && root == Root::CodeBook) {
            while (m_xml.readNextStartElement())
                readCodes({});
        } else if (name == QLatin1String("Variables")) {
            readVariables();
        } else if (name == QLatin1String("Sources")) {
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("TextSource"))
                    readSource();
                else {
                    notMapped << QdpxReader::tr("the %1 “%2” was left out: Pizhu reads text sources only")
                                     .arg(m_xml.name().toString(), attribute("name"));
                    m_xml.skipCurrentElement();
                }
            }
        } else if (name == QLatin1String("Notes")) {
            readNotes();
        } else {
            if (name != QLatin1String("Description"))
                notMapped << QdpxReader::tr("the project's %1 were left out: Pizhu has nothing like them")
                                 .arg(name.toString());
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError()) {
        errors->append(QdpxReader::tr("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString()));
        return false;
    }
    return true;
}

void ProjectParser::readCodes(const QString &parentPath)
{
    // At a Code: its Description, then its children.
    const QString guid = attribute("guid");
    const QString path =
        parentPath.isEmpty()
            ? attribute("name").replace(QLatin1Char('/'), QLatin1Char('-'))
            : parentPath + QLatin1Char('/') + attribute("name").replace(QLatin1Char('/'), QLatin1Char('-'));
    Code code{path, attribute("color"), {}};
    codeOrder << guid;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("Description"))
            code.description = text();
        else if (m_xml.name() == QLatin1String("Code"))
            readCodes(path);
        else
            m_xml.skipCurrentElement();
    }
    codes.insert(guid, code);
}

void ProjectParser::readVariables()
{
    while (m_xml.readNextStartElement()) {
        variables.insert(attribute("guid"), attribute("name"));
        m_xml.skipCurrentElement();
    }
}

RawCoding ProjectParser::readCoding()
{
    RawCoding coding{{}, attribute("creatingUser"), attribute("creationDateTime")};
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("CodeRef"))
            coding.code = attribute("targetGUID");
        m_xml.skipCurrentElement();
    }
    return coding;
}

RawSelection ProjectParser::readSelection()
{
    RawSelection selection;
    selection.start = attribute("startPosition").toLongLong();
    selection.end = attribute("endPosition").toLongLong();
    selection.user = attribute("creatingUser");
    selection.created = attribute("creationDateTime");
    selection.modified = attribute("modifiedDateTime");
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("Description"))
            selection.description = text();
        else if (m_xml.name() == QLatin1String("Coding"))
            selection.codings << readCoding();
        else if (m_xml.name() == QLatin1String("NoteRef")) {
            selection.notes << attribute("targetGUID");
            m_xml.skipCurrentElement();
        } else
            m_xml.skipCurrentElement();
    }
    return selection;
}

void ProjectParser::readSource()
{
    RawSource source{attribute("guid"), attribute("name"), attribute("plainTextPath"), {}, false, {}, {}, {}};
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("PlainTextContent")) {
            source.content = text();
            source.hasContent = true;
        } else if (name == QLatin1String("PlainTextSelection")) {
            source.selections << readSelection();
        } else if (name == QLatin1String("Coding")) {
            source.codings << readCoding();
        } else if (name == QLatin1String("VariableValue")) {
            QString variable;
            QString value;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("VariableRef")) {
                    variable = attribute("targetGUID");
                    m_xml.skipCurrentElement();
                } else {
                    value = text();
                }
            }
            source.variables.insert(variable, value);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    sources << source;
}

void ProjectParser::readNotes()
{
    while (m_xml.readNextStartElement()) {
        const QString guid = attribute("guid");
        QString content;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("PlainTextContent"))
                content = text();
            else
                m_xml.skipCurrentElement();
        }
        notes.insert(guid, content);
    }
}

/** The text with "\r\n" (and lone "\r") made "\n", and a map of code point offsets into it. */
struct PlainText
{
    QString text;
    std::vector<qint64> removed; ///< code point offsets (in the given text) of the '\r' taken out

    explicit PlainText(const QString &given)
    {
        text.reserve(given.size());
        qint64 codePoint = 0;
        for (qsizetype i = 0; i < given.size(); ++i) {
            const QChar c = given.at(i);
            if (c == QLatin1Char('\r')) {
                const bool pairEnd = i + 1 < given.size() && given.at(i + 1) == QLatin1Char('\n');
                if (pairEnd)
                    removed.push_back(codePoint);
                else
                    text += QLatin1Char('\n'); // a lone \r ends a line too
            } else {
                text += c;
            }
            if (!c.isHighSurrogate())
                ++codePoint;
        }
    }
    qint64 map(qint64 offset) const
    {
        return offset - qint64(std::lower_bound(removed.begin(), removed.end(), offset) - removed.begin());
    }
};

} // namespace

bool QdpxReader::read(const QString &path)
{
    m_package = {};
    m_errors.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << tr("it cannot be read (%1)").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.peek(4);
    file.close();
    if (!head.startsWith("PK")) {
        // Not a zip: a codebook (.qdc) is plain XML.
        if (QFileInfo(path).suffix().compare(QLatin1String("qdc"), Qt::CaseInsensitive) == 0) {
            file.open(QIODevice::ReadOnly);
            return readCodebook(file.readAll());
        }
        m_errors << tr("it is not a REFI-QDA project (not a zip file)");
        return false;
    }
    QMap<QString, QByteArray> entries;
    QString error;
    if (!QdpxArchive::read(path, &entries, &error)) {
        m_errors << error;
        return false;
    }
    if (!entries.contains(QStringLiteral("project.qde"))) {
        m_errors << tr("it is a zip file, but not a REFI-QDA project: it holds no project.qde");
        return false;
    }
    return readProject(entries.value(QStringLiteral("project.qde")), entries);
}

bool QdpxReader::readCodebook(const QByteArray &xml)
{
    ProjectParser parser(xml);
    if (!parser.parse(&m_errors, ProjectParser::Root::CodeBook))
        return false;
    m_package.notMapped = parser.notMapped;
    for (const QString &guid : std::as_const(parser.codeOrder)) {
        const auto &code = parser.codes.value(guid);
        m_package.tags << CodingPackage::PackageTag{code.path, code.color, code.description};
    }
    return true;
}

bool QdpxReader::readProject(const QByteArray &xml, const QMap<QString, QByteArray> &entries)
{
    QStringList schemaErrors;
    if (!QdpxSchema::validate(xml, &schemaErrors)) {
        m_errors << tr("project.qde does not follow the REFI-QDA schema (Project.xsd 1.0):");
        m_errors << schemaErrors;
        return false;
    }
    ProjectParser parser(xml);
    if (!parser.parse(&m_errors))
        return false;
    m_package.notMapped = parser.notMapped;
    for (const QString &guid : std::as_const(parser.codeOrder)) {
        const auto &code = parser.codes.value(guid);
        m_package.tags << CodingPackage::PackageTag{code.path, code.color, code.description};
    }
    const auto coderOf = [&](const QString &user, const QString &fallback, const QString &where) {
        const QString guid = user.isEmpty() ? fallback : user;
        if (guid.isEmpty())
            return tr("REFI-QDA import");
        if (!parser.users.contains(guid)) {
            m_errors << tr("%1 names the user %2, who is not among the project's users").arg(where, guid);
            return QString();
        }
        return parser.users.value(guid);
    };
    QHash<QString, QString> variableIds; // name → GUID
    for (auto it = parser.variables.cbegin(); it != parser.variables.cend(); ++it)
        variableIds.insert(it.value(), it.key());

    for (const RawSource &source : std::as_const(parser.sources)) {
        const QString where = tr("the source “%1”").arg(source.name);
        QByteArray bytes;
        if (source.hasContent) {
            bytes = source.content.toUtf8();
        } else if (source.path.startsWith(QLatin1String("internal://"))) {
            const QString entry = QStringLiteral("sources/") + source.path.mid(11);
            if (!entries.contains(entry)) {
                m_errors << tr("%1: its text %2 is not in the project").arg(where, entry);
                continue;
            }
            bytes = entries.value(entry);
        } else {
            m_errors << tr("%1: its text is outside the project (%2)").arg(where, source.path);
            continue;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        if (utf8.hasError() || decoded.contains(QChar(0))) {
            m_errors << tr("%1 is not text (its file is not UTF-8)").arg(where);
            continue;
        }
        const PlainText plain(decoded);
        const QString record = source.variables.value(variableIds.value(QStringLiteral("pizhu:article")));
        CodingPackage::PackageArticle article;
        const QStringList paragraphs = plain.text.split(QLatin1Char('\n'));
        if (!record.isEmpty()) {
            article.article =
                ArticleJson::fromRecord(QJsonDocument::fromJson(record.toUtf8()).object(), paragraphs);
        } else {
            article.article.paragraphs = paragraphs;
            for (auto it = source.variables.cbegin(); it != source.variables.cend(); ++it) {
                const QString name = parser.variables.value(it.key());
                if (name == QLatin1String("Title"))
                    article.article.title = it.value();
                else if (name == QLatin1String("Date"))
                    article.article.published = it.value();
                else if (name == QLatin1String("Outlet"))
                    article.article.outlet = it.value();
                else if (!name.isEmpty())
                    article.article.attributes.insert(name, it.value());
            }
            if (article.article.title.isEmpty())
                article.article.title = source.name;
            article.article.encoding = QStringLiteral("UTF-8");
        }
        const int index = int(m_package.articles.size());
        m_package.articles << article;
        for (const RawSelection &selection : source.selections) {
            if (selection.codings.isEmpty()) {
                m_package.notMapped << tr("a selection of “%1” (%2–%3) has no code and was left out")
                                           .arg(source.name)
                                           .arg(selection.start)
                                           .arg(selection.end);
                continue;
            }
            QStringList noteTexts;
            for (const QString &note : selection.notes) {
                if (!parser.notes.contains(note))
                    m_errors << tr("%1: a selection refers to the note %2, which is not in the project")
                                    .arg(where, note);
                noteTexts << parser.notes.value(note);
            }
            if (noteTexts.isEmpty() && !selection.description.isEmpty())
                noteTexts << selection.description;
            for (const RawCoding &coding : selection.codings) {
                if (!parser.codes.contains(coding.code)) {
                    m_errors << tr("%1: a selection is coded with %2, which is not in the codebook")
                                    .arg(where, coding.code);
                    continue;
                }
                m_package.passages << CodingPackage::PackagePassage{
                    index,
                    parser.codes.value(coding.code).path,
                    {int(plain.map(selection.start)), int(plain.map(selection.end))},
                    noteTexts.join(QStringLiteral("\n\n")),
                    coderOf(coding.user, selection.user.isEmpty() ? parser.projectUser : selection.user,
                            where),
                    coding.created.isEmpty() ? selection.created : coding.created,
                    selection.modified};
            }
        }
        for (const RawCoding &coding : source.codings) {
            if (!parser.codes.contains(coding.code)) {
                m_errors << tr("%1 is coded with %2, which is not in the codebook").arg(where, coding.code);
                continue;
            }
            m_package.articleTags << CodingPackage::PackageArticleTag{
                index, parser.codes.value(coding.code).path, coderOf(coding.user, parser.projectUser, where),
                coding.created};
        }
    }
    return m_errors.isEmpty();
}

} // namespace Pizhu
