"""The four built-in toolkits: valid XLSForms, reproducible, complete in en/es/pt, loadable."""
from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from pyxform.xls2xform import convert

TOOLKITS_DIR = Path(__file__).resolve().parent.parent / "resources" / "toolkits"
IDS = ("sdp-diagnostic", "linkage-readiness", "lean-production", "qcdi")
LANGS = ("label::Español (es)", "label::English (en)", "label::Português (pt)")
SCORE_COLUMNS = ("score::area", "score::weight", "score::target", "score::critical",
                 "score::reverse", "score::min", "score::max")
MIN_ITEMS_PER_AREA = {
    "sdp-diagnostic": dict.fromkeys(("administration", "commercial", "environmental", "finance",
                                     "leadership", "organisation"), 6),
    "linkage-readiness": dict.fromkeys(("environmental_management", "information_systems",
                                        "infrastructure", "innovation", "intellectual_capital",
                                        "investment", "marketing", "production_capacity"), 5),
    "lean-production": dict.fromkeys(("five_s", "standard_work", "flow", "smed", "tpm",
                                      "quality_at_source", "visual_management",
                                      "continuous_improvement"), 4),
    "qcdi": dict.fromkeys(("quality", "cost", "delivery", "innovation"), 5),
}


def _generator():
    spec = importlib.util.spec_from_file_location("build_toolkits",
                                                  TOOLKITS_DIR / "build_toolkits.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path, sheet: str) -> list[dict]:
    ws = openpyxl.load_workbook(path, read_only=True)[sheet]
    values = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in values[0]]
    return [dict(zip(header, row)) for row in values[1:]]


def _items(path: Path) -> list[dict]:
    return [r for r in _rows(path, "survey") if r["type"] not in ("begin_group", "end_group")]


def _scored(path: Path) -> list[dict]:
    return [r for r in _items(path) if r["score::area"]]


def _lists(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in _rows(path, "choices"):
        out.setdefault(row["list_name"], []).append(row)
    return out


@pytest.fixture(params=IDS)
def toolkit(request) -> Path:
    return TOOLKITS_DIR / f"{request.param}.xlsx"


def test_every_builtin_converts_with_pyxform_without_warnings(toolkit):
    warnings: list[str] = []
    result = convert(str(toolkit), warnings=warnings)
    assert f'id="{toolkit.stem}"' in result.xform
    assert 'lang="English (en)"' in result.xform and 'lang="Português (pt)"' in result.xform
    assert warnings == []


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="ODK Validate needs Java")
def test_every_builtin_passes_odk_validate():
    for toolkit_id in IDS:
        convert(str(TOOLKITS_DIR / f"{toolkit_id}.xlsx"), validate=True)


def test_generator_reproduces_the_committed_workbooks(tmp_path):
    written = _generator().build_all(tmp_path)
    assert sorted(p.stem for p in written) == sorted(IDS)
    for fresh in written:
        committed = openpyxl.load_workbook(TOOLKITS_DIR / fresh.name)
        regenerated = openpyxl.load_workbook(fresh)
        assert committed.sheetnames == regenerated.sheetnames == [
            "survey", "choices", "settings", "areas", "bands"]
        for name in committed.sheetnames:
            assert list(committed[name].values) == list(regenerated[name].values), (fresh, name)


def test_generator_output_is_byte_for_byte_reproducible(tmp_path):
    gen = _generator()
    first = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in gen.build_all(tmp_path / "a")}
    second = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in gen.build_all(tmp_path / "b")}
    assert first == second


def test_settings(toolkit):
    (settings,) = _rows(toolkit, "settings")
    assert settings["form_id"] == toolkit.stem
    assert re.fullmatch(r"\d{4}\.\d+", str(settings["version"]))
    assert settings["default_language"] == "Español (es)"
    assert 0 < settings["score::min_coverage"] <= 1 and settings["score::top_n"] == 10
    assert settings["form_title"]


def test_survey_columns_follow_the_contract(toolkit):
    header = list(_rows(toolkit, "survey")[0])
    for column in ("type", "name", *LANGS, *SCORE_COLUMNS):
        assert column in header
    assert "score" in _rows(toolkit, "choices")[0]


