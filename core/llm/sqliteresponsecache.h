// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/responsecache.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

class QSqlDatabase;
class QThread;

namespace drpo::llm {

// The response cache on disk: SQLite in WAL mode through Qt Sql, one named connection
// per thread, so several threads and several processes may read and write at once.
// Stores choices, usage and embeddings of successful calls; never errors, never keys.
class SqliteResponseCache final : public ResponseCache {
public:
    explicit SqliteResponseCache(QString path);
    ~SqliteResponseCache() override;

    // QStandardPaths::CacheLocation + "/responses.sqlite".
    static QString defaultPath();
    // Creates the folder and the schema; false and *error when the file cannot be used.
    bool open(QString *error = nullptr);

    std::optional<LlmResponse> lookup(const QByteArray &key) override;
    void store(const QByteArray &key, const LlmResponse &response) override;

    QString path() const { return m_path; }
    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    qint64 count(); // entries in the file
    bool clear();

    // Opens `path` (or the default when empty) and returns it, or null with *error.
    static std::shared_ptr<SqliteResponseCache> openAt(const QString &path, QString *error = nullptr);

private:
    QSqlDatabase connection(QString *error = nullptr);

    QString m_path;
    QString m_prefix;
    QMutex m_mutex;
    QHash<QThread *, QString> m_connections;
    QList<QMetaObject::Connection> m_threadHooks; // dropped in the destructor
    std::atomic<qint64> m_hits{0};
    std::atomic<qint64> m_misses{0};
};

} // namespace drpo::llm
