#include "charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <optional>

#include "rating_report.hpp"
#include "report_words.hpp"
#include "svg.hpp"
#include "text_table.hpp"
#include "zones_report.hpp"

namespace itzones::io {
namespace {

using svg::Attributes;
using svg::num;
using svg::Point;

constexpr double k_font = 12.0;      // px, the page's chart text size (see the page CSS)
constexpr int k_decimals = 2;        // of indices in labels
constexpr double k_char_width = 0.6;  // average advance of a character, in font sizes

// ColorBrewer RdYlGn (10 classes), best to worst.
constexpr std::array<std::array<int, 3>, 10> k_ramp = {{{0, 104, 55},
                                                      {26, 152, 80},
                                                      {102, 189, 99},
                                                      {166, 217, 106},
                                                      {217, 239, 139},
                                                      {254, 224, 139},
                                                      {253, 174, 97},
                                                      {244, 109, 67},
                                                      {215, 48, 39},
                                                      {165, 0, 38}}};

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

double text_width(std::string_view s, double size = k_font) {
  return static_cast<double>(code_points(s)) * size * k_char_width;
}

// The attributes every region mark carries.
Attributes mark(const RegionScore& s, Attributes more = {}) {
  Attributes a = {{"class", "mark"}, {"data-region", s.region.id}, {"data-category", s.rating_class}};
  a.insert(a.end(), more.begin(), more.end());
  return a;
}

std::string tooltip(const RegionScore& s, Lang lang) {
  return fmt::format("{} ({}): {} {}, {} {}, {} {}", region_name(s.region, lang), s.region.id,
                     report_word("index", lang), fixed(s.index, k_decimals), report_word("class", lang),
                     s.rating_class, report_word("rank", lang), s.rank);
}

// The smallest multiple of `step` at or above `value` (at least `step`).
double ceil_to(double value, double step) { return std::max(step, std::ceil(value / step) * step); }

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  // The area two boxes share (0 when apart).
  double overlap(const Box& o) const {
    return std::max(0.0, std::min(x1, o.x1) - std::max(x0, o.x0)) * std::max(0.0, std::min(y1, o.y1) - std::max(y0, o.y0));
  }
};

// Greedy label placement around points: the first of 24 candidate positions (8 directions at
// three distances) that stays inside `bounds` and clear of placed labels and of the points, or
// else the one overlapping them least.
class LabelPlacer {
 public:
  LabelPlacer(Box bounds, std::vector<Point> points, double radius)
      : m_bounds(bounds), m_points(std::move(points)), m_radius(radius) {}

  struct Placement {
    double x = 0, y = 0;  // text anchor position (baseline)
    std::string anchor;   // start, middle, end
    bool far = false;     // drawn with a leader line
  };

  Placement place(std::size_t point, const std::string& text) {
    const Point p = m_points[point];
    const double w = text_width(text);
    const double h = k_font;
    // The clear candidate nearest the point, else the one overlapping least.
    std::optional<std::pair<Placement, Box>> best;
    double best_overlap = 0;
    for (const double gap : {m_radius + 3.0, m_radius + 16.0, m_radius + 30.0}) {
      const std::array<std::pair<double, double>, 8> directions = {
          {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}}};
      for (const auto& [dx, dy] : directions) {
        Placement c;
        c.far = gap > m_radius + 3.0;
        c.anchor = dx > 0 ? "start" : dx < 0 ? "end" : "middle";
        c.x = p.x + dx * gap;
        c.y = p.y + (dy > 0 ? gap + h * 0.8 : dy < 0 ? -gap : h * 0.35);
        const double left = c.anchor == "start" ? c.x : c.anchor == "end" ? c.x - w : c.x - w / 2;
        const Box box{left, c.y - h * 0.8, left + w, c.y + h * 0.25};
        if (box.x0 < m_bounds.x0 || box.x1 > m_bounds.x1 || box.y0 < m_bounds.y0 || box.y1 > m_bounds.y1) continue;
        double overlap = 0;
        for (const Box& b : m_placed) overlap += box.overlap(b);
        for (const Point& q : m_points) overlap += box.overlap(Box{q.x - m_radius, q.y - m_radius, q.x + m_radius, q.y + m_radius});
        if (overlap == 0) {
          m_placed.push_back(box);
          return c;
        }
        if (!best || overlap < best_overlap) best = {c, box}, best_overlap = overlap;
      }
    }
    if (!best) {  // nothing fits inside the bounds: to the right, as it comes
      Placement c{p.x + m_radius + 3.0, p.y + h * 0.35, "start", false};
      return c;
    }
    m_placed.push_back(best->second);
    return best->first;
  }

 private:
  Box m_bounds;
  std::vector<Point> m_points;
  double m_radius;
  std::vector<Box> m_placed;
};

// Draws a point's label, with a leader line when it sits away from the point.
void draw_label(svg::Writer& w, const Point& p, const LabelPlacer::Placement& at, const std::string& text,
                const std::string& region_id) {
  if (at.far) {
    w.element("line", {{"class", "leader"}, {"x1", num(p.x)}, {"y1", num(p.y)}, {"x2", num(at.x)},
                       {"y2", num(at.y - k_font * 0.35)}});
  }
  w.text({{"class", "label halo"}, {"data-label", region_id}, {"x", num(at.x)}, {"y", num(at.y)},
          {"text-anchor", at.anchor}},
         text);
}

// Spreads label baselines (sorted by desired position) at least `gap` apart within [top, bottom].
std::vector<double> spread(std::vector<double> ys, double gap, double top, double bottom) {
  for (std::size_t i = 1; i < ys.size(); ++i) ys[i] = std::max(ys[i], ys[i - 1] + gap);
  if (!ys.empty() && ys.back() > bottom) {
    ys.back() = bottom;
    for (std::size_t i = ys.size() - 1; i > 0; --i) ys[i - 1] = std::min(ys[i - 1], ys[i] - gap);
  }
  for (double& y : ys) y = std::max(y, top);
  return ys;
}

