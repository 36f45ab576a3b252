// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace drpo::serve {

// One answered (or refused) request, for the server's log and the GUI's live request log.
// Never holds a header or a key; the body only when the server was told to log bodies.
struct RequestLogEntry {
    QDateTime time; // when the request arrived, in UTC (shown in local time)
    QString method;
    QString path;
    QString model;  // the profile asked for (empty when the request did not get that far)
    int status = 0; // 499: the client went away before the answer
    qint64 latencyMs = 0;
    double upstreamMs = 0; // of that, waiting for the base model (scheduler, HTTP client, model)
    double serverMs = 0;   // and the server's own part: parsing, retrieval, rendering, answering
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool stream = false;
    QString peer;
    QString retrieval;   // "bm25" or "embeddings" (and the example indices), when retrieval ran
    QString error;       // the message sent with an error status
    QString requestBody; // only with logBodies
};

} // namespace drpo::serve

Q_DECLARE_METATYPE(drpo::serve::RequestLogEntry)
