#pragma once

#include <QString>

namespace drpo::test {

// ../shared/reference-data (the DRPO paper's released files), from DRPO_REFERENCE_DATA.
QString referenceDataDir();
// A file of the reference code's data, e.g. "queries_resp_train.json".
QString referenceFile(const QString &name);
// The project's source folder, from DRPO_SOURCE_DIR.
QString sourceDir();

} // namespace drpo::test
