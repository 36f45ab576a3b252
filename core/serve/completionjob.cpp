// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/completionjob.h"

#include "serve/servetext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace drpo::serve {

namespace {} // namespace

CompletionJob::CompletionJob(
    HttpResponder responder, ApiRequest request, ServedModel model, RequestLogEntry entry, QElapsedTimer clock)
    : m_responder(std::move(responder))
    , m_request(std::move(request))
    , m_model(std::move(model))
    , m_log(std::move(entry))
    , m_clock(clock)
    , m_answerId(openai::newId(m_request.legacyCompletion))
    , m_created(QDateTime::currentSecsSinceEpoch())
{
    m_log.model = m_model.name;
    m_log.stream = m_request.sampling.stream;
    const int n = qMax(1, m_request.sampling.n);
    m_sent = QStringList(n);
    m_roleSent = QList<bool>(n, false);
}

void CompletionJob::setRetrieval(const QString &method, const QList<int> &examples)
{
    m_retrieval = method;
    m_examples = examples;
    QStringList ids;
    for (int i : examples)
        ids << QString::number(i);
    m_log.retrieval = method + u' ' + ids.join(u',');
}

HttpHeaders CompletionJob::drpoHeaders() const
{
    // Which examples the profile contributed: a client (or a test) can check retrieval.
    QByteArray ids;
    for (int i : m_examples)
        ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(i);
    return {{"X-DRPO-Profile", m_model.name.toUtf8()}, {"X-DRPO-Retrieval", m_retrieval.toUtf8()},
        {"X-DRPO-Examples", ids}};
}

bool CompletionJob::ensureStream()
{
    if (m_responder.isStreaming())
        return true;
    HttpHeaders headers = drpoHeaders();
    headers.push_back({"Cache-Control", "no-cache"});
    headers.push_back({"X-Accel-Buffering", "no"}); // a proxy in front must not hold the events back
    return m_responder.beginStream(200, "text/event-stream; charset=utf-8", headers);
}

void CompletionJob::writeDelta(int choice, const QString &text)
{
    if (text.isEmpty())
        return;
    const bool role = !m_roleSent[choice];
    m_roleSent[choice] = true;
    m_responder.write(openai::chunkEvent(m_answerId, m_created, m_model.name, choice, text, m_request.legacyCompletion,
        role && !m_request.legacyCompletion));
}

void CompletionJob::onPartial(int choice, const QString &textSoFar)
{
    if (m_diverged || choice < 0 || choice >= m_sent.size() || !m_responder.isOpen())
        return;
    QString &sent = m_sent[choice];
    if (textSoFar.startsWith(sent)) {
        if (textSoFar.size() == sent.size() || !ensureStream())
            return;
        writeDelta(choice, textSoFar.mid(sent.size()));
        sent = textSoFar;
    } else if (!sent.startsWith(textSoFar)) {
        m_diverged = true; // a retry took another path; answer() ends the stream with an error
    }
    // Otherwise a retried call is still catching up with what was already streamed.
}

void CompletionJob::answer(const llm::LlmResponse &response)
{
    openai::Usage usage{response.usage.promptTokens, response.usage.completionTokens};
    m_log.promptTokens = usage.promptTokens;
    m_log.completionTokens = usage.completionTokens;
    QStringList choices = response.choices;
    while (choices.size() > m_sent.size())
        choices.removeLast();
    if (!m_request.sampling.stream) {
        HttpHeaders headers = drpoHeaders();
        m_responder.respond(200, "application/json",
            openai::completionBody(m_answerId, m_created, m_model.name, choices, usage, m_request.legacyCompletion),
            headers);
        finishLog(200, {});
        return;
    }
    if (!ensureStream()) {
        finishLog(499, ServeText::tr("the client went away"));
        return;
    }
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (m_diverged || !choices[i].startsWith(m_sent[i])) {
            ApiError e;
            e.status = 502;
            e.code = QStringLiteral("stream_diverged");
            e.message =
                ServeText::tr("the base model's retried answer differs from the part already streamed; ask again");
            m_responder.write(openai::errorEvent(e));
            m_responder.end();
            finishLog(502, e.message);
            return;
        }
    }
    for (qsizetype i = 0; i < choices.size(); ++i) {
        writeDelta(int(i), choices[i].mid(m_sent[i].size()));
        m_sent[i] = choices[i];
    }
    for (qsizetype i = 0; i < choices.size(); ++i)
        m_responder.write(openai::chunkEvent(m_answerId, m_created, m_model.name, int(i), QString(),
            m_request.legacyCompletion, false, QStringLiteral("stop")));
    if (m_request.includeUsage)
        m_responder.write(openai::usageEvent(m_answerId, m_created, m_model.name, usage, m_request.legacyCompletion));
    m_responder.write(openai::doneEvent());
    m_responder.end();
    finishLog(200, {});
}

void CompletionJob::fail(const ApiError &error, const HttpHeaders &extra)
{
    if (m_responder.isStreaming()) {
        m_responder.write(openai::errorEvent(error));
        m_responder.end();
    } else {
        m_responder.respond(error.status, "application/json", error.toJson(), extra);
    }
    finishLog(error.status, error.message);
}

void CompletionJob::finishLog(int status, const QString &error)
{
    m_log.status = status;
    m_log.error = error;
    m_log.latencyMs = m_clock.elapsed();
    m_log.serverMs = qMax(0.0, double(m_clock.nsecsElapsed()) / 1e6 - m_log.upstreamMs);
}

} // namespace drpo::serve
