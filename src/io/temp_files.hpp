#pragma once
// Temporary output files that never outlive a failed or interrupted run (design §3, issue #8).

#include <filesystem>
#include <string>
#include <vector>

#include <signal.h>

namespace itzones::io {

// Owns a set of temporary file paths (created later by the caller). While it is alive, SIGINT,
// SIGTERM, SIGHUP and SIGQUIT first remove those files and then end the process by the same
// signal (so the shell still sees 130, 143, ...); a signal the process ignores stays ignored.
// The destructor restores the previous handlers and removes whatever of the files still exists
// (nothing, once they were renamed into place). Only one instance may be alive at a time.
class TemporaryFiles {
 public:
  explicit TemporaryFiles(std::vector<std::filesystem::path> paths);
  ~TemporaryFiles();
  TemporaryFiles(const TemporaryFiles&) = delete;
  TemporaryFiles& operator=(const TemporaryFiles&) = delete;

 private:
  std::vector<std::string> m_paths;
  std::vector<const char*> m_c_paths;  // what the signal handler reads
  std::vector<std::pair<int, struct sigaction>> m_previous;
};

// Holds back SIGINT, SIGTERM, SIGHUP and SIGQUIT for its lifetime, so a short critical step
// (renaming every output into place) is done whole; a signal that arrived meanwhile is
// delivered when the object is destroyed.
class DeferredSignals {
 public:
  DeferredSignals();
  ~DeferredSignals();
  DeferredSignals(const DeferredSignals&) = delete;
  DeferredSignals& operator=(const DeferredSignals&) = delete;

 private:
  sigset_t m_previous;
};

}  // namespace itzones::io
