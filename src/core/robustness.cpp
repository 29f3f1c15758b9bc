#include "itzones/robustness.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <mutex>
#include <optional>
#include <ranges>

#include "itzones/parallel.hpp"
#include "itzones/random.hpp"
#include "itzones/scoring.hpp"

namespace itzones {
namespace {

constexpr std::size_t k_chunk = 64;                // runs per piece of parallel work
constexpr std::size_t k_sensitivity_runs = 1000;  // weight draws per set in the one-at-a-time table

// Siblings whose weights are drawn together.
struct WeightSet {
  bool indicators = false;  // members index Weights::indicators, else Weights::groups
  std::vector<std::size_t> members;
  std::string name;
};

// Everything the runs share, computed once. Index 0 of `matrices` and `aggregations` is the
// method's own choice; index 1 + c is the options' choice c.
struct Setup {
  const Method& method;
  Hierarchy tree;
  std::vector<std::string> ids;
  std::vector<IndicatorColumns> matrices;
  std::vector<std::vector<Aggregation>> aggregations;
  std::vector<WeightSet> sets;
  Weights nominal;
  std::vector<double> nominal_index;  // per table row
  std::vector<std::size_t> position;  // table row -> position in nominal rank order
};

// Results of a batch of runs; region j as in nominal rank order.
struct RunTable {
  std::vector<std::size_t> matrix;
  std::vector<std::size_t> aggregation;
  std::vector<double> index;
  std::vector<std::uint32_t> rank;
  std::vector<std::uint16_t> klass;
};

// Draws a run's weights into its argument (which holds the nominal ones) and returns the
// indices into Setup::matrices and Setup::aggregations.
using Draw = std::function<std::pair<std::size_t, std::size_t>(Random&, Weights&)>;

void draw_set(Random& random, const WeightSet& set, const RobustnessOptions& options, Weights& w) {
  std::vector<double>& weights = set.indicators ? w.indicators : w.groups;
  if (options.weights == WeightDraw::uniform) {
    for (const std::size_t m : set.members) weights[m] *= 1.0 + options.spread * (2.0 * random.uniform() - 1.0);
    return;
  }
  double total = 0.0;
  for (const std::size_t m : set.members) total += weights[m];
  const double k = static_cast<double>(set.members.size());
  for (const std::size_t m : set.members) {
    weights[m] = random.gamma(options.concentration * k * weights[m] / total);
  }
}

std::vector<WeightSet> weight_sets(const Method& method, const Hierarchy& tree) {
  std::vector<WeightSet> sets;
  for (std::size_t g = 0; g < method.groups.size(); ++g) {
    const bool indicators = tree.group_level[g] == 1;
    sets.push_back({indicators, tree.children[g],
                    fmt::format("{} of group {}", indicators ? "indicators" : "groups", method.groups[g].id)});
  }
  sets.push_back({false, tree.top, "groups of the index"});
  return sets;
}

std::string choice_name(const Setup& s, const RobustnessOptions& o, std::size_t matrix, std::size_t aggregation) {
  const Normalisation& n = matrix == 0 ? s.method.normalisation : o.normalisations[matrix - 1];
  return fmt::format("{} with {} means", describe(n), fmt::join(s.aggregations[aggregation] |
                     std::views::transform(aggregation_id), "/"));
}

// Builds `runs` runs; after each piece of them, `on_piece` (if set) gets the number of runs in it.
Result<RunTable> run_many(const Setup& s, const RobustnessOptions& o, std::size_t runs, std::uint64_t stream,
                          const Draw& draw, const std::function<void(std::size_t)>& on_piece = {}) {
  const std::size_t n = s.ids.size();
  RunTable t;
  t.matrix.resize(runs);
  t.aggregation.resize(runs);
  t.index.resize(runs * n);
  t.rank.resize(runs * n);
  if (!s.method.classes.empty()) t.klass.resize(runs * n);
  const std::size_t chunks = (runs + k_chunk - 1) / k_chunk;
  std::vector<std::optional<Diagnostic>> errors(chunks);
  parallel_for(chunks, o.threads, [&](std::size_t c) {
    IndexBuilder builder(s.method, s.tree, s.ids);
    IndexScores scores;
    Weights w;
    for (std::size_t r = c * k_chunk; r < std::min(runs, (c + 1) * k_chunk); ++r) {
      Random random(stream_seed(o.seed, stream, r));
      w = s.nominal;
      const auto [matrix, aggregation] = draw(random, w);
      if (auto ok = builder.build(s.matrices[matrix], w, s.aggregations[aggregation], scores); !ok) {
        errors[c] = Diagnostic{{}, 0, {}, fmt::format("run {} ({}): {}", r + 1, choice_name(s, o, matrix, aggregation),
                                                      ok.error().message)};
        return;
      }
      t.matrix[r] = matrix;
      t.aggregation[r] = aggregation;
      const std::vector<std::size_t> order = rank_order(scores.index, s.ids);
      for (std::size_t p = 0; p < n; ++p) {
        const std::size_t i = order[p];
        const std::size_t cell = r * n + s.position[i];
        t.index[cell] = scores.index[i];
        t.rank[cell] = static_cast<std::uint32_t>(p + 1);
        if (!t.klass.empty()) t.klass[cell] = static_cast<std::uint16_t>(*s.method.class_index(scores.index[i]));
      }
    }
    if (on_piece) on_piece(std::min(runs, (c + 1) * k_chunk) - c * k_chunk);
  });
  for (const std::optional<Diagnostic>& e : errors) {
    if (e) return fail(*e);
  }
  return t;
}

// The nearest-rank percentile `p` of sorted values: the ceil(p * n)-th smallest.
template <class T>
T percentile(const std::vector<T>& sorted, double p) {
  const auto k = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::max<std::size_t>(k, 1) - 1];
}

template <class T>
double median(const std::vector<T>& sorted) {
  const std::size_t n = sorted.size();
  return n % 2 == 1 ? static_cast<double>(sorted[n / 2])
                    : (static_cast<double>(sorted[n / 2 - 1]) + static_cast<double>(sorted[n / 2])) / 2.0;
}

SensitivityRow shift_row(std::string factor, std::string choice, const RunTable& t,
                         const std::vector<RegionRobustness>& nominal, const Method& method) {
  SensitivityRow row{std::move(factor), std::move(choice), t.matrix.size(), 0.0, 0, 0.0, {}};
  const std::size_t n = nominal.size();
  double shifts = 0.0;
  std::size_t changes = 0;
  for (std::size_t cell = 0; cell < t.rank.size(); ++cell) {
    const std::size_t expected = nominal[cell % n].nominal_rank;
    const std::size_t got = t.rank[cell];
    const std::size_t shift = got > expected ? got - expected : expected - got;
    shifts += static_cast<double>(shift);
    row.max_rank_shift = std::max(row.max_rank_shift, shift);
    if (!t.klass.empty() && method.classes[t.klass[cell]].name != nominal[cell % n].nominal_class) ++changes;
  }
  row.mean_rank_shift = shifts / static_cast<double>(t.rank.size());
  row.class_change_share = static_cast<double>(changes) / static_cast<double>(t.rank.size());
  return row;
}

Result<void> check_options(const RobustnessOptions& o) {
  if (o.runs == 0) return fail("the number of runs must be at least 1");
  if (o.weights == WeightDraw::uniform && !(o.spread >= 0.0 && o.spread < 1.0)) {
    return fail(fmt::format("the uniform weight spread must be in [0, 1), got {}", o.spread));
  }
  if (o.weights == WeightDraw::dirichlet && !(o.concentration > 0.0 && std::isfinite(o.concentration))) {
    return fail(fmt::format("the Dirichlet concentration must be positive, got {}", o.concentration));
  }
  return {};
}

// The setup and the filled-in options; checks every choice against the method.
Result<Setup> prepare(const RegionTable& table, const Method& method, const std::string& period,
                      RobustnessOptions& o) {
  if (auto ok = check_options(o); !ok) return fail(ok.error());
  if (o.normalisations.empty()) o.normalisations = {method.normalisation};
  if (o.aggregations.empty()) o.aggregations = {method.aggregation};
  auto nominal = build_nominal(table, method, period, {}, method.missing);
  if (!nominal) return fail(nominal.error());
  Setup s{method, nominal->tree, nominal->ids, {nominal->normalised}, {nominal->tree.aggregation},
          weight_sets(method, nominal->tree), nominal_weights(method), nominal->scores.index, {}};
  for (const Normalisation& n : o.normalisations) {
    Method variant = method;
    variant.normalisation = n;
    if (auto ok = hierarchy(variant); !ok) return fail(fmt::format("normalisation {}: {}", describe(n), ok.error().message));
    auto m = normalise_all(method, nominal->raw.columns, n, period);
    if (!m) return fail(fmt::format("normalisation {}: {}", describe(n), m.error().message));
    s.matrices.push_back(std::move(*m));
  }
  for (const std::vector<Aggregation>& a : o.aggregations) {
    Method variant = method;
    variant.aggregation = a;
    auto levels = hierarchy(variant);
    if (!levels) return fail(levels.error());
    s.aggregations.push_back(levels->aggregation);
  }
  return s;
}

}  // namespace

