"""Sentence-level checks: long sentences, passive voice, nominalisations, stacked clauses.

Passive voice and clause counting use the parse when the pipeline has one (UD relations
``aux:pass``, ``nsubj:pass``, ``obl:agent``, clausal relations) and fall back to word lists
otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Span, Token

from letterlint.findings import Finding, Severity
from letterlint.nlp.pipeline import lemma
from letterlint.readability import zipf
from letterlint.rulepack import RuleSpec, unstressed_prefixes
from letterlint.checks.base import Context

@dataclass(frozen=True)
class SentenceWords:
    """The Dutch word lists of the sentence checks (rules/lexicon/grammar.yaml)."""

    worden: frozenset[str]
    zijn: frozenset[str]
    ergative_participles: frozenset[str]
    ergative_heads: frozenset[str]
    not_ergative_participles: frozenset[str]
    separable_particles: frozenset[str]
    alternating_participles: frozenset[str]
    acted_on_nouns: frozenset[str]
    participles_without_ge: frozenset[str]
    stative_participles: frozenset[str]
    degree_words: frozenset[str]
    not_participles: frozenset[str]
    subordinators: frozenset[str]
    agent_markers: frozenset[str]

    @classmethod
    def from_lexicon(cls, lexicon: dict) -> "SentenceWords":
        words = lexicon.get("grammar") or {}
        return cls(**{name: frozenset(w.lower() for w in words.get(name) or ()) for name in cls.__dataclass_fields__})


# regular participles: ge-...-d/t/en (also after a particle: "toegekend"), or be/ver/ont/her-...-d/t;
# strong participles without ge- ("verzonden") come from the verb lexicon (Context.participles)
_PARTICIPLE_PREFIXES = unstressed_prefixes()
_PARTICIPLE = re.compile(r"^(?:[a-zà-ÿ]{0,6}ge[a-zà-ÿ]{2,}(?:d|t|en)|(?:%s)[a-zà-ÿ]{3,}(?:d|t))$"
                         % "|".join(prefix for prefix in _PARTICIPLE_PREFIXES if prefix != "ge"))
# looser: the shape of a participle the tagger took for a noun ("wordt hervat", "worden meegebracht")
_PARTICIPLE_SHAPE = re.compile(r"^(?:[a-zà-ÿ]{0,6}ge|%s)[a-zà-ÿ]{2,}(?:d|t|en)$"
                               % "|".join(prefix for prefix in _PARTICIPLE_PREFIXES if prefix != "ge"))
CLAUSAL_DEPS = {"advcl", "acl", "acl:relcl", "ccomp", "csubj", "csubj:pass"}


# ---------------------------------------------------------------------------- RD01


def long_sentences(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    warning = int(ctx.param(rule, "warning_words", 20))
    error = int(ctx.param(rule, "error_words", 30))
    for record in ctx.sentences:
        if record.table_row:
            continue  # a row of a data table is no sentence
        words = record.stats.words
        if words > error:
            yield ctx.sentence_finding(rule, record, severity=Severity.ERROR, words=words, limit=warning)
        elif words > warning:
            yield ctx.sentence_finding(rule, record, severity=Severity.WARNING, words=words, limit=warning)


# ---------------------------------------------------------------------------- SY01


def _is_participle(token: Token) -> bool:
    """A past participle by the tagger (a present participle such as "teleurstellend" or
    "bestaande", an infinitive plus -d(e), is never passive)."""
    return "Part" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX") and not is_present_participle(token)


def is_present_participle(token: Token) -> bool:
    """An infinitive plus -d(e) ("ingrijpend", "bestaande"): by the lemma, or where the lemmatizer
    left the word as it is, by its shape (no ge- or unstressed prefix as a past participle has)."""
    form = token.text.lower()
    if not form.endswith(("nd", "nde")):
        return False
    stem = form[:-2] if form.endswith("nde") else form[:-1]
    value = lemma(token)
    if value == stem:
        # a past participle of a verb whose stem ends in -en ("verrekend" of verrekenen, "verdiend",
        # "berekend") looks the same when the lemmatizer cuts it to "verreken": the verb is then the
        # "stem" plus -en, a commoner word than the "stem" itself
        return not (form.endswith("end") and zipf(stem + "en") > zipf(stem))
    if value == stem + "en" and form.endswith("end"):
        return False  # "verrekend" lemmatised right (verrekenen): a past participle
    return value in (form, form.removesuffix("e")) and not _PARTICIPLE.match(form)


def _is_verb_form(token: Token) -> bool:
    """A form of worden/zijn used as a verb, not the possessive "zijn" ("zijn dochter")."""
    return not token.pos_ or token.pos_ in ("AUX", "VERB")


def _attributive(token: Token) -> bool:
    """A participle before its noun ("de gesproken talen", "een voorgenomen huwelijk"), or an
    inflected one ("de ingevulde formulieren": a verb's participle is never inflected): no clause."""
    if token.lower_.endswith(("de", "te")) and _is_participle(token):
        return True
    return (token.dep_ in ("amod", "acl", "nmod") and token.head.pos_ in ("NOUN", "PROPN")
            and token.head.i == token.i + 1)


def _aux_before(head: Token, words: SentenceWords) -> Token | None:
    """The auxiliary of a passive participle: its own aux child, else the nearest form of worden
    or zijn before it in the sentence (the parse of long officialese sentences often attaches it
    elsewhere: "Het besluit is in de vergadering van … door het college genomen")."""
    child = next((c for c in head.children if c.dep_.startswith("aux") and lemma(c) in ("worden", "zijn")), None)
    if child is not None:
        return child
    sentence = head.sent if head.doc.has_annotation("SENT_START") else head.doc[:]
    for token in reversed(list(sentence)[: head.i - sentence.start]):
        if token.lower_ in words.worden or token.lower_ in words.zijn:
            return token
    return None


def _passive_by_parse(sentence: Span, words: SentenceWords,
                      lexicon: frozenset[str] = frozenset()) -> list[tuple[Token, Token]]:
    """UD passive relations: ``aux:pass`` (worden/zijn + participle), else an ``obl:agent`` or
    ``nsubj:pass`` on a participle with a form of worden/zijn before it."""
    found = []
    for token in sentence:
        if token.dep_ != "aux:pass":
            continue
        if _is_passive_pair(token, token.head, words, lexicon):
            found.append((token, token.head))
        else:  # attached to a word that is no participle: the parse went wrong, find the participle itself
            verb = _participle_after(token, sentence, words, lexicon)
            if verb is not None and _is_passive_pair(token, verb, words, lexicon):
                found.append((token, verb))
    if not found:
        for token in sentence:
            if token.dep_ in ("nsubj:pass", "obl:agent") and (
                    _is_participle(token.head)  # or one tagged as an infinitive beside its agent ("is afgenomen door")
                    or (token.dep_ == "obl:agent" and token.head.pos_ == "VERB"
                        and bool(_PARTICIPLE_SHAPE.match(token.head.lower_)))):
                aux = _aux_before(token.head, words)
                # a copula ("het wordt makkelijker") or an auxiliary before the subordinator that opens
                # the participle's clause ("… als u DigiD gebruikt") is not its auxiliary
                if (aux is not None and (aux.dep_ != "cop" or token.dep_ == "obl:agent")
                        and not _other_clause(aux, token.head, words)
                        and _is_passive_pair(aux, token.head, words, lexicon)):
                    found.append((aux, token.head))
                    break
    unique = {}
    for aux, verb in found:  # one clause per participle ("is … betaald en is … verrekend" are two)
        unique.setdefault(verb.i, (aux, verb))
    return list(unique.values())


def _participle_after(aux: Token, sentence: Span, words: SentenceWords, lexicon: frozenset[str]) -> Token | None:
    """The first participle after a passive auxiliary within its clause (up to a subordinator or
    another finite verb): "wordt uw aanvraag op grond van artikel 11, eerste lid, … afgewezen"."""
    for token in sentence:
        if token.i <= aux.i:
            continue
        if token.lower_ in words.subordinators or "Fin" in token.morph.get("VerbForm"):
            return None
        if token.is_alpha and (_is_participle(token) or _PARTICIPLE_SHAPE.match(token.lower_)
                               or token.lower_ in lexicon) and not _attributive(token):
            return token
    return None


def _degree_modified(participle: Token, words: SentenceWords) -> bool:
    """A participle with a degree word ("erg geschrokken", "zeer verheugd") is an adjective."""
    doc = participle.doc
    return (participle.i > 0 and doc[participle.i - 1].lower_ in words.degree_words) or any(
        child.dep_ == "advmod" and child.lower_ in words.degree_words for child in participle.children)


def _subject_of(aux: Token, verb: Token) -> Token | None:
    """The subject of the clause of aux + verb: a subject of either in the parse, else the nearest
    noun before the verb group in the sentence."""
    for token in (verb, aux):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return subject
    sentence = verb.sent if verb.doc.has_annotation("SENT_START") else verb.doc[:]
    before = [t for t in sentence if t.i < min(aux.i, verb.i) and t.pos_ in ("NOUN", "PROPN")]
    return before[-1] if before else None


def _ergative_head(form: str, words: SentenceWords) -> bool:
    """A participle of a verb of motion or change, alone or behind a separable particle
    ("gekomen", "omgekomen", "teruggevallen", "uitgestroomd"), not one of the transitive
    compounds ("nagekomen", "aangegaan")."""
    if form in words.not_ergative_participles:
        return False
    if form in words.ergative_heads:
        return True
    return any(form.endswith(head) and form[: -len(head)] in words.separable_particles
               for head in words.ergative_heads)


def _ergative(aux: Token, verb: Token, words: SentenceWords) -> bool:
    """A participle that makes a perfect tense with "zijn" ("U bent verhuisd"). A verb that is both
    transitive and intransitive ("wijzigen", "intrekken") is passive when its subject is a thing an
    office acts on ("Uw vergunning is ingetrokken") or a door-agent stands near."""
    form = verb.lower_
    if form in words.ergative_participles or _ergative_head(form, words):
        return True
    if form not in words.alternating_participles:
        return False
    first, last = sorted((aux.i, verb.i))
    doc = verb.doc
    if any(doc[i].lower_ in words.agent_markers for i in range(first, min(last + 4, len(doc)))):
        return False
    subject = _subject_of(aux, verb)
    if subject is None or subject.lower_ in ("u", "ik", "je", "jij", "hij", "zij", "ze", "wij", "we", "jullie"):
        return True
    noun = subject.lower_
    return not any(noun.endswith(form) for head in words.acted_on_nouns for form in _noun_forms(head))


def _noun_forms(noun: str) -> tuple[str, ...]:
    """A noun and its plurals, to match a compound by its head: -en, -s, -n, and -en after a
    double vowel made single ("afspraak" -> "afspraken", "vergunning" -> "vergunningen")."""
    forms = [noun, noun + "en", noun + "s", noun + "n"]
    if len(noun) > 3 and noun[-2] == noun[-3] and noun[-2] in "aeou":
        forms.append(noun[:-2] + noun[-1] + "en")
    return tuple(forms)


def _is_passive_pair(aux: Token, verb: Token, words: SentenceWords, lexicon: frozenset[str] = frozenset()) -> bool:
    """Not a perfect tense of an intransitive verb ("U bent verhuisd", "Het is gelukt"), nor a
    state ("De balie is gesloten"), nor an adjective ("dat u slechtziend bent")."""
    word, form = aux.text.lower(), verb.text.lower()
    if word in words.zijn and (_ergative(aux, verb, words) or form in words.stative_participles
                               or _degree_modified(verb, words)):
        return False
    if not _is_verb_form(aux):
        return False
    if verb.pos_ and not _is_participle(verb) and not _PARTICIPLE_SHAPE.match(form) and form not in lexicon:
        # an adjective, noun or infinitive after worden/zijn: a copula ("u bent welkom", "zij wordt
        # koningin"); a participle the tagger took for a noun ("wordt ingehouden") still counts
        return False
    if is_present_participle(verb):
        return False
    return word in words.worden or word in words.zijn or lemma(aux) in ("worden", "zijn")


def is_participle_word(token: Token, words: SentenceWords, lexicon: frozenset[str] = frozenset()) -> bool:
    text = token.text.lower()
    if text in words.not_participles or not token.text.isalpha():
        return False
    if token.pos_:  # a tagger is present: trust it, but for a strong participle behind a particle
        return _is_participle(token) or (token.pos_ in ("VERB", "AUX")
                                         and _particle_participle(text, words, lexicon))
    return bool(_PARTICIPLE.match(text)) or text in lexicon or _particle_participle(text, words, lexicon)


def _particle_participle(form: str, words: SentenceWords, lexicon: frozenset[str]) -> bool:
    """A separable particle before a strong participle of the verb lexicon ("aangegaan",
    "nagekomen", "opgeheven"): a participle, whatever tag the tagger gave it (an infinitive
    cannot have ge- behind its particle)."""
    return any(form.startswith(particle) and form[len(particle):].startswith("ge")
               and form[len(particle):] in lexicon for particle in words.separable_particles)


def _bare_noun_participle(token: Token, aux: Token, words: SentenceWords) -> bool:
    """A participle the tagger took for a noun, right beside a form of worden ("worden ingehouden")."""
    return (token.pos_ == "NOUN" and abs(token.i - aux.i) == 1 and aux.lower_ in words.worden
            and bool(_PARTICIPLE_SHAPE.match(token.lower_))
            and not any(child.dep_ in ("det", "case", "nmod:poss", "amod") for child in token.children))


def _reduced_clause(token: Token, aux: Token) -> bool:
    """A participle that opens a phrase of its own after a comma or bracket and goes on ("het
    besluit, ondertekend door de burgemeester, …", "(opgericht in 1990)"): no auxiliary of its own,
    so no passive clause, whatever "is" or "wordt" stands nearby. A comma that closes an
    inserted phrase after the auxiliary ("wordt u, na overleg met de afdeling, toegewezen aan …")
    does not count."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text not in (",", "(", "–", "-"):
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.is_punct or following.is_space:
        return False  # "…, genomen." ends the clause: the participle closes a passive
    if any(child.dep_.startswith("aux") for child in token.children):
        return False
    if doc[token.i - 1].text == "," and aux.i < token.i:
        return sum(1 for t in doc[aux.i + 1: token.i] if t.text == ",") < 2
    return True


def _other_clause(aux: Token, participle: Token, words: SentenceWords) -> bool:
    """The participle heads another clause, opened by a subordinator between the two ("u wordt
    ziek als u te weinig slaapt": the tagger calls "slaapt" a participle now and then)."""
    low, high = sorted((aux.i, participle.i))
    return any(child.dep_ == "mark" and low < child.i < high and child.lower_ in words.subordinators
               for child in participle.children)


def _passive_by_words(sentence: Span, words: SentenceWords, lexicon: frozenset[str],
                      worden_only: bool = False) -> list[tuple[Token, Token]]:
    tokens = [t for t in sentence if not t.is_space]
    lowered = [t.text.lower() for t in tokens]
    has_agent = any(word in words.agent_markers for word in lowered)
    for index, token in enumerate(tokens):
        word = lowered[index]
        if word not in words.worden and (worden_only or word not in words.zijn):
            continue
        if not _is_verb_form(token):
            continue
        if word == "geworden":
            # "is betaald geworden": the participle stands right before; otherwise a copula
            # ("… lager is geworden", "duurder geworden")
            window = [tokens[index - 1]] if index > 0 else []
        elif index > 0 and lowered[index - 1] == "te":
            # "betaald te worden" / "te worden betaald": the participle stands right beside "te worden";
            # otherwise "worden" means "become" ("om Nederlander te worden")
            window = [t for t in (tokens[index - 2] if index > 1 else None,
                                  tokens[index + 1] if index + 1 < len(tokens) else None) if t is not None]
        else:
            # with a "door" agent the participle may stand far behind: look on to the sentence's end
            # otherwise to the end of the clause: the participle closes a main clause however long
            # the middle ("wordt u, na overleg met de afdeling Werk en Inkomen, … toegewezen")
            reach = len(tokens) if has_agent else max(index + 10, _clause_end(tokens, index, words))
            window = tokens[max(0, index - 8): reach]
        participles = [t for t in window if t is not token
                       and (is_participle_word(t, words, lexicon) or _bare_noun_participle(t, token, words))
                       and not (t.i > 0 and t.doc[t.i - 1].text.lower() in ("de", "het", "een", "uw", "onze"))
                       and not (t.pos_ and _attributive(t)) and not _reduced_clause(t, token)
                       and not _has_perfect_auxiliary(t) and not _other_clause(token, t, words)]
        if not participles:
            continue
        participle = min(participles, key=lambda t: abs(t.i - token.i))
        form = participle.text.lower()
        if word in words.worden and form != "geworden":
            return [(token, participle)]
        if (word in words.zijn and not _ergative(token, participle, words) and form not in words.stative_participles
                and not _degree_modified(participle, words)):
            if ("geworden" in lowered or has_agent or form.startswith(_PARTICIPLE_PREFIXES)
                    or _PARTICIPLE.match(form) or form in lexicon or _particle_participle(form, words, lexicon)):
                return [(token, participle)]
    return []


def _clause_end(tokens: list[Token], index: int, words: SentenceWords, limit: int = 25) -> int:
    """Where the clause of tokens[index] ends: at a subordinator, another finite verb, ; or :."""
    last = min(len(tokens), index + limit)
    for position in range(index + 1, last):
        token = tokens[position]
        if (token.lower_ in words.subordinators or token.text in (";", ":")
                or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"))):
            return position
    return last


def _has_perfect_auxiliary(participle: Token) -> bool:
    """A participle with 'hebben' as its auxiliary is an active perfect ("U heeft gevraagd")."""
    return any(child.dep_ == "aux" and lemma(child) == "hebben" for child in participle.children)


def passive_pairs(sentence: Span, has_parser: bool, words: SentenceWords,
                  lexicon: frozenset[str] = frozenset()) -> list[tuple[Token, Token]]:
    """Passive clauses in a sentence. With a parser: its passive relations, and where it finds
    none, a form of "worden"/"zijn" with a tagged participle nearby (the parse of long officialese
    sentences is the least reliable part), leaving out perfect tenses of intransitive verbs,
    stative participles and copulas. Without a tagger: the same with word lists."""
    lexicon = lexicon | words.participles_without_ge
    if not has_parser:
        return _passive_by_words(sentence, words, lexicon)
    return _passive_by_parse(sentence, words, lexicon) or _passive_by_words(sentence, words, lexicon)


def has_agent(sentence: Span, aux: Token, verb: Token, words: SentenceWords) -> bool:
    """The passive names who acts: an ``obl:agent``, or "door …" within the passive clause."""
    if any(token.dep_ == "obl:agent" for token in sentence):
        return True
    first, last = sorted((aux.i, verb.i))
    doc = sentence.doc
    return any(doc[i].lower_ in words.agent_markers for i in range(first, min(last + 4, sentence.end)))


def passive_voice(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """SY01. A short passive without an agent ("Uw aanvraag is goedgekeurd.") reads fine: info.
    A long one, or one that names the agent ("door ons"), reads better active: the rule's severity."""
    words = ctx.words(SentenceWords)
    short = int(ctx.param(rule, "short_words", 12))
    for record in ctx.sentences:
        sentence = record.tokens or record.span
        pairs = passive_pairs(sentence, ctx.pipeline.has_parser, words, ctx.participles)
        if not pairs:
            continue
        aux, verb = pairs[0]
        first, last = sorted((aux, verb), key=lambda t: t.i)
        doc = record.span.doc
        text = doc[first.i].text if first.i == last.i else f"{first.text} … {last.text}" if last.i - first.i > 1 else doc[first.i: last.i + 1].text
        severity = None
        if record.stats.words <= short and not has_agent(record.span, aux, verb, words):
            severity = Severity.INFO
        yield ctx.finding(rule, record.block, first.idx, last.idx + len(last.text), text=text, sentence=record.text,
                          severity=severity)


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


def clause_count(sentence: Span, has_parser: bool, subordinators: frozenset[str] = frozenset()) -> int:
    if has_parser:
        return sum(1 for token in sentence if token.dep_ in CLAUSAL_DEPS)
    return sum(1 for token in sentence if token.text.lower() in subordinators)


def stacked_clauses(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    limit = int(ctx.param(rule, "max_clauses", 2))
    for record in ctx.sentences:
        if record.stats.words < 12 or record.table_row:
            continue
        clauses = clause_count(record.tokens or record.span, ctx.pipeline.has_parser,
                               ctx.words(SentenceWords).subordinators)
        if clauses > limit:
            yield ctx.sentence_finding(rule, record, clauses=clauses)
