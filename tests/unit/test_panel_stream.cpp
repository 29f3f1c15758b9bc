// The streaming panel path (issue #7): a generated panel measured by the streaming loader and
// measure_period() against a plain dense computation written here from the formulas
// (docs/method.md, "Stage 2"), against specialise() on the same matrix, and for 1, 2 and 3
// threads; and the loader's errors, with their exact texts.

#include <algorithm>
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "itzones/panel.hpp"
#include "itzones/panel_measures.hpp"
#include "itzones/plain_number.hpp"
#include "itzones/specialise.hpp"
#include "panel_csv.hpp"

namespace {

using itzones::Measure;
using itzones::Panel;
using itzones::to_string;

// A panel as generated: value[year][region][industry], 0 = no row.
struct Generated {
  std::vector<std::string> years = {"2019", "2020", "2021"};
  std::vector<std::string> regions;
  std::vector<std::string> industries;
  std::vector<std::vector<std::vector<double>>> value;
  std::string csv;
};

// 37 regions x 23 industries x 3 years, about a quarter of the cells absent, values with up to
// two decimals; rows in a shuffled order when `shuffled`.
Generated generate(bool shuffled) {
  Generated g;
  std::mt19937_64 random(20240607);
  const auto uniform = [&](std::uint64_t n) { return random() % n; };
  for (int r = 0; r < 37; ++r) g.regions.push_back("R" + std::to_string(100 + r));
  for (int k = 0; k < 23; ++k) g.industries.push_back("K" + std::to_string(10 + k));
  std::vector<std::string> rows;
  for (std::size_t y = 0; y < g.years.size(); ++y) {
    auto& year =
        g.value.emplace_back(g.regions.size(), std::vector<double>(g.industries.size(), 0.0));
    for (std::size_t r = 0; r < g.regions.size(); ++r) {
      for (std::size_t k = 0; k < g.industries.size(); ++k) {
        if (uniform(4) == 0 && k != 0) continue;  // absent; industry K10 is everywhere
        const std::uint64_t base = uniform(1000);
        const std::uint64_t cents = 1 + base * (1 + uniform(5000)) / (1 + k);
        year[r][k] = static_cast<double>(cents) / 100;
        rows.push_back(g.regions[r] + "," + g.industries[k] + "," + g.years[y] + "," +
                       std::to_string(cents / 100) + "." +
                       std::to_string(100 + cents % 100).substr(1));
      }
    }
  }
  if (shuffled) std::shuffle(rows.begin(), rows.end(), random);
  g.csv = "region,industry,year,value\n";
  for (const std::string& row : rows) g.csv += row + "\n";
  return g;
}

// Gini as the mean absolute difference over pairs, sum_ij w_i w_j |v_i - v_j| / (2 W^2 mean),
// mean = sum w_i v_i / W: the same number as the Lorenz-curve form, computed without sorting.
double pairwise_gini(const std::vector<double>& v, const std::vector<double>& w) {
  double total_weight = 0.0;
  double mass = 0.0;
  double differences = 0.0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    total_weight += w[i];
    mass += w[i] * v[i];
    for (std::size_t j = 0; j < v.size(); ++j) differences += w[i] * w[j] * std::abs(v[i] - v[j]);
  }
  return differences / (2 * total_weight * mass);
}

using Values = std::map<Measure, double>;

// Every measure of one year, by region id and by industry, straight from the definitions.
struct Dense {
  std::map<std::string, Values> regions;
  std::map<std::string, Values> industries;
};

