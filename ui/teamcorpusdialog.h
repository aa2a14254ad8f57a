// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace Pizhu {

/**
 * File → Open Team Corpus…: where the team corpus is, as a libpq address (postgresql://… or
 * service=NAME), typed whole or put together from the server, port, database, login and
 * encryption fields, which follow each other. No password is asked here: the server asks for
 * one when it wants it, and Pizhu never stores it.
 */
class TeamCorpusDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamCorpusDialog(QWidget *parent = nullptr);

    /** The address as written or put together. */
    QString address() const;
    void setAddress(const QString &address);

private:
    void composeAddress();
    /** Checks the address and, when \a fillFields, shows its parts in the fields. */
    void readAddress(bool fillFields);

    QLineEdit *m_address;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QComboBox *m_sslMode;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Pizhu
