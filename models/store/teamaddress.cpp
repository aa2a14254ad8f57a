// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamaddress.h"

#include <QRegularExpression>
#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace Pizhu {

namespace {

// Qt's driver takes these through its own setters (which quote them); every other keyword goes
// into its connect options.
const QString Host = QStringLiteral("host");
const QString Port = QStringLiteral("port");
const QString DatabaseName = QStringLiteral("dbname");
const QString User = QStringLiteral("user");
const QString Password = QStringLiteral("password");

/** \a value as a libpq key=value value: in quotes, with quotes and backslashes escaped. */
QString quoted(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

bool TeamAddress::isTeamAddress(const QString &text)
{
    // libpq's key=value form starts with a keyword (service=, host=, user=…), which a file's path
    // does not.
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+ *="));
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")) ||
           keyword.match(text).hasMatch();
}

std::optional<TeamAddress> TeamAddress::parse(const QString &text, QString *error)
{
    if (!isTeamAddress(text)) {
        *error =
            tr("“%1” is not a PostgreSQL address (postgresql://host/database, or service=NAME)").arg(text);
        return std::nullopt;
    }
    char *message = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(text.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options) {
        const QString reason = message ? QString::fromUtf8(message).trimmed() : tr("libpq could not read it");
        PQfreemem(message);
        // What libpq could not read may still hold a password: it is not shown.
        static const QRegularExpression password(QStringLiteral("(://[^/:@]*):[^@/]*@"));
        *error = tr("the address “%1” cannot be read: %2")
                     .arg(QString(text).replace(password, QStringLiteral("\\1:…@")),
                          QString(reason).replace(password, QStringLiteral("\\1:…@")));
        return std::nullopt;
    }
    TeamAddress address;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (option->val && *option->val)
            address.m_options.append({QString::fromUtf8(option->keyword), QString::fromUtf8(option->val)});
    }
    if (!address.value(Password).isEmpty()) {
        *error = tr("the address “%1” holds a password; Pizhu does not take passwords in addresses, so that "
                    "they are never written to its settings: use ~/.pgpass, a service file or PGPASSWORD")
                     .arg(address.withoutSecrets());
        return std::nullopt;
    }
    for (const auto &[key, value] : std::as_const(address.m_options)) {
        // Qt's driver joins its options with ';', so one inside a value would split it.
        if (value.contains(QLatin1Char(';'))) {
            *error = tr("the address “%1” has a “;” in its %2, which cannot be passed on")
                         .arg(address.withoutSecrets(), key);
            return std::nullopt;
        }
    }
    return address;
}

QString TeamAddress::value(const QString &keyword) const
{
    for (const auto &[key, value] : m_options) {
        if (key == keyword)
            return value;
    }
    return {};
}

QString TeamAddress::withoutSecrets() const
{
    QStringList pairs;
    for (const auto &[key, value] : m_options) {
        if (key != Password)
            pairs << key + QLatin1Char('=') + quoted(value);
    }
    return pairs.join(QLatin1Char(' '));
}

QString TeamAddress::label() const
{
    const QString host = value(Host).isEmpty() ? QStringLiteral("localhost") : value(Host);
    const QString database =
        value(DatabaseName).isEmpty() ? value(QStringLiteral("service")) : value(DatabaseName);
    return user().isEmpty() ? tr("%1 on %2").arg(database, host)
                            : tr("%1 on %2 as %3").arg(database, host, user());
}

bool TeamAddress::refusedForPassword(const QString &password) const
{
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    for (const auto &[key, value] : m_options) {
        keys.push_back(key.toUtf8());
        values.push_back(value.toUtf8());
    }
    if (!password.isEmpty()) {
        keys.push_back(Password.toUtf8());
        values.push_back(password.toUtf8());
    }
    std::vector<const char *> keywords;
    std::vector<const char *> texts;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keywords.push_back(keys[i].constData());
        texts.push_back(values[i].constData());
    }
    keywords.push_back(nullptr);
    texts.push_back(nullptr);
    const std::unique_ptr<PGconn, decltype(&PQfinish)> probe(
        PQconnectdbParams(keywords.data(), texts.data(), 0), &PQfinish);
    // libpq marks a connection whose server asked for a password, given or not.
    return probe && PQstatus(probe.get()) != CONNECTION_OK && PQconnectionUsedPassword(probe.get());
}

QSqlDatabase TeamAddress::connection(const QString &connectionName, const QString &password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    QStringList others;
    bool named = false;
    for (const auto &[key, value] : m_options) {
        if (key == Host)
            db.setHostName(value);
        else if (key == Port && value.toInt() > 0)
            db.setPort(value.toInt());
        else if (key == DatabaseName)
            db.setDatabaseName(value);
        else if (key == User)
            db.setUserName(value);
        else if (key != Password)
            others << key + QLatin1Char('=') + quoted(value);
        named = named || key == QLatin1String("application_name");
    }
    if (!named)
        others << QStringLiteral("application_name=pizhu");
    db.setConnectOptions(others.join(QLatin1Char(';')));
    if (!password.isEmpty())
        db.setPassword(password);
    return db;
}

} // namespace Pizhu