Dense dense_measures(const Generated& g, std::size_t year, std::size_t target) {
  using enum Measure;
  // The year's matrix: regions and industries with at least one row (here: all regions, and the
  // industries that occur).
  const auto& all = g.value[year];
  std::vector<std::size_t> ks;
  for (std::size_t k = 0; k < g.industries.size(); ++k) {
    for (std::size_t r = 0; r < g.regions.size(); ++r) {
      if (all[r][k] > 0) {
        ks.push_back(k);
        break;
      }
    }
  }
  const std::size_t n = g.regions.size();
  const std::size_t m = ks.size();
  std::vector<std::vector<double>> x(n, std::vector<double>(m));
  std::vector<double> xr(n, 0.0), xk(m, 0.0);
  double total = 0.0;
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t j = 0; j < m; ++j) {
      x[r][j] = all[r][ks[j]];
      xr[r] += x[r][j];
      xk[j] += x[r][j];
      total += x[r][j];
    }
  }
  const auto s = [&](std::size_t r, std::size_t j) { return x[r][j] / xr[r]; };
  const auto nation = [&](std::size_t j) { return xk[j] / total; };
  const auto c = [&](std::size_t r) { return xr[r] / total; };
  Dense out;
  const std::size_t t =
      static_cast<std::size_t>(std::find(ks.begin(), ks.end(), target) - ks.begin());
  for (std::size_t r = 0; r < n; ++r) {
    Values& v = out.regions[g.regions[r]];
    v[share_of_national_industry] = x[r][t] / xk[t];
    v[location_quotient] = s(r, t) / nation(t);
    v[krugman_term_vs_nation] = std::abs(s(r, t) - nation(t));
    double vs_nation = 0, vs_rest = 0, vs_others = 0, hhi = 0, entropy = 0, theil = 0;
    std::vector<double> lq, weight;
    for (std::size_t j = 0; j < m; ++j) {
      vs_nation += std::abs(s(r, j) - nation(j));
      vs_rest += std::abs(s(r, j) - (xk[j] - x[r][j]) / (total - xr[r]));
      double others = 0;
      for (std::size_t o = 0; o < n; ++o) others += o == r ? 0.0 : s(o, j);
      vs_others += std::abs(s(r, j) - others / static_cast<double>(n - 1));
      hhi += s(r, j) * s(r, j);
      if (x[r][j] > 0) entropy -= s(r, j) * std::log(s(r, j));
      if (x[r][j] > 0) theil += s(r, j) * std::log(s(r, j) / nation(j));
      lq.push_back(s(r, j) / nation(j));
      weight.push_back(nation(j));
    }
    v[krugman_specialisation_vs_nation] = vs_nation;
    v[krugman_specialisation_vs_nation_halved] = vs_nation / 2;
    v[krugman_specialisation_vs_rest_of_country] = vs_rest;
    v[krugman_specialisation_vs_rest_of_country_halved] = vs_rest / 2;
    v[krugman_specialisation_vs_mean_of_others] = vs_others;
    v[krugman_specialisation_vs_mean_of_others_halved] = vs_others / 2;
    v[specialisation_gini] = pairwise_gini(lq, weight);
    v[structure_hhi] = hhi;
    v[shannon_entropy_ln] = entropy;
    v[theil_index_vs_nation] = theil;
  }
  for (std::size_t j = 0; j < m; ++j) {
    Values& v = out.industries[g.industries[ks[j]]];
    double concentration = 0, hhi = 0;
    std::vector<double> lq, weight, share;
    for (std::size_t r = 0; r < n; ++r) {
      concentration += std::abs(x[r][j] / xk[j] - c(r));
      hhi += (x[r][j] / xk[j]) * (x[r][j] / xk[j]);
      lq.push_back(s(r, j) / nation(j));
      weight.push_back(c(r));
      share.push_back(x[r][j] / xk[j]);
    }
    v[krugman_concentration] = concentration;
    v[hoover_localisation] = concentration / 2;
    v[locational_gini] = pairwise_gini(lq, weight);
    v[share_gini] = pairwise_gini(share, std::vector<double>(n, 1.0));
    v[hhi_raw] = hhi;
    v[hhi_normalised] = (hhi - 1.0 / static_cast<double>(n)) / (1.0 - 1.0 / static_cast<double>(n));
  }
  return out;
}

Panel load(const std::string& csv, unsigned threads, itzones::io::PanelCsvOptions options = {}) {
  options.threads = threads;
  auto panel = itzones::io::parse_panel_csv(csv, "panel.csv", options);
  if (!panel) FAIL(to_string(panel.error()));
  return std::move(*panel);
}

