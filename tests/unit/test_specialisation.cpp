// Stage-2 measures on a small matrix, every expected value worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "itzones/specialisation.hpp"
#include "itzones/specialise.hpp"

using namespace itzones;
using Catch::Matchers::WithinAbs;

namespace {

constexpr double k_eps = 1e-12;

IndustryMatrix matrix(std::vector<std::string> regions, std::vector<std::string> industries,
                      std::vector<std::vector<double>> values, Coverage coverage = Coverage::economy) {
  IndustryMatrix m;
  m.period = "2014";
  m.coverage = coverage;
  for (const std::string& id : regions) m.regions.push_back(Region{id, id, ""});
  m.industries = std::move(industries);
  m.values = std::move(values);
  return m;
}

// The worked example:
//        J    M    F  | x_r   s_rJ  s_rM  s_rF   c_r
//   A   20   20   60  | 100   0.20  0.20  0.60   0.25
//   B   10   30   60  | 100   0.10  0.30  0.60   0.25
//   C   10   50  140  | 200   0.05  0.25  0.70   0.50
//  X_k  40  100  260  | X = 400;  S_k = 0.10, 0.25, 0.65
IndustryMatrix example() {
  return matrix({"A", "B", "C"}, {"J", "M", "F"}, {{20, 20, 60}, {10, 30, 60}, {10, 50, 140}});
}

Structure example_structure() { return *structure(example()); }

}  // namespace

TEST_CASE("specialisation::national_shares is x_rk / X_k") {
  // J: 20/40, 10/40, 10/40
  const auto c = national_shares(example(), 0);
  REQUIRE(c);
  CHECK_THAT((*c)[0], WithinAbs(0.5, k_eps));
  CHECK_THAT((*c)[1], WithinAbs(0.25, k_eps));
  CHECK_THAT((*c)[2], WithinAbs(0.25, k_eps));
}

TEST_CASE("specialisation::location_quotient and the IT term") {
  const Structure s = example_structure();
  // LQ_AJ = 0.20 / 0.10 = 2; LQ_BJ = 0.10 / 0.10 = 1; LQ_CJ = 0.05 / 0.10 = 0.5; LQ_AF = 0.6 / 0.65 = 12/13
  CHECK_THAT(location_quotient(s, 0, 0), WithinAbs(2.0, k_eps));
  CHECK_THAT(location_quotient(s, 1, 0), WithinAbs(1.0, k_eps));
  CHECK_THAT(location_quotient(s, 2, 0), WithinAbs(0.5, k_eps));
  CHECK_THAT(location_quotient(s, 0, 2), WithinAbs(12.0 / 13.0, k_eps));
  // |s_rJ - S_J|: A |0.2 - 0.1| = 0.1; B 0; C |0.05 - 0.1| = 0.05
  CHECK_THAT(krugman_term_vs_nation(s, 0, 0), WithinAbs(0.1, k_eps));
  CHECK_THAT(krugman_term_vs_nation(s, 1, 0), WithinAbs(0.0, k_eps));
  CHECK_THAT(krugman_term_vs_nation(s, 2, 0), WithinAbs(0.05, k_eps));
}

