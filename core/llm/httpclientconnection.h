// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/httpresponseparser.h"

#include <QObject>
#include <QString>

#include <memory>

class QTcpSocket;

namespace drpo::llm {

class HttpClient;
struct HttpExchange;

// One keep-alive TCP connection of HttpClient: writes a request, parses its answer as the
// bytes arrive and hands the exchange back to the client when it is done or failed. One
// exchange at a time (no pipelining). Lives on the client's thread.
class HttpClientConnection : public QObject {
    Q_OBJECT
public:
    HttpClientConnection(HttpClient *client, const QString &host, quint16 port);
    ~HttpClientConnection() override;

    void start(std::shared_ptr<HttpExchange> exchange);
    // Closes the socket at once and forgets the exchange and the client: no call back follows.
    void abandon();
    bool isBusy() const { return m_exchange != nullptr; }
    int served() const { return m_served; }
    // Inside a socket signal: the connection must be deleted later, not now.
    bool isProcessing() const { return m_depth > 0; }

private:
    void onConnected();
    void writeRequest();
    void onReadyRead();
    void onLost();
    void process(const QByteArray &bytes);

    HttpClient *m_client;
    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket;
    HttpResponseParser m_parser;
    std::shared_ptr<HttpExchange> m_exchange;
    bool m_headersDelivered = false;
    bool m_dead = false;
    int m_served = 0;
    int m_depth = 0;
};

} // namespace drpo::llm
