"""Compile rule-pack patterns into spaCy Matcher patterns, and match them in sentences.

Pattern syntax (see rules/README.md): words, ``a|b`` alternatives, ``{verb}`` (all forms; may
move up to six words away from the rest of the phrase), ``{toe_zenden}`` (separable verb) and
``...`` (a gap of up to six words). Matches never cross a sentence boundary.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import count as counter

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span
from wordfreq import zipf_frequency

from letterlint.rulepack import Entry, RuleSpec, unstressed_prefixes

MAX_GAP = 6
# a verb may stand further from its phrase: "draagt het college van burgemeester en wethouders er zorg voor"
VERB_GAP = 8
SOFT_GAP = 3
VOWELS = "aeiouy"
UNSTRESSED_PREFIXES = unstressed_prefixes()



# --------------------------------------------------------------------------- Dutch verb forms


def _stem_candidates(infinitive: str) -> tuple[list[str], str]:
    """Possible stems (as spelled in "ik …") and the bare base: ``dragen`` -> (["draag", "drag"], "drag")."""
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    candidates = [base]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        candidates = [base[:-1]]
    elif len(base) >= 3 and base[-1] not in VOWELS and base[-2] in "aeou" and base[-3] not in VOWELS:
        candidates = [base[:-1] + base[-2] + base[-1], base]  # open syllable: maken -> maak
    devoiced = []
    for stem in candidates:
        if stem.endswith("v"):
            stem = stem[:-1] + "f"
        elif stem.endswith("z"):
            stem = stem[:-1] + "s"
        devoiced.append(stem)
    return devoiced, base


def _stem(infinitive: str) -> tuple[str, str]:
    """The stem, chosen by which third-person form is real Dutch (wordfreq decides:
    ``maakt`` not ``makt``, ``levert`` not ``leveert``, ``realiseert`` not ``realisert``)."""
    candidates, base = _stem_candidates(infinitive)
    if len(candidates) == 1:
        return candidates[0], base
    best = max(candidates, key=lambda stem: (zipf_frequency(_third_person(stem), "nl"), -candidates.index(stem)))
    return best, base


def _third_person(stem: str) -> str:
    return stem if stem.endswith("t") else stem + "t"


def _participle_prefix(infinitive: str, stem: str, ending: str) -> str:
    """``ge`` unless the verb has an unstressed prefix; wordfreq settles doubtful cases."""
    if not infinitive.startswith(UNSTRESSED_PREFIXES + ("aan", "over", "onder", "door", "achter", "vol", "mis")):
        return "ge"
    with_ge, without = f"ge{stem}{ending}", f"{stem}{ending}"
    if infinitive.startswith(UNSTRESSED_PREFIXES) and len(infinitive) > 5:
        return "" if zipf_frequency(with_ge, "nl") <= zipf_frequency(without, "nl") else "ge"
    return "ge" if zipf_frequency(with_ge, "nl") > zipf_frequency(without, "nl") else ""


def regular_forms(infinitive: str) -> set[str]:
    """Forms of a regular Dutch verb: present, past (’t kofschip), participles."""
    infinitive = infinitive.lower()
    stem, base = _stem(infinitive)
    voiceless = base[-1:] in "tkfschp" or base.endswith(("ch",))
    past = "te" if voiceless else "de"
    forms = {infinitive, stem, stem if stem.endswith("t") else stem + "t", stem + past, stem + past + "n",
             infinitive + "d", infinitive + "de"}
    ending = "" if stem.endswith(("t", "d")) else ("t" if voiceless else "d")
    prefix = _participle_prefix(infinitive, stem, ending)
    if prefix == "ge" and stem[:1] in "eiu":
        forms.add("ge" + {"e": "ë", "i": "ï", "u": "ü"}[stem[0]] + stem[1:] + ending)  # geïnformeerd
    forms.add(prefix + stem + ending)
    return {form for form in forms if form}


PARADIGM_SLOTS = ("infinitive", "stem", "third", "past_singular", "past_plural", "participle")


def verb_paradigm(infinitive: str, lexicon: dict[str, tuple[str, ...]]) -> dict[str, str] | None:
    """One form per slot of a verb that is not separable: infinitive (also the present plural),
    stem ("ik vraag", "vraag je"), third person ("vraagt"), past singular and plural, participle.

    Irregular verbs take their past and participle from the lexicon, which lists them in that
    order ("vragen: [vroeg, vroegen, gevraagd]"). With two forms the participle is one of them
    ("verzoeken: [verzocht, verzochten]", "verkrijgen: [verkreeg, verkregen]"), so it is left out
    (an empty string). A lexicon entry with other forms too
    (an irregular present: "willen: [wil, wilde, ...]") gives None: the slots are uncertain.
    """
    infinitive = infinitive.lower()
    if not infinitive.endswith("n") or not infinitive.isalpha():
        return None
    stem, base = _stem(infinitive)
    third = stem if stem.endswith("t") else stem + "t"
    irregular = [form.lower() for form in lexicon.get(infinitive, ())]
    if irregular:
        if len(irregular) == 3 and irregular[1].endswith("en") and not irregular[0].endswith("en"):
            past_singular, past_plural, participle = irregular
        elif len(irregular) == 2 and irregular[1].endswith("en") and not irregular[0].endswith("en"):
            past_singular, past_plural = irregular
            participle = ""  # one of the two ("verzocht", "verkregen"): uncertain, left out
        elif len(irregular) == 5 and irregular[1] == irregular[0] + "t" and irregular[3].endswith("en") \
                and not irregular[2].endswith("en"):
            # an irregular present too ("zien: [zie, ziet, zag, zagen, gezien]"); not two pasts
            # ("jagen: [joeg, joegen, jaagde, jaagden, gejaagd]")
            stem, third, past_singular, past_plural, participle = irregular
        else:
            return None
    else:
        voiceless = base[-1:] in "tkfschp" or base.endswith("ch")
        past_singular = stem + ("te" if voiceless else "de")
        past_plural = past_singular + "n"
        ending = "" if stem.endswith(("t", "d")) else ("t" if voiceless else "d")
        prefix = _participle_prefix(infinitive, stem, ending)
        participle = prefix + stem + ending
        if prefix == "ge" and stem[:1] in "eiu":
            participle = "ge" + {"e": "ë", "i": "ï", "u": "ü"}[stem[0]] + stem[1:] + ending
    paradigm = {"infinitive": infinitive, "stem": stem, "third": third, "past_singular": past_singular,
                "past_plural": past_plural, "participle": participle}
    return {slot: form for slot, form in paradigm.items() if form}


def verb_forms(infinitive: str, lexicon: dict[str, tuple[str, ...]]) -> tuple[set[str], set[str]]:
    """(all forms, finite forms) of a verb: regular ones plus irregular ones from the lexicon."""
    forms = regular_forms(infinitive) | {form.lower() for form in lexicon.get(infinitive, ())}
    participles = {form for form in forms if form.startswith("ge") and not infinitive.startswith("ge")}
    finite = forms - participles - {infinitive + "d", infinitive + "de"}
    return forms, finite


# --------------------------------------------------------------------------- Dutch adjective forms

INFLECTED_ENDING = "e"  # onverwijld -> onverwijlde
GRADED_ENDINGS = ("er", "ere", "st", "ste")  # spoedig -> spoediger, only when "spoedige" exists too
MIN_INFLECTED_ZIPF = 1.0  # an inflected form must be real Dutch (wordfreq) to be matched
MAX_BASE_ZIPF = 5.5  # function words ("voor", "maar") are no adjectives to inflect
_DOTTED = re.compile(r"^(?:[a-zà-ÿ]{1,3}\.){2,}$")  # o.a., i.v.m., z.s.m., d.d.


def _inflection_stems(word: str) -> set[str]:
    """Spellings an adjective takes before an ending: the word itself, its final consonant doubled
    (snel -> snell-), a long vowel undoubled (laat -> lat-), f -> v and s -> z (actief -> actiev-)."""
    stems = {word}
    if len(word) >= 3 and word[-1] not in VOWELS and word[-2] in VOWELS and word[-3] not in VOWELS:
        stems.add(word + word[-1])
    if len(word) >= 3 and word[-1] not in VOWELS and word[-2] == word[-3] and word[-2] in "aeou":
        stems.add(word[:-2] + word[-1])
    for stem in list(stems):
        if stem.endswith("f"):
            stems.add(stem[:-1] + "v")
        elif stem.endswith("s"):
            stems.add(stem[:-1] + "z")
    return stems


@functools.lru_cache(maxsize=8192)
def adjective_forms(word: str) -> frozenset[str]:
    """Inflected and graded forms of a Dutch adjective (-e, -er, -ere, -st, -ste) that exist in
    Dutch text; wordfreq decides which spelling is real, as for verb stems. A graded form counts
    only when the inflected -e form of the same spelling exists as well: a word without one is
    no adjective, and its "-er" form is another word (indien -> indiener, misbruik -> misbruiker)."""
    word = word.lower()
    if len(word) < 4 or not word.isalpha() or word.endswith("e") or zipf_frequency(word, "nl") >= MAX_BASE_ZIPF:
        return frozenset()
    forms = set()
    for stem in _inflection_stems(word):
        if not _real(stem + INFLECTED_ENDING, word):
            continue
        forms.add(stem + INFLECTED_ENDING)
        forms.update(stem + ending for ending in GRADED_ENDINGS if _real(stem + ending, word))
    return frozenset(forms)


def _real(form: str, word: str) -> bool:
    return form != word and zipf_frequency(form, "nl") >= MIN_INFLECTED_ZIPF


def literal_forms(option: str) -> set[str]:
    """The spellings one pattern word matches: itself, its adjective forms, and for a dotted
    abbreviation also the spelling without the final dot (``i.v.m`` for ``i.v.m.``)."""
    option = option.lower()
    forms = {option} | adjective_forms(option)
    if _DOTTED.match(option):
        forms.add(option[:-1])
    return forms


# --------------------------------------------------------------------------- compiling


@dataclass(frozen=True)
class CompiledEntry:
    rule: RuleSpec
    entry: Entry
    slots: int  # how many words the pattern anchors (longer phrases win over single words)
    order: int  # position in the rule pack: the last, deterministic tie-breaker


def _gap(size: int) -> dict:
    return {"IS_SENT_START": False, "OP": f"{{0,{size}}}"}


def _literal(word: str, tokenizer) -> list[dict]:
    """One pattern word: may be ``a|b``; tokenised like the text (``c.q.`` stays one token)."""
    options = [option for option in word.split("|") if option]
    pieces = [[token.text.lower() for token in tokenizer(option)] for option in options]
    if all(len(piece) == 1 for piece in pieces):
        step: dict = {"LOWER": {"IN": sorted({form for piece in pieces for form in literal_forms(piece[0])})}}
        if all(len(piece[0]) <= 3 and piece[0].isalpha() for piece in pieces):
            step["IS_UPPER"] = False  # "ad" is jargon, the postcode letters "4870 AD" are not
        return [step]
    if len(pieces) == 1:
        return [{"LOWER": piece} for piece in pieces[0]]
    raise ValueError(f"'{word}': alternatieven met meer dan één woord worden niet ondersteund")


def _verb_variants(spec: str, lexicon) -> list[list[dict]]:
    """Token sequences for ``{verb}`` or ``{prt_verb}`` used inside a longer phrase."""
    if "_" in spec:
        particle, verb = spec.split("_", 1)
        forms, finite = verb_forms(verb, lexicon)
        joined = sorted({particle + form for form in forms})
        return [[{"LOWER": {"IN": joined}}],
                [{"LOWER": particle}, {"LOWER": "te"}, {"LOWER": verb}],
                [{"LOWER": {"IN": sorted(finite)}}, _gap(MAX_GAP), {"LOWER": particle}]]
    forms, _ = verb_forms(spec, lexicon)
    return [[{"LOWER": {"IN": sorted(forms)}}]]


def _join(parts: list[list[dict]], gaps: list[int]) -> list[dict]:
    pattern: list[dict] = []
    for index, part in enumerate(parts):
        if index and gaps[index - 1]:
            pattern.append(_gap(gaps[index - 1]))
        pattern.extend(dict(step) for step in part)  # steps are shared between variants: copy
    for token in pattern[1:]:
        token.setdefault("IS_SENT_START", False)
    return pattern


def compile_entry(entry: Entry, tokenizer, lexicon) -> list[list[dict]]:
    """All Matcher patterns for one entry."""
    words = entry.match.split()
    patterns: list[list[dict]] = []
    if "..." in words:
        chunks, current = [], []
        for word in words + ["..."]:
            if word == "...":
                chunks.append(current)
                current = []
            else:
                current.append(word)
        variants = [[]]
        for chunk in chunks:
            chunk_variants = _chunk_variants(chunk, tokenizer, lexicon)
            variants = [v + [c] for v in variants for c in chunk_variants]
        for variant in variants:
            patterns.append(_join(variant, [MAX_GAP] * (len(variant) - 1)))
    else:
        verb_positions = [i for i, word in enumerate(words) if word.startswith("{") and word.endswith("}")]
        if not verb_positions or len(words) == 1:
            for variant in _chunk_variants(words, tokenizer, lexicon):
                patterns.append(_join([variant], []))
        else:
            position = verb_positions[0]
            before, after = words[:position], words[position + 1:]
            left = _chunk_variants(before, tokenizer, lexicon) if before else [[]]
            right = _chunk_variants(after, tokenizer, lexicon) if after else [[]]
            verb_options = _verb_variants(words[position][1:-1], lexicon)
            for lit_left in left:
                for lit_right in right:
                    literal = [part for part in (lit_left, lit_right) if part]
                    literal_gaps = [SOFT_GAP] * (len(literal) - 1)
                    for verb in verb_options:
                        patterns.append(_join([verb, *literal], [VERB_GAP, *literal_gaps]))
                        patterns.append(_join([*literal, verb], [*literal_gaps, VERB_GAP]))
                        if lit_left and lit_right:
                            patterns.append(_join([lit_left, verb, lit_right], [SOFT_GAP, SOFT_GAP]))
    for form in entry.forms:
        patterns.append(_join([[step for word in form.split() for step in _literal(word, tokenizer)]], []))
    return patterns


def _chunk_variants(words: list[str], tokenizer, lexicon) -> list[list[dict]]:
    """A run of words with at most one verb slot, as a list of alternative token sequences."""
    variants: list[list[dict]] = [[]]
    for word in words:
        if word.startswith("{") and word.endswith("}"):
            options = _verb_variants(word[1:-1], lexicon)
        else:
            options = [_literal(word, tokenizer)]
        variants = [v + o for v in variants for o in options]
    return variants


def _trigger_words(pattern: list[dict]) -> frozenset[str]:
    """The values of the pattern's most selective required word: it must occur for a match.

    Selective means rare in Dutch (wordfreq): 'behandeling' in 'in behandeling nemen' rather
    than 'in', so the pattern's matcher runs only on the few sentences that can match.
    """
    options = []
    for step in pattern:
        if "OP" in step or "LOWER" not in step:
            continue
        value = step["LOWER"]
        options.append(frozenset(value["IN"]) if isinstance(value, dict) else frozenset([value]))
    return min(options, key=_expected_frequency) if options else frozenset()


def _expected_frequency(words: frozenset[str]) -> float:
    """How often one of these words occurs in Dutch text (per word; 10 ** Zipf is per billion)."""
    return sum(10 ** zipf_frequency(word, "nl") for word in words)


class PhraseMatcher:
    """Matches the entries of substitution and existence rules in sentences.

    Patterns are grouped by a trigger: the values of their most selective word. A sentence only
    runs the (small) matchers whose trigger words occur in it, instead of every pattern on every
    token, which keeps matching cheap with hundreds of entries that have gaps and moving verbs.
    """

    def __init__(self, nlp: Language, rules: list[RuleSpec], lexicon: dict[str, tuple[str, ...]],
                 protected: "re.Pattern | None" = None):
        # names no substitution may touch (law titles: "de Algemene wet inzake rijksbelastingen"
        # keeps its "inzake"); a match's words before its first capital ("van de") are no part of it
        self._protected = protected
        # one key per pattern, so a match's alignment tells exactly which steps were gaps
        self._patterns: dict[int, tuple[CompiledEntry, frozenset[int]]] = {}
        self._groups: dict[frozenset[str], Matcher] = {}
        self._index: dict[str, list[frozenset[str]]] = {}
        keys = counter()
        compiled_entries: list[CompiledEntry] = []
        for rule in rules:
            for entry in rule.entries:
                slots = len([w for w in entry.match.split() if w != "..."])
                compiled = CompiledEntry(rule, entry, slots, len(compiled_entries))
                compiled_entries.append(compiled)
                for pattern in compile_entry(entry, nlp.tokenizer, lexicon):
                    key = nlp.vocab.strings.add(f"LL:{rule.id}:{next(keys)}")
                    gaps = frozenset(i for i, step in enumerate(pattern) if "OP" in step)
                    self._patterns[key] = (compiled, gaps)
                    trigger = _trigger_words(pattern)
                    if trigger not in self._groups:
                        self._groups[trigger] = Matcher(nlp.vocab)
                        for word in trigger:
                            self._index.setdefault(word, []).append(trigger)
                    self._groups[trigger].add(key, [pattern])

    def find(self, sentence: Span, tokens=None) -> list[tuple[CompiledEntry, list[int]]]:
        """Non-overlapping matches in a sentence: (entry, token indices of the matched words)."""
        groups = {trigger for token in (sentence if tokens is None else tokens)
                  for trigger in self._index.get(token.lower_, ())}
        candidates = []
        for trigger in groups:
            for key, start, end, alignment in self._groups[trigger](sentence, with_alignments=True):
                compiled, gaps = self._patterns[key]
                anchors = [sentence.start + start + i for i, step in enumerate(alignment) if step not in gaps]
                candidates.append((compiled, start, end, anchors))
        if candidates and self._protected is not None:
            names = self._protected_spans(sentence)
            if names:
                doc = sentence.doc
                candidates = [c for c in candidates if c[0].rule.kind != "substitution" or not any(
                    doc[i].idx < end and doc[i].idx + len(doc[i].text) > start for i in c[3] for start, end in names)]
        return _select(candidates, sentence)

    def _protected_spans(self, sentence: Span) -> list[tuple[int, int]]:
        spans = []
        for found in self._protected.finditer(sentence.text):
            capital = next((i for i, char in enumerate(found.group(0)) if char.isupper()), 0)
            spans.append((sentence.start_char + found.start() + capital, sentence.start_char + found.end()))
        return spans


def _select(candidates, sentence: Span) -> list[tuple[CompiledEntry, list[int]]]:
    """Per rule: prefer longer phrases, then more matched words, then shorter spans; within a
    rule no word belongs to two matches. Different rules may report the same words."""
    candidates.sort(key=lambda c: (-c[0].slots, -len(c[3]), c[2] - c[1], c[1], c[0].order))
    taken: dict[str, set[int]] = {}
    chosen = []
    for compiled, _start, _end, anchors in candidates:
        used = taken.setdefault(compiled.rule.id, set())
        if not anchors or used.intersection(anchors):
            continue
        if _excepted(compiled.entry, sentence, anchors):
            continue
        used.update(anchors)
        chosen.append((compiled, anchors))
    chosen.sort(key=lambda c: c[1][0])
    return chosen


def _excepted(entry: Entry, sentence: Span, anchors: list[int]) -> bool:
    if not entry.unless:
        return False
    doc = sentence.doc
    first, last = doc[anchors[0]].idx, doc[anchors[-1]].idx + len(doc[anchors[-1]])
    text = sentence.text.lower()
    base = sentence.start_char
    for phrase in entry.unless:
        for found in re.finditer(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", text):
            if found.start() + base < last and found.end() + base > first:
                return True
    return False
