// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codingpackage.h"

#include <QCoreApplication>

namespace Pizhu {

/**
 * Reads a REFI-QDA project (.qdpx) or codebook (.qdc) from another QDA tool into a CodingPackage:
 * text sources become articles (their metadata from the variables), codes become tags,
 * selections coded by a user become that coder's passages (their notes with them), and codings
 * of a whole source become article tags.
 *
 * A project that is not one (no zip, no project.qde, XML that does not validate against
 * Project.xsd, a reference to a code, user or note that is not there, a source whose text is
 * missing or not UTF-8) is refused whole, every reason named. What is valid but has no place in
 * Pizhu (pictures, PDFs, audio, video, cases, sets, links, graphs, a selection with no code) is
 * left out and listed in the package's notMapped.
 *
 * Positions count characters as Unicode code points, as Pizhu stores them; a source's "\r\n"
 * line ends become "\n", and the positions after them move with them.
 */
class QdpxReader
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::QdpxReader)

public:
    bool read(const QString &path);
    const CodingPackage &package() const { return m_package; }
    QStringList errors() const { return m_errors; }

private:
    bool readProject(const QByteArray &xml, const QMap<QString, QByteArray> &entries);
    bool readCodebook(const QByteArray &xml);

    CodingPackage m_package;
    QStringList m_errors;
};

} // namespace Pizhu