TEST_CASE("specialisation::krugman_specialisation against the three references") {
  const Structure s = example_structure();
  // vs nation: A 0.1 + 0.05 + 0.05 = 0.2; B 0 + 0.05 + 0.05 = 0.1; C 0.05 + 0 + 0.05 = 0.1
  CHECK_THAT(krugman_specialisation(s, 0, Reference::nation), WithinAbs(0.2, k_eps));
  CHECK_THAT(krugman_specialisation(s, 1, Reference::nation), WithinAbs(0.1, k_eps));
  CHECK_THAT(krugman_specialisation(s, 2, Reference::nation), WithinAbs(0.1, k_eps));
  // vs rest of country: A's rest is B + C = (20, 80, 200) / 300 = (1/15, 4/15, 2/3):
  //   |0.2 - 1/15| + |0.2 - 4/15| + |0.6 - 2/3| = 2/15 + 1/15 + 1/15 = 4/15
  // B's rest is A + C = (30, 70, 200) / 300: 0 + |0.3 - 7/30| + |0.6 - 2/3| = 1/15 + 1/15 = 2/15
  // C's rest is A + B = (30, 50, 120) / 200 = (0.15, 0.25, 0.6): 0.1 + 0 + 0.1 = 0.2
  CHECK_THAT(krugman_specialisation(s, 0, Reference::rest_of_country), WithinAbs(4.0 / 15.0, k_eps));
  CHECK_THAT(krugman_specialisation(s, 1, Reference::rest_of_country), WithinAbs(2.0 / 15.0, k_eps));
  CHECK_THAT(krugman_specialisation(s, 2, Reference::rest_of_country), WithinAbs(0.2, k_eps));
  // vs unweighted mean of the others: A against (s_B + s_C) / 2 = (0.075, 0.275, 0.65):
  //   0.125 + 0.075 + 0.05 = 0.25; B against (0.125, 0.225, 0.65): 0.025 + 0.075 + 0.05 = 0.15;
  //   C against (0.15, 0.25, 0.6): 0.1 + 0 + 0.1 = 0.2
  CHECK_THAT(krugman_specialisation(s, 0, Reference::mean_of_others), WithinAbs(0.25, k_eps));
  CHECK_THAT(krugman_specialisation(s, 1, Reference::mean_of_others), WithinAbs(0.15, k_eps));
  CHECK_THAT(krugman_specialisation(s, 2, Reference::mean_of_others), WithinAbs(0.2, k_eps));
}

TEST_CASE("specialisation::krugman_pairwise") {
  const Structure s = example_structure();
  // A-B: 0.1 + 0.1 + 0 = 0.2; A-C: 0.15 + 0.05 + 0.1 = 0.3; B-C: 0.05 + 0.05 + 0.1 = 0.2
  CHECK_THAT(krugman_pairwise(s, 0, 1), WithinAbs(0.2, k_eps));
  CHECK_THAT(krugman_pairwise(s, 0, 2), WithinAbs(0.3, k_eps));
  CHECK_THAT(krugman_pairwise(s, 1, 2), WithinAbs(0.2, k_eps));
  CHECK_THAT(krugman_pairwise(s, 2, 2), WithinAbs(0.0, k_eps));
}

TEST_CASE("specialisation::krugman_concentration (Hoover is its half)") {
  const Structure s = example_structure();
  // J: c_rJ = (0.5, 0.25, 0.25) against c_r = (0.25, 0.25, 0.5): 0.25 + 0 + 0.25 = 0.5
  // M: (0.2, 0.3, 0.5): 0.05 + 0.05 + 0 = 0.1
  // F: (3/13, 3/13, 7/13): 1/52 + 1/52 + 2/52 = 1/13
  CHECK_THAT(krugman_concentration(s, 0), WithinAbs(0.5, k_eps));
  CHECK_THAT(krugman_concentration(s, 1), WithinAbs(0.1, k_eps));
  CHECK_THAT(krugman_concentration(s, 2), WithinAbs(1.0 / 13.0, k_eps));
}

TEST_CASE("specialisation::locational_gini and specialisation_gini") {
  const Structure s = example_structure();
  // Locational Gini of J: LQs C 0.5, B 1, A 2 (ascending) with weights c_r 0.5, 0.25, 0.25.
  // Cumulative W: 0.5, 0.75, 1; cumulative Y of c_r * LQ = c_rJ: 0.25, 0.5, 1.
  // 1 - [0.5 (0.25 + 0) + 0.25 (0.5 + 0.25) + 0.25 (1 + 0.5)] = 1 - 0.6875 = 0.3125.
  // The same from pairs: sum_{i<j} w_i w_j |v_i - v_j| / mean(=1) = 0.0625 + 0.1875 + 0.0625 = 0.3125.
  CHECK_THAT(locational_gini(s, 0), WithinAbs(0.3125, k_eps));
  // Specialisation Gini of A: LQs M 0.8, F 12/13, J 2 with weights S_k 0.25, 0.65, 0.1;
  // W: 0.25, 0.9, 1; Y of S_k * LQ = s_Ak: 0.2, 0.8, 1.
  // 1 - [0.25 (0.2) + 0.65 (0.8 + 0.2) + 0.1 (1 + 0.8)] = 1 - 0.88 = 0.12.
  CHECK_THAT(specialisation_gini(s, 0), WithinAbs(0.12, k_eps));
}

