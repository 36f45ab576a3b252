// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace drpo::llm {

// US dollars per million tokens for one model.
struct ModelPrice {
    double inputPerMTok = 0;
    double outputPerMTok = 0;
};

// The editable price table: model name → price, stored as JSON
// ({"gpt-4o-mini": {"input_per_mtok": 0.15, "output_per_mtok": 0.6}, …}). A model is found
// by exact name, else by the longest known prefix ("gpt-4o-mini-2024-07-18" → "gpt-4o-mini"),
// ignoring a router's "vendor/" prefix. Unknown models cost 0 and are reported as unknown.
class PriceTable {
public:
    static PriceTable defaults();
    // The user's table: AppConfigLocation/prices.json (save defaults() there to start editing).
    static QString defaultPath();
    // The table every scheduler starts with: the user's file if readable, else the defaults.
    static PriceTable user();

    bool load(const QString &path, QString *error = nullptr); // replaces the entries
    bool save(const QString &path, QString *error = nullptr) const;

    void set(const QString &model, ModelPrice price) { m_prices.insert(model, price); }
    std::optional<ModelPrice> find(const QString &model) const;
    // Cost of one call; *known is false when the model has no price (cost 0 then).
    double cost(const QString &model, qint64 promptTokens, qint64 completionTokens, bool *known = nullptr) const;
    const QMap<QString, ModelPrice> &entries() const { return m_prices; }

private:
    QMap<QString, ModelPrice> m_prices;
};

} // namespace drpo::llm