def test_profile_group_comes_first_and_is_not_scored(toolkit):
    rows = _rows(toolkit, "survey")
    assert (rows[0]["type"], rows[0]["name"]) == ("begin_group", "profile")
    profile = {r["name"]: r["type"] for r in rows[1:5]}
    assert profile == {"company_id": "text", "company_name": "text", "respondent": "text",
                       "assessment_date": "date"}
    assert not any(r["score::area"] for r in rows[:6])


def test_item_counts_per_area(toolkit):
    areas = [a["name"] for a in _rows(toolkit, "areas")]
    assert areas == list(MIN_ITEMS_PER_AREA[toolkit.stem])
    scored = _scored(toolkit)
    for area, minimum in MIN_ITEMS_PER_AREA[toolkit.stem].items():
        assert sum(r["score::area"] == area for r in scored) >= minimum, area
    assert all(r["score::area"] in areas for r in scored)


def test_each_area_is_one_group(toolkit):
    group, seen = None, {}
    for row in _rows(toolkit, "survey"):
        if row["type"] == "begin_group":
            group = row["name"]
        elif row["type"] == "end_group":
            group = None
        elif row["score::area"]:
            seen.setdefault(row["score::area"], set()).add(group)
    assert all(groups == {area} for area, groups in seen.items())


def test_names_are_short_unique_ids(toolkit):
    names = [r["name"] for r in _scored(toolkit)]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z]{3}_\d{2}", n) for n in names)


def test_every_item_and_choice_is_labelled_in_three_languages(toolkit):
    for row in _items(toolkit) + [r for rows in _lists(toolkit).values() for r in rows]:
        for column in LANGS:
            assert row[column] and row[column].strip(), (row["name"], column)


def test_labels_are_unambiguous_for_header_matching(toolkit):
    # An import matches columns by label in any language, so no two items may share one.
    seen: dict[str, str] = {}
    for row in _items(toolkit):
        for text in {row[c].strip().casefold() for c in LANGS} | {row["name"]}:
            assert seen.setdefault(text, row["name"]) == row["name"], text


def test_every_scale_choice_has_a_level_descriptor(toolkit):
    lists = _lists(toolkit)
    used = {r["type"].split()[1] for r in _scored(toolkit) if r["type"].startswith("select_")}
    assert used <= set(lists), "scored item uses an unknown list"
    order = [r["list_name"] for r in _rows(toolkit, "choices")]
    blocks = [name for k, name in enumerate(order) if k == 0 or order[k - 1] != name]
    assert len(blocks) == len(set(blocks)), "a list name is reused for two separate lists"
    for name, choices in lists.items():
        assert len({c["name"] for c in choices}) == len(choices), name
    for name, choices in lists.items():
        for choice in choices:
            if re.fullmatch(r"l\d", choice["name"]):
                level = choice["name"][1]
                assert choice["score"] == int(level)
                for column in LANGS:   # "3 — Defined: ..." describes the level, not just "3"
                    assert re.match(rf"{level} — \w.{{10,}}", choice[column]), (name, choice)


def test_spanish_and_portuguese_keep_their_accents(toolkit):
    spanish = r"\b(gestion|informacion|produccion|diagnostico|tecnologia|capacitacion|evaluacion|" \
              r"planificacion|innovacion|organizacion|administracion|energia|dias|ultimos|mas|" \
              r"seguridad social y|tambien|area|areas|practica|electronica|maquinaria y equipo)\b"
    portuguese = r"\b(nao|gestao|producao|informacao|avaliacao|inovacao|organizacao|tecnologia\b|" \
                 r"energia eletrica|ultimos|pratica|eletronica|acao|acoes|area|areas)\b"
    rows = (_items(toolkit) + [r for rs in _lists(toolkit).values() for r in rs]
            + _rows(toolkit, "areas") + _rows(toolkit, "bands"))
    for row in rows:
        assert not re.search(spanish, row["label::Español (es)"], re.I), row["label::Español (es)"]
        assert not re.search(portuguese, row["label::Português (pt)"].replace("tecnologia", "x"),
                             re.I), row["label::Português (pt)"]
    assert any(re.search("[áéíóúñ]", r["label::Español (es)"]) for r in rows)
    assert any(re.search("[ãõçáéíóú]", r["label::Português (pt)"]) for r in rows)