TEST_CASE("specialisation::structure_hhi, shannon_entropy_ln, theil_index_vs_nation") {
  const Structure s = example_structure();
  // HHI: A 0.04 + 0.04 + 0.36 = 0.44; C 0.0025 + 0.0625 + 0.49 = 0.555
  CHECK_THAT(structure_hhi(s, 0), WithinAbs(0.44, k_eps));
  CHECK_THAT(structure_hhi(s, 2), WithinAbs(0.555, k_eps));
  // H(A) = -(2 * 0.2 ln 0.2 + 0.6 ln 0.6) = 0.4 * 1.6094379124341 + 0.6 * 0.5108256237660 = 0.9502705922...
  CHECK_THAT(shannon_entropy_ln(s, 0), WithinAbs(0.4 * 1.6094379124341003 + 0.6 * 0.5108256237659907, 1e-12));
  // T(A) = 0.2 ln(0.2/0.1) + 0.2 ln(0.2/0.25) + 0.6 ln(0.6/0.65)
  //      = 0.2 * 0.6931471805599 - 0.2 * 0.2231435513142 - 0.6 * 0.0800427076735 = 0.0459750947...
  CHECK_THAT(theil_index_vs_nation(s, 0),
             WithinAbs(0.2 * 0.6931471805599453 - 0.2 * 0.2231435513142098 - 0.6 * 0.0800427076735364, 1e-12));
}

TEST_CASE("specialisation::a zero share contributes 0 to entropy and Theil") {
  // B has nothing in J: s_B = (0, 0.5, 0.5); nation (10, 60, 30)/100 = (0.1, 0.6, 0.3).
  const Structure s = *structure(matrix({"A", "B"}, {"J", "M", "F"}, {{10, 10, 10}, {0, 50, 20}}));
  // x_B = 70: s_B = (0, 5/7, 2/7); H = -(5/7 ln 5/7 + 2/7 ln 2/7) = 0.5982695885852573
  CHECK_THAT(shannon_entropy_ln(s, 1), WithinAbs(0.5982695885852573, 1e-12));
  // T = 5/7 ln((5/7)/0.6) + 2/7 ln((2/7)/0.3) = 5/7 * 0.1743533871447778 + 2/7 * (-0.0487901641694320)
  CHECK_THAT(theil_index_vs_nation(s, 1),
             WithinAbs(5.0 / 7 * 0.1743533871447778 + 2.0 / 7 * -0.0487901641694320, 1e-12));
}

TEST_CASE("specialisation::hhi and share Gini of an industry's regional shares") {
  const std::vector<double> c = {0.5, 0.25, 0.25};
  // 0.25 + 0.0625 + 0.0625 = 0.375; normalised (0.375 - 1/3) / (1 - 1/3) = 0.0625
  CHECK_THAT(hhi_raw(c), WithinAbs(0.375, k_eps));
  CHECK_THAT(hhi_normalised(c), WithinAbs(0.0625, k_eps));
  // plain Gini: sum_i sum_j |c_i - c_j| = 2 (0.25 + 0.25 + 0) = 1; / (2 n^2 mean) = 1 / (2 * 9 / 3) = 1/6
  CHECK_THAT(weighted_gini(c, {1, 1, 1}), WithinAbs(1.0 / 6.0, k_eps));
  // one region holding everything: Gini (n-1)/n, normalised HHI 1
  CHECK_THAT(weighted_gini({0, 0, 1}, {1, 1, 1}), WithinAbs(2.0 / 3.0, k_eps));
  CHECK_THAT(hhi_normalised({0, 0, 1}), WithinAbs(1.0, k_eps));
}

