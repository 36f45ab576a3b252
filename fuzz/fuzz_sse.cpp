// SPDX-License-Identifier: GPL-3.0-or-later
// The server-sent-events parser fed the same bytes whole and in arbitrary chunks: the
// events must not depend on where the network split the stream.
#include "fuzzsupport.h"

#include "llm/sseparser.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {
bool sameEvents(const QList<drpo::llm::SseParser::Event> &a, const QList<drpo::llm::SseParser::Event> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].event != b[i].event || a[i].data != b[i].data)
            return false;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    FuzzedDataProvider in(data, size);
    const unsigned seedForCuts = in.ConsumeIntegral<unsigned>();
    const std::string stream = in.ConsumeRemainingBytesAsString();
    const QByteArray bytes = QByteArray::fromStdString(stream);

    drpo::llm::SseParser whole;
    QList<drpo::llm::SseParser::Event> a = whole.feed(bytes);
    a += whole.finish();

    drpo::llm::SseParser chunked;
    QList<drpo::llm::SseParser::Event> b;
    unsigned cuts = seedForCuts;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype n = qMin<qsizetype>(bytes.size() - at, 1 + (cuts % 7));
        cuts = cuts * 1103515245u + 12345u;
        b += chunked.feed(bytes.mid(at, n));
        at += n;
    }
    b += chunked.finish();
    if (!sameEvents(a, b))
        __builtin_trap();
    return 0;
}
