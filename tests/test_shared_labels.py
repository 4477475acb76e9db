"""Items sharing a label (the same question asked per area): group paths decide, else the order of
identical headers, else the header is reported ambiguous — property tests over random toolkits."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.survey.header import map_columns
from core.survey.matching import HeaderMatcher
from core.survey.model import ImportOptions
from core.toolkit.model import Group
from scoring_helpers import item, toolkit

QUESTIONS = ["¿Tiene un procedimiento escrito?", "Registros al día", "Nivel de orden", "Metas anuales"]


@st.composite
def kits(draw):
    """Areas as groups; each item asks one of a few questions, so labels repeat across groups."""
    groups = draw(st.integers(2, 4))
    items = []
    for g in range(groups):
        group = Group(f"g{g}", {"es": f"Área {g}"})
        for q in draw(st.lists(st.sampled_from(range(len(QUESTIONS))), min_size=1, max_size=4, unique=True)):
            it = item(f"g{g}_q{q}", f"g{g}")
            items.append(it.__class__(**{**it.__dict__, "labels": {"es": QUESTIONS[q]}, "groups": (group,)}))
    return toolkit(items)


def _mapping(kit, headers):
    report, plan = map_columns("S", 0, headers, HeaderMatcher(kit), ImportOptions(), [True] * len(headers))
    return report, {j: name for name, j in plan.single.items()}


@settings(max_examples=80, deadline=None, derandomize=True)
@given(kits())
def test_identical_headers_follow_the_survey_order(kit):
    headers = [it.label("es") for it in kit.items]          # KoboToolbox's default export
    report, by_column = _mapping(kit, headers)
    assert by_column == {j: it.name for j, it in enumerate(kit.items)}
    assert report.ambiguous == [] and report.missing_items == []


@settings(max_examples=80, deadline=None, derandomize=True)
@given(kits(), st.randoms(use_true_random=False), st.booleans())
def test_group_paths_decide_in_any_column_order(kit, rnd, by_name):
    items = list(kit.items)
    rnd.shuffle(items)
    group = (lambda g: g.name) if by_name else (lambda g: g.labels["es"])
    headers = [f"{group(it.groups[0])}/{it.label('es')}" for it in items]
    report, by_column = _mapping(kit, headers)
    assert by_column == {j: it.name for j, it in enumerate(items)}
    assert report.ambiguous == []


@settings(max_examples=80, deadline=None, derandomize=True)
@given(kits(), st.data())
def test_a_missing_twin_makes_the_shared_header_ambiguous_never_dropped(kit, data):
    shared = [q for q in QUESTIONS if sum(it.label("es") == q for it in kit.items) > 1]
    if not shared:
        return
    question = data.draw(st.sampled_from(shared))
    twins = [it.name for it in kit.items if it.label("es") == question]
    kept = [it for it in kit.items if it.name != twins[-1]]
    headers = [it.label("es") for it in kept]
    report, by_column = _mapping(kit, headers)
    ambiguous = [(letter, header, names) for letter, header, names in report.ambiguous]
    assert {h for _l, h, _n in ambiguous} == {question}
    assert all(names == twins for _l, _h, names in ambiguous)
    assert set(twins) <= set(report.missing_items)
    assert {n for n in by_column.values()} == {it.name for it in kept if it.name not in twins}