TEST_CASE("specialisation::identities") {
  const IndustryMatrix m = example();
  auto s = specialise(m, SpecialisationRequest{"J", {}});
  REQUIRE(s);
  SECTION("halved = half, Hoover = half of Krugman concentration") {
    const auto half_of = [&](Measure full, Measure half, const std::string& id) {
      CHECK_THAT(*region_value(*s, half, id), WithinAbs(*region_value(*s, full, id) / 2, k_eps));
    };
    for (const std::string id : {"A", "B", "C"}) {
      half_of(Measure::krugman_specialisation_vs_nation, Measure::krugman_specialisation_vs_nation_halved, id);
      half_of(Measure::krugman_specialisation_vs_rest_of_country,
              Measure::krugman_specialisation_vs_rest_of_country_halved, id);
      half_of(Measure::krugman_specialisation_vs_mean_of_others,
              Measure::krugman_specialisation_vs_mean_of_others_halved, id);
    }
    const Structure st = *structure(m);
    for (std::size_t k = 0; k < 3; ++k) {
      CHECK_THAT(s->industries[k].values[1], WithinAbs(krugman_concentration(st, k) / 2, k_eps));
    }
  }
  SECTION("the regions' shares of every industry sum to 1") {
    for (std::size_t k = 0; k < 3; ++k) {
      const auto c = *national_shares(m, k);
      CHECK_THAT(c[0] + c[1] + c[2], WithinAbs(1.0, k_eps));
    }
  }
  SECTION("LQ = 1 and every specialisation index = 0 for identical structures") {
    // every region has the structure (1, 3, 6) scaled; so does the nation
    const Structure same = *structure(matrix({"A", "B", "C"}, {"J", "M", "F"}, {{1, 3, 6}, {2, 6, 12}, {10, 30, 60}}));
    for (std::size_t r = 0; r < 3; ++r) {
      for (std::size_t k = 0; k < 3; ++k) CHECK_THAT(location_quotient(same, r, k), WithinAbs(1.0, k_eps));
      for (const Reference ref : {Reference::nation, Reference::rest_of_country, Reference::mean_of_others}) {
        CHECK_THAT(krugman_specialisation(same, r, ref), WithinAbs(0.0, k_eps));
      }
      CHECK_THAT(specialisation_gini(same, r), WithinAbs(0.0, k_eps));
      CHECK_THAT(theil_index_vs_nation(same, r), WithinAbs(0.0, k_eps));
    }
  }
  SECTION("KSI = 0 for a region whose structure equals the nation's") {
    // A = (10, 20, 70) and B + C = (10, 20, 70) in total: the nation is (20, 40, 140) ~ A
    const Structure st = *structure(matrix({"A", "B", "C"}, {"J", "M", "F"}, {{10, 20, 70}, {10, 0, 40}, {0, 20, 30}}));
    CHECK_THAT(krugman_specialisation(st, 0, Reference::nation), WithinAbs(0.0, k_eps));
    CHECK_THAT(krugman_specialisation(st, 0, Reference::rest_of_country), WithinAbs(0.0, k_eps));
  }
}

TEST_CASE("specialise: sorting, default measures, LQ matrix, pairwise on request") {
  auto s = specialise(example(), SpecialisationRequest{"J", {}});
  REQUIRE(s);
  // by share of J descending (A 0.5), then region_id (B, C at 0.25)
  REQUIRE(s->regions.size() == 3);
  CHECK(s->regions[0].region.id == "A");
  CHECK(s->regions[1].region.id == "B");
  CHECK(s->regions[2].region.id == "C");
  CHECK(s->region_measures.front() == Measure::share_of_national_industry);
  CHECK(s->region_measures.size() == 13);
  CHECK(s->industry_measures.size() == 6);
  CHECK(s->pairwise.empty());
  REQUIRE(s->location_quotients.size() == 3);
  CHECK_THAT(s->location_quotients[2][0], WithinAbs(0.5, k_eps));  // C in J
  auto p = specialise(example(), SpecialisationRequest{"J", {Measure::krugman_pairwise}});
  REQUIRE(p);
  CHECK(p->region_measures.empty());
  CHECK_THAT(p->pairwise[0][2], WithinAbs(0.3, k_eps));  // regions in id order: A-C
}

