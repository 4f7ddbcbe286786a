"""Readability of a letter's running text: features, a 0-100 score, a CEFR level estimate.

How the score is built is documented in docs/readability.md. In short: five features, each
mapped linearly onto 0-100 between an "easy" and a "hard" anchor taken from Dutch plain-language
guidance and readability research, then averaged with weights. Syllables come from textstat's
Dutch hyphenation (Pyphen), Flesch-Douma from textstat's Dutch constants, word frequency from
wordfreq. The score is an estimate of difficulty; it never claims what share of readers
understands a letter.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from typing import TYPE_CHECKING

from pyphen import Pyphen
from wordfreq import zipf_frequency

if TYPE_CHECKING:  # spaCy loads with the pipeline, not for `letterlint --help`
    from spacy.tokens import Span, Token

# Douma (1960), the Dutch Flesch constants: the values textstat uses for "nl" (a test pins that).
# textstat itself is not imported at run time: its import pulls in NLTK and costs over a second of
# cold start; syllables come from Pyphen's Dutch hyphenation, exactly as textstat counts them.
FLESCH_DOUMA = (206.835, 0.93, 77.0)

LEVELS = ("A2", "B1", "B2", "C1")


@dataclass(frozen=True)
class Feature:
    name: str
    easy: float  # value that scores 100
    hard: float  # value that scores 0
    weight: float


@dataclass(frozen=True)
class ReadabilityModel:
    """Anchors, weights and level bounds: data in rules/readability.yaml."""

    features: tuple[Feature, ...]
    bounds: tuple[tuple[float, str], ...]  # (lowest score, level), easiest level first
    long_sentence_words: int = 20

    @classmethod
    def from_data(cls, data: dict) -> "ReadabilityModel":
        try:
            features = tuple(Feature(str(f["name"]), float(f["easy"]), float(f["hard"]), float(f["weight"]))
                             for f in data["features"])
            levels = data["levels"]
            bounds = tuple((float(levels[level]), level) for level in LEVELS[:-1])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"readability.yaml: onvolledig of ongeldig ({exc})") from None
        if any(a[0] < b[0] for a, b in zip(bounds, bounds[1:])):
            raise ValueError("readability.yaml: de grenzen moeten aflopen (A2 > B1 > B2)")
        return cls(features, bounds, int(data.get("long_sentence_words", 20)))

    def combine(self, values: dict[str, float | None]) -> tuple[float, dict[str, float]]:
        """Weighted mean of the feature sub-scores; features that are None are left out."""
        parts: dict[str, float] = {}
        total = total_weight = 0.0
        for feature in self.features:
            value = values.get(feature.name)
            if value is None:
                continue
            parts[feature.name] = _scale(value, feature.easy, feature.hard)
            total += feature.weight * parts[feature.name]
            total_weight += feature.weight
        return (round(total / total_weight, 1) if total_weight else 100.0), parts

    def level(self, score: float) -> str:
        for bound, level in self.bounds:
            if score >= bound:
                return level
        return LEVELS[-1]


_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_PUNCTUATION = re.compile(r"[^\w\s']")
_EXPLAINERS = {"dat wil zeggen", "d.w.z.", "oftewel", "dat betekent", "dat is", "ook wel", "dit betekent", "dit is"}


def is_word(token: Token) -> bool:
    return not token.is_space and not token.is_punct and bool(_WORD.search(token.text) or token.like_num)


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    return zipf_frequency(word, "nl")


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    parts = _PUNCTUATION.sub("", word.lower()).split()  # as textstat's list_words: punctuation dropped
    return max(1, sum(len(_hyphenator().positions(part)) + 1 for part in parts))


@functools.lru_cache(maxsize=1)
def _hyphenator() -> Pyphen:
    return Pyphen(lang="nl")


@functools.lru_cache(maxsize=65536)
def compound_parts(word: str, threshold: float = 3.0) -> tuple[str, ...] | None:
    """Split a Dutch compound into two known words (with a linking s/e/en), or None."""
    if len(word) > 40:  # no Dutch compound is that long, and the split below recurses per letter
        return None
    lowered = word.lower()
    for cut in range(len(lowered) - 3, 2, -1):
        head, tail = lowered[:cut], lowered[cut:]
        if zipf(tail) < threshold:
            continue
        for linker in ("", "s", "e", "en", "-"):
            if linker and not head.endswith(linker):
                continue
            base = head[: len(head) - len(linker)] if linker else head
            if len(base) >= 3 and (zipf(base) >= threshold or compound_parts(base, threshold)):
                return (base, tail)
    return None


def explained_words(sentence: Span, tokens: list[Token] | None = None) -> set[str]:
    """Words the letter explains right where it uses them: "bijstandsnorm (het bedrag ...)", and
    the term named in brackets after its explanation: "de kosten van uw aanvraag (leges)"."""
    explained: set[str] = set()
    tokens = list(sentence) if tokens is None else tokens
    lowered = sentence.text.lower()
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if following.text in ("(", ":", "–", "-") and is_word(token):
            explained.add(token.text.lower())
        if token.text == "(" and index:
            inside = []
            for inner in tokens[index + 1:]:
                if inner.text == ")":
                    break
                inside.append(inner)
            # a name for what stands before it: one to three words, no number ("(leges)", "(de WOZ-waarde)")
            if 0 < len(inside) <= 3 and len(inside) < len(tokens) - index - 1 and all(is_word(t) and not t.like_num
                                                                                  for t in inside):
                explained.update(t.text.lower() for t in inside)
    for phrase in _EXPLAINERS:
        position = lowered.find(", " + phrase)
        if position > 0:
            before = [t for t in tokens if t.idx - sentence.start_char < position and is_word(t)]
            if before:
                explained.add(before[-1].text.lower())
    return explained


def is_difficult(token: Token, threshold: float, explained: set[str], sentence_start: bool) -> bool:
    """A rare word: not a name, number, abbreviation, address or explained word."""
    text = token.text
    if len(text) < 4 or not text.isalpha() and "-" not in text:
        return False
    if token.pos_ == "PROPN" or token.like_email or token.like_url or text.isupper():
        return False
    if text[:1].isupper() and not sentence_start:
        return False  # a capital mid-sentence: a name
    lowered = text.lower()
    if lowered in explained or zipf(lowered) >= threshold:
        return False
    if "-" in lowered:
        return any(zipf(part) < threshold for part in lowered.split("-") if len(part) >= 4)
    return compound_parts(lowered) is None


@dataclass
class SentenceStats:
    words: int
    syllables: int
    difficult_tokens: tuple[int, ...]  # doc indices of the rare words (RD02 reports them)
    dependency_distance: float | None

    @property
    def difficult(self) -> int:
        return len(self.difficult_tokens)

    def score(self, model: ReadabilityModel) -> float:
        """The same scale as the letter score, from this sentence's own features."""
        values = {
            "avg_sentence_length": self.words,
            "long_sentence_ratio": 1.0 if self.words > model.long_sentence_words else 0.0,
            "difficult_word_ratio": self.difficult / self.words if self.words else 0.0,
            "syllables_per_word": self.syllables / self.words if self.words else 0.0,
            "avg_dependency_distance": self.dependency_distance,
        }
        return model.combine(values)[0]


