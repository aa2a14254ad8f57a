// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codingpackage.h"

#include <QCoreApplication>

namespace Pizhu {

/**
 * Reads another coder's Pizhu corpus, without changing it (it is opened read-only, never
 * migrated), into a CodingPackage: its codebook, and every coder's passages, notes and article
 * tags, with the articles they are on, to be matched to this corpus's by content hash (the same
 * file imported). Articles are not created from it: coding of an article this corpus lacks is
 * reported, for the article to be imported first.
 */
class CoderCorpusReader
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CoderCorpusReader)

public:
    bool read(const QString &path);
    const CodingPackage &package() const { return m_package; }
    QString errorString() const { return m_error; }

private:
    bool readFrom(class SqlConnection &sql);

    CodingPackage m_package;
    QString m_error;
};

} // namespace Pizhu
