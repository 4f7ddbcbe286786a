"""Sentence-level checks: long sentences, passive voice, nominalisations, stacked clauses.

Passive voice and clause counting use the parse when the pipeline has one (UD relations
``aux:pass``, ``nsubj:pass``, ``obl:agent``, clausal relations) and fall back to word lists
otherwise.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Span, Token

from letterlint.findings import Finding, Severity
from letterlint.nlp.pipeline import lemma
from letterlint.readability import zipf
from letterlint.rulepack import RuleSpec
from letterlint.checks.base import Context

WORDEN = {"word", "wordt", "worden", "werd", "werden", "geworden"}
ZIJN = {"is", "zijn", "was", "waren", "ben", "bent", "geweest"}
# participles that make a perfect tense with "zijn": not passive ("U bent verhuisd")
ERGATIVE_PARTICIPLES = {
    "gegaan", "gekomen", "verhuisd", "vertrokken", "verlopen", "veranderd", "gebleven", "geworden", "overleden",
    "gestopt", "begonnen", "gebeurd", "ontstaan", "verschenen", "geweest", "teruggekomen", "opgehouden",
    "gestorven", "geslaagd", "gebleken", "verstreken", "geëindigd", "toegenomen", "afgenomen", "gestegen",
    "gedaald", "meegegaan", "aangekomen", "binnengekomen", "ingegaan", "uitgekomen", "weggegaan", "gevallen",
    "gegroeid", "gewijzigd", "opgestaan", "vergeten", "verdwenen", "geboren", "getrouwd", "gescheiden",
    "afgelopen", "teruggegaan", "opgegroeid", "achtergebleven", "mislukt", "gelukt", "gezakt",
    "ingetrokken", "aangebroken", "voorbij", "opgetreden", "ingetreden", "vervallen",
}
# participles used as a state with "zijn": not passive ("De balie is gesloten", "U bent verplicht")
STATIVE_PARTICIPLES = {
    "gesloten", "geopend", "verplicht", "gevestigd", "gelegen", "verschuldigd", "bevoegd", "gehuwd",
    "bekend", "geïnteresseerd", "verhinderd", "gewend", "ingeschreven", "verzekerd", "gerechtigd",
    "genoodzaakt", "gemachtigd", "betrokken", "verbonden", "toegestaan", "verboden", "bedoeld", "gebonden",
    "voorzien", "aangewezen", "gehouden", "tevreden", "verantwoordelijk", "gerust", "bereid", "beperkt",
}
# words that look like participles but are not (for the word-list fallback)
NOT_PARTICIPLES = {
    "gemeente", "gebied", "geld", "gesprek", "gegevens", "gezin", "gevolg", "geboorte", "gebruik", "getal", "genoeg",
    "gewoon", "gedurende", "geen", "gelijk", "verder", "vervolgens", "beneden", "beter", "heden", "tegen", "boven",
    "binnen", "buiten", "eten", "weten", "tien", "zeven", "negen", "even", "open", "geleden", "gebouw", "geval",
    "gezondheid", "gedrag", "gedeelte", "gehele", "geheel", "gerecht", "getuige", "gevaar", "gewicht", "verleden",
    "verband", "verbod", "verschil", "verlof", "verzoek", "vervoer", "bedrag", "bericht", "besluit", "bestand",
    "bezwaar", "beroep", "bezit", "bestuur", "betaald", "ontvangst", "herstel", "worden", "zijn",
    "verlenging", "gezien", "gelet", "gedaan", "geweest",
}
# regular participles: ge-...-d/t/en (also after a particle: "toegekend"), or be/ver/ont/her-...-d/t;
# strong participles without ge- ("verzonden") come from the verb lexicon (Context.participles)
_PARTICIPLE = re.compile(r"^(?:[a-zà-ÿ]{0,6}ge[a-zà-ÿ]{2,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-zà-ÿ]{3,}(?:d|t))$")
SUBORDINATORS = {
    "omdat", "dat", "die", "wat", "waarin", "waardoor", "waarmee", "waarvoor", "waarop", "waarbij", "waarvan",
    "waaruit", "indien", "zodat", "nadat", "voordat", "terwijl", "hoewel", "tenzij", "welke", "doordat",
    "aangezien", "wanneer", "zodra", "opdat", "mits", "alvorens", "zoals", "ofschoon", "wie", "waarna",
}
CLAUSAL_DEPS = {"advcl", "acl", "acl:relcl", "ccomp", "csubj", "csubj:pass"}


# ---------------------------------------------------------------------------- RD01


def long_sentences(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    warning = int(ctx.param(rule, "warning_words", 20))
    error = int(ctx.param(rule, "error_words", 30))
    for record in ctx.sentences:
        words = record.stats.words
        if words > error:
            yield ctx.sentence_finding(rule, record, severity=Severity.ERROR, words=words, limit=warning)
        elif words > warning:
            yield ctx.sentence_finding(rule, record, severity=Severity.WARNING, words=words, limit=warning)


# ---------------------------------------------------------------------------- SY01


def _passive_by_parse(sentence: Span) -> list[tuple[Token, Token]]:
    """UD passive relations: ``aux:pass`` (worden/zijn + participle), else ``nsubj:pass``/``obl:agent``."""
    found = []
    for token in sentence:
        if token.dep_ == "aux:pass" and _is_passive_pair(token, token.head):
            found.append((token, token.head))
    if not found:
        for token in sentence:
            if token.dep_ in ("nsubj:pass", "obl:agent"):
                head = token.head
                aux = next((c for c in head.children if c.dep_.startswith("aux") and lemma(c) in ("worden", "zijn")), head)
                if _is_passive_pair(aux, head):
                    found.append((aux, head))
                    break
    return found


def _is_passive_pair(aux: Token, verb: Token) -> bool:
    """Not a perfect tense of an intransitive verb ("U bent verhuisd", "Het is gelukt"), nor a state."""
    word = aux.text.lower()
    if word in ZIJN and (verb.text.lower() in ERGATIVE_PARTICIPLES or verb.text.lower() in STATIVE_PARTICIPLES):
        return False
    return word in WORDEN or word in ZIJN or lemma(aux) in ("worden", "zijn")


def is_participle_word(token: Token, lexicon: frozenset[str] = frozenset()) -> bool:
    text = token.text.lower()
    if text in NOT_PARTICIPLES or not token.text.isalpha():
        return False
    if token.pos_:  # a tagger is present: trust it
        return "Part" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX")
    return bool(_PARTICIPLE.match(text)) or text in lexicon


def _passive_by_words(sentence: Span, lexicon: frozenset[str], worden_only: bool = False) -> list[tuple[Token, Token]]:
    tokens = [t for t in sentence if not t.is_space]
    lowered = [t.text.lower() for t in tokens]
    has_agent = "door" in lowered
    for index, token in enumerate(tokens):
        word = lowered[index]
        if word not in WORDEN and (worden_only or word not in ZIJN):
            continue
        if index > 0 and lowered[index - 1] == "te":
            # "betaald te worden" / "te worden betaald": the participle stands right beside "te worden";
            # otherwise "worden" means "become" ("om Nederlander te worden")
            window = [t for t in (tokens[index - 2] if index > 1 else None,
                                  tokens[index + 1] if index + 1 < len(tokens) else None) if t is not None]
        else:
            window = tokens[max(0, index - 8): index + 10]
        participles = [t for t in window if t is not token and is_participle_word(t, lexicon)
                       and not (t.i > 0 and t.doc[t.i - 1].text.lower() in ("de", "het", "een", "uw", "onze"))
                       and not _has_perfect_auxiliary(t)]
        if not participles:
            continue
        participle = min(participles, key=lambda t: abs(t.i - token.i))
        form = participle.text.lower()
        if word in WORDEN and form != "geworden":
            return [(token, participle)]
        if word in ZIJN and form not in ERGATIVE_PARTICIPLES and form not in STATIVE_PARTICIPLES:
            if "geworden" in lowered or has_agent or form.startswith(("ge", "be", "ver", "ont", "her", "er")):
                return [(token, participle)]
    return []


def _has_perfect_auxiliary(participle: Token) -> bool:
    """A participle with 'hebben' as its auxiliary is an active perfect ("U heeft gevraagd")."""
    return any(child.dep_ == "aux" and lemma(child) == "hebben" for child in participle.children)


def passive_pairs(sentence: Span, has_parser: bool, lexicon: frozenset[str] = frozenset()) -> list[tuple[Token, Token]]:
    """Passive clauses in a sentence. With a parser: its passive relations, and where it finds
    none, a form of "worden"/"zijn" with a tagged participle nearby (the parse of long officialese
    sentences is the least reliable part), leaving out perfect tenses of intransitive verbs and
    stative participles. Without a tagger: the same with word lists."""
    if not has_parser:
        return _passive_by_words(sentence, lexicon)
    return _passive_by_parse(sentence) or _passive_by_words(sentence, lexicon)


def passive_voice(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    for record in ctx.sentences:
        pairs = passive_pairs(record.tokens or record.span, ctx.pipeline.has_parser, ctx.participles)
        if not pairs:
            continue
        aux, verb = pairs[0]
        first, last = sorted((aux, verb), key=lambda t: t.i)
        doc = record.span.doc
        text = doc[first.i].text if first.i == last.i else f"{first.text} … {last.text}" if last.i - first.i > 1 else doc[first.i: last.i + 1].text
        yield ctx.finding(rule, record.block, first.idx, last.idx + len(last.text), text=text, sentence=record.text)


# ---------------------------------------------------------------------------- SY02


def nominalisations(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    suffixes = tuple(ctx.param(rule, "suffixes", ["ing", "atie", "itie"]))
    max_zipf = float(ctx.param(rule, "max_zipf", 3.8))
    for record in ctx.sentences:
        tokens = [t for t in (record.tokens or record.span) if not t.is_space]
        for index, token in enumerate(tokens[:-1]):
            following = tokens[index + 1].text.lower()
            previous = tokens[index - 1].text.lower() if index else ""
            word = token.text.lower()
            if previous == "het" and following == "van" and word.endswith("en") and len(word) > 5 and token.text.islower():
                span = record.span.doc[tokens[index - 1].i: tokens[index + 1].i + 1]
                yield ctx.span_finding(rule, record, span)
            elif (word.endswith(suffixes) and len(word) > 7 and following in ("van", "door")
                  and previous in ("de", "ter", "tot", "na", "bij", "voor", "in", "een", "uw")
                  and zipf(word) < max_zipf):  # everyday nouns such as "uitkering" are fine
                span = record.span.doc[token.i: tokens[index + 1].i + 1]
                yield ctx.span_finding(rule, record, span)


# ---------------------------------------------------------------------------- SY03


def clause_count(sentence: Span, has_parser: bool) -> int:
    if has_parser:
        return sum(1 for token in sentence if token.dep_ in CLAUSAL_DEPS)
    return sum(1 for token in sentence if token.text.lower() in SUBORDINATORS)


def stacked_clauses(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    limit = int(ctx.param(rule, "max_clauses", 2))
    for record in ctx.sentences:
        if record.stats.words < 12:
            continue
        clauses = clause_count(record.tokens or record.span, ctx.pipeline.has_parser)
        if clauses > limit:
            yield ctx.sentence_finding(rule, record, clauses=clauses)
