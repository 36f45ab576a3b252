// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/sqliteresponsecache.h"

#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace drpo::llm {

namespace {

QByteArray serialize(const LlmResponse &r)
{
    QJsonArray embeddings;
    for (const QList<double> &v : r.embeddings) {
        QJsonArray a;
        for (double x : v)
            a.append(x);
        embeddings.append(a);
    }
    QJsonObject o{{QStringLiteral("choices"), QJsonArray::fromStringList(r.choices)},
        {QStringLiteral("prompt_tokens"), r.usage.promptTokens},
        {QStringLiteral("completion_tokens"), r.usage.completionTokens},
        {QStringLiteral("estimated"), r.usageEstimated}, {QStringLiteral("endpoint"), r.endpoint}};
    if (!embeddings.isEmpty())
        o.insert(QStringLiteral("embeddings"), embeddings);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<LlmResponse> deserialize(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    LlmResponse r;
    for (const QJsonValue &c : o.value(u"choices").toArray())
        r.choices.push_back(c.toString());
    r.usage.promptTokens = o.value(u"prompt_tokens").toInteger();
    r.usage.completionTokens = o.value(u"completion_tokens").toInteger();
    r.usageEstimated = o.value(u"estimated").toBool();
    r.endpoint = o.value(u"endpoint").toString();
    for (const QJsonValue &v : o.value(u"embeddings").toArray()) {
        QList<double> e;
        for (const QJsonValue &x : v.toArray())
            e.push_back(x.toDouble());
        r.embeddings.push_back(std::move(e));
    }
    if (r.choices.isEmpty() && r.embeddings.isEmpty())
        return std::nullopt;
    return r;
}

} // namespace

SqliteResponseCache::SqliteResponseCache(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("drpo-cache-%1-").arg(quintptr(this), 0, 16))
{}

SqliteResponseCache::~SqliteResponseCache()
{
    QMutexLocker lock(&m_mutex);
    for (const QMetaObject::Connection &c : std::as_const(m_threadHooks))
        QObject::disconnect(c);
    // removeDatabase closes the connection; database() would be refused off its thread.
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QString SqliteResponseCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/responses.sqlite");
}

QSqlDatabase SqliteResponseCache::connection(QString *error)
{
    QThread *t = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(t);
        if (name.isEmpty()) {
            name = m_prefix + QString::number(quintptr(t), 16);
            m_connections.insert(t, name);
            // When the thread ends its connection goes with it.
            m_threadHooks += QObject::connect(
                t, &QThread::finished, t,
                [this, t, name] {
                    QMutexLocker l(&m_mutex);
                    if (m_connections.value(t) == name) {
                        m_connections.remove(t);
                        {
                            QSqlDatabase::database(name, false).close();
                        }
                        QSqlDatabase::removeDatabase(name);
                    }
                },
                Qt::DirectConnection);
        }
    }
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = LlmText::tr("cannot open the response cache %1: %2").arg(m_path, db.lastError().text());
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return db;
}

bool SqliteResponseCache::open(QString *error)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = LlmText::tr("cannot create the folder %1 for the response cache").arg(dir);
        return false;
    }
    QString why;
    QSqlDatabase db = connection(&why);
    if (!db.isOpen()) {
        if (error)
            *error = why;
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
                               "created INTEGER NOT NULL)"))) {
        if (error)
            *error = LlmText::tr("cannot use the response cache %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

std::optional<LlmResponse> SqliteResponseCache::lookup(const QByteArray &key)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        ++m_misses;
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM responses WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (q.exec() && q.next()) {
        if (std::optional<LlmResponse> r = deserialize(q.value(0).toByteArray())) {
            ++m_hits;
            return r;
        }
    }
    ++m_misses;
    return std::nullopt;
}

void SqliteResponseCache::store(const QByteArray &key, const LlmResponse &response)
{
    if (!response.ok())
        return; // errors are never cached: the next run must try again
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO responses (key, value, created) VALUES (?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(serialize(response));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.exec();
}

qint64 SqliteResponseCache::count()
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM responses")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool SqliteResponseCache::clear()
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("DELETE FROM responses"));
}

std::shared_ptr<SqliteResponseCache> SqliteResponseCache::openAt(const QString &path, QString *error)
{
    auto cache = std::make_shared<SqliteResponseCache>(path.isEmpty() ? defaultPath() : path);
    if (!cache->open(error))
        return nullptr;
    return cache;
}

} // namespace drpo::llm
