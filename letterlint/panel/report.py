"""The panel's results as a self-contained HTML report (Dutch); the terminal summary is in report/text.py.

Plots are drawn with matplotlib's object API on the Agg canvas (no pyplot, no global backend
switch) and embedded as PNG data URIs, each with an alt text that says what it shows.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from letterlint.panel.answers import AnswerSet, PanelKey
from letterlint.panel.stats import ALPHA, PairedTest, PanelStats, Proportion

BLUE, ORANGE, GREY = "#0b3a66", "#a34700", "#4d4d4d"


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}".replace(".", ",")


def pvalue(value: float | None) -> str:
    if value is None:
        return "-"
    return "< 0,001" if value < 0.001 else num(value, 3)


def ptext(value: float | None) -> str:
    """'p = 0,268', 'p < 0,001' or 'p: -' (no test)."""
    if value is None:
        return "p: -"
    return "p < 0,001" if value < 0.001 else f"p = {num(value, 3)}"


def interval(p: Proportion) -> str:
    return "-" if p.ci_low is None else f"{pct(p.ci_low)} tot {pct(p.ci_high)}"


def verdict_preference(p: Proportion) -> str:
    if p.n == 0:
        return "Er zijn geen geldige antwoorden."
    side = "B" if p.k * 2 > p.n else "A"
    if p.significant:
        return f"Meer deelnemers kiezen versie {side}. Dat is waarschijnlijk geen toeval ({ptext(p.p_value)})."
    return f"De keuze tussen A en B kan toeval zijn ({ptext(p.p_value)}). Er is geen duidelijke voorkeur."


def verdict_ratings(t: PairedTest) -> str:
    if t.n == 0:
        return "Er zijn geen geldige cijfers."
    if t.p_value is None or not t.significant:
        return f"Het verschil in cijfers kan toeval zijn ({ptext(t.p_value)})."
    side = "B" if (t.median_difference or 0) > 0 or (t.rank_biserial or 0) > 0 else "A"
    return f"Versie {side} krijgt hogere cijfers. Dat is waarschijnlijk geen toeval ({ptext(t.p_value)})."


@dataclass(frozen=True)
class Plot:
    title: str
    alt: str
    data_uri: str


def _png(figure) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _figure(width: float = 6.4, height: float = 3.2):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height))
    return figure, figure.add_subplot(1, 1, 1)


def percent_axis(axis) -> None:
    """Ticks 0%, 25%, ... 100% on a 0-1 axis (a Dutch reader reads percentages, not proportions)."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    axis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1]))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: pct(value)))


def integer_axis(axis) -> None:
    """Whole numbers only, with a real minus sign and Dutch digit grouping."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}".replace(",", ".").replace("-", "\u2212")))


def question_label(number: int, text: str, width: int = 34) -> str:
    """'1. Wat moet u doen ...' wrapped for an axis label."""
    import textwrap

    return textwrap.fill(f"{number}. {text}", width)


def plot_preference(p: Proportion) -> Plot | None:
    if p.n == 0:
        return None
    figure, axes = _figure(6.4, 1.8)
    share_b = p.share or 0.0
    axes.barh([0], [share_b], color=BLUE, height=0.5, label="kiest B")
    axes.barh([0], [1 - share_b], left=[share_b], color=ORANGE, height=0.5, label="kiest A")
    axes.errorbar([share_b], [0], xerr=[[share_b - p.ci_low], [p.ci_high - share_b]], fmt="none", ecolor="black",
                  capsize=6, linewidth=2)
    axes.axvline(0.5, color=GREY, linestyle="--", linewidth=1)
    axes.set_xlim(0, 1)
    percent_axis(axes.xaxis)
    axes.set_yticks([])
    axes.set_xlabel("deel van de deelnemers dat B kiest (met 95%-betrouwbaarheidsinterval)")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.55), ncol=2, frameon=False)
    alt = (f"Staafdiagram: {p.k} van de {p.n} deelnemers ({pct(p.share)}) kiezen versie B; het "
           f"95%-interval loopt van {pct(p.ci_low)} tot {pct(p.ci_high)}. De stippellijn staat op 50%.")
    return Plot("Voorkeur", alt, _png(figure))


def plot_differences(stats: PanelStats, answers: AnswerSet) -> Plot | None:
    differences = [a.rating_b - a.rating_a for a in answers.answers if a.has_ratings]
    if not differences:
        return None
    figure, axes = _figure()
    values = list(range(min(differences + [0]), max(differences + [0]) + 1))
    counts = [differences.count(v) for v in values]
    colors = [BLUE if v > 0 else ORANGE if v < 0 else GREY for v in values]
    axes.bar(values, counts, color=colors)
    axes.set_xticks(values)
    integer_axis(axes.xaxis)
    integer_axis(axes.yaxis)
    axes.set_xlabel("cijfer voor B min cijfer voor A")
    axes.set_ylabel("aantal deelnemers")
    positive, negative = sum(1 for d in differences if d > 0), sum(1 for d in differences if d < 0)
    alt = (f"Staafdiagram van de verschillen in cijfers (B min A) van {len(differences)} deelnemers: "
           f"{positive} geven B een hoger cijfer, {negative} geven A een hoger cijfer, "
           f"{len(differences) - positive - negative} geven hetzelfde cijfer. Mediaan verschil: "
           f"{num(stats.ratings.median_difference, 1)}.")
    return Plot("Verschil in cijfers", alt, _png(figure))


def plot_comprehension(stats: PanelStats) -> Plot | None:
    rows = stats.comprehension.per_question
    if not rows or (stats.comprehension.a.n == 0 and stats.comprehension.b.n == 0):
        return None
    labels = [question_label(n, r.text) for n, r in enumerate(rows, 1)]
    height = 0.8 + sum(0.35 + 0.2 * label.count("\n") for label in labels)
    figure, axes = _figure(7.4, max(2.0, height))
    positions = list(range(len(rows)))
    axes.barh([p + 0.2 for p in positions], [r.a.share or 0 for r in rows], height=0.4, color=ORANGE, label="A eerst gelezen")
    axes.barh([p - 0.2 for p in positions], [r.b.share or 0 for r in rows], height=0.4, color=BLUE, label="B eerst gelezen")
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize="small")
    axes.invert_yaxis()
    axes.set_xlim(0, 1)
    percent_axis(axes.xaxis)
    axes.set_xlabel("goede antwoorden")
    axes.legend(loc="lower right", fontsize="small")
    parts = "; ".join(f"vraag {n} ({r.text}): A {pct(r.a.share)}, B {pct(r.b.share)}" for n, r in enumerate(rows, 1))
    return Plot("Begrip per vraag", f"Staafdiagram van het aandeel goede antwoorden per vraag. {parts}.",
                _png(figure))


def render_html(stats: PanelStats, answers: AnswerSet, key: PanelKey) -> str:
    from letterlint.templating.pages import render

    plots = [plot for plot in (plot_preference(stats.preference), plot_differences(stats, answers),
                               plot_comprehension(stats)) if plot is not None]
    return render("report.html", s=stats, answers=answers, key=key, plots=plots, pct=pct, num=num, pvalue=pvalue, ptext=ptext,
                  interval=interval, verdict_preference=verdict_preference, verdict_ratings=verdict_ratings,
                  alpha=num(ALPHA))
