# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: the install rules (dist/CMakeLists.txt) as a Debian package, drpo-studio_<ver>_<arch>.deb.
# scripts/package builds it (and the source tarball); `cpack --config CPackConfig.cmake` in a
# configured build directory does the same by hand.

set(CPACK_PACKAGE_NAME "drpo-studio")
set(CPACK_PACKAGE_VENDOR "DRPO Studio")
set(CPACK_PACKAGE_CONTACT "DRPO Studio developers <drpo-studio@users.noreply.github.com>"
  CACHE STRING "Maintainer field of the .deb")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "align a language model by prompt optimization (DRPO)")
set(CPACK_PACKAGE_DESCRIPTION
  "DRPO Studio searches for the system prompt and the in-context examples
that make a base language model answer best, scored by an LLM judge whose
criteria are chosen anew for every query (Dynamic Rewarding with Prompt
Optimization). The model itself is never trained.

This package holds the Qt desktop workstation (drpo-studio), which shows
the search live and lets you pause it and edit prompts by hand, and the
command line program (drpo). Both run offline on simulated demo models and
on real endpoints: OpenAI-compatible servers and Anthropic.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "drpo-studio")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # drpo-studio_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Libraries the programs link are found by dpkg-shlibdeps (Qt, qtkeychain, libstdc++...); these
# are loaded at run time as plugins, so it cannot see them: the window system (xcb, wayland)
# and the SQLite driver of the response cache.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# A CJK font so the Chinese interface shows characters, not boxes; Qt's own translations for
# the standard dialogs in German and Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring") # a keychain for API keys (qtkeychain)

# The source tarball is `git archive` of HEAD (scripts/package): exactly the committed files.
include(CPack)
