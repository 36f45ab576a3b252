// SPDX-License-Identifier: GPL-3.0-or-later
#include "textformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace drpo::ui::text {

namespace {
// Gives these free functions a translation context.
class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
};
} // namespace

QString reward(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("\u2014");
}

QString signedDelta(double delta)
{
    return (delta >= 0 ? QStringLiteral("+") : QString()) + QString::number(delta, 'f', 2);
}

QString origin(model::Origin origin)
{
    switch (origin) {
    case model::Origin::Root: return Format::tr("root");
    case model::Origin::Optimizer: return Format::tr("optimizer");
    case model::Origin::Carried: return Format::tr("carried");
    case model::Origin::Human: return Format::tr("human edit");
    }
    return {};
}

QString role(model::Role role)
{
    switch (role) {
    case model::Role::Base: return Format::tr("Base");
    case model::Role::Selector: return Format::tr("Selector");
    case model::Role::Judge: return Format::tr("Judge");
    case model::Role::Optimizer: return Format::tr("Optimizer");
    case model::Role::Embedder: return Format::tr("Embedder");
    }
    return {};
}

QString purpose(llm::Purpose purpose)
{
    switch (purpose) {
    case llm::Purpose::Select: return Format::tr("select criteria");
    case llm::Purpose::Judge: return Format::tr("judge");
    case llm::Purpose::OptimizePrompt: return Format::tr("optimize prompt");
    case llm::Purpose::RewriteExample: return Format::tr("rewrite example");
    case llm::Purpose::Respond: return Format::tr("answer");
    case llm::Purpose::Evaluate: return Format::tr("evaluate");
    case llm::Purpose::Embed: return Format::tr("embed for retrieval");
    }
    return {};
}

QString tokens(qint64 count)
{
    if (count >= 10000)
        return QString::number(double(count) / 1000.0, 'f', 1) + QStringLiteral("k");
    return QString::number(count);
}

QString cost(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 1 ? 4 : 2);
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return Format::tr("%1 s").arg(s);
    return Format::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString firstLine(const QString &text, int maxChars)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QStringLiteral("\u2026");
    return line;
}

QString shortId(const QString &id)
{
    return id.size() > 10 ? id.left(10) : id;
}

} // namespace drpo::ui::text
