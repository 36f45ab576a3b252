# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compiler policy for every target of the project.
add_library(drpo_policy INTERFACE)
target_compile_features(drpo_policy INTERFACE cxx_std_20)
target_compile_options(drpo_policy INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)
if(DRPO_WERROR)
  target_compile_options(drpo_policy INTERFACE -Werror)
endif()
# GCC 12 with optimization reports -Warray-bounds and -Wstringop-overflow inside system
# headers: libstdc++'s map and vector where they inline nlohmann::json (core/io,
# core/model), and QList's memset in qarraydataops.h (core/align). Known false positives of
# that compiler that would break an optimized -Werror build; Debug builds keep both.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(drpo_policy INTERFACE
    "$<$<NOT:$<CONFIG:Debug>>:-Wno-array-bounds;-Wno-stringop-overflow>")
endif()
target_compile_definitions(drpo_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH)