constexpr double k_legend_item = 74.0;  // width of one short legend entry

std::size_t legend_per_row(double width, double item) {
  return std::max<std::size_t>(1, static_cast<std::size_t>(width / item));
}

// The width of one legend entry: the short class entries, or the widest text.
double legend_item_width(const MapLayer& layer) {
  double widest = 0;
  for (const MapLayer::LegendItem& item : layer.legend) widest = std::max(widest, text_width(item.text));
  return std::max(k_legend_item, widest + 30);
}

// The height of the layer's legend drawn in `width`.
double legend_height(const MapLayer& layer, double width) {
  const std::size_t per_row = legend_per_row(width, legend_item_width(layer));
  return 20 + static_cast<double>((layer.legend.size() + per_row - 1) / per_row) * 20.0;
}

// The legend of a layer in rows fitting `width`, starting at (x, y).
void legend(svg::Writer& w, const MapLayer& layer, double x, double y, double width) {
  const double item = legend_item_width(layer);
  const std::size_t per_row = legend_per_row(width, item);
  w.open_group({{"class", "legend"}});
  w.text({{"class", "legend-title"}, {"x", num(x)}, {"y", num(y + 11)}}, layer.legend_title);
  for (std::size_t i = 0; i < layer.legend.size(); ++i) {
    const MapLayer::LegendItem& entry = layer.legend[i];
    const double cx = x + static_cast<double>(i % per_row) * item;
    const double cy = y + 20 + static_cast<double>(i / per_row) * 20.0;
    w.element("rect", {{"class", "swatch"}, {"x", num(cx)}, {"y", num(cy)}, {"width", "14"}, {"height", "14"},
                       {"fill", entry.colour}},
              entry.tooltip);
    w.text({{"x", num(cx + 18)}, {"y", num(cy + 11.5)}}, entry.text);
  }
  w.close_group();
}

// Equirectangular projection fitted into a width, with the latitude scale of the middle latitude.
class Projection {
 public:
  Projection(double lon_min, double lon_max, double lat_min, double lat_max, double width, double margin)
      : m_lon0(lon_min), m_lat1(lat_max), m_margin(margin) {
    const double mid = (lat_min + lat_max) / 2 * std::numbers::pi / 180.0;
    m_kx = std::cos(mid);
    const double span = std::max(1e-9, (lon_max - lon_min) * m_kx);
    m_scale = (width - 2 * margin) / span;
    m_height = (lat_max - lat_min) * m_scale + 2 * margin;
  }
  Point operator()(double lon, double lat) const {
    return {m_margin + (lon - m_lon0) * m_kx * m_scale, m_margin + (m_lat1 - lat) * m_scale};
  }
  double height() const { return m_height; }

 private:
  double m_lon0, m_lat1, m_margin;
  double m_kx = 1.0, m_scale = 1.0, m_height = 0.0;
};

const RegionScore* find_score(const PeriodRating& rating, const std::string& id) {
  for (const RegionScore& s : rating.regions) {
    if (s.region.id == id) return &s;
  }
  return nullptr;
}

// The legend of the method's class scale, in `layer`.
void add_class_legend(MapLayer& layer, const Method& method, Lang lang) {
  layer.legend_title = report_word("class_scale", lang);
  for (const ClassBand& band : method.classes) {
    layer.legend.push_back({class_colour(method, band.name), fmt::format("{} ≥{}", band.name, band.lower),
                            fmt::format("{}: {}", band.name, pick(band.meaning, lang))});
  }
}

}  // namespace

std::string class_colour(const Method& method, const std::string& class_name) {
  const auto it = std::find_if(method.classes.begin(), method.classes.end(),
                               [&](const ClassBand& b) { return b.name == class_name; });
  if (it == method.classes.end()) return "#bdbdbd";
  const std::size_t n = method.classes.size();
  const double t = n > 1 ? static_cast<double>(it - method.classes.begin()) / static_cast<double>(n - 1) : 0.0;
  const double pos = t * static_cast<double>(k_ramp.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, k_ramp.size() - 1);
  const double f = pos - static_cast<double>(lo);
  std::string out = "#";
  for (std::size_t c = 0; c < 3; ++c) {
    const double v = k_ramp[lo][c] + (k_ramp[hi][c] - k_ramp[lo][c]) * f;
    out += fmt::format("{:02x}", static_cast<int>(std::lround(v)));
  }
  return out;
}

std::string ranking_chart(const Method& method, const PeriodRating& rating, Lang lang) {
  constexpr double width = 760, left = 210, right = 92, row = 22, top = 8;
  const double bar_width = width - left - right;
  const double n = static_cast<double>(rating.regions.size());
  const double axis_y = top + n * row + 4;
  const double legend_y = axis_y + 30;
  const MapLayer classes = class_layer(method, rating, lang);
  svg::Writer w(width, legend_y + legend_height(classes, bar_width + right) + 8,
                fmt::format("{}, {}", report_word("ranking_chart", lang), rating.period),
                {{"data-chart", "ranking"}});
  const auto x_of = [&](double value) { return left + std::clamp(value, 0.0, 100.0) / 100.0 * bar_width; };
  w.open_group({{"class", "grid"}});
  for (const ClassBand& band : method.classes) {
    w.element("line", {{"x1", num(x_of(band.lower))}, {"y1", num(top)}, {"x2", num(x_of(band.lower))},
                       {"y2", num(axis_y)}});
  }
  w.close_group();
  w.open_group({{"class", "axis"}});
  w.element("line", {{"x1", num(left)}, {"y1", num(axis_y)}, {"x2", num(left + bar_width)}, {"y2", num(axis_y)}});
  for (int tick = 0; tick <= 100; tick += 10) {
    w.text({{"x", num(x_of(tick))}, {"y", num(axis_y + 15)}, {"text-anchor", "middle"}}, std::to_string(tick));
  }
  w.close_group();
  for (std::size_t i = 0; i < rating.regions.size(); ++i) {
    const RegionScore& s = rating.regions[i];
    const double y = top + static_cast<double>(i) * row;
    w.text({{"class", "rank"}, {"x", "22"}, {"y", num(y + 15)}, {"text-anchor", "end"}}, std::to_string(s.rank));
    w.text({{"x", num(left - 8)}, {"y", num(y + 15)}, {"text-anchor", "end"}}, region_name(s.region, lang));
    w.element("rect",
              mark(s, {{"x", num(left)}, {"y", num(y + 3)}, {"width", num(x_of(s.index) - left)},
                       {"height", num(row - 6)}, {"fill", class_colour(method, s.rating_class)}}),
              tooltip(s, lang));
    w.text({{"class", "value"}, {"x", num(x_of(s.index) + 6)}, {"y", num(y + 15)}},
           fmt::format("{} {}", index_text(s.index, method), s.rating_class));
  }
  legend(w, classes, left, legend_y, bar_width + right);
  return w.finish();
}