Result<Robustness> robustness(const RegionTable& table, const Method& method, const std::string& period,
                              const RobustnessOptions& options, const RobustnessProgress& progress) {
  Robustness out{period, options, {}, {}, {}, {}, {}, {}, {}};
  RobustnessOptions& o = out.options;
  auto setup = prepare(table, method, period, o);
  if (!setup) return fail(setup.error());
  Setup& s = *setup;
  const std::size_t n = s.ids.size();

  // The nominal build is rate()'s, and fixes every region's position in the output.
  s.position.resize(n);
  const std::vector<std::size_t> order = rank_order(s.nominal_index, s.ids);
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t i = order[p];
    const double index = s.nominal_index[i];
    s.position[i] = p;
    out.regions.push_back(
        RegionRobustness{table.regions[i], index, p + 1, method.classify(index), 0.0, 0, 0, 0.0, 0.0, 0.0, {}});
  }
  // Each combination once with nominal weights, so an impossible one is named before the runs.
  IndexBuilder builder(method, s.tree, s.ids);
  IndexScores scores;
  for (std::size_t m = 1; m < s.matrices.size(); ++m) {
    for (std::size_t a = 1; a < s.aggregations.size(); ++a) {
      if (auto ok = builder.build(s.matrices[m], s.nominal, s.aggregations[a], scores); !ok) {
        return fail(fmt::format("{} cannot be built: {}", choice_name(s, o, m, a), ok.error().message));
      }
    }
  }

  const Draw draw = [&](Random& random, Weights& w) {
    if (o.weights != WeightDraw::nominal) {
      for (const WeightSet& set : s.sets) draw_set(random, set, o, w);
    }
    const std::size_t m = 1 + random.below(o.normalisations.size());
    const std::size_t a = 1 + random.below(o.aggregations.size());
    return std::pair{m, a};
  };
  std::mutex progress_mutex;
  std::size_t done = 0;
  const auto on_piece = [&](std::size_t piece) {
    const std::lock_guard lock(progress_mutex);
    done += piece;
    progress(done, o.runs);
  };
  auto runs = run_many(s, o, o.runs, 0, draw, progress ? std::function<void(std::size_t)>(on_piece) : nullptr);
  if (!runs) return fail(runs.error());
  for (std::size_t r = 0; r < o.runs; ++r) {
    out.run_normalisation.push_back(runs->matrix[r] - 1);
    out.run_aggregation.push_back(runs->aggregation[r] - 1);
  }

  for (std::size_t j = 0; j < n; ++j) {
    RegionRobustness& region = out.regions[j];
    std::vector<std::uint32_t> ranks;
    std::vector<double> indices;
    std::vector<double> counts(method.classes.size());
    for (std::size_t r = 0; r < o.runs; ++r) {
      ranks.push_back(runs->rank[r * n + j]);
      indices.push_back(runs->index[r * n + j]);
      if (!counts.empty()) counts[runs->klass[r * n + j]] += 1.0;
    }
    std::sort(ranks.begin(), ranks.end());
    std::sort(indices.begin(), indices.end());
    region.median_rank = median(ranks);
    region.rank_p05 = percentile(ranks, 0.05);
    region.rank_p95 = percentile(ranks, 0.95);
    region.median_index = median(indices);
    region.index_p05 = percentile(indices, 0.05);
    region.index_p95 = percentile(indices, 0.95);
    for (double& c : counts) c /= static_cast<double>(o.runs);
    region.class_probability = std::move(counts);
  }

  // One at a time: every other normalisation and aggregation once, each weight set alone. The
  // runs only checked the combinations of the allowed lists: one beside the method's own choice
  // (its normalisation's zeros under a geometric mean, say) may not build, and then says why.
  const auto one_choice = [&](const char* factor, std::string choice, std::size_t m, std::size_t a) -> Result<void> {
    if (auto ok = builder.build(s.matrices[m], s.nominal, s.aggregations[a], scores); !ok) {
      out.sensitivity.push_back(SensitivityRow{factor, std::move(choice), 0, 0.0, 0, 0.0, ok.error().message});
      return {};
    }
    auto t = run_many(s, o, 1, 0, [m, a](Random&, Weights&) { return std::pair{m, a}; });
    if (!t) return fail(t.error());
    out.sensitivity.push_back(shift_row(factor, std::move(choice), *t, out.regions, method));
    return {};
  };
  for (std::size_t m = 1; m < s.matrices.size(); ++m) {
    if (o.normalisations[m - 1] == method.normalisation) continue;
    if (auto ok = one_choice("normalisation", describe(o.normalisations[m - 1]), m, 0); !ok) return fail(ok.error());
  }
  for (std::size_t a = 1; a < s.aggregations.size(); ++a) {
    if (s.aggregations[a] == s.aggregations[0]) continue;
    const auto ids = s.aggregations[a] | std::views::transform(aggregation_id);
    if (auto ok = one_choice("aggregation", fmt::format("{}", fmt::join(ids, "/")), 0, a); !ok) return fail(ok.error());
  }
  if (o.weights != WeightDraw::nominal) {
    for (std::size_t k = 0; k < s.sets.size(); ++k) {
      const WeightSet& set = s.sets[k];
      auto t = run_many(s, o, std::min(o.runs, k_sensitivity_runs), 1 + k, [&](Random& random, Weights& w) {
        draw_set(random, set, o, w);
        return std::pair{std::size_t{0}, std::size_t{0}};
      });
      if (!t) return fail(t.error());
      out.sensitivity.push_back(shift_row("weights", set.name, *t, out.regions, method));
    }
  }
  std::stable_sort(out.sensitivity.begin(), out.sensitivity.end(), [](const SensitivityRow& a, const SensitivityRow& b) {
    if (a.unbuildable.empty() != b.unbuildable.empty()) return a.unbuildable.empty();
    return a.mean_rank_shift > b.mean_rank_shift;
  });

  out.run_index = std::move(runs->index);
  out.run_rank = std::move(runs->rank);
  out.run_class = std::move(runs->klass);
  return out;
}

}  // namespace itzones
