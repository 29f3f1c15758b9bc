#include "itzones/random.hpp"

#include <cmath>
#include <limits>
#include <numbers>

namespace itzones {
namespace {

constexpr std::uint64_t k_golden = 0x9E3779B97F4A7C15ULL;
constexpr double k_two_to_minus_53 = 1.0 / 9007199254740992.0;

}  // namespace

std::uint64_t mix64(std::uint64_t x) {
  x += k_golden;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
  return mix64(mix64(seed ^ mix64(stream)) + index);
}

std::uint64_t Random::next() {
  const std::uint64_t out = mix64(m_state);
  m_state += k_golden;
  return out;
}

double Random::uniform() { return static_cast<double>(next() >> 11) * k_two_to_minus_53; }

double Random::uniform_open() { return static_cast<double>((next() >> 11) + 1) * k_two_to_minus_53; }

std::uint64_t Random::below(std::uint64_t n) {
  const auto k = static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
  return k < n ? k : n - 1;
}

double Random::normal() {
  const double radius = std::sqrt(-2.0 * std::log(uniform_open()));
  return radius * std::cos(2.0 * std::numbers::pi * uniform());
}

double Random::gamma(double shape) {
  if (shape < 1.0) {
    const double g = gamma(shape + 1.0) * std::pow(uniform_open(), 1.0 / shape);
    return g > 0.0 ? g : std::numeric_limits<double>::min();
  }
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  while (true) {
    double x = 0.0;
    double v = 0.0;
    do {
      x = normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = uniform_open();
    if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

}  // namespace itzones