std::string groups_chart(const Method& method, const PeriodRating& rating, Lang lang) {
  constexpr double left = 58, top = 14, size = 540, right = 24, bottom = 48;
  const Group& gx = method.groups.at(0);
  const Group& gy = method.groups.at(1);
  double max_value = 0;
  for (const RegionScore& s : rating.regions) max_value = std::max({max_value, s.groups.at(0), s.groups.at(1)});
  const double max_axis = ceil_to(max_value, 10);
  const auto at = [&](double vx, double vy) {
    return Point{left + vx / max_axis * size, top + size - vy / max_axis * size};
  };
  svg::Writer w(left + size + right, top + size + bottom,
                fmt::format("{}, {}", report_word("groups_chart", lang), rating.period), {{"data-chart", "groups"}});
  w.open_group({{"class", "grid"}});
  for (double v = 0; v <= max_axis + 1e-9; v += 10) {
    const Point a = at(v, 0), b = at(v, max_axis), c = at(0, v), d = at(max_axis, v);
    w.element("line", {{"x1", num(a.x)}, {"y1", num(a.y)}, {"x2", num(b.x)}, {"y2", num(b.y)}});
    w.element("line", {{"x1", num(c.x)}, {"y1", num(c.y)}, {"x2", num(d.x)}, {"y2", num(d.y)}});
  }
  w.close_group();
  w.open_group({{"class", "axis"}});
  for (double v = 0; v <= max_axis + 1e-9; v += 10) {
    const Point a = at(v, 0), c = at(0, v);
    w.text({{"x", num(a.x)}, {"y", num(a.y + 16)}, {"text-anchor", "middle"}}, fmt::format("{}", v));
    w.text({{"x", num(c.x - 6)}, {"y", num(c.y + 4)}, {"text-anchor", "end"}}, fmt::format("{}", v));
  }
  const Point x_title = at(max_axis / 2, 0);
  w.text({{"class", "axis-title"}, {"x", num(x_title.x)}, {"y", num(x_title.y + 38)}, {"text-anchor", "middle"}},
         pick(gx.label, lang));
  const Point y_title = at(0, max_axis / 2);
  w.text({{"class", "axis-title"}, {"x", num(y_title.x - 40)}, {"y", num(y_title.y)}, {"text-anchor", "middle"},
          {"transform", fmt::format("rotate(-90 {} {})", num(y_title.x - 40), num(y_title.y))}},
         pick(gy.label, lang));
  w.close_group();
  const Point o = at(0, 0), e = at(max_axis, max_axis);
  w.element("line", {{"class", "diagonal"}, {"x1", num(o.x)}, {"y1", num(o.y)}, {"x2", num(e.x)}, {"y2", num(e.y)}});
  const Point d_label = at(max_axis * 0.97, max_axis * 0.97);
  w.text({{"class", "note"}, {"x", num(d_label.x)}, {"y", num(d_label.y + 16)}, {"text-anchor", "end"}},
         fmt::format("{} = {} ({})", gx.symbol, gy.symbol, report_word("equal_strength", lang)));

  std::vector<Point> points;
  for (const RegionScore& s : rating.regions) points.push_back(at(s.groups[0], s.groups[1]));
  for (std::size_t i = 0; i < rating.regions.size(); ++i) {
    const RegionScore& s = rating.regions[i];
    w.element("circle",
              mark(s, {{"cx", num(points[i].x)}, {"cy", num(points[i].y)}, {"r", "6"},
                       {"fill", class_colour(method, s.rating_class)}}),
              fmt::format("{}; {} {}, {} {}", tooltip(s, lang), gx.symbol, fixed(s.groups[0], k_decimals), gy.symbol,
                          fixed(s.groups[1], k_decimals)));
  }
  LabelPlacer placer(Box{left, top, left + size + right, top + size}, points, 6);
  for (std::size_t i = 0; i < rating.regions.size(); ++i) {
    const std::string name = region_name(rating.regions[i].region, lang);
    draw_label(w, points[i], placer.place(i, name), name, rating.regions[i].region.id);
  }
  return w.finish();
}