def sentence_stats(sentence: Span, threshold: float, has_parser: bool,
                   tokens: list[Token] | None = None) -> SentenceStats:
    """``tokens``: the sentence's tokens when the caller has them (spaCy builds a new Token object
    on every iteration of a Span; the checks share one list per sentence)."""
    tokens = list(sentence) if tokens is None else tokens
    words = [token for token in tokens if is_word(token)]
    explained = explained_words(sentence, tokens)
    first = words[0].i if words else -1
    difficult = tuple(token.i for token in words if is_difficult(token, threshold, explained, token.i == first))
    syllable_total = sum(syllables(token.text) for token in words)
    distance = None
    if has_parser and len(words) > 1:
        arcs = [abs(token.i - token.head.i) for token in words if token.head.i != token.i]
        distance = sum(arcs) / len(arcs) if arcs else 0.0
    return SentenceStats(len(words), syllable_total, difficult, distance)


def _scale(value: float, easy: float, hard: float) -> float:
    fraction = (value - easy) / (hard - easy)
    return 100.0 * (1.0 - min(1.0, max(0.0, fraction)))


_REASONS = {
    "avg_sentence_length": "gemiddeld {avg_sentence_length:.0f} woorden per zin",
    "long_sentence_ratio": "{long_pct:.0f}% lange zinnen",
    "difficult_word_ratio": "{difficult_pct:.0f}% weinig gebruikte woorden",
    "syllables_per_word": "lange woorden (gemiddeld {syllables_per_word:.2f} lettergrepen)",
    "avg_dependency_distance": "ingewikkelde zinsbouw (woorden die bij elkaar horen staan ver uit elkaar)",
}


