// `validate --reference`: one column checked against an official series, on constructed cases
// (tests/data/bns: a reference of 100, 200, 300, 400 and tables that shift, swap, duplicate or
// revise it) and on the paper's 2010 and 2014 tables against the BNS series. Expected rows are
// worked out by hand from the inputs.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app.hpp"
#include "itzones/reference_check.hpp"

namespace {

struct Run {
  int code = 0;
  std::string out;
  std::string err;
};

Run validate(const std::string& file, const std::string& reference, const std::string& column,
             std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"validate", file, "--reference", reference, "--column", column};
  args.insert(args.end(), more.begin(), more.end());
  std::ostringstream out;
  std::ostringstream err;
  const int code = itzones::cli::run_cli(args, out, err);
  return Run{code, out.str(), err.str()};
}

const std::string k_dir = ITZONES_TEST_DATA_DIR "/bns/";
const std::string k_reference = k_dir + "reference.csv";
const std::string k_header = "region_id,region,value,reference,difference_percent,agreement,carries\n";

std::string summary(const std::string& counts) {
  return "itzones: validate: grp against " + k_reference + ": " + counts + "\n";
}

}  // namespace

TEST_CASE("same_figure: agreement at the coarser printed precision") {
  using itzones::same_figure;
  CHECK(same_figure(422700, 0, 422685, 0));        // 422700 is rounded to hundreds
  CHECK_FALSE(same_figure(422700, 0, 422649, 0));  // 51 apart
  CHECK(same_figure(400, 0, 400.0, 1));
  CHECK(same_figure(72.9, 1, 72.9, 1));
  CHECK_FALSE(same_figure(1048779.0, 1, 1048779.5, 1));
  CHECK_FALSE(same_figure(1091000, 0, 1091673, 0));  // rounded to thousands, 673 apart
  // Four significant digits are kept: 1 000 000 reads as rounded to thousands, not to millions.
  CHECK(same_figure(1000000, 0, 1000400, 0));
  CHECK_FALSE(same_figure(1000000, 0, 1000501, 0));
}

TEST_CASE("validate --reference: a shifted column") {
  // Every row carries the figure of the row above; the first carries no one's (50 is no figure).
  const Run r = validate(k_dir + "shifted.csv", k_reference, "grp", {"--format", "csv"});
  CHECK(r.out == k_header +
                     "A,Alpha,50.0,100.0,-50.00,different,\n"
                     "B,Beta,100.0,200.0,-50.00,different,A (Alpha): 100.0\n"
                     "C,Gamma,200.0,300.0,-33.33,different,B (Beta): 200.0\n"
                     "D,Delta,300.0,400.0,-25.00,different,C (Gamma): 300.0\n");
  CHECK(r.err == summary("0 equal, 0 close, 4 different (3 most likely carry another region's figure), "
                         "0 without a reference, 0 without a value"));
  CHECK(r.code == 1);
}

TEST_CASE("validate --reference: a swapped pair") {
  const Run r = validate(k_dir + "swapped.csv", k_reference, "grp", {"--format", "csv"});
  CHECK(r.out == k_header +
                     "A,Alpha,200.0,100.0,100.00,different,B (Beta): 200.0\n"
                     "B,Beta,100.0,200.0,-50.00,different,A (Alpha): 100.0\n"
                     "C,Gamma,300.0,300.0,0.00,equal,\n"
                     "D,Delta,400,400.0,0.00,equal,\n");
  CHECK(r.code == 1);
}

