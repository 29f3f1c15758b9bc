// Method files (docs/method.md): the shipped paper method, the schema's defaults, and the exact
// message of every kind of mistake, with the JSON path it names.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "app.hpp"
#include "inputs.hpp"
#include "itzones/hierarchy.hpp"
#include "itzones/rating.hpp"
#include "method_json.hpp"
#include "study_json.hpp"

namespace {

using namespace itzones;

Method parsed(const std::string& text) {
  auto m = io::parse_method(text, "m.json");
  if (!m) FAIL(to_string(m.error()));
  return *m;
}

std::string error_of(const std::string& text) {
  auto m = io::parse_method(text, "m.json");
  REQUIRE_FALSE(m.has_value());
  return to_string(m.error());
}

// A valid method with `groups` and `indicators` (JSON arrays) and `extra` top-level members.
std::string method_text(const std::string& groups, const std::string& indicators, const std::string& extra = "") {
  return R"({"id": "m", )" + extra + R"("groups": )" + groups + R"(, "indicators": )" + indicators + "}";
}

const std::string k_group = R"([{"id": "g"}])";
const std::string k_indicator = R"([{"id": "a", "group": "g", "column": "a"}])";

std::string run(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = cli::run_cli(args, out, err);
  INFO(err.str());
  REQUIRE(code == 0);
  return out.str();
}

}  // namespace

TEST_CASE("method file: the shipped paper method is the built-in one") {
  auto file = io::load_method(std::string(ITZONES_DATA_DIR) + "/methods/kireyeva2017.json");
  if (!file) FAIL(to_string(file.error()));
  const Method builtin = kireyeva2017();
  CHECK(file->id == builtin.id);
  CHECK(file->name.ru == builtin.name.ru);
  REQUIRE(file->indicators.size() == builtin.indicators.size());
  for (std::size_t k = 0; k < builtin.indicators.size(); ++k) {
    const Indicator& a = file->indicators[k];
    const Indicator& b = builtin.indicators[k];
    CHECK(a.id == b.id);
    CHECK(a.symbol == b.symbol);
    CHECK(a.group == b.group);
    CHECK(a.numerator == b.numerator);
    CHECK(a.denominator == b.denominator);
    CHECK(a.scale == b.scale);
    CHECK(a.published == b.published);
    CHECK(a.label.en == b.label.en);
    CHECK(a.unit.ru == b.unit.ru);
    CHECK(a.direction == b.direction);
    CHECK(a.weight == b.weight);
  }
  REQUIRE(file->groups.size() == builtin.groups.size());
  for (std::size_t g = 0; g < builtin.groups.size(); ++g) {
    CHECK(file->groups[g].id == builtin.groups[g].id);
    CHECK(file->groups[g].weight == builtin.groups[g].weight);
    CHECK(file->groups[g].parent == builtin.groups[g].parent);
  }
  REQUIRE(file->classes.size() == builtin.classes.size());
  for (std::size_t c = 0; c < builtin.classes.size(); ++c) {
    CHECK(file->classes[c].name == builtin.classes[c].name);
    CHECK(file->classes[c].lower == builtin.classes[c].lower);
  }
  CHECK(file->normalisation == builtin.normalisation);
  CHECK(hierarchy(*file)->aggregation == hierarchy(builtin)->aggregation);
  CHECK(file->missing == builtin.missing);

  // And rates the paper's data bit for bit as the built-in one.
  const auto study = io::load_study(std::string(ITZONES_DATA_DIR) + "/kazakhstan/study.json");
  REQUIRE(study.has_value());
  const auto periods = io::load_periods(*study, builtin, {});
  REQUIRE(periods.has_value());
  for (const PeriodInput& p : *periods) {
    const auto a = rate(p.table, *file, p.period);
    const auto b = rate(p.table, builtin, p.period);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    REQUIRE(a->regions.size() == b->regions.size());
    for (std::size_t r = 0; r < b->regions.size(); ++r) {
      CHECK(a->regions[r].region.id == b->regions[r].region.id);
      CHECK(a->regions[r].index == b->regions[r].index);
      CHECK(a->regions[r].groups == b->regions[r].groups);
      CHECK(a->regions[r].rating_class == b->regions[r].rating_class);
      for (std::size_t k = 0; k < b->regions[r].indicators.size(); ++k) {
        CHECK(a->regions[r].indicators[k].normalised == b->regions[r].indicators[k].normalised);
      }
    }
  }
}

