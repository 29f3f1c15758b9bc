// Regions over time: the region table (data/regions/kz_regions.csv), summing newer regions onto
// older boundaries (each split of 2018 and 2022), the refusal of double counting, and the error
// for periods with different regions. Expected sums are worked out by hand in the comments.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "itzones/boundaries.hpp"
#include "itzones/regions.hpp"
#include "region_registry_csv.hpp"

namespace {

using namespace itzones;

const RegionRegistry& kz() {
  static const RegionRegistry registry = [] {
    auto loaded = io::load_region_registry(ITZONES_DATA_DIR "/regions/kz_regions.csv");
    if (!loaded) FAIL(to_string(loaded.error()));
    return *loaded;
  }();
  return registry;
}

std::vector<Region> regions(const std::vector<std::string>& ids) {
  std::vector<Region> out;
  for (const std::string& id : ids) out.push_back(Region{id, id, ""});
  return out;
}

// A one-industry matrix ("J") with the given values, in the given region order.
IndustryMatrix matrix(const std::string& period, const std::vector<std::string>& ids, const std::vector<double>& values) {
  IndustryMatrix m{period, Coverage::economy, regions(ids), {"J"}, {}, {}};
  for (const double v : values) m.values.push_back({v});
  return m;
}

BoundaryMapping map_ok(const std::string& period, const std::vector<std::string>& ids, int year) {
  auto mapping = map_to_boundaries(kz(), period, regions(ids), year);
  if (!mapping) FAIL(to_string(mapping.error()));
  return *mapping;
}

std::string map_error(const std::string& period, const std::vector<std::string>& ids, int year) {
  auto mapping = map_to_boundaries(kz(), period, regions(ids), year);
  REQUIRE_FALSE(mapping.has_value());
  return mapping.error().message;
}

double value_of(const IndustryMatrix& m, const std::string& id) {
  for (std::size_t r = 0; r < m.regions.size(); ++r) {
    if (m.regions[r].id == id) return m.values[r][0];
  }
  FAIL("no region " << id);
  return 0.0;
}

std::vector<std::string> ids_of(const IndustryMatrix& m) {
  std::vector<std::string> out;
  for (const Region& r : m.regions) out.push_back(r.id);
  return out;
}

}  // namespace

TEST_CASE("region table: every code names one stable identity") {
  // ISO 3166-2 of 2014, today's ISO code, KATO and the BNS code of West Kazakhstan.
  for (const char* code : {"KZ-ZAP", "KZ-27", "270000000", "ZKO"}) {
    const RegionIdentity* r = kz().find(code);
    REQUIRE(r != nullptr);
    CHECK(r->id == "KZ-ZAP");
    CHECK(r->names.ru == "Западно-Казахстанская");
    CHECK(r->names.kk == "Батыс Қазақстан облысы");
    CHECK(r->names.en == "West Kazakhstan");
  }
  CHECK(kz().find("SHM")->id == "KZ-79");
  CHECK(kz().find("YKO")->id == "KZ-YUZ");
  CHECK(kz().find("KZ-XXX") == nullptr);
  CHECK(kz().regions().size() == 21);  // 16 regions of 2014 + Turkistan, Shymkent, Abai, Jetisu, Ulytau
}

TEST_CASE("region table: years and splits") {
  const RegionIdentity& yuz = *kz().find("KZ-YUZ");
  CHECK(yuz.exists_in(2017));
  CHECK_FALSE(yuz.exists_in(2018));
  CHECK(kz().dissolved(yuz));
  CHECK(kz().find("KZ-61")->split_from == "KZ-YUZ");
  CHECK(kz().find("KZ-79")->split_from == "KZ-YUZ");
  CHECK(kz().find("KZ-10")->split_from == "KZ-VOS");
  CHECK(kz().find("KZ-33")->split_from == "KZ-ALM");
  CHECK(kz().find("KZ-62")->split_from == "KZ-KAR");
  CHECK_FALSE(kz().find("KZ-10")->exists_in(2021));
  CHECK(kz().find("KZ-10")->exists_in(2022));
  CHECK_FALSE(kz().dissolved(*kz().find("KZ-VOS")));  // East Kazakhstan continues without Abai
}

