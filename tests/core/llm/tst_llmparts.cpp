// SPDX-License-Identifier: GPL-3.0-or-later
// Small parts of the llm layer: the SSE parser, HTTP error mapping, presets and the
// cost forecast's call counts.
#include "llm/costforecast.h"
#include "llm/httperror.h"
#include "llm/providerpresets.h"
#include "llm/sseparser.h"

#include <QtTest>

using namespace drpo;
using namespace Qt::Literals::StringLiterals;

class TstLlmParts : public QObject {
    Q_OBJECT
private slots:
    void parseRetryAfter_hostileNumbers_boundedNeverOverflows()
    {
        // Regression: "1e300" and "inf" overflowed the conversion to milliseconds (UB), "nan" too.
        const qint64 year = qint64(365) * 86400 * 1000;
        QCOMPARE(llm::parseRetryAfter("1e300"), year);
        QCOMPARE(llm::parseRetryAfter("inf"), year);
        QCOMPARE(llm::parseRetryAfter("nan"), qint64(-1));
        QCOMPARE(llm::parseRetryAfter("-inf"), qint64(0));
        QCOMPARE(llm::parseRetryAfter("2.5"), qint64(2500));
    }

    void sse_mixedLineEndsAndSplitChunks_eventsIntact()
    {
        llm::SseParser p;
        QList<llm::SseParser::Event> all;
        const QByteArray stream =
            ": keep-alive\r\n\r\ndata: {\"a\":1}\r\n\r\nevent: message_stop\rdata: x\r\rdata: line1\ndata: line2\n\n";
        // Feed one byte at a time: a CR at a chunk's end must not split a CRLF into two line ends.
        for (char c : stream)
            all += p.feed(QByteArray(1, c));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].data, QByteArray("{\"a\":1}"));
        QCOMPARE(all[1].event, QByteArray("message_stop"));
        QCOMPARE(all[1].data, QByteArray("x"));
        QCOMPARE(all[2].data, QByteArray("line1\nline2"));
        QVERIFY(all[2].event.isEmpty());
    }

    void sse_finishWithoutBlankLine_flushesLastEvent()
    {
        llm::SseParser p;
        QVERIFY(p.feed("data: [DONE]").isEmpty());
        const auto rest = p.finish();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest[0].data, QByteArray("[DONE]"));
    }

    void classify_statuses_kinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << 500 << QByteArray() << int(llm::ErrorKind::Transient);
        QTest::newRow("502") << 502 << QByteArray("<html>bad gateway</html>") << int(llm::ErrorKind::Transient);
        QTest::newRow("529") << 529 << QByteArray() << int(llm::ErrorKind::Transient);
        QTest::newRow("429") << 429 << QByteArray() << int(llm::ErrorKind::RateLimited);
        QTest::newRow("400") << 400 << QByteArray(R"({"error":{"message":"bad temperature"}})")
                             << int(llm::ErrorKind::BadRequest);
        QTest::newRow("anthropic ctx")
            << 400
            << QByteArray(
                   R"({"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens"}})")
            << int(llm::ErrorKind::ContextLength);
        QTest::newRow("anthropic credit")
            << 400 << QByteArray(R"({"type":"error","error":{"message":"Your credit balance is too low"}})")
            << int(llm::ErrorKind::Quota);
        QTest::newRow("401") << 401 << QByteArray() << int(llm::ErrorKind::Auth);
        QTest::newRow("404") << 404 << QByteArray() << int(llm::ErrorKind::NotFound);
    }
    void classify_statuses_kinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const llm::HttpError e = llm::classifyHttpStatus(status, body, u"api.example.com"_s);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(e.message.contains(QString::number(status)));
        QVERIFY(e.message.contains(u"api.example.com"));
    }

    void scrubSecret_removesEveryOccurrence()
    {
        QCOMPARE(llm::scrubSecret(u"key sk-abc123456 and sk-abc123456"_s, u"sk-abc123456"_s), u"key [key] and [key]"_s);
    }

    void presets_allKindsHaveUrls()
    {
        const QList<llm::ProviderPreset> presets = llm::providerPresets();
        QCOMPARE(presets.size(), 7);
        for (const llm::ProviderPreset &p : presets) {
            QVERIFY(!p.baseUrl.isEmpty());
            QVERIFY(p.kind == u"openai" || p.kind == u"anthropic");
            QCOMPARE(p.local, p.keyEnv.isEmpty());
        }
        QCOMPARE(llm::providerPreset(u"ollama"_s).baseUrl, u"http://127.0.0.1:11434/v1"_s);
        QVERIFY(llm::providerPreset(u"nope"_s).id.isEmpty());
    }

    void forecast_referenceSettings_callCountsFollowFormulas()
    {
        model::ModelSettings m;
        for (model::Role r : model::kAllRoles) {
            m.role(r).kind = u"openai"_s;
            m.role(r).model = u"gpt-4o-mini"_s;
        }
        model::SearchSettings s; // W=2 A=3 D=20 b=1 T=5
        s.stages = model::Stages::Prompt;
        llm::CostForecast f = llm::forecast(m, s, 100, 0, llm::PriceTable::defaults());
        // Level 0: 1 respond; level 1 expands the root (3 children); levels 2..20 two nodes (6).
        QCOMPARE(f.byRole[model::Role::Base].calls, 1 + 3 + 19 * 6);
        QCOMPARE(f.byRole[model::Role::Judge].calls, 1 + 3 + 19 * 6);
        QCOMPARE(f.byRole[model::Role::Optimizer].calls, 1 + 19 * 2);
        QCOMPARE(f.byRole[model::Role::Selector].calls, 21);
        QVERIFY(f.totalCostUsd > 0);
        QVERIFY(f.allPricesKnown);

        m.optimizer.supportsN = false;
        s.stages = model::Stages::All;
        f = llm::forecast(m, s, 5, 10, llm::PriceTable::defaults());
        QCOMPARE(f.byRole[model::Role::Optimizer].calls, 3 + 19 * 6 + 10 * 5);
        QCOMPARE(f.byRole[model::Role::Judge].calls, 1 + 3 + 19 * 6 + 10 * 5);
        QCOMPARE(f.byRole[model::Role::Selector].calls, 5 + 10); // selections capped by the 5 distinct queries

        model::ModelSettings sim;
        f = llm::forecast(sim, s, 5, 10);
        QCOMPARE(f.totalCostUsd, 0.0);
    }

    void forecast_withEmbedder_countsOneBatchedPassPerRun()
    {
        model::ModelSettings m;
        model::SearchSettings s;
        s.stages = model::Stages::Prompt;
        QVERIFY(!llm::forecast(m, s, 100, 30).byRole.contains(model::Role::Embedder)); // BM25: no calls
        m.embedder.kind = u"openai"_s;
        m.embedder.model = u"text-embedding-3-small"_s;
        llm::CostForecast f = llm::forecast(m, s, 100, 30, llm::PriceTable::defaults());
        const llm::RoleForecast e = f.byRole.value(model::Role::Embedder);
        QCOMPARE(e.calls, qint64(3)); // 130 texts, 64 a call
        QVERIFY(e.promptTokens >= 130);
        QCOMPARE(e.completionTokens, qint64(0));
        QCOMPARE(f.totalCalls, llm::forecast(model::ModelSettings(), s, 100, 30).totalCalls + 3);
        QCOMPARE(
            llm::forecast(m, s, 100, 0).byRole.value(model::Role::Embedder).calls, qint64(0)); // nothing to retrieve
        s.kOptimize = 0;
        QCOMPARE(llm::forecast(m, s, 100, 30).byRole.value(model::Role::Embedder).calls, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstLlmParts)
#include "tst_llmparts.moc"
