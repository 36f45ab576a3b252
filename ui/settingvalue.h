// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace drpo::ui {

// A typed QSettings key, declared where it is used, so every key has one type and one default.
template<typename T> class SettingValue {
public:
    SettingValue(QString key, T defaultValue = T{})
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace drpo::ui