itzones::PanelColumns all_columns(const std::string& industry) {
  auto columns = itzones::panel_columns(itzones::PanelRequest{industry, {}});
  REQUIRE(columns.has_value());
  return *columns;
}

std::vector<itzones::PeriodMeasures> measure_all(const Panel& panel,
                                                 const itzones::PanelColumns& columns) {
  std::vector<itzones::PeriodMeasures> out;
  for (std::size_t p = 0; p < panel.periods.size(); ++p) {
    auto m = itzones::measure_period(panel, p, columns);
    if (!m) FAIL(to_string(m.error()));
    out.push_back(std::move(*m));
  }
  return out;
}

bool close(double a, double b) {
  return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

// The error text of loading `csv` as data.csv.
std::string load_error(const std::string& csv, unsigned threads = 1,
                       itzones::io::PanelCsvOptions options = {}) {
  options.threads = threads;
  auto panel = itzones::io::parse_panel_csv(csv, "data.csv", options);
  REQUIRE_FALSE(panel.has_value());
  return to_string(panel.error());
}

}  // namespace

TEST_CASE("panel: streaming measures agree with a dense computation to 1e-12") {
  const Generated g = generate(false);
  const Panel panel = load(g.csv, 2);
  const itzones::PanelColumns columns = all_columns("K12");
  REQUIRE(columns.region_measures.size() == 13);
  REQUIRE(columns.industry_measures.size() == 6);
  const auto measured = measure_all(panel, columns);
  REQUIRE(panel.periods.size() == g.years.size());
  std::size_t compared = 0;
  for (std::size_t p = 0; p < panel.periods.size(); ++p) {
    const itzones::PanelPeriod& period = panel.periods[p];
    REQUIRE(period.period == g.years[p]);
    const Dense dense = dense_measures(g, p, 2);
    REQUIRE(period.rows.size() == dense.regions.size());
    REQUIRE(period.industries.size() == dense.industries.size());
    for (std::size_t r = 0; r < period.rows.size(); ++r) {
      const Values& expected = dense.regions.at(panel.regions[period.rows[r].region]);
      for (std::size_t i = 0; i < columns.region_measures.size(); ++i) {
        const double got = measured[p].region_values[r * columns.region_measures.size() + i];
        INFO(g.years[p] << " " << panel.regions[period.rows[r].region] << " "
                        << itzones::measure_info(columns.region_measures[i]).id);
        CHECK(close(got, expected.at(columns.region_measures[i])));
        ++compared;
      }
    }
    for (std::size_t k = 0; k < period.industries.size(); ++k) {
      const Values& expected = dense.industries.at(panel.industries[period.industries[k]]);
      for (std::size_t i = 0; i < columns.industry_measures.size(); ++i) {
        const double got = measured[p].industry_values[k * columns.industry_measures.size() + i];
        INFO(g.years[p] << " " << panel.industries[period.industries[k]] << " "
                        << itzones::measure_info(columns.industry_measures[i]).id);
        CHECK(close(got, expected.at(columns.industry_measures[i])));
        ++compared;
      }
    }
  }
  CHECK(compared == 3 * (37 * 13 + 23 * 6));
}