std::string slope_chart(const Method& method, const PeriodRating& earlier, const PeriodRating& later, Lang lang) {
  constexpr double width = 760, x1 = 230, x2 = 500, top = 34, height = 540, bottom = 20;
  struct Pair {
    const RegionScore* before;
    const RegionScore* after;
  };
  std::vector<Pair> pairs;
  double max_value = 0;
  for (const RegionScore& s : later.regions) {
    if (const RegionScore* b = find_score(earlier, s.region.id)) {
      pairs.push_back({b, &s});
      max_value = std::max({max_value, b->index, s.index});
    }
  }
  const double max_axis = ceil_to(max_value, 10);
  const double plot_bottom = height - bottom;
  const auto y_of = [&](double v) { return plot_bottom - v / max_axis * (plot_bottom - top); };
  svg::Writer w(width, height,
                fmt::format("{}, {}–{}", report_word("slope_chart", lang), earlier.period, later.period),
                {{"data-chart", "slope"}});
  w.open_group({{"class", "axis"}});
  for (const double x : {x1, x2}) {
    w.element("line", {{"x1", num(x)}, {"y1", num(top)}, {"x2", num(x)}, {"y2", num(plot_bottom)}});
  }
  w.text({{"class", "axis-title"}, {"x", num(x1)}, {"y", "16"}, {"text-anchor", "middle"}}, earlier.period);
  w.text({{"class", "axis-title"}, {"x", num(x2)}, {"y", "16"}, {"text-anchor", "middle"}}, later.period);
  w.close_group();
  for (const Pair& p : pairs) {
    const std::string colour = class_colour(method, p.after->rating_class);
    w.element("line",
              mark(*p.after, {{"x1", num(x1)}, {"y1", num(y_of(p.before->index))}, {"x2", num(x2)},
                              {"y2", num(y_of(p.after->index))}, {"stroke", colour}}),
              fmt::format("{}: {} {} ({}) → {} {} ({})", region_name(p.after->region, lang), earlier.period,
                          index_text(p.before->index, method), p.before->rating_class, later.period,
                          index_text(p.after->index, method), p.after->rating_class));
    w.element("circle", {{"class", "end"}, {"cx", num(x1)}, {"cy", num(y_of(p.before->index))}, {"r", "3"}, {"fill", colour}});
    w.element("circle", {{"class", "end"}, {"cx", num(x2)}, {"cy", num(y_of(p.after->index))}, {"r", "3"}, {"fill", colour}});
  }
  // Labels on each side, spread so they do not overlap; a leader joins a moved label to its end.
  for (const bool left_side : {true, false}) {
    std::vector<std::size_t> order(pairs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto value = [&](std::size_t i) { return left_side ? pairs[i].before->index : pairs[i].after->index; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return value(a) > value(b); });
    std::vector<double> wanted;
    for (const std::size_t i : order) wanted.push_back(y_of(value(i)) + 4);
    const std::vector<double> ys = spread(wanted, 13.5, top + 4, plot_bottom + 4);
    for (std::size_t k = 0; k < order.size(); ++k) {
      const Pair& p = pairs[order[k]];
      const std::string name = region_name(p.after->region, lang);
      const std::string v = fixed(value(order[k]), k_decimals);
      const double x = left_side ? x1 - 10 : x2 + 10;
      w.text({{"class", "label"}, {"data-label", p.after->region.id}, {"x", num(x)}, {"y", num(ys[k])},
              {"text-anchor", left_side ? "end" : "start"}},
             left_side ? fmt::format("{}  {}", name, v) : fmt::format("{}  {}", v, name));
    }
  }
  return w.finish();
}

std::string zone_colour(Zone zone) {
  switch (zone) {
    case Zone::growth_pole: return "#1a9850";
    case Zone::innovation_ready: return "#2c7fb8";
    case Zone::it_specialised: return "#f28e2b";
    case Zone::periphery: return "#a3a3a3";
  }
  return "#a3a3a3";
}

std::string measure_value_text(Measure measure, double value) {
  if (measure == Measure::share_of_national_industry) return fixed(value * 100, 1) + "%";
  return fixed(value, 3);
}

namespace {

// Ticks 0 and 1-2-5 x 10^k up to `max` on a square-root axis of `length` px, at least `gap` px apart.
std::vector<double> sqrt_ticks(double max, double length, double gap) {
  std::vector<double> out = {0};
  double last = 0;
  for (int e = -4; e <= 4; ++e) {
    for (const double m : {1.0, 2.0, 5.0}) {
      const double v = m * std::pow(10.0, e);
      if (v > max) return out;
      const double at = std::sqrt(v / max) * length;
      if (at - last < gap) continue;
      out.push_back(v);
      last = at;
    }
  }
  return out;
}

// An axis tick: a share as a percentage without trailing zeros ("0%", "0.5%", "20%").
std::string tick_text(Measure measure, double value) {
  std::string s = measure == Measure::share_of_national_industry ? fixed(value * 100, 2) : fixed(value, 3);
  if (s.find('.') != std::string::npos) {
    s.erase(s.find_last_not_of('0') + 1);
    if (s.ends_with('.')) s.pop_back();
  }
  return measure == Measure::share_of_national_industry ? s + "%" : s;
}

}  // namespace