TEST_CASE("region table: a malformed table is refused") {
  const auto error = [](std::string_view text) {
    auto r = io::parse_region_registry(text, "r.csv");
    REQUIRE_FALSE(r.has_value());
    return to_string(r.error());
  };
  const std::string header = "region_id,name_ru,name_en,first_year,last_year,split_from,bns_code\n";
  CHECK(error(header + "A,а,a,,,,X\nB,б,b,,,,X\n") == "r.csv: code \"X\" names both \"A\" and \"B\"");
  CHECK(error(header + "A,а,a,,,C,\n") == "r.csv: region \"A\" is split from \"C\", which is not a region id of the table");
  CHECK(error(header + "A,а,a,,,,\nB,б,b,,,A,\n") == "r.csv: region \"B\" is split from \"A\" but has no first year");
  CHECK(error(header + "A,а,a,,2000,,\nB,б,b,2005,,A,\n") ==
        "r.csv: region \"B\" is split from \"A\" in 2005, after \"A\" ceased in 2000");
  CHECK(error(header + "A,а,a,20x0,,,\n") == "r.csv:2: column \"first_year\": expected a year or nothing, got \"20x0\"");
  CHECK(error("region_id,name_ru\nA,а\n") == "r.csv:1: column \"name_en\": no such column");
}

TEST_CASE("boundaries: 2018, South Kazakhstan = Turkistan region + Shymkent city") {
  // 2020 on the regions of 2014: KZ-61 (5) and KZ-79 (7) become KZ-YUZ = 12; Almaty is unchanged.
  IndustryMatrix m = matrix("2020", {"KZ-ALA", "KZ-61", "KZ-79"}, {100, 5, 7});
  const BoundaryMapping mapping = map_ok("2020", {"KZ-ALA", "KZ-61", "KZ-79"}, 2014);
  const IndustryMatrix on2014 = apply_mapping(m, mapping);
  CHECK(ids_of(on2014) == std::vector<std::string>{"KZ-ALA", "KZ-YUZ"});
  CHECK(value_of(on2014, "KZ-YUZ") == 12);
  CHECK(value_of(on2014, "KZ-ALA") == 100);
  CHECK(on2014.regions[1].name == "Южно-Казахстанская");
  CHECK(on2014.regions[1].name_en == "South Kazakhstan");
  // The BNS back-casts the parts: Shymkent and Turkistan in 2011 also sum into KZ-YUZ.
  CHECK(map_ok("2011", {"TRK", "SHM"}, 2014).groups.size() == 1);
  // On the boundaries of 2018 the parts stay apart.
  CHECK(map_ok("2020", {"KZ-61", "KZ-79"}, 2018).groups.size() == 2);
}

TEST_CASE("boundaries: 2022, Abai from East Kazakhstan, Jetisu from Almaty region, Ulytau from Karaganda") {
  // Each parent of 2022 is the remainder; the part is summed back: 10+1, 20+2, 30+3.
  const std::vector<std::string> ids = {"KZ-VOS", "KZ-10", "KZ-ALM", "KZ-33", "KZ-KAR", "KZ-62"};
  const IndustryMatrix m = matrix("2022", ids, {10, 1, 20, 2, 30, 3});
  const IndustryMatrix on2014 = apply_mapping(m, map_ok("2022", ids, 2014));
  CHECK(ids_of(on2014) == std::vector<std::string>{"KZ-VOS", "KZ-ALM", "KZ-KAR"});
  CHECK(value_of(on2014, "KZ-VOS") == 11);
  CHECK(value_of(on2014, "KZ-ALM") == 22);
  CHECK(value_of(on2014, "KZ-KAR") == 33);
}

TEST_CASE("boundaries: the BNS back-cast of 2021 reads the parent as the remainder") {
  // GVA in J, 2021 (BNS, million tenge): East Kazakhstan without Abai 22803.2, Abai 8981.6;
  // on 2014 boundaries East Kazakhstan = 22803.2 + 8981.6 = 31784.8.
  const IndustryMatrix m = matrix("2021", {"VKO", "ABY"}, {22803.2, 8981.6});
  const IndustryMatrix on2014 = apply_mapping(m, map_ok("2021", {"VKO", "ABY"}, 2014));
  CHECK(value_of(on2014, "KZ-VOS") == Approx(31784.8));
  // The same region in 2020, without Abai's row, is the whole: nothing to add.
  CHECK(map_ok("2020", {"VKO"}, 2014).groups.front().rows.size() == 1);
}

