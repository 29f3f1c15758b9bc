#pragma once
// The stage-2 formulas over one period's region x industry matrix (docs/method.md, "Stage 2").
// Notation: x_rk value of region r in industry k; x_r = sum_k x_rk; X_k = sum_r x_rk;
// X = sum x_rk; s_rk = x_rk / x_r; S_k = X_k / X; c_rk = x_rk / X_k; c_r = x_r / X.
// Nothing is rounded.

#include <cstddef>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/industry.hpp"

namespace itzones {

// c_rk = x_rk / X_k of every region for industry k, in the matrix's region order. Errors:
// fewer than two regions; X_k = 0 (naming the industry and the period).
Result<std::vector<double>> national_shares(const IndustryMatrix& m, std::size_t k);

// The totals and shares the structure measures share, computed once.
struct Structure {
  std::vector<std::vector<double>> values;         // x_rk
  std::vector<double> region_totals;               // x_r
  std::vector<double> industry_totals;             // X_k
  double total = 0.0;                              // X
  std::vector<std::vector<double>> region_shares;  // s_rk
  std::vector<double> nation;                      // S_k
  std::vector<double> weights;                     // c_r
};

// Errors: a target-only matrix (no region totals); fewer than two regions or two industries;
// a region whose total over all industries is 0; an industry whose national total is 0.
Result<Structure> structure(const IndustryMatrix& m);

// s_rk / S_k.
double location_quotient(const Structure& s, std::size_t r, std::size_t k);

// |s_rk - S_k|: industry k's term of the Krugman index against the nation.
double krugman_term_vs_nation(const Structure& s, std::size_t r, std::size_t k);

// The reference structure a region is compared with.
enum class Reference {
  nation,           // S_k, the region included
  rest_of_country,  // (X_k - x_rk) / (X - x_r)
  mean_of_others,   // (1 / (n - 1)) sum_{j != r} s_jk, regions unweighted
};

// sum_k |s_rk - R_k| for the reference R; 0 (same structure) .. 2 (no industry in common).
double krugman_specialisation(const Structure& s, std::size_t r, Reference reference);

// sum_k |s_ak - s_bk|; 0..2.
double krugman_pairwise(const Structure& s, std::size_t a, std::size_t b);

// sum_r |c_rk - c_r|; 0..2. Halved, it is the Hoover localisation index.
double krugman_concentration(const Structure& s, std::size_t k);

// Gini of industry k's location quotients over the regions, region r weighted by c_r (the
// Lorenz curve of c_rk against c_r, regions ordered by LQ).
double locational_gini(const Structure& s, std::size_t k);

// Gini of region r's location quotients over the industries, industry k weighted by S_k.
double specialisation_gini(const Structure& s, std::size_t r);

// sum_k s_rk^2: 1/K (even over K industries) .. 1 (one industry).
double structure_hhi(const Structure& s, std::size_t r);

// -sum_k s_rk ln s_rk, natural log (nats); a zero share contributes 0 (the limit of s ln s).
double shannon_entropy_ln(const Structure& s, std::size_t r);

// sum_k s_rk ln(s_rk / S_k), natural log; a zero share contributes 0. 0 when r has the
// nation's structure, larger the more r differs (the Kullback-Leibler divergence).
double theil_index_vs_nation(const Structure& s, std::size_t r);

// sum_r c_r^2 of shares that sum to 1: 1/n .. 1.
double hhi_raw(const std::vector<double>& shares);

// (H - 1/n) / (1 - 1/n) of shares that sum to 1 (n >= 2): 0 .. 1.
double hhi_normalised(const std::vector<double>& shares);

// Gini of `values` with `weights` (both of one length, weights > 0, weighted mean > 0):
// G = 1 - sum_i (W_i - W_{i-1}) (Y_i + Y_{i-1}) over the values in ascending order, W the
// cumulative weight share and Y the cumulative share of weight x value. Equal weights give
// the plain Gini sum_i sum_j |v_i - v_j| / (2 n^2 mean), 0 .. (n - 1) / n.
double weighted_gini(const std::vector<double>& values, const std::vector<double>& weights);

}  // namespace itzones
