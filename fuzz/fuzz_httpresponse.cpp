// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.x response parser of our own client, fed the same bytes whole and in
// arbitrary pieces, then the close: the outcome (done or failed, status, decoded body, the
// bytes past the end) must not depend on where the network split the stream, the body
// never exceeds what arrived, and a finished parser stays finished.
#include "fuzzsupport.h"

#include "llm/httpresponseparser.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {
struct Outcome {
    drpo::llm::HttpResponseParser::Result result;
    int status = 0;
    QByteArray body;
    qsizetype excess = 0;
    bool keepAlive = false;
};

Outcome run(const QByteArray &bytes, unsigned cuts, bool split, bool expectBody, bool close)
{
    drpo::llm::HttpResponseParser p;
    p.reset(expectBody);
    Outcome o;
    o.result = drpo::llm::HttpResponseParser::Result::NeedMore;
    for (qsizetype at = 0; at < bytes.size();) {
        qsizetype n = bytes.size() - at;
        if (split) {
            n = qMin<qsizetype>(n, 1 + (cuts % 13));
            cuts = cuts * 1103515245u + 12345u;
        }
        o.result = p.feed(QByteArrayView(bytes).sliced(at, n));
        o.body += p.takeBody();
        at += n;
        if (o.result == drpo::llm::HttpResponseParser::Result::Error)
            break; // a caller closes the connection here
    }
    if (close && o.result == drpo::llm::HttpResponseParser::Result::NeedMore)
        o.result = p.finish();
    o.body += p.takeBody();
    o.status = p.statusCode();
    o.excess = p.excessBytes();
    o.keepAlive = p.keepAlive();
    if (o.body.size() != p.bodyBytes() || o.body.size() > bytes.size())
        __builtin_trap();
    if (o.result == drpo::llm::HttpResponseParser::Result::Done && p.feed("x") != o.result)
        __builtin_trap(); // more bytes after the end are excess, never a new answer
    return o;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    FuzzedDataProvider in(data, size);
    const unsigned cuts = in.ConsumeIntegral<unsigned>();
    const bool expectBody = in.ConsumeBool();
    const bool close = in.ConsumeBool();
    const QByteArray bytes = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());

    const Outcome whole = run(bytes, cuts, false, expectBody, close);
    const Outcome pieces = run(bytes, cuts, true, expectBody, close);
    if (whole.result != pieces.result || whole.status != pieces.status || whole.body != pieces.body ||
        whole.excess != pieces.excess || whole.keepAlive != pieces.keepAlive)
        __builtin_trap();
    return 0;
}