def test_bands(toolkit):
    bands = _rows(toolkit, "bands")
    assert [(b["name"], b["min"]) for b in bands] == [
        ("not_ready", 0), ("developing", 40), ("linkage_ready", 70)]
    assert [b["label::English (en)"] for b in bands] == ["Not ready", "Developing", "Linkage ready"]
    assert [b["label::Español (es)"] for b in bands] == [
        "No preparado", "En desarrollo", "Listo para encadenamiento"]
    assert [b["label::Português (pt)"] for b in bands] == [
        "Não preparado", "Em desenvolvimento", "Pronto para encadeamento"]
    assert all(re.fullmatch(r"#[0-9A-F]{6}", b["colour"]) for b in bands)


def test_weights_targets_and_critical_items(toolkit):
    scored = _scored(toolkit)
    assert all(r["score::weight"] is None or r["score::weight"] > 0 for r in scored)
    assert all(a["weight"] > 0 for a in _rows(toolkit, "areas"))
    assert 1 <= sum(r["score::critical"] == "yes" for r in scored) <= 6
    assert any(r["score::target"] is not None for r in scored)


def test_sdp_critical_compliance_items():
    critical = {r["name"] for r in _scored(TOOLKITS_DIR / "sdp-diagnostic.xlsx")
                if r["score::critical"] == "yes"}
    assert {"adm_01", "adm_02", "fin_01", "org_01", "org_02"} == critical


def test_linkage_readiness_has_scored_multiple_choice_and_range_items():
    path = TOOLKITS_DIR / "linkage-readiness.xlsx"
    scored, lists = _scored(path), _lists(path)
    multiple = [r for r in scored if r["type"].startswith("select_multiple")]
    assert len(multiple) >= 3
    for row in multiple:
        values = [c["score"] for c in lists[row["type"].split()[1]]]
        assert sum(v for v in values if v) >= row["score::target"] > 0
    assert any(r["type"] == "range" and r["parameters"] == "start=1 end=5 step=1" for r in scored)


def test_lean_items_aim_at_level_three():
    scored = _scored(TOOLKITS_DIR / "lean-production.xlsx")
    assert len(scored) >= 30
    assert all(r["score::target"] == 3 for r in scored)
    assert all(r["type"].startswith("select_one") or r["type"] == "range" for r in scored)
    assert all(r["parameters"] == "start=1 end=5 step=1" for r in scored if r["type"] == "range")


def test_qcdi_indicators_and_yes_no():
    path = TOOLKITS_DIR / "qcdi.xlsx"
    yes_no = {c["name"]: c["score"] for c in _lists(path)["yes_no"]}
    assert yes_no == {"yes": 1, "no": 0, "na": None}
    items = {r["name"]: r for r in _scored(path)}
    on_time = items["del_01"]
    assert (on_time["type"], on_time["score::min"], on_time["score::max"],
            on_time["score::target"], on_time["score::reverse"]) == ("decimal", 0, 100, 95, None)
    ppm = items["qua_02"]
    assert (ppm["type"], ppm["score::min"], ppm["score::max"], ppm["score::target"],
            ppm["score::reverse"]) == ("integer", 0, 10000, 500, "yes")
    assert items["del_02"]["score::reverse"] == "yes"
    types = {r["type"].split()[0] for r in items.values()}
    assert {"select_one", "integer", "decimal"} <= types
    for row in items.values():
        if row["type"] in ("integer", "decimal"):
            assert row["score::min"] < row["score::max"]
            assert row["constraint"] == f". >= {row['score::min']} and . <= {row['score::max']}"


