#include "temp_files.hpp"

#include <unistd.h>

#include <array>
#include <atomic>

namespace itzones::io {
namespace {

constexpr std::array<int, 4> k_signals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Read by the handler; lock-free atomics are async-signal-safe.
std::atomic<const char* const*> g_paths{nullptr};
std::atomic<std::size_t> g_count{0};

// Installed with SA_RESETHAND: removes the files, re-raises the signal, and on return the
// default action (termination) runs.
void remove_and_die(int signal_number) {
  const std::size_t count = g_count.load();
  const char* const* paths = g_paths.load();
  for (std::size_t i = 0; i < count; ++i) ::unlink(paths[i]);
  ::raise(signal_number);
}

sigset_t signal_set() {
  sigset_t set;
  sigemptyset(&set);
  for (const int s : k_signals) sigaddset(&set, s);
  return set;
}

}  // namespace

TemporaryFiles::TemporaryFiles(std::vector<std::filesystem::path> paths) {
  for (const auto& p : paths) m_paths.push_back(p.string());
  for (const auto& p : m_paths) m_c_paths.push_back(p.c_str());
  g_count.store(0);
  g_paths.store(m_c_paths.data());
  g_count.store(m_c_paths.size());
  struct sigaction action {};
  action.sa_handler = remove_and_die;
  action.sa_mask = signal_set();
  action.sa_flags = static_cast<int>(SA_RESETHAND);  // 0x80000000: unsigned in glibc
  for (const int s : k_signals) {
    struct sigaction previous {};
    ::sigaction(s, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN) continue;
    ::sigaction(s, &action, nullptr);
    m_previous.emplace_back(s, previous);
  }
}

TemporaryFiles::~TemporaryFiles() {
  for (const auto& [s, previous] : m_previous) ::sigaction(s, &previous, nullptr);
  g_count.store(0);
  g_paths.store(nullptr);
  for (const char* p : m_c_paths) ::unlink(p);
}

DeferredSignals::DeferredSignals() {
  const sigset_t set = signal_set();
  ::pthread_sigmask(SIG_BLOCK, &set, &m_previous);
}

DeferredSignals::~DeferredSignals() { ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr); }

}  // namespace itzones::io
