"""Word-level checks: rule-pack phrases (jargon, tone), rare words, long words, capitals."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from letterlint.findings import Finding
from letterlint.nlp.pipeline import lemma
from letterlint.placeholders import IBAN_CANDIDATE
from letterlint.readability import explained_words, is_word, zipf
from letterlint.rulepack import RuleSpec
from letterlint.checks.base import Context


def _quote_list(items: tuple[str, ...]) -> str:
    quoted = [f"'{item}'" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " of " + quoted[-1]


@functools.lru_cache(maxsize=4096)
def _written_words(entry) -> frozenset[str]:
    """The words an entry spells out itself: its match words (each ``a|b`` option) and its forms."""
    words = {option.lower() for word in entry.match.split() for option in word.split("|")}
    words.update(word.lower() for form in entry.forms for word in form.split())
    return frozenset(words)


def phrase_rule(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """Substitution and existence rules from the rule pack (JA01, TO03, an adviser's own)."""
    for record, compiled, anchors in ctx.phrase_hits():
        if compiled.rule.id != rule.id:
            continue
        doc = record.span.doc
        first, last = doc[anchors[0]], doc[anchors[-1]]
        contiguous = anchors == list(range(anchors[0], anchors[-1] + 1))
        text = doc[first.i: last.i + 1].text if contiguous else " … ".join(doc[i].text for i in anchors)
        entry = compiled.entry
        # a form the matcher derived (an inflected adjective, an abbreviation without its last dot)
        # is never swapped automatically: the alternative may not inflect the same way
        written = all(doc[i].lower_ in _written_words(entry) for i in anchors)
        yield ctx.finding(
            rule, record.block, first.idx, last.idx + len(last.text), text=text, sentence=record.text,
            suggestions=entry.alternatives, severity=entry.severity,
            fixable=rule.kind == "substitution" and entry.safe_fix and contiguous and written,
            alternatives=_quote_list(entry.alternatives) or entry.advice, advice=entry.advice,
        )


# Content words. A rare word the tagger does not know often gets PRON or X ("decubitus"); real
# pronouns and function words are all frequent, so they never pass the frequency test anyway.
CONTENT_TAGS = ("NOUN", "VERB", "ADJ", "ADV", "PRON", "X")
# words that name a thing or an action
THING_OR_ACTION_TAGS = ("NOUN", "VERB")


def singulars(word: str) -> set[str]:
    """The word and the singulars a Dutch plural may have: "stroken" -> "strok", "strook";
    "carports" -> "carport"; "bewijzen" -> "bewijs"."""
    forms = {word}
    if word.endswith("en") and len(word) > 4:
        base = word[:-2]
        candidates = [base]
        if base[-1] not in "aeiouy" and base[-2] in "aeou" and base[-3] not in "aeiouy":
            candidates.append(base[:-1] + base[-2] + base[-1])  # open syllable: stroken -> strook
        if len(base) >= 2 and base[-1] == base[-2]:
            candidates.append(base[:-1])  # doubled consonant: bussen -> bus
        for candidate in candidates:
            forms.add(candidate)
            if candidate.endswith("v"):
                forms.add(candidate[:-1] + "f")
            elif candidate.endswith("z"):
                forms.add(candidate[:-1] + "s")
    elif word.endswith("s") and len(word) > 4:
        forms.add(word[:-1])
    return forms


def head_zipf(word: str) -> float:
    """How known a compound head is: as itself or as the singular of a plural."""
    return max(zipf(form) for form in singulars(word))


@dataclass(frozen=True)
class RareWords:
    """How RD02 judges a content word (rules/core.yaml RD02 params, rules/lexicon/grammar.yaml)."""

    threshold: float  # Zipf below which a word is rare (its form AND its lemma)
    part_threshold: float  # a compound is split only into parts that each reach this Zipf
    latinate: re.Pattern  # Latinate verbs ("constateren", "effectueren") ...
    latinate_threshold: float  # ... are rare below this (higher) Zipf
    not_heads: frozenset[str]  # endings that are no compound head ("-heid", "-baar")
    not_modifiers: frozenset[str]  # prefixes that are no first part ("ver-", "ont-")
    particles: frozenset[str] = frozenset()  # separable particles: "overmaken" is "over" + "maken"
    min_head: int = 4
    rare_part: float = 0.0  # a rare compound whose rarer part is below this Zipf stays rare
    known: frozenset[str] = frozenset()  # terms a letter must use (rules/lexicon/words.yaml): never rare
    terms: frozenset[str] = frozenset()  # terms most readers do not know (rules/lexicon/words.yaml): rare
    term_modifiers: frozenset[str] = frozenset()  # everyday first parts that make a compound a term ("erf")

    def compound(self, word: str) -> tuple[str, str] | None:
        """Split by head: the longest known head of at least ``min_head`` letters, with a known
        first part (a linking s/e/en allowed; the first part may itself be a compound)."""
        for cut in range(3, len(word) - self.min_head + 1):
            head, first = word[cut:], word[:cut]
            if head in self.not_heads or head_zipf(head) < self.part_threshold:
                continue
            bases = [first[: len(first) - len(linker)] if linker else first
                     for linker in ("", "s", "e", "en", "-") if not linker or first.endswith(linker)]
            bases = [base for base in bases if len(base) >= 3 and base not in self.not_modifiers]
            known = [base for base in bases if zipf(base) >= self.part_threshold or self.compound(base)]
            if known:  # "bijstands" is "bijstand" + s, not a compound of its own
                return max(known, key=self.part_zipf), head
        return None

    def part_zipf(self, part: str) -> float:
        """How known a compound part is: its own frequency, or that of its rarer part."""
        own = zipf(part)
        if own >= self.part_threshold:
            return own
        parts = self.compound(part)
        return min(self.part_zipf(parts[0]), head_zipf(parts[1])) if parts else own

    def known_compound(self, word: str) -> bool:
        """A compound both of whose parts are everyday words ("aanvraagformulier")."""
        parts = self.compound(word) if len(word) >= 8 else None
        return bool(parts) and min(self.part_zipf(parts[0]), head_zipf(parts[1])) >= self.rare_part

    def is_term(self, word: str) -> bool:
        return any(form in self.terms for form in singulars(word))

    def holds_term(self, word: str) -> bool:
        """A compound with a term as a part ("erfpachtcanon", "bewindvoerderskosten") or with a
        term-making first part ("erf" + "afscheiding"); the other part must be a word of its own."""
        for cut in range(3, len(word) - 2):
            first, head = word[:cut], word[cut:]
            bases = [first[: len(first) - len(linker)] for linker in ("", "s", "e", "en", "-")
                     if first.endswith(linker) and len(first) - len(linker) >= 3]
            if self.is_term(head) and any(zipf(base) >= self.part_threshold or self.is_term(base) for base in bases):
                return True
            if len(head) >= self.min_head and (head_zipf(head) >= self.part_threshold or self.is_term(head)) \
                    and any(base in self.terms or base in self.term_modifiers for base in bases + [first]):
                return True
        return False

    def is_rare(self, form: str, lemma_form: str, is_verb: bool) -> bool:
        if form in self.known or lemma_form in self.known:
            return False
        if self.is_term(form) or self.is_term(lemma_form):
            return True
        frequency = max(zipf(form), zipf(lemma_form))
        if is_verb and self.latinate.search(lemma_form) and zipf(lemma_form) < self.latinate_threshold:
            return True
        if frequency >= self.threshold:
            return False
        if is_verb:  # a separable verb is as known as the verb without its particle
            for particle in self.particles:
                for word in (form, lemma_form):
                    if word.startswith(particle) and zipf(word[len(particle):]) >= self.threshold:
                        return False
        if "-" in form:  # a hyphenated compound ("WOZ-waarde") is as hard as its rarer part
            parts = tuple(part for part in form.split("-") if part)
            return not parts or min(zipf(part) for part in parts) < self.threshold
        if self.holds_term(form) or self.holds_term(lemma_form):
            return True
        # a rare compound is known when both its parts are everyday words (form or lemma:
        # "loonstroken" is "loon" + "strook")
        return not (self.known_compound(form) or self.known_compound(lemma_form))


def difficult_words(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """RD02: rare content words (nouns, verbs, adjectives, adverbs; no names, numbers or words the
    letter explains), first use only. A rare verb or noun that JA01 also reports as officialese is
    still reported: "not known" and "officialese" are two judgements ("sanctioneren",
    "gemandateerd" are both). Officialese adjectives and adverbs ("onverwijld", "voornoemde") are
    register, not a thing or action the reader has to know, and are left to JA01, as is every word
    of a jargon phrase of more words ("met inachtneming van", "ten kantore van").

    As LiNT-II does with SUBTLEX, a word counts by frequency (wordfreq): rare when both its form
    and its lemma are rare ("verbeurt", "verbeuren"), so an inflected form of a common word is
    not. A rare compound is split by its head and counts as known only when both parts are
    everyday words ("aanvraagformulier", "loonstroken"; not "brandcompartiment"). Latinate verbs
    on -eren are rare below a higher frequency. Terms a letter must use (rules/lexicon/words.yaml:
    kwijtschelding, dwangsom) are never reported. The readability statistics keep their own,
    simpler count."""
    words = RareWords(
        threshold=float(ctx.param(rule, "zipf_threshold", 2.5)),
        part_threshold=float(ctx.param(rule, "compound_part_zipf", 3.0)),
        rare_part=float(ctx.param(rule, "compound_known_part_zipf", 3.0)),
        latinate=_pattern(str(ctx.param(rule, "latinate_verb", r"(?!)"))),
        latinate_threshold=float(ctx.param(rule, "latinate_verb_zipf", 3.3)),
        not_heads=frozenset((ctx.lexicon.get("grammar") or {}).get("not_compound_heads") or ()),
        not_modifiers=frozenset((ctx.lexicon.get("grammar") or {}).get("not_compound_modifiers") or ()),
        particles=frozenset((ctx.lexicon.get("grammar") or {}).get("separable_particles") or ()),
        known=frozenset(word.lower() for word in (ctx.lexicon.get("words") or {}).get("letter_terms") or ()),
        terms=frozenset(word.lower() for word in (ctx.lexicon.get("words") or {}).get("rare_terms") or ()),
        term_modifiers=frozenset(word.lower() for word in (ctx.lexicon.get("words") or {}).get("rare_term_modifiers") or ()),
    )
    seen: set[str] = set()
    in_phrases = {record.span.doc[i].lower_ for record, compiled, anchors in ctx.phrase_hits()
                  if compiled.rule.category == "jargon" and len(anchors) > 1 for i in anchors}
    defined = defined_words([record.tokens or list(record.span) for record in ctx.sentences],
                            Definitions.from_lexicon((ctx.lexicon.get("words") or {})))
    for record in [*ctx.sentences]:
        doc = record.span.doc
        explained = explained_words(record.span, record.tokens) | defined
        first = next((t.i for t in record.tokens if is_word(t)), -1)
        for token in record.tokens:
            text = token.text
            lowered = text.lower()
            if lowered in seen or lowered in explained:
                continue
            if lowered in ctx.flagged_words and (token.pos_ not in THING_OR_ACTION_TAGS or lowered in in_phrases):
                continue  # officialese adjectives, adverbs and phrases: JA01's alone
            if len(text) < 4 or not text.replace("-", "").isalpha() or text.isupper():
                continue
            if token.pos_ and token.pos_ not in CONTENT_TAGS:
                continue  # content words only; names (PROPN) never
            if text[:1].isupper() and token.i != first:
                continue  # a capital mid-sentence: a name
            if not words.is_rare(lowered, lemma(token).lower() or lowered, token.pos_ == "VERB"):
                continue
            seen.add(lowered)
            yield ctx.span_finding(rule, record, doc[token.i: token.i + 1], word=text)


_ARTICLES = ("een", "de", "het")


@dataclass(frozen=True)
class Definitions:
    """How a letter explains a word in a sentence of its own (rules/lexicon/words.yaml)."""

    verbs: tuple[tuple[str, ...], ...] = ()     # "Leges zijn de kosten …"
    naming: tuple[tuple[str, ...], ...] = ()    # "Dat heet een dwangsom."
    openers: tuple[tuple[str, ...], ...] = ()   # "U betaalt leges. Dat zijn de kosten …"

    @classmethod
    def from_lexicon(cls, words: dict) -> "Definitions":
        def phrases(key: str) -> tuple[tuple[str, ...], ...]:
            return tuple(tuple(str(phrase).lower().split()) for phrase in words.get(key) or ())
        return cls(phrases("definition_verbs"), phrases("naming_openers"), phrases("definition_openers"))


def _phrase_at(words: list[str], phrases: tuple[tuple[str, ...], ...], at: int = 0) -> tuple[str, ...] | None:
    """The phrase of ``phrases`` that stands at word ``at``, if any."""
    return next((phrase for phrase in phrases if tuple(words[at:at + len(phrase)]) == phrase), None)


def _defining(tokens: list, verb) -> bool:
    """After the verb of "X is/betekent": a determiner, noun, "dat" or a colon ("Leges zijn de
    kosten …", "Een zienswijze is uw reactie …"); not "De dwangsom is € 500" or "De aanvraag is
    goedgekeurd"."""
    following = next((t for t in tokens if t.i > verb.i and not t.is_space), None)
    if following is None:
        return False
    return following.lower_ in (*_ARTICLES, "dat") or following.text == ":" or following.pos_ in ("DET", "NOUN") \
        or (following.pos_ == "PRON" and "Yes" in following.morph.get("Poss"))


def _last_noun(tokens: list) -> str | None:
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    return nouns[-1].lower_ if nouns else None


def defined_words(sentences: list[list], definitions: Definitions) -> set[str]:
    """The words a letter explains in a sentence of its own, anywhere in the letter (the word as
    written, lower case): "Leges zijn de kosten van uw aanvraag." explains "leges"; "Dat heet een
    dwangsom." its last noun; a sentence that opens with "Dat is"/"Dat betekent" and goes on with a
    noun phrase, "dat" or a colon the last noun of the sentence before it ("Dat is vervelend" explains
    nothing)."""
    defined: set[str] = set()
    previous: list = []
    for tokens in sentences:
        words = [t for t in tokens if is_word(t)]
        lowered = [t.lower_ for t in words]
        if lowered:
            start = 1 if lowered[0] in _ARTICLES and len(lowered) > 1 else 0
            verb = _phrase_at(lowered, definitions.verbs, start + 1)
            if verb and words[start].pos_ in ("NOUN", "PROPN", "X") and _defining(tokens, words[start + len(verb)]):
                defined.add(lowered[start])
            if _phrase_at(lowered, definitions.naming):
                noun = _last_noun(words)
                if noun:
                    defined.add(noun)
            opener = _phrase_at(lowered, definitions.openers)
            if opener and previous and len(words) > len(opener) and _defining(tokens, words[len(opener) - 1]):
                noun = _last_noun(previous)
                if noun:
                    defined.add(noun)
        previous = words
    return defined


@functools.lru_cache(maxsize=8)
def _pattern(text: str) -> re.Pattern:
    return re.compile(text)


def long_subject(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """RD05: a subject line with more words than ``max_words`` (the label itself not counted)."""
    limit = int(ctx.param(rule, "max_words", 10))
    for record in ctx.subject:
        text = record.block.text
        label = ctx.analyzer.subject_line.match(text)
        start = label.end() if label else 0
        words = [t for t in record.tokens if t.idx >= start and not t.is_punct and not t.is_space]
        if len(words) > limit:
            shown = text.rstrip()
            yield ctx.finding(rule, record.block, start + (len(text[start:]) - len(text[start:].lstrip())),
                              len(shown), words=len(words), limit=limit, sentence=shown)


def long_words(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    minimum = int(ctx.param(rule, "min_letters", 18))
    seen: set[str] = set()
    for record in ctx.sentences:
        for token in record.tokens or record.span:
            text = token.text
            if len(text) < minimum or not text.replace("-", "").isalpha() or text.lower() in seen:
                continue
            if token.pos_ == "PROPN" or (text[:1].isupper() and token.i != record.span.start):
                continue
            seen.add(text.lower())
            yield ctx.span_finding(rule, record, record.span.doc[token.i: token.i + 1], word=text, letters=len(text))


def capitals(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """Ordinary words in CAPITALS (not acronyms: listed in the rule's ``acronyms``, or their
    lower-case form is no common word; not the bank code inside an IBAN)."""
    minimum = int(ctx.param(rule, "min_letters", 4))
    acronyms = {str(word).upper() for word in ctx.param(rule, "acronyms", ())}
    for record in ctx.sentences:
        ibans = [(m.start(), m.end()) for m in IBAN_CANDIDATE.finditer(record.span.text)]
        for token in record.tokens or record.span:
            text = token.text
            if (len(text) >= minimum and text.isalpha() and text.isupper() and text not in acronyms
                    and zipf(text.lower()) >= 3.0):
                offset = token.idx - record.span.start_char
                if any(start <= offset < end for start, end in ibans):
                    continue
                yield ctx.span_finding(rule, record, record.span.doc[token.i: token.i + 1], word=text)