def test_every_builtin_loads_with_the_toolkit_loader(toolkit):
    loader = pytest.importorskip("core.toolkit.loader",
                                 reason="core.toolkit.loader is not written yet")
    loaded = loader.load_toolkit(toolkit)
    assert loaded.id == toolkit.stem and loaded.version == "2026.1"
    assert loaded.default_language == "es"
    assert sorted(loaded.languages) == ["en", "es", "pt"]
    assert [a.name for a in loaded.areas] == list(MIN_ITEMS_PER_AREA[toolkit.stem])
    assert [b.min for b in loaded.bands] == [0, 40, 70]
    assert len(loaded.scored_items) == len(_scored(toolkit))
    for item in loaded.scored_items:
        assert item.scale_min < item.scale_max
        assert 0 <= item.target_score <= 100
        assert {item.label(lang) for lang in ("en", "es", "pt")} == {
            item.labels["en"], item.labels["es"], item.labels["pt"]}
    for name in ("company_id", "company_name"):
        assert loaded.has_item(name) and not loaded.item(name).scored


def test_loaded_scales_match_the_contract():
    loader = pytest.importorskip("core.toolkit.loader",
                                 reason="core.toolkit.loader is not written yet")
    qcdi = loader.load_toolkit(TOOLKITS_DIR / "qcdi.xlsx")
    ppm = qcdi.item("qua_02")
    assert (ppm.scale_min, ppm.scale_max, ppm.reverse, ppm.critical) == (0, 10000, True, True)
    assert ppm.target_score == pytest.approx(95.0)
    assert qcdi.item("qua_04").scale_min == 0 and qcdi.item("qua_04").scale_max == 1
    lean = loader.load_toolkit(TOOLKITS_DIR / "lean-production.xlsx")
    assert {it.target_score for it in lean.scored_items} == {50.0}
    linkage = loader.load_toolkit(TOOLKITS_DIR / "linkage-readiness.xlsx")
    certs = linkage.item("pro_06")
    assert (certs.scale_min, certs.scale_max) == (0, 12)


def _answer(item, choices: dict, aim: str):
    """A cell value for ``item`` at its ``best`` / ``worst`` end or exactly ``target``."""
    lo, hi = item.scale_min, item.scale_max
    best, worst = (lo, hi) if item.reverse else (hi, lo)
    raw = {"best": best, "worst": worst}.get(aim, item.target if item.target is not None else best)
    if item.type == "select_one":
        choice = next(c for c in choices[item.list_name].choices if c.score == raw)
        return choice.labels["es"]                  # answers may be given as labels
    if item.type == "select_multiple":
        picked, total = [], 0.0
        for choice in sorted(choices[item.list_name].choices, key=lambda c: -(c.score or 0)):
            if total < raw and choice.score:
                picked.append(choice.name)
                total += choice.score
        names = {c.name for c in choices[item.list_name].choices}
        return " ".join(picked) or ("none" if "none" in names else None)
    return raw


def test_builtins_import_and_score_end_to_end(toolkit, tmp_path):
    loader = pytest.importorskip("core.toolkit.loader", reason="toolkit loader not written yet")
    importer = pytest.importorskip("core.survey.importer", reason="survey importer not written yet")
    engine = pytest.importorskip("core.scoring.engine", reason="scoring engine not written yet")
    loaded = loader.load_toolkit(toolkit)
    items = [loaded.item("company_id"), loaded.item("company_name"), *loaded.scored_items]
    sheet = openpyxl.Workbook()
    ws = sheet.active
    ws.append([it.labels["es"] for it in items])          # Spanish labels as headers
    aims = ("best", "target", "worst")
    for aim in aims:
        ws.append([f"S-{aim}", f"Proveedor {aim}",
                   *[_answer(it, loaded.lists, aim) for it in loaded.scored_items]])
    path = tmp_path / "respuestas.xlsx"
    sheet.save(path)

    survey = importer.import_survey(path, loaded)
    assert survey.errors == []
    assert survey.mapping.missing_items == [] and survey.mapping.unmatched == []
    assert survey.company_ids == ["S-best", "S-target", "S-worst"]
    result = engine.score_responses(loaded, survey.values)
    best, target, worst = range(3)
    assert result.index.iloc[best] == pytest.approx(100.0)
    assert result.band.iloc[best] == "linkage_ready" and result.critical_gaps(best) == []
    assert result.critical_gaps(target) == [] and result.opportunities(target) == []
    assert result.index.iloc[worst] == pytest.approx(0.0)
    assert result.band.iloc[worst] == "not_ready"
    assert sorted(result.critical_gaps(worst)) == sorted(
        it.name for it in loaded.scored_items if it.critical)