std::string zone_chart(const Zones& zones, Lang lang) {
  constexpr double left = 60, top = 14, plot_w = 676, plot_h = 470, right = 24, bottom = 48;
  const PeriodZones& latest = zones.periods.back();
  const ZoneRule& rule = zones.rule;
  double max_value = rule.measure_threshold, max_index = rule.rating_threshold;
  for (const ZonedRegion& z : latest.regions) max_value = std::max(max_value, z.value), max_index = std::max(max_index, z.index);
  const double x_max = rule.measure == Measure::share_of_national_industry ? std::min(1.0, max_value * 1.1) : max_value * 1.1;
  const double y_max = ceil_to(max_index, 10);
  const auto at = [&](double value, double index) {
    return Point{left + std::sqrt(std::max(0.0, value) / x_max) * plot_w, top + plot_h - index / y_max * plot_h};
  };
  const std::string measure_label = pick(measure_info(rule.measure).label, lang);
  svg::Writer w(left + plot_w + right, top + plot_h + bottom,
                fmt::format("{}, {}", report_word("zone_chart", lang), latest.period), {{"data-chart", "zones"}});
  // Quadrants, tinted and named in their outer corners.
  const Point t = at(rule.measure_threshold, rule.rating_threshold);
  const struct {
    Zone zone;
    Box box;
    bool right_side, upper;
  } quadrants[] = {{Zone::growth_pole, {t.x, top, left + plot_w, t.y}, true, true},
                   {Zone::innovation_ready, {left, top, t.x, t.y}, false, true},
                   {Zone::it_specialised, {t.x, t.y, left + plot_w, top + plot_h}, true, false},
                   {Zone::periphery, {left, t.y, t.x, top + plot_h}, false, false}};
  w.open_group({{"class", "quadrants"}});
  for (const auto& q : quadrants) {
    w.element("rect", {{"x", num(q.box.x0)}, {"y", num(q.box.y0)}, {"width", num(q.box.x1 - q.box.x0)},
                       {"height", num(q.box.y1 - q.box.y0)}, {"fill", zone_colour(q.zone)}, {"fill-opacity", "0.07"}});
    w.text({{"class", "quadrant"}, {"x", num(q.right_side ? q.box.x1 - 6 : q.box.x0 + 6)},
            {"y", num(q.upper ? q.box.y0 + 16 : q.box.y1 - 8)}, {"text-anchor", q.right_side ? "end" : "start"},
            {"fill", zone_colour(q.zone)}},
           zone_name(q.zone, lang));
  }
  w.close_group();
  w.open_group({{"class", "axis"}});
  w.element("line", {{"x1", num(left)}, {"y1", num(top + plot_h)}, {"x2", num(left + plot_w)}, {"y2", num(top + plot_h)}});
  w.element("line", {{"x1", num(left)}, {"y1", num(top)}, {"x2", num(left)}, {"y2", num(top + plot_h)}});
  for (double v = 0; v <= y_max + 1e-9; v += 10) {
    w.text({{"x", num(left - 6)}, {"y", num(at(0, v).y + 4)}, {"text-anchor", "end"}}, fmt::format("{}", v));
  }
  for (const double v : sqrt_ticks(x_max, plot_w, 40)) {
    const double x = at(v, 0).x;
    w.element("line", {{"x1", num(x)}, {"y1", num(top + plot_h)}, {"x2", num(x)}, {"y2", num(top + plot_h + 4)}});
    w.text({{"x", num(x)}, {"y", num(top + plot_h + 16)}, {"text-anchor", "middle"}}, tick_text(rule.measure, v));
  }
  w.text({{"class", "axis-title"}, {"x", num(left + plot_w / 2)}, {"y", num(top + plot_h + 38)}, {"text-anchor", "middle"}},
         fmt::format("{}, {} ({})", measure_label, zones.industry, report_word("sqrt_scale", lang)));
  w.text({{"class", "axis-title"}, {"x", num(left - 42)}, {"y", num(top + plot_h / 2)}, {"text-anchor", "middle"},
          {"transform", fmt::format("rotate(-90 {} {})", num(left - 42), num(top + plot_h / 2))}},
         report_word("innovation_index", lang));
  w.close_group();
  w.open_group({{"class", "thresholds"}});
  w.element("line", {{"class", "threshold"}, {"x1", num(left)}, {"y1", num(t.y)}, {"x2", num(left + plot_w)}, {"y2", num(t.y)}});
  w.element("line", {{"class", "threshold"}, {"x1", num(t.x)}, {"y1", num(top)}, {"x2", num(t.x)}, {"y2", num(top + plot_h)}});
  w.text({{"class", "note"}, {"x", num(left + plot_w - 4)}, {"y", num(t.y - 4)}, {"text-anchor", "end"}},
         fmt::format("{} {}", report_word("index", lang), fmt::format("{}", rule.rating_threshold)));
  w.text({{"class", "note"}, {"x", num(t.x + 4)}, {"y", num(top + plot_h - 6)}}, measure_value_text(rule.measure, rule.measure_threshold));
  w.close_group();
  std::vector<Point> points;
  for (const ZonedRegion& z : latest.regions) points.push_back(at(z.value, z.index));
  for (std::size_t i = 0; i < latest.regions.size(); ++i) {
    const ZonedRegion& z = latest.regions[i];
    w.element("circle",
              {{"class", "mark"}, {"data-region", z.region.id}, {"data-category", zone_id(z.zone)}, {"cx", num(points[i].x)},
               {"cy", num(points[i].y)}, {"r", "6"}, {"fill", zone_colour(z.zone)}},
              fmt::format("{} ({}): {}; {} {} ({}); {} {}", region_name(z.region, lang), z.region.id, zone_name(z.zone, lang),
                          report_word("index", lang), fixed(z.index, k_decimals), z.rating_class, measure_label,
                          measure_value_text(rule.measure, z.value)));
  }
  LabelPlacer placer(Box{left, top, left + plot_w + right, top + plot_h}, points, 6);
  for (std::size_t i = 0; i < latest.regions.size(); ++i) {
    const std::string name = region_name(latest.regions[i].region, lang);
    draw_label(w, points[i], placer.place(i, name), name, latest.regions[i].region.id);
  }
  return w.finish();
}

MapLayer zone_layer(const Zones& zones, const PeriodRating& rating, Lang lang) {
  const PeriodZones& latest = zones.periods.back();
  MapLayer layer;
  layer.chart = "zone-map";
  layer.title = fmt::format("{}, {}", report_word("zone_map", lang), latest.period);
  for (const ZonedRegion& z : latest.regions) {
    const RegionScore* s = find_score(rating, z.region.id);
    layer.regions[z.region.id] = {zone_id(z.zone), zone_colour(z.zone),
                                  fmt::format("{} ({}): {}", region_name(z.region, lang), z.region.id, zone_name(z.zone, lang)),
                                  s ? s->rank : 0};
  }
  layer.legend_title = report_word("zones_legend", lang);
  for (const Zone zone : {Zone::growth_pole, Zone::innovation_ready, Zone::it_specialised, Zone::periphery}) {
    layer.legend.push_back({zone_colour(zone), zone_name(zone, lang), zone_name(zone, lang)});
  }
  return layer;
}

MapLayer class_layer(const Method& method, const PeriodRating& rating, Lang lang) {
  MapLayer layer;
  layer.chart = "map";
  layer.title = fmt::format("{}, {}", report_word("map_chart", lang), rating.period);
  for (const RegionScore& s : rating.regions) {
    layer.regions[s.region.id] = {s.rating_class, class_colour(method, s.rating_class), tooltip(s, lang), s.rank};
  }
  add_class_legend(layer, method, lang);
  return layer;
}

