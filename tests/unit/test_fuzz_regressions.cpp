// Inputs the fuzzers (tests/fuzz, docs/fuzzing.md) found crashing, as exact-result tests; the
// sanitizer build (scripts/sanitize.sh) turns a relapse into a failure. The raw inputs are kept
// under tests/fuzz/regressions/<target>/.

#include <catch2/catch.hpp>
#include <string>

#include "panel_csv.hpp"

TEST_CASE("fuzz regressions: a panel split into more parts than it has lines") {
  // fuzz_panel, empty-part-null-read: reading three parts of four short lines left a part of no
  // bytes, which copied 0 bytes from a null buffer (UBSan: null passed to memcpy).
  const std::string csv =
      "region_id,industry,year,value\nKZ-ALA,J2014,7\nKZ-AST,J,2015,\"1 234,5\"\nKZ-AKM,C,0015,\x0e";
  for (const unsigned threads : {1u, 2u, 3u}) {
    itzones::io::PanelCsvOptions options;
    options.threads = threads;
    const auto panel = itzones::io::parse_panel_csv(csv, "panel.csv", options);
    REQUIRE_FALSE(panel.has_value());
    CHECK(to_string(panel.error()) == "panel.csv:2: expected 4 fields separated by ',', got 3");
  }
}