TEST_CASE("boundaries: Astana keeps its identity while named Nur-Sultan (2019-2022)") {
  const BoundaryMapping mapping = map_ok("2020", {"AST"}, 2014);
  REQUIRE(mapping.groups.size() == 1);
  CHECK(mapping.groups.front().region.id == "KZ-AST");
  CHECK(mapping.groups.front().region.name == "г. Астана");
  CHECK(kz().find("KZ-71") == kz().find("KZ-AST"));
  CHECK(describe_merges(kz(), {mapping}).empty());
}

TEST_CASE("boundaries: a table's additive columns are summed and its ratios recomputed") {
  // Shymkent: grp 300, employed 100, printed productivity 3; Turkistan: grp 200, employed 100,
  // printed 2. South Kazakhstan: grp 500, employed 200; the printed ratio is dropped, so the
  // rating recomputes 500 / 200 = 2.5 instead of adding 3 + 2.
  RegionTable t;
  t.regions = regions({"KZ-79", "KZ-61"});
  t.rows = {{"t.csv", 2}, {"t.csv", 3}};
  t.columns["grp"] = {Cell{300.0, 1, {}}, Cell{200.0, 0, {}}};
  t.columns["employed"] = {Cell{100.0, 0, {}}, Cell{std::nullopt, 0, {}}};
  t.columns["labour_productivity"] = {Cell{3.0, 2, {}}, Cell{2.0, 2, {}}};
  const RegionTable out = apply_mapping(t, map_ok("2019", {"KZ-79", "KZ-61"}, 2014), {"grp", "employed"});
  REQUIRE(out.regions.size() == 1);
  CHECK(out.regions[0].id == "KZ-YUZ");
  CHECK(out.columns.at("grp")[0].value == 500.0);
  CHECK(out.columns.at("grp")[0].decimals == 1);
  CHECK_FALSE(out.columns.at("employed")[0].value.has_value());  // a part is missing: so is the sum
  CHECK_FALSE(out.columns.at("labour_productivity")[0].value.has_value());
  CHECK(out.rows[0].line == 2);
}

TEST_CASE("boundaries: never a parent and its parts together") {
  CHECK(map_error("2014", {"YKO", "SHM", "TRK"}, 2014) ==
        "2014: KZ-YUZ (South Kazakhstan) has a row beside its parts KZ-61 (Turkistan), KZ-79 (Shymkent): it is their "
        "sum (split in 2018), so their figures would be counted twice; keep either KZ-YUZ or its parts");
  auto checked = check_no_double_counting(kz(), "2014", regions({"KZ-AKM", "KZ-YUZ", "KZ-79"}));
  REQUIRE_FALSE(checked.has_value());
  CHECK(checked.error().message ==
        "2014: KZ-YUZ (South Kazakhstan) has a row beside its part KZ-79 (Shymkent): it includes that part (split in "
        "2018), so that part's figures would be counted twice; keep either KZ-YUZ or its parts");
  auto twice = check_no_double_counting(kz(), "2014", regions({"KZ-AKM", "AKM"}));
  REQUIRE_FALSE(twice.has_value());
  CHECK(twice.error().message == "2014: rows \"KZ-AKM\" and \"AKM\" both name KZ-AKM (Akmola)");
  // A continuing parent beside its part is the BNS back-cast, not double counting; unknown ids pass.
  CHECK(check_no_double_counting(kz(), "2021", regions({"KZ-VOS", "KZ-10", "R1"})).has_value());
}

