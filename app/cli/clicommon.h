// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QTextStream>

namespace drpo::cli {

// Standard streams for the commands: results on stdout, progress and errors on stderr.
QTextStream &out();
QTextStream &err();

// Prints "drpo: <message>" on stderr and returns the exit code for a usage or input error.
int fail(const QString &message, int code = 1);

QString formatReward(double value);
// "-" when there is no figure: unscored is never shown as 0.
QString formatReward(const std::optional<double> &value);
QString formatTokens(qint64 tokens);

} // namespace drpo::cli
