// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace drpo::test {

// ../shared/reference-data (the DRPO paper's released files), from DRPO_REFERENCE_DATA.
QString referenceDataDir();
// A file of the reference code's data, e.g. "queries_resp_train.json".
QString referenceFile(const QString &name);
// The project's source folder, from DRPO_SOURCE_DIR.
QString sourceDir();
// Whether the reference data is beside the project (a user's clone has none).
bool hasReferenceData();

} // namespace drpo::test

// Skips the current test function, with a message, when the reference file is absent:
// ../shared is the team's folder, not part of the repository.
#define DRPO_REQUIRE_REFERENCE_FILE(name)                                                                              \
    do {                                                                                                               \
        if (!QFile::exists(drpo::test::referenceFile(name)))                                                           \
            QSKIP(qPrintable(QStringLiteral("reference data not found (%1); it lives in ../shared beside the "         \
                                            "team's checkout and is not part of the repository")                       \
                                 .arg(drpo::test::referenceFile(name))));                                              \
    } while (false)

namespace drpo::test {} // namespace drpo::test
