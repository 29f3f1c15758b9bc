#pragma once
// Running independent pieces of work on a few threads.

#include <cstddef>
#include <functional>

namespace itzones {

// Calls body(i) once for every i in [0, count), on up to `threads` threads (the caller's
// included; 0 or 1 = all on the caller's thread). Pieces are handed out in ascending order;
// `body` must only touch what piece i owns. Returns when every piece is done.
void parallel_for(std::size_t count, unsigned threads,
                  const std::function<void(std::size_t)>& body);

}  // namespace itzones