std::string schematic_map(const MapLayer& layer, const std::vector<Region>& regions,
                          const std::vector<RegionPlace>& places, Lang lang) {
  struct Placed {
    const Region* region;
    const MapLayer::Entry* entry;
    const RegionPlace* place;
  };
  std::vector<Placed> drawn;
  double lon_min = 180, lon_max = -180, lat_min = 90, lat_max = -90;
  for (const Region& r : regions) {
    const auto entry = layer.regions.find(r.id);
    const auto p = std::find_if(places.begin(), places.end(), [&](const RegionPlace& q) { return q.region.id == r.id; });
    if (entry == layer.regions.end() || p == places.end()) continue;
    drawn.push_back({&r, &entry->second, &*p});
    lon_min = std::min(lon_min, p->lon), lon_max = std::max(lon_max, p->lon);
    lat_min = std::min(lat_min, p->lat), lat_max = std::max(lat_max, p->lat);
  }
  if (drawn.empty()) lon_min = lat_min = 0, lon_max = lat_max = 1;
  // A margin of whole degrees around the centres, the graticule every 5 degrees.
  lon_min = std::floor(lon_min - 2), lon_max = std::ceil(lon_max + 2);
  lat_min = std::floor(lat_min - 1.5), lat_max = std::ceil(lat_max + 1.5);
  constexpr double width = 760, margin = 28;
  const Projection project(lon_min, lon_max, lat_min, lat_max, width, margin);
  const double legend_y = project.height() + 4;
  svg::Writer w(width, legend_y + legend_height(layer, width - 2 * margin) + 8, layer.title,
                {{"data-chart", layer.chart}, {"data-map", "schematic"}});
  w.open_group({{"class", "graticule"}});
  for (double lon = std::ceil(lon_min / 5) * 5; lon <= lon_max; lon += 5) {
    const Point a = project(lon, lat_min), b = project(lon, lat_max);
    w.element("line", {{"x1", num(a.x)}, {"y1", num(a.y)}, {"x2", num(b.x)}, {"y2", num(b.y)}});
    w.text({{"x", num(a.x)}, {"y", num(a.y + 14)}, {"text-anchor", "middle"}}, fmt::format("{}°E", lon));
  }
  for (double lat = std::ceil(lat_min / 5) * 5; lat <= lat_max; lat += 5) {
    const Point a = project(lon_min, lat), b = project(lon_max, lat);
    w.element("line", {{"x1", num(a.x)}, {"y1", num(a.y)}, {"x2", num(b.x)}, {"y2", num(b.y)}});
    w.text({{"x", num(a.x - 4)}, {"y", num(a.y + 4)}, {"text-anchor", "end"}}, fmt::format("{}°N", lat));
  }
  w.close_group();
  std::vector<Point> points;
  for (const Placed& d : drawn) points.push_back(project(d.place->lon, d.place->lat));
  constexpr double radius = 11;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const RegionPlace& p = *drawn[i].place;
    const std::string& centre = lang == Lang::en && !p.centre_en.empty() ? p.centre_en : p.centre;
    w.element("circle",
              {{"class", "mark"}, {"data-region", drawn[i].region->id}, {"data-category", drawn[i].entry->category},
               {"cx", num(points[i].x)}, {"cy", num(points[i].y)}, {"r", num(radius)}, {"fill", drawn[i].entry->colour}},
              fmt::format("{}; {} ({}° N, {}° E)", drawn[i].entry->tooltip, centre, fixed(p.lat, 2), fixed(p.lon, 2)));
    w.text({{"class", "rank-in"}, {"x", num(points[i].x)}, {"y", num(points[i].y + 4)}, {"text-anchor", "middle"}},
           std::to_string(drawn[i].entry->number));
  }
  LabelPlacer placer(Box{0, 0, width, project.height()}, points, radius);
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const std::string name = region_name(*drawn[i].region, lang);
    draw_label(w, points[i], placer.place(i, name), name, drawn[i].region->id);
  }
  w.text({{"class", "note"}, {"x", num(margin)}, {"y", num(margin - 10)}}, report_word("schematic_note", lang));
  legend(w, layer, margin, legend_y, width - 2 * margin);
  return w.finish();
}

std::string boundary_map(const MapLayer& layer, const Outlines& outlines) {
  double lon_min = 180, lon_max = -180, lat_min = 90, lat_max = -90;
  for (const RegionOutline& o : outlines.regions) {
    for (const auto& ring : o.rings) {
      for (const Point& p : ring) {
        lon_min = std::min(lon_min, p.x), lon_max = std::max(lon_max, p.x);
        lat_min = std::min(lat_min, p.y), lat_max = std::max(lat_max, p.y);
      }
    }
  }
  if (outlines.regions.empty()) lon_min = lat_min = 0, lon_max = lat_max = 1;
  constexpr double width = 760, margin = 12;
  const Projection project(lon_min, lon_max, lat_min, lat_max, width, margin);
  const double legend_y = project.height() + 4;
  svg::Writer w(width, legend_y + legend_height(layer, width - 2 * margin) + 8, layer.title,
                {{"data-chart", layer.chart}, {"data-map", "boundaries"}});

  struct Shape {
    std::string region_id;
    const MapLayer::Entry* entry;
    std::vector<std::vector<Point>> rings;  // projected
    double area = 0;                        // of all rings
    Point label;                            // centroid of the largest ring
  };
  std::vector<Shape> shapes;
  for (const RegionOutline& o : outlines.regions) {
    const auto entry = layer.regions.find(o.region_id);
    if (entry == layer.regions.end()) continue;
    Shape shape{o.region_id, &entry->second, {}, 0, {}};
    double largest = -1;
    for (const auto& ring : o.rings) {
      std::vector<Point> projected;
      for (const Point& p : ring) projected.push_back(project(p.x, p.y));
      // Shoelace area and centroid.
      double a = 0, cx = 0, cy = 0;
      for (std::size_t i = 0; i < projected.size(); ++i) {
        const Point& p = projected[i];
        const Point& q = projected[(i + 1) % projected.size()];
        const double cross = p.x * q.y - q.x * p.y;
        a += cross, cx += (p.x + q.x) * cross, cy += (p.y + q.y) * cross;
      }
      shape.area += std::abs(a / 2);
      if (a != 0 && std::abs(a) > largest) largest = std::abs(a), shape.label = {cx / (3 * a), cy / (3 * a)};
      shape.rings.push_back(std::move(projected));
    }
    shapes.push_back(std::move(shape));
  }
  // Large regions first, so a city drawn inside its surrounding region stays visible.
  std::stable_sort(shapes.begin(), shapes.end(), [](const Shape& a, const Shape& b) { return a.area > b.area; });
  for (const Shape& shape : shapes) {
    w.element("path",
              {{"class", "mark"}, {"data-region", shape.region_id}, {"data-category", shape.entry->category},
               {"d", svg::ring_path(shape.rings)}, {"fill", shape.entry->colour}, {"fill-rule", "evenodd"}},
              shape.entry->tooltip);
  }
  for (const Shape& shape : shapes) {
    w.text({{"class", "rank-in halo"}, {"data-label", shape.region_id}, {"x", num(shape.label.x)},
            {"y", num(shape.label.y + 4)}, {"text-anchor", "middle"}},
           std::to_string(shape.entry->number));
  }
  legend(w, layer, margin, legend_y, width - 2 * margin);
  return w.finish();
}