TEST_CASE("panel: the sparse path equals specialise() on the dense matrix bit for bit") {
  const Generated g = generate(false);
  const Panel panel = load(g.csv, 1);
  const itzones::PanelColumns columns = all_columns("K12");
  const auto measured = measure_all(panel, columns);
  for (std::size_t p = 0; p < panel.periods.size(); ++p) {
    auto s = itzones::specialise(itzones::to_matrix(panel, p),
                                 itzones::SpecialisationRequest{"K12", {}});
    REQUIRE(s.has_value());
    const itzones::PanelPeriod& period = panel.periods[p];
    for (std::size_t r = 0; r < period.rows.size(); ++r) {
      for (std::size_t i = 0; i < columns.region_measures.size(); ++i) {
        const Measure m = columns.region_measures[i];
        const double got = measured[p].region_values[r * columns.region_measures.size() + i];
        const double expected = *itzones::region_value(*s, m, panel.regions[period.rows[r].region]);
        INFO(itzones::measure_info(m).id);
        if (m == Measure::krugman_specialisation_vs_mean_of_others ||
            m == Measure::krugman_specialisation_vs_mean_of_others_halved) {
          CHECK(close(got, expected));
        } else {
          CHECK(got == expected);
        }
      }
    }
    REQUIRE(s->industries.size() == period.industries.size());
    REQUIRE(s->industry_measures == columns.industry_measures);
    for (std::size_t k = 0; k < period.industries.size(); ++k) {
      for (std::size_t i = 0; i < columns.industry_measures.size(); ++i) {
        INFO(itzones::measure_info(columns.industry_measures[i]).id);
        CHECK(measured[p].industry_values[k * columns.industry_measures.size() + i] ==
              s->industries[k].values[i]);
      }
    }
  }
}

TEST_CASE("panel: one result for any number of threads and any row order") {
  const Generated sorted = generate(false);
  const Generated shuffled = generate(true);
  const itzones::PanelColumns columns = all_columns("K12");
  const auto reference = measure_all(load(sorted.csv, 1), columns);
  for (const unsigned threads : {1u, 2u, 3u}) {
    for (const Generated* g : {&sorted, &shuffled}) {
      const Panel panel = load(g->csv, threads);
      const auto measured = measure_all(panel, columns);
      REQUIRE(measured.size() == reference.size());
      for (std::size_t p = 0; p < measured.size(); ++p) {
        CHECK(measured[p].region_values == reference[p].region_values);
        CHECK(measured[p].industry_values == reference[p].industry_values);
      }
    }
  }
}

TEST_CASE("panel: absent cells are 0, explicit missing values follow the policy") {
  const std::string csv =
      "region,industry,year,value\n"
      "A,X,2014,10\n"
      "A,Y,2014,NA\n"
      "B,X,2014,5\n"
      "B,Y,2014,7\n"
      "C,Y,2014,3\n";  // C has no X row: 0
  CHECK(load_error(csv) ==
        "data.csv:3: column \"value\": missing value for region \"A\", industry \"Y\" in 2014; "
        "choose a missing-value policy: zero, drop-region or drop-industry");
  itzones::io::PanelCsvOptions options;
  options.missing = itzones::MissingPolicy::zero;
  const Panel zero = load(csv, 2, options);
  REQUIRE(zero.periods.size() == 1);
  CHECK(zero.notes ==
        std::vector<std::string>{
            "1 missing cell in 2014 read as 0 (missing-value policy \"zero\"): A/Y"});
  const itzones::IndustryMatrix m = itzones::to_matrix(zero, 0);
  CHECK(m.values == std::vector<std::vector<double>>{{10, 0}, {5, 7}, {0, 3}});
  options.missing = itzones::MissingPolicy::drop_region;
  const Panel dropped = load(csv, 1, options);
  CHECK(itzones::to_matrix(dropped, 0).values == std::vector<std::vector<double>>{{5, 7}, {0, 3}});
  CHECK(dropped.notes ==
        std::vector<std::string>{
            "1 region with missing cells in 2014 left out (policy \"drop-region\"): A"});
}

TEST_CASE("panel: duplicate keys name both lines, or are summed") {
  std::string csv = "region_id,region,industry,year,value\n";
  for (int line = 2; line <= 40; ++line) {
    csv += "R" + std::to_string(line) + ",name,X,2014,1\n";
  }
  csv += "R7,name,X,2014,2\n";  // line 41 repeats line 7
  csv += "R3,name,X,2013,2\n";
  csv += "R3,name,X,2013,2.5\n";  // line 43 repeats line 42, in an earlier year
  for (const unsigned threads : {1u, 2u}) {
    CHECK(load_error(csv, threads) ==
          "data.csv:43: duplicate row for region \"R3\", industry \"X\", year 2013 "
          "(first at line 42)");
  }
  itzones::io::PanelCsvOptions options;
  options.duplicates = itzones::DuplicatePolicy::sum;
  const Panel summed = load(csv, 2, options);
  REQUIRE(summed.periods.size() == 2);
  CHECK(itzones::to_matrix(summed, 0).values == std::vector<std::vector<double>>{{4.5}});
  const itzones::IndustryMatrix later = itzones::to_matrix(summed, 1);
  const auto r7 = std::find_if(later.regions.begin(), later.regions.end(),
                               [](const auto& r) { return r.id == "R7"; });
  CHECK(later.values[static_cast<std::size_t>(r7 - later.regions.begin())][0] == 3.0);
}

