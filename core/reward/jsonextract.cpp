// SPDX-License-Identifier: GPL-3.0-or-later
#include "reward/jsonextract.h"

#include "io/inputlimits.h"

#include <QRegularExpression>

namespace drpo::reward {

namespace {

std::optional<model::Json> tryParse(const QString &text)
{
    const std::string s = text.toStdString();
    // Model text is untrusted: a deep nest would overflow the stack once the document is used.
    if (io::jsonTooDeepAt(s.data(), qsizetype(s.size())) >= 0)
        return std::nullopt;
    model::Json j = model::Json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    return j;
}

// The first balanced {...} span, honouring strings and escapes.
QString balancedObject(const QString &text)
{
    const qsizetype start = text.indexOf(u'{');
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth == 0)
            return text.mid(start, i - start + 1);
    }
    return text.mid(start); // unbalanced: let repair try to close it
}

QString repair(QString s)
{
    static const QRegularExpression trailingComma(QStringLiteral(R"(,\s*([}\]]))"));
    s.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
    s.replace(trailingComma, QStringLiteral("\\1"));
    // Close an answer cut off by max_tokens: count what is open outside strings.
    int braces = 0, brackets = 0;
    bool inString = false, escaped = false;
    for (const QChar c : std::as_const(s)) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{')
            ++braces;
        else if (c == u'}')
            --braces;
        else if (c == u'[')
            ++brackets;
        else if (c == u']')
            --brackets;
    }
    if (inString)
        s += u'"';
    for (; brackets > 0; --brackets)
        s += u']';
    for (; braces > 0; --braces)
        s += u'}';
    return s;
}

} // namespace

std::optional<model::Json> extractJsonObject(const QString &text, QString *why)
{
    static const QRegularExpression fence(
        QStringLiteral("```(?:json|JSON)?\\s*\\n?(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    const QString trimmed = text.trimmed();
    if (auto j = tryParse(trimmed))
        return j;
    QStringList candidates;
    auto it = fence.globalMatch(trimmed);
    while (it.hasNext())
        candidates << it.next().captured(1).trimmed();
    candidates << balancedObject(trimmed);
    for (const QString &c : std::as_const(candidates)) {
        if (c.isEmpty())
            continue;
        if (auto j = tryParse(c))
            return j;
        if (auto j = tryParse(repair(c)))
            return j;
    }
    if (why)
        *why = trimmed.contains(u'{') ? QStringLiteral("the JSON object in the answer is malformed")
                                      : QStringLiteral("the answer contains no JSON object");
    return std::nullopt;
}

std::optional<QString> extractTagged(const QString &text, const QString &tag)
{
    const QString open = u'<' + tag + u'>';
    const QString close = QStringLiteral("</") + tag + u'>';
    const qsizetype a = text.lastIndexOf(open);
    if (a < 0)
        return std::nullopt;
    const qsizetype from = a + open.size();
    const qsizetype b = text.indexOf(close, from);
    // A missing close tag (cut off by max_tokens) still yields the text after the open tag.
    const QString inner = b < 0 ? text.mid(from) : text.mid(from, b - from);
    const QString out = inner.trimmed();
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace drpo::reward
