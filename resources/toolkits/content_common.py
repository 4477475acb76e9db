"""Building blocks shared by the built-in toolkits: the content model, profile group, bands, scales.

Plain data only; ``build_toolkits.py`` turns a :class:`ToolkitContent` into an XLSForm workbook.
Every text is a :func:`L` triple (English, Spanish, Portuguese), written in that order.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = (("es", "Español (es)"), ("en", "English (en)"), ("pt", "Português (pt)"))
DEFAULT_LANGUAGE = "Español (es)"
VERSION = "2026.1"


def L(en: str, es: str, pt: str) -> dict[str, str]:
    """One text in the three languages of the built-in toolkits."""
    return {"en": en, "es": es, "pt": pt}


@dataclass(frozen=True)
class Choice:
    name: str
    score: float | None          # None: "not applicable", the answer counts as missing
    label: dict[str, str]


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Question:
    """One survey row that asks something; ``area`` None means not scored."""

    type: str
    name: str
    label: dict[str, str]
    area: str | None = None
    weight: float | None = None
    target: float | None = None
    critical: bool = False
    reverse: bool = False
    min: float | None = None
    max: float | None = None
    parameters: str | None = None
    hint: dict[str, str] | None = None
    required: bool = False
    constraint: str | None = None
    constraint_message: dict[str, str] | None = None


@dataclass(frozen=True)
class Group:
    name: str
    label: dict[str, str]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Area:
    name: str
    label: dict[str, str]
    weight: float = 1


@dataclass(frozen=True)
class Band:
    name: str
    label: dict[str, str]
    min: float
    colour: str


@dataclass
class ToolkitContent:
    id: str
    title: str                   # form_title, in the default language (Spanish)
    areas: list[Area]
    groups: list[Group]
    lists: list[ChoiceList]
    min_coverage: float = 0.5
    top_n: int = 10
    bands: list[Band] = field(default_factory=lambda: list(BANDS))

    def questions(self) -> list[Question]:
        return [q for g in self.groups for q in g.questions]


BANDS = (
    Band("not_ready", L("Not ready", "No preparado", "Não preparado"), 0, "#C0392B"),
    Band("developing", L("Developing", "En desarrollo", "Em desenvolvimento"), 40, "#E69F00"),
    Band("linkage_ready", L("Linkage ready", "Listo para encadenamiento",
                            "Pronto para encadeamento"), 70, "#2E8B57"),
)


def profile_group() -> Group:
    """The unscored opening group every built-in toolkit shares."""
    return Group("profile", L("Company profile", "Perfil de la empresa", "Perfil da empresa"), (
        Question("text", "company_id",
                 L("Company ID (tax number or programme code)",
                   "Identificador de la empresa (NIT, RUT, RFC o código del programa)",
                   "Identificação da empresa (CNPJ ou código do programa)"), required=True),
        Question("text", "company_name",
                 L("Company name", "Nombre o razón social de la empresa", "Nome ou razão social da empresa")),
        Question("text", "respondent",
                 L("Respondent (name and position)", "Persona que responde (nombre y cargo)",
                   "Pessoa que responde (nome e cargo)")),
        Question("date", "assessment_date",
                 L("Date of the diagnosis", "Fecha del diagnóstico", "Data do diagnóstico")),
    ))


def levels(name: str, *descriptors: tuple[str, str, str], na: dict[str, str] | None = None
           ) -> ChoiceList:
    """A 1-5 list ``l1``..``l5`` whose labels describe each level, plus an optional ``na`` choice."""
    choices = [Choice(f"l{i}", i, L(f"{i} — {en}", f"{i} — {es}", f"{i} — {pt}"))
               for i, (en, es, pt) in enumerate(descriptors, start=1)]
    if na is not None:
        choices.append(Choice("na", None, na))
    return ChoiceList(name, tuple(choices))


NOT_APPLICABLE = L("Not applicable to this company", "No aplica a esta empresa",
                   "Não se aplica a esta empresa")


def maturity_list(name: str = "maturity", with_na: bool = True) -> ChoiceList:
    """The general five-level maturity scale used where no area-specific scale fits."""
    return levels(
        name,
        ("No practice: nothing is done, or it depends on one person's memory",
         "Sin práctica: no se hace nada o depende de la memoria de una persona",
         "Sem prática: nada é feito ou depende da memória de uma pessoa"),
        ("Informal: done now and then, without written procedures or records",
         "Informal: se hace de vez en cuando, sin procedimientos escritos ni registros",
         "Informal: feito de vez em quando, sem procedimentos escritos nem registros"),
        ("Defined: a written practice exists and is followed most of the time",
         "Definida: existe una práctica escrita y se sigue la mayor parte del tiempo",
         "Definida: existe uma prática escrita, seguida na maior parte do tempo"),
        ("Managed: applied consistently, with records and indicators reviewed regularly",
         "Gestionada: se aplica de forma sistemática, con registros e indicadores revisados con regularidad",
         "Gerenciada: aplicada de forma sistemática, com registros e indicadores revisados regularmente"),
        ("Optimised: results are measured, improved continuously and meet the buyer's standards",
         "Optimizada: los resultados se miden, se mejoran continuamente y cumplen los estándares del comprador",
         "Otimizada: os resultados são medidos, melhorados continuamente e atendem aos padrões do comprador"),
        na=NOT_APPLICABLE if with_na else None,
    )


def concentration_list(name: str = "buyer_concentration") -> ChoiceList:
    """Dependence on the largest buyer (monopsony risk): less dependence scores higher."""
    return levels(
        name,
        ("More than 80% of sales go to a single buyer",
         "Más del 80% de las ventas van a un solo comprador",
         "Mais de 80% das vendas vão para um único comprador"),
        ("Between 60% and 80% of sales go to the largest buyer",
         "Entre el 60% y el 80% de las ventas van al mayor comprador",
         "Entre 60% e 80% das vendas vão para o maior comprador"),
        ("Between 40% and 60% of sales go to the largest buyer",
         "Entre el 40% y el 60% de las ventas van al mayor comprador",
         "Entre 40% e 60% das vendas vão para o maior comprador"),
        ("Between 20% and 40% of sales go to the largest buyer",
         "Entre el 20% y el 40% de las ventas van al mayor comprador",
         "Entre 20% e 40% das vendas vão para o maior comprador"),
        ("Less than 20% of sales go to the largest buyer; a broad customer base",
         "Menos del 20% de las ventas van al mayor comprador; cartera de clientes amplia",
         "Menos de 20% das vendas vão para o maior comprador; carteira de clientes ampla"),
    )
