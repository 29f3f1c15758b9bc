#pragma once
// fast-cpp-csv-parser's header misses <limits>; include it first (design §7).
#include <limits>

// We hand LineReader whole files already in memory: its reader thread (one per block) would
// only add thread start-up to every table read (it made the CSV fuzz target 100x slower).
#define CSV_IO_NO_THREAD

// Its error classes copy file names with strncpy, which g++ flags once inlined into our code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>
#pragma GCC diagnostic pop