std::string robustness_chart(const Method& method, const Robustness& robustness, Lang lang) {
  constexpr double width = 760, left = 210, rank_w = 300, gap = 30, top = 40, row = 22;
  const double prob_x = left + rank_w + gap;
  const double prob_w = width - prob_x - 10;
  const std::size_t n = robustness.regions.size();
  const double axis_y = top + static_cast<double>(n) * row + 4;
  MapLayer classes;
  add_class_legend(classes, method, lang);
  const double legend_y = axis_y + 30;
  svg::Writer w(width, legend_y + legend_height(classes, width - left) + 8,
                fmt::format("{}, {}", report_word("robustness_chart", lang), robustness.period),
                {{"data-chart", "robustness"}});
  // Rank 1 at the left; half a rank of room on either side.
  const double slots = static_cast<double>(std::max<std::size_t>(n, 1));
  const auto x_rank = [&](double rank) { return left + (rank - 0.5) / slots * rank_w; };
  w.open_group({{"class", "axis"}});
  w.text({{"class", "axis-title"}, {"x", num(left)}, {"y", "14"}}, report_word("rank_interval", lang));
  w.text({{"class", "axis-title"}, {"x", num(prob_x)}, {"y", "14"}}, report_word("class_probability", lang));
  w.text({{"class", "note"}, {"x", num(left)}, {"y", "29"}}, report_word("rank_interval_note", lang));
  w.element("line", {{"x1", num(left)}, {"y1", num(axis_y)}, {"x2", num(left + rank_w)}, {"y2", num(axis_y)}});
  w.element("line", {{"x1", num(prob_x)}, {"y1", num(axis_y)}, {"x2", num(prob_x + prob_w)}, {"y2", num(axis_y)}});
  for (std::size_t rank = 1; rank <= n; ++rank) {
    // 1, 5, 10, ... and the last rank unless it would crowd the multiple of 5 before it.
    if (rank != 1 && rank % 5 != 0 && (rank != n || n % 5 < 3)) continue;
    const double x = x_rank(static_cast<double>(rank));
    w.text({{"x", num(x)}, {"y", num(axis_y + 15)}, {"text-anchor", "middle"}}, std::to_string(rank));
  }
  for (const int percent : {0, 50, 100}) {
    w.text({{"x", num(prob_x + prob_w * percent / 100.0)}, {"y", num(axis_y + 15)},
            {"text-anchor", percent == 0 ? "start" : percent == 100 ? "end" : "middle"}},
           fmt::format("{}%", percent));
  }
  w.close_group();
  w.open_group({{"class", "grid"}});
  for (std::size_t rank = 5; rank <= n; rank += 5) {
    const double x = x_rank(static_cast<double>(rank));
    w.element("line", {{"x1", num(x)}, {"y1", num(top)}, {"x2", num(x)}, {"y2", num(axis_y)}});
  }
  w.close_group();
  for (std::size_t i = 0; i < n; ++i) {
    const RegionRobustness& g = robustness.regions[i];
    const double y = top + static_cast<double>(i) * row;
    const std::string colour = class_colour(method, g.nominal_class);
    std::string shares;
    for (std::size_t c = 0; c < method.classes.size() && c < g.class_probability.size(); ++c) {
      if (g.class_probability[c] <= 0.0) continue;
      shares += fmt::format("{}{} {}%", shares.empty() ? "" : ", ", method.classes[c].name,
                            fixed(g.class_probability[c] * 100, 1));
    }
    w.text({{"class", "rank"}, {"x", "22"}, {"y", num(y + 15)}, {"text-anchor", "end"}}, std::to_string(g.nominal_rank));
    w.text({{"x", num(left - 8)}, {"y", num(y + 15)}, {"text-anchor", "end"}}, region_name(g.region, lang));
    const double x0 = x_rank(static_cast<double>(g.rank_p05)) - 5;
    const double x1 = x_rank(static_cast<double>(g.rank_p95)) + 5;
    w.element("rect",
              {{"class", "mark"}, {"data-region", g.region.id}, {"data-category", g.nominal_class}, {"x", num(x0)},
               {"y", num(y + 6)}, {"width", num(x1 - x0)}, {"height", "10"}, {"rx", "5"}, {"fill", colour},
               {"fill-opacity", "0.55"}},
              fmt::format("{} ({}): {} {}, {} {}, 5–95% {}–{}; {}", region_name(g.region, lang), g.region.id,
                          report_word("nominal_rank", lang), g.nominal_rank, report_word("median_rank", lang),
                          fixed(g.median_rank, 1), g.rank_p05, g.rank_p95, shares));
    w.element("circle", {{"class", "median"}, {"cx", num(x_rank(g.median_rank))}, {"cy", num(y + 11)}, {"r", "3.5"},
                         {"fill", "#1d1d1d"}});
    w.element("circle", {{"class", "nominal"}, {"cx", num(x_rank(static_cast<double>(g.nominal_rank)))},
                         {"cy", num(y + 11)}, {"r", "6"}, {"fill", "none"}, {"stroke", "#1d1d1d"}});
    double x = prob_x;
    for (std::size_t c = 0; c < method.classes.size() && c < g.class_probability.size(); ++c) {
      const double p = g.class_probability[c];
      if (p <= 0.0) continue;
      w.element("rect",
                {{"class", "segment"}, {"data-class", method.classes[c].name}, {"x", num(x)}, {"y", num(y + 3)},
                 {"width", num(p * prob_w)}, {"height", num(row - 6)}, {"fill", class_colour(method, method.classes[c].name)}},
                fmt::format("{}: {} {}%", region_name(g.region, lang), method.classes[c].name, fixed(p * 100, 1)));
      x += p * prob_w;
    }
  }
  legend(w, classes, left, legend_y, width - left);
  return w.finish();
}

