# One INTERFACE target carries the compiler policy for every target of the project.
add_library(drpo_policy INTERFACE)
target_compile_features(drpo_policy INTERFACE cxx_std_20)
target_compile_options(drpo_policy INTERFACE -Wall -Wextra -Wpedantic)
if(DRPO_WERROR)
  target_compile_options(drpo_policy INTERFACE -Werror)
endif()
target_compile_definitions(drpo_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH)