TEST_CASE("panel: loader errors") {
  const std::string head = "region,industry,year,value\n";
  std::string rows;
  for (int i = 0; i < 30; ++i) rows += "R" + std::to_string(i) + ",X,2014,1\n";
  for (const unsigned threads : {1u, 2u}) {
    CHECK(load_error(head + rows + "R9,Y,2014,12a\n" + rows, threads) ==
          "data.csv:32: column \"value\": expected a number, got \"12a\"");
    CHECK(load_error(head + rows + "R9,Y,2014,-3\n", threads) ==
          "data.csv:32: column \"value\": expected a non-negative value, got -3");
    CHECK(load_error(head + rows + rows + "R9,Y,2014\n", threads) ==
          "data.csv:62: expected 4 fields separated by ',', got 3");
    CHECK(load_error(head + rows + ",Y,2014,1\n", threads) ==
          "data.csv:32: column \"region\": empty region");
  }
  CHECK(load_error("region,sector,year,value\nA,X,2014,1\n") ==
        "data.csv:1: no \"industry\" column in the header (read with separator ',')");
  itzones::io::PanelCsvOptions options;
  options.value_column = "EMP";
  CHECK(load_error("\n\nregion;industry;value\nA;X;1\n", 1, options) ==
        "data.csv:3: no \"EMP\" column in the header (read with separator ';')");
  CHECK(load_error(head) == "data.csv: no data rows after the header");
  CHECK(load_error("") == "data.csv: empty file (expected a header line)");
}

TEST_CASE("panel: named columns, quoted fields, no year column") {
  itzones::io::PanelCsvOptions options;
  options.region_column = "cbsa_code";
  options.industry_column = "naics_code";
  options.value_column = "EMP";
  options.period = "2019";
  const Panel panel = load(
      "cbsa_code,naics_code,naics_level,EMP\r\n10100,111110,6,\"1 "
      "200\"\r\n10100,111120,6,30\r\n\r\n"
      "10140,111110,6,4\r\n",
      2, options);
  REQUIRE(panel.periods.size() == 1);
  CHECK(panel.periods[0].period == "2019");
  CHECK(panel.regions == std::vector<std::string>{"10100", "10140"});
  CHECK(itzones::to_matrix(panel, 0).values ==
        std::vector<std::vector<double>>{{1200, 30}, {4, 0}});
}

TEST_CASE("panel: measures refused or failing on a panel") {
  CHECK(itzones::panel_columns(itzones::PanelRequest{"J", {Measure::krugman_pairwise}})
            .error()
            .message ==
        "measure \"krugman_pairwise\" gives n x n values per period and is not available for "
        "panels; run it "
        "on one period");
  CHECK(itzones::panel_columns(itzones::PanelRequest{"", {Measure::location_quotient}})
            .error()
            .message ==
        "measure \"location_quotient\" is of one industry: name it with --industry");
  const Panel panel =
      load("region,industry,year,value\nA,X,2014,1\nA,Y,2014,2\nB,X,2014,3\nB,Z,2014,0\n", 1);
  auto m = itzones::measure_period(panel, 0, all_columns(""));
  REQUIRE_FALSE(m.has_value());
  CHECK(m.error().message ==
        "industry \"Z\" has a national total of 0 in 2014: its shares and location quotients are "
        "undefined");
  const Panel ok = load("region,industry,year,value\nA,X,2014,1\nA,Y,2014,2\nB,X,2014,3\n", 1);
  auto absent = itzones::measure_period(ok, 0, all_columns("J"));
  REQUIRE_FALSE(absent.has_value());
  CHECK(absent.error().message == "industry \"J\" is not in the input for 2014 (industries: X, Y)");
}

