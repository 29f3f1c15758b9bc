// The audit of printed derived columns against their recomputation: the agreement rule on a
// synthetic table, then the paper's Tables 2-5.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "inputs.hpp"
#include "itzones/audit.hpp"
#include "itzones/evaluation.hpp"
#include "itzones/method.hpp"
#include "region_table_csv.hpp"
#include "study_json.hpp"

namespace {

using itzones::AuditFinding;
using itzones::FindingKind;

// One indicator xy = x / y, printed in column "xy"; one group.
itzones::Method ratio_method() {
  itzones::Method m;
  m.id = "ratio";
  itzones::Indicator ind;
  ind.id = "xy";
  ind.symbol = "S";
  ind.group = "g";
  ind.numerator = "x";
  ind.denominator = "y";
  ind.published = "xy";
  m.indicators = {ind};
  itzones::Group g;
  g.id = "g";
  g.symbol = "G";
  m.groups = {g};
  m.classes = {{"A", 50, {}}, {"B", 0, {}}};
  return m;
}

std::vector<AuditFinding> audit_text(const std::string& text) {
  const itzones::Method m = ratio_method();
  auto table = itzones::io::parse_region_table(text, "s.csv", itzones::input_columns(m), {});
  if (!table) FAIL(itzones::to_string(table.error()));
  return itzones::audit(*table, m, "2020");
}

std::vector<itzones::PeriodInput> paper_periods() {
  auto study = itzones::io::load_study(ITZONES_DATA_DIR "/kazakhstan/study.json");
  if (!study) FAIL(itzones::to_string(study.error()));
  auto periods = itzones::io::load_periods(*study, itzones::kireyeva2017(), {});
  if (!periods) FAIL(itzones::to_string(periods.error()));
  return *periods;
}

std::vector<AuditFinding> paper_findings(std::size_t period) {
  static const std::vector<itzones::PeriodInput> periods = paper_periods();
  return itzones::audit(periods[period].table, itzones::kireyeva2017(), periods[period].period);
}

std::vector<AuditFinding> of_column(const std::vector<AuditFinding>& all, const std::string& column) {
  std::vector<AuditFinding> out;
  for (const AuditFinding& f : all) {
    if (f.column == column) out.push_back(f);
  }
  return out;
}

struct Expected {
  std::string region_id;
  double printed;
  double recomputed;
  std::vector<std::string> matches;
};

void check_mismatches(const std::vector<AuditFinding>& found, const std::vector<Expected>& expected,
                      double tolerance) {
  REQUIRE(found.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(expected[i].region_id);
    CHECK(found[i].kind == FindingKind::mismatch);
    CHECK(found[i].period == "2014");
    CHECK(found[i].region_id == expected[i].region_id);
    CHECK(found[i].printed == expected[i].printed);
    CHECK(found[i].recomputed == Approx(expected[i].recomputed).margin(tolerance));
    CHECK(found[i].matches_regions == expected[i].matches);
  }
}

}  // namespace

TEST_CASE("audit::audit agrees within half a unit of the last printed digit") {
  // x / y against the printed xy, with d printed decimals: agreement when |v - r| <= 0.5*10^-d.
  //   R1  1/3 = 0.3333  printed 0.33  |diff| 0.0033 <= 0.005   agrees
  //   R2  2/3 = 0.6667  printed 0.66  |diff| 0.0067 >  0.005   mismatch (equals no other row)
  //   R3  1/8 = 0.125   printed 0.12  |diff| 0.005  =  0.005   agrees (the boundary is in)
  //   R4  5/4 = 1.25    printed 1.3   |diff| 0.05   =  0.05    agrees (the boundary is in)
  //   R5  1/1 = 1       printed 0.33  |diff| 0.67   >  0.005   mismatch; it is R1's 0.3333
  //   R6  7/2 = 3.5     printed 4     |diff| 0.5    =  0.5     agrees (0 decimals)
  const auto findings = audit_text(
      "region_id,x,y,xy\n"
      "R1,1,3,\"0,33\"\n"
      "R2,2,3,0.66\n"
      "R3,1,8,0.12\n"
      "R4,5,4,1.3\n"
      "R5,1,1,0.33\n"
      "R6,7,2,4\n");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].region_id == "R2");
  CHECK(findings[0].column == "xy");
  CHECK(findings[0].printed == 0.66);
  CHECK(findings[0].recomputed == Approx(2.0 / 3).margin(1e-12));
  CHECK(findings[0].decimals == 2);
  CHECK(findings[0].matches_regions.empty());
  CHECK(findings[0].where.file == "s.csv");
  CHECK(findings[0].where.line == 3);
  CHECK(itzones::describe(findings[0]) == "2020: R2 \"xy\" printed 0.66, recomputed 0.6667");
  CHECK(findings[1].region_id == "R5");
  CHECK(findings[1].matches_regions == std::vector<std::string>{"R1"});
  CHECK(itzones::describe(findings[1]) ==
        "2020: R5 \"xy\" printed 0.33, recomputed 1.0000 (the printed value is the recomputed "
        "value of R1)");
}

