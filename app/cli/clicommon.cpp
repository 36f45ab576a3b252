// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include <cstdio>

namespace drpo::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    err() << "drpo: " << message << Qt::endl;
    return code;
}

QString formatReward(double value)
{
    return QString::number(value, 'f', 2);
}

QString formatReward(const std::optional<double> &value)
{
    return value ? formatReward(*value) : QStringLiteral("-");
}

QString formatTokens(qint64 tokens)
{
    if (tokens >= 10'000)
        return QString::number(double(tokens) / 1000.0, 'f', 0) + u'k';
    return QString::number(tokens);
}

} // namespace drpo::cli
