# Included by the top-level CMakeLists.txt before any target is defined.
#
# Any clang: libstdc++ 12's <expected> is enabled only when __cpp_concepts >= 202002L, which
# clang (through 18) does not report although clang 16 implements what <expected> needs; and
# the GCC-only warning names in ITZONES_WARNINGS and fccp.hpp are not errors.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  add_compile_options(-U__cpp_concepts -D__cpp_concepts=202002L -Wno-builtin-macro-redefined
                      -Wno-unknown-warning-option)
endif()

option(ITZONES_FUZZ "Build the libFuzzer targets in tests/fuzz (clang 16+)" OFF)
if(ITZONES_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ITZONES_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++-16")
  endif()
  # Every library is instrumented for coverage and checked by ASan and UBSan.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()