TEST_CASE("boundaries: regions are summed, never divided") {
  CHECK(map_error("2014", {"KZ-YUZ"}, 2020) ==
        "2014: KZ-YUZ (South Kazakhstan) ceased in 2017 (split into KZ-61 (Turkistan), KZ-79 (Shymkent)); its figures "
        "cannot be divided onto the boundaries of 2020: boundaries only sum newer regions into the regions they were "
        "split from (choose a year up to 2017)");
  CHECK(map_error("2014", {"KZ-VOS"}, 2022) ==
        "2014: KZ-VOS (East Kazakhstan) of 2014 includes KZ-10 (Abai), split from it in 2022, which has no row of its "
        "own; its figures cannot be divided onto the boundaries of 2022 (choose a year before 2022)");
}

TEST_CASE("boundaries: a region that cannot be formed from the rows") {
  CHECK(map_error("2022", {"KZ-VOS"}, 2014) ==
        "2022: KZ-10 (Abai) was split from KZ-VOS (East Kazakhstan) in 2022 and has no row: KZ-VOS on the boundaries "
        "of 2014 cannot be formed");
  CHECK(map_error("2022", {"KZ-10"}, 2014) ==
        "2022: KZ-10 (Abai) is a part of KZ-VOS (East Kazakhstan), which has no row: KZ-VOS on the boundaries of "
        "2014 cannot be formed");
  CHECK(map_error("2010", {"KZ-79"}, 2014) ==
        "2010: KZ-61 (Turkistan) was split from KZ-YUZ (South Kazakhstan) in 2018 and has no row: KZ-YUZ on the "
        "boundaries of 2014 cannot be formed");
  CHECK(map_error("2014", {"KZ-XXX"}, 2014) == "2014: region \"KZ-XXX\" is not in the region table");
  CHECK(map_error("base", {"KZ-AKM"}, 2014) == "period \"base\" is not a year: boundaries need the year of the data");
}

TEST_CASE("boundaries: what was summed, with the periods") {
  const std::vector<BoundaryMapping> mappings = {
      map_ok("2010", {"KZ-YUZ"}, 2014), map_ok("2011", {"KZ-61", "KZ-79"}, 2014),
      map_ok("2012", {"KZ-61", "KZ-79"}, 2014), map_ok("2021", {"KZ-61", "KZ-79", "KZ-VOS", "KZ-10"}, 2014)};
  CHECK(describe_merges(kz(), mappings) ==
        std::vector<std::string>{
            "KZ-61 (Turkistan) + KZ-79 (Shymkent) summed into KZ-YUZ (South Kazakhstan): 2011–2012, 2021",
            "KZ-10 (Abai) summed into KZ-VOS (East Kazakhstan): 2021"});
}

TEST_CASE("boundaries: periods with different regions say which and how to compare them") {
  const std::vector<std::string> y2014 = {"KZ-AKM", "KZ-VOS", "KZ-YUZ"};
  const std::vector<std::string> y2022 = {"KZ-AKM", "KZ-VOS", "KZ-10", "KZ-61", "KZ-79"};
  auto checked = check_same_regions(&kz(), {{"2014", y2014}, {"2022", y2022}}, Comparison::rating);
  REQUIRE_FALSE(checked.has_value());
  CHECK(checked.error().message ==
        "periods 2014 and 2022 rate different regions (only in 2014: KZ-YUZ; only in 2022: KZ-10, KZ-61, KZ-79); "
        "KZ-YUZ (South Kazakhstan) was split into KZ-61 (Turkistan), KZ-79 (Shymkent) in 2018; KZ-10 (Abai) was split "
        "from KZ-VOS (East Kazakhstan) in 2022; compare them on the boundaries of one year: --boundaries 2014 (or "
        "\"boundaries\": 2014 in the study) sums newer regions into the regions they were split from");
  // Without a split to explain it, the message ends as compare_periods()'s does.
  auto plain = check_same_regions(nullptr, {{"2010", {"A", "B"}}, {"2014", {"A"}}}, Comparison::series);
  REQUIRE_FALSE(plain.has_value());
  CHECK(plain.error().message ==
        "periods 2010 and 2014 cover different regions (only in 2010: B; only in 2014: none); give both periods the "
        "same region_ids");
  CHECK(check_same_regions(&kz(), {{"2014", y2014}, {"2015", y2014}}, Comparison::rating).has_value());
}
