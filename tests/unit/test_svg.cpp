// The SVG writer and the Douglas-Peucker simplification the map uses.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "svg.hpp"

namespace {

using itzones::io::svg::Point;

std::vector<std::pair<double, double>> pairs(const std::vector<Point>& points) {
  std::vector<std::pair<double, double>> out;
  for (const Point& p : points) out.emplace_back(p.x, p.y);
  return out;
}

using Pairs = std::vector<std::pair<double, double>>;

}  // namespace

TEST_CASE("svg::simplify: a straight line keeps its ends") {
  const std::vector<Point> line = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {10, 10}};
  CHECK(pairs(itzones::io::svg::simplify(line, 0.001)) == Pairs{{0, 0}, {10, 10}});
}

TEST_CASE("svg::simplify: one bump against the tolerance") {
  // (1, 0.5) lies 0.5 from the segment (0,0)-(2,0): kept at tolerance 0.4, dropped at 0.6.
  const std::vector<Point> bump = {{0, 0}, {1, 0.5}, {2, 0}};
  CHECK(pairs(itzones::io::svg::simplify(bump, 0.4)) == Pairs{{0, 0}, {1, 0.5}, {2, 0}});
  CHECK(pairs(itzones::io::svg::simplify(bump, 0.6)) == Pairs{{0, 0}, {2, 0}});
  // Tolerance 0 keeps everything.
  CHECK(itzones::io::svg::simplify(bump, 0).size() == 3);
}

TEST_CASE("svg::simplify: the classic ten-point example") {
  // Segment (0,0)-(9,9): the farthest point is (3,5), 1.41 away (kept). Then (0,0)-(3,5): the
  // farthest is (2,-0.1), 1.80 away (kept); (0,0)-(2,-0.1): (1,0.1) is 0.15 away (dropped).
  // (3,5)-(9,9): (7,9) is 1.66 away (kept); (3,5)-(7,9): (6,8.1) 0.07, (4,6) 0, (5,7) 0 (dropped);
  // (7,9)-(9,9): (8,9) 0 (dropped).
  const std::vector<Point> points = {{0, 0}, {1, 0.1}, {2, -0.1}, {3, 5}, {4, 6},
                                     {5, 7}, {6, 8.1}, {7, 9},    {8, 9}, {9, 9}};
  CHECK(pairs(itzones::io::svg::simplify(points, 1.0)) == Pairs{{0, 0}, {2, -0.1}, {3, 5}, {7, 9}, {9, 9}});
}

TEST_CASE("svg::simplify: distance is to the segment, not the infinite line") {
  // (5, 0.5) lies on the extension of (0,0)-(1,0) at 0.5 from the line but 4.03 from the segment.
  const std::vector<Point> points = {{0, 0}, {5, 0.5}, {1, 0}};
  CHECK(itzones::io::svg::simplify(points, 1.0).size() == 3);
}

TEST_CASE("svg::simplify_ring: a square with points on its edges") {
  // Closed ring (last = first); midpoints of the edges are collinear and go, corners stay.
  const std::vector<Point> ring = {{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}, {0, 0}};
  CHECK(pairs(itzones::io::svg::simplify_ring(ring, 0.1)) == Pairs{{0, 0}, {2, 0}, {2, 2}, {0, 2}});
  // The same ring given open (without the repeated point) gives the same result.
  const std::vector<Point> open(ring.begin(), ring.end() - 1);
  CHECK(pairs(itzones::io::svg::simplify_ring(open, 0.1)) == Pairs{{0, 0}, {2, 0}, {2, 2}, {0, 2}});
}

TEST_CASE("svg::simplify_ring: a ring within the tolerance collapses to few points") {
  const std::vector<Point> tiny = {{0, 0}, {0.01, 0}, {0.01, 0.01}, {0, 0.01}, {0, 0}};
  CHECK(itzones::io::svg::simplify_ring(tiny, 1.0).size() < 3);
}

TEST_CASE("svg::num: two decimals at most, no trailing zeros, no negative zero") {
  using itzones::io::svg::num;
  CHECK(num(2) == "2");
  CHECK(num(1.5) == "1.5");
  CHECK(num(1.234) == "1.23");
  CHECK(num(1.235001) == "1.24");
  CHECK(num(-0.001) == "0");
  CHECK(num(-3.1) == "-3.1");
  CHECK(num(100) == "100");
}

TEST_CASE("svg::escape") {
  CHECK(itzones::io::svg::escape(R"(<a href="x">Tom & 'Jerry'</a>)") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  CHECK(itzones::io::svg::escape("г. Алматы") == "г. Алматы");
}

TEST_CASE("svg::ring_path") {
  using itzones::io::svg::ring_path;
  CHECK(ring_path({{{0, 0}, {1, 0}, {1, 1}}, {{5, 5}, {6, 5}, {6, 6.5}}}) == "M0 0L1 0L1 1Z M5 5L6 5L6 6.5Z");
  CHECK(ring_path({{{0, 0}, {1, 1}}}).empty());  // fewer than three points: skipped
}

TEST_CASE("svg::Writer: elements, groups, tooltips, text") {
  itzones::io::svg::Writer w(100, 50.5, "A <chart>", {{"data-chart", "test"}});
  w.open_group({{"class", "g"}});
  w.element("rect", {{"x", "1"}, {"y", "2"}, {"width", "3"}, {"height", "4"}});
  w.element("circle", {{"class", "mark"}, {"data-region", "KZ-ALA"}, {"r", "5"}}, "Almaty & co");
  w.text({{"x", "0"}, {"y", "10"}}, "a<b");
  // finish() closes the open group.
  CHECK(w.finish() ==
        "<svg viewBox=\"0 0 100 50.5\" role=\"img\" aria-label=\"A &lt;chart&gt;\" data-chart=\"test\">\n"
        "<g class=\"g\">\n"
        "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n"
        "<circle class=\"mark\" data-region=\"KZ-ALA\" r=\"5\"><title>Almaty &amp; co</title></circle>\n"
        "<text x=\"0\" y=\"10\">a&lt;b</text>\n"
        "</g>\n"
        "</svg>\n");
}
