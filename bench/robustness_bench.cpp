// Benchmark of `itzones robustness` (issue #5): 10,000 rebuilds of an index over 51 regions x
// 49 indicators (indicators -> 8 groups -> 2 pillars -> index, the shape of COINr's ASEM
// example), on every core. Prints the median wall time of several repetitions, the CPU time per
// repetition and the peak resident memory. Not part of the pass/fail suite; see docs/performance.md.
//
//   robustness_bench [--runs N] [--repeat R] [--threads T] [--asem DIR]
//
// Without --asem the input is generated (deterministic, positive, log-normal values; every fifth
// indicator lower-is-better). With --asem DIR it reads COINr's asem_idata.csv and asem_imeta.csv
// from DIR (indicators divided by their denominators, missing values dropped).

#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "csv_lines.hpp"
#include "files.hpp"
#include "itzones/number.hpp"
#include "itzones/random.hpp"
#include "itzones/robustness.hpp"

namespace {

using namespace itzones;

constexpr std::size_t k_regions = 51;
constexpr std::array<std::size_t, 8> k_group_sizes = {8, 5, 3, 6, 9, 5, 8, 5};  // 49 indicators

struct Input {
  RegionTable table;
  Method method;
  std::vector<Normalisation> normalisations;
  std::vector<std::vector<Aggregation>> aggregations;
};

Input generated() {
  Input in;
  Random random(stream_seed(2017, 0, 0));
  for (std::size_t i = 0; i < k_regions; ++i) {
    in.table.regions.push_back(Region{fmt::format("R{:02}", i + 1), fmt::format("Region {}", i + 1), ""});
  }
  in.method.id = "generated";
  in.method.groups = {Group{"pillar_1", "P1", 1.0, {}, ""}, Group{"pillar_2", "P2", 1.0, {}, ""}};
  std::size_t k = 0;
  for (std::size_t g = 0; g < k_group_sizes.size(); ++g) {
    const std::string group = fmt::format("group_{}", g + 1);
    in.method.groups.push_back(Group{group, group, 1.0, {}, g < 4 ? "pillar_1" : "pillar_2"});
    for (std::size_t j = 0; j < k_group_sizes[g]; ++j, ++k) {
      Indicator ind;
      ind.id = fmt::format("x{:02}", k + 1);
      ind.symbol = ind.id;
      ind.group = group;
      ind.numerator = ind.id;
      ind.direction = k % 5 == 4 ? Direction::lower_is_better : Direction::higher_is_better;
      std::vector<Cell>& cells = in.table.columns[ind.id];
      for (std::size_t i = 0; i < k_regions; ++i) cells.push_back(Cell{std::exp(random.normal()) * 100.0, 2, {}});
      in.method.indicators.push_back(std::move(ind));
    }
  }
  in.method.classes = kireyeva2017().classes;
  in.normalisations = {Normalisation{NormalisationKind::percent_of_best},
                       Normalisation{NormalisationKind::min_max, 1.0, 100.0}, Normalisation{NormalisationKind::rank}};
  in.aggregations = {{Aggregation::arithmetic}, {Aggregation::geometric}, {Aggregation::harmonic}};
  return in;
}

// Calls on_row(field by name) for every data row of a CSV file.
void read_rows(const std::string& path, const std::function<void(const std::map<std::string, std::string>&)>& on_row) {
  auto text = io::read_file(path);
  if (!text) throw std::runtime_error(to_string(text.error()));
  auto header = io::read_csv(*text, path, {}, [&](const io::CsvHeader& h, std::size_t, std::vector<std::string>& fields)
                                                  -> Result<void> {
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < fields.size(); ++c) row[h.names[c]] = fields[c];
    on_row(row);
    return {};
  });
  if (!header) throw std::runtime_error(to_string(header.error()));
}

