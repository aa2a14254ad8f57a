// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcorpusdialog.h"

#include "store/teamaddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace Pizhu {

namespace {

QLineEdit *field(const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

TeamCorpusDialog::TeamCorpusDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(field(QStringLiteral("teamAddress"), tr("postgresql://server/database or service=NAME")))
    , m_host(field(QStringLiteral("teamHost"), tr("localhost")))
    , m_port(field(QStringLiteral("teamPort"), QStringLiteral("5432")))
    , m_database(field(QStringLiteral("teamDatabase"), {}))
    , m_login(field(QStringLiteral("teamLogin"), tr("your user name")))
    , m_sslMode(new QComboBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Open Team Corpus"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_sslMode->setObjectName(QStringLiteral("teamSslMode"));
    // libpq's sslmode values, in order of strictness; empty leaves libpq's default (prefer).
    m_sslMode->addItem(tr("As the server offers (libpq's default)"), QString());
    m_sslMode->addItem(tr("Never (disable)"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Required, certificate checked (verify-ca)"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Required, certificate and name checked (verify-full)"),
                       QStringLiteral("verify-full"));
    m_problem->setObjectName(QStringLiteral("teamAddressProblem"));
    m_problem->setWordWrap(true);

    auto *hint = new QLabel(tr("The server asks for your password when it needs one, unless ~/.pgpass, a "
                               "service file or PGPASSWORD gives it; Pizhu never stores passwords."));
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(hint);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_address, &QLineEdit::textEdited, this, [this] { readAddress(true); });
    for (QLineEdit *edit : {m_host, m_port, m_database, m_login})
        connect(edit, &QLineEdit::textEdited, this, &TeamCorpusDialog::composeAddress);
    connect(m_sslMode, &QComboBox::activated, this, &TeamCorpusDialog::composeAddress);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    readAddress(false);
}

QString TeamCorpusDialog::address() const
{
    return m_address->text().trimmed();
}

void TeamCorpusDialog::setAddress(const QString &address)
{
    m_address->setText(address);
    readAddress(true);
}

void TeamCorpusDialog::composeAddress()
{
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed()));
    };
    const QString host = m_host->text().trimmed();
    QStringList parameters;
    QString authority =
        m_login->text().trimmed().isEmpty() ? QString() : encoded(m_login->text()) + QLatin1Char('@');
    // A socket folder is no host name a URL can carry; libpq reads it, and its port, as parameters.
    if (host.startsWith(QLatin1Char('/'))) {
        parameters << QStringLiteral("host=") + encoded(host);
        if (!m_port->text().isEmpty())
            parameters << QStringLiteral("port=") + m_port->text();
    } else {
        authority += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        if (!m_port->text().isEmpty())
            authority += QLatin1Char(':') + m_port->text();
    }
    if (const QString mode = m_sslMode->currentData().toString(); !mode.isEmpty())
        parameters << QStringLiteral("sslmode=") + mode;
    QString text =
        QStringLiteral("postgresql://") + authority + QLatin1Char('/') + encoded(m_database->text());
    if (!parameters.isEmpty())
        text += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    m_address->setText(text);
    readAddress(false);
}

void TeamCorpusDialog::readAddress(bool fillFields)
{
    QString error;
    const std::optional<TeamAddress> parsed =
        address().isEmpty() ? std::nullopt : TeamAddress::parse(address(), &error);
    m_problem->setText(address().isEmpty() ? tr("Write the address, or fill in the server and database.")
                                           : error);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(parsed.has_value());
    if (!parsed || !fillFields)
        return;
    m_host->setText(parsed->value(QStringLiteral("host")));
    m_port->setText(parsed->value(QStringLiteral("port")));
    m_database->setText(parsed->database());
    m_login->setText(parsed->user());
    const int mode = m_sslMode->findData(parsed->value(QStringLiteral("sslmode")));
    m_sslMode->setCurrentIndex(qMax(0, mode));
}

} // namespace Pizhu
