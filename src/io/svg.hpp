#pragma once
// A small SVG writer for the report's charts, and the polyline simplification the map needs.
// Output is deterministic: one element per line, coordinates with at most two decimals.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace itzones::io::svg {

struct Point {
  double x = 0.0;
  double y = 0.0;
};

// Attributes in the order they are written; values are escaped by the writer.
using Attributes = std::vector<std::pair<std::string, std::string>>;

// `text` with & < > " ' replaced by entities, for element content and attribute values.
std::string escape(std::string_view text);

// A coordinate or length: rounded to two decimals, trailing zeros dropped, never "-0".
std::string num(double value);

// SVG path data for closed rings: "M x y L x y ... Z" per ring, rings with fewer than three
// points skipped.
std::string ring_path(const std::vector<std::vector<Point>>& rings);

// Douglas-Peucker: the subset of `points` (first and last always kept) such that no dropped
// point lies farther than `tolerance` from the segment between its kept neighbours.
// Tolerance <= 0 keeps every point.
std::vector<Point> simplify(const std::vector<Point>& points, double tolerance);

// Douglas-Peucker for a closed ring (the last point may or may not repeat the first): split at
// the point farthest from the first and each half simplified, so the ring cannot collapse to its
// start. Returns the ring without the repeated closing point.
std::vector<Point> simplify_ring(const std::vector<Point>& ring, double tolerance);

// Builds one <svg> element. Every chart of the report is one Writer.
class Writer {
 public:
  // A `width` x `height` drawing, scaled to its container (viewBox), with an accessible name.
  Writer(double width, double height, std::string_view label, const Attributes& attributes = {});

  // <g> ... </g> around the elements added in between.
  void open_group(const Attributes& attributes);
  void close_group();

  // An empty element such as rect, line, circle or path; with a non-empty `tooltip` the element
  // gets a <title> child that browsers show on hover.
  void element(std::string_view tag, const Attributes& attributes, std::string_view tooltip = {});

  // A <text> element holding `content`.
  void text(const Attributes& attributes, std::string_view content);

  // The finished <svg>...</svg>, ending with a newline. Closes any open group.
  std::string finish();

 private:
  void open_tag(std::string_view tag, const Attributes& attributes);
  std::string m_out;
  int m_open_groups = 0;
};

}  // namespace itzones::io::svg
