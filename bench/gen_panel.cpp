// A deterministic region x industry x year panel for the scale benchmarks (issue #7):
//   gen_panel REGIONS INDUSTRIES YEARS [DENSITY] [SEED] > panel.csv
// Region sizes are log-normal (sigma 1.2), industry sizes Zipf-like (weight 1 / rank^1.1, ranks
// shuffled), each year grows by 2% with 30% log-normal noise per cell, and a cell has a row
// with probability DENSITY (default 0.9; industry I0001 everywhere). Columns
// region,industry,year,value; values with one decimal, never 0; rows by year, region, industry.
// The same arguments give the same bytes (splitmix64 and our own transforms, no std::
// distributions, whose output differs between standard libraries).

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <string>
#include <vector>

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in (0, 1).
  double uniform() { return (static_cast<double>(next() >> 11) + 0.5) / 9007199254740992.0; }
  // Standard normal (Box-Muller).
  double normal() {
    return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
  }

 private:
  std::uint64_t m_state;
};

// "R00042" style ids, zero-padded to `width` digits.
std::vector<std::string> ids(char letter, std::size_t count, int width) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i <= count; ++i) {
    std::string digits = std::to_string(i);
    out.push_back(
        letter +
        std::string(static_cast<std::size_t>(width) -
                        std::min<std::size_t>(digits.size(), static_cast<std::size_t>(width)),
                    '0') +
        digits);
  }
  return out;
}

void append_tenths(std::string& out, std::uint64_t tenths) {
  std::array<char, 24> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), tenths / 10);
  out.append(buf.data(), end);
  out += '.';
  out += static_cast<char>('0' + tenths % 10);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fputs("usage: gen_panel REGIONS INDUSTRIES YEARS [DENSITY] [SEED] > panel.csv\n", stderr);
    return 2;
  }
  const std::size_t regions = std::strtoull(argv[1], nullptr, 10);
  const std::size_t industries = std::strtoull(argv[2], nullptr, 10);
  const std::size_t years = std::strtoull(argv[3], nullptr, 10);
  const double density = argc > 4 ? std::atof(argv[4]) : 0.9;
  Random random(argc > 5 ? std::strtoull(argv[5], nullptr, 10) : 20170601);

  const std::vector<std::string> region_ids = ids('R', regions, 5);
  const std::vector<std::string> industry_ids = ids('I', industries, 4);
  std::vector<double> region_size;
  for (std::size_t r = 0; r < regions; ++r)
    region_size.push_back(2000.0 * std::exp(1.2 * random.normal()));
  std::vector<std::size_t> rank(industries);
  for (std::size_t k = 0; k < industries; ++k) rank[k] = k;
  for (std::size_t k = industries; k > 1; --k) std::swap(rank[k - 1], rank[random.next() % k]);
  std::vector<double> industry_weight;
  for (std::size_t k = 0; k < industries; ++k)
    industry_weight.push_back(std::pow(1.0 + static_cast<double>(rank[k]), -1.1));

  std::string out = "region,industry,year,value\n";
  for (std::size_t y = 0; y < years; ++y) {
    const std::string year = std::to_string(2010 + y);
    const double growth = std::pow(1.02, static_cast<double>(y));
    for (std::size_t r = 0; r < regions; ++r) {
      for (std::size_t k = 0; k < industries; ++k) {
        const double present = random.uniform();
        const double noise = std::exp(0.3 * random.normal());
        if (k != 0 && present >= density) continue;
        const double value = region_size[r] * industry_weight[k] * growth * noise * 10.0;  // tenths
        const auto tenths = static_cast<std::uint64_t>(std::max(1.0, std::round(value)));
        out += region_ids[r];
        out += ',';
        out += industry_ids[k];
        out += ',';
        out += year;
        out += ',';
        append_tenths(out, tenths);
        out += '\n';
        if (out.size() > (std::size_t{1} << 22)) {
          std::fwrite(out.data(), 1, out.size(), stdout);
          out.clear();
        }
      }
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