TEST_CASE("specialise: a target-only table supports only the shares") {
  // Table 7's 2014 values read as IT volumes; the shares are v / 0.999
  const IndustryMatrix it = matrix({"KZ-ALA", "KZ-AST", "KZ-KAR"}, {"IT"}, {{0.634}, {0.192}, {0.0}}, Coverage::target_only);
  auto s = specialise(it, SpecialisationRequest{"IT", {}});
  REQUIRE(s);
  CHECK(s->region_measures == std::vector<Measure>{Measure::share_of_national_industry});
  CHECK(s->industry_measures == std::vector<Measure>{Measure::share_gini, Measure::hhi_raw, Measure::hhi_normalised});
  CHECK_THAT(*region_value(*s, Measure::share_of_national_industry, "KZ-ALA"), WithinAbs(0.634 / 0.826, k_eps));
  auto lq = specialise(it, SpecialisationRequest{"IT", {Measure::location_quotient}});
  REQUIRE_FALSE(lq);
  CHECK(to_string(lq.error()) ==
        "itzones: error: measure \"location_quotient\" needs every industry of the economy; the input for 2014 "
        "holds only the target industry \"IT\"");
}

TEST_CASE("specialise: errors") {
  SECTION("unknown target industry") {
    auto s = specialise(example(), SpecialisationRequest{"X", {}});
    REQUIRE_FALSE(s);
    CHECK(s.error().message == "industry \"X\" is not in the input for 2014 (industries: J, M, F)");
  }
  SECTION("a single region") {
    auto s = specialise(matrix({"A"}, {"J", "M"}, {{1, 2}}), SpecialisationRequest{"J", {}});
    REQUIRE_FALSE(s);
    CHECK(s.error().message == "1 region in 2014: the specialisation measures compare regions and need at least two");
  }
  SECTION("a region whose total is 0") {
    auto s = specialise(matrix({"A", "B"}, {"J", "M"}, {{1, 2}, {0, 0}}), SpecialisationRequest{"J", {}});
    REQUIRE_FALSE(s);
    CHECK(s.error().message ==
          "region \"B\" has a total of 0 over all industries in 2014: its industry structure is undefined");
  }
  SECTION("an industry whose national total is 0") {
    auto s = specialise(matrix({"A", "B"}, {"J", "M"}, {{0, 2}, {0, 3}}), SpecialisationRequest{"J", {}});
    REQUIRE_FALSE(s);
    CHECK(s.error().message ==
          "industry \"J\" has a national total of 0 in 2014: its shares and location quotients are undefined");
    auto it = specialise(matrix({"A", "B"}, {"IT"}, {{0}, {0}}, Coverage::target_only), SpecialisationRequest{"IT", {}});
    REQUIRE_FALSE(it);
    CHECK(it.error().message == "industry \"IT\" has a national total of 0 in 2014: the regions' shares of it are undefined");
  }
  SECTION("one industry of the whole economy") {
    auto s = specialise(matrix({"A", "B"}, {"J"}, {{1}, {2}}), SpecialisationRequest{"J", {Measure::location_quotient}});
    REQUIRE_FALSE(s);
    CHECK(s.error().message == "1 industry in 2014: a region's industry structure needs at least two");
  }
}

TEST_CASE("specialise: an unrelated industry with a national total of 0 blocks only what needs it") {
  // C is 0 everywhere. J's shares: 10 / (10 + 5 + 1) = 0.625, 5 / 16 = 0.3125, 1 / 16 = 0.0625.
  const IndustryMatrix m = matrix({"A", "B", "C"}, {"J", "C", "F"}, {{10, 0, 60}, {5, 0, 20}, {1, 0, 40}});
  auto s = specialise(m, SpecialisationRequest{"J", {Measure::share_of_national_industry}});
  REQUIRE(s);
  REQUIRE(s->regions.size() == 3);
  CHECK(s->regions[0].values[0] == 0.625);
  CHECK(s->regions[1].values[0] == 0.3125);
  CHECK(s->regions[2].values[0] == 0.0625);
  // C's LQs are 0 / 0: every measure over all industries still stops, naming C.
  auto lq = specialise(m, SpecialisationRequest{"J", {Measure::location_quotient}});
  REQUIRE_FALSE(lq);
  CHECK(lq.error().message.starts_with("industry \"C\" has a national total of 0"));
}
