#!/usr/bin/env python3
"""Builds the BNS study's data files from the official series (python3 standard library only).

Usage: python3 data/kazakhstan-bns/make_data.py SOURCE_DIR

SOURCE_DIR holds the BNS files described in data/kazakhstan-bns/README.md:
  kz_gva_by_region_oked_section_2010_2025.csv  GVA by region x OKED section, GRP (item GDP)
  kz_employed_by_region_2001_2025.csv          employed population, thousand persons
  kz_air_emissions_by_region_2005_2022.csv     emissions from stationary sources, thousand tonnes

Writes next to this script: gva.csv, grp.csv, employed.csv, emissions.csv, reference_2010.csv,
reference_2014.csv. Region codes are mapped to the stable ids of data/regions/kz_regions.csv.
Every year keeps the finest set of regions the source publishes without counting a region
twice: where the BNS gives South Kazakhstan (YKO) beside its back-cast parts Shymkent (SHM) and
Turkistan (TRK) (GVA 2011-2017), YKO is left out, after checking that it equals SHM + TRK.
Every year's regions are checked to sum to the national total the source prints.
"""

import csv
import os
import sys

FIRST_YEAR, LAST_YEAR = 2010, 2024
HERE = os.path.dirname(os.path.abspath(__file__))
NON_SECTIONS = {"GDP", "IND", "NET_TAXES", "FISIM"}  # aggregates and adjustments, not industries


def name_key(name):
    """A Russian region name as the emissions table and the region table both spell it."""
    return name.replace("область", "").replace(" ", "")


def read_regions():
    """BNS code -> (region_id, name_ru, name_en); Russian short name -> the same."""
    by_code, by_name = {}, {}
    with open(os.path.join(HERE, "..", "regions", "kz_regions.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            entry = (row["region_id"], row["name_ru"], row["name_en"])
            by_code[row["bns_code"]] = entry
            by_name[name_key(row["name_ru"])] = entry
    return by_code, by_name


def check_sum(what, year, parts, national):
    total = sum(parts)
    if abs(total - national) > 0.05 * max(1.0, len(parts)):
        sys.exit(f"{what} {year}: regions sum to {total:.3f}, the national total is {national:.3f}")


def drop_double_counted(rows_by_code, what, year):
    """Leaves out YKO where SHM and TRK are given too, after checking YKO = SHM + TRK."""
    if "YKO" in rows_by_code and "SHM" in rows_by_code and "TRK" in rows_by_code:
        yko = rows_by_code.pop("YKO")
        parts = rows_by_code["SHM"] + rows_by_code["TRK"]
        if abs(yko - parts) > 0.05:
            sys.exit(f"{what} {year}: YKO {yko} is not SHM + TRK {parts}")


def decimal_text(value):
    """The shortest decimal text of a value read from a float column (at most 3 decimals)."""
    text = f"{round(value, 3):.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def gva(source, regions):
    """{year: {code: {item: text}}} of the GVA table, years in range."""
    table = {}
    with open(os.path.join(source, "kz_gva_by_region_oked_section_2010_2025.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["year"])
            if FIRST_YEAR <= year <= LAST_YEAR:
                table.setdefault(year, {}).setdefault(row["region_code"], {})[row["item_code"]] = row["value_mln_kzt"]
    return table


def write_gva_and_grp(table, regions):
    gva_rows, grp_rows = [], []
    for year in sorted(table):
        codes = table[year]
        national = codes.pop("national")
        items = sorted(item for item in national if item not in NON_SECTIONS)
        for item in items + ["GDP"]:
            values = {code: float(v[item]) for code, v in codes.items()}
            drop_double_counted(values, f"GVA {item}", year)
            check_sum(f"GVA {item}", year, values.values(), float(national[item]))
        kept = [c for c in codes if not (c == "YKO" and "SHM" in codes and "TRK" in codes)]
        for code in sorted(kept, key=lambda c: regions[c][0]):
            region_id, name_ru, name_en = regions[code]
            for item in items:
                gva_rows.append([region_id, name_ru, name_en, item, year, codes[code][item]])
            grp_rows.append([region_id, name_ru, name_en, year, codes[code]["GDP"]])
    write("gva.csv", ["region_id", "region", "region_en", "industry", "year", "value"], gva_rows)
    write("grp.csv", ["region_id", "region", "region_en", "year", "grp"], grp_rows)
    return {(row[3], row[0]): row[4] for row in grp_rows}


def write_employed(source, regions):
    by_year = {}
    with open(os.path.join(source, "kz_employed_by_region_2001_2025.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["year"])
            if FIRST_YEAR <= year <= LAST_YEAR:
                by_year.setdefault(year, {})[row["region_code"]] = float(row["employed_thousand_persons"])
    rows = []
    for year in sorted(by_year):
        values = by_year[year]
        national = values.pop("national")
        drop_double_counted(values, "employed", year)
        check_sum("employed", year, values.values(), national)
        for code in sorted(values, key=lambda c: regions[c][0]):
            region_id, name_ru, name_en = regions[code]
            rows.append([region_id, name_ru, name_en, year, round(values[code] * 1000)])  # thousand -> persons
    write("employed.csv", ["region_id", "region", "region_en", "year", "employed"], rows)
    return {(row[3], row[0]): row[4] for row in rows}


def write_emissions(source, by_name):
    with open(os.path.join(source, "kz_air_emissions_by_region_2005_2022.csv"), encoding="utf-8") as f:
        table = list(csv.reader(f))
    years = [int(float(y)) for y in table[0][1:]]
    rows = []
    for col, year in enumerate(years, start=1):
        if not FIRST_YEAR <= year <= LAST_YEAR:
            continue
        values = {}
        for line in table[1:]:
            name = name_key(line[0])
            if line[col] == "-":  # the region did not exist
                continue
            if name == "РеспубликаКазахстан":
                national = float(line[col])
            else:
                values[by_name[name]] = float(line[col])
        check_sum("emissions", year, values.values(), national)
        for region in sorted(values):
            rows.append([*region, year, decimal_text(values[region])])
    write("emissions.csv", ["region_id", "region", "region_en", "year", "emissions"], rows)
    return {(row[3], row[0]): row[4] for row in rows}


def write_references(grp, employed, emissions, regions):
    """The 2010 and 2014 series on the 2014 regions, in the paper's units. South Kazakhstan's
    employment is given by the BNS only as Shymkent + Turkistan (back-cast), and its 2014 GRP
    is carried as Shymkent + Turkistan (equal to the printed YKO, checked above): summed here."""
    for year in (2010, 2014):
        rows = []
        for code in sorted(regions, key=lambda c: regions[c][0]):
            region_id, name_ru, name_en = regions[code]
            if code in {"SHM", "TRK", "ABY", "ZHT", "ULT"}:
                continue
            people = employed.get((year, region_id))
            if code == "YKO" and people is None:
                people = employed[(year, "KZ-61")] + employed[(year, "KZ-79")]
            money = grp.get((year, region_id))
            if code == "YKO" and money is None:
                money = decimal_text(float(grp[(year, "KZ-61")]) + float(grp[(year, "KZ-79")]))
            rows.append([region_id, name_ru, name_en, money, people, emissions[(year, region_id)]])
        write(f"reference_{year}.csv", ["region_id", "region", "region_en", "grp", "employed", "emissions"], rows)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = sys.argv[1]
    regions, by_name = read_regions()
    grp = write_gva_and_grp(gva(source, regions), regions)
    employed = write_employed(source, regions)
    emissions = write_emissions(source, by_name)
    write_references(grp, employed, emissions, regions)


if __name__ == "__main__":
    main()
