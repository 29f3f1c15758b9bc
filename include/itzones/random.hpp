#pragma once
// Random numbers of our own, so a seed gives the same draws on every platform and library
// (std::*_distribution are implementation-defined). SplitMix64 (Steele, Lea, Flood 2014).

#include <cstdint>

namespace itzones {

// The SplitMix64 finaliser: a bijection of 64-bit words that scatters neighbouring inputs.
std::uint64_t mix64(std::uint64_t x);

// The seed of draw `index` of stream `stream` under the user's `seed`:
// mix64(mix64(seed ^ mix64(stream)) + index). Runs seeded this way do not depend on which
// thread computes them or in which order.
std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}

  // The next 64 random bits: mix64 of a state advanced by the golden-ratio increment.
  std::uint64_t next();
  // Uniform in [0, 1), 53 bits.
  double uniform();
  // Uniform integer in [0, n), n >= 1: floor(uniform() * n) (bias below n * 2^-53).
  std::uint64_t below(std::uint64_t n);
  // Standard normal (Box-Muller, one of the pair).
  double normal();
  // Gamma(shape, 1), shape > 0 (Marsaglia-Tsang; shape < 1 via Gamma(shape + 1) * U^(1/shape)).
  // Never 0: an underflow returns the smallest positive double.
  double gamma(double shape);

 private:
  // Uniform in (0, 1]: safe for log().
  double uniform_open();

  std::uint64_t m_state;
};

}  // namespace itzones
