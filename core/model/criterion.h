// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::model {

// A judging criterion: what a 5 and a 1 mean.
struct Criterion {
    QString name;
    QString description;
    bool enabled = true;

    friend bool operator==(const Criterion &, const Criterion &) = default;
};

enum class CriteriaMode { Dynamic, Static };

// The named criteria the selector chooses from, with per-query-set pins and bans.
// The revision changes with every edit so cached selections can be invalidated.
struct CriteriaLibrary {
    QList<Criterion> criteria;
    QStringList pinned; // always selected
    QStringList banned; // never selected
    int revision = 1;

    QList<Criterion> selectable() const; // enabled and not banned
    const Criterion *find(const QString &name) const;
    // Restricts a selector's choice to selectable names (case-insensitive match),
    // adds pins, keeps the order of the library, and bounds the count.
    QStringList normalizeSelection(const QStringList &chosen, int minCount, int maxCount) const;

    friend bool operator==(const CriteriaLibrary &, const CriteriaLibrary &) = default;
};

void to_json(Json &j, const Criterion &c);
void from_json(const Json &j, Criterion &c);
void to_json(Json &j, const CriteriaLibrary &l);
void from_json(const Json &j, CriteriaLibrary &l);

QString criteriaModeName(CriteriaMode m);
CriteriaMode criteriaModeFromName(const QString &s, bool *ok = nullptr);

} // namespace drpo::model