TEST_CASE("method file: what may be left out") {
  const Method m = parsed(method_text(k_group, k_indicator));
  CHECK(m.name.en == "m");
  CHECK(m.normalisation == Normalisation{});
  CHECK(m.aggregation == std::vector<Aggregation>{Aggregation::arithmetic});
  CHECK(m.missing == MissingTreatment::error);
  CHECK(m.classes.empty());
  const Indicator& a = m.indicators.front();
  CHECK(a.symbol == "a");
  CHECK(a.numerator == "a");
  CHECK_FALSE(a.denominator.has_value());
  CHECK(a.direction == Direction::higher_is_better);
  CHECK(a.weight == 1.0);
  CHECK_FALSE(a.normalisation.has_value());
}

TEST_CASE("method file: every feature") {
  const Method m = parsed(R"({
    "id": "full", "name": "Full",
    "normalisation": {"method": "min_max", "range": [1, 100]},
    "aggregation": ["arithmetic", "geometric", "harmonic"],
    "missing": "impute_median",
    "groups": [{"id": "g", "parent": "p", "weight": 2, "label": {"en": "G", "ru": "Г"}}, {"id": "p"}],
    "indicators": [
      {"id": "a", "group": "g", "numerator": "x", "denominator": "y", "scale": 1000, "direction": "lower",
       "weight": 0.5, "normalisation": {"method": "goalposts", "goalposts": [0, 8]}, "unit": "t"}
    ],
    "classes": [{"name": "high", "lower": 50}, {"name": "low", "lower": 0}]
  })");
  CHECK(m.normalisation == Normalisation{NormalisationKind::min_max, 1.0, 100.0});
  CHECK(m.aggregation.size() == 3);
  CHECK(m.missing == MissingTreatment::impute_median);
  CHECK(m.groups[0].parent == "p");
  CHECK(m.groups[0].weight == 2.0);
  CHECK(m.groups[0].label.ru == "Г");
  const Indicator& a = m.indicators.front();
  CHECK(*a.denominator == "y");
  CHECK(a.scale == 1000.0);
  CHECK(a.direction == Direction::lower_is_better);
  CHECK(a.weight == 0.5);
  CHECK(*a.normalisation == Normalisation{NormalisationKind::goalposts, 0.0, 8.0});
  CHECK(a.unit.ru == "t");
  CHECK(m.classes[1].name == "low");
}

TEST_CASE("method file: mistakes are named with their JSON path") {
  CHECK(error_of(R"({"id": "m",})").starts_with("m.json:1:12: invalid JSON: "));
  CHECK(error_of(method_text(k_group, k_indicator, R"("weight": 1, )")) ==
        "m.json: at /weight: unknown key; expected one of: id, name, normalisation, aggregation, missing, groups, "
        "indicators, classes");
  CHECK(error_of(R"({"id": "m", "indicators": []})") == "m.json: at /groups: missing; expected an array");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a", "direction": "up"}])")) ==
        "m.json: at /indicators/0/direction: expected \"higher\" or \"lower\"");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a", "numerator": "a"}])")) ==
        "m.json: at /indicators/0: expected either \"column\" or \"numerator\" (with \"denominator\")");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "h", "column": "a"}])")) ==
        "m.json: at /indicators/0/group: unknown group \"h\"");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a"},
                                          {"id": "a", "group": "g", "column": "b"}])")) ==
        "m.json: at /indicators/1/id: duplicate indicator id \"a\"");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a", "weight": 0}])")) ==
        "m.json: at /indicators/0/weight: expected a positive weight, got 0");
  CHECK(error_of(method_text(k_group, k_indicator, R"("missing": "skip", )")) ==
        "m.json: at /missing: expected error, drop, impute_mean or impute_median");
}

TEST_CASE("method file: normalisation and aggregation mistakes") {
  CHECK(error_of(method_text(k_group, k_indicator, R"("normalisation": "log", )")) ==
        "m.json: at /normalisation: expected one of percent_of_best, min_max, z_score, rank, percentile_rank, "
        "goalposts");
  CHECK(error_of(method_text(k_group, k_indicator, R"("normalisation": {"method": "min_max", "range": [100, 0]}, )")) ==
        "m.json: at /normalisation/range: expected [lower, upper] with lower < upper, got [100, 0]");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a",
                                          "normalisation": {"method": "goalposts"}}])")) ==
        "m.json: at /indicators/0/normalisation/goalposts: missing; expected [lower, upper]");
  CHECK(error_of(method_text(k_group, k_indicator, R"("aggregation": "median", )")) ==
        "m.json: at /aggregation: expected arithmetic, geometric or harmonic");
  CHECK(error_of(method_text(k_group, k_indicator, R"("aggregation": ["arithmetic", "arithmetic", "geometric"], )")) ==
        "m.json: at /aggregation: expected 1 entry or 2 (one per level above the indicators, the index last), got 3");
}

