#pragma once
// fast-cpp-csv-parser's header misses <limits>; include it first (design §7).
#include <limits>

// Its error classes copy file names with strncpy, which g++ flags once inlined into our code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>
#pragma GCC diagnostic pop
