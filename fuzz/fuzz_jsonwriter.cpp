// SPDX-License-Identifier: GPL-3.0-or-later
// llm::JsonWriter against QJsonDocument: any UTF-16 string (lone surrogates, controls,
// non-characters) and any double must give the same bytes, in an object with the key
// order the callers use, so every body the server and the providers write stays Qt's.
#include "fuzzsupport.h"

#include "llm/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    drpo::fuzz::ensureApp();
    FuzzedDataProvider in(data, size);
    const double number = in.ConsumeFloatingPoint<double>();
    const qint64 integer = in.ConsumeIntegral<qint64>();
    const std::string raw = in.ConsumeRemainingBytesAsString();
    // The bytes as UTF-16 code units: every unit value, paired or not.
    const QString text = QString(reinterpret_cast<const QChar *>(raw.data()), qsizetype(raw.size() / 2));

    drpo::llm::JsonWriter w;
    w.beginObject();
    w.key("a"_L1).beginArray().value(text).value(number).endArray();
    w.key("b"_L1).value(integer);
    w.key("c"_L1).beginObject().key("d"_L1).value(text).endObject();
    w.endObject();
    const QJsonObject expected{{QStringLiteral("a"), QJsonArray{text, number}}, {QStringLiteral("b"), integer},
        {QStringLiteral("c"), QJsonObject{{QStringLiteral("d"), text}}}};
    if (w.bytes() != QJsonDocument(expected).toJson(QJsonDocument::Compact))
        std::abort();
    return 0;
}
