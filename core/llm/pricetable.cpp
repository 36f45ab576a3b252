// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/pricetable.h"

#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace drpo::llm {

PriceTable PriceTable::defaults()
{
    // List prices in USD per million tokens as published by the vendors (late 2024 – 2025);
    // edit prices.json when they change. Local servers are free and need no entry.
    PriceTable t;
    t.set(QStringLiteral("gpt-4o"), {2.5, 10.0});
    t.set(QStringLiteral("gpt-4o-mini"), {0.15, 0.6});
    t.set(QStringLiteral("gpt-4.1"), {2.0, 8.0});
    t.set(QStringLiteral("gpt-4.1-mini"), {0.4, 1.6});
    t.set(QStringLiteral("gpt-4.1-nano"), {0.1, 0.4});
    t.set(QStringLiteral("gpt-4-turbo"), {10.0, 30.0});
    t.set(QStringLiteral("gpt-3.5-turbo"), {0.5, 1.5});
    t.set(QStringLiteral("o3-mini"), {1.1, 4.4});
    t.set(QStringLiteral("claude-3-haiku"), {0.25, 1.25});
    t.set(QStringLiteral("claude-3-5-haiku"), {0.8, 4.0});
    t.set(QStringLiteral("claude-3-5-sonnet"), {3.0, 15.0});
    t.set(QStringLiteral("claude-3-7-sonnet"), {3.0, 15.0});
    t.set(QStringLiteral("claude-sonnet-4"), {3.0, 15.0});
    t.set(QStringLiteral("claude-opus-4"), {15.0, 75.0});
    return t;
}

QString PriceTable::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/prices.json");
}

PriceTable PriceTable::user()
{
    const QString path = defaultPath();
    PriceTable fromFile;
    if (QFileInfo::exists(path) && fromFile.load(path))
        return fromFile;
    return defaults();
}

bool PriceTable::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = LlmText::tr("cannot read the price table %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = LlmText::tr("the price table %1 is not a JSON object: %2").arg(path, pe.errorString());
        return false;
    }
    QMap<QString, ModelPrice> prices;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        prices.insert(
            it.key(), ModelPrice{p.value(u"input_per_mtok").toDouble(), p.value(u"output_per_mtok").toDouble()});
    }
    m_prices = std::move(prices);
    return true;
}

bool PriceTable::save(const QString &path, QString *error) const
{
    QJsonObject o;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it)
        o.insert(it.key(),
            QJsonObject{{QStringLiteral("input_per_mtok"), it->inputPerMTok},
                {QStringLiteral("output_per_mtok"), it->outputPerMTok}});
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = LlmText::tr("cannot write the price table %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<ModelPrice> PriceTable::find(const QString &model) const
{
    QString name = model.trimmed();
    if (const qsizetype slash = name.lastIndexOf(u'/'); slash >= 0)
        name = name.mid(slash + 1);
    if (auto it = m_prices.find(name); it != m_prices.end())
        return *it;
    QString best;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it)
        if (name.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    if (best.isEmpty())
        return std::nullopt;
    return m_prices.value(best);
}

double PriceTable::cost(const QString &model, qint64 promptTokens, qint64 completionTokens, bool *known) const
{
    const std::optional<ModelPrice> p = find(model);
    if (known)
        *known = p.has_value();
    if (!p)
        return 0;
    return (double(promptTokens) * p->inputPerMTok + double(completionTokens) * p->outputPerMTok) / 1e6;
}

} // namespace drpo::llm
