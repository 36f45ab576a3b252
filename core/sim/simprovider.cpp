// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simprovider.h"

#include "sim/examplerewriter.h"
#include "sim/simbase.h"
#include "sim/simembedder.h"
#include "sim/simjudge.h"
#include "sim/simoptimizer.h"
#include "sim/simrng.h"
#include "sim/simselector.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace drpo::sim {

namespace {
// The request's payload for its purpose. A request without one (rendered text only, e.g. from
// a test or a connection check) is read as best the sim can: the last user turn is the query,
// the first system message the system prompt, else the completion prompt is the query.
template<typename P> P payloadOf(const llm::LlmRequest &r)
{
    if (const P *p = std::get_if<P>(&r.payload))
        return *p;
    QString query;
    QString system;
    bool haveSystem = false;
    for (const llm::Message &m : r.messages) {
        if (m.role == u"user") {
            query = m.content;
        } else if (m.role == u"system" && !haveSystem) {
            system = m.content;
            haveSystem = true;
        }
    }
    if (query.isEmpty() && !r.prompt.isEmpty())
        query = r.prompt;
    P p;
    if constexpr (requires { p.query; })
        p.query = query;
    if constexpr (std::is_same_v<P, llm::payload::Respond>)
        p.system = system;
    return p;
}
} // namespace

SimProvider::SimProvider(model::Role role, quint64 seed, int latencyMs, SimVariant variant)
    : m_role(role)
    , m_seed(seed)
    , m_variant(role == model::Role::Base ? variant : SimVariant::Base)
    , m_latencyMs(qMax(0, latencyMs))
{}

SimProvider::~SimProvider()
{
    // No callbacks from a destructor: the owner (the scheduler) may be half torn down by now.
    // The timers hold only a weak reference, so they find nothing and deliver nothing.
    m_pending->calls.clear();
}

QString SimProvider::model() const
{
    return simModelName(m_role, m_variant);
}

llm::LlmResponse SimProvider::answer(const llm::LlmRequest &request) const
{
    if (!request.embedInput.isEmpty() || request.purpose == llm::Purpose::Embed) {
        // Embeddings depend on the text alone (not the seed): a fixed model, like a real one.
        llm::LlmResponse r;
        for (const QString &text : request.embedInput) {
            r.embeddings.push_back(SimEmbedder::embed(text));
            r.usage.promptTokens += llm::estimateTokens(text);
        }
        r.usage.calls = 1;
        r.usageEstimated = true;
        r.endpoint = endpoint();
        return r;
    }
    const int n = qMax(1, request.n);
    // Every choice is a function of (seed, purpose, fields, sample index, choice index) only.
    const quint64 seed = SimRng::mix(m_seed, quint64(request.purpose));
    llm::LlmResponse r;
    switch (request.purpose) {
    case llm::Purpose::Respond: {
        // Another model: its own rolls (the base variant keeps the seed it always had).
        const SimBase base(m_variant == SimVariant::Base ? seed : SimRng::mix(seed, 0x1257), m_variant);
        for (int i = 0; i < n; ++i)
            r.choices.push_back(
                base.respond(payloadOf<llm::payload::Respond>(request), request.sampleIndex + i * 1000));
        break;
    }
    case llm::Purpose::Select: {
        const QString text = SimSelector(seed).select(payloadOf<llm::payload::Select>(request));
        for (int i = 0; i < n; ++i)
            r.choices.push_back(text);
        break;
    }
    case llm::Purpose::Judge: {
        const SimJudge judge(seed);
        for (int i = 0; i < n; ++i)
            r.choices.push_back(judge.judge(payloadOf<llm::payload::Judge>(request), request.sampleIndex + i * 1000));
        break;
    }
    case llm::Purpose::Evaluate: {
        const QString text = SimJudge(seed).evaluate(
            EvaluateFields::read(payloadOf<llm::payload::Evaluate>(request)), request.sampleIndex);
        for (int i = 0; i < n; ++i)
            r.choices.push_back(text);
        break;
    }
    case llm::Purpose::OptimizePrompt:
        r.choices =
            SimOptimizer(seed).optimizePrompt(payloadOf<llm::payload::OptimizePrompt>(request), n, request.sampleIndex);
        break;
    case llm::Purpose::RewriteExample: {
        const ExampleRewriter rewriter(seed);
        for (int i = 0; i < n; ++i)
            r.choices.push_back(
                rewriter.respond(payloadOf<llm::payload::RewriteExample>(request), request.sampleIndex + i * 1000));
        break;
    }
    case llm::Purpose::Embed: break; // answered above
    }
    r.usage.calls = 1;
    r.usage.promptTokens = llm::estimateTokens(request);
    if (r.usage.promptTokens == 0)
        r.usage.promptTokens = llm::estimateTokens(
            QString::fromUtf8(QJsonDocument(llm::payloadJson(request.payload)).toJson(QJsonDocument::Compact)));
    for (const QString &c : std::as_const(r.choices))
        r.usage.completionTokens += llm::estimateTokens(c);
    r.usage.costUsd = 0;
    r.usageEstimated = true;
    r.endpoint = endpoint();
    return r;
}

void SimProvider::start(const llm::LlmRequest &request, Done done)
{
    llm::LlmResponse response = answer(request);
    if (m_latencyMs <= 0) {
        done(std::move(response));
        return;
    }
    // Deterministic ±20% jitter so the demo looks live without changing any result.
    const QByteArray key = request.cacheKey(kind(), endpoint(), model());
    const quint64 h = SimRng::hash(QByteArrayView(key));
    const int latency = qMax(1, int(m_latencyMs * (0.8 + 0.4 * double(h % 1001) / 1000.0)));
    response.latencyMs = latency;
    const quint64 id = ++m_pending->next;
    m_pending->calls.insert(id, std::move(done));
    std::weak_ptr<Pending> weak = m_pending;
    QTimer::singleShot(latency, [weak, id, response = std::move(response)]() mutable {
        const std::shared_ptr<Pending> pending = weak.lock();
        if (!pending)
            return;
        Done d = pending->calls.take(id);
        if (d)
            d(std::move(response));
    });
}

void SimProvider::cancelAll()
{
    const QHash<quint64, Done> calls = std::exchange(m_pending->calls, {});
    for (const Done &d : calls) {
        llm::LlmResponse r;
        r.error = llm::ErrorKind::Cancelled;
        r.errorMessage = QCoreApplication::translate("SimProvider", "the simulated call was cancelled");
        r.usage.calls = 0;
        r.endpoint = endpoint();
        d(std::move(r));
    }
}

} // namespace drpo::sim