namespace {

// Tableau 20's ten strong and ten light hues, for lines that only need to differ.
constexpr std::array<const char*, 20> k_lines = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5"};

// A tick step of 1, 2 or 5 times a power of ten giving at most `most` steps up to `top`.
double tick_step(double top, int most) {
  if (top <= 0) return 1;
  const double raw = top / most;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

}  // namespace

std::string series_chart(const SeriesTable& series, Lang lang) {
  constexpr double width = 760, left = 58, right = 200, top = 14, plot_h = 440, bottom = 44;
  const double plot_w = width - left - right;
  const bool share = series.measure == Measure::share_of_national_industry;
  double max_value = 0;
  for (const std::vector<double>& row : series.values) {
    for (const double v : row) max_value = std::max(max_value, v);
  }
  // Shares on a square-root scale, so the many small ones stay apart; other measures linear.
  const double step = tick_step(max_value, 8);
  const double y_max = share ? std::min(1.0, max_value * 1.05) : ceil_to(max_value, step);
  std::vector<double> ticks;
  if (share) {
    ticks = sqrt_ticks(y_max, plot_h, 24);
  } else {
    for (double v = 0; v <= y_max + step / 2; v += step) ticks.push_back(v);
  }
  const std::size_t periods = series.periods.size();
  const auto x_of = [&](std::size_t p) {
    return periods > 1 ? left + static_cast<double>(p) / static_cast<double>(periods - 1) * plot_w : left + plot_w / 2;
  };
  const auto y_of = [&](double v) {
    const double f = std::max(0.0, v) / y_max;
    return top + plot_h - (share ? std::sqrt(f) : f) * plot_h;
  };
  const auto value_text = [&](double v) { return share ? fixed(v * 100, 1) + "%" : fixed(v, k_decimals); };
  const MeasureInfo& info = measure_info(series.measure);
  const std::string of = info.scope == Scope::region_in_industry ? fmt::format(" ({})", series.industry) : "";
  const std::string title = fmt::format("{}{} — {}", pick(info.label, lang), of, report_word("over_time", lang));
  svg::Writer w(width, top + plot_h + bottom, title,
                {{"data-chart", "series-" + info.id}});
  w.open_group({{"class", "grid"}});
  for (const double v : ticks) {
    w.element("line", {{"x1", num(left)}, {"y1", num(y_of(v))}, {"x2", num(left + plot_w)}, {"y2", num(y_of(v))}});
  }
  w.close_group();
  w.open_group({{"class", "axis"}});
  for (const double v : ticks) {
    w.text({{"x", num(left - 6)}, {"y", num(y_of(v) + 4)}, {"text-anchor", "end"}},
           share ? tick_text(series.measure, v) : fmt::format("{}", v));
  }
  // Every period's name when they fit, else every other one.
  const std::size_t every = static_cast<double>(periods) * 34 > plot_w ? 2 : 1;
  for (std::size_t p = 0; p < periods; ++p) {
    if (p % every != 0 && p + 1 != periods) continue;
    w.text({{"x", num(x_of(p))}, {"y", num(top + plot_h + 16)}, {"text-anchor", "middle"}}, series.periods[p]);
  }
  w.text({{"class", "axis-title"}, {"x", num(left - 44)}, {"y", num(top + plot_h / 2)}, {"text-anchor", "middle"},
          {"transform", fmt::format("rotate(-90 {} {})", num(left - 44), num(top + plot_h / 2))}},
         share ? fmt::format("{} ({})", pick(info.label, lang), report_word("sqrt_scale", lang)) : pick(info.label, lang));
  w.close_group();
  std::vector<double> wanted;
  for (std::size_t r = 0; r < series.regions.size(); ++r) {
    const Region& region = series.regions[r];
    std::string points;
    std::string values;
    for (std::size_t p = 0; p < periods; ++p) {
      points += fmt::format("{}{},{}", p == 0 ? "" : " ", num(x_of(p)), num(y_of(series.values[r][p])));
      values += fmt::format("{}{} {}", p == 0 ? "" : ", ", series.periods[p], value_text(series.values[r][p]));
    }
    w.element("polyline",
              {{"class", "mark"}, {"data-region", region.id}, {"points", points}, {"fill", "none"},
               {"stroke", k_lines[r % k_lines.size()]}, {"stroke-width", "2"}},
              fmt::format("{} ({}): {}", region_name(region, lang), region.id, values));
    wanted.push_back(y_of(series.values[r].back()) + 4);
  }
  // Names at the right end, in the order of the last value (the table's order), spread apart.
  const std::vector<double> ys = spread(wanted, 13, top + 4, top + plot_h + 4);
  for (std::size_t r = 0; r < series.regions.size(); ++r) {
    w.text({{"class", "label"}, {"data-label", series.regions[r].id}, {"x", num(left + plot_w + 8)}, {"y", num(ys[r])},
            {"fill", k_lines[r % k_lines.size()]}},
           fmt::format("{} {}", value_text(series.values[r].back()), region_name(series.regions[r], lang)));
  }
  return w.finish();
}

}  // namespace itzones::io
