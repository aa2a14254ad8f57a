// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Pizhu {

class CorpusSession;
class ReaderView;

/**
 * The article on show in the reader, as it is shown (script, set-aside lines), made for paper:
 * each passage of the coders shown in its tag's colour with its number after it, then the list of
 * passages (number, tag, coder, quoted text, note) and a legend of the tags used.
 */
class ArticlePrintout
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticlePrintout)

public:
    ArticlePrintout(CorpusSession &session, const ReaderView &reader);
    ~ArticlePrintout();

    QTextDocument *document() const { return m_document.get(); }
    /** How many passages it lists. */
    int passageCount() const { return m_passages; }

    void print(QPagedPaintDevice *device) const;
    /** Writes a PDF to \a path; false, with errorString(), if the file cannot be written. */
    bool writePdf(const QString &path);
    QString errorString() const { return m_error; }

private:
    void build(CorpusSession &session, const ReaderView &reader);

    std::unique_ptr<QTextDocument> m_document;
    int m_passages = 0;
    QString m_error;
};

} // namespace Pizhu
