// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkexport.h"

#include "export/csvfile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <functional>

namespace Pizhu {

namespace {

QString unitName(CooccurrenceUnit unit)
{
    return unit == CooccurrenceUnit::Article ? QStringLiteral("article") : QStringLiteral("paragraph");
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

/** An XML document as \a write makes it with a writer set up as for every file here. */
QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    write(xml);
    xml.writeEndDocument();
    return bytes;
}

void declareGraphMlKey(QXmlStreamWriter &xml, const QString &id, const QString &domain, const QString &type)
{
    xml.writeStartElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), domain);
    xml.writeAttribute(QStringLiteral("attr.name"), id);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
    xml.writeEndElement();
}

void writeGexfValue(QXmlStreamWriter &xml, const QString &attribute, const QString &value)
{
    xml.writeStartElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), attribute);
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeEndElement();
}

void declareGexfAttributes(QXmlStreamWriter &xml, const QString &domain,
                           const QList<std::pair<QString, QString>> &attributes)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), domain);
    for (const auto &[id, type] : attributes) {
        xml.writeStartElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("title"), id);
        xml.writeAttribute(QStringLiteral("type"), type);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

bool NetworkExport::isNetworkPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("graphml") ||
           suffix == QLatin1String("gexf");
}

bool NetworkExport::write(const CooccurrenceNetwork &network, const QString &path, bool byteOrderMark,
                          QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isNetworkPath(path)) {
        *error = tr("%1: a network is saved as .csv, .graphml or .gexf").arg(shown);
        return false;
    }
    if (suffix == QLatin1String("csv"))
        return writeCsv(network, path, byteOrderMark, error);
    const QByteArray bytes = suffix == QLatin1String("graphml") ? graphMl(network) : gexf(network);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool NetworkExport::writeCsv(const CooccurrenceNetwork &network, const QString &path, bool byteOrderMark,
                             QString *error)
{
    return CsvFile::write(
        path, byteOrderMark,
        [&](CsvFile &file) {
            file.writeRow({QStringLiteral("source"), QStringLiteral("source_type"), QStringLiteral("target"),
                           QStringLiteral("target_type"), QStringLiteral("count"), QStringLiteral("pmi"),
                           QStringLiteral("dice"), QStringLiteral("source_frequency"),
                           QStringLiteral("target_frequency"), QStringLiteral("unit"),
                           QStringLiteral("units")});
            for (const CooccurrenceEdge &edge : network.edges) {
                const CooccurrenceNode &source = network.nodes.at(edge.from);
                const CooccurrenceNode &target = network.nodes.at(edge.to);
                file.writeRow({source.label, source.kindCode(), target.label, target.kindCode(), edge.count,
                               number(edge.pmi), number(edge.dice), source.frequency, target.frequency,
                               unitName(network.unit), network.unitCount});
            }
        },
        error);
}

bool NetworkExport::writeMatrix(const CooccurrenceNetwork &network, const QString &path, bool byteOrderMark,
                                QString *error)
{
    const int nodes = int(network.nodes.size());
    QList<int> cells(nodes * nodes, 0);
    for (int i = 0; i < nodes; ++i)
        cells[i * nodes + i] = network.nodes.at(i).frequency;
    for (const CooccurrenceEdge &edge : network.edges) {
        cells[edge.from * nodes + edge.to] = edge.count;
        cells[edge.to * nodes + edge.from] = edge.count;
    }
    return CsvFile::write(
        path, byteOrderMark,
        [&](CsvFile &file) {
            QVariantList header{QString()};
            for (const CooccurrenceNode &node : network.nodes)
                header << node.label;
            file.writeRow(header);
            for (int row = 0; row < nodes; ++row) {
                QVariantList values{network.nodes.at(row).label};
                for (int column = 0; column < nodes; ++column)
                    values << cells.at(row * nodes + column);
                file.writeRow(values);
            }
        },
        error);
}