TEST_CASE("validate --reference: a revised figure is close or different by the tolerance") {
  // B: 203 against 200 is 1.5% off; C: 300.2 against 300 is 0.067%.
  const Run strict = validate(k_dir + "revised.csv", k_reference, "grp", {"--format", "csv"});
  CHECK(strict.out == k_header +
                          "A,Alpha,100.0,100.0,0.00,equal,\n"
                          "B,Beta,203.0,200.0,1.50,different,\n"
                          "C,Gamma,300.2,300.0,0.07,close,\n"
                          "D,Delta,,400.0,,no_value,\n"
                          "E,Epsilon,7.0,,,no_reference,\n");
  CHECK(strict.err == summary("1 equal, 1 close, 1 different (0 most likely carry another region's figure), "
                              "1 without a reference, 1 without a value"));
  CHECK(strict.code == 1);
  const Run loose = validate(k_dir + "revised.csv", k_reference, "grp", {"--format", "csv", "--tolerance", "0.02"});
  CHECK(loose.out.find("B,Beta,203.0,200.0,1.50,close,\n") != std::string::npos);
  CHECK(loose.code == 0);
}

TEST_CASE("validate --reference: a duplicated row, and a near coincidence that is none") {
  // B repeats A's row; in the other table B (299.8) is within 0.1% of C's figure, but C's own row
  // holds C's figure (300.2, close) and B is no copy of it.
  const Run dup = validate(k_dir + "duplicated.csv", k_reference, "grp", {"--format", "csv"});
  CHECK(dup.out == k_header +
                       "A,Alpha,100.0,100.0,0.00,equal,\n"
                       "B,Beta,100.0,200.0,-50.00,different,A (Alpha): 100.0\n"
                       "C,Gamma,300.3,300.0,0.10,close,\n"
                       "D,Delta,400.0,400.0,0.00,equal,\n");
  const Run near = validate(k_dir + "coincidence.csv", k_reference, "grp", {"--format", "csv"});
  CHECK(near.out == k_header +
                        "A,Alpha,100.0,100.0,0.00,equal,\n"
                        "B,Beta,299.8,200.0,49.90,different,\n"
                        "C,Gamma,300.2,300.0,0.07,close,\n"
                        "D,Delta,400.0,400.0,0.00,equal,\n");
}

TEST_CASE("validate --reference: the human table") {
  const Run r = validate(k_dir + "swapped.csv", k_dir + "shifted.csv", "grp");
  // Against the shifted table as reference: A (200) is B's figure there, B (100) is also B's.
  CHECK(r.out ==
        "Check against a reference series: grp — " + k_dir + "shifted.csv\n"
        "ID  Region  Value  Reference  Difference, %  Agreement  Most likely carries the figure of\n"
        "--  ------  -----  ---------  -------------  ---------  ---------------------------------\n"
        "A   Alpha   200.0       50.0         300.00  DIFFERENT  C (Gamma): 200.0\n"
        "B   Beta    100.0      100.0           0.00  equal\n"
        "C   Gamma   300.0      200.0          50.00  DIFFERENT  D (Delta): 300.0\n"
        "D   Delta     400      300.0          33.33  DIFFERENT\n");
  CHECK(r.code == 1);
}

TEST_CASE("validate --reference: errors") {
  CHECK(validate(k_dir + "shifted.csv", k_reference, "").err == "itzones: error: --reference needs --column\n");
  const Run absent = validate(k_dir + "shifted.csv", k_reference, "employed");
  CHECK(absent.err == k_dir + "shifted.csv: column \"employed\": no such column\n");
  CHECK(absent.code == 2);
}

