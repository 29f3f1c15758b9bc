// `itzones report` and `run --format html` in-process: the page's charts with one mark per
// region, both languages, the map warnings, the inputs' digests, no external reference, and the
// same bytes on every run. Expected ranks and classes are the paper's Table 6 (2014).

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "cli_capture.hpp"
#include "files.hpp"
#include "sha256.hpp"

namespace {

namespace fs = std::filesystem;
using itzones::test::cli;
using itzones::test::read;
using itzones::test::TempPath;

const std::string k_study = ITZONES_DATA_DIR "/kazakhstan/study.json";

// The paper's 16 regions of 2014.
const std::vector<std::string> k_regions = {"KZ-AKM", "KZ-AKT", "KZ-ALM", "KZ-ATY", "KZ-VOS", "KZ-ZHA",
                                            "KZ-ZAP", "KZ-KAR", "KZ-KUS", "KZ-KZY", "KZ-MAN", "KZ-PAV",
                                            "KZ-SEV", "KZ-YUZ", "KZ-AST", "KZ-ALA"};

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The <svg> element whose data-chart is `name`, or "" when the page has none.
std::string chart(const std::string& page, const std::string& name) {
  const std::size_t at = page.find(" data-chart=\"" + name + "\"");
  if (at == std::string::npos) return "";
  const std::size_t open = page.rfind("<svg ", at);
  return page.substr(open, page.find("</svg>", at) - open);
}

// The data-region of each mark of a chart, in order.
std::vector<std::string> marks(const std::string& svg) {
  static const std::regex k_mark(R"re(class="mark" data-region="([^"]+)")re");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), k_mark); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

std::string report_page(const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"report", k_study, "--robustness-runs", "50"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = cli(args);
  REQUIRE(r.code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("report: every chart of the bundled study with one mark per region", "[report]") {
  const std::string page = report_page();
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  for (const std::string name : {"ranking", "groups", "slope", "zones", "robustness", "map", "zone-map"}) {
    INFO(name);
    std::vector<std::string> found = marks(chart(page, name));
    std::sort(found.begin(), found.end());
    std::vector<std::string> expected = k_regions;
    std::sort(expected.begin(), expected.end());
    CHECK(found == expected);
  }
  // The ranking bars in the order of the paper's Table 6 for 2014, but for South Kazakhstan
  // (KZ-YUZ), whose published index contradicts the paper's own Table 5 (the study's known
  // inconsistency): Almaty B++ 65.69, Astana B 48.73, Atyrau B 42.20, ... Kyzylorda C 18.19.
  std::vector<std::string> ranking = marks(chart(page, "ranking"));
  REQUIRE(ranking.size() == 16);
  ranking.erase(std::find(ranking.begin(), ranking.end(), "KZ-YUZ"));
  CHECK(ranking == std::vector<std::string>{"KZ-ALA", "KZ-AST", "KZ-ATY", "KZ-MAN", "KZ-KAR", "KZ-AKT", "KZ-KUS",
                                            "KZ-VOS", "KZ-AKM", "KZ-SEV", "KZ-PAV", "KZ-ZAP", "KZ-ZHA", "KZ-ALM",
                                            "KZ-KZY"});
  CHECK(page.find(R"(class="mark" data-region="KZ-ALA" data-category="B++")") != std::string::npos);
  CHECK(page.find(R"(class="mark" data-region="KZ-KZY" data-category="C")") != std::string::npos);
  // Without --map the maps are schematic, from the bundled administrative centres.
  CHECK(count(page, "data-map=\"schematic\"") == 2);
  CHECK(page.find("coordinates from regions.csv") != std::string::npos);
  // The tables, audit, method and inputs sections are all there.
  for (const std::string id : {"ranking", "groups", "change", "zones", "robustness", "map", "tables", "audit",
                               "method", "inputs"}) {
    CHECK(page.find("<section id=\"" + id + "\">") != std::string::npos);
  }
}

TEST_CASE("report: inputs named relative to the study with their size and SHA-256", "[report]") {
  const std::string page = report_page();
  for (const std::string file : {"study.json", "table2_2010.csv", "table5_2014.csv", "table7_published.csv",
                                 "regions.csv"}) {
    INFO(file);
    const auto bytes = itzones::io::read_file(fs::path(ITZONES_DATA_DIR) / "kazakhstan" / file);
    REQUIRE(bytes);
    CHECK(page.find(fmt::format("<tr><td><code>{}</code></td><td class=\"num\">{}</td><td class=\"hash\">{}</td></tr>",
                                file, bytes->size(), itzones::io::sha256_hex(*bytes))) != std::string::npos);
  }
  CHECK(count(page, "<code>table7_published.csv</code></td>") == 1);  // listed once, though read as three
  CHECK(page.find(ITZONES_DATA_DIR) == std::string::npos);            // no path of this machine
}

TEST_CASE("report: self-contained, no external reference", "[report]") {
  const std::string page = report_page();
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  static const std::regex k_href(R"re(href="([^"]*)")re");
  std::size_t hrefs = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), k_href); it != std::sregex_iterator(); ++it, ++hrefs) {
    CHECK((*it)[1].str().starts_with("#"));
  }
  CHECK(hrefs >= 10);  // the contents
  CHECK(page.find("default-src 'none'") != std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
  CHECK(page.find("@media (max-width:640px)") != std::string::npos);
}

TEST_CASE("report: English by default, Russian with --lang ru", "[report]") {
  const std::string en = report_page();
  const std::string ru = report_page({"--lang", "ru"});
  CHECK(ru.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
  for (const std::string heading : {"Ranking 2014", "Susceptibility and activity", "Change between periods",
                                    "Recommended IT-cluster zones", "Robustness of ranks", "Map", "Tables",
                                    "Audit findings", "Method", "Inputs"}) {
    CHECK(en.find("<h2>" + heading + "</h2>") != std::string::npos);
    CHECK(ru.find("<h2>" + heading + "</h2>") == std::string::npos);
  }
  for (const std::string heading : {"Рейтинг 2014", "Восприимчивость и активность", "Изменение между периодами",
                                    "Перспективные зоны для IT-кластеров", "Устойчивость мест", "Карта", "Таблицы",
                                    "Методика", "Исходные данные"}) {
    CHECK(ru.find("<h2>" + heading + "</h2>") != std::string::npos);
  }
  // Region names from the data: the Russian name in ru, the English one in en.
  CHECK(ru.find(">г. Алматы</text>") != std::string::npos);
  CHECK(en.find(">Almaty</text>") != std::string::npos);
  CHECK(en.find("г. Алматы</text>") == std::string::npos);
  // Chart titles and axis labels follow the language too.
  CHECK(ru.find("Интервалы мест и вероятности классов") != std::string::npos);
  CHECK(ru.find("Rank intervals and class probabilities") == std::string::npos);
}

TEST_CASE("report: the same bytes on every run, to stdout, to a file and through run --format html", "[report]") {
  TempPath dir("report-bytes");
  const auto a = cli({"report", k_study, "-o", (dir.path / "a.html").string()});
  const auto b = cli({"report", k_study, "-o", (dir.path / "b.html").string()});
  REQUIRE(a.code == 0);
  REQUIRE(b.code == 0);
  CHECK(a.out == (dir.path / "a.html").string() + "\n");
  const std::string page = read(dir.path / "a.html");
  CHECK(page.size() > 10000);
  CHECK(page == read(dir.path / "b.html"));
  const auto printed = cli({"report", k_study});
  REQUIRE(printed.code == 0);
  CHECK(printed.out == page);
  const auto run = cli({"run", k_study, "--format", "html", "-o", (dir.path / "run").string()});
  REQUIRE(run.code == 0);
  CHECK(run.out == (dir.path / "run" / "report.html").string() + "\n");
  CHECK(read(dir.path / "run" / "report.html") == page);
  const auto run_ru = cli({"run", k_study, "--format", "html", "--lang", "ru"});
  REQUIRE(run_ru.code == 0);
  CHECK(run_ru.out.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
  // html is a format of run only.
  CHECK(cli({"zones", k_study, "--format", "html"}).code == 2);
}

TEST_CASE("report --map: features matched by key or name, the others listed as warnings", "[report]") {
  TempPath dir("report-map");
  fs::create_directories(dir.path);
  const fs::path geojson = dir.path / "two.geojson";
  // Almaty by its ISO code, Astana by its Russian name "г. Астана" (as "Астана"), and an island
  // that is no region of the study.
  std::ofstream(geojson) << R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"ISO3166-2": "KZ-ALA"},
     "geometry": {"type": "Polygon", "coordinates": [[[76.8, 43.2], [77.0, 43.2], [77.0, 43.4], [76.8, 43.2]]]}},
    {"type": "Feature", "properties": {"name": "Астана"},
     "geometry": {"type": "Polygon", "coordinates": [[[71.3, 51.0], [71.6, 51.0], [71.6, 51.3], [71.3, 51.0]]]}},
    {"type": "Feature", "properties": {"name": "Atlantis"},
     "geometry": {"type": "Polygon", "coordinates": [[[10, 10], [11, 10], [11, 11], [10, 10]]]}}]})";
  const auto r = cli({"report", k_study, "--robustness-runs", "0", "--map", geojson.string(), "--map-attribution",
                      "© Test contributors"});
  REQUIRE(r.code == 0);
  const std::string& page = r.out;
  // stderr: the unmatched feature and the 14 regions without an outline.
  CHECK(r.err.find("itzones: warning: boundary feature #2 name=Atlantis matches no region\n") != std::string::npos);
  CHECK(count(r.err, "has no boundary feature and is not drawn\n") == 14);
  CHECK(r.err.find("itzones: warning: region Akmola (KZ-AKM) has no boundary feature and is not drawn\n") !=
        std::string::npos);
  // The page lists the same warnings, and draws two regions on each map.
  CHECK(page.find("<section id=\"warnings\">") != std::string::npos);
  CHECK(page.find("<li>boundary feature #2 name=Atlantis matches no region</li>") != std::string::npos);
  CHECK(count(page, "has no boundary feature and is not drawn</li>") == 14);
  for (const std::string name : {"map", "zone-map"}) {
    std::vector<std::string> found = marks(chart(page, name));
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::string>{"KZ-ALA", "KZ-AST"});
  }
  CHECK(count(page, "data-map=\"boundaries\"") == 2);
  CHECK(count(page, "<p class=\"attribution\">© Test contributors</p>") == 2);
  CHECK(page.find("matched to regions by the property «ISO3166-2», and by name for Astana (KZ-AST)") !=
        std::string::npos);
  CHECK(page.find("Douglas–Peucker at a tolerance of 0.02°") != std::string::npos);
  CHECK(page.find("<code>two.geojson</code>") == std::string::npos);  // outside the study's folder
  CHECK(page.find("robustness") == std::string::npos);                 // --robustness-runs 0
  // Another key property: nothing has it, so only the name still matches.
  const auto by_other_key = cli({"report", k_study, "--robustness-runs", "0", "--map", geojson.string(), "--map-key", "iso"});
  REQUIRE(by_other_key.code == 0);
  CHECK(count(by_other_key.err, "has no boundary feature and is not drawn\n") == 15);
  // In Russian the page's warnings are Russian; stderr stays English.
  const auto ru = cli({"report", k_study, "--robustness-runs", "0", "--map", geojson.string(), "--lang", "ru"});
  REQUIRE(ru.code == 0);
  CHECK(ru.out.find("<li>объект границ #2 name=Atlantis не сопоставлен ни с одним регионом</li>") != std::string::npos);
  CHECK(ru.err.find("itzones: warning: boundary feature #2 name=Atlantis matches no region\n") != std::string::npos);
}

TEST_CASE("report: input errors exit 2 and write nothing", "[report]") {
  TempPath dir("report-errors");
  const fs::path page = dir.path / "page.html";
  const auto missing_map = cli({"report", k_study, "--map", (dir.path / "none.geojson").string(), "-o", page.string()});
  CHECK(missing_map.code == 2);
  CHECK(missing_map.err.find("none.geojson: cannot read") != std::string::npos);
  CHECK_FALSE(fs::exists(page));
  const auto missing_study = cli({"report", (dir.path / "study.json").string(), "-o", page.string()});
  CHECK(missing_study.code == 2);
  CHECK_FALSE(fs::exists(page));
}

TEST_CASE("report: a study without stage 1 shows each region's ICT share over time", "[report]") {
  const auto r = cli({"report", ITZONES_DATA_DIR "/kazakhstan-bns/study.json"});
  REQUIRE(r.code == 0);
  const std::string& page = r.out;
  // One line per region of the 2014 boundaries in each measure's chart.
  for (const std::string measure : {"share_of_national_industry", "location_quotient", "krugman_specialisation_vs_nation"}) {
    INFO(measure);
    std::vector<std::string> found = marks(chart(page, "series-" + measure));
    std::sort(found.begin(), found.end());
    std::vector<std::string> expected = k_regions;
    std::sort(expected.begin(), expected.end());
    CHECK(found == expected);
  }
  // Almaty city's line: J 2014 540 535.3 of the national 1 005 229.0 = 53.8%; East Kazakhstan
  // 2022 with Abai summed in: (20 940.6 + 9 896.9) / 2 109 087.4 = 1.5%.
  const std::string share = chart(page, "series-share_of_national_industry");
  const auto tooltip = [&](const std::string& head) {
    const std::size_t at = share.find("<title>" + head);
    return at == std::string::npos ? std::string() : share.substr(at, share.find("</title>", at) - at);
  };
  CHECK(tooltip("Almaty (KZ-ALA): ").find(", 2014 53.8%, 2015 ") != std::string::npos);
  CHECK(tooltip("East Kazakhstan (KZ-VOS): ").find(", 2022 1.5%, 2023 ") != std::string::npos);
  // No rating: no ranking chart, and the page says what stage 1 lacks.
  CHECK(page.find("data-chart=\"ranking\"") == std::string::npos);
  CHECK(page.find("<section id=\"stage1\">") != std::string::npos);
  CHECK(page.find("<code>gva.csv</code>") != std::string::npos);
  const auto ru = cli({"report", ITZONES_DATA_DIR "/kazakhstan-bns/study.json", "--lang", "ru"});
  REQUIRE(ru.code == 0);
  CHECK(ru.out.find("<h2>По годам</h2>") != std::string::npos);
  CHECK(ru.out.find("<h2>Over time</h2>") == std::string::npos);
}

TEST_CASE("report: run --format html --stamp puts the version and time in the footer, and only then", "[report]") {
  REQUIRE(::setenv("SOURCE_DATE_EPOCH", "86400", 1) == 0);  // one day after 1970-01-01T00:00:00Z
  const auto stamped = cli({"run", k_study, "--format", "html", "--stamp"});
  const auto bns = cli({"run", ITZONES_DATA_DIR "/kazakhstan-bns/study.json", "--format", "html", "--stamp"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  REQUIRE(stamped.code == 0);
  REQUIRE(bns.code == 0);
  std::string generator = cli({"--version"}).out;  // "itzones 0.1.0\n"
  generator.pop_back();
  const std::string footer = "<footer>Generated by " + generator + " at 1970-01-02T00:00:00Z</footer>";
  CHECK(stamped.out.find(footer) != std::string::npos);
  CHECK(bns.out.find(footer) != std::string::npos);
  const auto plain = cli({"run", k_study, "--format", "html"});
  CHECK(plain.out.find("<footer>Generated by " + generator + "</footer>") != std::string::npos);
}