TEST_CASE("panel: numbers as the number parser reads them, with one rule for a file's mark") {
  const std::string head = "region,industry,value\n";
  CHECK(load_error(head + "A,X,1.234\nA,Y,7\nB,X,5\nB,Y,2\n") ==
        "data.csv:2: column \"value\": \"1.234\" is ambiguous: '.' may be the decimal mark or "
        "group thousands, and no other cell shows which; give --decimal comma or --decimal point");
  CHECK(load_error(head + "A,X,1.234\nA,Y,7\nB,X,5\nB,Y,\"1,5\"\n", 2) ==
        "data.csv:2: column \"value\": \"1.234\" is ambiguous: '.' may be the decimal mark or "
        "group thousands, and \"1,5\" (line 5, column \"value\") has ',' as the decimal mark; give "
        "--decimal comma or --decimal point");
  for (const unsigned threads : {1u, 2u}) {
    const Panel settled = load(head + "A,X,1.234\nA,Y,7\nB,X,5\nB,Y,2.5\n", threads);
    CHECK(itzones::to_matrix(settled, 0).values ==
          std::vector<std::vector<double>>{{1.234, 7}, {5, 2.5}});
  }
  itzones::io::PanelCsvOptions comma;
  comma.table.decimal = itzones::DecimalMark::comma;
  const Panel grouped = load(head + "A,X,1.234\nA,Y,\"7,5\"\nB,X,5\nB,Y,2\n", 2, comma);
  CHECK(itzones::to_matrix(grouped, 0).values ==
        std::vector<std::vector<double>>{{1234, 7.5}, {5, 2}});
}

TEST_CASE("parse_plain_number equals parse_number wherever it answers") {
  using itzones::DecimalMark;
  std::mt19937_64 random(7);
  const std::string alphabet = "0123456789.-, x";
  std::size_t answered = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    const std::size_t length = 1 + random() % 20;
    const bool plain = random() % 2 == 0;
    for (std::size_t c = 0; c < length; ++c) {
      text += plain ? static_cast<char>('0' + random() % 10) : alphabet[random() % alphabet.size()];
    }
    if (plain && random() % 2 == 0) text.insert(1 + random() % length, ".");
    if (plain && random() % 3 == 0) text.insert(0, "-");
    for (const DecimalMark mark : {DecimalMark::either, DecimalMark::point, DecimalMark::comma}) {
      const auto fast = itzones::parse_plain_number(text, mark);
      if (!fast) continue;
      ++answered;
      const auto full = itzones::parse_number(text, {}, mark);
      INFO(text << " under mark " << static_cast<int>(mark));
      REQUIRE(full.has_value());
      REQUIRE(full->value.has_value());
      CHECK(std::bit_cast<std::uint64_t>(*fast->value) ==
            std::bit_cast<std::uint64_t>(*full->value));
      CHECK(fast->decimals == full->decimals);
      CHECK(fast->mark == full->mark);
      CHECK(fast->ambiguous == full->ambiguous);
    }
  }
  CHECK(answered > 100000);
  CHECK_FALSE(itzones::parse_plain_number("1 000", DecimalMark::point).has_value());
  CHECK_FALSE(itzones::parse_plain_number("1.", DecimalMark::point).has_value());
  CHECK_FALSE(itzones::parse_plain_number("1234567890123456", DecimalMark::point).has_value());
  CHECK_FALSE(itzones::parse_plain_number("+1", DecimalMark::point).has_value());
  CHECK_FALSE(itzones::parse_plain_number("1.234", DecimalMark::either).has_value());
  CHECK_FALSE(itzones::parse_plain_number("1.5", DecimalMark::comma).has_value());
  CHECK(itzones::plain_tokens_free(itzones::MissingConventions{}));
  CHECK_FALSE(itzones::plain_tokens_free(itzones::MissingConventions{{"-"}, {"-1"}}));
}
