// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jsonsupport.h"

#include <QByteArray>
#include <QString>
#include <QTest>

class QTemporaryDir;

namespace drpo::test {

// Writes data to path, replacing what was there. False when the file cannot be written:
// wrap calls in QVERIFY so a fixture that was never written fails the test at once.
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &data);
// Writes `name` inside dir and returns its path; empty when it cannot be written (the
// importer under test then reports a missing file, which fails the test's expectations).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data);
// The file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace drpo::test

// QCOMPARE cannot take nlohmann values (their implicit conversions meet QTest's overloads), so
// compare them directly and print the JSON patch between them on failure.
#define QCOMPARE_JSON(actual, expected)                                                                                \
    do {                                                                                                               \
        const drpo::model::Json actual_ = (actual);                                                                    \
        const drpo::model::Json expected_ = (expected);                                                                \
        QVERIFY2(actual_ == expected_, drpo::model::Json::diff(actual_, expected_).dump().c_str());                    \
    } while (false)
