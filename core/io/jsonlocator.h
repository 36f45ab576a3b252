// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/io: finds where a JSON value sits in the text, since nlohmann's DOM keeps no positions.

#include <QByteArray>
#include <QList>
#include <QString>

namespace drpo::io::detail {

// The 1-based line on which the value at the JSON pointer (e.g. "/queries/3/text") starts.
// When that value does not exist (a missing field), the line of its nearest existing parent.
// 0 when data is not JSON that can be scanned.
int jsonLineOf(const QByteArray &data, const QString &pointer);

// The 1-based line of each element of the array at arrayPointer ("" for the root), in one pass.
QList<int> jsonElementLines(const QByteArray &data, const QString &arrayPointer);

// Escapes a key for a JSON pointer ("~" -> "~0", "/" -> "~1").
QString jsonPointerKey(const QString &key);

} // namespace drpo::io::detail
