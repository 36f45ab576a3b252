// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

#include <functional>

namespace drpo::llm {

class HttpClientConnection;
class HttpResponseParser;

// One request through HttpClient: its bytes, where it goes, the caller's callbacks and the
// client's bookkeeping. Callbacks run on the client's thread; any of them may abort the
// exchange, send others or delete the client.
struct HttpExchange {
    QString host;
    quint16 port = 80;
    QByteArray request;                                                           // head and body, written in one go
    bool expectBody = true;                                                       // false for HEAD
    std::function<void(const HttpResponseParser &)> onHeaders;                    // status and headers are known
    std::function<void(const QByteArray &)> onBody;                               // decoded body bytes as they arrive
    std::function<void(QNetworkReply::NetworkError, const QString &)> onFinished; // exactly once

    // The client's state.
    HttpClientConnection *connection = nullptr;
    bool retried = false; // sent again once after a reused connection closed under it
    bool finished = false;
};

} // namespace drpo::llm
