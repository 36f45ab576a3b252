// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace drpo::io {

// The one identity of DRPO Studio's two programs: the GUI and the CLI share the organisation
// and application names, so they find the same settings, price file and response cache.
struct AppIdentity {
    static QString organisation(); // "DRPO Studio"
    static QString application();  // "drpo-studio"
    static QString displayName();  // "DRPO Studio"
    static QString version();      // from CMake's project(VERSION)
    static QString buildType();    // "Debug", "Release", "RelWithDebInfo", ...
    static QString licence();      // SPDX identifier
    // Reverse-DNS id naming the desktop entry, the AppStream metainfo and the Wayland app id.
    static QString appId();
    // Sets the QCoreApplication names and version; call once, right after the app object.
    static void apply();
};

} // namespace drpo::io
