"""Statistics of a panel: preference, paired ratings, comprehension, order effects.

Every test is scipy's: the exact binomial test (``scipy.stats.binomtest``) with its Wilson score
interval, the Wilcoxon signed-rank test (``scipy.stats.wilcoxon``) for paired ratings and the
Mann-Whitney U test (``scipy.stats.mannwhitneyu``) between the two first-read groups. The
matched-pairs rank-biserial correlation is computed from the signed ranks (``scipy.stats.rankdata``).
Methods and caveats: docs/panel.md.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from letterlint.panel.answers import Answer, PanelKey

ALPHA = 0.05
CONFIDENCE = 0.95
SMALL_N = 10  # below this, say plainly that a test means little
MIN_WILCOXON = 6  # with fewer non-zero differences a two-sided exact p can never be below 0.05


class _Tested:
    """A result with a p-value (every test below)."""

    p_value: float | None

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < ALPHA


@dataclass(frozen=True)
class Proportion(_Tested):
    """k out of n, with a Wilson interval and an exact two-sided binomial test against 50%."""

    k: int
    n: int
    share: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    note: str = ""


@dataclass(frozen=True)
class PairedTest(_Tested):
    """Wilcoxon signed-rank test on the differences second - first (here: B - A, or first - second)."""

    n: int
    n_nonzero: int
    median_difference: float | None
    mean_first: float | None
    mean_second: float | None
    statistic: float | None
    p_value: float | None
    rank_biserial: float | None
    note: str = ""


@dataclass(frozen=True)
class GroupTest:
    """Mann-Whitney U between two independent groups."""

    n_1: int
    n_2: int
    statistic: float | None
    p_value: float | None
    note: str = ""


@dataclass(frozen=True)
class QuestionScore:
    column: str
    text: str
    a: Proportion  # correct among those who read A first
    b: Proportion


@dataclass
class Comprehension:
    a: Proportion  # all scored answers of participants who read A first
    b: Proportion
    per_question: list[QuestionScore] = field(default_factory=list)
    between: GroupTest | None = None


@dataclass
class OrderEffects:
    first_vs_second: PairedTest  # rating of the version read first minus the one read second
    prefer_first: Proportion
    rating_a_by_position: GroupTest  # A's rating when read first vs when read second
    rating_b_by_position: GroupTest
    groups: dict[str, int] = field(default_factory=dict)  # "AB"/"BA" -> number of valid answers


@dataclass
class PanelStats:
    n: int
    preference: Proportion  # share preferring B
    ratings: PairedTest  # B - A
    comprehension: Comprehension
    order: OrderEffects


def small_sample_note(n: int, what: str) -> str:
    if n == 0:
        return f"Geen gegevens voor {what}."
    if n < SMALL_N:
        return (f"Let op: maar {n} {'antwoord' if n == 1 else 'antwoorden'} voor {what}. Dat is te weinig om "
                "veel te zeggen; een toets kan dan bijna nooit een verschil aantonen.")
    return ""


def proportion(k: int, n: int, what: str) -> Proportion:
    """k of n with the Wilson score interval and the exact binomial test against 0.5."""
    if n == 0:
        return Proportion(0, 0, None, None, None, None, small_sample_note(0, what))
    from scipy.stats import binomtest

    test = binomtest(k, n, 0.5, alternative="two-sided")
    interval = test.proportion_ci(confidence_level=CONFIDENCE, method="wilson")
    return Proportion(k, n, k / n, float(interval.low), float(interval.high), float(test.pvalue),
                      small_sample_note(n, what))


def rank_biserial(differences: list[float]) -> float | None:
    """Matched-pairs rank-biserial correlation: (sum of positive ranks - sum of negative ranks) /
    sum of all ranks, ranking |d| over the non-zero differences (Kerby 2014). +1: all pairs favour
    the second value."""
    from scipy.stats import rankdata

    nonzero = [d for d in differences if d != 0]
    if not nonzero:
        return None
    ranks = rankdata([abs(d) for d in nonzero])
    positive = sum(r for r, d in zip(ranks, nonzero) if d > 0)
    negative = sum(r for r, d in zip(ranks, nonzero) if d < 0)
    return float((positive - negative) / (positive + negative))


def paired(first: list[int], second: list[int], what: str) -> PairedTest:
    """Wilcoxon signed-rank test on second - first (zero differences dropped, scipy's default)."""
    differences = [s - f for f, s in zip(first, second)]
    n, nonzero = len(differences), sum(1 for d in differences if d)
    if n == 0:
        return PairedTest(0, 0, None, None, None, None, None, None, small_sample_note(0, what))
    median = float(statistics.median(differences))
    means = float(statistics.fmean(first)), float(statistics.fmean(second))
    note = small_sample_note(n, what)
    if nonzero == 0:
        return PairedTest(n, 0, median, *means, None, 1.0, None,
                          (note + " " if note else "") + "Alle verschillen zijn 0: er is geen verschil.")
    if nonzero < MIN_WILCOXON and not note:
        note = (f"Let op: maar {nonzero} deelnemers gaven verschillende cijfers. Met minder dan "
                f"{MIN_WILCOXON} verschillen kan deze toets geen verschil aantonen.")
    from scipy.stats import wilcoxon

    result = wilcoxon(second, first)
    return PairedTest(n, nonzero, median, *means, float(result.statistic), float(result.pvalue),
                      rank_biserial(differences), note)


def groups(first: list[float], second: list[float], what: str) -> GroupTest:
    if not first or not second:
        return GroupTest(len(first), len(second), None, None, f"Geen toets voor {what}: een van de groepen is leeg.")
    from scipy.stats import mannwhitneyu

    result = mannwhitneyu(first, second, alternative="two-sided")
    return GroupTest(len(first), len(second), float(result.statistic), float(result.pvalue),
                     small_sample_note(min(len(first), len(second)), what))


def _scores(answers: list[Answer], version: str, columns: list[str]) -> tuple[int, int]:
    values = [a.comprehension[c] for a in answers if a.first == version for c in columns
              if a.comprehension.get(c) is not None]
    return sum(values), len(values)


def _accuracy_interval(correct: int, scored: int, what: str) -> Proportion:
    """Accuracy with its Wilson interval; the binomial test against 50% means nothing here, so it is left out."""
    full = proportion(correct, scored, what)
    return Proportion(full.k, full.n, full.share, full.ci_low, full.ci_high, None, full.note)


def comprehension(answers: list[Answer], key: PanelKey) -> Comprehension:
    columns = [q.column for q in key.questions]
    per_question = []
    for question in key.questions:
        a, b = (_accuracy_interval(*_scores(answers, v, [question.column]), f"vraag {question.column} ({v})")
                for v in "AB")
        per_question.append(QuestionScore(question.column, question.text, a, b))
    totals = {v: _accuracy_interval(*_scores(answers, v, columns), f"begrip van versie {v}") for v in "AB"}

    def per_participant(version: str) -> list[float]:
        shares = []
        for answer in answers:
            scored = [answer.comprehension[c] for c in columns if answer.comprehension.get(c) is not None]
            if answer.first == version and scored:
                shares.append(sum(scored) / len(scored))
        return shares

    between = groups(per_participant("A"), per_participant("B"), "begrip (A eerst tegen B eerst)") if columns else None
    return Comprehension(totals["A"], totals["B"], per_question, between)


def order_effects(answers: list[Answer]) -> OrderEffects:
    rated = [a for a in answers if a.has_ratings]
    first = [a.rating_1 for a in rated]
    second = [a.rating_2 for a in rated]
    # paired(second, first): differences first - second, so a positive median means "first rated higher"
    test = paired(second, first, "volgorde-effect op cijfers")
    chose = [a for a in answers if a.preference is not None]
    prefer_first = proportion(sum(1 for a in chose if a.preference == 1), len(chose), "voorkeur voor de eerste versie")
    a_first = [a.rating_a for a in answers if a.first == "A" and a.rating_a is not None]
    a_second = [a.rating_a for a in answers if a.first == "B" and a.rating_a is not None]
    b_first = [a.rating_b for a in answers if a.first == "B" and a.rating_b is not None]
    b_second = [a.rating_b for a in answers if a.first == "A" and a.rating_b is not None]
    counts = {order: sum(1 for a in answers if a.order == order) for order in ("AB", "BA")}
    return OrderEffects(test, prefer_first, groups(a_first, a_second, "cijfer van A (eerst of tweede)"),
                        groups(b_first, b_second, "cijfer van B (eerst of tweede)"), counts)


def analyse(answers: list[Answer], key: PanelKey) -> PanelStats:
    """Each measure counts the participants who gave a valid answer to it (a bad cell drops only
    that answer, so ``n`` of the preference and of the ratings can differ)."""
    chose = [a for a in answers if a.prefers is not None]
    rated = [a for a in answers if a.has_ratings]
    prefers_b = sum(1 for a in chose if a.prefers == "B")
    return PanelStats(
        n=len(answers),
        preference=proportion(prefers_b, len(chose), "de voorkeur"),
        ratings=paired([a.rating_a for a in rated], [a.rating_b for a in rated], "de cijfers"),
        comprehension=comprehension(answers, key),
        order=order_effects(answers),
    )
