// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "serve/httpresponder.h"
#include "serve/openaiapi.h"
#include "serve/profileresponder.h"
#include "serve/requestlogentry.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace drpo::serve {

// A profile as the server runs it: its model name and its prepared responder.
struct ServedModel {
    QString name;
    std::shared_ptr<const ProfileResponder> responder;
};

// One chat or text completion being answered: what was asked, which examples were picked,
// and the answer going out, whole or as server-sent events. Streamed text is passed on as
// it arrives from the base model; if a retried call then produces a different text, the
// stream ends with an error event instead of a spliced answer.
class CompletionJob {
public:
    // `clock` runs since the request arrived.
    CompletionJob(
        HttpResponder responder, ApiRequest request, ServedModel model, RequestLogEntry entry, QElapsedTimer clock);

    quint64 id() const { return m_responder.requestId(); }
    const ApiRequest &request() const { return m_request; }
    const ServedModel &model() const { return m_model; }
    const RequestLogEntry &log() const { return m_log; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool isOpen() const { return m_responder.isOpen(); }
    bool running = false; // admitted: its calls are with the scheduler

    void setRetrieval(const QString &method, const QList<int> &examples);
    // Brackets the wait for the base model, so the log tells the server's own time apart.
    void upstreamStarted() { m_upstreamStartNs = m_clock.nsecsElapsed(); }
    void upstreamFinished() { m_log.upstreamMs += double(m_clock.nsecsElapsed() - m_upstreamStartNs) / 1e6; }
    // A choice's text so far, from a streaming base model.
    void onPartial(int choice, const QString &textSoFar);
    // The base model's answer: the response (or the rest of the stream) goes out.
    void answer(const llm::LlmResponse &response);
    // An error: its status and OpenAI error body, or an error event on a begun stream.
    void fail(const ApiError &error, const HttpHeaders &extra = {});

private:
    bool ensureStream();
    HttpHeaders drpoHeaders() const;
    void writeDelta(int choice, const QString &text);
    void finishLog(int status, const QString &error);

    HttpResponder m_responder;
    ApiRequest m_request;
    ServedModel m_model;
    RequestLogEntry m_log;
    QElapsedTimer m_clock;
    qint64 m_upstreamStartNs = 0;
    QString m_answerId;
    qint64 m_created = 0;
    QString m_retrieval;
    QList<int> m_examples;
    QStringList m_sent;      // streamed so far, per choice
    QList<bool> m_roleSent;  // the first chunk of a choice carries the assistant role
    bool m_diverged = false; // a retry's text no longer extends what was streamed
};

} // namespace drpo::serve