QByteArray NetworkExport::graphMl(const CooccurrenceNetwork &network)
{
    return xmlDocument([&network](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("graphml"));
        xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
        declareGraphMlKey(xml, QStringLiteral("label"), QStringLiteral("node"), QStringLiteral("string"));
        declareGraphMlKey(xml, QStringLiteral("type"), QStringLiteral("node"), QStringLiteral("string"));
        declareGraphMlKey(xml, QStringLiteral("frequency"), QStringLiteral("node"), QStringLiteral("int"));
        declareGraphMlKey(xml, QStringLiteral("count"), QStringLiteral("edge"), QStringLiteral("int"));
        declareGraphMlKey(xml, QStringLiteral("pmi"), QStringLiteral("edge"), QStringLiteral("double"));
        declareGraphMlKey(xml, QStringLiteral("dice"), QStringLiteral("edge"), QStringLiteral("double"));
        xml.writeStartElement(QStringLiteral("graph"));
        xml.writeAttribute(QStringLiteral("id"), unitName(network.unit));
        xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
        for (const CooccurrenceNode &node : network.nodes) {
            xml.writeStartElement(QStringLiteral("node"));
            xml.writeAttribute(QStringLiteral("id"), node.id());
            writeData(xml, QStringLiteral("label"), node.label);
            writeData(xml, QStringLiteral("type"), node.kindCode());
            writeData(xml, QStringLiteral("frequency"), QString::number(node.frequency));
            xml.writeEndElement();
        }
        for (const CooccurrenceEdge &edge : network.edges) {
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("source"), network.nodes.at(edge.from).id());
            xml.writeAttribute(QStringLiteral("target"), network.nodes.at(edge.to).id());
            writeData(xml, QStringLiteral("count"), QString::number(edge.count));
            writeData(xml, QStringLiteral("pmi"), number(edge.pmi));
            writeData(xml, QStringLiteral("dice"), number(edge.dice));
            xml.writeEndElement();
        }
    });
}

QByteArray NetworkExport::gexf(const CooccurrenceNetwork &network)
{
    return xmlDocument([&network](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("gexf"));
        xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
        xml.writeStartElement(QStringLiteral("graph"));
        xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
        declareGexfAttributes(xml, QStringLiteral("node"),
                              {{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("frequency"), QStringLiteral("integer")}});
        declareGexfAttributes(xml, QStringLiteral("edge"),
                              {{QStringLiteral("pmi"), QStringLiteral("double")},
                               {QStringLiteral("dice"), QStringLiteral("double")}});
        xml.writeStartElement(QStringLiteral("nodes"));
        for (const CooccurrenceNode &node : network.nodes) {
            xml.writeStartElement(QStringLiteral("node"));
            xml.writeAttribute(QStringLiteral("id"), node.id());
            xml.writeAttribute(QStringLiteral("label"), node.label);
            xml.writeStartElement(QStringLiteral("attvalues"));
            writeGexfValue(xml, QStringLiteral("type"), node.kindCode());
            writeGexfValue(xml, QStringLiteral("frequency"), QString::number(node.frequency));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("edges"));
        for (int i = 0; i < network.edges.size(); ++i) {
            const CooccurrenceEdge &edge = network.edges.at(i);
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("id"), QString::number(i));
            xml.writeAttribute(QStringLiteral("source"), network.nodes.at(edge.from).id());
            xml.writeAttribute(QStringLiteral("target"), network.nodes.at(edge.to).id());
            xml.writeAttribute(QStringLiteral("weight"), QString::number(edge.count));
            xml.writeStartElement(QStringLiteral("attvalues"));
            writeGexfValue(xml, QStringLiteral("pmi"), number(edge.pmi));
            writeGexfValue(xml, QStringLiteral("dice"), number(edge.dice));
            xml.writeEndElement();
            xml.writeEndElement();
        }
    });
}

QJsonObject NetworkExport::toJson(const CooccurrenceNetwork &network)
{
    QJsonArray nodes;
    for (const CooccurrenceNode &node : network.nodes)
        nodes.append(QJsonObject{{QStringLiteral("id"), node.id()},
                                 {QStringLiteral("type"), node.kindCode()},
                                 {QStringLiteral("label"), node.label},
                                 {QStringLiteral("frequency"), node.frequency}});
    QJsonArray edges;
    for (const CooccurrenceEdge &edge : network.edges)
        edges.append(QJsonObject{{QStringLiteral("source"), network.nodes.at(edge.from).id()},
                                 {QStringLiteral("target"), network.nodes.at(edge.to).id()},
                                 {QStringLiteral("count"), edge.count},
                                 {QStringLiteral("pmi"), edge.pmi},
                                 {QStringLiteral("dice"), edge.dice}});
    return {{QStringLiteral("unit"), unitName(network.unit)},
            {QStringLiteral("units"), network.unitCount},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges}};
}

} // namespace Pizhu