TEST_CASE("validate --reference: the paper's 2010 Table 2 against the BNS series") {
  const std::string table2 = ITZONES_DATA_DIR "/kazakhstan/table2_2010.csv";
  const std::string reference = ITZONES_DATA_DIR "/kazakhstan-bns/reference_2010.csv";
  const auto carried = [&](const std::string& column) {
    const Run r = validate(table2, reference, column, {"--format", "json"});
    std::map<std::string, std::string> out;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    for (const auto& row : doc["rows"]) {
      out[row["region_id"].get<std::string>()] = row["agreement"].get<std::string>() +
                              (row["carries"].is_null() ? "" : " " + row["carries"]["region_id"].get<std::string>());
    }
    return std::pair{r.err, out};
  };
  // GRP: East Kazakhstan prints West Kazakhstan's 1 048 779 (which West Kazakhstan prints too),
  // Mangystau prints South Kazakhstan's 1 205 298, South Kazakhstan East Kazakhstan's 1 244 102.6.
  auto [grp_summary, grp] = carried("grp");
  CHECK(grp_summary == "itzones: validate: grp against " + reference +
                           ": 10 equal, 3 close, 3 different (3 most likely carry another region's figure), 0 without "
                           "a reference, 0 without a value\n");
  CHECK(grp["KZ-VOS"] == "different KZ-ZAP");
  CHECK(grp["KZ-MAN"] == "different KZ-YUZ");
  CHECK(grp["KZ-YUZ"] == "different KZ-VOS");
  CHECK(grp["KZ-ZAP"] == "close");
  // Employed: the column follows the statistical yearbook's order of regions (West Kazakhstan
  // 5th, Karaganda 7th, Kyzylorda 9th, South Kazakhstan 11th, East Kazakhstan 14th). Mangystau's
  // 1 091 000 is South Kazakhstan's 1 091 673 (Shymkent 248 513 + Turkistan 843 160), 0.06% off.
  auto [employed_summary, employed] = carried("employed");
  CHECK(employed_summary == "itzones: validate: employed against " + reference +
                                ": 5 equal, 3 close, 8 different (5 most likely carry another region's figure), 0 "
                                "without a reference, 0 without a value\n");
  CHECK(employed["KZ-VOS"] == "different KZ-ZAP");
  CHECK(employed["KZ-ZAP"] == "different KZ-KAR");
  CHECK(employed["KZ-KUS"] == "different KZ-KZY");
  CHECK(employed["KZ-MAN"] == "different KZ-YUZ");
  CHECK(employed["KZ-YUZ"] == "different KZ-VOS");
  CHECK(employed["KZ-AKT"] == "different");  // 478 500 printed, 378 500 official
  CHECK(employed["KZ-KAR"] == "different");  // 512 000: Kostanay's 512 600 is 0.12% off, beyond a tenth of 1%
  auto [emissions_summary, emissions] = carried("emissions");
  CHECK(emissions_summary == "itzones: validate: emissions against " + reference +
                                 ": 8 equal, 1 close, 7 different (6 most likely carry another region's figure), 0 "
                                 "without a reference, 0 without a value\n");
  CHECK(emissions["KZ-ZAP"] == "different");  // 691.3: Karaganda's 2011 figure; its 2010 one is 661.2
}

TEST_CASE("validate --reference: the paper's 2014 Table 4 against the BNS series") {
  const std::string table4 = ITZONES_DATA_DIR "/kazakhstan/table4_2014.csv";
  const std::string reference = ITZONES_DATA_DIR "/kazakhstan-bns/reference_2014.csv";
  // Employed and emissions agree everywhere; GRP was revised: +0.05..0.3% for eleven regions and
  // -2.6% (Aktobe), -8.3% (Atyrau), -3.8% (West Kazakhstan), -4.5% (Kyzylorda), -5.8%
  // (Mangystau) for the oil regions. West Kazakhstan's 1 911 912.3 lies within 0.1% of Almaty
  // region's 1 910 366.2, but Almaty region's row holds its own figure: no mislabelling.
  CHECK(validate(table4, reference, "employed").err ==
        "itzones: validate: employed against " + reference +
            ": 16 equal, 0 close, 0 different (0 most likely carry another region's figure), 0 without a reference, 0 "
            "without a value\n");
  CHECK(validate(table4, reference, "emissions").code == 0);
  const Run grp = validate(table4, reference, "grp");
  CHECK(grp.err == "itzones: validate: grp against " + reference +
                       ": 0 equal, 11 close, 5 different (0 most likely carry another region's figure), 0 without a "
                       "reference, 0 without a value\n");
  CHECK(grp.code == 1);
}