TEST_CASE("method file: mistakes inside indicators, groups and per-level lists") {
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a", "wieght": 2}])")) ==
        "m.json: at /indicators/0/wieght: unknown key; expected one of: id, symbol, group, column, numerator, "
        "denominator, scale, published, direction, weight, normalisation, label, unit");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a", "scale": 10}])")) ==
        "m.json: at /indicators/0/scale: only with \"numerator\", not with \"column\"");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a",
                                          "normalisation": {"method": "log"}}])")) ==
        "m.json: at /indicators/0/normalisation/method: expected one of percent_of_best, min_max, z_score, rank, "
        "percentile_rank, goalposts");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a",
                                          "normalisation": {"method": "goalposts", "goalposts": [5, 5]}}])")) ==
        "m.json: at /indicators/0/normalisation/goalposts: expected [lower, upper] with lower < upper, got [5, 5]");
  CHECK(error_of(method_text(k_group, k_indicator, R"("normalisation": "goalposts", )")) ==
        "m.json: at /normalisation: goalposts need {\"method\": \"goalposts\", \"goalposts\": [lower, upper]}");
  CHECK(error_of(method_text(k_group, k_indicator, R"("normalisation": {"method": "min_max", "range": [1]}, )")) ==
        "m.json: at /normalisation/range: expected [lower, upper]");
  CHECK(error_of(method_text(k_group, k_indicator, R"("aggregation": ["arithmetic", 3], )")) ==
        "m.json: at /aggregation/1: expected arithmetic, geometric or harmonic");
  CHECK(error_of(method_text(R"([{"id": "g", "weight": -1}])", k_indicator)) ==
        "m.json: at /groups/0/weight: expected a positive weight, got -1");
  CHECK(error_of(method_text(k_group, R"([{"id": "a", "group": "g", "column": "a", "label": 5}])")) ==
        "m.json: at /indicators/0/label: expected a string or an object with \"en\" and \"ru\"");
}

TEST_CASE("method file: the hierarchy must be a balanced tree") {
  const std::string two = R"([{"id": "a", "group": "g", "column": "a"}, {"id": "b", "group": "h", "column": "b"}])";
  CHECK(error_of(method_text(R"([{"id": "g", "parent": "p"}])", k_indicator)) ==
        "m.json: at /groups/0/parent: unknown group \"p\"");
  CHECK(error_of(method_text(R"([{"id": "g"}, {"id": "h", "parent": "g"}])", k_indicator)) ==
        "m.json: at /groups/0: group \"g\" holds both indicators and groups; give its indicators a group of their own");
  CHECK(error_of(method_text(R"([{"id": "g"}, {"id": "h"}])", k_indicator)) ==
        "m.json: at /groups/1: group \"h\" has no indicators and no groups");
  CHECK(error_of(method_text(R"([{"id": "g"}, {"id": "h", "parent": "k"}, {"id": "k", "parent": "h"}])",
                             k_indicator)) == "m.json: at /groups/1/parent: group \"h\" is its own ancestor");
  CHECK(error_of(method_text(R"([{"id": "g"}, {"id": "h", "parent": "p"}, {"id": "p"}])", two)) ==
        "m.json: at /groups/2: group \"p\" is 2 levels above the indicators but group \"g\" beside it is 1; every "
        "path from an indicator to the index must have the same length");
  CHECK(error_of(method_text(k_group, k_indicator, R"("classes": [{"name": "B", "lower": 0}, {"name": "A", "lower": 50}], )")) ==
        "m.json: at /classes/1/lower: expected classes in descending order of \"lower\"");
}