Input asem(const std::string& dir) {
  Input in;
  in.method.id = "asem";
  read_rows(dir + "/asem_imeta.csv", [&](const std::map<std::string, std::string>& row) {
    const std::string& level = row.at("Level");
    const double weight = level.empty() ? 1.0 : *parse_number(row.at("Weight"))->value;
    if (level == "1") {
      Indicator ind;
      ind.id = ind.symbol = ind.numerator = row.at("iCode");
      ind.group = row.at("Parent");
      if (!row.at("Denominator").empty()) ind.denominator = row.at("Denominator");
      ind.direction = row.at("Direction") == "-1" ? Direction::lower_is_better : Direction::higher_is_better;
      ind.weight = weight;
      in.method.indicators.push_back(std::move(ind));
    } else if (level == "2" || level == "3") {
      const std::string& parent = row.at("Parent");
      in.method.groups.push_back(Group{row.at("iCode"), row.at("iCode"), weight, {}, parent == "Index" ? "" : parent});
    }
  });
  read_rows(dir + "/asem_idata.csv", [&](const std::map<std::string, std::string>& row) {
    in.table.regions.push_back(Region{row.at("uCode"), row.at("uName"), row.at("uName")});
    for (const auto& [name, text] : row) {
      if (name == "uCode" || name == "uName" || name.ends_with("_group")) continue;
      const auto value = parse_number(text);
      in.table.columns[name].push_back(Cell{value ? value->value : std::nullopt, 2, {}});
    }
  });
  in.method.missing = MissingTreatment::drop;
  in.method.normalisation = Normalisation{NormalisationKind::min_max, 0.0, 100.0};
  in.method.classes = kireyeva2017().classes;
  in.normalisations = {Normalisation{NormalisationKind::min_max, 1.0, 100.0}, Normalisation{NormalisationKind::rank}};
  in.aggregations = {{Aggregation::arithmetic}, {Aggregation::geometric}};
  return in;
}

std::size_t option(int argc, char** argv, const std::string& name, std::size_t fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == name) return std::stoul(argv[i + 1]);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  std::string asem_dir;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--asem") asem_dir = argv[i + 1];
  }
  const Input in = asem_dir.empty() ? generated() : asem(asem_dir);
  RobustnessOptions o;
  o.runs = option(argc, argv, "--runs", 10000);
  o.seed = 1;
  o.weights = WeightDraw::dirichlet;
  o.normalisations = in.normalisations;
  o.aggregations = in.aggregations;
  o.threads = static_cast<unsigned>(option(argc, argv, "--threads", std::max(1U, std::thread::hardware_concurrency())));
  const std::size_t repeat = option(argc, argv, "--repeat", 5);

  std::vector<double> seconds;
  std::size_t sensitivity_rows = 0;
  for (std::size_t r = 0; r < repeat; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const auto result = robustness(in.table, in.method, "bench", o);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (!result) {
      fmt::print(stderr, "{}\n", to_string(result.error()));
      return 1;
    }
    sensitivity_rows = result->sensitivity.size();
  }
  std::sort(seconds.begin(), seconds.end());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  fmt::print("input: {} ({} regions x {} indicators, {} groups)\n", asem_dir.empty() ? "generated" : asem_dir,
             in.table.regions.size(), in.method.indicators.size(), in.method.groups.size());
  fmt::print("runs: {} (+ {} one-at-a-time rows), threads: {}, repetitions: {}\n", o.runs, sensitivity_rows, o.threads,
             repeat);
  fmt::print("wall time: median {:.3f} s, min {:.3f} s, max {:.3f} s\n", seconds[seconds.size() / 2],
             seconds.front(), seconds.back());
  // CPU time of the whole process (input generation included) per repetition: steadier than the
  // wall time on a shared machine, and over the wall time it shows how many cores were busy.
  const auto cpu = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
  fmt::print("cpu time (user + system): {:.3f} s per repetition\n",
             (cpu(usage.ru_utime) + cpu(usage.ru_stime)) / static_cast<double>(repeat));
  fmt::print("peak resident memory: {} MiB\n", usage.ru_maxrss / 1024);
  return 0;
}
