// The bundled BNS study (data/kazakhstan-bns) end to end, its study.json members, and the
// consistency of its data files. Expected numbers are computed by hand from the shared BNS file
// kz_gva_by_region_oked_section_2010_2025.csv (million tenge), as the comments show.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app.hpp"
#include "study_json.hpp"

namespace {

using nlohmann::json;

const std::string k_study = ITZONES_DATA_DIR "/kazakhstan-bns/study.json";

struct Run {
  int code = 0;
  std::string out;
  std::string err;
};

Run run(std::vector<std::string> args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = itzones::cli::run_cli(args, out, err);
  return Run{code, out.str(), err.str()};
}

const json& bns_json() {
  static const json doc = [] {
    const Run r = run({"run", k_study, "--format", "json"});
    REQUIRE(r.code == 0);
    return json::parse(r.out);
  }();
  return doc;
}

// The region row of `period` in the specialisation part of the run.
json region_of(const json& doc, const std::string& period, const std::string& id) {
  for (const json& p : doc["specialisation"]["periods"]) {
    if (p["period"] != period) continue;
    for (const json& r : p["regions"]) {
      if (r["region_id"] == id) return r;
    }
  }
  FAIL("no " << id << " in " << period);
  return {};
}

std::vector<std::string> region_ids(const json& doc, const std::string& period) {
  std::vector<std::string> out;
  for (const json& p : doc["specialisation"]["periods"]) {
    if (p["period"] != period) continue;
    for (const json& r : p["regions"]) out.push_back(r["region_id"]);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("bns study: Almaty city in 2014, by hand") {
  // Section J, 2014: ALA 540 535.3, national 1 005 229.0 -> share 540535.3 / 1005229.0 = 0.537724.
  // GVA over sections A..S, 2014: ALA 7 661 393.0, national 36 651 572.2 ->
  // LQ = (540535.3 / 7661393.0) / (1005229.0 / 36651572.2) = 2.572432.
  const json ala = region_of(bns_json(), "2014", "KZ-ALA");
  CHECK(ala["share_of_national_industry"].get<double>() == Approx(540535.3 / 1005229.0).epsilon(1e-12));
  CHECK(ala["location_quotient"].get<double>() ==
        Approx((540535.3 / 7661393.0) / (1005229.0 / 36651572.2)).epsilon(1e-9));
}

TEST_CASE("bns study: newer regions are summed into their 2014 parents") {
  // 2022, J: East Kazakhstan 20 940.6 + Abai 9 896.9 = 30 837.5 of national 2 109 087.4 -> 0.014621.
  CHECK(region_of(bns_json(), "2022", "KZ-VOS")["share_of_national_industry"].get<double>() ==
        Approx(30837.5 / 2109087.4).epsilon(1e-12));
  // 2011, J: Shymkent 6 183.6 + Turkistan 4 497.8 = 10 681.4 (= the printed YKO) of 698 970.9.
  CHECK(region_of(bns_json(), "2011", "KZ-YUZ")["share_of_national_industry"].get<double>() ==
        Approx(10681.4 / 698970.9).epsilon(1e-12));
  const std::vector<std::string> paper_regions = {"KZ-AKM", "KZ-AKT", "KZ-ALA", "KZ-ALM", "KZ-AST", "KZ-ATY",
                                                  "KZ-KAR", "KZ-KUS", "KZ-KZY", "KZ-MAN", "KZ-PAV", "KZ-SEV",
                                                  "KZ-VOS", "KZ-YUZ", "KZ-ZAP", "KZ-ZHA"};
  for (const char* year : {"2010", "2014", "2021", "2024"}) CHECK(region_ids(bns_json(), year) == paper_regions);
  CHECK(bns_json()["boundaries"] == 2014);
  CHECK(bns_json()["merges"] ==
        json::array({"KZ-61 (Turkistan) + KZ-79 (Shymkent) summed into KZ-YUZ (South Kazakhstan): 2011–2024",
                     "KZ-10 (Abai) summed into KZ-VOS (East Kazakhstan): 2021–2024",
                     "KZ-33 (Jetisu) summed into KZ-ALM (Almaty Region): 2021–2024",
                     "KZ-62 (Ulytau) summed into KZ-KAR (Karaganda): 2021–2024"}));
}

TEST_CASE("bns study: what stage 1 lacks, and the industry breakdowns") {
  const json& stage1 = bns_json()["stage1"];
  CHECK(stage1["available"] == false);
  CHECK(stage1["provided"] == json::array({"emissions", "employed", "grp"}));
  CHECK(stage1["missing"] ==
        json::array({"fixed_assets", "innovative_output", "population", "rd_expenditure", "tech_innovation_expenditure"}));
  CHECK(stage1["formable"] == json::array({"labour_productivity", "ecological_efficiency"}));
  CHECK(stage1["not_computed"] == json::array({"rating", "zones"}));
  CHECK(bns_json()["notes"] ==
        json::array({"the industries differ between periods (2010–2013: 11, only there: OTHER_SERVICES; 2014–2024: "
                     "19, only there: I, K, M, N, O, P, Q, R, S): measures over all industries (Krugman, Gini, HHI, "
                     "entropy, Theil, concentration of industries) compare only between periods of one breakdown; the "
                     "share and location quotient of J compare across all periods: J is in every breakdown, and each "
                     "breakdown covers the whole economy"}));
  const Run text = run({"run", k_study});
  CHECK(text.err ==
        "itzones: note: stage 1 (innovation rating) not computed: the sources lack fixed_assets, innovative_output, "
        "population, rd_expenditure, tech_innovation_expenditure; so are the IT-cluster zones\n");
  CHECK(text.out.find("Stage 1 (innovation rating): not computed\n") != std::string::npos);
}

TEST_CASE("bns study: ICT share over time on 2014 boundaries") {
  const json& series = bns_json()["over_time"];
  REQUIRE(series.size() == 3);
  CHECK(series[0]["measure"] == "share_of_national_industry");
  CHECK(series[0]["periods"].size() == 15);
  // Ordered by the share of 2024: Almaty city first.
  CHECK(series[0]["regions"][0]["region_id"] == "KZ-ALA");
  CHECK(series[0]["regions"][0]["values"][4].get<double>() == Approx(540535.3 / 1005229.0).epsilon(1e-12));
}

TEST_CASE("bns study: on the regions as published, the series cannot be compared") {
  const Run r = run({"run", k_study, "--boundaries", "none", "--format", "json"});
  REQUIRE(r.code == 0);
  const json doc = json::parse(r.out);
  CHECK(doc["boundaries"].is_null());
  CHECK(doc["over_time"].empty());
  CHECK(doc["notes"][1] ==
        "no tables over time: periods 2010 and 2011 cover different regions (only in 2010: KZ-YUZ; only in 2011: "
        "KZ-61, KZ-79); KZ-YUZ (South Kazakhstan) was split into KZ-61 (Turkistan), KZ-79 (Shymkent) in 2018; compare "
        "them on the boundaries of one year: --boundaries 2010 (or \"boundaries\": 2010 in the study) sums newer "
        "regions into the regions they were split from");
  CHECK(region_ids(doc, "2024").size() == 20);
  CHECK(run({"run", k_study, "--boundaries", "20x4"}).err ==
        "itzones: error: --boundaries: expected a year such as 2014 or \"none\", got \"20x4\"\n");
  CHECK(run({"run", k_study, "--boundaries", "2020"}).err ==
        "itzones: error: 2010: KZ-YUZ (South Kazakhstan) ceased in 2017 (split into KZ-61 (Turkistan), KZ-79 "
        "(Shymkent)); its figures cannot be divided onto the boundaries of 2020: boundaries only sum newer regions "
        "into the regions they were split from (choose a year up to 2017)\n");
}

TEST_CASE("bns study: the 2010 reference employment of South Kazakhstan is its parts' sum") {
  // employed.csv gives 2010 only for Shymkent (248 513) and Turkistan (843 160): 1 091 673.
  std::ifstream employed(ITZONES_DATA_DIR "/kazakhstan-bns/employed.csv");
  double parts = 0;
  for (std::string line; std::getline(employed, line);) {
    if (line.starts_with("KZ-61,") || line.starts_with("KZ-79,")) {
      if (line.find(",2010,") != std::string::npos) parts += static_cast<double>(std::stol(line.substr(line.rfind(',') + 1)));
    }
  }
  CHECK(parts == 1091673);
  std::ifstream reference(ITZONES_DATA_DIR "/kazakhstan-bns/reference_2010.csv");
  std::stringstream text;
  text << reference.rdbuf();
  CHECK(text.str().find("KZ-YUZ,Южно-Казахстанская,South Kazakhstan,1205298.2,1091673,40.7\n") != std::string::npos);
}

TEST_CASE("study.json: stage1, boundaries and regions") {
  using itzones::io::parse_study;
  const std::string spec = R"("specialisation": {"periods": [{"period": "2014", "file": "g.csv"}]})";
  auto study = parse_study(R"({"name": "x", "stage1": {"available": false, "provided": ["grp"], "reason": "r"},
                               "boundaries": 2014, "regions": "../r.csv", )" + spec + "}",
                           "s.json", "/d/s");
  REQUIRE(study.has_value());
  REQUIRE(study->stage1_unavailable.has_value());
  CHECK(study->stage1_unavailable->provided == std::vector<std::string>{"grp"});
  CHECK(study->stage1_unavailable->reason == "r");
  CHECK(study->periods.empty());
  CHECK(study->boundaries == 2014);
  CHECK(study->regions == "/d/r.csv");
  const auto error = [](const std::string& text) {
    auto s = parse_study(text, "s.json", "/d");
    REQUIRE_FALSE(s.has_value());
    return to_string(s.error());
  };
  CHECK(error(R"({"name": "x", "stage1": {"available": false, "reason": "r"}, "periods": [], )" + spec + "}") ==
        "s.json: at /periods: not read: /stage1/available is false, so the study rates no periods");
  CHECK(error(R"({"name": "x", "stage1": {"available": false, "reason": "r"}})") ==
        "s.json: at /specialisation: missing; a study without stage 1 needs stage-2 data");
  CHECK(error(R"({"name": "x", "boundaries": "2014", "periods": []})") ==
        "s.json: at /boundaries: expected a year such as 2014");
  CHECK(error(R"({"name": "x", "stage1": {"available": false}, )" + spec + "}") ==
        "s.json: at /stage1/reason: missing; expected a string");
}
