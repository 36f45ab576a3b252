// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// nlohmann::json support for Qt value types, so domain types serialize with to_json/from_json.

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace drpo::model::detail {
// nlohmann reads a JSON number into an integer with a plain static_cast: 1e300 into an int or
// -1.5 into a quint64 is undefined behaviour (UBSan reports it; the value read is garbage), and
// 2^32 + 5 into an int silently becomes 5. Every integer field of every file we read is checked
// here and refused, with the field's JSON path, when its number does not fit.
template<typename T, typename BasicJsonType> void checkIntegerFits(const BasicJsonType &j)
{
    using Limits = std::numeric_limits<T>;
    bool fits = true;
    if (j.is_number_float()) {
        const double d = j.template get<double>();
        const double above = std::ldexp(1.0, Limits::digits); // 2^31 for int: the first value too big
        // The value is truncated toward zero, so anything above min - 1 still fits (NaN never does).
        fits = d < above && d > (Limits::is_signed ? -above - 1.0 : -1.0);
    } else if (j.is_number_integer() && !j.is_number_unsigned()) {
        const auto v = j.template get_ref<const typename BasicJsonType::number_integer_t &>();
        fits = Limits::is_signed ? (v >= (long long)Limits::min() && v <= (long long)Limits::max())
                                 : (v >= 0 && (unsigned long long)v <= (unsigned long long)Limits::max());
    } else if (j.is_number_unsigned()) {
        const auto v = j.template get_ref<const typename BasicJsonType::number_unsigned_t &>();
        fits = (unsigned long long)v <= (unsigned long long)Limits::max();
    }
    if (!fits)
        throw BasicJsonType::type_error::create(302,
            "the number " + j.dump() + " is out of range here (a whole number from " + std::to_string(Limits::min()) +
                " to " + std::to_string(Limits::max()) + " is expected)",
            &j);
}
} // namespace drpo::model::detail

namespace nlohmann {
// Integers read through the range check above; written as nlohmann writes them.
#define DRPO_CHECKED_INTEGER(T)                                                                                        \
    template<> struct adl_serializer<T> {                                                                              \
        template<typename BasicJsonType> static void to_json(BasicJsonType &j, T v) { ::nlohmann::to_json(j, v); }     \
        template<typename BasicJsonType> static void from_json(const BasicJsonType &j, T &v)                           \
        {                                                                                                              \
            ::drpo::model::detail::checkIntegerFits<T>(j);                                                             \
            ::nlohmann::from_json(j, v);                                                                               \
        }                                                                                                              \
    };
DRPO_CHECKED_INTEGER(int)
DRPO_CHECKED_INTEGER(unsigned int)
DRPO_CHECKED_INTEGER(long)
DRPO_CHECKED_INTEGER(unsigned long)
DRPO_CHECKED_INTEGER(long long)
DRPO_CHECKED_INTEGER(unsigned long long)
#undef DRPO_CHECKED_INTEGER

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
