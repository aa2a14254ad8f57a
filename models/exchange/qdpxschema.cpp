// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxschema.h"

#include <QFile>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <memory>

namespace Pizhu {

namespace {

void collectStructured(void *context, xmlErrorPtr error)
{
    auto *errors = static_cast<QStringList *>(context);
    if (errors->size() < 20) // the first ones say enough; a broken file can have thousands
        errors->append(
            QdpxSchema::tr("line %1: %2").arg(error->line).arg(QString::fromUtf8(error->message).trimmed()));
}

} // namespace

bool QdpxSchema::validate(const QByteArray &xml, QStringList *errors)
{
    QFile xsdFile(QStringLiteral(":/refi-qda/Project.xsd"));
    if (!xsdFile.open(QIODevice::ReadOnly)) {
        errors->append(tr("the REFI-QDA schema is missing from this build of Pizhu"));
        return false;
    }
    const QByteArray xsd = xsdFile.readAll();
    std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
        xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size())), xmlSchemaFreeParserCtxt);
    std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()), xmlSchemaFree);
    if (!schema) {
        errors->append(tr("the REFI-QDA schema could not be read"));
        return false;
    }
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> context(xmlNewParserCtxt(),
                                                                         xmlFreeParserCtxt);
    xmlSetStructuredErrorFunc(errors, collectStructured);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(xmlCtxtReadMemory(context.get(), xml.constData(),
                                                                              int(xml.size()), "project.qde",
                                                                              nullptr, XML_PARSE_NONET),
                                                            xmlFreeDoc);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (!document) {
        if (errors->isEmpty())
            errors->append(tr("it is not well-formed XML"));
        return false;
    }
    std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validation(
        xmlSchemaNewValidCtxt(schema.get()), xmlSchemaFreeValidCtxt);
    xmlSchemaSetValidStructuredErrors(validation.get(), collectStructured, errors);
    return xmlSchemaValidateDoc(validation.get(), document.get()) == 0 && errors->isEmpty();
}

} // namespace Pizhu
