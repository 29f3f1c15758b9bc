#include "svg.hpp"

#include <fmt/format.h>

#include <cmath>

namespace itzones::io::svg {
namespace {

// Distance from `p` to the segment from `a` to `b`.
double segment_distance(const Point& p, const Point& a, const Point& b) {
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
  t = std::fmax(0.0, std::fmin(1.0, t));
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string num(double value) {
  std::string s = fmt::format("{:.2f}", value);
  s.erase(s.find_last_not_of('0') + 1);
  if (s.ends_with('.')) s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string ring_path(const std::vector<std::vector<Point>>& rings) {
  std::string d;
  for (const std::vector<Point>& ring : rings) {
    if (ring.size() < 3) continue;
    for (std::size_t i = 0; i < ring.size(); ++i) {
      d += fmt::format("{}{} {}", i == 0 ? (d.empty() ? "M" : " M") : "L", num(ring[i].x), num(ring[i].y));
    }
    d += "Z";
  }
  return d;
}

std::vector<Point> simplify(const std::vector<Point>& points, double tolerance) {
  if (points.size() < 3 || tolerance <= 0.0) return points;
  std::vector<bool> keep(points.size(), false);
  keep.front() = keep.back() = true;
  // An explicit stack: rings of tens of thousands of points would overflow a recursion.
  std::vector<std::pair<std::size_t, std::size_t>> spans = {{0, points.size() - 1}};
  while (!spans.empty()) {
    const auto [first, last] = spans.back();
    spans.pop_back();
    double farthest = -1.0;
    std::size_t index = first;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double d = segment_distance(points[i], points[first], points[last]);
      if (d > farthest) farthest = d, index = i;
    }
    if (farthest > tolerance) {
      keep[index] = true;
      spans.emplace_back(first, index);
      spans.emplace_back(index, last);
    }
  }
  std::vector<Point> out;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (keep[i]) out.push_back(points[i]);
  }
  return out;
}

std::vector<Point> simplify_ring(const std::vector<Point>& ring, double tolerance) {
  std::vector<Point> open = ring;
  if (open.size() > 1 && open.front().x == open.back().x && open.front().y == open.back().y) open.pop_back();
  if (open.size() < 4) return open;
  std::size_t split = 0;
  double farthest = -1.0;
  for (std::size_t i = 1; i < open.size(); ++i) {
    const double d = std::hypot(open[i].x - open[0].x, open[i].y - open[0].y);
    if (d > farthest) farthest = d, split = i;
  }
  const std::vector<Point> first(open.begin(), open.begin() + static_cast<std::ptrdiff_t>(split) + 1);
  std::vector<Point> second(open.begin() + static_cast<std::ptrdiff_t>(split), open.end());
  second.push_back(open.front());
  std::vector<Point> out = simplify(first, tolerance);
  const std::vector<Point> rest = simplify(second, tolerance);
  // `rest` starts with the split point (already in `out`) and ends with the start point again.
  out.insert(out.end(), rest.begin() + 1, rest.end() - 1);
  return out;
}

Writer::Writer(double width, double height, std::string_view label, const Attributes& attributes) {
  // Inline in HTML, so no xmlns: the page names no URL at all.
  Attributes all = {{"viewBox", fmt::format("0 0 {} {}", num(width), num(height))},
                    {"role", "img"},
                    {"aria-label", std::string(label)}};
  all.insert(all.end(), attributes.begin(), attributes.end());
  open_tag("svg", all);
  m_out += ">\n";
}

void Writer::open_tag(std::string_view tag, const Attributes& attributes) {
  m_out += "<";
  m_out += tag;
  for (const auto& [name, value] : attributes) m_out += fmt::format(" {}=\"{}\"", name, escape(value));
}

void Writer::open_group(const Attributes& attributes) {
  open_tag("g", attributes);
  m_out += ">\n";
  ++m_open_groups;
}

void Writer::close_group() {
  if (m_open_groups == 0) return;
  m_out += "</g>\n";
  --m_open_groups;
}

void Writer::element(std::string_view tag, const Attributes& attributes, std::string_view tooltip) {
  open_tag(tag, attributes);
  if (tooltip.empty()) {
    m_out += "/>\n";
  } else {
    m_out += fmt::format("><title>{}</title></{}>\n", escape(tooltip), tag);
  }
}

void Writer::text(const Attributes& attributes, std::string_view content) {
  open_tag("text", attributes);
  m_out += fmt::format(">{}</text>\n", escape(content));
}

std::string Writer::finish() {
  while (m_open_groups > 0) close_group();
  return m_out + "</svg>\n";
}

}  // namespace itzones::io::svg
