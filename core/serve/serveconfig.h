// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/profile.h"
#include "serve/httprequest.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace drpo::serve {

// One profile a server offers: its model name in /v1/models and where it came from.
struct ServedProfile {
    QString name;
    model::AlignmentProfile profile;
    QString source; // the file, for messages
};

// How `drpo serve` (and the GUI's "Serve this profile…") runs: what it serves, where, and
// the bounds it keeps. The bearer key is held in memory only, never written anywhere.
struct ServeConfig {
    QList<ServedProfile> profiles;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8089;
    bool allowRemote = false;    // binding a non-loopback address needs this, and then apiKey
    QString apiKey;              // clients send "Authorization: Bearer <key>"; empty = no key
    int maxConcurrent = 64;      // requests being answered at once (upstream calls in flight)
    int maxQueue = 256;          // requests waiting beyond those; more get 429 with Retry-After
    int totalTimeoutMs = 300000; // from arrival to the last byte of the answer (504 beyond)
    bool logBodies = false;      // request bodies go to the log only when asked
    HttpLimits http;

    // Empty when the configuration can run, else why not (for the user).
    QString validate() const;
};

} // namespace drpo::serve