TEST_CASE("audit::audit flags a printed column too coarse for two-decimal indices") {
  // Both rows agree with their printed values, but with one indicator the index is its share:
  //   recomputed  R1 (1/3)/1 * 100 = 33.333   R2 100
  //   printed     R1 0.33/1  * 100 = 33.000   R2 100
  // so R1's index moves by 0.333 >= 0.005 (half the last digit of a 2-decimal index).
  const auto findings = audit_text("region_id,x,y,xy\nR1,1,3,0.33\nR2,1,1,1\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == FindingKind::precision);
  CHECK(findings[0].column == "xy");
  CHECK(findings[0].regions_moved == 1);
  CHECK(findings[0].max_index_shift == Approx(1.0 / 3).margin(1e-9));
  CHECK(findings[0].decimals == 2);
  CHECK(itzones::describe(findings[0]) ==
        "2020: \"xy\" is printed to 2 decimals; using it instead of the recomputed ratio moves 1 "
        "indices by 0.005 or more (at most 0.3333), so the printed column cannot reproduce "
        "indices to 2 decimals");
}

TEST_CASE("audit::audit skips a column that agrees finely enough, or cannot be recomputed") {
  // 1/3 printed to 6 decimals moves the index by 0.0000003: no finding.
  CHECK(audit_text("region_id,x,y,xy\nR1,1,3,0.333333\nR2,1,1,1\n").empty());
  // A missing component or printed value is not audited.
  CHECK(audit_text("region_id,x,y,xy\nR1,1,...,0.5\nR2,1,1,...\nR3,1,1,1\n").empty());
}

TEST_CASE("audit::audit finds the 2014 rows of Table 4 that carry another region's ratios") {
  // Table 4 lists West Kazakhstan 5th and East Kazakhstan 14th, but its three ratio columns
  // follow Table 5's order (East 5th, West 7th): seven rows print another region's ratio.
  // Recomputed by hand from Table 4's raw columns (GRP, employed, fixed assets, emissions):
  //   row     GRP/emissions               GRP/employed*1e3             GRP/fixed assets
  //   KZ-ZAP  1911912.3/44.7  = 42772.087  1911912.3/316800  = 6035.077  1911912.3/2379400 = 0.8035
  //   KZ-KAR  2908696.8/603.6 =  4818.915  2908696.8/678400  = 4287.584  2908696.8/2707500 = 1.0743
  //   KZ-KUS  1398676.5/103.8 = 13474.725  1398676.5/493900  = 2831.902  1398676.5/1508400 = 0.9273
  //   KZ-KZY  1318201.2/30.8  = 42798.740  1318201.2/311100  = 4237.227  1318201.2/2281900 = 0.5777
  //   KZ-MAN  2278679.2/88.3  = 25806.106  2278679.2/248800  = 9158.678  2278679.2/3294300 = 0.6917
  //   KZ-YUZ  2399860.9/59.9  = 40064.456  2399860.9/1163200 = 2063.154  2399860.9/2032600 = 1.1807
  //   KZ-VOS  2288551.2/129.6 = 17658.574  2288551.2/705500  = 3243.871  2288551.2/2296700 = 0.9965
  // Each row prints the value of the row above it in this list (West Kazakhstan's prints East
  // Kazakhstan's): e.g. 17658.6 in West Kazakhstan's row is East Kazakhstan's 17658.57.
  const std::vector<AuditFinding> all = paper_findings(1);
  for (const AuditFinding& f : all) CHECK(f.kind == FindingKind::mismatch);
  CHECK(all.size() == 21);

  check_mismatches(of_column(all, "ecological_efficiency"),
                   {{"KZ-ZAP", 17658.6, 42772.087, {"KZ-VOS"}},
                    {"KZ-KAR", 42772.1, 4818.915, {"KZ-ZAP"}},
                    {"KZ-KUS", 4818.9, 13474.725, {"KZ-KAR"}},
                    {"KZ-KZY", 13474.7, 42798.740, {"KZ-KUS"}},
                    {"KZ-MAN", 42798.7, 25806.106, {"KZ-KZY"}},
                    {"KZ-YUZ", 25806.1, 40064.456, {"KZ-MAN"}},
                    {"KZ-VOS", 40064.5, 17658.574, {"KZ-YUZ"}}},
                   0.001);
  check_mismatches(of_column(all, "labour_productivity"),
                   {{"KZ-ZAP", 3243.87, 6035.077, {"KZ-VOS"}},
                    {"KZ-KAR", 6035.08, 4287.584, {"KZ-ZAP"}},
                    {"KZ-KUS", 4287.58, 2831.902, {"KZ-KAR"}},
                    {"KZ-KZY", 2831.90, 4237.227, {"KZ-KUS"}},
                    {"KZ-MAN", 4237.23, 9158.678, {"KZ-KZY"}},
                    {"KZ-YUZ", 9158.68, 2063.154, {"KZ-MAN"}},
                    {"KZ-VOS", 2063.15, 3243.871, {"KZ-YUZ"}}},
                   0.001);
  // Two decimals are ambiguous here: 1.00 is within 0.005 of Akmola's 1054074.4/1051700 =
  // 1.0023 as well as East Kazakhstan's 0.9965, and 1.18 of Almaty's 8153984.2/6903200 = 1.1812
  // as well as South Kazakhstan's 1.1807.
  check_mismatches(of_column(all, "capital_productivity"),
                   {{"KZ-ZAP", 1.00, 0.8035, {"KZ-AKM", "KZ-VOS"}},
                    {"KZ-KAR", 0.80, 1.0743, {"KZ-ZAP"}},
                    {"KZ-KUS", 1.07, 0.9273, {"KZ-KAR"}},
                    {"KZ-KZY", 0.93, 0.5777, {"KZ-KUS"}},
                    {"KZ-MAN", 0.58, 0.6917, {"KZ-KZY"}},
                    {"KZ-YUZ", 0.69, 1.1807, {"KZ-MAN"}},
                    {"KZ-VOS", 1.18, 0.9965, {"KZ-YUZ", "KZ-ALA"}}},
                   0.0001);

  // The finding points at the printed cell: West Kazakhstan is Table 4's 5th row, line 6.
  const AuditFinding west = of_column(all, "ecological_efficiency").front();
  CHECK(west.where.file.ends_with("table4_2014.csv"));
  CHECK(west.where.line == 6);
  CHECK(west.decimals == 1);
  CHECK(itzones::describe(west) ==
        "2014: KZ-ZAP \"ecological_efficiency\" printed 17658.6, recomputed 42772.087 (the "
        "printed value is the recomputed value of KZ-VOS)");
}

TEST_CASE("audit::audit finds 2010's coarse capital productivity and South Kazakhstan's S_B") {
  const std::vector<AuditFinding> all = paper_findings(0);
  REQUIRE(all.size() == 2);

  // Capital productivity is printed to 2 decimals. The best region is Karaganda either way
  // (1872600/931813 = 2.009631 recomputed, 2.01 printed), and the index weight of one share is
  // 1/2 * 1/3 = 1/6. East Kazakhstan: 1048779/1854748 = 0.565456 -> 28.137% recomputed,
  // 0.57/2.01 -> 28.358% printed, so its index moves (28.358 - 28.137)/6 = 0.0368, the most.
  // Every region but Karaganda (100% both ways) and Mangystau (1205298/1126805 = 1.069659 ->
  // 53.227%, 1.07/2.01 -> 53.234%, moves 0.0012) moves by 0.005 or more: 14 regions.
  const AuditFinding& precision = all[0];
  CHECK(precision.kind == FindingKind::precision);
  CHECK(precision.period == "2010");
  CHECK(precision.column == "capital_productivity");
  CHECK(precision.decimals == 2);
  CHECK(precision.regions_moved == 14);
  CHECK(precision.max_index_shift == Approx(0.0368).margin(0.0001));
  CHECK(precision.max_index_shift > 0.005);

  // Table 3: South Kazakhstan's technological-innovation spend per employed is printed
  // 192 568,00, but 139824.7e6 / 726100 = 192569.48; no other region has that value.
  const AuditFinding& yuz = all[1];
  CHECK(yuz.kind == FindingKind::mismatch);
  CHECK(yuz.column == "tech_innovation_per_employed");
  CHECK(yuz.region_id == "KZ-YUZ");
  CHECK(yuz.printed == 192568.00);
  CHECK(yuz.recomputed == Approx(192569.48).margin(0.005));
  CHECK(yuz.matches_regions.empty());
  CHECK(yuz.where.file.ends_with("table3_2010.csv"));
  CHECK(yuz.where.line == 15);  // Table 3's 14th row
  CHECK(itzones::describe(yuz) ==
        "2010: KZ-YUZ \"tech_innovation_per_employed\" printed 192568.00, recomputed 192569.4808");
}
