// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test program: QStandardPaths' test mode from the first instruction, so
// that the user's own settings, price file, response cache and run files never change a
// result and are never touched by a test.
#include <QStandardPaths>

namespace {
const bool kTestMode = [] {
    QStandardPaths::setTestModeEnabled(true);
    return true;
}();
} // namespace
