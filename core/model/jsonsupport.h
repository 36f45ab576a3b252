// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// nlohmann::json support for Qt value types, so domain types serialize with to_json/from_json.

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <optional>

namespace nlohmann {
template<> struct adl_serializer<QString> {
    static void to_json(json &j, const QString &s) { j = s.toStdString(); }
    static void from_json(const json &j, QString &s) { s = QString::fromStdString(j.get<std::string>()); }
};
template<> struct adl_serializer<QStringList> {
    static void to_json(json &j, const QStringList &l)
    {
        j = json::array();
        for (const QString &s : l)
            j.push_back(s.toStdString());
    }
    static void from_json(const json &j, QStringList &l)
    {
        l.clear();
        for (const auto &e : j)
            l.push_back(QString::fromStdString(e.get<std::string>()));
    }
};
template<typename T> struct adl_serializer<QList<T>> {
    static void to_json(json &j, const QList<T> &l)
    {
        j = json::array();
        for (const T &v : l)
            j.push_back(v);
    }
    static void from_json(const json &j, QList<T> &l)
    {
        l.clear();
        for (const auto &e : j)
            l.push_back(e.template get<T>());
    }
};
template<typename T> struct adl_serializer<std::optional<T>> {
    static void to_json(json &j, const std::optional<T> &v)
    {
        if (v)
            j = *v;
        else
            j = nullptr;
    }
    static void from_json(const json &j, std::optional<T> &v)
    {
        if (j.is_null())
            v.reset();
        else
            v = j.get<T>();
    }
};
} // namespace nlohmann

namespace drpo::model {
using Json = nlohmann::json;

// Reads key from j into out when present; leaves out unchanged otherwise.
template<typename T> void readOptional(const Json &j, const char *key, T &out)
{
    if (auto it = j.find(key); it != j.end() && !it->is_null())
        out = it->template get<T>();
}

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace drpo::model