@dataclass
class Readability:
    score: float
    level: str
    flesch_douma: float
    words: int
    sentences: int
    avg_sentence_length: float
    long_sentence_ratio: float
    difficult_word_ratio: float
    syllables_per_word: float
    avg_dependency_distance: float | None
    reasons: list[str] = field(default_factory=list)
    components: dict[str, float] = field(default_factory=dict)
    # the score as a report shows it: a whole number, or one decimal when rounding would cross a
    # level bound (96,8 is B1; "97 (B1)" beside "97 (A2)" would contradict itself)
    shown: str = ""

    @property
    def score_text(self) -> str:
        """The score as reports show it (a result cached before ``shown`` existed: rounded)."""
        return self.shown or f"{self.score:.0f}"

    def as_dict(self) -> dict:
        return {
            "score": self.score, "level": self.level, "flesch_douma": self.flesch_douma,
            "avg_sentence_length": self.avg_sentence_length, "long_sentence_ratio": self.long_sentence_ratio,
            "difficult_word_ratio": self.difficult_word_ratio, "words": self.words, "sentences": self.sentences,
            "syllables_per_word": self.syllables_per_word, "avg_dependency_distance": self.avg_dependency_distance,
            "reasons": list(self.reasons), "components": dict(self.components),
        }


def shown_score(score: float, model: ReadabilityModel) -> str:
    """The score for display: whole, unless the whole number lies in another level than the score."""
    whole = round(score)
    if model.level(whole) == model.level(score):
        return f"{whole:.0f}"
    return f"{score:.1f}".replace(".", ",")


def measure(stats: list[SentenceStats], model: ReadabilityModel) -> Readability:
    """Letter-level readability from the statistics of its running-text sentences."""
    stats = [s for s in stats if s.words]
    words = sum(s.words for s in stats)
    sentences = len(stats)
    if not words:
        return Readability(100.0, "A2", 100.0, 0, 0, 0.0, 0.0, 0.0, 0.0, None, shown="100")
    average = words / sentences
    long_ratio = sum(1 for s in stats if s.words > model.long_sentence_words) / sentences
    difficult_ratio = sum(s.difficult for s in stats) / words
    syllables_per_word = sum(s.syllables for s in stats) / words
    distances = [s.dependency_distance for s in stats if s.dependency_distance is not None]
    distance = sum(distances) / len(distances) if distances else None
    base, per_sentence, per_syllable = FLESCH_DOUMA
    flesch = base - per_sentence * average - per_syllable * syllables_per_word
    features = {
        "avg_sentence_length": average, "long_sentence_ratio": long_ratio,
        "difficult_word_ratio": difficult_ratio, "syllables_per_word": syllables_per_word,
        "avg_dependency_distance": distance,
    }
    score, parts = model.combine(features)
    values = {**features, "long_pct": long_ratio * 100, "difficult_pct": difficult_ratio * 100}
    weak = sorted((value, name) for name, value in parts.items() if value < 60)
    reasons = [_REASONS[name].format(**values) for _value, name in weak[:3]]
    return Readability(
        score=score, level=model.level(score), flesch_douma=round(flesch, 1), words=words, sentences=sentences,
        avg_sentence_length=round(average, 1), long_sentence_ratio=round(long_ratio, 3),
        difficult_word_ratio=round(difficult_ratio, 3), syllables_per_word=round(syllables_per_word, 2),
        avg_dependency_distance=round(distance, 2) if distance is not None else None,
        reasons=reasons, components={name: round(value, 1) for name, value in parts.items()},
        shown=shown_score(score, model),
    )