TEST_CASE("method file: found by path wherever a method id is accepted") {
  CHECK(io::find_method("methods/kireyeva2017.json", ITZONES_DATA_DIR).has_value());
  const auto absent = io::find_method("absent.json", "/nonexistent");
  REQUIRE_FALSE(absent.has_value());
  CHECK(to_string(absent.error()) == "/nonexistent/absent.json: cannot read: No such file or directory");
  // A study naming a method file relative to itself rates as the built-in method does.
  const std::string data = ITZONES_DATA_DIR;
  const std::string by_file = run({"run", std::string(ITZONES_TEST_DATA_DIR) + "/methods/study.json", "--format", "csv"});
  const std::string built_in = run({"rate", data + "/kazakhstan/table4_2014.csv", data + "/kazakhstan/table5_2014.csv",
                                    "--period", "2014", "--format", "csv"});
  CHECK(by_file == built_in);
  CHECK(run({"rate", data + "/kazakhstan/table4_2014.csv", data + "/kazakhstan/table5_2014.csv", "--period", "2014",
             "--format", "csv", "--method", data + "/methods/kireyeva2017.json"}) == built_in);
  CHECK(run({"methods", "--format", "csv"}).find("\nkireyeva2017,") != std::string::npos);
}

TEST_CASE("method file: the missing-value treatment is listed in the output") {
  // tests/data/methods/gappy.csv is test_aggregate.cpp's gappy table: B has no i2. Dropped, B's g1
  // is i1 alone, 100; g2 = 50; index (100 + 50) / 2 = 75.
  const std::string dir = ITZONES_TEST_DATA_DIR;
  const std::vector<std::string> args = {"rate", dir + "/methods/gappy.csv", "--period", "2020", "--method",
                                         dir + "/methods/gappy_drop.json"};
  const std::string note = "region \"B\": indicator \"i2\" not available; left out of its group, whose other "
                           "weights are rescaled";
  std::vector<std::string> md = args;
  md.insert(md.end(), {"--format", "md"});
  CHECK(run(md).find("1. " + note + "\n") != std::string::npos);
  std::vector<std::string> json = args;
  json.insert(json.end(), {"--format", "json"});
  const auto doc = nlohmann::json::parse(run(json));
  const nlohmann::json& period = doc.at("periods").at(0);
  CHECK(period.at("missing") == nlohmann::json::array({note}));
  for (const nlohmann::json& region : period.at("regions")) {
    if (region.at("region_id") != "B") continue;
    CHECK(region.at("index").get<double>() == Approx(75.0));
    CHECK(region.at("raw").at("i2").at("source") == "missing");
  }
}

TEST_CASE("methods: the built-in ones, then each file checked") {
  const std::string dir = ITZONES_TEST_DATA_DIR;
  // gappy_drop.json: 3 indicators in 2 groups under the index (2 levels), defaults otherwise.
  const std::string csv = run({"methods", dir + "/methods/gappy_drop.json", "--format", "csv"});
  CHECK(csv.starts_with("method,name,indicators,groups,levels,normalisation,aggregation,missing,classes\n"
                        "kireyeva2017,Kireyeva (2017) innovation rating,6,2,2,percent_of_best,arithmetic/arithmetic,"
                        "error,10\n"));
  CHECK(csv.ends_with("\ngappy_drop,gappy_drop,3,2,2,percent_of_best,arithmetic/arithmetic,drop,0\n"));
  std::ostringstream out;
  std::ostringstream err;
  // A study is not a method: its first key in order, "method", is not one of a method's.
  CHECK(cli::run_cli({"methods", dir + "/methods/study.json"}, out, err) == 2);
  CHECK(err.str() == dir + "/methods/study.json: at /method: unknown key; expected one of: id, name, normalisation, "
                           "aggregation, missing, groups, indicators, classes\n");
  CHECK(out.str().empty());
}

TEST_CASE("method choices as the command line writes them") {
  CHECK(*io::parse_normalisation("min_max:1:100") == Normalisation{NormalisationKind::min_max, 1.0, 100.0});
  CHECK(*io::parse_normalisation("min_max") == Normalisation{NormalisationKind::min_max, 0.0, 100.0});
  CHECK(*io::parse_normalisation("z_score") == Normalisation{NormalisationKind::z_score});
  CHECK(io::parse_normalisation("goalposts").error().message ==
        "expected goalposts:<lower>:<upper> with lower < upper, got \"goalposts\"");
  CHECK(io::parse_normalisation("rank:1:2").error().message == "expected rank without bounds, got \"rank:1:2\"");
  CHECK(io::parse_normalisation("log").error().message ==
        "unknown normalisation \"log\"; expected one of percent_of_best, min_max, z_score, rank, percentile_rank, "
        "goalposts");
  CHECK(*io::parse_aggregation("arithmetic/geometric") ==
        std::vector<Aggregation>{Aggregation::arithmetic, Aggregation::geometric});
  CHECK(io::parse_aggregation("mean").error().message ==
        "unknown aggregation \"mean\"; expected arithmetic, geometric or harmonic");
}
