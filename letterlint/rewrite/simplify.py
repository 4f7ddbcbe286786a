"""Simplify one sentence at a time, without changing what it says.

Every change is a deterministic transformation that is recorded (:class:`Transformation`):

``jargon``             a word of the rule pack's jargon list by its one plain alternative (only
                       entries the fixer may apply), capitals kept;
``referent``           "de voornoemde termijn" -> "deze termijn", "uw bovengenoemde aanvraag" ->
                       "uw aanvraag" (only with an article or "uw" and a noun);
``register``           a capital 'U' mid-sentence lowered; the reader addressed as u (or je);
``law_citation``       "op grond van artikel 35 van de Participatiewet" taken out of the sentence
                       into a line "Dit staat in artikel 35 van de Participatiewet.";
``passive_to_active``  fixed phrases with the municipality as agent ("wordt u verzocht" ->
                       "vragen wij u") and passives with an explicit agent ("is door ons ontvangen"
                       -> "hebben wij ... ontvangen");
``split``              a long sentence split at a clause boundary the parse shows: coordinated main
                       clauses (the subject or the phrase in front repeated where both clauses share
                       it), two clauses under one frame ("dat A en dat B", "omdat A en B": the frame
                       repeated with "ook"), a non-restrictive clause after a comma (welke, die,
                       waarbij, waarvan, zodat, ...), a clause of cause or time in front or at the
                       end, "mits" as "Dat geldt alleen als", an enumeration as a list; a connective
                       the new sentence would say twice ("Daardoor ... dus") is said once; a
                       relative clause at the end by its words when the noun before the comma is
                       certain ("..., die ... zijn." -> "Deze normbedragen zijn ..."). A frame that
                       only announces the message is left out; a linking adverb in it ("ook",
                       "verder", "dan") opens the message. A sentence whose word-level replacements
                       cover the place to split is parsed again on its own.

A subordinate clause that becomes a main clause gets its finite verb in second position; that
happens only when the parse names exactly one finite verb for the clause. Only the clause's own
finite verb counts (the one on its head): a relative or subordinate clause inside it keeps its
words and order ("Daarbij moet u een pasfoto die voldoet aan de eisen, … meebrengen."), when the
parse and the words both show where it starts and ends. Two coordinated verbs of one clause move
both when the subject they share leads the new sentence ("welke aanslag … beloopt en betrekking
heeft op …" -> "Deze aanslag beloopt … en heeft betrekking op …"). Every candidate output
is checked before it is returned (:meth:`Simplifier.verify`): every number, date, amount, e-mail
address, web address, phone number and name of the original is still there, nothing numeric is
added, negations keep their count and every new sentence has a finite verb. A candidate that
fails falls back to the original sentence.

The cues (conjunctions, formulas, agents, law-citation patterns, register forms) are data in
``rules/simplify.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator

from letterlint.readability import zipf
from letterlint.rulepack import RulePack, RulePackError, bundled_pack
from letterlint.rewrite.fix import match_case
from letterlint.rewrite.merge_fields import MERGE_FIELD, TEMPLATE_INSTRUCTION

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from letterlint.engine.linter import Linter
    from letterlint.nlp.reuse import TensorIndex

# the key of the token-vector index in simplify_many's parse cache (whose other keys are texts and
# ("tag", text)); the index makes the parses faster, never different
_TENSORS = ("tensors",)


@dataclass(frozen=True)
class Transformation:
    kind: str     # "split", "passive_to_active", "jargon", "referent", "law_citation", "register"
    detail: str   # short Dutch description, e.g. "'teneinde' → 'om'"


@dataclass
class Simplified:
    """One original sentence and what it became.

    ``needs_rewrite`` is set only when no safe transformation applied (``sentences`` is then
    ``[original]``) and the sentence is still not B1 (too long, or a pointing word such as
    "voornoemde" without a noun): the caller marks it for the writer. When transformations did
    apply, the sentences are used as they are; ``remaining`` lists those still over the length
    limit (RD01 reports them in the proposal).
    """

    original: str
    sentences: list[str]
    transformations: list[Transformation] = field(default_factory=list)
    law_lines: list[str] = field(default_factory=list)
    needs_rewrite: str | None = None
    remaining: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)  # a list the last sentence announces ("...:")

    @property
    def changed(self) -> bool:
        return self.sentences != [self.original] or bool(self.law_lines) or bool(self.items)


# --------------------------------------------------------------------------- rules (data)


@dataclass
class SimplifyRules:
    """The compiled cues of ``rules/simplify.yaml``."""

    max_words: int
    fragment_note: str
    coordination: dict[str, str]
    relative_openers: dict[str, str]
    relative_scope_tails: tuple[tuple[str, ...], ...]
    purpose_verbs: frozenset[str]
    purpose_opener: str
    purpose_deadlines: tuple[tuple[str, ...], ...]
    clause_reference: str
    fronted_clauses: dict[str, str]
    trailing_clauses: dict[str, str]
    particles: tuple[str, ...]
    separable_particles: frozenset[str]
    inseparable_prefixes: frozenset[str]
    connectives: frozenset[str]
    pronominal_prepositions: dict[str, str]
    frame_verbs: frozenset[str]
    frame_words: frozenset[str]
    conditional_clauses: frozenset[str]
    conditional_opener: str
    trailing_phrases: list[tuple[tuple[str, ...], str]]
    trailing_limits: list[tuple[tuple[str, ...], str]]
    phrase_formulas: list[tuple[re.Pattern, str, bool]]
    passive_formulas: list[tuple[re.Pattern, str]]
    agents: list[tuple[tuple[str, ...], str, bool]]  # (words, subject, plural)
    perfect_auxiliaries: dict[str, tuple[str, str]]
    modal_auxiliaries: dict[str, tuple[str, str]]
    referent_words: frozenset[str]
    referent_documents: frozenset[str]
    referent_present_words: frozenset[str]
    heading_pointer: str  # "bovengenoemd kenmerk" -> "het <heading_pointer> kenmerk"
    citation_words: dict[str, str]  # in a citation's own line: "juncto" -> "en"
    law_line: str
    law_citation: re.Pattern
    law_continuation: re.Pattern
    register_inverted: dict[str, str]
    register_straight: dict[str, str]
    capital_u_after: frozenset[str]
    jargon_choices: dict[str, str] = field(default_factory=dict)
    # a choice made only before one of these words ("gedurende de behandeling": "tijdens")
    # phrase: (choice, the next words that choose it, whether determiners and adjectives may come first)
    jargon_choices_before: dict[str, tuple[str, frozenset[str], bool]] = field(default_factory=dict)
    jargon_choices_opening: dict[str, str] = field(default_factory=dict)  # only where the phrase opens the sentence
    jargon_choices_not_near: dict[str, frozenset[str]] = field(default_factory=dict)  # not with these words near
    jargon_verbs_only_finite: frozenset[str] = frozenset()  # separable verbs swapped only as "treft … aan"
    jargon_verbs: dict[str, tuple[str, bool, frozenset[str]]] = field(default_factory=dict)  # verb: (plain verb, drop "te", other words dropped)
    jargon_verbs_not_with: dict[str, frozenset[str]] = field(default_factory=dict)  # verb: words that stop the swap
    # verb: words between it and its "te" that stop the swap (not before a number: "om 14.30 uur")
    jargon_verbs_not_before_te: dict[str, frozenset[str]] = field(default_factory=dict)
    jargon_relatives: dict[str, tuple[str, str]] = field(default_factory=dict)  # word: (neuter, other)
    neuter_relatives: dict[str, str] = field(default_factory=dict)  # "hetwelk": "dat" after a het-word
    # "hierbij" with a verb of what the letter itself does ("laten wij u hierbij weten"): left out
    performative_words: frozenset[str] = frozenset()
    performative_verbs: frozenset[str] = frozenset()
    # "dat A en dat B" under one frame (optional in a rule pack: an older pack splits less)
    frame_conjunctions: frozenset[str] = frozenset()
    frame_also: str = "ook"
    frame_also_words: frozenset[str] = frozenset()  # words that say "also" already ("verder")
    frame_subordinators: frozenset[str] = frozenset()
    frame_max_words: int = 6
    pronominal_adverbs: frozenset[str] = frozenset()
    list_conjunctions: frozenset[str] = frozenset()
    list_min_items: int = 3
    list_openers: frozenset[str] = frozenset()  # "..., waaronder A, B en C": the list after the word
    inseparable_verbs: frozenset[str] = frozenset()  # verbs with a particle-like start that never separate
    list_prepositions: frozenset[str] = frozenset()  # "tot A, tot B en tot C": the list after the word
    term_openers: frozenset[str] = frozenset()
    term_units: frozenset[str] = frozenset()

    @functools.cached_property
    def term_in_words(self) -> re.Pattern:
        """A term written out without the word "termijn": "binnen zes weken" (``terms.units``)."""
        units = "|".join(map(re.escape, sorted(self.term_units))) or r"(?!)"
        return re.compile(rf"\bbinnen\s+(?:[\w-]+\s+){{0,2}}(?:{units})\b", re.IGNORECASE)
    term_modals: dict[str, str] = field(default_factory=dict)
    fragment_openers: frozenset[str] = frozenset()  # a split piece opening with one of these, no comma: a fragment
    te_clause_openers: frozenset[str] = frozenset()  # "om … te behouden": a "te" of another clause
    term_pointers: frozenset[str] = frozenset()  # "na de dagtekening daarvan": the term stays in its sentence
    term_sentence: str = "Dat {modal} {term}."
    # "na de dag waarop dit besluit is verzonden": the words that open such a clause, after one of the nouns
    term_day_clauses: frozenset[str] = frozenset()
    term_day_nouns: frozenset[str] = frozenset()
    # words the tagger may read as a verb that are none ("daartegen"), and a law's name
    not_verbs: re.Pattern | None = None
    law_name: re.Pattern | None = None
    appositives: dict[str, tuple[str, str]] = field(default_factory=dict)  # word: (singular, plural) lead
    pointing_back: frozenset[str] = frozenset()  # "in beide gevallen": the rest points at what went before
    restated_date_cues: tuple[tuple[str, ...], ...] = ()  # ", dus uiterlijk op 9 maart 2026,"
    restated_date_sentence: str = "Dat is {date}."
    address: re.Pattern | None = None
    address_sentence: str = "Het adres is {address}."
    address_named_sentence: str = ""
    # ", onder vermelding van X." -> "Vermeld daarbij X.": phrase words -> sentence with {phrase}
    instructions: dict[tuple[str, ...], str] = field(default_factory=dict)
    instruction_verbs: frozenset[str] = frozenset()
    # verbs of saying and holding (lemmas): a reason after one belongs to what someone says
    reported_speech: frozenset[str] = frozenset()
    reported_by_subject: frozenset[str] = frozenset()  # verbs that report only in _inside_report
    hedge: re.Pattern | None = None  # "naar uw zeggen", "volgens u": what follows is someone's account
    # a frame that announces a message: adverbs that open the message instead of going with the
    # frame ("ook" -> "Ook"), and phrases that go with it ("voor de duidelijkheid")
    frame_adverbs: dict[str, str] = field(default_factory=dict)
    # the relative pronouns of a clause at the end of a sentence that is split by its words
    tail_relatives: frozenset[str] = frozenset()
    frame_phrases: tuple[tuple[str, ...], ...] = ()
    # "Uit X blijkt dat …": the opening preposition, the verbs (lemmas) and the leads of the source
    # sentence by tense ("Dat blijkt uit", "Dat bleek uit")
    evidence_preposition: str = "uit"
    evidence_verbs: frozenset[str] = frozenset()
    evidence_leads: dict[str, str] = field(default_factory=dict)
    # prepositions of time: a phrase with one of them is not taken into a subject that moves to the front
    time_prepositions: frozenset[str] = frozenset()
    # a citation of several articles or laws ("artikel 26 van de Invorderingswet 1990 juncto artikel
    # 255 van de Gemeentewet"): the pattern that continues a citation match with the next item
    law_chain: re.Pattern | None = None
    # "Gelet op het vorenstaande en op artikel … besluiten wij": the opening up to the citation,
    # and the word the reasons become ("Daarom")
    reason_and_law: re.Pattern | None = None
    reason_and_law_replace: str = "Daarom"
    # "besloten A te herzien en B terug te vorderen": the verbs whose two te-clauses are split, and
    # the conjunctions that may join them
    te_frame_verbs: frozenset[str] = frozenset()
    te_frame_conjunctions: frozenset[str] = frozenset()
    # "…, bereikbaar op werkdagen van 9.00 tot 17.00 uur." after the name of whom to contact
    reachable_words: frozenset[str] = frozenset()
    reachable_labels: frozenset[str] = frozenset()
    reachable_prepositions: frozenset[str] = frozenset()
    reachable_sentence: str = "{antecedent} is {phrase}"
    # opening hours inside a sentence with a modal ("op werkdagen tussen 9.00 en 17.00 uur"): a term too
    term_hours: re.Pattern | None = None
    # "Om X te doen, vragen wij u …": the opener of the purpose clause, and per subject pronoun of the
    # main clause the lead of the sentence that keeps the purpose ("Dat doen wij")
    purpose_fronted_openers: frozenset[str] = frozenset()
    purpose_fronted_leads: dict[str, str] = field(default_factory=dict)
    purpose_reader_verbs: frozenset[str] = frozenset()
    # a passive without an agent whose agent can only be the municipality (simplify.yaml implied_agent)
    implied_verbs: frozenset[str] = frozenset()  # "af|wijzen": particle|verb, or one verb
    implied_not_with: re.Pattern | None = None
    implied_objects: tuple[str, ...] = ()  # what the passive's subject must be (or end with)

    # other agents that are a person or a body (simplify.yaml named_agents): determiners, nouns, endings
    agent_determiners: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    agent_noun_endings: tuple[str, ...] = ()

    @classmethod
    def from_pack(cls, pack: RulePack | None = None) -> "SimplifyRules":
        """Compile the ``simplify:`` block of ``pack`` (default: the bundled pack). A broken block raises RulePackError."""
        data = (pack if pack is not None else bundled_pack()).blocks.get("simplify")
        if not isinstance(data, dict) or not data:
            raise RulePackError("regelpakket: verwacht een blok 'simplify:' (rules/simplify.yaml)")
        try:
            return cls._compile(data)
        except (re.error, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RulePackError(f"regelpakket, blok 'simplify:': ongeldig patroon of ontbrekende sleutel ({exc})") from None

    @classmethod
    def _compile(cls, data: dict) -> "SimplifyRules":
        cues = sorted(data["law_cues"], key=len, reverse=True)
        names = "|".join(f"(?:{name})" for name in data["law_names"])
        # cue and article in any case ("de artikelen 31 en 34" with its article); law names are
        # case-sensitive (they start with a capital)
        citation = re.compile(
            r"(?<![\w-])(?P<cue>(?i:" + "|".join(re.escape(cue) for cue in cues) + r"))\s+"
            r"(?P<ref>(?i:(?:de\s+(?=artikelen\b))?" + data["law_article"] + r")(?:\s*,?\s*(?:" + names + r"))?)(?![\w-])")
        pairs = lambda key: {str(k).lower(): (str(v[0]), str(v[1])) for k, v in data[key].items()}  # noqa: E731
        chain = data.get("law_chain") or {}
        law_chain = None
        if chain.get("joiners"):
            # one more item of a citation: a joiner, then an article (or a bare article number
            # after "de artikelen 5.1 en") with or without a law name, or a law name of its own
            joiners = "|".join(re.escape(j) for j in sorted(chain["joiners"], key=len, reverse=True))
            law_chain = re.compile(
                r"\s*,?\s+(?i:" + joiners + r")\s+(?P<item>(?:(?:de|het)\s+)?(?:(?i:" + data["law_article"] + r")"
                r"|\d+(?:[.:]\d+)*[a-z]?)(?:\s*,?\s*(?P<name>" + names + r"))?|(?:(?:de|het)\s+)?(?P<only>" + names + r"))"
                r"(?![\w-])")
        reason = data.get("reason_and_law") or {}
        implied = data.get("implied_agent") or {}
        return cls(
            max_words=int(data["max_words"]),
            fragment_note=str(data["fragment_note"]),
            coordination={str(k).lower(): str(v or "") for k, v in data["coordination"].items()},
            relative_openers={str(k).lower(): str(v) for k, v in data["relative_openers"].items()},
            relative_scope_tails=tuple(tuple(str(p).lower().split()) for p in data.get("relative_scope_tails") or ()),
            purpose_verbs=frozenset(map(str.lower, data["purpose_verbs"])),
            purpose_opener=str(data["purpose_opener"]),
            purpose_deadlines=tuple(tuple(str(p).lower().split()) for p in data["purpose_deadlines"]),
            clause_reference=str(data["clause_reference"]),
            fronted_clauses={str(k).lower(): str(v) for k, v in data["fronted_clauses"].items()},
            trailing_clauses={str(k).lower(): str(v) for k, v in data["trailing_clauses"].items()},
            particles=tuple(sorted(map(str.lower, data["particles"]), key=len, reverse=True)),
            separable_particles=frozenset(map(str.lower, data["separable_particles"])),
            inseparable_prefixes=frozenset(map(str.lower, data["inseparable_prefixes"])),
            connectives=frozenset(map(str.lower, data["connectives"])),
            pronominal_prepositions={str(k).lower(): str(v) for k, v in data["pronominal_prepositions"].items()},
            frame_verbs=frozenset(map(str.lower, data["frame_verbs"])),
            frame_words=frozenset(map(str.lower, data["frame_words"])),
            conditional_clauses=frozenset(map(str.lower, data["conditional_clauses"])),
            conditional_opener=str(data["conditional_opener"]),
            trailing_phrases=[(tuple(item["phrase"].lower().split()), str(item["lead"]))
                              for item in data["trailing_phrases"]],
            trailing_limits=[(tuple(item["phrase"].lower().split()), str(item["lead"]))
                             for item in data["trailing_limits"]],
            phrase_formulas=[(re.compile(item["pattern"]), str(item["replace"]), bool(item.get("before_finite")))
                             for item in data["phrase_formulas"]],
            passive_formulas=[(re.compile(item["pattern"]), item["replace"]) for item in data["passive_formulas"]],
            agents=[(tuple(item["words"].lower().split()), item["subject"], item["number"] == "plural")
                    for item in data["agents"]],
            agent_determiners=frozenset(map(str.lower, data.get("named_agents", {}).get("determiners", ()))),
            agent_nouns=frozenset(map(str.lower, data.get("named_agents", {}).get("nouns", ()))),
            agent_noun_endings=tuple(map(str.lower, data.get("named_agents", {}).get("endings", ()))),
            perfect_auxiliaries=pairs("perfect_auxiliaries"),
            modal_auxiliaries=pairs("modal_auxiliaries"),
            referent_words=frozenset(word.lower() for word in data["referent_words"]),
            referent_documents=frozenset(word.lower() for word in data["referent_documents"]),
            referent_present_words=frozenset(word.lower() for word in data["referent_present_words"]),
            heading_pointer=str(data["heading_pointer"]),
            citation_words={str(k): str(v) for k, v in (data.get("citation_words") or {}).items()},
            law_line=str(data["law_line"]),
            law_citation=citation,
            law_continuation=re.compile(data["law_continuations"], re.IGNORECASE),
            register_inverted={str(k): str(v) for k, v in data["register_inverted"].items()},
            register_straight={str(k): str(v) for k, v in data["register_straight"].items()},
            capital_u_after=frozenset(data["capital_u_after"]),
            jargon_choices={" ".join(str(k).lower().split()): str(v) for k, v in (data.get("jargon_choices") or {}).items()},
            jargon_choices_opening={" ".join(str(k).lower().split()): str(v)
                                    for k, v in (data.get("jargon_choices_opening") or {}).items()},
            jargon_choices_not_near={" ".join(str(k).lower().split()): frozenset(str(w).lower() for w in v)
                                     for k, v in (data.get("jargon_choices_not_near") or {}).items()},
            jargon_verbs_only_finite=frozenset(str(item["verb"]).lower() for item in data.get("jargon_verbs") or []
                                               if item.get("only") == "finite"),
            jargon_choices_before={" ".join(str(k).lower().split()): (str(v["choice"]), frozenset(
                str(word) if str(word) == "NUM" else str(word).lower() for word in v["before"]),
                bool(v.get("skip_determiners")))
                for k, v in (data.get("jargon_choices_before") or {}).items()},
            jargon_verbs={str(item["verb"]).lower(): (str(item["plain"]).lower(), item.get("te") == "drop",
                                                      frozenset(str(w).lower() for w in item.get("drop") or []))
                          for item in data.get("jargon_verbs") or []},
            jargon_verbs_not_with={str(item["verb"]).lower(): frozenset(str(w).lower() for w in item.get("not_with") or [])
                                   for item in data.get("jargon_verbs") or []},
            jargon_verbs_not_before_te={str(item["verb"]).lower(): frozenset(
                str(w).lower() for w in item.get("not_before_te") or []) for item in data.get("jargon_verbs") or []},
            jargon_relatives={str(k).lower(): (str(v["neuter"]), str(v["other"]))
                              for k, v in (data.get("jargon_relatives") or {}).items()},
            neuter_relatives={str(k).lower(): str(v) for k, v in (data.get("neuter_relatives") or {}).items()},
            performative_words=frozenset(map(str.lower, (data.get("performatives") or {}).get("words", []))),
            performative_verbs=frozenset(map(str.lower, (data.get("performatives") or {}).get("verbs", []))),
            frame_conjunctions=frozenset(map(str.lower, (data.get("repeated_frame") or {}).get("conjunctions", []))),
            frame_also=str((data.get("repeated_frame") or {}).get("also", "ook")),
            frame_also_words=frozenset(map(str.lower, (data.get("repeated_frame") or {}).get("also_words", []))),
            frame_subordinators=frozenset(map(str.lower, (data.get("repeated_frame") or {}).get("subordinators", []))),
            frame_max_words=int((data.get("repeated_frame") or {}).get("max_words", 6)),
            pronominal_adverbs=frozenset(map(str.lower, (data.get("repeated_frame") or {}).get("pronominal_adverbs", []))),
            list_conjunctions=frozenset(map(str.lower, (data.get("lists") or {}).get("conjunctions", []))),
            list_min_items=int((data.get("lists") or {}).get("min_items", 3)),
            list_openers=frozenset(map(str.lower, (data.get("lists") or {}).get("openers", []))),
            inseparable_verbs=frozenset(map(str.lower, data.get("inseparable_verbs") or [])),
            list_prepositions=frozenset(map(str.lower, (data.get("lists") or {}).get("prepositions", []))),
            term_openers=frozenset(map(str.lower, (data.get("terms") or {}).get("openers", []))),
            term_units=frozenset(map(str.lower, (data.get("terms") or {}).get("units", []))),
            term_modals={str(k).lower(): str(v) for k, v in ((data.get("terms") or {}).get("modals") or {}).items()},
            fragment_openers=frozenset(map(str.lower, data.get("fragment_openers") or [])),
            te_clause_openers=frozenset(map(str.lower, data.get("te_clause_openers") or [])),
            term_pointers=frozenset(map(str.lower, (data.get("terms") or {}).get("pointers", []))),
            term_sentence=str((data.get("terms") or {}).get("sentence", "Dat {modal} {term}.")),
            term_day_clauses=frozenset(map(str.lower, ((data.get("terms") or {}).get("day_clauses") or {}).get("openers", []))),
            term_day_nouns=frozenset(map(str.lower, ((data.get("terms") or {}).get("day_clauses") or {}).get("nouns", []))),
            not_verbs=re.compile(data["not_verbs"]) if data.get("not_verbs") else None,
            law_name=re.compile(r"(?<![\w-])(?:" + names + r")(?![\w-])"),
            appositives={" ".join(str(k).lower().split()): (str(v[0]), str(v[1]))
                         for k, v in (data.get("appositives") or {}).items()},
            pointing_back=frozenset(str(word).lower() for word in data.get("pointing_back") or ()),
            restated_date_cues=tuple(sorted((tuple(str(cue).lower().split()) for cue in
                                             (data.get("restated_dates") or {}).get("cues", ())), key=len, reverse=True)),
            restated_date_sentence=str((data.get("restated_dates") or {}).get("sentence", "Dat is {date}.")),
            address=re.compile((data.get("address") or {})["pattern"]) if (data.get("address") or {}).get("pattern") else None,
            address_sentence=str((data.get("address") or {}).get("sentence", "Het adres is {address}.")),
            address_named_sentence=str((data.get("address") or {}).get("named_sentence", "")),
            reported_speech=frozenset(map(str.lower, data.get("reported_speech") or [])),
            reported_by_subject=frozenset(map(str.lower, data.get("reported_by_subject") or [])),
            hedge=re.compile("|".join(f"(?:{p})" for p in data["hedges"]), re.IGNORECASE) if data.get("hedges") else None,
            instructions={tuple(str(item["phrase"]).lower().split()): str(item["sentence"])
                          for item in (data.get("instructions") or {}).get("phrases", [])},
            instruction_verbs=frozenset(map(str.lower, (data.get("instructions") or {}).get("verbs", []))),
            frame_adverbs={str(k).lower(): str(v) for k, v in (data.get("frame_adverbs") or {}).items()},
            tail_relatives=frozenset(map(str.lower, data.get("tail_relatives") or [])),
            frame_phrases=tuple(tuple(str(p).lower().split()) for p in data.get("frame_phrases") or []),
            evidence_preposition=str((data.get("evidence") or {}).get("preposition", "uit")).lower(),
            evidence_verbs=frozenset(map(str.lower, (data.get("evidence") or {}).get("verbs", []))),
            time_prepositions=frozenset(map(str.lower, data.get("time_prepositions") or [])),
            evidence_leads={str(k): str(v) for k, v in ((data.get("evidence") or {}).get("leads") or {}).items()},
            law_chain=law_chain,
            reason_and_law=re.compile(reason["pattern"]) if reason.get("pattern") else None,
            reason_and_law_replace=str(reason.get("replace", "Daarom")),
            te_frame_verbs=frozenset(map(str.lower, (data.get("te_coordination") or {}).get("verbs", []))),
            reachable_words=frozenset(map(str.lower, (data.get("reachable") or {}).get("words", []))),
            reachable_labels=frozenset(map(str.lower, (data.get("reachable") or {}).get("labels", []))),
            reachable_prepositions=frozenset(map(str.lower, (data.get("reachable") or {}).get("prepositions", []))),
            reachable_sentence=str((data.get("reachable") or {}).get("sentence", "{antecedent} is {phrase}")),
            term_hours=re.compile((data.get("terms") or {})["hours"], re.IGNORECASE) if (data.get("terms") or {}).get("hours") else None,
            purpose_fronted_openers=frozenset(map(str.lower, (data.get("fronted_purpose") or {}).get("openers", []))),
            purpose_fronted_leads={str(k).lower(): str(v) for k, v in ((data.get("fronted_purpose") or {}).get("leads") or {}).items()},
            purpose_reader_verbs=frozenset(map(str.lower, (data.get("fronted_purpose") or {}).get("reader_verbs", []))),
            te_frame_conjunctions=frozenset(map(str.lower, (data.get("te_coordination") or {}).get("conjunctions", []))),
            implied_verbs=frozenset(str(v).lower() for v in implied.get("verbs") or []),
            implied_objects=tuple(str(v).lower() for v in implied.get("objects") or []),
            implied_not_with=re.compile(r"(?<![\w-])(?:" + "|".join(
                r"\s+".join(map(re.escape, str(w).lower().split())) for w in implied["not_with"]) + r")(?![\w-])",
                re.IGNORECASE) if implied.get("not_with") else None,
        )


# --------------------------------------------------------------------------- text helpers

_WORD = re.compile(r"\w", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net|info)(?:/[^\s<>\"')]*)?\b",
                  re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                   r"november|december)(?:\s+\d{4})?\b", re.IGNORECASE)
_AMOUNT = re.compile(r"€\s?\d+(?:[.,]\d+)*(?:,-)?")
_PHONE = re.compile(r"(?<!\d)(?:\+31|0)\d{1,3}[\s-]?\d{2,4}[\s-]?\d{2,4}(?:[\s-]?\d{2})?(?!\d)|\b14\s?0\d{2,3}\b")
NEGATIONS = ("niet", "geen", "nooit", "niets", "nergens", "niemand")
_QUOTED = re.compile(r"[\"“„'‘«][^\"”“'’»]{1,80}[\"”'’»]")
_U_FORMS = {"U", "Uw", "Uzelf"}


class ListItem(str):
    """A piece of a split sentence that is a list item, not a sentence: it follows the sentence
    before it ("... ten minste bevatten:") and needs no finite verb of its own. ``mark`` is the
    original's own letter or number ("a.", "2)") where it had one, since the letter may refer to it
    ("Ad a."); None for a bullet."""

    mark: str | None = None

    @classmethod
    def marked(cls, text: str, mark: str) -> "ListItem":
        item = cls(text)
        item.mark = mark
        return item


class PointsBack(str):
    """A sentence a split adds that points at the piece right before it ("Dat blijkt uit het
    onderzoek."): made only when that piece is the last of its sentence, so that no piece split off
    earlier ("Daardoor …") comes to point at it instead."""


class TakenOut(PointsBack):
    """A clause taken from inside a piece that follows it as a sentence of its own ("Uw voormalige
    partner stond op 1 januari op het adres Stationsweg 31 ingeschreven."): made only when that
    piece is the last of its sentence, as PointsBack, so that a piece split off earlier
    ("Daardoor staat u …") keeps following the piece it points at."""


class WholePointer(str):
    """A sentence made of a clause about all of the piece before it ("…, hetgeen het college juist heeft
    bevonden" -> "Dit heeft het college juist bevonden."): that piece is not split again, or "Dit"
    would be about its last part only (red team 31, 01-T9)."""


class TermSentence(str):
    """"Dat moet binnen twee weken na …": a term taken out of the clause of its finite verb
    (``verb``: "moet"). It stays right after the piece with that verb when that piece is split
    again ("Dan moet u dat melden. Dat moet binnen twee weken …. Daarna zal het college …"), never
    after a clause with another verb and actor (red team 31, 03-T3)."""

    verb: str = ""


class AfterSentence(str):
    """A sentence a split adds that names what it is about ("Het adres van de Rechtbank X is …"): it
    goes after every piece of its sentence, so that a piece split off earlier ("Dat kan binnen zes
    weken …") keeps following the sentence it points at."""


def _term_after_its_verb(parts: list, term: TermSentence) -> list | None:
    """The parts of a piece split again, with the term sentence that followed the piece right after
    the part that holds its verb; None when no plain part (no list item, nothing that must stay last)
    holds it, or the part after it must follow that part."""
    holder = next((index for index, part in enumerate(parts) if not isinstance(part, ListItem)
                   and re.search(rf"(?<![\w-]){re.escape(term.verb)}(?![\w-])", part, re.IGNORECASE)), None)
    if holder is None or any(isinstance(part, (ListItem, PointsBack, AfterSentence, TermSentence)) for part in parts[holder + 1:]):
        return None
    return [*parts[:holder + 1], term, *parts[holder + 1:]]


def word_count(text: str) -> int:
    """Words as a reader counts them: every piece with a letter or digit."""
    return sum(1 for piece in text.split() if _WORD.search(piece))


# a sentence end inside a unit of text: ".", "?" or "!" after a word of three letters or more (not an
# initial, "mevrouw I. van Lienden") or a number, before a capital
_SENTENCE_BREAK = re.compile(r"(?<=[\w\d]{3}[.?!])\s+(?=[\"“(]?[A-Z])|(?<=\d[.?!])\s+(?=[A-Z])")


@functools.lru_cache(maxsize=1)
def _no_sentence_end() -> frozenset[str]:
    """Abbreviations and titles after which no sentence ends (rules/lexicon/sentences.yaml)."""
    from letterlint.nlp.pipeline import sentence_lexicon

    lexicon = sentence_lexicon()
    return frozenset(word.lower() for word in lexicon["abbreviations"]) | frozenset(lexicon["titles"])


def sentence_length(text: str) -> int:
    """The words of the longest sentence in a unit of text: a list item may hold several sentences
    ("Adres: Havikstraat 21, 0992 MC Oudewaard. Hier woont uw zus. …"), each short enough (red team
    27: such an item was marked as one sentence of 25 words). No sentence ends after an abbreviation
    or a title (rules/lexicon/sentences.yaml: "de heer ing. R. Post" goes on)."""
    if _SENTENCE_BREAK.search(text) is None:
        return word_count(text)
    never = _no_sentence_end()
    longest, start = 0, 0
    for match in _SENTENCE_BREAK.finditer(text):
        before = text[start:match.start()].split()
        if before and before[-1].lower() in never:
            continue
        longest = max(longest, word_count(text[start:match.start()]))
        start = match.end()
    return max(longest, word_count(text[start:]))


def _sentence_case(text: str) -> str:
    """A finished sentence: single spaces, no space before punctuation, a capital, a full stop."""
    text = _spaced(text)
    text = re.sub(r"^[\s,;:]+", "", text)
    text = re.sub(r"[\s,;:]+([.!?])$", r"\1", text)
    announces_list = text.endswith(":")  # "... de volgende stukken te sturen:" keeps its colon
    text = text.rstrip(" ,;:")
    if not text:
        return text
    if announces_list:
        text += ":"
    elif text[-1] not in ".!?":
        text += "."
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _item_text(text: str) -> str:
    """A finished list item: spaced as a sentence, without the punctuation that joined it to the next."""
    return _spaced(text).strip(" ,;")


def _spaced(text: str) -> str:
    """Single spaces, none before punctuation or inside brackets, merge fields and quotes."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    # a merge field is one unit ("«hersteldatum»", "<<naam>>"), whatever the tokenizer made of it
    text = re.sub(r"«\s*([^»\n]{1,60}?)\s*»", r"«\1»", text)
    text = re.sub(r"<\s*<\s*([^<>\n]{1,60}?)\s*>\s*>", r"<<\1>>", text)
    # a quoted term keeps its quotes against it ("de zogenoemde \"inlichtingenplicht\"")
    text = re.sub(r'"\s*([^"\n]{1,80}?)\s*"', r'"\1"', text)
    # and in single quotes, when the tokens left spaces inside both ("de functie ' Wonen '"; an
    # apostrophe as in "'s avonds" or "zo'n" has no space on its inner side)
    text = re.sub(r"(^|[\s(])'\s+([^'\n]{1,80}?)\s+'(?=[\s.,;:!?)]|$)", r"\1'\2'", text)
    text = re.sub(r"([„“])\s+", r"\1", text)
    text = re.sub(r"\s+([”])", r"\1", text)
    return re.sub(r",(\s*,)+", ",", text)


# a negated noun phrase still open where a citation starts ("geen eigen bijdrage ")
_NEGATED_PHRASE = re.compile(r"\b(?:geen|niet)\b[^,;:.()]{0,60}$", re.IGNORECASE)


def _plural_agreement(noun: "Token", new: str) -> bool:
    """Whether a plural noun that a singular word would replace ("inlichtingen" -> "informatie") has a
    verb that agrees with it: as its subject, or in a relative clause right after it (red team 21,
    03-T11: "de informatie te verstrekken die voor uw bijstand van belang zijn")."""
    if "Plur" not in noun.morph.get("Number") or " " in new.strip() or new.lower().endswith(("en", "s")):
        return False
    doc = noun.doc
    verbs = []
    if noun.dep_ in ("nsubj", "nsubj:pass"):
        verbs += [noun.head, *noun.head.children]
    # the relative word right after the noun, or after the verbs it went past ("de inlichtingen te
    # verstrekken die …"), with no other noun between
    index = next((t.i for t in doc[noun.i + 1:noun.i + 5] if t.lower_ in ("die", "welke")), None)
    if index is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[noun.i + 1:index]):
        index = None
    if index is not None:
        for token in doc[index + 1:]:
            if token.text in ",;:.!?":
                break
            verbs.append(token)
    return any(_is_finite(v) and "Plur" in v.morph.get("Number") for v in verbs)


def _points_at_a_noun(token: "Token") -> bool:
    """A relative word that points at a noun ("die", "welke", "waarop"), not at a whole clause ("wat",
    "hetgeen") or a moment ("waarna": "Daarna …" reads the same after any sentence)."""
    word = token.lower_
    if word in ("wat", "hetgeen", "waarna", "zodat"):
        return False
    return word in _RELATIVE_WORDS or (word.startswith("waar") and len(word) > 5)


_SHORT_INSERTED_CLAUSE = 6  # words: "waarvan u eigenaar bent", "die daar woont", "dat u huurt"


def _after_another_relative(doc, comma: int) -> bool:
    """Whether the stretch before ``comma`` (back to the comma before it) is a short relative clause:
    a relative clause stacked on it ("het pand, waarvan u eigenaar bent, waarop u uw zienswijze heeft
    gegeven") may point at a noun before both (the voornemen), which no "Daarop …" can show; split off,
    it pointed at the pand (red team 22, 04-T1, misleading)."""
    before = next((t.i for t in reversed(doc[:comma]) if t.text == ","), None)
    if before is None or before + 1 >= comma or comma - before - 1 > _SHORT_INSERTED_CLAUSE:
        return False  # a longer clause before it is where the sentence went on, not an insertion
    first = doc[before + 1]
    return _points_at_a_noun(first) and (first.lower_ != "dat" or first.pos_ == "PRON")


def _dat_clause_alone(doc) -> bool:
    """Whether a sentence is only a "dat"-clause: it opens with "dat" or "en dat" that is not a
    demonstrative before its verb ("Dat staat los van …"), and no main clause follows after a comma
    ("Dat de kaart gestolen is, doet daaraan niet af" is a sentence). "Het college overweegt dat A; dat
    B; en dat C" cut at its semicolons had made "Dat voor de dakkapel … is verleend, terwijl …" and
    "En dat, nu …" (red team 21, 04-T7)."""
    words = [t for t in doc if not t.is_space and not (t.is_punct and t.text in "\"'(")]
    if words[:1] and words[0].lower_ in ("en", "of", "maar"):
        words = words[1:]
    if len(words) < 3 or words[0].lower_ != "dat" or _is_finite(words[1]):
        return False
    return not any(t.text == "," and t.i + 1 < len(doc) and _is_finite(doc[t.i + 1]) for t in doc)


# a verb form of "u"/"je" right after "en" without its subject: "Daarvoor moet u een afspraak maken en bent
# leges verschuldigd" (the second clause lost the "u" it shared, red team 21, 08-T15)
_SECOND_PERSON_ALONE = re.compile(r"\b(?:en|of|maar) (?:bent|hebt|kunt|zult|wilt)\b(?! (?:u|je|jij)\b)", re.IGNORECASE)


def _preposition_repeated(doc, last: "Token", new: str) -> bool:
    """Whether a phrase that ends in a preposition ("met uitzondering van") is followed in its clause
    by a coordinated second object with the same preposition ("… en van alle bijschrijvingen"): an
    alternative without it ("behalve") would leave the second "van" hanging (red team 20, 03-T9)."""
    if last.pos_ != "ADP" or new.lower().split()[-1:] == [last.lower_]:
        return False
    for token in last.doc[last.i + 1:]:
        if token.text in ";:" or _is_finite(token):
            return False
        if token.lower_ == last.lower_ and token.i > 0 and doc[token.i - 1].lower_ in ("en", "of", "noch"):
            return True
    return False


def _glued_pairs(doc) -> list[tuple[re.Pattern, str]]:
    """Neighbouring tokens the original writes together ("1°.", "'s-Hertogenbosch", "art.4") that
    ``_join`` spaces apart once a sentence is rebuilt: each as (the spaced form, the original form),
    for the spaced forms the original sentence itself does not have."""
    if doc is None:
        return []
    pairs = {}
    for first, second in zip(doc, doc[1:]):
        if first.whitespace_ or second.is_space or first.is_space:
            continue
        spaced, written = f"{first.text} {second.text}", first.text + second.text
        if spaced in doc.text or _spaced(spaced) == written:
            continue
        pairs[spaced] = written
    # a word boundary only where the pair starts or ends with a word character ("dB (A)": "(" is
    # followed by "A")
    return [(re.compile((r"(?<!\w)" if spaced[0].isalnum() else "") + re.escape(spaced)
                        + (r"(?!\w)" if spaced[-1].isalnum() else "")), written) for spaced, written in pairs.items()]


def _reglued(piece: str, glued: list[tuple[re.Pattern, str]]) -> str:
    """The piece with the original's written-together tokens together again; a ListItem keeps its
    mark, a PointsBack or AfterSentence its kind."""
    text = str(piece)
    for spaced, written in glued:
        text = spaced.sub(lambda _: written, text)
    if text == piece:
        return piece
    if type(piece) is str:
        return text
    again = type(piece)(text)
    again.__dict__.update(piece.__dict__)
    return again


def _join(pieces: list[tuple[str, str]]) -> str:
    """Pieces as (text, whitespace after) joined; spacing is normalised afterwards."""
    return "".join(text + (space or " ") for text, space in pieces if text).strip()


def _pieces(tokens: Iterable["Token"]) -> list[tuple[str, str]]:
    return [(token.text, token.whitespace_) for token in tokens]


def _neuter_noun_before(doc, comma: int) -> bool:
    """Whether the phrase before the comma at ``comma`` holds a singular het-word ("een onderzoek naar
    uw woonsituatie,"): back to a finite verb, a conjunction or other punctuation."""
    index = comma - 1
    while index >= 0 and not (doc[index].is_punct or doc[index].pos_ in ("CCONJ", "SCONJ") or _is_finite(doc[index])):
        token = doc[index]
        if token.pos_ == "NOUN" and "Plur" not in token.morph.get("Number") and (
                "Neut" in token.morph.get("Gender")  # or by its article, where the tags give no gender
                or any(child.dep_ == "det" and child.lower_ in ("het", "dit", "dat") for child in token.children)):
            return True
        index -= 1
    return False


# determiners that show a noun's gender whatever the tagger guessed ("de borg" is a de-word even when
# the tags call it neuter); "deze", "die" and "onze" go with de-words and plurals
_NEUTER_DETERMINERS = frozenset({"het", "dit", "dat", "ons"})
_OTHER_DETERMINERS = frozenset({"de", "deze", "die", "onze"})


def _determiners(noun: "Token") -> set[str]:
    """The words the parse hangs before a noun as its determiners ("de", "het", "deze")."""
    return {c.lower_ for c in noun.children if c.dep_ == "det" and c.i < noun.i}


def _relative_for(noun: "Token", neuter: str, other: str) -> str | None:
    """The relative pronoun a noun takes ("dat" after a singular het-word, "die" after any other
    noun): by its own article or demonstrative where it has one, else by its tags; None when
    neither says."""
    determiners = _determiners(noun)
    if determiners & _NEUTER_DETERMINERS and not determiners & _OTHER_DETERMINERS:
        return neuter if "Plur" not in noun.morph.get("Number") else None
    if determiners & _OTHER_DETERMINERS and not determiners & _NEUTER_DETERMINERS:
        return other
    gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
    if "Plur" in number:
        return other
    if "Sing" in number and gender == ["Neut"]:
        return neuter
    if "Sing" in number and gender and "Neut" not in gender:
        return other
    return None


def _inside_unclosed_relative(tokens: list["Token"], verb: "Token") -> bool:
    """Whether ``verb`` comes after a relative clause opened after a comma (", welke aanslag …", ",
    die …", ", waarvan …") with no comma between that opening and the verb: then it is the verb of
    that relative clause, not of the clause around it."""
    opened = False
    for token in tokens:
        if token.i >= verb.i:
            return opened
        if token.text == "," and token.i + 1 < len(token.doc):
            following = token.doc[token.i + 1]
            opened = following.lower_ in _RELATIVE_WORDS or following.lower_.startswith("waar")
    return False


def _whether_clause(verb: "Token", conj: "Token") -> bool:
    """Whether a clause the parse coordinates with a participle is its "of" complement: "is door ons
    beoordeeld of deze voldoet aan de eisen" ("whether", read as "or"): opened by "of" right after the
    participle, with a subject and a finite verb of its own."""
    opener = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (conj.dep_ == "conj" and conj.i > verb.i and opener is not None and opener.lower_ == "of"
            and any(c.i == opener.i and c.dep_ == "cc" for c in conj.children) and _is_finite(conj)
            and any(c.dep_ in ("nsubj", "nsubj:pass") for c in conj.children))


def _left_out(token: "Token") -> "_Edit":
    """A jargon word taken out with one space: the one after it, or before a punctuation mark the one
    before it ("treft u de motivering aan." -> "vindt u de motivering.")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and not following.is_punct:
        start, end = token.idx, following.idx
    else:
        start = doc[token.i - 1].idx + len(doc[token.i - 1].text) if token.i else token.idx
        end = token.idx + len(token.text)
    return _Edit(start, end, "", Transformation("jargon", f"'{token.text}' weg"))


def _verbless_stretch(rest, finite_only: bool = False) -> bool:
    """Whether the words after a comma, up to the next comma or the end (:func:`_stretch`), hold no
    verb at all: more of a list ("…, rioolheffing van € 241,20 en hondenbelasting van € 118,50") or a
    phrase ("…, in totaal € 716,10") that goes with what came before the comma. With ``finite_only``:
    no finite verb, but a verb that shares one before the comma ("…, en daarbij aanbevolen het dak met
    riet te dekken")."""
    stretch = [t for t in _stretch(rest[0]) if not t.is_punct] if len(rest) else []
    if finite_only:
        return any(t.pos_ in ("VERB", "AUX") for t in stretch) and not any(_is_finite(t) for t in stretch)
    return bool(stretch) and not any(t.pos_ in ("VERB", "AUX") for t in stretch)


def _condition_cue(doc, index: int) -> bool:
    """Whether a condition opens at ``index``: "mits", "tenzij" or "op voorwaarde dat"."""
    return doc[index].lower_ in ("mits", "tenzij") or [w.lower_ for w in doc[index:index + 3]] == ["op", "voorwaarde", "dat"]


def _relative_after_phrase(pronoun: "Token", neuter: str, other: str) -> str | None:
    """The relative pronoun for ", welke …" where the parse did not hang the clause on a noun ("de
    aanslag afvalstoffenheffing 2026 van € 384,00, welke is opgelegd …"): read from the noun phrase
    right before the comma, back to the verb or clause word before it. Every noun in it must take the
    same word and say so; a name right before the comma (a place takes "dat", a person "die"), a
    noun after "welke" (a determiner: "welke machtiging …") or a merge field leave it alone."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].text != "," or pronoun.i + 1 >= len(doc):
        return None
    following = doc[pronoun.i + 1]
    if following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or following.is_punct:
        return None
    nouns: list["Token"] = []
    for token in reversed(doc[:pronoun.i - 1]):
        if token.pos_ in ("VERB", "AUX", "SCONJ", "ADV") or token.is_punct or \
                token.pos_ == "PRON" and "Yes" not in token.morph.get("Poss"):  # ("uw huur" goes on)
            break  # (coordinated nouns go on: "het formulier en de bijlagen" must agree too)
        if token.pos_ in ("NOUN", "PROPN"):
            nouns.append(token)
    # the nearest noun ends the phrase, or only a number or an amount follows it ("2026", "€ 384,00")
    if not nouns or nouns[0].pos_ != "NOUN" or any(
            t.pos_ not in ("NUM", "SYM", "ADP") for t in doc[nouns[0].i + 1:pronoun.i - 1]):
        return None
    if any(_in_merge_field(t) for t in nouns):
        return None
    words = {_relative_for(t, neuter, other) if t.pos_ == "NOUN" else other for t in nouns}
    if len(words) != 1 or None in words:
        return None
    new = words.pop()
    if new == neuter and any(t.pos_ == "PROPN" or not _determiners(t) & _NEUTER_DETERMINERS for t in nouns):
        return None  # a name may be a person, who takes "die"; "dat" only where "het"/"dit" shows it
    return new


def _noun_may_be_object(clause: list["Token"], head: "Token") -> bool:
    """Whether a condition of two coordinated clauses has a pronoun as the subject of the first and
    a noun the parse calls the subject of the second: "Indien u een verzoek heeft ingediend en het
    college daarvan in kennis heeft gesteld" - "u" does both, "het college" is informed. Made a
    question, the finite verb would go before the noun and make it the subject ("… en heeft het
    college daarvan in kennis gesteld?", red team 17)."""
    first = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not first or first[0].pos_ != "PRON":
        return False
    inside = {t.i for t in clause}  # the clause holds its head
    for token in clause:
        if token.pos_ in ("VERB", "AUX") and token.dep_ == "conj" and token.head.i in inside and any(
                c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") for c in token.children):
            return True
    # the parse may also hang the second clause beside the first one ("… ingediend en het college …
    # heeft gesteld" as two clauses of the sentence): a noun right after "en" then opens it
    for token in clause[1:]:
        if token.lower_ == "en" and token.i + 1 < len(token.doc):
            after = token.doc[token.i + 1:token.i + 3]
            if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubj:pass") for t in after):
                return True
    return False


def _subject_first_conjunct(question: str) -> bool:
    """Whether a condition made a question kept a coordinated clause in its own order ("Blijkt uw
    inkomen hoger te zijn geweest …, of u in die periode een vermogen … heeft gehad?", red team 19):
    the verb of the second clause stayed at its end. Inside a "dat"-clause both halves keep that
    order rightly ("Blijkt achteraf dat u … heeft verstrekt en u … zou hebben ontvangen?")."""
    for found in re.finditer(r"(,?) (?:en|of|ofwel|dan wel) (?:u|je|jij|hij|zij|wij|we)\b", question):
        if found.group(1) or not re.search(r"\bdat\b", question[:found.start()]):
            return True
    return False


def _inside_noun_phrase(verb: "Token") -> bool:
    """A verb form that works inside a noun phrase: a participle as an adjective ("de verleende
    vergunning"), an infinitive as a noun ("het verstrekken van drank")."""
    return not _is_finite(verb) and (verb.dep_ in ("amod", "nmod", "obl") or any(
        child.dep_ == "det" for child in verb.children))


_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def _doubled_word(original: str, sentences: list[str]) -> str | None:
    """A word written twice in a row that the original does not write twice: two replacements that
    meet ("niet 24 m², doch slechts 18 m²" had become "maar maar 18 m²"; red team 32, 09-T9)."""
    before = {match.group(0).lower() for match in _DOUBLED.finditer(original)}
    for sentence in sentences:
        for match in _DOUBLED.finditer(sentence):
            if match.group(0).lower() not in before and not match.group(1).isdigit():
                return match.group(0)
    return None


def _bare_field_names(original: str, sentences: list[str]) -> str | None:
    """A merge field's name that the sentences write without its delimiters ("Deze naam_andere_ouder"
    for "«naam_andere_ouder»") where the original does not: a merge leaves it standing as it is."""
    # (names that read as identifiers only: a field "{{ naam }}" beside "op naam van" is no leak)
    names = {name for name in (re.sub(r"[^\w.]", "", field) for field in MERGE_FIELD.findall(original))
             if re.search(r"[_.\d]", name)}
    if not names:
        return None
    bare_before = MERGE_FIELD.sub(" ", original)
    for sentence in sentences:
        outside = MERGE_FIELD.sub(" ", sentence)
        for name in names:
            pattern = rf"(?<![\w.]){re.escape(name)}(?![\w.])"
            if name and re.search(pattern, outside) and not re.search(pattern, bare_before):
                return name
    return None


def _in_merge_field(token: "Token") -> bool:
    """Whether the token is (part of) a merge field: "«bedrag»", "<<naam>>", "{{ naam }}"."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return bool(MERGE_FIELD.search(token.text)) or (before in ("«", "<<", "{{") and after in ("»", ">>", "}}"))


def _lower_first(token: "Token") -> str:
    """A sentence-initial word as it reads inside a sentence ("Uw" -> "uw", "U" -> "u", names kept)."""
    text = token.text
    if (token.i == token.sent.start and text[:1].isupper() and token.pos_ != "PROPN"
            and not (len(text) > 1 and text.isupper()) and (text[1:].islower() or text == "U")):
        return text[0].lower() + text[1:]
    return text


_PLURAL_PRONOUNS = {"wij", "we", "jullie", "zij", "ze"}
# a day named in words, a pointer back at one, and a date in the calendar (Simplifier._day_pointer_moved)
_DAY_NAMED = re.compile(r"\b(?:de\s+(?:dag|datum)\s+(?:van|waarop|na)|(?:de\s+)?dagtekening)\b", re.IGNORECASE)
_DAY_POINTER = re.compile(r"\b(?:die|deze|dat|dit)\s+(?:dag|datum)\b", re.IGNORECASE)
_CALENDAR_DATE = re.compile(r"\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                            r"november|december)\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b", re.IGNORECASE)
# who may do what the letter does ("Hierbij bevestigen wij …") or undergo it ("wordt u hierbij aangemaand")
_PERFORMATIVE_SUBJECTS = {"wij", "we", "ik", "u", "je", "jij"}
_SUBJECT_PRONOUNS = {"u", "wij", "we", "ik", "hij", "zij", "ze", "jij", "je", "jullie", "het", "er"}
# finite forms whatever the tagger says (it may read "zult" as an infinitive)
_ALWAYS_FINITE = frozenset({"zult", "zal", "kunt", "kan", "wordt", "heeft", "hebt", "bent", "moet", "mag", "wilt", "is"})
# plural auxiliaries that lead a cluster of verbs at the end of a clause ("moeten optreden")
_PLURAL_AUXILIARIES = frozenset({"moeten", "kunnen", "mogen", "zullen", "willen", "dienen", "hebben", "worden", "zijn"})
# finite forms whose subject can only be "u" (or "je"/"jij"): "en de kosten verschuldigd bent"
_U_ONLY_FORMS = frozenset({"bent", "hebt", "kunt", "wilt", "zult"})
_RELATIVE_WORDS = {"die", "dat", "welke", "welk", "wat", "hetgeen", "wie"}
# the relations of a clause inside another one (see Simplifier._nested_clauses)
_NESTED_CLAUSES = ("acl:relcl", "acl", "advcl", "ccomp", "csubj")


def _welk_agrees(welke: "Token", noun: "Token") -> bool:
    """Whether "welk(e)" can be the determiner of ``noun``: "welk" only before a singular het-word,
    "welke" before any other noun. "…, welke onderdeel uitmaakt van dit besluit" has no "welke N":
    "welke" is the pronoun and "onderdeel" belongs to the verb."""
    neuter_single = "Neut" in noun.morph.get("Gender") and "Sing" in noun.morph.get("Number")
    return neuter_single if welke.lower_ == "welk" else not neuter_single
_POSSESSIVES = {"uw", "haar", "zijn", "hun", "onze", "ons", "mijn", "je", "jouw"}


def _is_finite(token: "Token") -> bool:
    """A finite verb: tagged VerbForm=Fin, or a plural present that the tagger read as an
    infinitive (the forms are the same: "waarbij de inkomsten worden meegeteld") — an infinitive
    form without "te" whose own clause has a plural subject."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    form = token.morph.get("VerbForm")
    if "Fin" in form:
        return True
    if "Inf" not in form or not token.text.endswith("en"):
        return False
    if token.i and token.doc[token.i - 1].lower_ == "te":
        return False
    if any(c.dep_ in ("aux", "aux:pass", "cop") and "Fin" in c.morph.get("VerbForm") for c in token.children):
        return False  # "zullen komen": the auxiliary is the finite verb
    clause = token.head if token.dep_ in ("aux", "aux:pass", "cop") else token
    if token.dep_ in ("aux", "aux:pass", "cop") and any(
            c.i != token.i and c.dep_ in ("aux", "aux:pass", "cop") and "Fin" in c.morph.get("VerbForm")
            for c in clause.children):
        return False  # "zal ... worden": the finite verb is another one
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].i > token.i:
        return False
    subject = subjects[0]
    return "Plur" in subject.morph.get("Number") or subject.lower_ in _PLURAL_PRONOUNS


# a section or item number in front of a sentence: "2.2", "3.", "1°", "a."
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?|\d+°|°|[a-z]\.")

# the auxiliaries and copulas that open a yes/no question ("Zijn de gegevens niet ontvangen?")
_QUESTION_VERBS = _ALWAYS_FINITE | _PLURAL_AUXILIARIES | {"ben", "word", "heb", "wil"}


def has_finite_verb(doc) -> bool:
    """A finite verb by its tags, or a yes/no question that opens with an auxiliary: the tagger
    reads "Zijn de gevraagde gegevens niet ontvangen?" as the possessive "zijn" (no possessive
    stands before an article), but a question's first word is its finite verb."""
    if any(_is_finite(token) for token in doc):
        return True
    words = [token for token in doc if not token.is_space]
    if len(words) < 3 or words[-1].text != "?" or words[0].lower_ not in _QUESTION_VERBS or words[1].is_punct:
        return False
    # the possessive stands before a noun or an adjective ("Zijn brief van 3 maart?")
    return words[0].lower_ != "zijn" or words[1].pos_ not in ("NOUN", "ADJ", "PROPN")


_ITEM_MARKER = re.compile(r"([a-z]|\d{1,2}|[ivx]{1,4})([.)])?")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _item_marker(doc, index: int) -> tuple[str, str, int] | None:
    """(letter or number, its closing "." or ")", index of the item's first word) for the mark of an
    item inside a sentence at token ``index``: "a." (one token), "1" "." or "2" ")"."""
    if index >= len(doc):
        return None
    found = _ITEM_MARKER.fullmatch(doc[index].text)
    if found is None:
        return None
    if found.group(2):
        return found.group(1), found.group(2), index + 1
    if found.group(1).isdigit() and index + 1 < len(doc) and doc[index + 1].text == "°":  # "1°." (red team 20)
        if index + 2 < len(doc) and doc[index + 2].text in (".", ")"):
            return found.group(1), "°" + doc[index + 2].text, index + 3
        return found.group(1), "°", index + 2
    if index + 1 < len(doc) and doc[index + 1].text in (".", ")"):
        return found.group(1), doc[index + 1].text, index + 2
    return None


def _in_order(values: list[str]) -> bool:
    """Whether item marks count up from the start: a, b, c; 1, 2, 3; i, ii, iii."""
    for series in ([chr(c) for c in range(ord("a"), ord("z") + 1)], [str(n) for n in range(1, 100)], list(_ROMAN)):
        if values == series[:len(values)]:
            return True
    return False


def _marked_item_after(doc, index: int) -> bool:
    """Whether an item mark ("b.", "2)") follows at ``index``, after an "en" or "of" that joins it."""
    if index < len(doc) and doc[index].lower_ in ("en", "of"):
        index += 1
    return _item_marker(doc, index) is not None


_WAAR_WORDS = re.compile(r"^waar(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)$")


def _subordinator(token: "Token", first: bool) -> bool:
    """A word that opens a subordinate clause: a subordinating conjunction ("dat", "mits") or a
    relative word ("die", "waarbij"). "als" and "dan" only first in their stretch: inside one they
    compare ("het gebruik als bed & breakfast")."""
    if token.pos_ == "SCONJ":
        return first or token.lower_ not in ("als", "dan", "of")
    return ("Rel" in token.morph.get("PronType") or token.lower_ in ("welke", "welk", "hetgeen")
            or bool(_WAAR_WORDS.match(token.lower_)))


def _without_inserted_clauses(tokens: list["Token"]) -> list["Token"]:
    """The tokens without a clause set off by commas that opens with a subordinator (", als u in
    een andere gemeente woont,"); a clause without its closing comma is kept."""
    kept: list["Token"] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.text == "," and index + 1 < len(tokens) and _subordinator(tokens[index + 1], True):
            close = next((j for j in range(index + 1, len(tokens)) if tokens[j].text == ","), None)
            if close is not None:
                index = close + 1
                continue
        kept.append(token)
        index += 1
    return kept


def has_main_clause_verb(span) -> bool:
    """Whether the span has the finite verb of a main clause: in some stretch between commas, a
    finite verb with no word before it that opens a subordinate clause. "de organisator toe te staan
    met de opbouw te beginnen, mits de afbouw … is voltooid" has its finite verb only in its
    condition. On the tags, not the tree: across a semicolon the parse often hangs one half under the
    other. Where the tagger misses a verb, a later stretch may pass for a main clause: the test only
    refuses what it is sure of."""
    stretch: list["Token"] = []
    for token in [*span, None]:
        if token is not None and token.text not in (",", ";"):
            stretch.append(token)
            continue
        for index, word in enumerate(stretch):
            if _subordinator(word, index == 0):
                break
            if _is_finite(word):
                return True
        stretch = []
    return False


def _verb_second(span) -> bool:
    """Whether the span opens as a Dutch main clause: its first finite verb comes first (a question,
    a command) or after one phrase ("Dan verbeurt u …", "Het college legt …"). An item that goes on
    from its lead ("…, inhoudende dat u: binnen zestien weken de bewoning beëindigt") has two
    phrases before its verb."""
    finite = next((t for t in span if _is_finite(t) or t.text in ",;:"), None)
    if finite is None or not _is_finite(finite):
        return False
    front = [t for t in span if t.i < finite.i]
    inside = {t.i for t in front}
    if len([t for t in front if t.head.i not in inside or t.head.i == t.i]) > 1:
        return False
    # the verbs at the end of their stretch ("… de bewoning beëindigt en beëindigd houdt,"): a clause
    # that goes on from its lead, whatever phrase the parse hung the words before it on
    rest = []
    for token in span:
        if token.i <= finite.i:
            continue
        if token.text in ",;:":
            break
        rest.append(token)
    return not front or any(t.pos_ not in ("VERB", "AUX", "CCONJ", "PART") for t in rest)


# a law named by pointing back at a citation in the same sentence: "van die wet", "dezelfde regeling"
_POINTS_AT_LAW = re.compile(r"\b(?:die|deze|dezelfde|diezelfde|datzelfde|dat|dit)\s+(?:wet|regeling|verordening|artikel|wetsartikel)\b", re.IGNORECASE)


# a short "label: value" sentence ("Tijd: 15.00 uur."): data, shown with the sentence after it
_LABEL_SENTENCE = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,2}:\s+\S+(?:\s+\S+){0,5}$")


def _sentences_in(doc) -> list:
    """The sentences of a parse with words in them; empty when the parse has no sentence bounds."""
    if not doc.has_annotation("SENT_START"):
        return []
    return [span for span in doc.sents if any(not t.is_punct and not t.is_space for t in span)]


def _named_before_last_clause(text: str, noun: str) -> bool:
    """Whether a text names the noun (on its own or at the end of a compound: "het achterstallige
    bedrag", "het alimentatiebedrag") only before its last clause (after its last ";"): a clause
    after it may name another thing of that kind, which "dit"/"deze" would point at instead."""
    clauses = re.split(r";", text.lower())
    names = [any(word == noun or word.endswith(noun) for word in re.findall(r"[\w-]+", clause)) for clause in clauses]
    return any(names[:-1]) and not names[-1]


# a chain of citations joined after a comma: "artikel 16 van de Awr, in samenhang met artikel 231 …"
_COMMA_CHAIN = re.compile(r",\s*(?:in samenhang met|in verbinding met|gelezen in samenhang met|juncto|jo\.)\s", re.IGNORECASE)


def _chosen_by_next_word(doc: "Doc", start: int, index: int, before: frozenset[str], skippable: bool) -> bool:
    """Whether the word at ``index``, right after a jargon phrase that starts at ``start``, is one of
    ``before`` (simplify.yaml ``jargon_choices_before``): "NUM" for a number, "*wet" for a word ending
    in "wet", else the word itself. With ``skippable`` (``skip_determiners``), determiners and
    adjectives may come first ("op grond van de verordening", "op grond van vaste jurisprudentie"),
    and the phrase may not follow a noun."""
    if skippable and start > 0 and doc[start - 1].pos_ in ("NOUN", "PROPN"):
        return False  # after a noun it names what the noun is under: "bijstand op grond van de Participatiewet"
    for token in doc[index:index + (3 if skippable else 1)]:
        word = token.lower_
        if word in before or "NUM" in before and token.pos_ == "NUM" and word != "een" \
                or any(w.startswith("*") and word.endswith(w[1:]) for w in before):
            return True
        if not skippable or not (token.pos_ in ("DET", "ADJ") or "Poss" in token.morph.get("Poss")):
            return False
    return False


def _clause_or_sentence(span) -> bool:
    """Whether a part of a sentence can stand as a sentence of its own, or lead one that a split
    adds ("Dat geldt alleen als …", "Dat komt omdat …"): it has a finite verb, and, when it is an
    infinitive clause ("de organisator toe te staan …, mits de afbouw … is voltooid", an item of
    "heeft besloten:"), one of a main clause (:func:`has_main_clause_verb`). Split after an item of
    several decisions, the added sentence could hold for all of them (red team 16). The stricter test
    only for infinitive clauses: the tagger misses rare verbs ("schort … op"), which the looser test
    survives."""
    if not has_finite_verb(span):
        return False
    infinitive = any(t.lower_ == "te" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("VERB", "AUX")
                     for t in span)
    return not infinitive or has_main_clause_verb(span)


def _words(doc) -> list["Token"]:
    return [token for token in doc if not token.is_punct and not token.is_space]


def _verbs_after_its_verb(clause: list["Token"], head: "Token") -> bool:
    """Whether a relative clause, as the parse spans it, goes on after a comma behind its own finite
    verb with another verb that no new clause opens: a Dutch relative clause ends in its verbs, so
    such a verb belongs to the sentence around it ("heeft u verzocht u toe te staan, …, waarvan de
    achtergevel is weggebroken, het dakbeschot aan te brengen": moved out with the clause, the request
    lost what it asked, red team 14). A clause opened after the verb ("… hoger is dan de winst
    waarvan bij …, op basis van …, werd uitgegaan") may end after a comma."""
    inside = {t.i for t in clause}
    own = [t.i for t in (head, *head.children) if t.i in inside and _is_finite(t)
           and (t is head or t.dep_ in ("aux", "aux:pass", "cop"))]
    finite = max(own) if own else next((t.i for t in clause if _is_finite(t)), None)
    if finite is None:
        return False
    after_comma = opened = False
    for token in (t for t in clause if t.i > finite):
        if token.text == ",":
            after_comma = True
        elif token.pos_ == "SCONJ" or token.lower_ in _RELATIVE_WORDS or token.lower_.startswith("waar") \
                or token.lower_ in ("zoals", "om"):
            opened = True
        elif after_comma and not opened and (_is_finite(token) or (
                token.pos_ in ("VERB", "AUX") and token.i > 0 and token.doc[token.i - 1].lower_ == "te")):
            return True  # a finite verb or a te-infinitive, not a participle of a list ("onder a, b genoemde")
    return False


def _verb_missed_before_a_comma(clause: list["Token"], head: "Token") -> bool:
    """Whether the parse's relative clause has its verb only after a comma inside it, while the words
    from the relative word to that comma hold no verb at all: a Dutch relative clause ends in its
    verb, so the tagger missed that verb and the clause ends at the comma ("dat het dakterras, dat tot
    op 0,50 meter van de erfgrens reikt, een onaanvaardbare inbreuk maakt op uw privacy": "reikt" read
    as a noun, the split took "maakt" from the dat-clause, red team 20, 05-T6). A comma right after
    the relative word opens an insertion ("die, na overleg met u, is vastgesteld")."""
    if head.i <= clause[0].i:
        return False
    commas = [t for t in clause[2:] if t.text == "," and t.i < head.i]
    if len(commas) != 1:
        return False  # two commas before the verb enclose an insertion ("waarvan de bevindingen, zoals
        # vastgelegd in de rapporten, hieronder zijn samengevat"; "zodat het verschil, € 104,00, …")
    comma = commas[0]
    if any(t.pos_ == "CCONJ" for t in clause if comma.i < t.i < head.i):
        return False  # an enumeration ("die uiterlijk op 29 januari, 26 februari en 31 maart … moeten zijn bijgeschreven")
    return not any(t.pos_ in ("VERB", "AUX") for t in clause[1:comma.i - clause[0].i])


# words that open a condition: a clause after them holds only under it ("voor zover" as two words)
_CONDITIONS = frozenset({"mits", "tenzij", "indien", "zolang", "ingeval", "voorzover"})


def _under_condition(doc, index: int) -> bool:
    """Whether the word at ``index`` lies inside a condition: a clause that opens there holds only
    under it, and as a sentence of its own it would be a fact ("…, mits de kamers geen eigen keuken
    krijgen, zodat geen woonruimte ontstaat", red team 14; "…, tenzij u aannemelijk maakt dat u het
    geld nodig heeft voor kosten, waarvoor geen andere voorziening beschikbaar is", red team 18). A
    condition after the main clause runs to the end of the sentence; one in front of it ("Indien u
    …, kunt u …") ends where the main clause starts, at a comma before a finite verb or "dan"."""
    first = next((t for t in doc if not (t.is_punct or t.is_space)), None)
    for token in doc[:index]:
        if not (token.lower_ in _CONDITIONS or (token.lower_ == "zover" and token.i > 0 and doc[token.i - 1].lower_ == "voor")
                or (token.lower_ in ("als", "wanneer") and token.i > 0 and doc[token.i - 1].lower_ == "alleen")):
            continue  # ("als" on its own is too often "as": "niet geldig als reisdocument"; "Dat geldt alleen als …")
        if first is not None and token.i <= first.i + 1 and any(
                t.text == "," and t.i + 1 < len(doc) and (_is_finite(doc[t.i + 1]) or doc[t.i + 1].lower_ == "dan")
                for t in doc[token.i + 1:index]):
            continue  # a condition in front, closed before the clause
        return True
    return False


def _main_clause_starts(doc, first: int, last: int) -> int | None:
    """Where the last main clause between ``first`` and ``last`` starts, after a clause in front of
    it or a report ("…, kunt u", "…, dan kunt u", "…, maar onze taxateur had"), or None."""
    starts = [t.i + 1 for t in doc[first:last] if t.text == "," and t.i + 1 < last and (
        _is_finite(doc[t.i + 1]) or doc[t.i + 1].lower_ in ("dan", "maar", "want"))]
    return starts[-1] if starts else None


def _indirect_question(doc, comma: int) -> bool:
    """Whether the "welke" after the comma at ``comma`` opens an indirect question, not a relative
    clause: "… onderzoekt of, en zo ja, in welke omvang u … in aanmerking komt" asks; split off,
    "In deze omvang komt u … in aanmerking" would state it (red team 14)."""
    return comma > 0 and doc[comma - 1].lower_ in ("of", "ja", "nee")


def _certain_antecedent(noun: "Token") -> bool:
    """Whether the parse's antecedent of a relative clause can be repeated in a sentence of its own.
    Not when it stands inside another relative clause: in "… aan een persoon die de leeftijd nog niet
    heeft bereikt, die … een inkomen heeft gehad" the second clause is about the person, while the
    parse may hang it on the nearer noun ("Deze leeftijd heeft … gehad"). Not when the noun heads a
    clause of its own ("Indien onverwijlde spoed, …, dat vereist, kan …"): the parser found no verb
    for "Indien" and took the clause's verb for a relative clause. Not when the noun belongs to a
    phrase of another noun (found while checking the red team 16 fixes)."""
    if any(ancestor.dep_ == "acl:relcl" for ancestor in noun.ancestors):
        return False
    if noun.dep_ == "nmod" and any(a.pos_ in ("NOUN", "PROPN") for a in noun.ancestors):
        # a noun inside a phrase that belongs to another noun: the clause may be about either ("de
        # ontheffing voor het verstrekken van drank, welke u op 2 november heeft aangevraagd" is about
        # the ontheffing; repeated, "deze drank" would be what was asked for)
        return False
    joined = lambda conj: any(c.dep_ == "cc" and c.lower_ in ("en", "of", "noch", "alsmede") for c in conj.children)  # noqa: E731
    if (noun.dep_ == "conj" and joined(noun)) or any(child.dep_ == "conj" and joined(child) for child in noun.children):
        # "met uitzondering van de bedragen en van alle bijschrijvingen, die leesbaar moeten blijven":
        # the clause may be about every noun of the coordination; "Deze bijschrijvingen" would narrow
        # it to one (red team 20, 03-T9); after "maar" ("geen besluit, maar een reactie op uw plan, die
        # …") it is about the second
        return False
    return not any(child.dep_ == "mark" for child in noun.children)


def _loose_punct(token: "Token") -> bool:
    """Punctuation a piece may lose at its end ("," before "doch"), not a closing quote or bracket that
    belongs to the words before it ("de functie 'Wonen', doch …" had become "… de functie 'Wonen.")."""
    return token.is_punct and token.text not in _CLOSERS


_CLOSERS = frozenset({"'", '"', "’", "”", ")", "]", "»", ">>"})


def _sentence_words(doc) -> list["Token"]:
    """The tokens of a sentence without spaces and without its closing ".", "!" or "?"."""
    words = [token for token in doc if not token.is_space]
    while words and words[-1].is_punct and words[-1].text in ".!?":
        words.pop()
    return words


def _contiguous(tokens: list["Token"]) -> bool:
    indices = sorted(token.i for token in tokens)
    return indices == list(range(indices[0], indices[-1] + 1)) if indices else False


def _subtree(token: "Token") -> list["Token"]:
    return sorted(token.subtree, key=lambda t: t.i)


def _is_clause_head(token: "Token") -> bool:
    """A verb, or a word with an auxiliary or copula: the head of a clause."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in ("cop", "aux", "aux:pass") for c in token.children)


def _fronted_clause(doc: "Doc", first, cues) -> tuple | None:
    """(head, clause, comma index) of a subordinate clause that opens the sentence with one of ``cues``
    ("Omdat ...", "Indien ...") and ends in a comma with at least two tokens after it; else None."""
    if first is None or first.text.lower() not in cues or first.dep_ != "mark":
        return None
    head = first.head
    clause = _clause_span(head)
    if not clause or clause[0].i != first.i or not _contiguous(clause):
        return None
    comma = clause[-1].i + 1
    if comma >= len(doc) - 2 or doc[comma].text != ",":
        return None
    return head, clause, comma


def _clause_span(token: "Token") -> list["Token"]:
    """A clause's tokens without the punctuation at its edges (the parse often hangs the comma
    before a clause on the clause)."""
    span = _subtree(token)
    while span and span[0].is_punct:
        span.pop(0)
    while span and _loose_punct(span[-1]):
        span.pop()
    return span


def _opening(tokens, phrases) -> tuple[str, ...] | None:
    """The first of ``phrases`` (tuples of lower-case words) that the tokens open with, or None."""
    return next((phrase for phrase in phrases if tuple(t.lower_ for t in tokens[:len(phrase)]) == phrase), None)


# the relations that open a clause of its own below a word
_CLAUSE_RELATIONS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"})


def _own_clause(verb: "Token") -> list["Token"]:
    """The words the parse hangs on ``verb`` inside its own clause: its subtree without the clauses
    below it ("aan ons" in "het bedrag, dat u aan ons verschuldigd bent, nog niet voldaan" is not)."""
    words = []
    for token in verb.subtree:
        head = token
        while head.i != verb.i and head.dep_ not in _CLAUSE_RELATIONS and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            words.append(token)
    return words


def _preposition_repeated(doc, last: "Token", choice: str) -> bool:
    """Whether a phrase of several words that ends in a preposition (``last``: "zich wenden tot",
    "met uitzondering van") that its choice changes or drops ("contact opnemen met", "behalve") has
    that preposition again after a conjunction later in the sentence ("… dan wel tot …", "… en van
    …"): the second complement would keep the old one ("behalve de bedragen en van alle
    bijschrijvingen")."""
    if last.pos_ != "ADP" or choice.lower().split()[-1] == last.lower_:
        return False
    rest = doc[last.i + 1:]
    return any(t.lower_ == last.lower_ and t.i > 1 and doc[t.i - 1].lower_ in ("of", "en", "wel", "noch", "dan")
               and not (doc[t.i - 1].lower_ == "en" and doc[t.i - 2].lower_ == "tot")  # "tot en met"
               for t in rest)


# words that say where a thing was named: "de onder 2 genoemde stukken", "de in artikel 4 bedoelde termijn"
_LOCATORS = frozenset({"onder", "sub", "hierna", "hieronder", "hierboven", "in", "bij"})


def _after_article_locator(doc, index: int, reach: int = 12) -> bool:
    """Whether the word at ``index`` stands in a noun phrase that names a place in the letter right
    after its article: "de onder 1, a tot en met c, genoemde organisaties", "de in artikel 4 bedoelde
    termijn" (the nearest article at most ``reach`` words back, a locator right after it)."""
    start = next((t.i for t in reversed(doc[max(0, index - reach):index]) if t.lower_ in ("de", "het", "een")), None)
    # (right after the locator the word points at the locator's own noun: "de in voornoemd rapport
    # opgenomen raming" is "de in dat rapport opgenomen raming")
    return start is not None and start + 2 < index and doc[start + 1].lower_ in _LOCATORS


def _stretch(token: "Token") -> list["Token"]:
    """The words around a token up to the nearest comma, semicolon or colon on either side: its
    clause as the reader sees it, whatever the parse attached where."""
    doc, stops = token.doc, (",", ";", ":")
    start = token.i
    while start > 0 and doc[start - 1].text not in stops:
        start -= 1
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].text not in stops:
        end += 1
    return list(doc[start:end + 1])


# --------------------------------------------------------------------------- guarantees


def _names(text: str) -> list[str]:
    """Capitalised words that are names: not the first word of a sentence, not 'U'/'Uw'."""
    names = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = sentence.split()
        for word in words[1:]:
            word = word.strip(".,;:!?()\"'“”‘’")
            if word[:1].isupper() and word not in _U_FORMS and _WORD.search(word):
                names.append(word)
    return names


def protected_facts(text: str) -> dict[str, list[str]]:
    """The exact strings a simplification must keep: numbers, dates, amounts, e-mail, URLs,
    phone numbers, names, merge fields exactly as written ("{{ case.title }}", "«naam»") and a
    template's conditions in plain text ("[ALLEEN BIJ VOLLEDIGE TOEKENNING:]")."""
    return {
        "samenvoegveld": MERGE_FIELD.findall(text),
        "sjabloonopdracht": TEMPLATE_INSTRUCTION.findall(text),
        "getal": _NUMBER.findall(text),
        "datum": [" ".join(m.split()) for m in _DATE.findall(text)],
        "bedrag": _AMOUNT.findall(text),
        "e-mailadres": _EMAIL.findall(text),
        "webadres": _URL.findall(text),
        "telefoonnummer": _PHONE.findall(text),
        "naam": _names(text),
    }


def _negations(text: str) -> int:
    return sum(1 for word in re.findall(r"\w+", text.lower()) if word in NEGATIONS)


def facts_problem(original: str, output: str) -> str | None:
    """Why ``output`` does not keep the facts of ``original`` (Dutch), or None when it does."""
    before, after = protected_facts(original), protected_facts(output)
    flat_after = " ".join(output.split())
    for kind, values in before.items():
        for value in values:
            if kind == "naam":
                if not re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", flat_after):
                    return f"{kind} '{value}' viel weg"
            elif value not in flat_after:
                return f"{kind} '{value}' viel weg"
    known = set(before["getal"])
    for number in after["getal"]:
        if number not in known:
            return f"getal '{number}' kwam erbij"
    if _negations(original) != _negations(output):
        return "het aantal ontkenningen (niet, geen, nooit) veranderde"
    return None


# --------------------------------------------------------------------------- the simplifier


@dataclass
class _Edit:
    start: int
    end: int
    new: str
    transformation: Transformation
    law_line: str | None = None
    structural: bool = False  # the replacement moves words (subject and verb swapped)


@dataclass
class _Work:
    """One sentence on its way through the transformations."""

    original: str
    pieces: list[str]
    transformations: list[Transformation] = field(default_factory=list)
    law_lines: list[str] = field(default_factory=list)
    needs_rewrite: str | None = None
    view: "_View | None" = None          # the original parse with the word-level edits
    word_level: str | None = None        # the sentence after the word-level edits only
    word_level_transformations: int = 0
    keep_end: bool = False               # the next sentence points back: what ends this one stays last
    preceding: str | None = None         # the sentence before it in its paragraph ("" none, None unknown)
    in_text: bool = False                # one sentence of a longer text (a list item of several sentences)


@dataclass
class _View:
    """A parse plus token replacements: splits read the structure of the parse and write the
    replaced words. ``covered`` holds the tokens of replacements that span several tokens, which
    no split may cut through; ``structural`` says a replacement moved words (then the text is
    parsed again before splitting)."""

    doc: "Doc"
    overrides: dict[int, tuple[str, str]] = field(default_factory=dict)
    covered: set[int] = field(default_factory=set)
    structural: bool = False
    words: list | None = field(default=None, repr=False, compare=False)  # _sentence_words(doc), once asked


    def text(self, token: "Token") -> str:
        override = self.overrides.get(token.i)
        return token.text if override is None else override[0]

    def pieces(self, tokens: Iterable["Token"]) -> list[tuple[str, str]]:
        out = []
        for token in tokens:
            override = self.overrides.get(token.i)
            if override is None:
                out.append((token.text, token.whitespace_))
            elif override[0]:
                out.append(override)
        return out


class Simplifier:
    """Deterministic sentence simplification with the linter's pipeline and rule pack."""

    def __init__(self, linter: "Linter", register: str = "u", rules: SimplifyRules | None = None):
        if register not in ("u", "je"):
            raise ValueError("register must be 'u' or 'je'")
        self.linter = linter
        self.register = register
        self.rules = rules or SimplifyRules.from_pack(linter.pack)
        self.nlp = linter.pipeline.nlp
        self.has_parser = linter.pipeline.info.has_parser
        self._lexicon = linter.pack.verbs
        self._forms: dict[str, tuple[set[str], set[str]]] = {}
        self._implied: dict[str, tuple[str, str, str]] | None = None
        self._implied_pattern: re.Pattern | None = None
        # the first pieces of sentences that go on from a lead ("inhoudende dat u: a. het gedeelte …
        # verwijdert"), set by :meth:`_split_all` for the split methods that need a sentence's start
        self._continuing: frozenset[str] = frozenset()
        # the pieces worth a parse of their own for an agent passive: a listed agent after "door", or a
        # determiner and, within a few words, a noun of a person or body (named_agents; the parse
        # then decides, :meth:`_agent_phrase`)
        listed = "|".join(r"\s+".join(map(re.escape, words)) for words, _subject, _plural in self.rules.agents)
        named = ""
        if self.rules.agent_determiners and (self.rules.agent_nouns or self.rules.agent_noun_endings):
            determiners = "|".join(map(re.escape, sorted(self.rules.agent_determiners)))
            nouns = "|".join(map(re.escape, sorted(self.rules.agent_nouns | set(self.rules.agent_noun_endings))))
            named = rf"|(?:{determiners})\s+(?:[\w-]+\s+){{0,3}}?[\w-]*(?:{nouns})"
        self._agent_cue = re.compile(rf"\bdoor\s+(?:{listed}{named})\b", re.IGNORECASE)

    # ------------------------------------------------------------------ public

    def simplify(self, sentence: str) -> Simplified:
        return self.simplify_many([sentence])[0]

    def simplify_many(self, sentences: list[str], docs: list | None = None,
                      hits: list | None = None, tensors: "TensorIndex | None" = None,
                      whole: frozenset[int] = frozenset(), implied_agent: str | None = None,
                      keep_citations: bool = False, keep_end: frozenset[int] = frozenset(),
                      preceding: list[str | None] | None = None, in_text: frozenset[int] = frozenset()) -> list[Simplified]:
        """Simplify many sentences; the parses of each stage are piped together.

        ``docs`` may give the parse of each sentence (a spaCy Doc or Span of exactly that text,
        for example from the linter's analysis of the letter), so it is not parsed again; ``hits``
        the linter's phrase matches in each of those docs (None: match here), so they are not
        matched again. ``tensors`` (``Pipeline.tensor_index``) may hold the token vectors of the
        letter's own parse: the sentences and pieces parsed here take them where their words and
        context are the same (the same Docs, faster), and join the index. ``whole``: indexes of
        sentences that are not split (the caller knows that the next sentence points at all of it).
        ``keep_end``: indexes of sentences whose next sentence points back: a split may not put a
        clause from their middle or front after their last words (:class:`PointsBack`; an address
        sentence, :class:`AfterSentence`, names what it is about and may). ``preceding``: for each
        sentence the one before it in its paragraph ("" for none): "voornoemd bedrag" does not become
        "dit bedrag" when that sentence names a "bedrag" only before its last clause. ``in_text``:
        indexes of sentences that are one sentence of a longer text (see :meth:`_simplify_each_sentence`).
        ``implied_agent``: the word the letter uses for the municipality as subject ("wij" or "we"):
        a passive without an agent of an act only the municipality performs may name it
        (simplify.yaml implied_agent). None: the letter does not speak as "wij". ``keep_citations``:
        law citations stay in their sentence (list items: a line "Dit staat in …" could only follow
        the whole list, where it would read as the basis of every item).
        """
        cache: dict = {_TENSORS: tensors}
        found: dict[str, list] = {}
        if docs is not None:
            for sentence, doc, matches in zip(sentences, docs, hits or [None] * len(docs)):
                doc = doc.as_doc() if hasattr(doc, "as_doc") else doc
                if doc.text.rstrip() == sentence.rstrip():
                    cache[sentence] = doc
                    found.pop(sentence, None)
                    if matches is not None:
                        found[sentence] = matches
        self._parse(sentences, cache)
        # (not again for the sentences of such a text: a parse of their own might cut them once more)
        if self.has_parser and not in_text and any(len(_sentences_in(cache[sentence])) > 1 for sentence in sentences):
            return self._simplify_each_sentence(sentences, cache, tensors, whole, implied_agent, keep_citations,
                                                keep_end, preceding)
        works = [_Work(sentence, [sentence], keep_end=index in keep_end,
                       preceding=preceding[index] if preceding is not None else None, in_text=index in in_text)
                 for index, sentence in enumerate(sentences)]
        for work in works:
            if work.original.strip():
                self._word_level(work, cache[work.original], found.get(work.original), keep_citations)
        if self.has_parser:
            self._split_all([work for index, work in enumerate(works) if index not in whole], cache)
            agent = self._agent_cue
            self._parse([piece for work in works for piece in work.pieces if agent.search(piece)], cache)
            for work in works:
                self._agent_passives(work, cache)
            if implied_agent and self.rules.implied_verbs:
                self._implied_agent_passives(works, cache, implied_agent)
        # one batch for the final check of every changed sentence (the fallbacks tag their own);
        # the check needs the tags (finite verbs), not the parse
        self._tag([piece for work in works if work.pieces != [work.word_level] or not self._lexical_only(work)
                   for piece in work.pieces if piece != work.original], cache)
        return [self._finish(work, cache) for work in works]

    def _simplify_each_sentence(self, texts: list[str], cache: dict, tensors, whole: frozenset[int],
                                implied_agent: str | None, keep_citations: bool, keep_end: frozenset[int],
                                preceding: list[str] | None) -> list[Simplified]:
        """Texts of several sentences (a list item "a. … . Dit geldt ook voor …", read as one
        statement) are simplified sentence by sentence, each with the parse of the whole text, and
        joined again: as one text they were measured, split and marked as one sentence ("zin van 74
        woorden"; red team 29). A sentence followed by another of the same text keeps its end last
        (the next one may point back at it)."""
        flat: list[str] = []
        spans: list = []
        owner: list[int] = []
        flat_whole: set[int] = set()
        flat_end: set[int] = set()
        flat_preceding: list[str | None] = []
        for index, text in enumerate(texts):
            parts = _sentences_in(cache[text]) or [cache[text][:]]
            for position, span in enumerate(parts):
                last = position == len(parts) - 1
                number = len(flat)
                flat.append(span.text if len(parts) > 1 else text)
                spans.append(span if len(parts) > 1 else cache[text])
                owner.append(index)
                if last and index in whole:
                    flat_whole.add(number)
                if not last or index in keep_end:
                    flat_end.add(number)
                if position:
                    flat_preceding.append(parts[position - 1].text)
                else:
                    flat_preceding.append(preceding[index] if preceding is not None else None)
        counts = Counter(owner)
        several = frozenset(number for number, own in enumerate(owner) if counts[own] > 1)
        done = self.simplify_many(flat, spans, None, tensors, frozenset(flat_whole), implied_agent, keep_citations,
                                  frozenset(flat_end), flat_preceding, several)
        results = []
        for index, text in enumerate(texts):
            mine = [result for result, own in zip(done, owner) if own == index]
            if len(mine) == 1:
                results.append(mine[0])
                continue
            if not any(r.changed for r in mine) and not any(r.needs_rewrite for r in mine):
                results.append(Simplified(text, [text]))  # nothing to change: the text as it was
                continue
            reason = next((r.needs_rewrite for r in mine if r.needs_rewrite and not r.needs_rewrite.startswith("zin van")),
                          None)
            shown: list[str] = []
            for r in mine:
                for sentence in r.sentences:
                    if shown and _LABEL_SENTENCE.match(shown[-1]):
                        shown[-1] = f"{shown[-1]} {sentence}"  # "Tijd: 15.00 uur." is no sentence of its own
                    else:
                        shown.append(sentence)
            results.append(Simplified(text, shown,
                                      [t for r in mine for t in r.transformations],
                                      [line for r in mine for line in r.law_lines], reason,
                                      [sentence for r in mine for sentence in r.remaining], list(mine[-1].items)))
        return results

    # ------------------------------------------------------------------ parsing

    def _tag(self, texts: Iterable[str], cache: dict) -> None:
        """Tag (part of speech and morphology, no parse) the texts not in the cache yet."""
        todo = list(dict.fromkeys(str(text) for text in texts if text not in cache and ("tag", text) not in cache
                                  and not isinstance(text, ListItem)))
        if not todo:
            return
        skip = self.linter.pipeline.not_tagging
        for text, doc in zip(todo, self.linter.pipeline.pipe_reusing(todo, cache.get(_TENSORS), disable=skip)):
            cache[("tag", text)] = doc

    def _parse(self, texts: Iterable[str], cache: dict) -> None:
        todo = list(dict.fromkeys(str(text) for text in texts if text not in cache))
        if not todo:
            return
        tensors = cache.get(_TENSORS)
        for text, doc in zip(todo, self.nlp.pipe(todo) if tensors is None
                             else self.linter.pipeline.pipe_reusing(todo, tensors)):
            cache[text] = doc

    # ------------------------------------------------------------------ word level

    def _word_level(self, work: _Work, doc: "Doc", hits: list | None = None, keep_citations: bool = False) -> None:
        if not work.in_text and self._fragment_of_the_letter(doc):
            # (one sentence of a list item, "Indien uw paspoort is gestolen: een kopie van de aangifte.",
            # belongs to the item, which as a whole has its main clause)
            work.needs_rewrite = self.rules.fragment_note
            return
        edits: list[_Edit] = []
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
        if not keep_citations:
            edits += self._law_citations(doc, work)
        if hits is None and self.linter.phrases is not None and len(doc):
            hits = self.linter.phrases.find(doc[:], list(doc))  # matched once for both jargon passes
        edits += self._jargon(doc, hits)
        reordered: list[_Edit] = []
        edits += self._jargon_in_context(doc, hits, reordered)
        edits += self._referents(doc, work)
        edits += self._register(doc)
        kept: list[_Edit] = []
        for edit in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
            if any(edit.start < end and edit.end > start for start, end in quoted):
                continue  # a quoted legal term is copied exactly
            if kept and edit.start < kept[-1].end:
                continue
            kept.append(edit)
        formulas = self._passive_formulas(doc)
        formulas += [edit for edit in reordered if not any(edit.start < f.end and edit.end > f.start for f in formulas)]
        formulas = [self._with_inner_jargon(f, kept, doc.text) for f in formulas]
        kept = [edit for edit in kept if not any(edit.start < f.end and edit.end > f.start for f in formulas)]
        kept = sorted(kept + formulas, key=lambda e: e.start)
        view = _View(doc)
        applied = []
        for edit in kept:
            tokens = [t for t in doc if t.idx < edit.end and t.idx + len(t.text) > edit.start]
            if not tokens:
                continue
            applied.append(edit)
            last = tokens[-1]
            view.overrides[tokens[0].i] = (edit.new, last.whitespace_ if edit.new else "")
            for token in tokens[1:]:
                view.overrides[token.i] = ("", "")
            if len(tokens) > 1:
                view.covered.update(t.i for t in tokens)
            view.structural = view.structural or edit.structural
        work.view = view
        work.transformations.extend(edit.transformation for edit in applied)
        work.word_level_transformations = len(applied)
        work.law_lines.extend(edit.law_line for edit in applied if edit.law_line)
        if applied:
            work.pieces = [_sentence_case(_join(view.pieces(doc)))]
        work.word_level = work.pieces[0]

    @staticmethod
    def _with_inner_jargon(formula: _Edit, edits: list[_Edit], text: str) -> _Edit:
        """A formula with the word swaps inside it applied: "U wordt derhalve geadviseerd" -> "Wij
        adviseren u dus" (the formula keeps the words between its own; a swap of one of them, which
        would overlap the formula, is made in the formula's text)."""
        new, details = formula.new, []
        for edit in edits:
            if not (formula.start <= edit.start and edit.end <= formula.end) or edit.transformation.kind != "jargon":
                continue
            old = text[edit.start:edit.end].strip()
            # a word left out goes with the space before it ("wordt u hierbij medegedeeld" -> "laten
            # wij u weten")
            pattern = re.compile((r"(?<!\w)" if edit.new else r"\s+") + re.escape(old) + r"(?!\w)")
            if len(pattern.findall(new)) != 1 or _negations(old) != _negations(edit.new):
                continue  # ("evenmin" -> "ook niet" is refused by the final check: the formula stays whole)
            new = pattern.sub(lambda _m: edit.new, new)
            details.append(edit.transformation.detail)
        if not details:
            return formula
        detail = "; ".join([formula.transformation.detail, *details])
        return _Edit(formula.start, formula.end, new, Transformation(formula.transformation.kind, detail),
                     formula.law_line, formula.structural)

    def _jargon(self, doc: "Doc", hits: list | None = None) -> list[_Edit]:
        phrases = self.linter.phrases
        if phrases is None or not len(doc):
            return []
        edits = []
        for compiled, anchors in (phrases.find(doc[:], list(doc)) if hits is None else hits):
            rule, entry = compiled.rule, compiled.entry
            if rule.category != "jargon" or rule.kind != "substitution" or not entry.safe_fix:
                continue
            if anchors != list(range(anchors[0], anchors[-1] + 1)):
                continue
            first, last = doc[anchors[0]], doc[anchors[-1]]
            start, end = first.idx, last.idx + len(last.text)
            old = doc.text[start:end]
            new = match_case(old, entry.alternatives[0])
            if first.lower_ in self.rules.neuter_relatives and (first.i == 0 or doc[first.i - 1].text != ","):
                continue  # "het omgevingsplan, ingevolge hetwelk …" (after a preposition) points at the plan:
                # "volgens wat" does not
            if first.i == last.i and _plural_agreement(first, new):
                continue  # "de inlichtingen … die voor uw bijstand van belang zijn": "de informatie … die … zijn"
            if _preposition_repeated(doc, last, new):
                continue  # "met uitzondering van de bedragen en van alle bijschrijvingen": "behalve … en van"
            if first.lower_ in self.rules.neuter_relatives and first.i >= 2 and _neuter_noun_before(doc, first.i - 1):
                # "een onderzoek naar uw woonsituatie, hetwelk …" points at the het-word: "dat", not
                # "wat" (which points at a whole clause)
                new = match_case(old, self.rules.neuter_relatives[first.lower_])
            if first.i == 0 and new[:1].islower():
                new = new[0].upper() + new[1:]
            edits.append(_Edit(start, end, new, Transformation("jargon", f"'{old}' → '{new}'")))
        return edits

    def _jargon_in_context(self, doc: "Doc", hits: list | None = None,
                           formulas: list[_Edit] | None = None) -> list[_Edit]:
        """Jargon whose alternative needs the sentence to fit (simplify.yaml ``jargon_choices``,
        ``jargon_verbs``, ``jargon_relatives``): a word chosen among the entry's alternatives, a
        verb in the same form as the jargon verb, "welke" by the gender of its noun."""
        phrases = self.linter.phrases
        if phrases is None or not len(doc):
            return []
        edits: list[_Edit] = []
        formulas = [] if formulas is None else formulas  # edits that take the word swaps inside them
        for compiled, anchors in (phrases.find(doc[:], list(doc)) if hits is None else hits):
            rule, entry = compiled.rule, compiled.entry
            if rule.category != "jargon" or rule.kind != "substitution" or entry.safe_fix:
                continue
            alternatives = {" ".join(alternative.lower().split()) for alternative in entry.alternatives}
            tokens = [doc[i] for i in anchors]
            contiguous = anchors == list(range(anchors[0], anchors[-1] + 1))
            phrase = " ".join(token.lower_ for token in tokens)
            choice = None
            if phrase in self.rules.jargon_choices_before:
                word, before, skippable = self.rules.jargon_choices_before[phrase]
                if _chosen_by_next_word(doc, anchors[0], anchors[-1] + 1, before, skippable):
                    choice = word
            choice = choice or self.rules.jargon_choices.get(phrase)
            if choice is None and phrase in self.rules.jargon_choices_opening and (
                    anchors[0] == 0 or doc[anchors[0]].is_sent_start):
                choice = self.rules.jargon_choices_opening[phrase]
            near = self.rules.jargon_choices_not_near.get(phrase, frozenset())
            if near and any(t.lower_ in near for t in doc[max(0, anchors[0] - 3):anchors[-1] + 4]):
                choice = None  # "alsnog niet in rekening gebracht" is not "toch nog niet"
            if choice is not None and contiguous and choice.lower() in alternatives:
                if len(tokens) > 1 and _preposition_repeated(doc, tokens[-1], choice):
                    continue  # "zich wenden tot de politie, …, dan wel tot Veilig Thuis": "contact opnemen
                    # met de politie … of tot Veilig Thuis" (red team 31, 08-T13)
                # (an adjective inside the phrase, "zonder nadere aankondiging", goes with it)
                if " " not in choice or not any(token.dep_ == "amod" and token.head.i not in anchors for token in tokens):
                    edits.append(self._word_swap(doc, tokens[0], tokens[-1], choice))
                continue
            if phrase in self.rules.performative_words and contiguous and len(tokens) == 1:
                edit = self._performative(tokens[0])
                if edit is not None and edit.new:
                    formulas.append(edit)  # "Hierbij bevestigen wij" -> "Wij bevestigen": a formula
                elif edit is not None:
                    edits.append(edit)
                continue
            relative = [t for t in tokens if t.lower_ in self.rules.jargon_relatives]
            if relative:
                edit = self._relative_swap(relative[0], alternatives)
                if edit is not None:
                    edits.append(edit)
                continue
            edits.extend(self._separable_swap(tokens, entry) or self._verb_swap(tokens, entry))
        return edits

    def _separable_swap(self, tokens: list["Token"], entry) -> list[_Edit]:
        """A separable jargon verb whose plain verb does not separate (simplify.yaml ``jargon_verbs``
        with a particle: "toe_zenden" -> "sturen"): "is toegezonden" -> "is gestuurd", "toezenden"
        -> "sturen", "toe te zenden" -> "te sturen", "treft u … aan" -> "vindt u …" (the particle
        goes). Nothing for an adjective ("de aangetroffen planten") or a form that is uncertain."""
        from letterlint.nlp.matching import verb_paradigm

        names = [name for name in re.findall(r"\{([^}]+)\}", entry.match)
                 if "_" in name and name in self.rules.jargon_verbs]
        if len(names) != 1 or entry.match.strip() != "{" + names[0] + "}":
            return []
        particle, base = names[0].split("_", 1)
        plain, _drop_te, _drop = self.rules.jargon_verbs[names[0]]
        own, new_forms = verb_paradigm(base, self._lexicon), verb_paradigm(plain, self._lexicon)
        alternatives = {" ".join(alternative.lower().split()) for alternative in entry.alternatives}
        if own is None or new_forms is None or plain not in alternatives or "participle" not in own:
            return []
        not_with = self.rules.jargon_verbs_not_with.get(names[0], frozenset())
        doc = tokens[0].doc
        if any(t.lower_ in not_with for t in _own_clause(tokens[0])):
            return []  # "heeft aangevangen" would become "heeft begonnen"
        words = [t.lower_ for t in tokens]
        first, last = tokens[0], tokens[-1]
        if names[0] in self.rules.jargon_verbs_only_finite and len(tokens) != 2:
            return []  # "werd u niet aangetroffen": a person is not "gevonden"
        previous = doc[first.i - 1].lower_ if first.i else ""
        if first.dep_ in ("amod", "acl") or previous in ("de", "het", "een", "uw", "onze", "deze", "dit", "die"):
            return []  # "de toegezonden stukken"
        if words == [particle + own["participle"]] and first.pos_ in ("VERB", "AUX"):
            if "participle" not in new_forms:
                return []  # "bewijzen: [bewees, bewezen]": its participle is not certain
            new = new_forms["participle"]
        elif words == [particle + base] and first.pos_ in ("VERB", "AUX"):
            new = plain  # the infinitive, also the present plural of a clause's last verb
        elif words == [particle, "te", base]:
            new = "te " + plain
        elif len(tokens) == 2 and words[1] == particle and tokens[1].dep_ == "compound:prt" \
                and tokens[1].head.i == first.i and first.pos_ in ("VERB", "AUX"):
            # "treft u de berekening aan in de bijlage" -> "vindt u de berekening in de bijlage"
            slots = [slot for slot, form in own.items() if form == words[0] and slot != "participle"]
            forms = {new_forms.get(slot) for slot in slots}
            if len(forms) != 1 or None in forms:
                return []
            return [self._word_swap(doc, first, first, forms.pop()), _left_out(last)]
        else:
            return []
        return [self._word_swap(doc, first, last, new)]

    def _performative(self, word: "Token") -> _Edit | None:
        """"Wij laten u hierbij weten", "Hierbij bevestigen wij …", "wordt u hierbij aangemaand": the
        word only says that the letter does what its verb says, so it goes ("Wij bevestigen …").
        Only with a verb of such an act (simplify.yaml ``performatives``) and the letter's "wij"/"ik"
        or the reader as subject; "Hierbij kunt u denken aan …" or "hierbij hoort" stay."""
        doc = word.doc
        if word.i == 0 or word.is_sent_start:
            # "Hierbij bevestigen wij de ontvangst" -> "Wij bevestigen de ontvangst": between the word
            # and a subject pronoun only the finite verb can stand (whatever its tag: "Hierbij bevestig
            # ik" is read as an adjective)
            if word.i + 2 >= len(doc) or doc[word.i + 2].lower_ not in _PERFORMATIVE_SUBJECTS:
                return None
            finite, subject = doc[word.i + 1], doc[word.i + 2]
            if not finite.is_alpha or not self._performative_verb(finite):
                return None
            # (applied like a formula, :meth:`_word_level`: a swap of the verb itself goes inside it,
            # "Hierbij verzoeken wij" -> "Wij vragen")
            start, end = word.idx, subject.idx + len(subject.text)
            new = f"{subject.text[:1].upper()}{subject.text[1:]} {finite.text}"
            return _Edit(start, end, new, Transformation("jargon", f"'{doc.text[start:end]}' → '{new}'"))
        verb = word.head
        if verb.pos_ not in ("VERB", "AUX") or not self._performative_verb(verb):
            return None
        clause = [verb, *([verb.head] if verb.dep_ in ("xcomp", "ccomp") else [])]  # "laten … weten"
        # (a word the parse wrongly reads as a second subject, "Gelet op …", does not count)
        subjects = [c for v in clause for c in v.children
                    if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _PERFORMATIVE_SUBJECTS]
        following = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if len(subjects) != 1 or following is None or following.is_punct:
            return None
        return _left_out(word)

    def _performative_verb(self, verb: "Token") -> bool:
        """A verb of what the letter does, or "laten" with such a verb ("laten … weten"; the parse
        may hang the word on either); by its form where the tagger took it for another word."""
        verbs = self.rules.performative_verbs
        candidates = [verb, *(c for c in verb.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "compound:prt"))]
        return any(self._performative_lemma(v) in verbs for v in candidates) or (
            verb.pos_ not in ("VERB", "AUX") and any(verb.lower_ in self._all_forms(lemma) for lemma in verbs))

    def _performative_lemma(self, verb: "Token") -> str:
        """"nodigen wij u hierbij uit" -> "uitnodigen", "wordt u hierbij aangemaand" -> "aanmanen"."""
        participle = self._participle_lemma(verb) if "Part" in verb.morph.get("VerbForm") else None
        return participle or _lemma_with_particle(verb)

    @staticmethod
    def _word_swap(doc: "Doc", first: "Token", last: "Token", new: str) -> _Edit:
        start, end = first.idx, last.idx + len(last.text)
        old = doc[first.i:last.i + 1].text  # = doc.text[start:end], without joining the whole text
        new = match_case(old, new)
        if first.i == 0 and new[:1].islower():
            new = new[0].upper() + new[1:]
        return _Edit(start, end, new, Transformation("jargon", f"'{old}' → '{new}'"))

    def _relative_swap(self, pronoun: "Token", alternatives: set[str]) -> _Edit | None:
        """", welke u stuurde" -> ", die u stuurde" (de-word, plural) or ", dat u stuurde" (het-word)."""
        neuter, other = self.rules.jargon_relatives[pronoun.lower_]
        if neuter.lower() not in alternatives or other.lower() not in alternatives:
            return None
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubj:pass", "obj", "iobj") or clause.dep_ != "acl:relcl":
            if self._plural_subject_relative(pronoun):
                return self._word_swap(pronoun.doc, pronoun, pronoun, other)
            new = _relative_after_phrase(pronoun, neuter, other)
            return None if new is None else self._word_swap(pronoun.doc, pronoun, pronoun, new)
        noun = clause.head
        if noun.pos_ != "NOUN" or noun.i >= pronoun.i:
            return None
        # "een draagkracht van «bedrag» per maand, welke …": the parse's antecedent is one of
        # several nouns; "welke" is swapped only when every one of them takes the same word, and
        # never for a merge field, whose gender nobody knows
        between = [t for t in pronoun.doc[noun.i + 1:pronoun.i] if t.pos_ in ("NOUN", "PROPN")
                   and not (t.dep_ == "conj" and t.head.i == noun.i)]  # "uw bed en matras": one antecedent
        if _in_merge_field(noun) or any(_in_merge_field(t) for t in between):
            return None
        gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
        # "uw bed en matras, welke … zijn afgeleverd": two nouns, or a plural verb in the clause,
        # take "die" whatever the gender of the nearest noun
        # (the verb agrees with the pronoun only when the pronoun is its subject)
        plural_verb = pronoun.dep_ in ("nsubj", "nsubj:pass") and any(
            "Plur" in t.morph.get("Number") and "Fin" in t.morph.get("VerbForm")
            for t in [clause, *clause.children] if t.pos_ in ("VERB", "AUX"))
        if "Plur" in number or plural_verb or any(child.dep_ == "conj" for child in noun.children):
            new = other
        else:
            new = _relative_for(noun, neuter, other)
            # "het besluit van de rechter, welke …": the noun the parse's antecedent belongs to may
            # be the one meant, so it must take the same word too
            owner = noun
            while owner.dep_ == "nmod" and owner.head.pos_ == "NOUN" and owner.head.i < owner.i:
                owner = owner.head
                between.append(owner)
        if new is None or any(_relative_for(t, neuter, other) not in (new, None) for t in between):
            return None  # (a noun the tags say nothing about, such as a month in a date, does not count)
        if new == neuter and any(t.pos_ == "PROPN" for t in between):
            return None  # a name between may be a person, who takes "die"
        return self._word_swap(pronoun.doc, pronoun, pronoun, new)

    @staticmethod
    def _plural_subject_relative(pronoun: "Token") -> bool:
        """Whether ", welke" after a noun is the subject of a plural verb, read from the words where
        the parse did not hang the clause on its noun: "de voorschriften, welke onverkort moeten
        worden nageleefd", "… en Molenweide 4, welke rond de peildatum zijn verkocht". A plural
        relative pronoun is "die" whatever the gender of its noun. Not when another word could be
        the plural subject ("welke wij hebben ontvangen", "welke de bewoners hebben ingediend"),
        nor for "welke" + noun (a determiner) or after anything but a noun (an indirect question)."""
        doc = pronoun.doc
        if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
            return False
        if doc[pronoun.i - 2].pos_ not in ("NOUN", "PROPN", "NUM") and not any(
                t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") for t in doc[:pronoun.i - 1]):
            return False  # (the clause may stand after the verb: "de voorschriften verbonden, welke …")
        in_phrase = False  # inside a prepositional phrase: its noun is no subject
        verbs = []
        for token in doc[pronoun.i + 1:]:
            if token.text in (",", ";", ":", "(", ".", "?", "!") or token.pos_ == "SCONJ":
                # no verb tagged finite: a clause's only verb, in -en and without "te", is its finite
                # verb ("…, welke volledig voor uw rekening komen." tagged an infinitive)
                # (not a word right after "welke": ", welke adviezen, …" is a determiner and its noun)
                return token.pos_ != "SCONJ" and len(verbs) == 1 and verbs[0].lower_.endswith("en") and \
                    doc[verbs[0].i - 1].lower_ != "te" and verbs[0].i > pronoun.i + 1
            if _is_finite(token):
                return token.pos_ in ("VERB", "AUX") and "Plur" in token.morph.get("Number")
            if token.pos_ in ("VERB", "AUX"):
                if token.i == pronoun.i + 1:
                    return False  # ", welke adviezen …" with the noun read as a participle
                verbs.append(token)
            elif token.pos_ == "ADP":
                in_phrase = True
            elif token.pos_ in ("NOUN", "PROPN"):
                if pronoun.i + 1 == token.i and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("en", "of") \
                        and doc[token.i + 2].pos_ in ("NOUN", "PROPN"):
                    return False  # "welke beschikking en aanslag zijn vermeld …": a determiner of two nouns
                if pronoun.i + 1 == token.i and "Sing" not in token.morph.get("Number"):
                    return False  # "welke bedragen …": a determiner (a singular noun cannot be the
                    # subject of the plural verb this needs: "welke onverkort moeten" is a tagging slip)
                if not in_phrase and "Sing" not in token.morph.get("Number"):
                    return False  # it could be the plural subject
                in_phrase = False
            elif token.lower_ in _PLURAL_PRONOUNS or token.lower_ in ("die", "deze"):
                return False  # "welke wij hebben ontvangen": another plural subject ("zij" may be one)
        return False

    def _verb_swap(self, tokens: list["Token"], entry) -> list[_Edit]:
        """'U dient het formulier in te vullen' -> 'U moet het formulier invullen': the jargon verb
        in the same form of its plain alternative (present, past, participle, infinitive), the
        matched "te" dropped where the data says so. Nothing when a form is uncertain."""
        from letterlint.nlp.matching import verb_paradigm

        names = [name for name in re.findall(r"\{([^}]+)\}", entry.match) if name in self.rules.jargon_verbs]
        if len(names) != 1:
            return []
        lemma = names[0]
        plain, drop_te, drop = self.rules.jargon_verbs[lemma]
        alternatives = {" ".join(alternative.lower().split()) for alternative in entry.alternatives}
        # the alternative is the match with the plain verb in the verb's place and the dropped words
        # left out ("zorg {dragen} voor" -> "zorgen voor"): nothing but the entry's own words
        expected = " ".join(plain if word == "{" + lemma + "}" else word for word in entry.match.lower().split()
                            if word not in drop and not (drop_te and word == "te"))
        verbs = [t for t in tokens if (t.pos_ in ("VERB", "AUX") or _first_person_verb(t)) and t.lower_ in self._all_forms(lemma)]
        if (plain not in alternatives and expected not in alternatives) or len(verbs) != 1:
            return []
        verb = verbs[0]
        not_with = self.rules.jargon_verbs_not_with.get(lemma, frozenset())
        if any(t.lower_ in not_with for t in (*_stretch(verb), *_own_clause(verb))):
            # "u heeft hieraan niet voldaan" is to comply, not to pay; so is "aan de onder 4, a tot en
            # met c, vermelde verplichtingen heeft voldaan", where a comma stands between (red team 31)
            return []
        previous = verb.doc[verb.i - 1].lower_ if verb.i else ""
        if verb.lower_ in (lemma + "d", lemma + "de") or verb.dep_ in ("amod", "acl") or (
                previous in ("de", "het", "een", "uw", "onze", "deze", "dit") or previous == "te" and drop_te):
            # "de verstrekte gegevens", "de bij het besluit behorende tekening", "om te dienen" (a verb
            # whose plain word is a modal: "te moeten"); "te verstrekken" -> "te geven" is fine
            return []
        paradigm = verb_paradigm(plain, self._lexicon)
        # after "te" only the infinitive ("te voldoen" -> "te betalen", never the participle that an
        # auxiliary elsewhere in the clause would suggest: "als u niet in staat bent … te voldoen")
        slot = ("infinitive" if verb.lower_ == lemma else None) if previous == "te" \
            else self._verb_slot(verb, lemma, paradigm)
        if paradigm is None or slot is None or slot not in paradigm:
            return []
        new = match_case(verb.text, paradigm[slot])
        if verb.i == 0 or verb.is_sent_start:
            new = new[0].upper() + new[1:]
        edits = [_Edit(verb.idx, verb.idx + len(verb.text), new,
                       Transformation("jargon", f"'{verb.text}' → '{new}'"))]
        te = [t for t in tokens if t.lower_ == "te"]
        if drop_te:
            if not te or len(te) == 1 and (te[0].i < verb.i or te[0].i + 1 < len(verb.doc)
                                           and verb.doc[te[0].i + 1].pos_ not in ("VERB", "AUX")):
                # "af te halen, dient u ... op te nemen": the matched "te" belongs to another verb;
                # "dient u dit uiterlijk 24 uur voor aanvang van het gesprek te melden": the "te" is
                # further away than the phrase match reaches. Take the first "te" after the verb in
                # the same stretch of the sentence (:meth:`_drop_te` wants an infinitive right after it)
                # ("te veel", "te laat" is no "te" of an infinitive; "om 10.30 uur" is a time)
                te = []
                doc = verb.doc
                for token in doc[verb.i + 1:]:
                    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                    if token.text in (",", ";", ":", "(") or token.lower_ in ("dat", "en", "of") or (
                            token.lower_ == "om" and not (following is not None and following.like_num)):
                        break
                    if token.lower_ == "te" and following is not None and following.pos_ in ("VERB", "AUX"):
                        te = [token]
                        break
            if len(te) != 1:
                return []
            stops = self.rules.jargon_verbs_not_before_te.get(lemma, frozenset())
            doc = verb.doc
            if any(t.lower_ in stops and not (t.i + 1 < len(doc) and doc[t.i + 1].like_num)
                   for t in doc[verb.i + 1:te[0].i]):
                return []  # "het onderzoek dient om vast te stellen …": it serves, it is no duty
            dropped = self._drop_te(te[0])
            if dropped is None:
                return []
            edits += dropped
        elif te:
            return []
        dropped = [t for t in tokens if t.lower_ in drop]
        if len(dropped) != len(drop) or any(t.dep_.startswith("nsubj") or t.is_sent_start for t in dropped):
            return []  # "Zorg draagt ...": the word is the subject, not part of the phrase
        return edits + [_left_out(token) for token in dropped]

    def _verb_slot(self, verb: "Token", lemma: str, plain: dict | None) -> str | None:
        """Which form a verb token is (the keys of ``verb_paradigm``). The form decides; where
        it fits two slots ("verstrekt": "hij verstrekt" or "heeft verstrekt") and the plain verb
        has two different forms for them, an auxiliary of the verb says participle, else its tags
        decide."""
        from letterlint.nlp.matching import verb_paradigm

        text = verb.text.lower()
        if text not in self._all_forms(lemma):
            return None
        own = verb_paradigm(lemma, self._lexicon) or {}
        slots = [slot for slot, form in own.items() if form == text]
        if own and "participle" not in own and {"past_singular", "past_plural"} & set(slots):
            slots.append("participle")  # "verzocht": past or participle (the lexicon lists it once)
        if len(slots) == 1:
            return slots[0]
        if slots and plain is not None and len({plain.get(slot) for slot in slots}) == 1:
            return slots[0]
        form, tense = verb.morph.get("VerbForm"), verb.morph.get("Tense")
        has_auxiliary = any(c.dep_ in ("aux", "aux:pass") and _lemma(c) in ("hebben", "zijn", "worden")
                            for c in verb.children)
        if has_auxiliary:
            slot = "participle"
        elif "Part" in form:
            slot = "participle" if not slots else None  # no auxiliary to confirm the participle
        elif "Inf" in form or text == lemma:
            slot = "infinitive" if text == lemma else None  # ("voldaan" tagged an infinitive)
        elif "Fin" in form and "Past" in tense:
            slot = "past_plural" if text.endswith("n") else "past_singular"
        elif "Fin" in form and "Pres" in tense and not lemma.endswith("ten"):
            slot = "third" if text.endswith("t") else "stem"  # ("wacht" is "ik wacht" and "hij wacht")
            if slot == "third" and "participle" in slots and any(
                    _lemma(t) in ("zijn", "hebben", "worden") and t.i < verb.i for t in verb.sent):
                return None  # "… zijn door ons niet aan de eigenaar verstrekt": the auxiliary the parse missed
        else:
            return None
        return slot if slot is not None and (not slots or slot in slots) else None

    def _drop_te(self, te: "Token") -> list[_Edit] | None:
        """The "te" before an infinitive taken out, and before infinitives coordinated with it ("in
        te vullen en te ondertekenen"); a separable particle in front joins its verb again ("in te
        vullen" -> "invullen"). None when the infinitive is not right behind "te"."""
        doc = te.doc
        if te.i + 1 >= len(doc):
            return None
        infinitive = doc[te.i + 1]
        if infinitive.pos_ not in ("VERB", "AUX") or not infinitive.text.isalpha():
            return None
        edits = [self._te_edit(te, infinitive)]
        for other in infinitive.children:
            if other.dep_ == "conj" and other.pos_ in ("VERB", "AUX") and other.i > infinitive.i:
                before = doc[other.i - 1]
                if before.lower_ == "te":
                    edits.append(self._te_edit(before, other))
                elif before.dep_ == "compound:prt" and other.i > 1 and doc[other.i - 2].lower_ == "te":
                    return None  # "en te laten weten ... op te sturen": leave it
        if self._coordinated_te_left(doc, infinitive, edits):
            return None
        return edits

    def _coordinated_te_left(self, doc, infinitive: "Token", edits: list[_Edit]) -> bool:
        """Whether a later "te + infinitive" joined by "en"/"of" would keep its "te" ("dient te zijn
        ondertekend en uw naam … te bevatten" -> "moet zijn ondertekend en … te bevatten"): the parse
        did not link the two verbs, so dropping one "te" leaves the other ungrammatical."""
        removed = {edit.start for edit in edits}
        for token in doc[infinitive.i + 1:]:
            if token.lower_ != "te" or token.idx in removed or token.i + 1 >= len(doc):
                continue
            if doc[token.i + 1].pos_ not in ("VERB", "AUX"):
                continue
            between = doc[infinitive.i + 1:token.i]
            joins = [t for t in between if t.lower_ in ("en", "of") and t.pos_ == "CCONJ"]
            if not joins or any(t.lower_ in self.rules.te_clause_openers for t in between):
                continue  # "… in te vullen om uw recht te behouden", "… door … te verwijderen en … af te voeren"
            # what lies between the last "en" and this "te" decides: a word that opens a clause or a
            # finite verb there makes it another clause's "te" ("…, waarbij u … en … dient te tonen");
            # without one the two infinitives are coordinated ("… aan te tonen welke lasten u heeft en
            # deze met bewijsstukken, zoals bankafschriften, te onderbouwen", red team 18; "zoals"
            # opens no clause)
            # A clause between commas that opens with a subordinator is an insertion ("… door te geven en,
            # als u in een andere gemeente woont, bij die gemeente aangifte te doen"): its verb is its own
            after = _without_inserted_clauses(list(doc[joins[-1].i + 1:token.i]))
            if any(t.lower_ in self.rules.te_clause_openers or _is_finite(t)
                   or (_subordinator(t, False) and t.lower_ not in ("zoals", "als")) for t in after):
                continue
            return True
        return False

    def _te_edit(self, te: "Token", infinitive: "Token") -> _Edit:
        doc = te.doc
        particle = doc[te.i - 1] if te.i else None
        # (a noun that can be a particle is none after a preposition: "in kennis te stellen" stays
        # "in kennis stellen", whatever the parse says)
        noun_in_phrase = particle is not None and particle.lower_ not in self.rules.particles and \
            particle.i > 0 and doc[particle.i - 1].pos_ == "ADP"
        if particle is not None and particle.dep_ == "compound:prt" and particle.head.i == infinitive.i \
                and (particle.lower_ in self.rules.separable_particles or particle.lower_ in self.rules.particles) \
                and not noun_in_phrase:
            # (before "te" any particle is separated: "over te maken" -> "overmaken", red team 18)
            start, end = particle.idx, infinitive.idx + len(infinitive.text)
            new = particle.text + infinitive.text
            return _Edit(start, end, new, Transformation("jargon", f"'{doc.text[start:end]}' → '{new}'"))
        return _Edit(te.idx, infinitive.idx, "", Transformation("jargon", f"'te {infinitive.text}' → '{infinitive.text}'"))

    def _referents(self, doc: "Doc", work: _Work) -> list[_Edit]:
        """"de voornoemde termijn" / "binnen voornoemde termijn" -> "deze termijn", "het onderhavige
        besluit" -> "dit besluit", "uw bovengenoemde aanvraag" -> "uw aanvraag". Only before a noun
        (the noun names the referent); a pointing word without a noun is reported."""
        edits = []
        words = self.rules.referent_words
        for token in doc:
            lowered = token.text.lower()
            if lowered not in words:
                continue
            head = token.head
            between = doc[token.i + 1:head.i] if head.i > token.i else None
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # "op voornoemd adres": the parse did not hang the word on its noun, but the noun right
            # after it, without an article before the word, is the referent
            fallback = (token.dep_ != "amod" or head.pos_ != "NOUN") and following is not None and \
                following.pos_ == "NOUN" and (token.i == 0 or doc[token.i - 1].pos_ not in ("DET", "PRON", "NUM"))
            if fallback:
                head, between = following, doc[token.i + 1:token.i + 1]
            if lowered.startswith("boven") and head.pos_ == "NOUN" and head.i == token.i + 1 and (
                    token.i == 0 or doc[token.i - 1].pos_ not in ("DET", "PRON", "NUM")):
                # "bovengenoemd kenmerk" points at the letter's heading, not at a sentence: "dit
                # kenmerk" would point at the nearest one, so the word is written out ("het hierboven
                # genoemde kenmerk"), which keeps its sense wherever the noun was named before. The
                # article: without -e the word stands before a singular het-word (the writer's
                # ending is Dutch grammar, the tags of a compound such as "aanslagnummer" may say
                # otherwise); with -e only where the tags say de-word or plural ("bovengenoemde
                # kenmerk" is a common slip for a het-word)
                gender, number = head.morph.get("Gender"), head.morph.get("Number")
                if not lowered.endswith("e") and "Plur" not in number:
                    article = "het"
                elif lowered.endswith("e") and ("Plur" in number or gender and "Neut" not in gender):
                    article = "de"
                else:
                    continue
                edits.append(self._referent_edit(doc, token.i, token.i + 1, f"{article} {self.rules.heading_pointer}", head))
                continue
            earlier = sum(t.lower_ == head.lower_ for t in doc[:token.i])
            if earlier >= 2:
                continue  # after two of the same noun ("… op het adres Dorpsstraat 4 … op een ander adres …,
                # zodat u als enige op voornoemd adres staat"): "dit adres" would point at the nearer one
            if not earlier and head.lower_ == "termijn" and work.preceding and "termijn" not in work.preceding.lower() \
                    and self.rules.term_in_words.search(work.preceding):
                continue  # the sentence before names another term without the word: "binnen zes weken … bezwaar
                # maken. … wel binnen voornoemde termijn betalen" ("deze termijn" would be the six weeks; the
                # payment term of an earlier part was meant: red team 33, 10-T15)
            if not earlier and work.preceding and _named_before_last_clause(work.preceding, head.lower_):
                # "… het achterstallige bedrag … overgemaakt; de alimentatie over februari heeft hij op 1
                # februari betaald. U heeft de ontvangst van voornoemd bedrag …": "dit bedrag" would point at
                # the February payment, named last (red team 29, 01-T5)
                continue
            if (not fallback and (token.dep_ != "amod" or head.pos_ != "NOUN")) or between is None or any(
                    t.pos_ != "ADJ" for t in between):
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                standalone = following is None or following.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ")
                if lowered.startswith(("voornoemd", "bovengenoemd", "voormeld")) and standalone:
                    work.needs_rewrite = work.needs_rewrite or f"'{token.text}': niet duidelijk naar wie of wat het verwijst"
                continue
            gender, number = head.morph.get("Gender"), head.morph.get("Number")
            if not number or not (gender or "Plur" in number):
                continue
            neuter_single = "Neut" in gender and "Sing" in number
            left = [c for c in head.children if c.i < token.i and c.dep_ != "case"]
            previous = doc[token.i - 1] if token.i else None
            if not left:  # the pointing word is the determiner itself: "binnen voornoemde termijn"
                if previous is not None and (previous.like_num or re.fullmatch(r"[A-Za-z]\)?", previous.text) or any(
                        t.lower_ in ("onder", "sub", "hierna", "hieronder") for t in doc[max(0, token.i - 6):token.i])
                        or _after_article_locator(doc, token.i)):
                    continue  # "de onder a, b en c genoemde zaken", "de onder 1, a tot en met c, genoemde
                    # organisaties" (red team 31): a phrase the parse did not hang on the noun
                if lowered.startswith("boven"):
                    continue  # (written out above when right before its noun)
                if not lowered.endswith("e") and not neuter_single:
                    continue  # "voornoemd" without -e belongs before a het-word; the parse disagrees
                if lowered.endswith("e") and neuter_single:
                    # "voornoemde e-mail": the writer inflected for a de-word, the parse says het-word;
                    # one of them is wrong, and "dit e-mail" or "deze besluit" would be wrong Dutch
                    continue
                edits.append(self._referent_edit(doc, token.i, token.i + 1,
                                                 self._demonstrative(lowered, head, neuter_single), head))
                continue
            if len(left) != 1 or previous is None or left[0].i != previous.i:
                continue  # "de in artikel 4 genoemde termijn": leave it
            article = previous.text.lower()
            if article in ("de", "het"):
                if (article == "het") != neuter_single:
                    continue
                edits.append(self._referent_edit(doc, previous.i, token.i + 1,
                                                 self._demonstrative(lowered, head, neuter_single), head))
            elif article in ("uw", "onze", "ons", "deze", "dit", "die", "dat"):
                edits.append(self._referent_edit(doc, token.i, token.i + 1, "", head, keep=previous))
        return edits

    def _demonstrative(self, pointing: str, head: "Token", neuter_single: bool) -> str:
        """The demonstrative that replaces a pointing word before ``head``: "deze"/"dit" as a rule,
        "die"/"dat" when the noun could name the letter itself and the word points back to an
        earlier one ("in voornoemde brief" -> "in die brief", not "in deze brief")."""
        earlier = pointing not in self.rules.referent_present_words and (
            head.text.lower() in self.rules.referent_documents or head.lemma_.lower() in self.rules.referent_documents)
        if earlier:
            return "dat" if neuter_single else "die"
        return "dit" if neuter_single else "deze"

    def _referent_edit(self, doc, start_i: int, end_i: int, new: str, head: "Token", keep=None) -> _Edit:
        first, last = doc[start_i], doc[end_i - 1]
        start, end = first.idx, last.idx + len(last.text) + (len(last.whitespace_) if not new else 0)
        old = doc.text[start:last.idx + len(last.text)]
        if new and first.i == 0:
            new = new[0].upper() + new[1:]
        shown_old = f"{keep.text} {old} {head.text}" if keep is not None else f"{old} {head.text}"
        shown_new = f"{keep.text} {head.text}" if keep is not None else f"{new} {head.text}"
        return _Edit(start, end, new, Transformation("referent", f"'{shown_old}' → '{shown_new}'"))

    def _register(self, doc: "Doc") -> list[_Edit]:
        edits = []
        words = [t for t in doc if not t.is_space and not t.is_punct]
        # the first word after a section or item number ("2.2 U heeft gesteld …", "3°. U …") opens the
        # sentence (red team 27: "2.2 u heeft gesteld")
        first = next((t.i for t in words[:4] if not _SECTION_NUMBER.fullmatch(t.text)), words[0].i if words else -1)
        for token in doc:
            if token.text in _U_FORMS and token.i != first:
                previous = doc[token.i - 1] if token.i else None
                if previous is not None and previous.text in self.rules.capital_u_after:
                    continue
                lowered = token.text.lower()
                edits.append(_Edit(token.idx, token.idx + len(token.text), lowered,
                                   Transformation("register", f"'{token.text}' → '{lowered}'")))
        conversion = self._je_to_u(doc) if self.register == "u" else self._u_to_je(doc)
        if conversion:
            taken = {(e.start, e.end) for e in conversion}
            edits = [e for e in edits if (e.start, e.end) not in taken] + conversion
        return edits

    def _finite_forms(self, lemma: str) -> set[str]:
        from letterlint.nlp.matching import verb_forms

        if lemma not in self._forms:
            self._forms[lemma] = verb_forms(lemma, self._lexicon) if lemma else (set(), set())
        return self._forms[lemma][1]

    def _u_to_je(self, doc: "Doc") -> list[_Edit]:
        """All u-forms of a sentence to je-forms, or nothing when one verb form is uncertain."""
        edits = []
        for token in doc:
            lowered = token.text.lower()
            if lowered not in ("u", "uw", "uzelf"):
                continue
            new = {"uw": "je", "uzelf": "jezelf"}.get(lowered, "je")
            if lowered == "u" and token.dep_ in ("nsubj", "nsubj:pass"):
                verb = self._subject_verb(token)
                if verb is None:
                    return []
                form = verb.text.lower()
                if verb.i == token.i - 1:  # "heeft u" -> "heb je"
                    je_form = self.rules.register_inverted.get(form)
                    if je_form is None:
                        stem = form[:-1] if form.endswith("t") else form
                        if stem == form or stem not in self._finite_forms(_lemma(verb)):
                            return []
                        je_form = stem
                elif verb.i > token.i:
                    je_form = self.rules.register_straight.get(form, form)
                else:
                    return []
                if je_form != form:
                    edits.append(_Edit(verb.idx, verb.idx + len(verb.text), match_case(verb.text, je_form),
                                       Transformation("register", f"'{verb.text}' → '{je_form}'")))
            new = match_case(token.text, new) if token.text[:1].isupper() and token.i == 0 else new
            edits.append(_Edit(token.idx, token.idx + len(token.text), new,
                               Transformation("register", f"'{token.text}' → '{new}'")))
        return edits

    def _je_to_u(self, doc: "Doc") -> list[_Edit]:
        """All je-forms of a sentence to u-forms, or nothing when one verb form is uncertain."""
        edits = []
        back = {}
        for u_form, je_form in self.rules.register_inverted.items():
            back.setdefault(je_form, u_form)
        for token in doc:
            lowered = token.text.lower()
            if lowered not in ("je", "jij", "jou", "jouw", "jezelf"):
                continue
            if lowered == "jouw" or (lowered == "je" and "Yes" in token.morph.get("Poss")):
                new = "uw"
            elif lowered == "jezelf":
                new = "uzelf"
            else:
                new = "u"
            if new == "u" and token.dep_ in ("nsubj", "nsubj:pass"):
                verb = self._subject_verb(token)
                if verb is None:
                    return []
                form = verb.text.lower()
                if verb.i == token.i - 1:  # "heb je" -> "hebt u"
                    u_form = back.get(form)
                    if u_form is None:
                        u_form = form if form.endswith("t") else form + "t"
                        if u_form not in self._finite_forms(_lemma(verb)):
                            return []
                    if u_form != form:
                        edits.append(_Edit(verb.idx, verb.idx + len(verb.text), match_case(verb.text, u_form),
                                           Transformation("register", f"'{verb.text}' → '{u_form}'")))
                elif verb.i < token.i:
                    return []
            new = match_case(token.text, new) if token.i == 0 else new
            edits.append(_Edit(token.idx, token.idx + len(token.text), new,
                               Transformation("register", f"'{token.text}' → '{new}'")))
        return edits

    @staticmethod
    def _subject_verb(subject: "Token") -> "Token | None":
        head = subject.head
        if _is_finite(head):
            return head
        finite = [child for child in head.children if child.dep_ in ("aux", "aux:pass", "cop") and _is_finite(child)]
        return finite[0] if len(finite) == 1 else None

    # ------------------------------------------------------------------ law citations

    def _law_citations(self, doc: "Doc", work: _Work) -> list[_Edit]:
        text = doc.text
        edits = []
        opening = self._reason_and_law(doc)
        if opening is not None:
            return [opening]
        if _POINTS_AT_LAW.search(text):
            return []  # "… op grond van artikel 58 van die wet": moved out, the law it names would be gone (red team 29)
        for match in self.rules.law_citation.finditer(text):
            start, end = match.start(), match.end()
            ref = match.group("ref").rstrip(" ,")
            if ref.split()[-1].lower() in ("van", "de", "het", "en", "of"):
                continue
            end = match.start("ref") + len(match.group("ref").rstrip(" ,"))
            chained = self._law_chain(doc, end)
            if chained is not None:
                end = chained
                ref = text[match.start("ref"):end]
            if self.rules.law_continuation.match(text[end:]):
                continue
            tokens = [t for t in doc if t.idx >= start and t.idx < end]
            if not tokens or tokens[0].idx != start or tokens[-1].idx + len(tokens[-1].text) != end:
                continue  # not on word boundaries
            if tokens[-1].pos_ in ("VERB", "AUX") and "Inf" in tokens[-1].morph.get("VerbForm") \
                    and not tokens[-1].text[:1].isupper():
                # (an infinitive: the tagger reads a title word such as "bestuursrecht" as a finite verb)
                continue  # a lower-case law title took the clause's verb along: "… van de Wet gemeentelijke
                # schuldhulpverlening weigeren" (the sentence had lost "weigeren"; red team 32)
            before = text[:start]
            after = text[end:]
            if before.count("(") > before.count(")"):
                continue
            if match.group("cue").lower().endswith("bedoeld in") and _NEGATED_PHRASE.search(before):
                # "… en derhalve geen eigen bijdrage als bedoeld in artikel 2.1.4 … is": the article says
                # which eigen bijdrage it is not; without it, "is geen eigen bijdrage" contradicts the
                # sentence before (red team 15, 02, found in the byte-diff of session 16)
                continue
            if self._citation_stays(tokens):
                continue
            if tokens[0].i and doc[tokens[0].i - 1].lower_ in ("de", "het", "een") and doc[tokens[0].i - 1].pos_ == "DET":
                continue  # "voor het bord de op grond van artikel 2:10 vereiste vergunning": inside a noun
                # phrase, before its noun; taken out, "de … vereiste vergunning" lost its article (red team 28)
            edit = self._remove_citation(doc, tokens, before, after, start, end)
            if edit is None:
                continue
            line = self.rules.law_line.format(citation=self._plain_citation(ref))
            edits.append(_Edit(edit[0], edit[1], edit[2],
                               Transformation("law_citation", f"'{match.group('cue')} {' '.join(ref.split())}' naar een aparte regel"),
                               line, structural=start == 0))
        return edits

    @staticmethod
    def _citation_stays(tokens: list["Token"]) -> bool:
        """Whether a citation stands in a relative clause that its sentence goes on after: a line
        "Dit staat in artikel 35 …" after the sentence would give the article to all of it ("c. … sterke
        drank te mogen verstrekken, waartoe ook om een ontheffing ingevolge artikel 35 van de Alcoholwet
        is verzocht, en d. met de opbouw …", red team 16). Such a citation stays where it is. (A citation
        after a noun, "bijstand ingevolge artikel 35 … voor de kosten van …", moves: the parse cannot
        tell a noun's citation from the sentence's, and kept in place it left many sentences long.)"""
        inside = {t.i for t in tokens}
        head = next((t for t in tokens if t.head.i not in inside), None)
        if head is None:
            return False
        # at the end of its sentence ("U heeft recht op bijstand op grond van artikel 35.") the line
        # after the sentence points at what the citation pointed at
        rest = tokens[0].doc[tokens[-1].i + 1:]
        if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in rest):
            return False
        # inside a relative clause that the sentence goes on after ("…, waartoe ook om een ontheffing
        # ingevolge artikel 35 … is verzocht, en d. met de opbouw …"): the line would give the
        # article to the whole sentence
        clause = head.head  # up to the head of the clause (a verb the tagger misread stops it too)
        while clause.dep_ != "acl:relcl" and clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "acl:relcl":
            return False
        # a Dutch relative clause ends in its verbs
        end = max([clause.i] + [c.i for c in clause.children if c.dep_ in ("aux", "aux:pass", "cop")])
        return any(t.pos_ in ("NOUN", "PROPN", "NUM", "VERB") for t in tokens[0].doc[end + 1:])

    def _law_chain(self, doc: "Doc", end: int) -> int | None:
        """The end of a citation of several items that starts with the citation ending at ``end``
        ("artikel 26 van de Invorderingswet 1990 juncto artikel 255 van de Gemeentewet", "artikel
        4:8 en 4:9 Awb", "de artikelen 5.1 en 5.21 van de Omgevingswet"), or None when no item
        follows. Only when its last item names a law and what follows cannot continue it (a comma,
        the end of the sentence, a finite verb or a participle): "… en de Kwijtscheldingsregeling gemeentelijke
        belastingen 2026" would otherwise be cut in its name."""
        pattern = self.rules.law_chain
        if pattern is None:
            return None
        text = doc.text
        found, position = None, end
        while True:
            match = pattern.match(text, position)
            if match is None:
                break
            position = match.end()
            found = match
        if found is None or not (found.group("name") or found.group("only")):
            return None
        after = text[position:]
        if re.match(r"^\s*[,.;:]", after) or not after.strip():
            return position
        following = next((t for t in doc if t.idx >= position + len(after) - len(after.lstrip())), None)
        if following is not None and following.idx == position + len(after) - len(after.lstrip()) and (
                _is_finite(following) or following.pos_ == "VERB" and "Part" in following.morph.get("VerbForm")):
            return position  # (a participle ends the clause: "… van de Participatiewet afgewezen, omdat …")
        return None

    def _reason_and_law(self, doc: "Doc") -> "_Edit | None":
        """'Gelet op het vorenstaande en op artikel 5.21 van de Omgevingswet besluiten wij …' ->
        'Daarom besluiten wij …' and a line 'Dit staat in artikel 5.21 van de Omgevingswet.': the
        reasons become "Daarom" (simplify.yaml ``reason_and_law``), as "Gelet op het vorenstaande"
        alone does, and the citation moves out as a citation of its own does. Only when the whole
        rest up to the finite verb is the citation, the finite verb follows it with its subject (the
        order of a main clause stays right) and the sentence has no other adverb of cause."""
        pattern = self.rules.reason_and_law
        if pattern is None or self.rules.law_chain is None:
            return None
        text = doc.text
        opening = pattern.match(text)
        if opening is None or self._connectives(text[opening.end():]) > 0:
            return None
        start = opening.end()
        first = re.match(r"(?i:de\s+|het\s+)?", text[start:])
        cue = "gelet op "  # a cue of the citation pattern, in front of the words after the opening
        item = self.rules.law_citation.match(cue + text[start + first.end():])
        if item is None:
            return None
        end = start + first.end() + item.start("ref") - len(cue) + len(item.group("ref").rstrip(" ,"))
        chained = self._law_chain(doc, end)
        if chained is not None:
            end = chained
        elif not re.search(r"[A-Z]", text[start:end]):
            return None  # "op artikel 4" without a law: the citation would say nothing
        rest = text[end:]
        verb = next((t for t in doc if t.idx == end + len(rest) - len(rest.lstrip())), None)
        if verb is None or not self._verb_before_subject(verb):
            return None
        if not (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _SUBJECT_PRONOUNS) and self._subject_after(verb) is None:
            return None
        tokens = [t for t in doc if t.idx < end]
        if not tokens or tokens[-1].idx + len(tokens[-1].text) != end:
            return None
        ref = " ".join(text[start:end].split())
        replacement = self.rules.reason_and_law_replace
        return _Edit(0, end, replacement, Transformation(
            "law_citation", f"'{' '.join(text[:end].split())}' → '{replacement}', '{ref}' naar een aparte regel"),
            self.rules.law_line.format(citation=self._plain_citation(ref)), structural=True)

    def _plain_citation(self, ref: str) -> str:
        """A citation for its own line with its joining words made plain (simplify.yaml
        ``citation_words``: "artikel 9 … juncto artikel 255 …" -> "artikel 9 … en artikel 255 …")."""
        ref = " ".join(ref.split())
        for word, plain in self.rules.citation_words.items():
            ref = re.sub(rf"\b{re.escape(word)}\b", plain, ref)
        return ref

    def _verb_before_subject(self, token: "Token") -> bool:
        """Whether ``token``, right after an opening phrase, is the finite verb: tagged so, or a
        verb form followed by a personal pronoun that can be its subject. The tagger reads
        "besluiten" in "Gelet op het vorenstaande besluiten wij …" as the plural noun."""
        if _is_finite(token):
            return True
        if token.i + 1 >= len(token.doc) or not token.text.isalpha() or not token.text.islower():
            return False
        pronoun = token.doc[token.i + 1].lower_
        if pronoun in ("wij", "we", "zij"):
            return token.text.endswith("en") and token.text in self._finite_forms(token.text)
        if pronoun in ("ik", "u", "hij"):
            return any(token.text in self._finite_forms(lemma) for lemma in {_lemma(token)} if lemma)
        return False

    def _remove_citation(self, doc, tokens, before: str, after: str, start: int, end: int):
        """(start, end, replacement) that takes the citation out, or None when the sentence would break."""
        stripped_before = before.rstrip()
        if not stripped_before:  # the citation opens the sentence: the finite verb follows
            rest = after.lstrip(" ,")
            following = [t for t in doc if t.idx >= len(doc.text) - len(rest)]
            if not following or not _is_finite(following[0]):
                return None
            verb = following[0]
            subject = self._subject_after(verb)
            if subject is None:
                return None
            subject_end = subject[-1].idx + len(subject[-1].text)
            subject_text = doc.text[subject[0].idx:subject_end]
            if subject[0].text in _U_FORMS or subject[0].text[:1].islower():
                subject_text = subject_text[0].upper() + subject_text[1:]
            new = f"{subject_text} {verb.text.lower() if verb.text[1:].islower() else verb.text}"
            return (start, subject_end, new)
        if stripped_before.endswith(","):
            comma = len(stripped_before) - 1
            rest = after.lstrip()
            if rest.startswith(","):  # ", op grond van artikel 3 Awb, ..." -> " ..."
                return (comma, end + (len(after) - len(rest)) + 1, "")
            if re.match(r"^\s*[.!?;]", after) or not after.strip():
                return (comma, end, "")
            return None  # ", citation rest..." — the comma closes something else: leave it
        # inside the sentence without commas: an adjunct between two words; a comma after it closes
        # a chain the citation opened with one ("op grond van artikel 16 van de Awr, in samenhang met
        # artikel 231 van de Gemeentewet, een aanslag"), and goes with it (red team 29, 09-T1)
        if after.lstrip().startswith(",") and _COMMA_CHAIN.search(doc.text[start:end]):
            return (len(stripped_before), end + (len(after) - len(after.lstrip())) + 1, "")
        if re.match(r"^\s*[.!?]", after) or after.lstrip().startswith(","):
            return (len(stripped_before), end, "")
        # "Gelet op het vorenstaande en gelet op artikel 2:25 … heeft": the "en" goes with it
        joined = re.search(r"\s(?:en|of)\s*$", before)
        if joined:
            return (joined.start(), end + (len(after) - len(after.lstrip())) - 1, "")
        return (start, end + (len(after) - len(after.lstrip())), "")

    @staticmethod
    def _subject_after(verb: "Token") -> list["Token"] | None:
        """The subject right after a finite verb in first position, as its token span."""
        candidates = [child for child in verb.children if child.dep_ in ("nsubj", "nsubj:pass")]
        if not candidates and verb.dep_ in ("aux", "aux:pass", "cop"):
            candidates = [child for child in verb.head.children if child.dep_ in ("nsubj", "nsubj:pass")]
        if len(candidates) != 1:
            return None
        subject = _subtree(candidates[0])
        # "legt de burgemeester u een last … op": the parser may hang the object pronoun after the
        # subject on it (appos); it is not part of the subject ("De burgemeester legt u …")
        head = candidates[0]
        pronoun = next((t for t in subject if t.i > head.i and t.pos_ == "PRON"
                        and "Prs" in t.morph.get("PronType")), None)
        if pronoun is not None:
            subject = [t for t in subject if t.i < pronoun.i]
        if not _contiguous(subject) or subject[0].i != verb.i + 1:
            return None
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in subject) or len(subject) > 8:
            return None
        return subject

    # ------------------------------------------------------------------ passive formulas

    def _passive_formulas(self, doc: "Doc") -> list[_Edit]:
        text = doc.text
        by_start: dict[int, "Token"] = {}  # the tokens by where they start and end, read at the first match
        ends: set[int] = set()
        done: list[_Edit] = []
        formulas = [(pattern, replacement, "passive_to_active", False)
                    for pattern, replacement in self.rules.passive_formulas]
        formulas += [(pattern, replacement, "jargon", before_finite)
                     for pattern, replacement, before_finite in self.rules.phrase_formulas]
        for pattern, replacement, kind, before_finite in formulas:
            for match in pattern.finditer(text):
                if not by_start and len(doc):
                    for token in doc:
                        by_start[token.idx] = token
                        ends.add(token.idx + len(token.text))
                if match.start() not in by_start or match.end() not in ends:
                    continue
                if any(match.start() < e.end and match.end() > e.start for e in done):
                    continue
                if before_finite:
                    if self._connectives(text) > 0:
                        continue  # "Gelet op het vorenstaande heeft het college derhalve ...": one "daarom" is enough
                    following = text[match.end():]
                    next_token = by_start.get(match.end() + len(following) - len(following.lstrip(" ,")))
                    if next_token is None or not self._verb_before_subject(next_token):
                        continue
                    end = match.end() + len(following) - len(following.lstrip(" ,"))
                else:
                    end = match.end()
                new = " ".join(match.expand(replacement).split())
                if kind == "passive_to_active" and re.search(r"\bdoor\b", match.group(0), re.IGNORECASE):
                    # "U wordt door ons verzocht" -> "Wij vragen u" (the agent is the new subject); any
                    # other agent between the words ("wordt u door het college verzocht") is no "wij"
                    if not re.search(r"\bwij\b", new, re.IGNORECASE) or \
                            re.search(r"\bdoor\b(?!\s+ons\b)", match.group(0), re.IGNORECASE):
                        continue
                    new = " ".join(re.sub(r"\s*\bdoor\s+ons\b", "", new, flags=re.IGNORECASE).split())
                start = match.start()
                front = _FRONT_AGENT.fullmatch(text[:start]) if kind == "passive_to_active" else None
                if front is not None:
                    words = new.split()
                    if words[1:2] != [self._agent_subject(front.group(1))]:
                        continue  # "Door de gemeente wordt u verzocht": "wij" would be a second agent
                    # "Door ons wordt u verzocht …": the agent in front is the new subject ("Wij vragen u …")
                    new = " ".join([words[1][:1].upper() + words[1][1:], words[0], *words[2:]])
                    start = 0
                done.append(_Edit(start, end, new + (" " if before_finite else ""), Transformation(
                    kind, f"'{' '.join(match.group(0).split())}' → '{new}'")))
        return done

    # ------------------------------------------------------------------ splitting

    def _split_all(self, works: list[_Work], cache: dict) -> None:
        """Split long pieces, round by round. The first round reads the original parse (with the
        word-level replacements); a piece that is still long after a split is parsed again, all
        such pieces of a round together."""
        limit = self.rules.max_words
        views: dict[str, _View] = {}
        reparse = []
        for work in works:
            piece = work.pieces[0]
            if work.view is None or sentence_length(piece) <= limit:
                continue
            if work.view.structural:
                reparse.append(piece)
            else:
                views[piece] = work.view
        self._parse(reparse, cache)
        for piece in reparse:
            views.setdefault(piece, _View(cache[piece]))
        tried: dict[tuple[int, str], int] = {}
        fresh: set[str] = set()  # pieces whose view was replaced by a parse of their own text
        self._continuing = frozenset(work.pieces[0] for work in works if work.original[:1].islower())
        # the candidates of each piece, made as far as asked for (the first is usually taken)
        made: dict[str, tuple[list, Iterator]] = {}
        for _round in range(8):
            proposals = []
            own_parses = self._own_parses(works, views, made, tried, fresh, cache.get(_TENSORS))
            for work in works:
                for piece in work.pieces:
                    key = (id(work), piece)
                    if sentence_length(piece) <= limit or tried.get(key, 0) < 0 or piece not in views:
                        continue
                    number = tried.get(key, 0)
                    candidate = self._candidate(views[piece], number, made.setdefault(
                        piece, ([], self._split_candidates(views[piece]))))
                    if candidate is None and piece not in fresh:
                        # no safe split in this parse: the word-level replacements ("dient te
                        # tonen" -> "moet tonen") cover tokens no split may cut or move, or the
                        # parse is the letter's, read in its context. The piece is parsed as a
                        # sentence of its own and gets the same splits, with the same guards.
                        fresh.add(piece)
                        own = self._own_parse(piece, views[piece], cache.get(_TENSORS), own_parses.get(piece))
                        if own is not None:
                            views[piece] = own
                            made[piece] = ([], self._split_candidates(own))
                            number, candidate = 0, self._candidate(own, 0, made[piece])
                    if candidate is None:
                        tried[key] = -1
                        continue
                    parts, transformation = candidate
                    tried[key] = number + 1
                    proposals.append((work, piece, parts, transformation))
            if not proposals:
                return
            accepted = []
            for work, piece, parts, transformation in proposals:
                position = work.pieces.index(piece)
                items = [part for part in parts if isinstance(part, ListItem)]
                if items and (position != len(work.pieces) - 1 or any(isinstance(p, ListItem) for p in work.pieces)):
                    continue  # a list ends the sentence's output, and there is one list per sentence
                last = position == len(work.pieces) - 1
                if isinstance(parts[-1], PointsBack) and work.keep_end:
                    continue  # "… ter inzage gelegen. In dit ontwerpbesluit was … Binnen die termijn …" (red team 29)
                if isinstance(parts[-1], PointsBack) and not last:
                    continue  # "A. Dat blijkt uit X. Daardoor …": the next piece would point at the source
                if str(piece).rstrip().endswith(":") and not str(parts[-1]).rstrip().endswith(":") and not items:
                    # the sentence that announces what follows stays last: a clause taken out may not
                    # come after it ("De aanvraag, welke …, heeft betrekking op de volgende activiteiten:",
                    # red team 12, 02); a last part in the original order keeps the colon
                    tail, last_part = str(piece).rstrip()[:-1].split(), str(parts[-1]).rstrip()
                    if type(parts[-1]) is not str or not last_part.endswith(".") or not tail \
                            or last_part[:-1].split()[-1:] != tail[-1:]:
                        continue
                    parts = [*parts[:-1], last_part[:-1] + ":"]
                if not last and isinstance(work.pieces[position + 1], WholePointer) and not (
                        len(parts) == 2 and str(parts[0]).endswith("?") and str(parts[1]).startswith("Dan ")):
                    continue  # "A en B. Dit heeft het college juist bevonden.": split, "Dit" would be about B
                    # only (red team 31, 01-T9); a condition put as a question and its "Dan …" stay one whole
                if isinstance(parts[-1], AfterSentence) and not last:
                    if any(isinstance(p, ListItem) for p in work.pieces):
                        continue
                    work.pieces[position:position + 1] = parts[:1]
                    work.pieces.append(parts[1])
                    work.transformations.append(transformation)
                    tried[(id(work), piece)] = -1
                    if word_count(parts[0]) > limit:
                        accepted.append(parts[0])
                    continue
                if all(isinstance(part, ListItem) or (word_count(part) >= 3 and self._connectives(part) <= 1)
                       for part in parts):
                    term = work.pieces[position + 1] if position + 1 < len(work.pieces) else None
                    if isinstance(term, TermSentence) and len(parts) > 1:
                        parts = _term_after_its_verb(parts, term)
                        if parts is None:
                            continue
                        del work.pieces[position + 1]
                    work.pieces[position:position + 1] = parts
                    work.transformations.append(transformation)
                    tried[(id(work), piece)] = -1
                    if items:  # the sentence that announces the list is not split again
                        tried.update({(id(work), part): -1 for part in parts})
                    accepted.extend(part for part in parts if word_count(part) > limit and not isinstance(part, ListItem))
            self._parse(accepted, cache)
            for part in accepted:
                views.setdefault(part, _View(cache[part]))

    def _own_parses(self, works: list[_Work], views: dict, made: dict, tried: dict, fresh: set[str],
                    tensors: "TensorIndex | None") -> dict:
        """The parse of every piece that this round of _split_all will parse on its own (its view
        has no split left and it was not parsed on its own yet), all in one batch instead of one
        by one. Asking for the candidates here makes nothing the round would not make itself (they
        are kept in ``made``); a piece the round parses that is not here is parsed then."""
        limit = self.rules.max_words
        todo = []
        for work in works:
            for piece in work.pieces:
                number = tried.get((id(work), piece), 0)
                if sentence_length(piece) <= limit or number < 0 or piece not in views or piece in fresh or piece in todo:
                    continue
                if self._candidate(views[piece], number, made.setdefault(
                        piece, ([], self._split_candidates(views[piece])))) is None:
                    todo.append(piece)
        if not todo:
            return {}
        return dict(zip(todo, self.nlp.pipe(todo) if tensors is None
                        else self.linter.pipeline.pipe_reusing(todo, tensors)))

    def _own_parse(self, piece: str, view: _View, tensors: "TensorIndex | None" = None,
                   doc: "Doc | None" = None) -> "_View | None":
        """A view of ``piece`` parsed on its own, or None when that parse reads it as ``view``
        already does (same words, same heads and relations, no replacements). ``tensors``: see
        simplify_many (the same parse, faster); ``doc``: that parse, made already."""
        if doc is None:
            doc = self.nlp(piece) if tensors is None else next(iter(self.linter.pipeline.pipe_reusing([piece], tensors)))
        if not view.overrides and len(doc) == len(view.doc) and all(
                a.text == b.text and a.head.i == b.head.i and a.dep_ == b.dep_ and a.pos_ == b.pos_
                for a, b in zip(doc, view.doc)):
            return None
        return _View(doc)

    def _candidate(self, view: _View, number: int, made: tuple[list, Iterator]):
        """The split candidate ``number`` of a view (see _split_candidates), or None when it has
        fewer; ``made`` holds the candidates made so far and the iterator that makes the rest."""
        done, rest = made
        while len(done) <= number:
            self._v = view  # the split methods read the view of the piece they split
            candidate = next(rest, None)
            if candidate is None:
                return None
            done.append(candidate)
        return done[number]

    def _split_candidates(self, view: _View) -> Iterator[tuple[list[str], Transformation]]:
        """Every way to split the piece of ``view``, in order of preference, made one at a time
        (the caller sets ``self._v`` to the view before asking for the next). A question is not
        split: "Blijkt achteraf dat A en B?" (a condition made a question) needs both parts, and
        split in two the first would end in a full stop and read as a statement."""
        last = next((t for t in reversed(view.doc) if not t.is_space), None)
        if last is not None and last.text == "?":
            return
        for method in (self._split_marked_items, self._split_semicolon, self._split_list, self._split_preposition_list, self._split_coordination, self._split_repeated_frame,
                       self._split_coordinated_te, self._split_shared_subclause, self._split_shared_front,
                       self._split_fronted, self._split_fronted_purpose,
                       self._split_conditional, self._split_appositive, self._split_reachable, self._split_instruction, self._split_term, self._split_restated_date, self._split_relative, self._split_welke_tail, self._split_relative_tail, self._split_waar_tail, self._split_inserted_address,
                       self._split_trailing,
                       self._split_phrase, self._split_limit, self._split_frame, self._split_evidence):
            try:
                yield from method(view.doc)
            except (IndexError, ValueError, KeyError):  # an unexpected parse shape: no split
                continue

    def _sentence_words_of(self, doc: "Doc") -> list["Token"]:
        """``_sentence_words(doc)``, made once per view: the split methods ask it of the same
        parse one after another (a copy, so a caller may change its list)."""
        view = getattr(self, "_v", None)
        if view is None or doc is not view.doc:
            return _sentence_words(doc)
        if view.words is None:
            view.words = _sentence_words(doc)
        return list(view.words)

    def _connectives(self, text: str) -> int:
        """How many connecting adverbs of cause a text has ("Daardoor bent u daarom ..." has two)."""
        return sum(1 for word in re.findall(r"\w+", text.lower()) if word in self.rules.connectives)

    def _cut(self, *tokens: "Token") -> bool:
        """Whether a split at these tokens would cut through a replacement of several words."""
        return any(token.i in self._v.covered or self._v.overrides.get(token.i, (None,))[0] == "" for token in tokens)

    def _split_semicolon(self, doc: "Doc"):
        for token in doc:
            if token.text == ";" and _marked_item_after(doc, token.i + 1):
                return  # "…: a. uw naam; b. de dagtekening": items, no sentences ("B. de dagtekening.")
            if token.text == ";" and 0 < token.i < len(doc) - 2 and not self._cut(token):
                left, right = doc[:token.i], doc[token.i + 1:]
                # the left side keeps the start of the sentence (an item of "heeft besloten:" may
                # stay an infinitive clause); the right side becomes a sentence of its own
                if has_finite_verb(left) and _clause_or_sentence(right):
                    yield ([_sentence_case(_join(self._v.pieces(left))), _sentence_case(_join(self._v.pieces(right)))],
                           Transformation("split", "zin gesplitst bij ';'"))

    def _split_coordination(self, doc: "Doc"):
        """'A, en wij B, maar u C.' -> 'A. Wij B. Maar u C.' (main clauses with their own subject)."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or not _is_clause_head(root):
            return  # a noun as root ("Voor uw situatie, zijnde ... doch ..."): the parse is of a fragment
        if not (_is_finite(root) or any(_is_finite(c) and c.dep_ in ("aux", "aux:pass", "cop") for c in root.children)):
            # no finite verb of its own: "de vraag of de voorzieningen hadden moeten worden aangelegd en
            # de begrenzing … liggen vast" has two subjects of one verb, and its first part no main clause
            return
        splits = []  # (cc token, conj subtree without edge punctuation, repeated subject or None)
        shared = self._shared_subject(root)
        for conj in root.children:
            if conj.dep_ != "conj" or conj.i < root.i:
                continue
            ccs = [c for c in conj.children if c.dep_ == "cc" and c.text.lower() in self.rules.coordination]
            if len(ccs) != 1:
                continue
            if any(c.dep_ == "mark" for c in conj.children):
                continue
            verb = conj if _is_finite(conj) else next(
                (c for c in conj.children if _is_finite(c) and c.dep_ in ("aux", "aux:pass", "cop")), None)
            if verb is None:
                continue
            span = _clause_span(conj)
            if self._cut(ccs[0]) or not span or not _contiguous(span) or span[0].i != ccs[0].i or len(span) < 3:
                continue
            if 0 < ccs[0].i < len(doc) - 1 and doc[ccs[0].i - 1].pos_ == "ADP" and doc[ccs[0].i + 1].pos_ == "ADP":
                continue  # "boven en naast het pand": two prepositions share one object, no clause ends
            subjects = [c for c in conj.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")]
            if subjects:
                if not self._verb_second(conj, span[1]):
                    continue  # "en dat ...": a coordinated subordinate clause, no main clause
                if any(c.dep_ != "expl" and c.pos_ not in ("NOUN", "PROPN", "PRON", "DET", "NUM", "X")
                       for c in subjects):
                    continue  # a "verb" or adverb as subject ("…, en tegen de vermelde aanslagen …"): the tags are wrong
                if any(c.pos_ == "NOUN" and "Sing" in c.morph.get("Number") and not any(
                        d.dep_ == "conj" for d in c.children) for c in subjects) and "Plur" in verb.morph.get("Number"):
                    continue  # "…, doch wel uw consulent vragen …": a singular "subject" with a plural verb is
                    # an object of the first part's modal (red team 28, 02-T7), no clause of its own
                if doc[ccs[0].i - 1].text != "," and self._subordinate_between(list(doc), root, ccs[0]):
                    # "… krijg je alleen als je de gegevens hebt ingeleverd en wij verwachten dat …": without a
                    # comma the part after "en" may be a second condition of the clause before it; split
                    # off, a condition became a statement (red team 24, 02-T13)
                    continue
                splits.append((ccs[0], span, None))
            elif shared is not None and span[1].i == verb.i and not self._cut(verb) \
                    and not self._subordinate_between(list(doc), root, ccs[0]):
                if len(span) > 2 and span[2].lower_ in _CLAUSE_SUBJECT_PRONOUNS:
                    continue  # "… en zult u …": the second part has its own subject, which the parse missed
                if any(c.dep_ == "aux:pass" for c in conj.children) and any(c.dep_ == "obj" for c in conj.children):
                    continue  # "…, en wordt voor het restant een dwangbevel uitgevaardigd": a passive has no
                    # object, so the parse's object is the part's own subject
                if any(c.dep_ == "obj" for c in conj.children) and any(
                        c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("dat", "of")
                                                             for m in c.children)
                        for c in conj.children):
                    continue  # "… en heeft de bewoner verklaard dat u …": the "dat" clause is what was
                    # declared, so the parse's object is the part's own subject ("u" repeated made the
                    # reader the one who declared it)
                # "X dient A en dient B": the second part gets the subject again ("X dient B"); not
                # after a relative or subordinate clause, which "en hebben …" may continue instead
                # ("de stukken …, die wij hebben beoordeeld en hebben doorgestuurd": not "Wij hebben
                # doorgestuurd")
                splits.append((ccs[0], span, shared))
        if not splits:
            return
        splits.sort(key=lambda item: item[0].i)
        # the parts must follow each other: root part, then each conjunct up to the next one
        bounds = [cc.i for cc, _span, _subject in splits] + [len(doc)]
        for number, (cc, span, _subject) in enumerate(splits):
            following = [t for t in doc[span[-1].i + 1:bounds[number + 1]] if not t.is_punct]
            if following:
                return
        parts: list[str] = []
        left = [t for t in doc if t.i < splits[0][0].i]
        while left and _loose_punct(left[-1]):
            left.pop()
        parts.append(_sentence_case(_join(self._v.pieces(left))))
        for cc, span, subject in splits:
            opener = self.rules.coordination[cc.text.lower()]
            pieces = self._v.pieces(span[1:])
            if subject is not None and subject[2] is not None:
                # "In dat geval heeft X A en heeft B" -> "In dat geval heeft x B": front, verb, subject
                _lead, lowered, front = subject
                pieces = self._front_pieces(front, opener) + pieces[:1] + lowered + pieces[1:]
            elif subject is not None:
                lead, lowered, _front = subject
                # "en dient B" -> "X dient B"; "maar dient B" -> "Maar x dient B"
                pieces = ([(opener, " ")] + lowered + pieces) if opener else (lead + pieces)
            elif opener:
                pieces = [(opener, " ")] + pieces
            parts.append(_sentence_case(_join(pieces)))
        words = ", ".join(f"'{cc.text}'" for cc, _span, _subject in splits)
        repeated = " (onderwerp herhaald)" if any(subject for _cc, _span, subject in splits) else ""
        fronts = [subject[2] for _cc, _span, subject in splits if subject is not None and subject[2] is not None]
        if fronts:
            repeated = f" (onderwerp en '{' '.join(t.text for t in fronts[0])}' herhaald)"
        yield (parts, Transformation("split", f"zin gesplitst bij {words}{repeated}"))

    def _shared_subject(self, root: "Token"):
        """The root's subject to repeat in a second sentence, when it is short and certain ("wij",
        "het bezwaarschrift"), as (pieces opening a sentence, pieces inside one); None otherwise."""
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subjects) != 1:
            return None
        subject = _subtree(subjects[0])
        if not _contiguous(subject) or len(subject) > 5 or any(t.is_punct for t in subject):
            return None
        after = root.doc[subject[-1].i + 1] if subject[-1].i + 1 < len(root.doc) else None
        if subjects[0].pos_ not in ("NOUN", "PROPN", "PRON") or (
                len(subject) == 1 and after is not None and after.pos_ == "NOUN" and after.dep_ != "nsubj"):
            # "Dan wordt dat deel eerst afgeboekt …" parsed with "dat" as the subject and "deel" apart:
            # repeated, "dat" alone made "Dan wordt dat voor het restant … uitgevaardigd" (red team 20, 09-T5)
            return None
        if any(t.i in self._v.overrides for t in subject):
            return None
        front = None
        words = [t for t in root.doc if not t.is_space and not t.is_punct]
        if words and subject[0].i != words[0].i:
            # the clause opens with another phrase ("In dat geval heeft de gemeente ..."): it belongs
            # to the second clause too, so it is repeated, with the subject after the verb
            finite = root if _is_finite(root) else next(
                (c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop") and _is_finite(c)), None)
            if finite is None or subject[0].i != finite.i + 1:
                return None
            front = self._front_phrase(root.doc, finite)
            if front is None:
                return None
        pieces = self._v.pieces(subject)
        pieces[-1] = (pieces[-1][0], " ")
        first = subject[0].text
        capital = list(pieces)
        capital[0] = (first[:1].upper() + first[1:], capital[0][1])
        inner = list(pieces)
        if subject[0].pos_ != "PROPN" and first[:1].isupper() and (len(first) == 1 or first[1:].islower()):
            inner[0] = (first[:1].lower() + first[1:], inner[0][1])
        return capital, inner, front

    @staticmethod
    def _verb_second(head: "Token", first: "Token") -> bool:
        """Whether the clause of ``head`` starting at ``first`` has its finite verb right after its
        first constituent (a Dutch main clause)."""
        if first.pos_ == "SCONJ" or first.text.lower() in ("dat", "of", "om", "te"):
            return False
        verb = head if _is_finite(head) else next(
            (c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop") and _is_finite(c)), None)
        if verb is None:
            return False
        node = first
        while node.head.i != head.i and node.head.i != node.i:
            node = node.head
        if node.i == verb.i:
            return False
        return verb.i == max(t.i for t in node.subtree) + 1

    def _main_clause(self, clause: list["Token"], head: "Token", opener, drop: set[int],
                     question: bool = False, subject_lead: bool = False,
                     number: str | None = None) -> list[tuple[str, str]] | None:
        """A verb-final clause (without its opening word) as a main clause.

        ``opener`` (a word, or pieces) comes first, then the finite verb, then the rest in order;
        without opener the clause's subject comes first; with ``question`` the finite verb comes
        first ("Kunt u zich niet verenigen met dit besluit?"). A separable verb leaves its particle
        where the verb stood ("meebrengt" -> "brengt ... mee"). None when the parse does not name
        exactly one finite verb for the clause, or its particle is uncertain. Only the clause's own
        finite verbs count: a relative or subordinate clause inside it ("waarbij u een pasfoto die
        voldoet aan de eisen, … moet meebrengen") keeps its words and its order
        (:meth:`_nested_clauses`). ``subject_lead``: the opener is the clause's subject ("Deze
        aanslag" for "welke aanslag" or "die"), so a second verb that shares it may follow "en"
        ("Deze aanslag beloopt … en heeft betrekking op …"); ``number`` ("Sing"/"Plur"): the number
        of that subject, which the finite verbs then must have where they are tagged with one."""
        tokens = [t for t in clause if t.i not in drop]
        nested = self._nested_clauses(clause, head)
        finite = [t for t in clause if _is_finite(t) and t.i not in nested]
        if not finite or not tokens:
            return None
        # the conjunction "dat" that opens the clause (not part of it) may be misread as a subject
        opening = clause[0].i - 1
        subjects_of = lambda node: [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")  # noqa: E731
                                    and not (c.i == opening and c.lower_ == "dat")]
        if len(subjects_of(head)) > 1:
            return None  # two subjects for one verb: the parse is not to be trusted here
        verb = finite[0]
        if verb.i in self._v.covered or verb.i in drop:
            return None
        if verb.i != head.i and not (verb.head.i == head.i and verb.dep_ in ("aux", "aux:pass", "cop")):
            return None
        if _inside_unclosed_relative(tokens, verb):
            return None  # "waarin onder meer zijn begrepen …, welke aanslag u … betaalt": "betaalt" is the
            # nested clause's, whatever the parse says (red team 18, 10: "Daarin betaalt onder meer zijn begrepen …")
        if any(t.i != verb.i and t.i < verb.i for t in finite):
            return None
        if self._untagged_conjunct(tokens, head, verb):
            return None
        coordinated = [t for t in finite if t.i > verb.i and not self._subordinate_between(tokens, verb, t)]
        own_subject = [t for t in tokens if t.i > verb.i and t.dep_ in ("nsubj", "nsubj:pass") and t.head.i != head.i
                       and any(verb.i < c.i < t.i and c.pos_ == "CCONJ" for c in tokens)
                       and not self._subordinate_between(tokens, verb, t)]
        if coordinated or own_subject:
            # "zodat u geen woonplaats heeft en het college niet bevoegd is": a second clause with
            # its own finite verb, joined by "en"; as a main clause its verb moves as well, or the
            # result is not Dutch ("Daardoor heeft u … en het college niet bevoegd is …")
            return self._coordinated_main_clause(clause, tokens, head, opener, drop, question, verb, finite,
                                                 subject_lead or (opener is None and not question), number)

        for other in finite:
            if other.i == verb.i:
                continue
            node = other
            while node.head.i != head.i and node.head.i != node.i:
                node = node.head
            if node.i == other.i or node.dep_ == "conj":
                return None  # "welke ... beloopt en betrekking heeft": two verbs of one clause
        if self._second_finite(tokens, verb):
            return None
        inside = {t.i for t in tokens}
        if any(c.dep_ == "conj" and c.i in inside and any(g.dep_ in ("nsubj", "nsubj:pass", "expl") for g in c.children)
               and any(g.dep_ == "cc" for g in c.children) for c in head.children):
            return None  # a coordinated clause with its own subject would keep its subordinate order
        verb_text, particle = self._v.text(verb), None
        if verb.pos_ == "VERB" and verb.i not in self._v.overrides:
            split = self._separable(verb)
            if split is False:
                return None
            if split:
                particle, verb_text = split
        rest = []
        for token in tokens:
            if token.i == verb.i:
                if particle:
                    rest.append((particle, token.whitespace_))
                continue
            rest.extend(self._v.pieces([token]))
        if question:
            if rest and rest[0][0][:1].isupper() and tokens[0].pos_ != "PROPN" and tokens[0].text not in _U_FORMS \
                    and tokens[0].i not in self._v.overrides:
                rest[0] = (_lower_first(tokens[0]), rest[0][1])
            return [(verb_text, " ")] + rest
        if opener == "{first}":  # the clause's first phrase stays in front ("Bij herhaling zal ...")
            others = [t for t in tokens if t.i != verb.i]
            if not others:
                return None
            node = others[0]
            while node.head.i != head.i and node.head.i != node.i:
                node = node.head
            phrase = [t for t in _subtree(node) if t.i not in drop]
            if node.i == head.i or node.i == verb.i or not _contiguous(phrase) or phrase[0].i != others[0].i \
                    or any(t.i > verb.i for t in phrase) or self._overreaching([t for t in phrase if t.i != node.i]):
                return None
            count = len(self._v.pieces(phrase))
            return rest[:count] + [(verb_text, " ")] + rest[count:]
        if opener is None:
            subjects = subjects_of(head)
            if len(subjects) != 1:
                return None
            subject = [t for t in _subtree(subjects[0]) if t.i not in drop]
            others = [t for t in tokens if t.i != verb.i]
            if not subject or not _contiguous(subject) or not others or subject[0].i != others[0].i:
                return None
            if self._overreaching(subject):
                return None
            count = len(self._v.pieces(subject))
            lead, rest = rest[:count], rest[count:]
            if lead and subject[0].i == 0 and subject[0].i not in self._v.overrides:
                lead[0] = (_lower_first(subject[0]), lead[0][1])
        else:
            lead = [(opener, " ")] if isinstance(opener, str) else list(opener)
        return lead + [(verb_text, " ")] + rest

    def _overreaching(self, phrase: list["Token"]) -> bool:
        """Whether the parse took an adverb, a phrase of time or an apposition into a phrase that is
        to move in front of the finite verb ("Uw vermogen hierdoor vanaf 14 april kwam ...", "De heer
        Valk vanaf 1 november heeft ...", "De vader, de heer K. Brouwer heeft, ...")."""
        return any(t.is_punct or t.pos_ == "ADV" or t.dep_.startswith(("obl", "advmod", "appos"))
                   or (t.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in self.rules.time_prepositions
                                                for c in t.children)) for t in phrase)

    @staticmethod
    def _subordinate_between(tokens: list["Token"], verb: "Token", other: "Token") -> bool:
        """Whether a subordinate or relative clause opens between two finite verbs of a clause
        ("… heeft, die … is"): the second verb is then not a verb of the clause itself."""
        return any(verb.i < t.i < other.i and (
            t.pos_ == "SCONJ" or t.lower_ in _RELATIVE_WORDS or t.lower_.startswith("waar")
            or "Rel" in t.morph.get("PronType")) for t in tokens)

    @staticmethod
    def _untagged_conjunct(tokens: list["Token"], head: "Token", verb: "Token") -> bool:
        """Whether the head has a coordinated verb without a finite verb of its own that cannot share
        the clause's finite verb: after a finite head ("… duurde en plaatsvond …", the second verb
        read as a noun), or in another form than the head ("welke aanvraag wij hebben ontvangen en
        nu in behandeling nemen": "nemen" is a plural finite verb, not an infinitive under "hebben").
        Turned around, such a clause keeps that verb at its end: "Deze aanvraag hebben wij ontvangen
        en nu in behandeling nemen" is not Dutch; nor is "Deze vergunning is een jaar geldig en op
        12 januari 2027 afloopt" (a verb without tags after an adjective with "is")."""
        inside = {t.i for t in tokens}
        for conjunct in head.children:
            if conjunct.dep_ != "conj" or conjunct.i not in inside:
                continue
            if _is_finite(conjunct) or any(c.dep_ in ("aux", "aux:pass", "cop") and _is_finite(c)
                                           for c in conjunct.children):
                continue  # a verb of its own: the caller's checks decide
            if any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in conjunct.children):
                continue  # a clause with its own subject (", welke … komen"): the caller's checks decide
            if verb.i == head.i and (conjunct.pos_ in ("VERB", "AUX") or not _is_clause_head(conjunct)):
                return True
            # a verb shares the finite verb only in the head's own form ("is ontvangen en doorgestuurd");
            # not after an adjective with "is" ("geldig is en op … afloopt": "afloopt" without tags)
            if conjunct.pos_ in ("VERB", "AUX") and (
                    head.pos_ not in ("VERB", "AUX") or not conjunct.morph.get("VerbForm")
                    or set(conjunct.morph.get("VerbForm")) != set(head.morph.get("VerbForm"))):
                return True
        return False

    def _nested_clauses(self, clause: list["Token"], head: "Token") -> set[int]:
        """The tokens of the relative and subordinate clauses inside the clause of ``head`` that have
        a finite verb of their own ("waardoor de rekening die u heeft ontvangen niet kan worden
        vergoed": "die u heeft ontvangen"); such a verb is not the clause's own. A nested clause
        counts only when the parse and the words agree: it hangs below the head as a relative or
        subordinate clause, its words are contiguous and inside the clause, it opens with a relative
        or subordinating word, and no verb follows right after it (in "de stukken die u moet
        opsturen kunt inleveren" the words do not show which verb is whose). A finite verb in a clause
        that does not meet this stays a verb of the clause itself: the caller's checks then decide,
        as they did before nested clauses were recognised (they refuse it before the clause's verb)."""
        inside = {t.i for t in clause}
        doc = head.doc
        nested: set[int] = set()
        for other in clause:
            if other.i in nested or not _is_finite(other):
                continue
            node = other.head if other.dep_ in ("aux", "aux:pass", "cop") else other
            if node.i == head.i:
                continue
            path = [node]
            while path[-1].head.i != head.i and path[-1].head.i != path[-1].i:
                path.append(path[-1].head)
            if path[-1].head.i != head.i or (len(path) == 1 and node.dep_ == "conj"):
                continue  # not below the head, or a coordinated verb of the clause: the caller decides
            sub = next((n for n in path if n.dep_ in _NESTED_CLAUSES), None)
            if sub is None:
                continue  # left to the caller's checks, as before
            span = _clause_span(sub)
            if not span or not _contiguous(span) or any(t.i not in inside for t in span) \
                    or any(t.i == head.i or (t.head.i == head.i and t.dep_ in ("aux", "aux:pass", "cop"))
                           for t in span):
                continue
            first = span[0]
            after = doc[span[0].i + 1] if span[0].i + 1 < len(doc) else None
            opens = first.pos_ == "SCONJ" or first.lower_ in _RELATIVE_WORDS or (
                first.lower_.startswith("waar") and len(first.lower_) > 4) or (
                first.pos_ == "ADP" and after is not None and after.lower_ in _RELATIVE_WORDS)
            if not opens or other.i not in {t.i for t in span}:
                continue
            following = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
            if following is not None and following.i in inside and (
                    following.pos_ in ("VERB", "AUX") or following.lower_ == "te"):
                continue
            nested.update(t.i for t in span)
        return nested

    def _coordinated_main_clause(self, clause, tokens, head, opener, drop, question, verb, finite,
                                 shared: bool = False, number: str | None = None):
        """Two verb-final clauses joined by 'en' / 'maar' as one main clause: 'Daardoor heeft u
        niet langer woonplaats in X en is het college niet langer bevoegd u bijstand te verlenen.'
        The second clause takes the same order as the first (verb before its subject after an
        opener or in a question, after it otherwise). None unless the parse is certain: exactly one
        'en'/'maar' between the two verbs, the second clause opening with its own subject, its
        finite verb one word that is not separable."""
        if len(finite) != 2:
            return None
        second = finite[1]
        joins = [t for t in tokens if verb.i < t.i < second.i and t.pos_ == "CCONJ"]
        if len(joins) != 1 or joins[0].lower_ not in ("en", "maar") or self._cut(joins[0]):
            return None
        join = joins[0]
        subjects = [t for t in tokens if join.i < t.i < second.i and t.dep_ in ("nsubj", "nsubj:pass", "expl")]
        if not subjects and shared:
            return self._shared_subject_conjunct(clause, tokens, head, opener, drop, question, verb, second,
                                                 join, number)
        if second.i in self._v.covered or second.i in self._v.overrides or second.i in drop:
            return None
        if second.pos_ == "VERB" and self._separable(second) is not None:
            return None
        if len(subjects) != 1:
            return None
        subject = [t for t in _subtree(subjects[0]) if t.i not in drop and t.i > join.i]  # the parse may hang 'en' on it
        if not _contiguous(subject) or subject[0].i != join.i + 1 or subject[-1].i >= second.i:
            return None
        if any(t.i in self._v.overrides for t in subject):
            return None
        first = self._main_clause([t for t in clause if t.i < join.i], head, opener, drop, question)
        if first is None:
            return None
        rest = [t for t in tokens if t.i > join.i and t.i != second.i and t not in subject]
        verb_piece = [(self._v.text(second), " ")]
        if opener is not None or question:
            conjunct = verb_piece + self._v.pieces(subject) + self._v.pieces(rest)
        else:
            conjunct = self._v.pieces(subject) + verb_piece + self._v.pieces(rest)
        return first + [(join.text, " ")] + conjunct

    def _shared_subject_conjunct(self, clause, tokens, head, opener, drop, question, verb, second, join,
                                 number: str | None):
        """Two verb-final clauses with one subject, joined by 'en' / 'maar', as one main clause whose
        subject comes first: '…, welke aanslag een bedrag van € 412,30 beloopt en in acht termijnen
        moet worden betaald.' -> 'Deze aanslag beloopt een bedrag van € 412,30 en moet in acht
        termijnen worden betaald.' The second finite verb moves right behind the conjunction (a
        separable verb leaves its particle where it stood). Only when the opener is that subject
        (the caller says so), the second verb hangs on the first as its coordinated clause without
        a subject of its own, and both verbs agree with the subject's number where tagged."""
        node = second.head if second.dep_ in ("aux", "aux:pass", "cop") else second
        if node.dep_ != "conj" or node.head.i != head.i or node.i < join.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in node.children):
            return None
        if any(t.i > join.i and t.dep_ in ("nsubj", "nsubj:pass", "expl") and t.head.i in (node.i, head.i)
               for t in tokens):
            return None
        if number is not None and any(v.morph.get("Number") and number not in v.morph.get("Number")
                                      for v in (verb, second)):
            return None  # "…, die … beloopt" after a plural noun: the verb points at another one
        if second.i in self._v.covered or second.i in self._v.overrides or second.i in drop:
            return None
        first = self._main_clause([t for t in clause if t.i < join.i], head, opener, drop, question)
        if first is None:
            return None
        verb_text, particle = self._v.text(second), None
        if second.pos_ == "VERB":
            split = self._separable(second)
            if split is False:
                return None
            if split:
                particle, verb_text = split
        conjunct = [(verb_text, " ")]
        for token in tokens:
            if token.i <= join.i:
                continue
            if token.i == second.i:
                if particle:
                    conjunct.append((particle, token.whitespace_))
                continue
            conjunct.extend(self._v.pieces([token]))
        if len(conjunct) < 2:
            return None
        return first + [(join.text, " ")] + conjunct

    @staticmethod
    def _second_finite(tokens: list["Token"], verb: "Token") -> bool:
        """Whether a clause has another finite verb (by its tags) at its own level: one that no
        subordinating word, relative word or "te"/"om" opens a clause for between the moved verb
        and it ("zodat uw lasten worden betaald en er geen schulden ontstaan": moving only "worden"
        would leave "er geen schulden ontstaan" in subordinate order)."""
        for other in tokens:
            if other.i == verb.i or not _is_finite(other):
                continue
            low, high = min(verb.i, other.i), other.i
            between = [t for t in tokens if low < t.i < high]
            if other.i < verb.i:
                between = [t for t in tokens if t.i < other.i]
            if not any(t.pos_ == "SCONJ" or t.lower_ in _RELATIVE_WORDS or t.lower_ in ("te", "om")
                       or (t.lower_.startswith("waar") and len(t.lower_) > 4) for t in between):
                return True
        return False

    def _separable(self, verb: "Token"):
        """(particle, verb without it) for a separable finite verb ("meebrengt" -> ("mee",
        "brengt"), "plaatsvindt" -> ("plaats", "vindt")), None for a verb that stays one word,
        False when that is uncertain ("voldoet", "overweegt")."""
        lowered = verb.text.lower()
        lemma = _lemma(verb)
        if lemma in self.rules.inseparable_verbs:
            return None  # "voldoet" never becomes "doet … vol"
        for size in range(2, len(lowered) - 2):
            prefix, stem = lowered[:size], lowered[size:]
            base = lemma[size:]
            if not lemma.startswith(prefix) or len(base) < 4:
                continue
            if base not in self._lexicon and zipf(base) < 3.0:
                continue  # not a verb of its own ("plaatsvinden" is not "pl" + "aatsvinden")
            if stem not in self._finite_forms(base):
                continue
            if prefix in self.rules.inseparable_prefixes:
                return None
            if prefix in self.rules.separable_particles:
                return prefix, verb.text[size:]
            return False
        if any(lowered.startswith(p) and len(lowered) > len(p) + 2
               for p in (*self.rules.particles, *self.rules.separable_particles)):
            return False  # looks like particle + verb ("deelneemt"), but the parse gives no lemma to check it
        return None

    def _antecedent_phrase(self, antecedent: "Token", pronoun: "Token") -> str | None:
        """'Deze aanvraag' / 'Dit besluit' for the noun a relative clause is about, or None when
        the noun is uncertain."""
        if antecedent.pos_ != "NOUN":
            return None
        if antecedent.text[:1].isupper() and antecedent.i and not antecedent.is_sent_start:
            return None  # a name the tagger read as a noun: "De Wilgenhoeve, die …" is no "Deze wilgenhoeve" (red team 31)
        if _in_merge_field(antecedent):
            return None  # "«naam_andere_ouder», die …" is no "Deze naam_andere_ouder" (red team 32, 07-T2)
        gender, number = antecedent.morph.get("Gender"), antecedent.morph.get("Number")
        neuter_single = "Neut" in gender and "Sing" in number
        word = pronoun.text.lower()
        if word == "dat" and not neuter_single:
            return None
        if word == "die" and neuter_single:
            return None
        if not number or (not gender and "Plur" not in number):
            return None
        # another noun of the same kind in the noun phrase before the comma makes the reference
        # uncertain ("uw aanvraag om bijstand, welke ..." may be about either noun)
        top = antecedent
        while top.dep_ in ("nmod", "appos", "conj", "flat") and top.head.pos_ in ("NOUN", "PROPN") \
                and top.head.i != top.i:
            top = top.head
        phrase = [t for t in top.subtree if t.i < pronoun.i]
        # and so does a noun just before it, whatever the parse attached it to
        index = pronoun.i - 1
        while index >= 0 and pronoun.doc[index].pos_ not in ("VERB", "AUX", "SCONJ") and (
                index == pronoun.i - 1 or pronoun.doc[index].text not in ",;:"):
            phrase.append(pronoun.doc[index])
            index -= 1
        for token in phrase:
            if token.i == antecedent.i or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if word not in ("die", "dat"):
                return None  # "welke", "waarbij" agree with any noun: "uw bezwaarschrift, gericht tegen de beschikking, waarbij …"
            other_neuter = "Neut" in token.morph.get("Gender") and "Sing" in token.morph.get("Number")
            if other_neuter == neuter_single:
                return None
        demonstrative = "Dit" if neuter_single else "Deze"
        possessive = [c for c in antecedent.children if c.dep_ == "nmod:poss" and c.i < antecedent.i
                      and c.lower_ in _POSSESSIVES]
        noun = antecedent.text if antecedent.pos_ == 'PROPN' else antecedent.text.lower()
        if len(possessive) == 1:  # "haar vader, die ..." -> "Haar vader ..."
            # with the adjectives: "uw voormalige partner" is not "uw partner"
            words = antecedent.doc[possessive[0].i + 1:antecedent.i]
            if any(t.is_punct or t.i not in {d.i for d in antecedent.subtree} for t in words):
                return None
            return " ".join([possessive[0].text[:1].upper() + possessive[0].text[1:].lower(),
                             *(t.text for t in words), noun])
        return f"{demonstrative} {noun}"

    def _split_relative(self, doc: "Doc"):
        openers = self.rules.relative_openers
        for token in doc:
            word = token.text.lower()
            if word not in openers or token.i < 2:
                continue
            if self._bound(doc, token.i, whole=openers[word] == "{clause}"):
                continue
            if token.dep_ == "det" and word == "welke":
                yield from self._split_welke_noun(doc, token)
                continue
            if doc[token.i - 1].text != "," or self._cut(token, doc[token.i - 1]):
                continue
            if _points_at_a_noun(token) and _after_another_relative(doc, token.i - 1):
                continue  # "het pand, waarvan u eigenaar bent, waarop u … uw zienswijze heeft gegeven" (red team 22)
            if token.dep_ in ("nsubj", "nsubj:pass", "obj", "advmod", "obl", "mark", "iobj"):
                head = token.head
            else:
                continue
            clause = _clause_span(head)
            if not clause or clause[0].i != token.i or not _contiguous(clause):
                continue
            if any(doc[t.i - 1].text == "," and t.i - token.i - 1 <= _SHORT_INSERTED_CLAUSE and _points_at_a_noun(t)
                   for t in clause[1:]):
                # "het pand, waarvan u eigenaar bent, waarop u … uw zienswijze heeft gegeven": a second
                # relative clause after the first may point at an earlier noun (the voornemen); taken out
                # with the first, "Daarvan bent u eigenaar, waarop …" made it the pand (red team 22, 04-T1)
                continue
            if any("Rel" in t.morph.get("PronType") and doc[t.i - 1].lower_ in ("en", "of") for t in clause[1:]):
                continue  # "…, die op het adres staat ingeschreven en die ook een zienswijze kan indienen": the second
                # "die" stayed in the new sentence ("en kan die ook …"; found with red team 32)
            if any(t.pos_ == "CCONJ" and doc[t.i - 1].text == "," for t in clause[1:]):
                # "…, waarbij de waarde … is vastgesteld, alsmede tegen de aanslag …": the part after
                # ", en" may continue the sentence before the clause ("gericht tegen …"), not the clause
                continue
            closing = clause[-1].i + 1
            at_end = closing >= len(doc) or all(t.is_punct and t.text in ".!?" for t in doc[closing:])
            if not at_end and (doc[closing].text != "," or self._cut(doc[closing])):
                continue
            if _verbs_after_its_verb(clause, head) or _verb_missed_before_a_comma(clause, head):
                continue
            if not at_end and closing + 1 < len(doc) and doc[closing + 1].pos_ == "CCONJ":
                continue  # "…, welke … zou zijn indien u … te laat, maar nog vóór … had gemeld, …": the clause goes on
            opener = openers[word]
            if opener == "{antecedent}":
                if head.dep_ != "acl:relcl" or token.dep_ not in ("nsubj", "nsubj:pass", "obj"):
                    continue
                antecedent = head.head
                if antecedent.i >= token.i or not _certain_antecedent(antecedent):
                    continue
                if any(t.text in ",;:" for t in doc[antecedent.i + 1:token.i - 1]):
                    # a comma between the noun the parse chose and the clause: "…, mocht u opnieuw bijstand
                    # nodig hebben, een nieuwe aanvraag moet indienen, die niet kan leiden tot …" gave
                    # "Deze bijstand kan niet …" (the aanvraag was meant; red team 25, 03-T11)
                    continue
                opener = self._antecedent_phrase(antecedent, token)
                if opener is None:
                    continue
            elif opener == "{clause}":
                if token.dep_ not in ("nsubj", "obj") or not at_end:
                    continue
                opener = self.rules.clause_reference
            elif not at_end:
                # inside the sentence, "Daarin" could point at whatever the rest of the sentence
                # names last: the new sentence names the noun ("In deze betaling ...")
                preposition = self.rules.pronominal_prepositions.get(word)
                if preposition is None or head.dep_ != "acl:relcl" or head.head.i >= token.i \
                        or not _certain_antecedent(head.head):
                    continue
                phrase = self._antecedent_phrase(head.head, token)
                if phrase is None:
                    continue
                opener = f"{preposition.capitalize()} {phrase[0].lower()}{phrase[1:]}"
            elif word == "zodat" and self._purpose_by_deadline(doc, token, clause):
                continue
            elif word == "zodat" and any(_lemma(t) in self.rules.purpose_verbs for t in clause):
                opener = self.rules.purpose_opener
            drop = self._repeated_connective(clause[1:], opener)
            # "die"/"welke" as the subject: "Deze N" leads, and a second verb may share it
            subject_lead = word in ("die", "dat", "welke") and token.dep_ in ("nsubj", "nsubj:pass") \
                and openers[word] == "{antecedent}"
            number = None
            if subject_lead:
                number = next(iter(head.head.morph.get("Number")), None)
            main = self._main_clause(clause[1:], head, opener, drop, subject_lead=subject_lead, number=number)
            if main is None:
                continue
            before = [t for t in doc if t.i < token.i - 1]
            after = [] if at_end else [t for t in doc if t.i > closing]
            if any(t.lower_ in self.rules.referent_words or t.lower_ in self.rules.pointing_back
                   or t.lower_.startswith(("laatstgenoemd", "eerstgenoemd")) for t in after):
                # "…, die op 1 januari op het adres Stationsweg 31 stond ingeschreven, …, zodat u als
                # enige op voornoemd adres staat ingeschreven": the clause goes after the sentence,
                # and the word that points back would point at another address
                continue
            if after and _opening(after, self.rules.relative_scope_tails):
                continue  # "…, die … heeft geadviseerd het bezwaar gegrond te verklaren, zowel wat het vervoer als
                # wat het aantal etmalen betreft": the limit may be the clause's (red team 31, 01-T6)
            if after and (after[0].pos_ == "SCONJ" or after[0].lower_ in ("tenzij", "mits", "indien", "als", "zodat")):
                # "…, waarbij is uitgegaan van de bouwtekening van 2019, tenzij u aannemelijk maakt dat de
                # woning na die datum is verkleind": the condition may belong to the clause taken out,
                # and would stay behind on the rest (red team 15)
                continue
            if after and (after[0].pos_ in ("SCONJ", "CCONJ") or after[0].lower_ in openers
                          or after[0].lower_.startswith("waar")):
                after = [doc[closing]] + after  # the comma also opens the next clause: it stays
            outer = self._v.pieces(before) + self._v.pieces(after)
            if not any(_is_finite(t) for t in before + after):
                continue
            moved = _sentence_case(_join(main))
            if not after and openers[word] == "{clause}":
                moved = WholePointer(moved)  # "Dit heeft het college juist bevonden." is about all of the piece
            yield ([_sentence_case(_join(outer)), TakenOut(moved) if after else moved],
                   Transformation("split", f"zin gesplitst bij '{token.text}'" + self._dropped_note(drop, opener)))

    def _split_welke_noun(self, doc: "Doc", welke: "Token"):
        """'..., welke aanvraag op 9 mei is ontvangen.' -> '... . Deze aanvraag is op 9 mei
        ontvangen.' The noun is in the clause itself, so the reference is certain."""
        noun = welke.head
        if noun.pos_ != "NOUN" or noun.i <= welke.i:
            return
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("en", "of", "noch"):
            return  # two nouns after "welke" ("welke beschikking en aanslag"): the verb agrees with both
        # "welke N" after a comma always opens a relative clause, whatever label the parse gives it
        if noun.dep_ not in ("nsubj", "nsubj:pass", "obj", "iobj", "obl"):
            return
        if not _welk_agrees(welke, noun):
            return
        head = noun.head
        if head.dep_ == "ROOT" or not _is_clause_head(head):
            return
        if noun.dep_ not in ("nsubj", "nsubj:pass") and not any(
                t.dep_ in ("nsubj", "nsubj:pass", "expl") for t in head.children):
            return  # "welke deel uitmaakt van …": without a subject of its own "welke" is the subject
        constituent = noun
        while constituent.head.i != head.i:
            constituent = constituent.head
        first = _clause_span(constituent)
        clause = _clause_span(head)
        if not clause or not _contiguous(clause) or not _contiguous(first) or clause[0].i != first[0].i:
            return
        start = clause[0]
        if start.i < 2 or doc[start.i - 1].text != "," or self._cut(start, doc[start.i - 1]):
            return
        if _indirect_question(doc, start.i - 1):
            return
        if any(t.i < welke.i and t.pos_ != "ADP" for t in first) or first[-1].i != noun.i:
            return  # only "welke N" or "van welke N": a phrase after the noun may belong to the verb
        if _second_relative(clause, noun):
            return
        closing = clause[-1].i + 1
        at_end = closing >= len(doc) or all(t.is_punct and t.text in ".!?" for t in doc[closing:])
        if not at_end and (doc[closing].text != "," or self._cut(doc[closing])):
            return
        rest = doc[closing + 1:] if not at_end else []
        if rest and (rest[0].pos_ == "CCONJ" or rest[0].lower_ in ("en", "of", "noch", "maar") or any(
                t.lower_ in ("en", "of", "noch") and t.i + 1 < len(doc) and (
                    doc[t.i + 1].lower_ in _RELATIVE_WORDS or doc[t.i + 1].lower_.startswith("waar")) for t in rest)):
            # "…, welke aanslag bestaat uit …, en waarvan de invordering … is aangehouden": what follows
            # goes on with the relative clause; without it the sentence would read "… 2026 en waarvan …"
            # (red team 23, 10-T1)
            return
        if rest and _opening(rest, self.rules.relative_scope_tails):
            return  # "…, welke vergunning … is aangevraagd, laat staan verleend": the tail is the clause's (red team 32, 04-T3)
        if rest and _verbless_stretch(rest):
            return  # "…, welke aanslag bestaat uit afvalstoffenheffing van € 356,40, rioolheffing van € 241,20 en
            # hondenbelasting van € 118,50, in totaal …": the comma was one of the list's, not the clause's end;
            # a phrase without a verb after the clause ("…, in totaal € 716,10") is the clause's too
        neuter_single = "Neut" in noun.morph.get("Gender") and "Sing" in noun.morph.get("Number")
        if not noun.morph.get("Number"):
            return
        vorfeld = []
        for token in first:
            if token.i == welke.i:
                vorfeld.append(("dit" if neuter_single else "deze", token.whitespace_))
            else:
                vorfeld.extend(self._v.pieces([token]))
        if vorfeld:
            vorfeld[0] = (vorfeld[0][0][:1].upper() + vorfeld[0][0][1:], vorfeld[0][1])
        subject_lead = noun.dep_ in ("nsubj", "nsubj:pass") and first[0].i == welke.i
        main = self._main_clause(clause, head, vorfeld, {t.i for t in first}, subject_lead=subject_lead,
                                 number=next(iter(noun.morph.get("Number")), None))
        if main is None:
            return
        before = [t for t in doc if t.i < start.i - 1]
        after = [] if at_end else [t for t in doc if t.i > closing]
        if not any(_is_finite(t) for t in before + after):
            return
        if any(t.pos_ == "SCONJ" or t.lower_ in ("dat", "zodat", "waardoor", "waarbij", "waarna")
               or t.lower_ in self.rules.pointing_back for t in after):
            # "…, welke kosten wij ramen op € 6.850,00, met dien verstande dat de werkelijke kosten hoger
            # kunnen uitvallen": the clause after it may comment on what the relative clause says, and
            # the relative clause would come after it (red team 23, 04-T11)
            return
        outer = self._v.pieces(before) + self._v.pieces(after)
        yield ([_sentence_case(_join(outer)), _sentence_case(_join(main))],
               Transformation("split", "zin gesplitst bij 'welke'"))

    def _split_welke_tail(self, doc: "Doc"):
        """'..., welke aanvraag op 9 mei bij ons is ingediend.' -> '... . Deze aanvraag is op 9 mei
        bij ons ingediend.' for the relative clauses with "welke N" / "welk N" at the end of a
        sentence whose parse :meth:`_split_welke_noun` cannot use (the clause hung on the wrong word).
        The words decide (:meth:`_verb_final_as_main`: a plain clause, its finite verb moved behind
        "Deze N"/"Dit N" by the noun's gender and number); the sentence before it keeps a finite verb."""
        words = self._sentence_words_of(doc)
        for welke in words[2:-3]:
            if welke.lower_ not in ("welke", "welk"):
                continue
            # "…, van welke gelegenheid u geen gebruik heeft gemaakt." -> "Van deze gelegenheid heeft u …"
            preposition = doc[welke.i - 1] if doc[welke.i - 1].pos_ == "ADP" and welke.i >= 3 else None
            comma = doc[welke.i - 2] if preposition is not None else doc[welke.i - 1]
            if comma.text != "," or self._cut(welke, comma, *([preposition] if preposition is not None else [])):
                continue
            noun = doc[welke.i + 1]
            if _indirect_question(doc, comma.i) or (self._bound(doc, comma.i) and noun.lower_ != "geval"):
                return  # "…, in welk geval u …" names the condition itself: "In dit geval …" keeps it
            clause = [t for t in words if t.i > noun.i]
            if noun.pos_ != "NOUN" or noun.i in self._v.overrides or len(clause) < 2:
                return
            if clause[0].lower_ in ("en", "of", "noch") or any(c.dep_ == "conj" for c in noun.children):
                return  # "welke beschikking en aanslag zijn bekendgemaakt": "Deze beschikking zijn en aanslag …"
            if _second_relative(clause, noun):
                return
            gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
            if not number or (not gender and "Plur" not in number):
                return
            neuter_single = "Neut" in gender and "Sing" in number
            if not _welk_agrees(welke, noun):
                return
            before = [t for t in doc if t.i < comma.i]
            if not any(_is_finite(t) for t in before):
                return
            lead = [("Dit" if neuter_single else "Deze", " "), (self._v.text(noun), " ")]
            if preposition is not None:
                lead = [(preposition.text, " "), (lead[0][0].lower(), " "), lead[1]]
            # "welke aanslag … beloopt en … heeft": "Deze aanslag" is the subject both verbs share
            shared = preposition is None and noun.dep_ in ("nsubj", "nsubj:pass")
            main = self._verb_final_as_main(lead, clause, shared=shared, number=next(iter(number), None))
            if main is None:
                return
            yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(_join(main))],
                   Transformation("split", f"zin gesplitst bij '{welke.text}'"))
            return

    def _split_relative_tail(self, doc: "Doc"):
        """'..., over de gewijzigde normbedragen, die vanaf 1 januari van toepassing zijn op uw
        uitkering.' -> '... . Deze normbedragen zijn vanaf 1 januari van toepassing op uw uitkering.'
        for a relative clause with "die", "dat" or "welke" at the end of a sentence whose parse
        :meth:`_split_relative` cannot use (the clause hung on the wrong word). The words decide:
        the noun right before the comma is the antecedent, only when the pronoun agrees with it
        ("dat": a singular het-word; "die": any other noun) and with no other noun it could point
        at before it in the same phrase ("de aanvraag van uw dochter, die ..."). The clause becomes
        "Deze N"/"Dit N" + its finite verb + the rest (:meth:`_verb_final_as_main`), whether the
        pronoun was its subject or its object: "de stukken, die u heeft gestuurd" -> "Deze stukken
        heeft u gestuurd" (Dutch puts either first). The sentence before it keeps a finite verb."""
        words = self._sentence_words_of(doc)
        for pronoun in words[3:-2]:
            word = pronoun.lower_
            if word not in self.rules.tail_relatives or doc[pronoun.i - 1].text != "," or \
                    self._cut(pronoun, doc[pronoun.i - 1]):
                continue
            if pronoun.pos_ != "PRON" or pronoun.i in self._v.overrides:
                return  # "dat" as a conjunction ("het feit, dat u ..."): no relative clause
            if self._bound(doc, pronoun.i):
                return
            noun = doc[pronoun.i - 2]
            if noun.pos_ != "NOUN" or noun.i in self._v.overrides:
                return
            number = noun.morph.get("Number")
            neuter_single = "Neut" in noun.morph.get("Gender") and "Sing" in number
            if not number or (not noun.morph.get("Gender") and "Plur" not in number):
                return
            if not self._relative_fits(word, noun):
                return
            index = noun.i - 1
            # back through the noun phrase; a participle used as an adjective ("zwak-alcoholhoudende")
            # or a verb used as a noun ("het verstrekken van drank") does not end it
            while index >= 0 and not (doc[index].pos_ in ("VERB", "AUX") and not _inside_noun_phrase(doc[index])) \
                    and doc[index].pos_ not in ("SCONJ", "CCONJ") and doc[index].text not in ",;:":
                other = doc[index]
                if other.pos_ == "PROPN" or (other.pos_ == "NOUN" and self._relative_fits(word, other)):
                    return  # the pronoun may point at this noun as well
                index -= 1
            if index > 0 and doc[index].lower_ in ("en", "of", "noch") and doc[index - 1].pos_ in ("NOUN", "PROPN"):
                return  # "de bedragen en van alle bijschrijvingen, die …": about both nouns, maybe (red team 20, 03-T9)
            clause = [t for t in words if t.i > pronoun.i]
            before = [t for t in doc if t.i < pronoun.i - 1]
            if len(clause) < 2 or not any(_is_finite(t) for t in before):
                return
            noun_text = self._v.text(noun)
            lead = [("Dit" if neuter_single else "Deze", " "), (noun_text[:1].lower() + noun_text[1:], " ")]
            shared = pronoun.dep_ in ("nsubj", "nsubj:pass")
            main = self._verb_final_as_main(lead, clause, shared=shared, number=next(iter(number), None))
            if main is None:
                return
            yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(_join(main))],
                   Transformation("split", f"zin gesplitst bij '{pronoun.text}'"))
            return

    @staticmethod
    def _relative_fits(word: str, noun: "Token") -> bool:
        """Whether a relative pronoun can point at a noun: "dat" at a singular het-word, "die" at
        any other noun, "welke" at any noun; a noun without gender and number fits any."""
        number, gender = noun.morph.get("Number"), noun.morph.get("Gender")
        if not number and not gender:
            return True
        neuter_single = "Neut" in gender and "Sing" in number
        if word == "dat":
            return neuter_single or not gender
        if word == "die":
            return not neuter_single
        return True

    def _nested_relatives(self, clause: list["Token"]) -> set[int] | None:
        """The tokens of the relative clauses inside a clause, by their words: "die", "dat" or
        "welke" right after a noun it can point at, up to the end of the verbs that close it
        ("de kosten die wij voor de aanmaning in rekening brengen"), or up to the comma after them
        when one follows before any other verb ("een pasfoto die voldoet aan de eisen,"); one opened
        by a comma after its noun must be closed by one ("het rijbewijs, dat wij … maken,"). None when
        such a clause is not certain: a comma or conjunction before its finite verb, a second finite
        verb in its verbs, or a verb right after them ("de stukken die u moet opsturen kunt
        inleveren": the words do not show which verb is whose)."""
        nested: set[int] = set()
        k = 0
        while k < len(clause):
            token = clause[k]
            previous = clause[k - 1] if k else None
            # "het oude rijbewijs, dat wij … ongeldig maken, moet …": between commas after its noun
            between_commas = previous is not None and previous.text == "," and k >= 2
            if between_commas:
                previous = clause[k - 2]
            if token.lower_ not in ("die", "dat", "welke") or previous is None or previous.pos_ != "NOUN" \
                    or not self._relative_fits(token.lower_, previous):
                k += 1
                continue
            # the clause ends in its verbs: the first verbs after the pronoun, standing together, with
            # at most one finite verb among them (a plural one may be tagged as an infinitive: "die wij
            # … ongeldig maken,")
            is_verb = lambda t: t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not self._nominal_infinitive(t)  # noqa: E731
            j = k + 1
            while j < len(clause) and not is_verb(clause[j]):
                if clause[j].is_punct or clause[j].pos_ in ("CCONJ", "SCONJ") or clause[j].lower_ in _RELATIVE_WORDS:
                    return None
                j += 1
            if j >= len(clause):
                return None
            while j > k + 1 and clause[j - 1].lower_ == "te":
                j -= 1
            end = j
            while end + 1 < len(clause) and (is_verb(clause[end + 1]) or clause[end + 1].lower_ == "te"):
                end += 1
            if sum(1 for t in clause[j:end + 1] if _is_finite(t)) > 1:
                return None
            if end + 1 < len(clause):
                stop = next((m for m in range(end + 1, len(clause)) if clause[m].is_punct or clause[m].pos_ in (
                    "VERB", "AUX", "SCONJ", "CCONJ") or clause[m].lower_ in _RELATIVE_WORDS), None)
                if stop is not None and clause[stop].text == ",":
                    end = stop  # "die voldoet aan de eisen,": the comma closes the clause
                elif between_commas:
                    return None  # opened by a comma, it must be closed by one (or end the clause)
            nested.update(t.i for t in clause[k - 1 if between_commas else k:end + 1])
            k = end + 1
        return nested

    def _verb_final_as_main(self, lead: list[tuple[str, str]], clause: list["Token"],
                            shared: bool = False, number: str | None = None) -> list[tuple[str, str]] | None:
        """A plain verb-final clause (its words, without its opening word) as a main clause behind
        ``lead``: the one finite verb (by its tags) moves behind the lead, everything else keeps its
        order; a separable verb leaves its particle where it stood. Two such clauses joined by "en"
        become two main clauses joined by "en", the second with its finite verb right after "en"
        ("waarna een dwangbevel kan worden uitgevaardigd en rente verschuldigd is" -> "Daarna kan een
        dwangbevel worden uitgevaardigd en is rente verschuldigd"). A relative clause inside it keeps
        its words and order and does not count (:meth:`_nested_relatives`: "waardoor de kosten die
        wij in rekening brengen bij het bedrag worden opgeteld"). With ``shared`` (``lead`` is the
        clause's subject, "Dit paspoort" for "welk paspoort") the second clause may share that
        subject: "… klaarligt en … kan worden opgehaald" -> "ligt … klaar en kan … worden opgehaald",
        when neither clause has another subject and the finite verbs agree with ``number`` where
        tagged. None for anything else: another clause or punctuation inside, a verb before the
        finite verb, words other than verbs and one phrase with a preposition after the verbs."""
        if not clause:
            return None
        # a "dat"-clause right after the verbs of the last clause is their complement ("… en de
        # bewoner heeft verklaard dat u daar niet meer woont"): it keeps its words and its order
        complement = self._complement_tail(clause)
        if complement:
            clause = clause[:len(clause) - len(complement)]
        nested = self._nested_relatives(clause)
        if nested is None:
            return None
        whole, clause = clause, [t for t in clause if t.i not in nested]
        demonstrative = lambda t: t.pos_ == "DET" and t.lower_ in ("die", "dat") and t.i + 1 < len(t.doc) \
            and t.doc[t.i + 1].pos_ == "NOUN"  # noqa: E731 ("na die datum")
        both = lambda t: t.lower_ == "als" and any(z.lower_ == "zowel" and z.i < t.i for z in clause)  # noqa: E731
        if not clause or any(t.is_punct or (t.pos_ == "SCONJ" and not both(t))
                             or (t.lower_ in _RELATIVE_WORDS and not demonstrative(t))
                             or (t.lower_.startswith("waar") and len(t.lower_) > 4) for t in clause):
            return None
        # with a relative clause inside, a plural verb the tagger read as an infinitive counts as well
        # ("waarna de tekeningen die u heeft ingediend … worden beoordeeld"): by its tag alone the
        # clause would seem to have no verb of its own; so do the forms that are finite whatever the
        # tag ("zult", "kunt", "wordt")
        tagged = _is_finite if nested else (
            lambda t: t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"))
        is_finite = lambda t: not self._attributive(t) and (  # noqa: E731
            tagged(t) or (t.pos_ in ("VERB", "AUX") and t.lower_ in _ALWAYS_FINITE))
        finite = [t for t in clause if is_finite(t)]
        if not finite:
            # "waartegen wij … handhavend dienen op te treden": after "wij" the plural present has the
            # infinitive's form and tag; the one such verb not after "te" is the finite verb
            subject = [t for t in clause if t.pos_ == "PRON" and t.lower_ in _PLURAL_PRONOUNS]
            forms = [t for t in clause if t.pos_ in ("VERB", "AUX") and t.lower_.endswith("en")
                     and not self._attributive(t) and t.doc[t.i - 1].lower_ != "te"
                     and subject and t.i > subject[0].i]
            if len(forms) == 2 and forms[0].lower_ in _PLURAL_AUXILIARIES and forms[1].i == forms[0].i + 1:
                forms = forms[:1]  # "waartegen wij moeten optreden": the auxiliary leads the cluster
            if len(subject) == 1 and len(forms) == 1:
                plural = forms[0]
                is_finite = lambda t: t.i == plural.i  # noqa: E731
                finite = [plural]
        joints = [t for t in clause if t.pos_ == "CCONJ"]
        sharing = False
        if len(finite) == 1:
            parts = [clause]
            if any(t.i > finite[0].i and t.pos_ == "CCONJ" for t in joints):
                return None  # "… kost en een jaar geldig is": verbs that share the clause
            if finite[0].dep_ == "conj" and any(t.i < finite[0].i and t.head.i == finite[0].i for t in joints):
                # "welke kosten … niet voortvloeien uit … en derhalve uit de bijstandsnorm dienen te worden
                # voldaan": the parse coordinates the verb with a first clause whose verb the tags missed;
                # moved forward, "moeten" would rule both ("Deze kosten moeten … niet voortvloeien", red team 20)
                return None
        elif len(finite) == 2:
            fitting = [j for j in joints if j.lower_ == "en" and finite[0].i < j.i < finite[1].i]
            if len(fitting) != 1 or any(j.i > finite[0].i and j.i != fitting[0].i for j in joints):
                return None
            joint = fitting[0]
            parts = [[t for t in clause if t.i < joint.i], [t for t in clause if t.i > joint.i]]
            if not parts[1]:
                return None
            sharing = shared and not any(t.dep_ in ("nsubj", "nsubj:pass", "expl")
                                         or (t.pos_ == "PRON" and t.lower_ in _SUBJECT_PRONOUNS) for t in clause)
            if sharing and number is not None and any(v.morph.get("Number") and number not in v.morph.get("Number")
                                                      for v in finite):
                return None
            if not sharing and not (self._starts_phrase(parts[1][0]) or parts[1][0].pos_ in ("NOUN", "PROPN", "PRON", "ADV")):
                return None
        else:
            return None
        full = [[t for t in whole if t.i < parts[1][0].i], [t for t in whole if t.i >= parts[1][0].i]] \
            if len(parts) == 2 else [whole]
        full[0] = [t for t in full[0] if len(parts) == 1 or t.i != joint.i]
        out = list(lead)
        verbs_before = None
        for index, part in enumerate(parts):
            verbs = [t for t in part if is_finite(t)]
            if len(verbs) != 1:
                return None
            verb = verbs[0]
            if verb.i in self._v.covered or self._v.text(verb) == "":
                return None
            pronoun = None
            if index and not sharing and verb.lower_ in _U_ONLY_FORMS:
                # "in welk geval u … moet indienen en de kosten opnieuw verschuldigd bent": "bent" has
                # no subject but "u"; the first clause's "u" is repeated ("en bent u de kosten …")
                if any(t.lower_ == "u" for t in part) or parts[0][0].lower_ != "u":
                    return None
                pronoun = parts[0][0]
            elif index and not sharing and not any(t.dep_ in ("nsubj", "nsubj:pass", "expl") for t in part) \
                    and not self._both_subject(part, verb, verbs_before):
                return None  # "en geen vergoeding krijgt": the subject is shared, "en krijgt geen ..." lacks it
            verbs_before = verb
            # the verbs at the end form one cluster around the finite verb ("gebracht worden", "kan
            # worden uitgevaardigd", "dient in te dienen"); after it at most one phrase with a preposition
            is_verb = lambda t: t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not self._nominal_infinitive(t) \
                and not self._attributive(t)  # noqa: E731
            start = part.index(verb)
            while start and is_verb(part[start - 1]):
                start -= 1
            stop = part.index(verb) + 1
            while stop < len(part) and (is_verb(part[stop]) or self._particle_te(part, stop, is_verb)):
                stop += 1
            tail = part[stop:]
            if any(is_verb(t) for t in part[:start]):
                return None
            if tail and (tail[0].pos_ != "ADP" or any(is_verb(t) for t in tail)):
                return None
            particle = None
            # (an auxiliary never separates: "moeten" is no "mo" + "eten")
            if verb.pos_ == "VERB" and verb.i not in self._v.overrides \
                    and verb.lower_ not in _PLURAL_AUXILIARIES | _ALWAYS_FINITE:
                split = self._separable(verb)
                if split is False:
                    return None
                particle = split or None
            if index:
                out.append(("en", " "))
            out.append((particle[1] if particle else self._v.text(verb), " "))
            if pronoun is not None:
                out.append((pronoun.text, " "))
            for token in full[index]:
                if token.i == verb.i:
                    if particle:
                        out.append((particle[0], token.whitespace_))
                    continue
                out.extend(self._v.pieces([token]))
        if complement:
            out.extend(self._v.pieces(complement))
        return out

    def _attributive(self, token: "Token") -> bool:
        """A participle before its noun is an adjective, whatever its tag ("de daarop gebaseerde
        aanslag", "de daaraan verbonden kosten", "op voornoemd adres"): after an article, adverb,
        adjective or preposition and right before a noun (or an adjective and a noun). So is a word
        that points back (simplify.yaml ``referent_words``)."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if token.lower_ in self.rules.referent_words:
            return True
        doc = token.doc
        if "Part" not in token.morph.get("VerbForm") and not token.lower_.endswith(("de", "te", "den", "ten")):
            return False
        if token.i == 0 or token.i + 1 >= len(doc):
            return False
        after = doc[token.i + 1]
        if after.pos_ == "ADJ" and token.i + 2 < len(doc):
            after = doc[token.i + 2]
        return after.pos_ == "NOUN" and doc[token.i - 1].pos_ in ("DET", "ADV", "ADJ", "ADP") \
            and doc[token.i - 1].lower_ != "te"

    @staticmethod
    def _both_subject(part: list["Token"], verb: "Token", first_verb: "Token | None") -> bool:
        """Whether a clause after "en" opens with its own subject "zowel A als B" (the parse may tag it
        otherwise): its finite verb is plural and the first clause's is singular, so the two clauses
        cannot share one subject ("… wordt verklaard en zowel de beschikking als de aanslag
        ongewijzigd worden gehandhaafd")."""
        return part[0].lower_ == "zowel" and any(t.lower_ == "als" for t in part[1:part.index(verb)]) \
            and "Plur" in verb.morph.get("Number") and first_verb is not None \
            and "Sing" in first_verb.morph.get("Number")

    @staticmethod
    def _particle_te(part: list["Token"], index: int, is_verb) -> bool:
        """Whether ``part[index]`` is "te" before a verb, or a particle before "te" and a verb, inside a
        cluster of verbs ("dient in te dienen", "dienen op te treden")."""
        token = part[index]
        if token.lower_ == "te":
            return index + 1 < len(part) and is_verb(part[index + 1])
        return token.dep_ == "compound:prt" and index + 2 < len(part) and part[index + 1].lower_ == "te" \
            and is_verb(part[index + 2])

    def _complement_tail(self, clause: list["Token"]) -> list["Token"]:
        """The "dat"-clause that ends a clause as the complement of its verbs ("… heeft verklaard dat u
        daar al sinds september niet meer woont"): "dat" right after a verb that is no adjective, and
        no punctuation or other clause opener after it. Empty when there is none."""
        for index, token in enumerate(clause[1:-2], start=1):
            previous = clause[index - 1]
            if token.lower_ != "dat" or token.pos_ != "SCONJ" or previous.pos_ not in ("VERB", "AUX") \
                    or self._attributive(previous) or _is_finite(previous) and previous.i == clause[0].i:
                continue
            tail = clause[index:]
            if any(t.is_punct or (t.pos_ in ("SCONJ", "CCONJ") and t.i != token.i) or t.lower_ in _RELATIVE_WORDS - {"dat"}
                   or (t.lower_.startswith("waar") and len(t.lower_) > 4) for t in tail):
                return []
            if not any(_is_finite(t) or t.lower_ in _ALWAYS_FINITE for t in tail[1:]):
                return []
            return tail
        return []

    def _split_waar_tail(self, doc: "Doc"):
        """'..., waarvoor kosten in rekening worden gebracht.' -> '... . Daarvoor worden kosten in
        rekening gebracht.' for a clause with a relative adverb of simplify.yaml ``relative_openers``
        ("waarbij", "waarvoor", "waarna" ...) or "zodat" that ends the sentence and whose parse
        :meth:`_split_relative` cannot use. The words decide (:meth:`_verb_final_as_main`); the
        sentence before it keeps a finite verb."""
        words = self._sentence_words_of(doc)
        commas = [t for t in words if t.text == ","]
        if not commas:
            return
        comma = next((c for c in reversed(commas) if c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "zodat"), None) \
            or _comma_before_waar(doc, commas)
        if comma.i + 3 >= len(words) or self._cut(comma, doc[comma.i + 1]):
            return
        opener_token = doc[comma.i + 1]
        opener = self.rules.relative_openers.get(opener_token.lower_)
        if opener is None or not (opener_token.lower_.startswith("waar") or opener_token.lower_ == "zodat") \
                or "{" in opener:
            return
        before = [t for t in doc if t.i < comma.i]
        if not any(_is_finite(t) for t in before) and not self._request_frame(before):
            return
        if self._bound(doc, opener_token.i) or (_points_at_a_noun(opener_token) and _after_another_relative(doc, comma.i)):
            return
        if opener_token.lower_ == "zodat" and self._connectives(_join(self._v.pieces(before))):
            # "Daarom is … van oordeel dat …, zodat het bezwaar ongegrond wordt verklaard": the
            # conclusion is in the zodat-clause; cut off, "Daarom" would lead a sentence that only
            # gives the ground, and "Daardoor" would chain a second conclusion to it
            return
        clause = [t for t in words if t.i > opener_token.i]
        if opener_token.lower_ == "zodat" and self._purpose_by_deadline(doc, opener_token, clause):
            return  # "…, zodat het uiterlijk op 1 mei is ontvangen": what must be reached, not what follows
        if opener_token.lower_ == "zodat" and any(_lemma(t) in self.rules.purpose_verbs for t in clause):
            opener = self.rules.purpose_opener  # "zodat u … kunt" states a purpose: "Zo kunt u …"
        main = self._verb_final_as_main([(opener, " ")], clause)
        if main is None:
            return
        yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(_join(main))],
               Transformation("split", f"zin gesplitst bij '{opener_token.text}'"))

    def _purpose_by_deadline(self, doc: "Doc", zodat: "Token", clause: list["Token"]) -> bool:
        """A "zodat" clause that says what the reader's act must reach by a deadline: the main clause
        has the reader acting ("U aanvaardt het aanbod door het formulier terug te zenden, zodat het
        uiterlijk … is ontvangen") or is an instruction, the clause names a deadline and no modal of
        its own. A consequence of a finding ("De commissie heeft vastgesteld …, zodat het besluit
        uiterlijk op 29 juni wordt genomen") is still split."""
        if not self._deadline_in(clause) or self._modal_in(clause):
            return False
        before = [t for t in doc if t.i < zodat.i and not t.is_punct and not t.is_space]
        if not before:
            return False
        reader = any(t.lower_ in ("u", "je", "jij") and t.dep_ in ("nsubj", "nsubj:pass") for t in before)
        return reader or (before[0].pos_ == "VERB" and "Inf" not in before[0].morph.get("VerbForm"))

    def _modal_in(self, clause: list["Token"]) -> bool:
        """Whether a clause says its own obligation or possibility ("zodat de afbouw uiterlijk om 18.00
        uur moet zijn voltooid": "Daardoor moet …" keeps it)."""
        modals = self.rules.modal_auxiliaries.keys() | self.rules.term_modals.keys()  # forms and lemmas, "dienen" too
        return any(_lemma(t) in modals or t.lower_ in modals for t in clause if t.pos_ in ("VERB", "AUX"))

    def _deadline_in(self, clause: list["Token"]) -> bool:
        """Whether a clause names a deadline (simplify.yaml ``purpose_deadlines``)."""
        words = [t.lower_ for t in clause]
        return any(tuple(words[i:i + len(phrase)]) == phrase
                   for phrase in self.rules.purpose_deadlines for i in range(len(words)))

    def _split_conditional(self, doc: "Doc"):
        """'Indien u het niet eens bent, kunt u bezwaar maken.' -> 'Bent u het niet eens? Dan
        kunt u bezwaar maken.'"""
        first = next((t for t in doc if not t.is_space), None)
        if first is not None and _is_finite(first) and first.i not in self._v.overrides:
            yield from self._split_inverted_condition(doc, first)
            return
        fronted = _fronted_clause(doc, first, self.rules.conditional_clauses)
        if fronted is None:
            return
        head, clause, comma = fronted
        after = comma + 1
        if doc[after].text.lower() == "dan":
            after += 1
        verb = doc[after]
        if not _is_finite(verb) or self._cut(first, doc[comma], verb):
            return
        if any(t.text in ";:" for t in clause) or _noun_may_be_object(clause, head):
            return
        if any(t.text == "," and t.i + 1 < len(doc) and _is_finite(doc[t.i + 1]) for t in clause):
            # "Indien onverwijlde spoed dat vereist, kan, nadat …, de voorzieningenrechter …, worden verzocht
            # …": the main clause starts at the first ", kan"; the parse ran the condition on to a later
            # comma ("Kan onverwijlde spoed dat vereist, …?", red team 22, 06-T15)
            return
        if len(clause) > 3 and clause[1].lower_ in ("u", "je", "jij") and clause[2].lower_ in ("of", "en") \
                and not _is_finite(clause[3]):
            # "Indien u of uw zoon verhinderd is" -> "Is u of uw zoon verhinderd?": the verb that goes
            # first agrees with the nearer subject only (red team 21, 08-T13)
            return
        if any(t.lower_ == "daarom" for t in clause):
            # "Indien u vóór die datum daarom verzoekt, kunt u … in termijnen betalen": "daarom" is "daar
            # om" and points at the main clause; in a question on its own it reads as "therefore" (red
            # team 23, 10-T11)
            return
        if verb.lower_ in ("zou", "zouden") or any(
                c.dep_ in ("aux", "aux:pass") and _is_finite(c) and "Past" in c.morph.get("Tense") for c in head.children):
            # "Indien u … had aangevraagd, was die niet verleend": a condition that did not happen (a
            # past perfect); as a question ("Had u … aangevraagd?") it would ask about a fact (red team 19)
            return
        question = self._main_clause(clause[1:], head, None, set(), question=True)
        if question is None or _subject_first_conjunct(_join(question)):
            return
        opener = self.rules.conditional_opener
        rest = [(opener, " ")] + self._v.pieces(doc[after:])
        if rest[1:] and verb.i not in self._v.overrides:
            rest[1] = (verb.text, verb.whitespace_)
        text = _sentence_case(_join(question)).rstrip(".") + "?"
        yield ([text, _sentence_case(_join(rest))],
               Transformation("split", f"voorwaarde met '{first.text}' als vraag"))

    def _split_inverted_condition(self, doc: "Doc", verb: "Token"):
        """'Wordt het bedrag niet ontvangen, dan wordt de regeling beëindigd.' -> 'Wordt het
        bedrag niet ontvangen? Dan wordt de regeling beëindigd.'"""
        for token in doc[verb.i + 1:]:
            if token.text != ",":
                continue
            if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != self.rules.conditional_opener.lower():
                return  # only the first comma counts, and it must be followed by "dan"
            following = doc[token.i + 2]
            if not _is_finite(following) or self._cut(token, doc[token.i + 1]):
                return
            condition = doc[:token.i]
            clause_head = verb.head if verb.dep_ in ("aux", "aux:pass", "cop") else verb
            arguments = ("nsubj", "nsubj:pass", "expl") + (("obj",) if verb.pos_ == "AUX" else ())
            if any(t.text in ";:" for t in condition) or "Imp" in verb.morph.get("Mood") or not any(
                    c.dep_ in arguments and c.i > verb.i for c in clause_head.children):
                return  # "Bel ons, dan ...": an imperative is no condition
            question = _sentence_case(_join(self._v.pieces(condition))).rstrip(".") + "?"
            rest = _sentence_case(_join(self._v.pieces(doc[token.i + 1:])))
            yield ([question, rest], Transformation("split", "voorwaarde als vraag"))
            return

    def _split_frame(self, doc: "Doc"):
        """'Wij wijzen u er nadrukkelijk op dat u ... moet melden.' -> 'U moet ... melden.': a
        frame that only announces the message goes, the message becomes the main clause. Only
        when every word of the frame is a frame word (simplify.yaml)."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or (_lemma(root) not in self.rules.frame_verbs
                            and _lemma_with_particle(root) not in self.rules.frame_verbs):
            return
        for clause_head in root.children:
            if clause_head.dep_ not in ("ccomp", "advcl", "obj", "xcomp"):
                continue
            clause = _clause_span(clause_head)
            if len(clause) > 2 and clause[0].lower_ in ("op", "erop") and clause[1].lower_ == "dat":
                clause = clause[1:]  # the parse hung the frame's "(er)op" on the clause
            if not clause or clause[0].lower_ != "dat" or not _contiguous(clause):
                continue
            if any(not t.is_punct for t in doc[clause[-1].i + 1:]):
                return
            seconds = self._second_dats(clause[1:])
            if seconds and (len(seconds) > 1 or doc[seconds[0].i - 1].lower_ != "en" or seconds[0].dep_ != "mark"):
                return  # "dat A of dat B" states neither; without its frame "A en dat B" is no sentence
            frame = [t for t in doc if t.i < clause[0].i and not t.is_punct]
            if self._cut(clause[0], *frame):
                return
            # a phrase that only comments on the announcement ("voor de duidelijkheid") goes with
            # it; an adverb that links the message to what came before ("ook", "verder", "dan")
            # stays and opens the message ("Wij wijzen u er ook op dat A" -> "Ook A")
            words = self._without_frame_phrases(frame)
            adverbs = [t for t in words if t.lower_ in self.rules.frame_adverbs]
            if len(adverbs) > 1 or not frame or any(
                    t.lower_ not in self.rules.frame_words and t.i != root.i and t not in adverbs for t in words):
                return
            opener = self.rules.frame_adverbs[adverbs[0].lower_] if adverbs else None
            shown = " ".join(t.text for t in frame) + " dat"
            detail = f"'{shown}' → '{opener}'" if opener else f"'{shown}' weggelaten"
            if not seconds:
                main = self._message(clause[1:], clause_head, opener)
                if main is not None:
                    yield ([_sentence_case(_join(main))], Transformation("jargon", detail))
                return
            # "Wij wijzen u erop dat A en dat B." -> "A. B.": two messages, each its own sentence
            first, second = clause[1:seconds[0].i - 1 - clause[0].i], clause[seconds[0].i + 1 - clause[0].i:]
            heads = [_heads(first), _heads(second)]
            if any(len(found) != 1 for found in heads):
                return
            one, two = self._message(first, heads[0][0], opener), self._message(second, heads[1][0], None)
            if one is not None and two is not None:
                yield ([_sentence_case(_join(one)), _sentence_case(_join(two))],
                       Transformation("split", detail + "; twee mededelingen, twee zinnen"))
            return

    def _split_evidence(self, doc: "Doc"):
        """'Uit het onderzoek is gebleken dat u … heeft.' -> 'U heeft … . Dat blijkt uit het
        onderzoek.': the finding becomes the main clause, its source follows in a short sentence
        (simplify.yaml ``evidence``). Only when the sentence is nothing but "Uit X", the verb (with
        its auxiliary), at most one frame adverb and the "dat"-clause."""
        words = self._sentence_words_of(doc)
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if (root is None or not words or words[0].lower_ != self.rules.evidence_preposition
                or _lemma(root) not in self.rules.evidence_verbs):
            return
        verbs = [t for t in words if t.i == root.i or (t.head.i == root.i and t.dep_ == "aux")]
        if not verbs or not (_is_finite(verbs[0]) or verbs[0].i == root.i):
            return
        source = words[1:verbs[0].i - words[0].i]
        if not source or any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in source):
            return  # "Uit X, dat …, is gebleken": a source that is a clause of its own stays
        after = [t for t in words if t.i > verbs[-1].i]
        if len(verbs) > 1 and verbs[-1].i - verbs[0].i != len(verbs) - 1:
            return
        adverbs = []
        while after and after[0].lower_ in self.rules.frame_adverbs:
            adverbs.append(after.pop(0))
        if len(adverbs) > 1 or len(after) < 4 or after[0].lower_ != "dat" or after[0].pos_ != "SCONJ":
            return
        clause = after[1:]
        heads = _heads(clause)
        if len(heads) != 1 or heads[0].head.i != root.i or self._cut(words[0], *verbs, after[0]):
            return
        if self._second_dats(clause):
            return
        opener = self.rules.frame_adverbs[adverbs[0].lower_] if adverbs else None
        main = self._message(clause, heads[0], opener)
        if main is None:
            return
        past = "Past" in verbs[0].morph.get("Tense") and len(verbs) == 1
        lead = self.rules.evidence_leads["past" if past else "present"]
        tail = [(lead, " ")] + self._v.pieces(source)
        yield ([_sentence_case(_join(main)), PointsBack(_sentence_case(_join(tail)))],
               Transformation("split", f"'{words[0].text} … {' '.join(t.text for t in verbs)} dat' als eigen zin achteraan"))

    def _second_dats(self, clause: list["Token"]) -> list["Token"]:
        """The words "dat" in a "dat"-clause that open a second one after a conjunction ("dat A en
        dat B", "dat A of dat B")."""
        doc = clause[0].doc if clause else None
        return [t for t in clause if t.lower_ == "dat" and t.i
                and doc[t.i - 1].lower_ in self.rules.frame_conjunctions | {"of", "maar"}]

    def _message(self, clause: list["Token"], head: "Token", opener: str | None) -> list[tuple[str, str]] | None:
        """A "dat"-clause that a frame announced (without its "dat") as a main clause, opened by
        ``opener`` or by its subject; None when it is not one simple clause up to its first comma
        (a parse error there would move the wrong verb)."""
        first_part = []
        for token in clause:
            if token.text == ",":
                break
            first_part.append(token)
        if sum(1 for t in first_part if _is_finite(t)) != 1:
            return None
        for order in ((opener,) if opener else (None, "{first}")):
            main = self._main_clause(clause, head, order, set())
            if main is not None:
                return main
        return None

    def _without_frame_phrases(self, frame: list["Token"]) -> list["Token"]:
        """The frame without the phrases that only comment on it (simplify.yaml ``frame_phrases``)."""
        lowered = [t.lower_ for t in frame]
        skip: set[int] = set()
        for phrase in self.rules.frame_phrases:
            size = len(phrase)
            for start in range(len(frame) - size + 1):
                if tuple(lowered[start:start + size]) == phrase:
                    skip.update(range(start, start + size))
        return [t for number, t in enumerate(frame) if number not in skip]

    def _split_phrase(self, doc: "Doc"):
        """', inhoudende dat X.' -> '. Dit houdt in dat X.' (phrases in simplify.yaml)."""
        lowered = [t.text.lower() for t in doc]
        for phrase, lead in self.rules.trailing_phrases:
            size = len(phrase)
            for index in range(2, len(doc) - size):
                if lowered[index:index + size] != list(phrase) or doc[index - 1].text != ",":
                    continue
                if self._cut(doc[index - 1], doc[index]):
                    continue
                before = [t for t in doc if t.i < index - 1]
                clause = [t for t in doc if t.i >= index + size and not (t.is_punct and t.i == len(doc) - 1)]
                if not _clause_or_sentence(before) or not any(_is_finite(t) for t in clause):
                    continue
                root = next((t for t in doc if t.dep_ == "ROOT"), None)
                if root is not None and root.i > index:
                    continue  # an inserted phrase: "kunt u, mits u … indient, de belasting voldoen" goes on
                if any(t.text == "," and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("en", "maar", "of")
                       and (_is_finite(doc[t.i + 2]) or _verbless_stretch(doc[t.i + 2:], finite_only=True))
                       for t in clause):
                    # "…, mits mevrouw W. daaraan meewerkt, en worden de trillingen … gemeten": the main
                    # clause goes on after the condition, which would take it along (red team 20); so it
                    # does with a verb that shares the main clause's auxiliary ("heeft positief
                    # geadviseerd, mits …, en daarbij aanbevolen het dak met riet te dekken")
                    continue
                if _condition_cue(doc, index) and sum(_condition_cue(doc, t.i) for t in doc) > 1:
                    continue  # "…, mits A, …, mits B, en mits C": which clause each condition limits is not certain
                if self._bound(doc, index):
                    continue  # in an item of a lettered list, inside a condition or a report
                if any(doc[t.i - 1].text == "," and _condition_cue(doc, t.i) for t in clause):
                    # "…, mits A, hetgeen betekent dat X, mits B, en mits C": the conditions after it may
                    # belong to the sentence before, not to the new one
                    continue
                if lead.split()[0].lower() in ("dit", "dat") and _ends_in_subordinate_clause(doc[index - 2]):
                    # "een melding, waarin staat dat u daar stond ingeschreven, inhoudende dat …":
                    # "Dit" would point at the clause right before it, not at the melding
                    continue
                yield ([_sentence_case(_join(self._v.pieces(before))),
                        _sentence_case(lead + " " + _join(self._v.pieces(clause)))],
                       Transformation("split", f"zin gesplitst bij '{doc[index].text}'"))

    def _split_limit(self, doc: "Doc"):
        """'…, tot een maximum van € 10.000,00.' -> '… . Het maximum is € 10.000,00.' (``trailing_limits``
        in simplify.yaml): the phrase ends the sentence, has no verb, comma or conjunction of its own and
        names an amount or a number; the sentence before it keeps a finite verb."""
        words = self._sentence_words_of(doc)
        lowered = [t.lower_ for t in doc]
        for phrase, lead in self.rules.trailing_limits:
            size = len(phrase)
            for index in range(3, len(doc) - size):
                if lowered[index:index + size] != list(phrase) or doc[index - 1].text != ",":
                    continue
                rest = [t for t in words if t.i >= index + size]
                if not rest or self._cut(doc[index - 1], doc[index]) or self._bound(doc, index):
                    continue
                if any(t.i > index and t.text in ",;:()" for t in doc) or any(
                        t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") for t in rest):
                    continue
                if not any(t.like_num or t.text == "€" for t in rest):
                    continue
                before = [t for t in doc if t.i < index - 1]
                if doc.text in self._continuing or doc.text[:1].islower() or not has_main_clause_verb(before) \
                        or not _verb_second(before):
                    # an item of "inhoudende dat u: 1. binnen zestien weken … beëindigt, met een maximum
                    # van …;" continues its lead: no sentence of its own, and the item keeps its ";"
                    continue
                yield ([_sentence_case(_join(self._v.pieces(before))),
                        _sentence_case(lead + " " + _join(self._v.pieces(rest)) + ".")],
                       Transformation("split", f"zin gesplitst bij '{' '.join(phrase)}'"))

    def _split_fronted(self, doc: "Doc"):
        """'Omdat X, Y.' -> 'X. Daarom Y.'"""
        first = next((t for t in doc if not t.is_space), None)
        fronted = _fronted_clause(doc, first, self.rules.fronted_clauses)
        if fronted is None:
            return
        head, clause, comma = fronted
        verb = doc[comma + 1]
        if not _is_finite(verb):
            return
        main = self._main_clause(clause[1:], head, None, set())
        if main is None:
            return
        opener = self.rules.fronted_clauses[first.text.lower()]
        if self._cut(first, doc[comma], verb):
            return
        drop = self._repeated_connective(list(doc[comma + 2:]), opener)
        rest = [(opener, " "), (self._v.text(verb), verb.whitespace_)] + self._v.pieces(
            t for t in doc[comma + 2:] if t.i not in drop)
        yield ([_sentence_case(_join(main)), _sentence_case(_join(rest))],
               Transformation("split", f"bijzin met '{first.text}' als eigen zin" + self._dropped_note(drop, opener)))

    def _split_fronted_purpose(self, doc: "Doc"):
        """'Om verdere kosten te voorkomen, vragen wij u meteen te betalen.' -> 'Wij vragen u meteen
        te betalen. Dat doen wij om verdere kosten te voorkomen.' A purpose clause in front of a main
        clause whose subject is a pronoun of simplify.yaml ``fronted_purpose.leads`` right after its
        finite verb: the main clause comes first, subject first, and the purpose follows behind the
        lead for that subject; the purpose clause itself is copied as it was. Only when the clause
        ends in an infinitive right before its first comma, has "te", and no finite verb except
        inside a "dat"-clause ("Om te voorkomen dat het document ongeldig wordt verklaard")."""
        rules = self.rules
        if not rules.purpose_fronted_openers:
            return
        first = next((t for t in doc if not t.is_space), None)
        if first is None or first.lower_ not in rules.purpose_fronted_openers:
            return
        words = [t for t in doc if not t.is_space]
        if len(words) < 8:
            return
        comma = next((t for t in words if t.text == ","), None)
        if comma is None or comma.i < 4 or comma.i + 3 >= len(doc):
            return
        clause = [t for t in words if t.i < comma.i]
        inner = next((t for t in clause if t.lower_ == "dat"), None)
        # the clause's own infinitive ends it, or stands right before its "dat"-clause ("Om te voorkomen dat …")
        own_end = inner.i - 1 if inner is not None else clause[-1].i
        infinitive = doc[own_end]
        if own_end < 2 or infinitive.pos_ not in ("VERB", "AUX") or "Inf" not in infinitive.morph.get("VerbForm") \
                or not any(t.lower_ == "te" for t in clause if t.i < own_end):
            return
        if any(_is_finite(t) and (inner is None or t.i < inner.i) for t in clause) or any(t.text in ";:()" for t in clause):
            return
        verb, subject = doc[comma.i + 1], doc[comma.i + 2]
        lead = rules.purpose_fronted_leads.get(subject.lower_)
        if lead is None or not self._verb_before_subject(verb) or self._cut(comma, verb, subject, words[0]):
            return
        if subject.lower_ in ("u", "je") and verb.lower_ not in rules.purpose_reader_verbs:
            return  # "Om een afspraak te maken, kunt u bellen": a way to do it, no reason for a duty
        rest = [t for t in words if t.i > subject.i]
        if len(rest) < 2 or any(t.text in ";:" for t in rest):
            return
        if len(rest) + 2 > rules.max_words and any(t.text == "," for t in rest):
            return  # the main clause would be split again at its commas, and a part could come between it and "Dat"
        main = [(subject.text[:1].upper() + subject.text[1:], " ")] + self._v.pieces([verb]) + self._v.pieces(rest)
        purpose = self._v.pieces(clause)
        purpose[0] = (_lower_first(words[0]), purpose[0][1])
        yield ([_sentence_case(_join(main)), PointsBack(_sentence_case(lead + " " + _join(purpose)))],
               Transformation("split", f"doel met '{words[0].text}' achter de hoofdzin ('{lead} {words[0].text.lower()} …')"))

    def _repeated_connective(self, tokens: list["Token"], opener) -> set[int]:
        """The one connecting adverb of cause in ``tokens`` ("dus", "derhalve") when the new sentence
        opens with one already ("Daardoor", "Daarom"): "zodat u derhalve niet ..." says it once
        ("Daardoor komt u niet ..."). Empty when the opener is no connective, or there is not exactly
        one such adverb, or it is no plain adverb of the clause."""
        if not isinstance(opener, str) or opener.lower() not in self.rules.connectives:
            return set()
        found = [t for t in tokens if (self._v.text(t) or "").lower() in self.rules.connectives
                 or t.lower_ in self.rules.connectives]
        if len(found) != 1 or found[0].pos_ != "ADV" or found[0].dep_ not in ("advmod", "obl") \
                or (found[0].i in self._v.overrides and not self._v.text(found[0])) or found[0].i in self._v.covered:
            return set()
        return {found[0].i}

    def _dropped_note(self, drop: set[int], opener) -> str:
        if not drop:
            return ""
        word = self._v.text(self._v.doc[next(iter(drop))])
        return f" ('{word}' weggelaten: '{opener}' zegt het al)"

    def _split_trailing(self, doc: "Doc"):
        """'Y, omdat X.' -> 'Y. Dat komt omdat X.' Causal "nu" ("…, nu u niet heeft gereageerd")
        counts too; the parse often reads it as the adverb "now", so there it is known by the word
        order of its clause (:meth:`_causal_nu`)."""
        for token in doc:
            word = token.text.lower()
            if word not in self.rules.trailing_clauses or token.i < 3:
                continue
            if doc[token.i - 1].text != "," or self._cut(token, doc[token.i - 1]):
                continue
            if token.dep_ == "mark":
                clause = _clause_span(token.head)
            elif word == "nu":
                clause = self._causal_nu(doc, token)
            else:
                continue
            if not clause or clause[0].i != token.i or not _contiguous(clause):
                continue
            if any(not t.is_punct for t in doc[clause[-1].i + 1:]):
                continue
            if any(t.lower_ == "dat" and doc[t.i - 1].lower_ in self.rules.frame_conjunctions | {"of", "maar"}
                   for t in clause[1:]):
                continue  # "…, omdat A en dat B": "Dat komt omdat A en dat B" is no sentence
            before = [t for t in doc if t.i < token.i - 1]
            if not _clause_or_sentence(before) or not any(_is_finite(t) for t in clause):
                continue
            if any(_lemma_with_particle(t) in self.rules.reported_speech or t.lemma_.lower() in self.rules.reported_speech
                   for t in before) or self._reported(before):
                continue  # "U stelt dat …, omdat X": X is the reader's argument, not "Dat komt omdat X"
            lead = self.rules.trailing_clauses[word]
            yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(lead + " " + _join(self._v.pieces(clause[1:])))],
                   Transformation("split", f"zin gesplitst bij '{token.text}'"))

    @staticmethod
    def _causal_nu(doc: "Doc", nu: "Token") -> list["Token"] | None:
        """The clause of a causal "nu" after a comma, to the end of the sentence ("…, nu de gegevens
        daarover ontbreken.", "…, nu niet is gebleken dat …"): a subordinate clause, so no finite verb
        right after "nu" ("…, nu is het tijd" is a main clause with the adverb) but one later, and no
        other clause after a comma. None otherwise."""
        end = len(doc)
        while end and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        clause = list(doc[nu.i:end])
        if len(clause) < 4 or any(t.text in (",", ";", ":") for t in clause):
            return None
        if _is_finite(clause[1]) or clause[1].is_punct:
            return None
        # "…, hoewel het besluit al is genomen, nu nog niet de Nederlandse nationaliteit bezit": an
        # adverb right after "nu" makes it the adverb "now" ("nu nog", "nu al", "nu ook"); only
        # "niet" ("nu niet is gebleken dat …") and words that point ("nu daarin geen …") open a clause
        after = clause[1].lower_
        if clause[1].pos_ == "ADV" and after != "niet" and not after.startswith(("er", "daar", "hier")):
            return None
        if not any(_is_finite(t) for t in clause[2:]):
            return None
        return clause

    # ------------------------------------------------------------------ more clause splits

    def _split_repeated_frame(self, doc: "Doc"):
        """'Wij wijzen u erop dat A en dat B.' -> 'Wij wijzen u erop dat A. Wij wijzen u er ook op
        dat B.' Both clauses stay subordinate clauses behind the same frame, so no verb moves.
        Only when the parse marks both "dat" as conjunctions, the second clause as coordinated
        ("conj") and runs to the end, no other "dat"-clause lies between them (the second could
        belong to it) and the frame has no negation (it would be counted twice)."""
        rules = self.rules
        if not rules.frame_conjunctions:
            return
        first = next((t for t in doc if self._dat_conjunction(t)), None)
        if first is None or first.i < 2:
            return
        frame = [t for t in doc if t.i < first.i]
        verb = self._frame_verb(frame)
        if verb is None or any(t.lower_ in NEGATIONS for t in frame) or any(t.text in ";:" for t in frame):
            return
        pairs = []
        for token in doc[first.i + 1:]:
            if self._dat_conjunction(token):
                previous = doc[token.i - 1]
                if previous.lower_ in rules.frame_conjunctions and previous.dep_ == "cc":
                    pairs.append((previous, token))
                elif not pairs:
                    return  # a "dat"-clause inside the first one: "en dat" may continue that one
            elif token.lower_ == "dat" and token.pos_ == "SCONJ" and not pairs:
                return
        if len(pairs) != 1:
            return
        conjunction, second = pairs[0]
        if second.head.dep_ != "conj" or second.head.i < second.i or self._cut(conjunction, second):
            return
        first_clause = [t for t in doc if first.i < t.i < conjunction.i]
        while first_clause and _loose_punct(first_clause[-1]):
            first_clause.pop()
        second_clause = [t for t in doc if t.i > second.i]
        while second_clause and second_clause[-1].is_punct and second_clause[-1].text in ".!?":
            second_clause.pop()
        if len(first_clause) < 3 or len(second_clause) < 3:
            return
        if not any(_is_finite(t) for t in first_clause) or not any(_is_finite(t) for t in second_clause):
            return
        if any(t.text in ";:" for t in second_clause):
            return
        if any(t.lower_ == "dat" and t.i > 1 and doc[t.i - 1].text == "," and (
                t.dep_ == "mark" or doc[t.i - 2].pos_ not in ("NOUN", "PROPN")) for t in first_clause):
            # "dat A, dat B en dat C": split before "en dat C", the first sentence would read "dat A,
            # dat B" without its "en" (red team 23, 04-P1). (", dat" after a noun is a relative
            # clause: "dat het dakterras, dat op 1,20 meter … ligt, …" splits as before.)
            return
        if any(doc[t.i - 1].text == "," and self.rules.relative_openers.get(t.lower_) == "{clause}"
               for t in second_clause):
            # "dat A en dat B, hetgeen het college juist heeft bevonden": "hetgeen" is about both; split,
            # "wat het college juist heeft bevonden" would be about B only (red team 31, 01-T9)
            return
        repeated = self._frame_with_also(frame, verb)
        if repeated is None:
            return
        one = self._v.pieces(frame) + self._v.pieces([first]) + self._v.pieces(first_clause)
        two = repeated + self._v.pieces([second]) + self._v.pieces(second_clause)
        yield ([_sentence_case(_join(one)), _sentence_case(_join(two))],
               Transformation("split", f"zin gesplitst bij '{conjunction.text} dat' (begin van de zin herhaald)"))

    def _dat_conjunction(self, token: "Token") -> bool:
        """Whether a "dat" opens a clause: so parsed, or misread as a pronoun where only the
        conjunction fits: right after the frame's "op" / "erop" or after "en", and not followed by a
        finite verb or a comma ("en dat is …", "en dat, …" use the pronoun)."""
        if token.lower_ != "dat":
            return False
        if token.dep_ == "mark" and token.pos_ == "SCONJ":
            return True
        if token.i == 0 or token.i + 1 >= len(token.doc):
            return False
        previous, following = token.doc[token.i - 1], token.doc[token.i + 1]
        if previous.lower_ not in ({"op"} | self.rules.pronominal_adverbs | self.rules.frame_conjunctions):
            return False
        return not (_is_finite(following) or following.pos_ in ("VERB", "AUX") or following.is_punct)

    def _split_coordinated_te(self, doc: "Doc"):
        """'Het college heeft besloten uw uitkering te herzien en het bedrag van u terug te vorderen.'
        -> 'Het college heeft besloten uw uitkering te herzien. Het college heeft ook besloten het
        bedrag van u terug te vorderen.' Two te-clauses joined by "en" after a verb of
        simplify.yaml ``te_coordination`` (besluiten, vragen, verzoeken): the frame is repeated with
        "ook", as for two "dat"-clauses; no verb moves.

        Only when the parse is certain and nothing is shared: the first clause opens with its own
        object (a phrase in front of it, "met ingang van 1 mei", could belong to both) and the
        second has an object of its own ("te herzien en vanaf 1 juli te beëindigen" shares it);
        both have their own "te" right before their infinitive, the second runs to the end, neither
        has a comma or another clause, and the frame has no negation (it would count twice) and is
        a main clause. "of" gives a choice: never split."""
        rules = self.rules
        if not rules.te_frame_verbs or not rules.te_frame_conjunctions:
            return
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ != "VERB" or _lemma(root) not in rules.te_frame_verbs:
            return
        te = lambda verb: verb.i > 0 and doc[verb.i - 1].lower_ == "te" and doc[verb.i - 1].head.i == verb.i  # noqa: E731
        infinitive = lambda t: t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm")  # noqa: E731
        clauses = [c for c in root.children if c.dep_ == "xcomp" and infinitive(c) and te(c)]
        if not 1 <= len(clauses) <= 2:
            return
        one = clauses[0]
        # the parse hangs the second on the first ("conj") or, as a sibling, on the frame's verb
        seconds = [c for c in one.children if c.dep_ == "conj" and c.i > one.i] + clauses[1:]
        if len(seconds) != 1 or not infinitive(seconds[0]) or not te(seconds[0]):
            return
        two = seconds[0]
        cc = doc[one.i + 1]  # right after the first infinitive; the parse may hang it on a word of the second
        if cc.pos_ != "CCONJ" or cc.lower_ not in rules.te_frame_conjunctions or not one.i < cc.head.i <= two.i:
            return
        last = self._sentence_words_of(doc)[-1].i
        second = [t for t in doc if cc.i < t.i <= last]
        second_ids = {t.i for t in second}
        if any(t.head.i not in second_ids for t in second if t.i != two.i):
            return  # a word after "en" hangs outside the second clause: it may continue something else
        objects_two = [c for c in two.children if c.dep_ == "obj" and c.i < two.i]
        if not objects_two:
            return
        first_tree = [t for t in _subtree(one) if t.i not in second_ids and t.i != cc.i]
        if not _contiguous(first_tree) or first_tree[-1].i != one.i:
            return
        start = first_tree[0].i
        if doc[start].lower_ == "om":
            start += 1  # "besloten om A te herzien en B te vorderen": "om" belongs to both
        first = [t for t in doc if start <= t.i <= one.i]
        objects_one = [c for c in one.children if c.dep_ == "obj" and c.i < one.i]
        if len(objects_one) != 1 or min(t.i for t in _subtree(objects_one[0])) != start:
            return
        frame = [t for t in doc if t.i < start]
        verb = self._frame_verb(frame)
        if verb is None or any(t.lower_ in NEGATIONS or t.is_punct or t.pos_ == "SCONJ" for t in frame):
            return
        if verb.i > root.i or (frame and frame[0].pos_ == "SCONJ"):
            return
        if any(t.is_punct or t.pos_ == "SCONJ" or t.lower_ in _RELATIVE_WORDS or (t.lower_.startswith("waar") and len(t.lower_) > 4)
               for t in first + second):
            return
        if any(_is_finite(t) for t in first + second):
            return
        if len(first) < 3 or len(second) < 3 or self._cut(cc, doc[start]):
            return
        repeated = self._frame_with_also(frame, verb)
        if repeated is None:
            return
        # "Het college heeft dus besloten A en B": the first sentence keeps "dus"; repeated, it would
        # read as a conclusion from the first ("Het college heeft dus ook besloten B")
        repeated = [piece for piece in repeated if piece[0].lower() not in rules.connectives]
        yield ([_sentence_case(_join(self._v.pieces(frame) + self._v.pieces(first))),
                _sentence_case(_join(repeated + self._v.pieces(second)))],
               Transformation("split", f"zin gesplitst bij '{cc.text}' tussen twee te-zinnen (begin van de zin herhaald)"))

    def _split_shared_front(self, doc: "Doc"):
        """'Na die datum vervalt de vergunning en moet u een nieuwe aanvraag indienen.' -> 'Na die
        datum vervalt de vergunning. Na die datum moet u een nieuwe aanvraag indienen.' Two main
        clauses that share the phrase in front of the first finite verb: the second starts with its
        finite verb right after "en"/"maar" (simplify.yaml ``coordination``), so the front belongs to
        both and is repeated. The front is one short phrase without verb, comma or negation and is
        not the subject; the second clause has a subject of its own (a subject in the parse or a
        personal pronoun right after its verb), and the parse closes both clauses (the words after
        the conjunction hang inside the second, its head on the main verb as "conj")."""
        rules = self.rules
        words = [t for t in doc if not t.is_space]
        last = next((t for t in reversed(words) if not (t.is_punct and t.text in ".!?")), None)
        finite = next((t for t in words if _is_finite(t)), None)
        if finite is None or last is None or finite.i < 1 or finite.i > 6:
            return
        root = finite if finite.dep_ == "ROOT" else finite.head
        if root.dep_ != "ROOT" or (finite.i != root.i and finite.dep_ not in ("aux", "aux:pass", "cop")):
            return
        front = self._front_phrase(doc, finite)
        if front is None:
            return
        front_ids = {t.i for t in front}
        for cc in words:
            if cc.i <= finite.i + 1 or cc.lower_ not in rules.coordination or cc.i + 2 >= len(doc):
                continue
            verb = doc[cc.i + 1]
            if not _is_finite(verb) or self._cut(cc, verb):
                continue
            head = verb if verb.dep_ == "conj" else verb.head
            if head.dep_ != "conj" or head.head.i != root.i or (head.i != verb.i and verb.dep_ not in ("aux", "aux:pass", "cop")):
                return
            second = [t for t in doc if cc.i < t.i <= last.i]
            first = [t for t in doc if finite.i <= t.i < cc.i]
            while first and _loose_punct(first[-1]):
                first.pop()
            inside = {t.i for t in second}
            if any((t.head.i not in inside or t.head.i == t.i) and t.i != head.i for t in second):
                return
            if any(t.head.i not in {u.i for u in first} | front_ids | {head.i} and t.i != root.i for t in first):
                return
            following = doc[cc.i + 2]
            subject = any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in head.children) or (
                following.pos_ == "PRON" and following.lower_ in _SUBJECT_PRONOUNS)
            if not subject:
                return
            if any(t.text in ";:()" for t in second) or len([t for t in first if not t.is_punct]) < 3:
                return
            two = self._front_pieces(front, rules.coordination[cc.lower_]) + self._v.pieces(second)
            one = self._v.pieces(front) + self._v.pieces(first)
            yield ([_sentence_case(_join(one)), _sentence_case(_join(two))],
                   Transformation("split", f"zin gesplitst bij '{cc.text}' ('{' '.join(t.text for t in front)}' herhaald)"))
            return

    def _front_phrase(self, doc: "Doc", finite: "Token") -> list["Token"] | None:
        """The phrase in front of a main clause's finite verb ("Na die datum", "In dat geval") when it
        is one short phrase without verb, comma or negation that is not the subject (all its words
        but one hang inside it), else None."""
        front = [t for t in doc if t.i < finite.i and not t.is_space]
        if not front or len(front) > 6 or any(
                t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.lower_ in NEGATIONS
                or t.dep_ in ("nsubj", "nsubj:pass", "expl", "mark") for t in front):
            return None
        ids = {t.i for t in front}
        if sum(1 for t in front if t.head.i not in ids) != 1 or self._cut(*front):
            return None
        return front

    def _front_pieces(self, front: list["Token"], opener: str) -> list[tuple[str, str]]:
        """The front phrase opening a new sentence, after ``opener`` ("Maar") when there is one."""
        pieces = self._v.pieces(front)
        pieces[-1] = (pieces[-1][0], " ")
        if opener and front[0].i not in self._v.overrides:
            pieces[0] = (_lower_first(front[0]), pieces[0][1])
            return [(opener, " ")] + pieces
        return pieces

    def _bound(self, doc: "Doc", index: int, whole: bool = False) -> bool:
        """Whether a clause that opens at ``index`` is bound to what comes before it: inside a
        condition (:func:`_under_condition`) or inside what the reader or someone else says or
        holds (:meth:`_inside_report`). Split off, it would read as the municipality's fact. A
        clause about the ``whole`` clause before it ("…, tenzij de schuld is afgelost, wat in uw
        situatie niet het geval is") speaks about the condition itself: "Dit is …" keeps that. A
        clause in the last item of a lettered list inside the sentence belongs to that item: split
        off, it would follow the whole list."""
        if self.rules.hedge is not None and self.rules.hedge.search(doc[:index].text):
            return True  # "Naar haar zeggen weigerde het gezelschap te vertrekken, waardoor …" (red team 19)
        if any(t.text == ";" and _marked_item_after(doc, t.i + 1) for t in doc[:index]):
            return True  # in an item of a list inside the sentence ("…; d. het schenken van drank, waarvoor …")
        return (not whole and _under_condition(doc, index)) or self._inside_report(doc, index)

    def _inside_report(self, doc: "Doc", index: int) -> bool:
        """Whether ``index`` lies inside a "dat"-clause that reports what the reader or a third
        party says or holds: "U stelt zich op het standpunt dat: a. u sinds 15 maart alleen woont,
        …, zodat het tarief … dient te worden toegepast" (red team 18); "De buurman verklaart dat
        …". Not when the municipality speaks ("Wij vinden dat …", "Het college stelt vast dat …",
        "Wij laten u weten dat …": the reader only as an object), nor once the main clause has
        resumed ("Als u van oordeel bent dat …, dan kunt u …")."""
        marks = [t for t in doc[:index] if t.lower_ == "dat" and t.pos_ == "SCONJ"]
        if not marks or _main_clause_starts(doc, marks[-1].i + 1, index) is not None:
            return False
        # the frame of the report: its own main clause, not a clause in front ("Nu u …, is het college
        # van oordeel dat …")
        start = _main_clause_starts(doc, 0, marks[0].i)
        frame = [t for t in doc[start or 0:marks[0].i]]
        verbs = self.rules.reported_speech | self.rules.reported_by_subject
        if not any(_lemma(t) in verbs or _lemma_with_particle(t) in verbs for t in frame):
            return False  # "Uit de door u overgelegde stukken blijkt dat …": no one says it
        # who speaks: whoever the frame names first as its subject, the reader ("U heeft het college
        # laten weten dat") or the municipality ("De burgemeester wijst u erop dat", "Wij vinden dat");
        # anyone else ("De buurman verklaart dat") is a third party
        words = [t.lower_ for t in frame]
        municipal = [agent for agent, _subject, _plural in self.rules.agents if agent != ("u",)]
        for at, token in enumerate(frame):
            if token.lower_ in ("u", "jij", "je") and token.dep_.startswith("nsubj"):
                return True
            if token.lower_ in ("wij", "we", "ik") or any(tuple(words[at:at + len(agent)]) == agent for agent in municipal):
                return False
        return True

    def _reported(self, tokens: list["Token"]) -> bool:
        """Whether ``tokens`` report what someone else says or thinks: a "dat"-clause after a frame
        with the reader as "u" in it ("U stelt dat", "In uw bezwaar voert u aan dat") or a verb of
        simplify.yaml ``reported_speech`` ("De buurman verklaart dat")."""
        marks = [t for t in tokens if t.lower_ == "dat" and t.pos_ == "SCONJ"]
        if not marks:
            return False
        frame = [t for t in tokens if t.i < marks[0].i]
        return any(t.lower_ in ("u", "jij")
                   or (t.lower_ == "je" and t.dep_.startswith("nsubj"))
                   or _lemma(t) in self.rules.reported_speech or _lemma_with_particle(t) in self.rules.reported_speech
                   for t in frame)

    def _split_shared_subclause(self, doc: "Doc"):
        """'Dat komt omdat de schuur te hoog is en de buren bezwaar hebben gemaakt.' -> 'Dat komt
        omdat de schuur te hoog is. Dat komt ook omdat de buren bezwaar hebben gemaakt.' Two
        coordinated clauses after one subordinating word (simplify.yaml ``repeated_frame.
        subordinators``: never a condition, whose parts hold only together); the second has no
        subordinating word of its own, so the frame and the word are repeated, with "ook" after the
        frame's finite verb. No verb moves.

        The parse must close both clauses: every word of the first hangs inside it (its head on the
        frame), and the words of the second that hang outside it hang on the head of the first (the
        coordination); the second opens with its subject right after "en", has exactly one finite
        verb and runs to the end. No other clause opens inside the first (the second could belong
        to it), and the frame has no negation (it would be counted twice)."""
        rules = self.rules
        if not rules.frame_subordinators or not rules.frame_conjunctions:
            return
        first = next((t for t in doc if t.dep_ == "mark" and t.lower_ in rules.frame_subordinators), None)
        if first is None or first.i < 2 or self._cut(first):
            return
        frame = list(doc[:first.i])
        if any(t.lower_ in NEGATIONS for t in frame) or any(t.text in ";:,()" for t in frame):
            return
        verb = next((t for t in frame if _is_finite(t) and (t.dep_ == "ROOT" or (
            t.dep_ in ("aux", "aux:pass", "cop") and t.head.dep_ == "ROOT"))), None)
        head = first.head
        if verb is None or head.i < first.i or not _is_clause_head(head) or head.head.i >= first.i:
            return
        last = next((t for t in reversed(doc) if not (t.is_punct and t.text in ".!?")), None)
        ccs = [t for t in doc if t.i > head.i and t.lower_ in rules.frame_conjunctions]
        if last is None or not ccs:
            return
        cc = ccs[0]
        first_clause = [t for t in doc if first.i < t.i < cc.i]
        while first_clause and _loose_punct(first_clause[-1]):
            first_clause.pop()
        second = [t for t in doc if cc.i < t.i <= last.i]
        if len(first_clause) < 3 or len(second) < 3 or self._cut(cc) or head.i not in {t.i for t in first_clause}:
            return
        inside_first = {t.i for t in first_clause} | {first.i}
        if any(t.head.i not in inside_first for t in first_clause if t.i != head.i):
            return  # a word of the first clause hangs elsewhere: "en" may join something else
        inside_second = {t.i for t in second}
        outside = [t for t in second if t.head.i not in inside_second or t.head.i == t.i]
        if not outside or any(t.head.i != head.i or t.dep_ != "conj" and t.dep_ not in ("nsubj", "nsubj:pass")
                              for t in outside):
            return
        if not any(t.dep_ == "conj" for t in outside):
            return
        finite = [t for t in second if _is_finite(t)]
        if len(finite) != 1 or not self._starts_phrase(second[0]) and second[0].pos_ not in ("PRON", "PROPN", "NOUN"):
            return
        if second[0].pos_ == "PRON" and second[0].dep_ not in ("nsubj", "nsubj:pass", "expl", "det", "nmod:poss"):
            return
        if any(t.text in ";:()," for t in second):
            return
        if any(t.pos_ == "SCONJ" or (t.lower_ in _RELATIVE_WORDS and t.dep_ != "det") or t.text in ";:()" or (
                t.lower_.startswith("waar") and len(t.lower_) > 4) for t in first_clause):
            return  # another clause opens inside the first: "en" may continue that one
        if not any(_is_finite(t) for t in first_clause):
            return
        repeated = self._frame_with_also(frame, verb)
        if repeated is None:
            return
        one = self._v.pieces(frame) + self._v.pieces([first]) + self._v.pieces(first_clause)
        two = repeated + self._v.pieces([first]) + self._v.pieces(second)
        yield ([_sentence_case(_join(one)), _sentence_case(_join(two))],
               Transformation("split", f"zin gesplitst bij '{cc.text}' (begin van de zin en '{first.text}' herhaald)"))

    def _split_list(self, doc: "Doc"):
        """'Het bezwaarschrift moet ten minste bevatten: uw naam en adres, de datum, een omschrijving
        van het besluit en de gronden van het bezwaar.' -> 'Het bezwaarschrift moet ten minste
        bevatten:' and the items as a list. The list ends the sentence; with a colon it starts after
        the colon, without one at the noun phrase before the first comma (a phrase the parse closes:
        every word hangs inside it but its head). The sentence before the list keeps its finite verb."""
        rules = self.rules
        if not rules.list_conjunctions:
            return
        words = self._sentence_words_of(doc)
        colons = [t for t in words if t.text == ":"]
        if len(colons) > 1 or any(t.text in ";()" for t in words):
            return
        commas = [t for t in words if t.text == ","]
        introduced = [t for t in commas if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in rules.list_openers]
        if colons:
            start = colons[0].i + 1
        elif introduced:
            # "..., waaronder de Belastingdienst, de SVB en uw zorgverzekeraar." -> "..., waaronder:"
            if len(introduced) > 1 or self._cut(doc[introduced[0].i + 1]):
                return
            start = introduced[0].i + 2
        else:
            start = self._list_start(doc, commas[0]) if commas else None
            if start is None:
                return
            if doc[start - 1].lower_ in ("en", "of", "noch"):
                # "bevat de naam en het adres van uw vennootschap, het aanslagnummer en …": the first
                # item began before the "en" (the lead had become "bevat de naam en:"; red team 27)
                return
        body = [t for t in words if t.i >= start]
        lead = [t for t in doc if t.i < start and t.text != ":"]
        if introduced and not colons and not any(_is_finite(t) for t in lead[:-2]):
            return
        while lead and _loose_punct(lead[-1]):
            lead.pop()
        if len(lead) < 3 or not any(_is_finite(t) for t in lead) or not body:
            return
        if lead[-1].pos_ == "ADP" and lead[-2].pos_ in ("NOUN", "PROPN", "NUM"):
            # "… aan de hand van artikel 255 van: - de Gemeentewet - de Invorderingswet 1990 …": the
            # list would hang every item on "artikel 255 van" (red team 5, bel-03)
            return
        # items at the commas; the last one also at the last conjunction ("... en de gronden")
        items: list[list["Token"]] = [[]]
        for token in body:
            if token.text == ",":
                items.append([])
            else:
                items[-1].append(token)
        last = items[-1]
        joints = [t for t in last if t.lower_ in rules.list_conjunctions and t.i + 1 < len(doc)
                  and self._starts_phrase(doc[t.i + 1])]
        if not joints:
            return
        joint = joints[-1]
        items[-1:] = [[t for t in last if t.i < joint.i], [t for t in last if t.i > joint.i]]
        if any(t.lower_ in ("of", "noch", "ofwel", "hetzij") or (t.lower_ == "wel" and doc[t.i - 1].lower_ == "dan")
               for t in body):
            return  # a choice between the items: a list of bullets would lose the "or"
        if len(items) < rules.list_min_items or any(not item for item in items):
            return
        for item in items:
            if not self._starts_phrase(item[0]) or not self._verbless_phrase(item):
                return
            if word_count(_join(self._v.pieces(item))) > rules.max_words or self._cut(item[0], item[-1]):
                return
        if self._cut(*(t for t in body if t.text == ",")) or self._cut(joint):
            return
        lead_text = _sentence_case(_join(self._v.pieces(lead))).rstrip(".") + ":"
        listed = [ListItem(_item_text(_join(self._v.pieces(item)))) for item in items]
        yield ([lead_text, *listed], Transformation("split", f"opsomming van {len(listed)} delen als lijst"))

    def _split_marked_items(self, doc: "Doc"):
        """'Het bezwaarschrift moet ten minste bevatten: a. uw naam en adres; b. de dagtekening; c. de
        gronden.' -> 'Het bezwaarschrift moet ten minste bevatten:' and the items as a list that
        keeps their letters (the letter may refer to them: "Ad a."). Items lettered or numbered in
        order after the one colon, or straight after the lead without one ("Het college besluit 1°.
        …; 2°. …": the lead gets the colon) (a, b, c; 1, 2, 3; i, ii, iii), apart by semicolons (an "en" after
        the last is left out), the last ending the sentence; the sentence before the colon keeps a
        finite verb. Not when an item gives a choice ("; of c."): bullets would lose the "or"; not
        when an item is longer than a B1 sentence: a list item is not split again, so it would stay
        that long (red team 18: the items of "U stelt zich op het standpunt dat:" are what the
        reader holds, and split into sentences they read as the municipality's facts)."""
        words = self._sentence_words_of(doc)
        depth, colons = 0, []
        for token in words:  # a colon in brackets ("(hierna: de stichting)") announces nothing
            depth += (token.text == "(") - (token.text == ")")
            if token.text == ":" and depth == 0:
                colons.append(token)
        if len(colons) > 1:
            return
        if colons:
            colon = colons[0]
            start = colon.i + 1
        else:
            # "Het college besluit 1°. …; 2°. …": the first item straight after the lead, without a
            # colon; the list gets one (only a series that starts at a, 1 or i, right after a word)
            start = next((t.i for t in words[3:] if not doc[t.i - 1].is_punct
                          and (_item_marker(doc, t.i) or ("",))[0] in ("a", "1", "i")), None)
            if start is None:
                return
            colon = doc[start - 1]
        lead = [t for t in doc if t.i < start] if not colons else [t for t in doc if t.i < colon.i]
        if len(_words(lead)) < 3 or not has_finite_verb(lead):
            return
        items, marks, joints = [], [], [colon] if colons else []
        at = start
        while True:
            found = _item_marker(doc, at)
            if found is None:
                return
            value, close, start = found
            end = next((t for t in doc[start:] if t.text == ";"), None)
            item = [t for t in doc[start:end.i if end is not None else len(doc)]]
            while item and (item[-1].is_punct or item[-1].is_space):
                item.pop()
            if not item:
                return
            items.append(item)
            marks.append((value, close))
            if end is None:
                break
            joints.append(end)
            at = end.i + 1
            if at < len(doc) and doc[at].lower_ == "en":
                at += 1
        if len(items) < 2 or not _in_order([value for value, _close in marks]) or self._cut(*joints):
            return
        texts = [_item_text(_join(self._v.pieces(item))) for item in items]
        if any(word_count(text) > self.rules.max_words for text in texts):
            return
        lead_text = _sentence_case(_join(self._v.pieces(lead))).rstrip(".") + ":"
        listed = [ListItem.marked(text, value + close) for text, (value, close) in zip(texts, marks)]
        yield ([lead_text, *listed], Transformation("split", f"opsomming met {marks[0][0]}{marks[0][1]}, "
                                                             f"{marks[1][0]}{marks[1][1]} … als lijst"))

    def _split_preposition_list(self, doc: "Doc"):
        """'Dit kan leiden tot herziening van uw uitkering, tot terugvordering van de bijstand en tot
        een bestuurlijke boete.' -> 'Dit kan leiden tot:' and the items as a list. An enumeration
        that ends the sentence and repeats its preposition before every item (commas, then one of
        ``lists.conjunctions``): the preposition goes to the sentence before the list, once. Only
        when every item is a phrase without a verb of its own, no item gives a choice ("of"), and
        the sentence before the list keeps a finite verb."""
        rules = self.rules
        if not rules.list_conjunctions or not rules.list_prepositions:
            return
        words = _sentence_words(doc)
        if any(t.text in ";:()" for t in words):
            return
        joints = [t for t in words if t.lower_ in rules.list_conjunctions and t.i + 1 < len(doc)
                  and doc[t.i - 1].text != "," and doc[t.i + 1].lower_ in rules.list_prepositions]
        if not joints:
            return
        joint = joints[-1]
        preposition = doc[joint.i + 1].lower_
        # the commas before the joint, each right before the same preposition, back to the first item
        commas = []
        index = joint.i - 1
        while index > 0:
            token = doc[index]
            if token.text == ",":
                if doc[index + 1].lower_ != preposition:
                    break
                commas.append(token)
            elif token.is_punct:
                return
            index -= 1
        if not commas:
            return
        first_comma = commas[-1]
        starts = [t for t in doc[index + 1:first_comma.i] if t.lower_ == preposition]
        if not starts:
            return
        start = starts[-1]
        heads = [start] + [doc[c.i + 1] for c in reversed(commas)] + [doc[joint.i + 1]]
        stops = [t.i for t in reversed(commas)] + [joint.i, words[-1].i + 1]
        items = [[t for t in words if head.i < t.i < stop] for head, stop in zip(heads, stops)]
        if len(items) < rules.list_min_items or any(not item for item in items):
            return
        body = [t for t in words if t.i >= start.i]
        if any(t.lower_ in ("of", "noch", "ofwel", "hetzij") or (t.lower_ == "wel" and doc[t.i - 1].lower_ == "dan")
               for t in body):
            return  # a choice between the items: a list of bullets would lose the "or"
        for item in items:
            if not (self._starts_phrase(item[0]) or item[0].pos_ in ("NOUN", "PROPN")) \
                    or not self._verbless_phrase(item) or any(t.lower_ in rules.list_conjunctions for t in item):
                return
            if word_count(_join(self._v.pieces(item))) > rules.max_words:
                return
        if self._cut(*heads, *commas, joint):
            return
        lead = [t for t in doc if t.i <= start.i]
        if len(lead) < 4 or not any(_is_finite(t) for t in lead[:-1]):
            return
        if lead[-2].pos_ == "ADP" or (lead[-2].pos_ in ("NOUN", "PROPN", "NUM") and not (
                start.head.dep_ == "obl" and start.head.head.pos_ in ("VERB", "AUX"))):
            return  # "artikel 255 van:", "gevolgen voor:": the list would hang on the noun, not on the verb
        lead_text = _sentence_case(_join(self._v.pieces(lead))).rstrip(" ,.") + ":"
        listed = [ListItem(_item_text(_join(self._v.pieces(item)))) for item in items]
        yield ([lead_text, *listed], Transformation(
            "split", f"opsomming van {len(listed)} delen met '{start.text}' als lijst"))

    def _split_term(self, doc: "Doc"):
        """'Dan kunt u binnen zes weken na de dag van verzending van dit besluit bezwaar maken bij
        het college.' -> 'Dan kunt u bezwaar maken bij het college. Dat kan binnen zes weken na de
        dag van verzending van dit besluit.' Only in a main clause whose finite verb is a modal of
        simplify.yaml (kan, moet, dient, mag) standing before the term, without a negation (it would
        move away from the term) and without a comma or subordinate clause before the term."""
        rules = self.rules
        if not rules.term_openers or not rules.term_modals:
            return
        verb = next((t for t in doc if _is_finite(t)), None)
        if verb is None:
            return
        modal = rules.term_modals.get(_lemma(verb))
        if modal is None or verb.i > 4 or verb.i in self._v.overrides:
            return
        if any(t.lower_ in NEGATIONS for t in doc):
            return
        if self._past(verb):
            return  # "Het bedrag moest ... zijn betaald": "Dat moet ..." would make a past duty a present one
        for opener in doc[verb.i + 1:]:
            hours = self._hours_end(doc, opener)
            if opener.lower_ not in rules.term_openers and hours is None:
                continue
            misread = self._not_verbs(doc)
            if any(t.text in ",;:" or t.pos_ == "SCONJ" or (t.i != verb.i and t.i not in misread and _is_finite(t))
                   or "Rel" in t.morph.get("PronType") for t in doc[verb.i + 1:opener.i]):
                return  # (a relative pronoun: "een nieuw verzoek dat binnen drie jaar daarna wordt gedaan" -
                # the term is the clause's; red team 32, 02-T16)
            end = hours if hours is not None else self._term_end(doc, opener)
            if end is None or end >= len(doc):
                return
            following = doc[end]
            if following.lower_ in self.rules.term_pointers:
                return  # "na de dagtekening daarvan": cut from the sentence, the pronoun loses its referent
            if following.lower_ in _RELATIVE_WORDS or following.lower_.startswith("waar") or following.pos_ in (
                    "SCONJ", "CCONJ") or following.text in "(,;:" or following.lower_ in ("van", "na", "vanaf"):
                return  # the term goes on ("na de dag waarop ...", "na de dag, ..."): its end is uncertain
            term = doc[opener.i:end]
            if self._cut(*term) or any(t.i in self._v.overrides and not self._v.overrides[t.i][0] for t in term):
                return
            if self._restated_after(doc, end):
                return  # "… binnen veertien dagen … betalen, en derhalve uiterlijk op 25 mei": the date restates
                # the term and would stay behind without it (red team 30, 10-T6)
            rest = [t for t in doc if t.i < opener.i or t.i >= end]
            tail = [t for t in rest if t.i > verb.i and not t.is_punct]
            if len(tail) < 2 or not tail[-1].pos_ in ("VERB", "AUX", "NOUN", "PROPN", "NUM", "ADP", "ADV", "ADJ", "X"):
                return
            main = _sentence_case(_join(self._v.pieces(rest)))
            said = _join(self._v.pieces(term)).strip(" ,")
            extra = TermSentence(_sentence_case(rules.term_sentence.format(modal=modal, term=said)))
            extra.verb = verb.lower_
            yield ([main, extra], Transformation("split", f"termijn '{' '.join(t.text for t in term[:3])} …' als eigen zin"))
            return

    def _restated_after(self, doc: "Doc", end: int) -> bool:
        """Whether the clause goes on after ``end`` with a restatement of the term before it (simplify.yaml
        restated_dates cues after a comma, with or without "en": "…, en derhalve uiterlijk op 25 mei")."""
        for comma in doc[end:]:
            if comma.text in ".;":
                return False
            if comma.text != ",":
                continue
            start = comma.i + 1 + (comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ == "en")
            if _opening(doc[start:], self.rules.restated_date_cues):
                return True
        return False

    def _split_restated_date(self, doc: "Doc"):
        """'Ik verzoek u de gegevens binnen veertien dagen na de datum van deze brief, dus uiterlijk
        op 9 maart 2026, te verstrekken.' -> 'Ik verzoek u de gegevens binnen veertien dagen na de
        datum van deze brief te verstrekken. Dat is uiterlijk op 9 maart 2026.' (simplify.yaml
        restated_dates). The date only restates the term, so the sentence says the same without it;
        "Dat" follows the piece that holds the term: nothing after the date may be split off."""
        rules = self.rules
        if not rules.restated_date_cues:
            return
        n = len(doc)
        for comma in (t for t in doc if t.text == "," and t.i > 2):
            cue = _opening(doc[comma.i + 1:], rules.restated_date_cues)
            if cue is None:
                continue
            start = comma.i + 1 + len(cue)
            index = start
            if index < n and doc[index].lower_ == "uiterlijk":
                index += 1
            if index < n and doc[index].lower_ in ("op", "vóór", "voor", "tot"):
                index += 1
            match = _DATE.match(doc.text[doc[index].idx:]) if index < n else None
            if match is None:
                continue
            stop = doc[index].idx + match.end()
            while index < n and doc[index].idx < stop:
                index += 1
            if index >= n or doc[index].text not in (",", "."):
                continue
            closing = doc[index]
            # the phrase before the comma is a term ("binnen veertien dagen na …", "uiterlijk …"):
            # an opener after the clause's last comma, or the sentence's start
            earlier = [t for t in doc[:comma.i] if t.text in ",;:"]
            stretch = doc[earlier[-1].i + 1 if earlier else 0:comma.i]
            if not any(t.lower_ in rules.term_openers for t in stretch) or self._cut(comma, closing):
                continue
            if closing.text == ",":
                kept = [t for t in doc if t.i < comma.i or t.i > closing.i]
            else:
                kept = [t for t in doc if t.i < comma.i or t.i >= closing.i]
            # nothing after the date where the sentence could be split later (a comma, a conjunction,
            # a relative word): "Dat is …" must stay right after the piece that holds the term. (The
            # final check wants a finite verb in each sentence; the tagger may miss it here.)
            if any(t.text in ",;:" or t.pos_ in ("SCONJ", "CCONJ") or t.lower_ in _RELATIVE_WORDS
                   or t.lower_ in ("en", "of", "maar") for t in doc[closing.i + 1:]):
                continue
            main = _sentence_case(_join(self._v.pieces(kept)))
            date = doc.text[doc[start].idx:stop]
            extra = _sentence_case(rules.restated_date_sentence.format(date=date))
            yield ([main, extra], Transformation("split", f"datum '{date}' als eigen zin"))
            return

    def _hours_end(self, doc: "Doc", opener: "Token") -> int | None:
        """The end (exclusive) of opening hours that start at ``opener`` ("op werkdagen tussen 9.00
        en 17.00 uur", simplify.yaml ``terms.hours``), or None."""
        pattern = self.rules.term_hours
        if pattern is None:
            return None
        match = pattern.match(doc.text, opener.idx)
        if match is None:
            return None
        stop = match.end()
        index = opener.i
        while index < len(doc) and doc[index].idx < stop:
            index += 1
        if doc[index - 1].idx + len(doc[index - 1].text) != stop:
            return None  # not on a word boundary
        return index

    def _past(self, verb: "Token") -> bool:
        """Whether a finite verb is in the past tense, by its tags or by the lexicon's past forms."""
        from letterlint.nlp.matching import verb_paradigm

        if "Past" in verb.morph.get("Tense"):
            return True
        paradigm = verb_paradigm(_lemma(verb), self._lexicon) or {}
        return verb.lower_ in (paradigm.get("past_singular"), paradigm.get("past_plural"))

    def _term_end(self, doc: "Doc", opener: "Token") -> int | None:
        """The end (exclusive) of a term that starts at ``opener``: "binnen zes weken", "binnen vier
        weken na dagtekening van deze brief", "uiterlijk op 3 juni 2026", with a following ", dus
        uiterlijk op 3 juni 2026," included. None when the phrase is not one of these shapes."""
        index = opener.i + 1
        n = len(doc)
        if opener.lower_ == "binnen":
            if index < n and doc[index].pos_ == "NUM" or (index < n and doc[index].lower_ in ("één", "een")):
                index += 1
            if index >= n or doc[index].lower_ not in self.rules.term_units:
                return None
            index += 1
            if index < n and doc[index].lower_ in ("na", "vanaf"):
                index = self._noun_chain(doc, index + 1)
                if index is None:
                    return None
                index = self._term_clause_end(doc, index)
                if index is None:
                    return None
        else:  # "uiterlijk (op) <date>"
            if index < n and doc[index].lower_ in ("op", "vóór", "voor"):
                index += 1
            match = _DATE.match(doc.text[doc[index].idx:]) if index < n else None
            if match is None:
                return None
            stop = doc[index].idx + match.end()
            while index < n and doc[index].idx < stop:
                index += 1
        # ", dus uiterlijk op 9 maart 2026," belongs to the term
        if index + 2 < n and doc[index].text == "," and doc[index + 1].lower_ in ("dus", "dat", "namelijk"):
            inner = self._term_end(doc, doc[index + 2]) if doc[index + 2].lower_ in self.rules.term_openers else None
            if inner is None or inner >= n or doc[inner].text != ",":
                return None
            index = inner + 1
        return index

    def _term_clause_end(self, doc: "Doc", index: int) -> int | None:
        """The end of a term's noun chain with the short clause that says which day it is: "na de
        dag waarop dit besluit is verzonden" ends after "verzonden" (``terms.day_clauses``), the
        clause being a few words without a comma and one verb cluster with one finite verb. ``index``
        when no such clause follows; None when one follows whose end is uncertain."""
        n = len(doc)
        if index >= n or doc[index].lower_ not in self.rules.term_day_clauses or not index \
                or doc[index - 1].lower_ not in self.rules.term_day_nouns:
            return index
        start = index + 1
        is_verb = lambda t: t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"  # noqa: E731
        first = start
        while first < n and not is_verb(doc[first]):
            token = doc[first]
            if token.is_punct or token.pos_ in ("SCONJ", "CCONJ") or token.lower_ in NEGATIONS \
                    or token.lower_ in _RELATIVE_WORDS:
                return None
            first += 1
        if first == start or first - start > 4 or first >= n:
            return None
        end = first
        while end < n and is_verb(doc[end]):
            end += 1
        cluster = doc[first:end]
        if len(cluster) > 3 or sum(1 for t in cluster if "Fin" in t.morph.get("VerbForm")) != 1:
            return None
        if all(t.pos_ == "AUX" for t in cluster) and end < n and doc[end].pos_ == "ADJ":
            # "waarop dit besluit is verstuurd" with the participle tagged an adjective: it ends the
            # clause, unless a noun follows that it may describe ("is verstuurd bezwaar")
            if end + 1 < n and doc[end + 1].pos_ in ("NOUN", "PROPN"):
                return None
            end += 1
        if end < n and (doc[end].pos_ in ("VERB", "AUX") or "Part" in doc[end].morph.get("VerbForm")):
            # a verb right after the cluster that the parse hangs elsewhere ("… ter inzage is gelegd
            # beroep …" with "gelegd" read as an adjective of "beroep"): the clause may go on
            return None
        return end

    def _not_verbs(self, doc: "Doc") -> set[int]:
        """Tokens the tagger may read as a verb that cannot be one: a pronominal adverb ("daartegen",
        ``not_verbs`` in simplify.yaml) and the words of a law's name ("de Algemene wet
        bestuursrecht"). A phrase of such words holds no clause of its own."""
        found = {t.i for t in doc if self.rules.not_verbs is not None and self.rules.not_verbs.fullmatch(t.lower_)}
        if self.rules.law_name is not None:
            for match in self.rules.law_name.finditer(doc.text):
                found.update(t.i for t in doc if match.start() <= t.idx < match.end())
        return found

    @staticmethod
    def _noun_chain(doc: "Doc", index: int) -> int | None:
        """The end of a chain of noun phrases joined by "van" from ``index`` ("de dag van verzending
        van dit besluit"); a new phrase without "van" before it ends the chain."""
        n = len(doc)
        seen_noun = False
        while index < n:
            token = doc[index]
            if token.pos_ in ("NOUN", "PROPN"):
                if seen_noun and not (token.text[:1].isupper() and doc[index - 1].text[:1].isupper()):
                    break  # two nouns in a row: the second starts something else (not in a name: "de
                    # beschikking van de Dienst Toeslagen", red team 31, 03-T3)
                seen_noun = True
            elif token.lower_ == "van" and seen_noun:
                seen_noun = False
            elif token.pos_ in ("DET", "ADJ", "NUM") or (token.pos_ == "PRON" and "Yes" in token.morph.get("Poss")):
                if seen_noun:
                    break
            else:
                break
            index += 1
        return index if seen_noun else None

    def _split_appositive(self, doc: "Doc"):
        """'..., zijnde een bedrag van € 250,10.' -> '... . Dat is een bedrag van € 250,10.' ("Dat",
        not "Deze N": "zijnde" may be about more than the noun before it, "20% van de bijstandsnorm,
        zijnde € 250,10" is about the 20%; "Dat" points no further than "zijnde" did) and the
        address after a name: '... bij het college, Postbus 1450, 7390 HA Lindenburg.' -> '... bij het
        college. Het adres is Postbus 1450, 7390 HA Lindenburg.' Only at the end of the sentence, and
        only a phrase without a verb."""
        rules = self.rules
        words = self._sentence_words_of(doc)
        first_finite = next((t.i for t in words if _is_finite(t)), len(doc))
        for comma in (t for t in words if t.text == "," and t.i > 2):
            if first_finite > comma.i or self._cut(comma):  # no finite verb before the comma
                continue
            after = words[comma.i + 1:]
            if not after or any(t.text in ",;:" for t in after) and rules.address is None:
                continue
            before = list(doc[:comma.i])
            text = doc[after[0].i:after[-1].i + 1].text
            lowered = [t.lower_ for t in after]
            for cue, (singular, plural) in rules.appositives.items():
                size = len(cue.split())
                if " ".join(lowered[:size]) != cue or len(after) < size + 2:
                    continue
                phrase = after[size:]
                # an amount is one thing: "zijnde € 82,35 voor personen van 18 jaar" -> "Dat is € 82,35 …"
                amount = phrase[0].text == "€" and phrase[1].pos_ == "NUM"
                if any(t.text in ",;:" for t in phrase) or not (self._starts_phrase(phrase[0]) or amount) \
                        or not self._verbless_phrase(phrase):
                    break
                noun = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
                if noun is None and not amount:
                    break
                lead = singular if amount else plural if "Plur" in noun.morph.get("Number") else singular
                said = _join(self._v.pieces(phrase))
                yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(f"{lead} {said}")],
                       Transformation("split", f"'{doc[comma.i + 1].text} …' als eigen zin"))
                return
            if rules.address is not None and rules.address.fullmatch(text):
                name = doc[comma.i - 1]  # the name the address belongs to; the tagger may misread a
                # name's last word ("de rechtbank Westerschelde, team belastingrecht, Postbus 7020, …")
                if (not name.is_alpha or name.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "ADV")
                        or _is_finite(name) or any(t.i in self._v.overrides for t in after)):
                    continue
                said = rules.address_sentence.format(address=text)
                # after every piece of its sentence: a piece split off before it ("Daarbij geldt …") points
                # at the sentence, not at the address (red team 22, 05-T2)
                yield ([_sentence_case(_join(self._v.pieces(before))), AfterSentence(_sentence_case(said))],
                       Transformation("split", "adres als eigen zin"))
                return

    def _split_inserted_address(self, doc: "Doc"):
        """'… kunt u de voorzieningenrechter van de Rechtbank Oost-Lindeland, Postbus 7030, 0509 RB
        Oosterlinde, vragen een voorlopige voorziening te treffen.' -> '… kunt u de voorzieningenrechter
        van de Rechtbank Oost-Lindeland vragen een voorlopige voorziening te treffen. Het adres van de
        Rechtbank Oost-Lindeland is Postbus 7030, 0509 RB Oosterlinde.' An address between commas
        right after a name leaves the sentence; the sentence after it names whose address it is
        (simplify.yaml ``address.named_sentence``). Only when the name is certain: a run of words with a
        capital after "de"/"het", or "de"/"het" and one noun."""
        rules = self.rules
        if rules.address is None or not rules.address_named_sentence:
            return
        words = self._sentence_words_of(doc)
        commas = [t for t in words if t.text == ","]
        for number, first in enumerate(commas):
            # the address may hold commas of its own ("Postbus 7030, 0509 RB Oosterlinde"): the longest
            found = None
            for second in commas[number + 1:]:
                inner = [t for t in words if first.i < t.i < second.i]
                text = doc.text[inner[0].idx:inner[-1].idx + len(inner[-1].text)] if inner else ""
                if text and rules.address.fullmatch(text):
                    found = second, inner, text
            if found is None:
                continue
            second, inner, text = found
            if second.i + 1 >= len(doc) or self._cut(first, second) or any(t.i in self._v.overrides for t in inner):
                continue
            name = self._address_owner(doc, first.i)
            if name is None:
                continue
            rest = [t for t in doc if t.i < first.i or t.i > second.i]
            following = doc[second.i + 1]
            if not any(_is_finite(t) for t in rest) or following.is_punct or following.pos_ in (
                    "ADJ", "NUM", "NOUN", "PROPN", "X", "SYM") or following.like_num:
                continue  # "in het Stadskantoor, Raadhuisplein 1, eerste verdieping": the place goes on
            if _subordinator(following, True):
                # "… aan de balie van het Stadskantoor, Raadhuisplein 1, welke …": the comma before
                # the clause stays
                rest = [t for t in doc if t.i < first.i or t.i >= second.i]
            owner = " ".join(t.text for t in name)
            said = rules.address_named_sentence.format(name=owner, address=text)
            yield ([_sentence_case(_join(self._v.pieces(rest))), AfterSentence(_sentence_case(said))],
                   Transformation("split", "adres als eigen zin"))
            return

    @staticmethod
    def _address_owner(doc: "Doc", comma: int) -> list["Token"] | None:
        """The name right before ``comma`` that an address after it belongs to: "de Rechtbank
        Oost-Lindeland", "het Klantcontactcentrum", "de heffingsambtenaar"; None when not certain."""
        start = comma
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha or (
                start > 0 and "-" in doc[start - 1].text and doc[start - 1].text[:1].isupper()):
            start -= 1
        if start == comma:  # no capitals: "de"/"het" and one noun
            if comma < 2 or doc[comma - 1].pos_ != "NOUN" or doc[comma - 2].lower_ not in ("de", "het"):
                return None
            return list(doc[comma - 2:comma])
        if start > 1 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].text.islower():
            start -= 1  # "de gemeente Oosterlinde"
        if start == 0 or doc[start - 1].lower_ not in ("de", "het") or doc[start].text in _U_FORMS:
            return None
        return list(doc[start - 1:comma])

    def _split_reachable(self, doc: "Doc"):
        """'… kunt u contact opnemen met het Klantcontactcentrum van de gemeente, telefoonnummer 14
        0121, bereikbaar op werkdagen van 9.00 tot 17.00 uur.' -> '… met het Klantcontactcentrum van
        de gemeente, telefoonnummer 14 0121. Het Klantcontactcentrum is bereikbaar op werkdagen van
        9.00 tot 17.00 uur.' A phrase after the last comma that says when or how someone can be
        reached (simplify.yaml ``reachable``) becomes a sentence about whom it is about, named again.

        Only when that is certain: the phrase runs to the end without comma or verb of its own,
        right before it stands the name after a preposition of ``prepositions`` (or after it a
        ``labels`` apposition: ", telefoonnummer 14 0121"), and the name is a short singular phrase
        with an article or a title ("het Klantcontactcentrum", "de heer D. Koster"; "van de
        gemeente" after it is left out). The sentence before it keeps a finite verb."""
        rules = self.rules
        if not rules.reachable_words:
            return
        words = self._sentence_words_of(doc)
        commas = [t for t in words if t.text == ","]
        if not commas:
            return
        comma = _comma_before_waar(doc, commas)
        if comma.i + 2 >= len(doc) or doc[comma.i + 1].lower_ not in rules.reachable_words:
            return
        phrase = [t for t in words if t.i > comma.i]
        if len(phrase) < 3 or any(t.is_punct and t.text in ",;:()" or _is_finite(t) or t.pos_ == "SCONJ"
                                  or t.lower_ in _RELATIVE_WORDS for t in phrase):
            return
        name_end = comma.i  # the name ends before this token
        if len(commas) > 1:
            label = doc[commas[-2].i + 1]
            if label.lower_ in rules.reachable_labels and all(
                    not t.is_punct or t.text in "()" for t in doc[commas[-2].i + 1:comma.i]):
                name_end = commas[-2].i
        preposition = None
        for index in range(name_end - 1, -1, -1):
            token = doc[index]
            if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                return
            if token.lower_ in rules.reachable_prepositions and token.pos_ == "ADP":
                preposition = token
                break
        if preposition is None:
            return
        name = [t for t in doc if preposition.i < t.i < name_end]
        cut = next((n for n, t in enumerate(name) if t.lower_ == "van" and n > 0), len(name))
        name = name[:cut]
        if not 2 <= len(name) <= 5 or name[0].lower_ not in ("de", "het", "mevrouw"):
            return
        nouns = [t for t in name if t.pos_ in ("NOUN", "PROPN")]
        if not nouns or any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "X") and not re.fullmatch(r"[A-Z]\.", t.text)
                            for t in name):
            return
        if any("Plur" in t.morph.get("Number") for t in nouns) or self._cut(comma, preposition, *name):
            return
        if preposition.i == 0 or doc[preposition.i - 1].pos_ in ("NOUN", "PROPN", "NUM"):
            return  # "bij de balie in het stadskantoor aan de Markt": the name after the comma is not whom to contact
        for index in range(preposition.i - 1, -1, -1):  # (the tagger may read "stadskantoor" as an adverb)
            token = doc[index]
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.dep_ == "compound:prt":
                break
            if token.pos_ == "ADP":
                return
        before = [t for t in doc if t.i < comma.i]
        if not any(_is_finite(t) for t in before):
            return
        antecedent = _join(self._v.pieces(name))
        antecedent = antecedent[:1].upper() + antecedent[1:]
        second = rules.reachable_sentence.format(antecedent=antecedent, phrase=_join(self._v.pieces(phrase)))
        yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(second)],
               Transformation("split", f"zin gesplitst bij '{doc[comma.i + 1].text}' ('{antecedent}' herhaald)"))

    def _split_instruction(self, doc: "Doc"):
        """', onder vermelding van het kenmerk.' at the end of a sentence that tells the reader what
        to do -> '... . Vermeld daarbij het kenmerk.' (simplify.yaml ``instructions``). Only when the
        phrase ends the sentence and is a noun phrase (no verb, comma or negation), and the sentence
        before it is an instruction in the present: a finite verb in the present tense, none in the
        past, and the reader ("u") or a verb of ``instructions.verbs`` (moeten, dienen, kunnen,
        verzoeken ...) in it. "Het bedrag diende ..., onder vermelding van ..." is no instruction."""
        rules = self.rules
        if not rules.instructions:
            return
        words = self._sentence_words_of(doc)
        lowered = [t.lower_ for t in words]
        for phrase, sentence in rules.instructions.items():
            size = len(phrase)
            for index in range(3, len(words) - size):
                if tuple(lowered[index:index + size]) != phrase or words[index - 1].text != ",":
                    continue
                np = words[index + size:]
                before = words[:index - 1]
                # "onder vermelding van bovengenoemd kenmerk": a word that points back opens the phrase too
                pointing = lambda t: t.lower_ in rules.referent_words  # noqa: E731
                if not np or self._cut(words[index - 1], *words[index:index + size]) or not (
                        self._starts_phrase(np[0]) or pointing(np[0])):
                    continue
                if any(t.is_punct or (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and not pointing(t))
                       or t.lower_ in NEGATIONS
                       for t in np) or word_count(doc.text[np[0].idx:np[-1].idx + len(np[-1].text)]) > 12:
                    continue
                finite = [t for t in before if _is_finite(t)]
                frame = self._request_frame(before)
                # a finite verb by its tags: a request the tagger misread ("Ik verzoek u" as a noun) is
                # not read as an instruction by the proposal either, which would move "Vermeld daarbij …"
                # away from it to "Wat moet u doen?"
                if not finite or any(self._past(t) for t in finite) or not all(
                        "Pres" in t.morph.get("Tense") or t.morph.get("VerbForm") != ["Fin"] for t in finite):
                    continue
                if not frame and not any(t.lower_ == "u" or _lemma(t) in rules.instruction_verbs for t in before):
                    continue
                if not frame and self._past_request(before):
                    continue  # "Wij verzochten u …": a request told, not made (the tagger may miss the verb)
                said = _join(self._v.pieces(np))
                yield ([_sentence_case(_join(self._v.pieces(before))), _sentence_case(sentence.format(phrase=said))],
                       Transformation("split", f"'{' '.join(t.text for t in words[index:index + size])} …' als eigen zin"))
                return

    def _past_request(self, before: list["Token"]) -> bool:
        """Whether a past form of one of simplify.yaml ``instructions.verbs`` stands in the words
        ("verzochten", "vroeg"), whatever its tag."""
        from letterlint.nlp.matching import verb_paradigm

        for lemma in self.rules.instruction_verbs:
            paradigm = verb_paradigm(lemma, self._lexicon) or {}
            past = {paradigm.get("past_singular"), paradigm.get("past_plural")} - {None}
            if any(t.lower_ in past for t in before):
                return True
        return False

    def _request_frame(self, before: list["Token"]) -> bool:
        """Whether a sentence opens with a request in the present, by its words (the tagger may read
        "verzoek" as a noun): "Ik verzoek u …", "Wij vragen u …" (a subject pronoun, a present form
        of one of simplify.yaml ``instructions.verbs``, "u") or "Verzocht wordt …" (its participle
        and "wordt")."""
        from letterlint.nlp.matching import verb_paradigm

        if len(before) < 3:
            return False
        first, second, third = (t.lower_ for t in before[:3])
        for lemma in self.rules.instruction_verbs:
            paradigm = verb_paradigm(lemma, self._lexicon) or {}
            present = {paradigm.get("stem"), paradigm.get("infinitive")} - {None}
            if first == "ik" and second == paradigm.get("stem") and third == "u":
                return True
            if first in ("wij", "we") and second == paradigm.get("infinitive") and third == "u":
                return True
            participles = {f for f in self._all_forms(lemma) if f.startswith("ver") and f.endswith(("t", "d"))
                           and f not in present and f != paradigm.get("third")} | {paradigm.get("participle")}
            if first in participles - {None} and second == "wordt":
                return True
        return False

    @staticmethod
    def _starts_phrase(token: "Token") -> bool:
        """Whether a word opens a noun phrase of its own: an article, a possessive or a number."""
        if token.pos_ in ("DET", "NUM"):
            return True
        return token.pos_ == "PRON" and ("Yes" in token.morph.get("Poss") or token.dep_ == "nmod:poss")

    @staticmethod
    def _verbless_phrase(item: list["Token"]) -> bool:
        """A noun phrase: no verb of its own. A verb may stand inside a relative clause about a noun
        of the phrase ("het besluit waartegen het bezwaar is gericht") or as an adjective."""
        if not item or item[0].pos_ in ("SCONJ", "CCONJ") or item[0].lower_ in _RELATIVE_WORDS:
            return False
        inside = {token.i for token in item}
        verbs = [token for token in item if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"
                 and not Simplifier._nominal_infinitive(token)]
        if not verbs:
            return True
        if all((v.head if v.dep_ in ("aux", "aux:pass", "cop") else v).dep_ in ("acl:relcl", "acl")
               and (v.head if v.dep_ in ("aux", "aux:pass", "cop") else v).head.i in inside for v in verbs):
            return True
        # the parse may hang the relative clause elsewhere: then the words must show it — a noun, a
        # relative word ("waartegen", "die"), and the clause's verbs ending the item
        opener = next((k for k, t in enumerate(item) if k and (t.lower_ in _RELATIVE_WORDS or (
            t.lower_.startswith("waar") and t.pos_ in ("ADV", "PRON", "ADJ", "SCONJ")))), None)
        if opener is None or item[opener - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        if any(v.i < item[opener].i for v in verbs):
            return False
        tail = [t for t in item if t.i > item[opener].i]
        while tail and _loose_punct(tail[-1]):
            tail.pop()
        return bool(tail) and tail[-1].pos_ in ("VERB", "AUX") and all(
            t.pos_ in ("VERB", "AUX") for t in tail[tail.index(verbs[0]) if verbs[0] in tail else len(tail):])

    @staticmethod
    def _nominal_infinitive(token: "Token") -> bool:
        """An infinitive used as a noun: right after an article or a preposition, not after "te"
        ("de kosten van bestaan", "voor het kappen van een boom")."""
        if token.pos_ != "VERB" or not token.i or not (token.morph.get("VerbForm") == ["Inf"] or (
                token.lower_.endswith("n") and token.lower_ == _lemma(token))):
            return False
        previous = token.doc[token.i - 1]
        return previous.lower_ in ("het", "van") and not any(c.dep_ in ("aux", "aux:pass", "mark") for c in token.children)

    @staticmethod
    def _list_start(doc: "Doc", comma: "Token") -> int | None:
        """Where a list without a colon starts: the longest phrase before its first comma that opens
        with an article, possessive or number and that the parse closes (one word of it hangs
        outside, all others inside)."""
        best, end = None, comma.i
        outside: set[int] = set()  # the words of doc[first:end] whose head lies outside it (or the root)
        for first in range(end - 1, 0, -1):  # grown one word to the left at a time: linear, not quadratic
            token = doc[first]
            outside.difference_update(child.i for child in token.children if first < child.i < end)
            if token.head.i == token.i or not first <= token.head.i < end:
                outside.add(first)
            if len(outside) == 1 and doc[next(iter(outside))].pos_ in ("NOUN", "PROPN") \
                    and Simplifier._starts_phrase(token) and Simplifier._verbless_phrase(list(doc[first:end])):
                best = first
        return best

    @staticmethod
    def _frame_verb(frame: list["Token"]) -> "Token | None":
        """The finite verb of the main clause that a frame ends in: the only finite verb of the
        frame that is the root or its auxiliary, with no comma after it."""
        finite = [t for t in frame if _is_finite(t)]
        if not finite:
            return None
        if len(finite) > 1 and all(t.lower_ == _lemma(t) for t in finite[1:]):
            # "Dit kan tot gevolg hebben": the infinitive read as a plural finite verb; "ook" goes
            # after "kan", not after "hebben"
            if any(t.text == "," for t in frame if t.i > finite[0].i):
                return None
            return finite[0]
        verb = finite[-1]
        if verb.dep_ != "ROOT" and not (verb.dep_ in ("aux", "aux:pass", "cop") and verb.head.dep_ == "ROOT"):
            return None
        if any(t.text == "," or (t.pos_ in ("VERB", "AUX") and _is_finite(t)) for t in frame if t.i > verb.i):
            return None
        return verb

    def _frame_with_also(self, frame: list["Token"], verb: "Token") -> list[tuple[str, str]] | None:
        """The frame with "ook" after its finite verb and the pronouns right after it ("Wij wijzen
        u er ook op", "Dit betekent ook", "Daarin heeft u ook aangegeven"); the frame itself when
        it has "ook" already. None when the frame is longer than simplify.yaml
        ``repeated_frame.max_words``: a long frame ("Tijdens de controle van 29 september is
        vastgesteld dat …") said twice reads as two events and buries the message."""
        if len([t for t in frame if not t.is_punct]) > self.rules.frame_max_words:
            return None
        if len(frame) > 2 and frame[0].lower_ == "ad":
            found = _item_marker(frame[0].doc, frame[1].i)
            if found is not None:  # "Ad a. Uit de BRP blijkt dat …": the label heads the paragraph once
                frame = [t for t in frame if t.i >= found[2]]
        also = self.rules.frame_also
        if any(t.lower_ == also or t.lower_ in self.rules.frame_also_words for t in frame):
            return self._v.pieces(frame)
        if any(t.i in self._v.overrides for t in frame if t.i > verb.i):
            return None
        pieces: list[tuple[str, str]] = []
        index = 0
        while index < len(frame) and frame[index].i <= verb.i:
            pieces.extend(self._v.pieces([frame[index]]))
            index += 1
        while index < len(frame) and frame[index].pos_ == "PRON" and (frame[index].dep_ in (
                "nsubj", "nsubj:pass", "obj", "iobj", "expl", "expl:pv") or frame[index].lower_ in ("zich", "zichzelf")) \
                and frame[index].lower_ not in ("dat", "dit", "het", "die"):
            pieces.extend(self._v.pieces([frame[index]]))
            index += 1
        # a subject after the verb goes before "ook" as well: "Daarom is het college ook van oordeel",
        # not "Daarom is ook het college …", which says that someone else holds the view too
        # (after a word in front the verb comes second and a definite noun phrase right after it is
        # the subject; on the tags: the parse often makes "het college" the root of "… is het college
        # van oordeel")
        if frame[0].i < verb.i and index < len(frame) and (frame[index].pos_ == "DET" or frame[index].morph.get("Poss") == ["Yes"]):
            end = index + 1
            while end < len(frame) and frame[end].pos_ == "ADJ":
                end += 1
            if end < len(frame) and frame[end].pos_ in ("NOUN", "PROPN"):
                pieces.extend(self._v.pieces(frame[index:end + 1]))
                index = end + 1
        if index < len(frame) and frame[index].lower_ == "er":
            pieces.extend(self._v.pieces([frame[index]]))
            index += 1
        if index < len(frame) and frame[index].lower_ in self.rules.pronominal_adverbs:
            token = frame[index]
            pieces += [(token.text[:2], " "), (also, " "), (token.text[2:], token.whitespace_)]
            index += 1
        else:
            pieces.append((also, " "))
        pieces.extend(self._v.pieces(frame[index:]))
        return pieces

    # ------------------------------------------------------------------ passive with an agent

    def _agent_passives(self, work: _Work, cache: dict) -> None:
        for index, piece in enumerate(work.pieces):
            doc = cache.get(piece)
            if doc is None:
                continue
            self._v = _View(doc)
            result = self._agent_passive(doc) or self._agent_passive_clause(doc)
            if result is not None:
                work.pieces[index] = result[0]
                work.transformations.append(result[1])

    def _agent_passive(self, doc: "Doc") -> tuple[str, Transformation] | None:
        """'Uw aanvraag is op 9 februari door ons ontvangen.' -> 'Wij hebben uw aanvraag op
        9 februari ontvangen.' Only main clauses, only agents named in simplify.yaml."""
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ != "VERB" or "Part" not in root.morph.get("VerbForm"):
            return None
        if any(t.dep_ in ("mark", "conj", "ccomp", "advcl", "acl:relcl", "xcomp", "parataxis") and t.head.i == root.i
               for t in doc):
            return None
        aux = [c for c in root.children if c.dep_ in ("aux", "aux:pass")]
        passive = [c for c in aux if c.dep_ == "aux:pass"]
        if len(passive) != 1:
            return None
        agent_tokens = None
        agent = None
        for child in root.children:
            if child.dep_ not in ("obl", "obl:agent"):
                continue
            span = _subtree(child)
            if span[0].text.lower() != "door" or not _contiguous(span):
                continue
            named = self._agent_phrase(span)
            if named is not None and not _coordinated_after(span):
                agent_tokens, agent = span, named
        if agent is None:
            return None
        subject_word, plural = agent
        subjects = [c for c in root.children if c.dep_ == "nsubj:pass"]
        if len(subjects) != 1:
            return None
        subject = _subtree(subjects[0])
        if not _contiguous(subject) or any(t.is_punct for t in subject):
            return None
        finite = [t for t in aux if _is_finite(t)]
        if len(finite) != 1:
            return None
        finite = finite[0]
        if self._misread_passive(root, subjects[0], finite):
            return None
        form = finite.text.lower()
        # (the tagger's lemma of "verrekend" is "verreken"; the perfect tense keeps the participle
        # and needs no lemma: "zijn door u overgelegd" -> "heeft u overgelegd")
        lemma = self._participle_lemma(root) or _lemma(root)
        if form in self.rules.perfect_auxiliaries and passive[0].i == finite.i:
            new_finite = self.rules.perfect_auxiliaries[form][1 if plural else 0]
            new_verb = root.text
            drop = {finite.i}
        elif form in self.rules.modal_auxiliaries and passive[0].text.lower() == "worden":
            if root.text.lower() not in self._all_forms(lemma):
                return None
            new_finite = self.rules.modal_auxiliaries[form][1 if plural else 0]
            new_verb = lemma
            drop = {finite.i, passive[0].i}
        elif form in ("wordt", "worden") and passive[0].i == finite.i:
            present = self._present(root, lemma, plural)
            if present is None:
                return None
            new_finite, new_verb = present
            drop = {finite.i}
        else:
            return None
        if len(aux) != len(drop):
            return None
        # word order: [subject] [finite] ... or [front] [finite] [subject] ...
        words = [t for t in doc if not t.is_punct]
        dropped = drop | {t.i for t in agent_tokens}
        subject_ids = {t.i for t in subject}
        if subject[0].i == words[0].i and finite.i == subject[-1].i + 1:
            front: list = []
        else:
            front = [t for t in doc if t.i < finite.i]
            if not front or subject[0].i != finite.i + 1 and not (
                    subject[0].i > finite.i and all(t.i in dropped for t in doc[finite.i + 1:subject[0].i])):
                return None
            if any(t.i in subject_ids for t in front):
                return None
        if root.i < max(t.i for t in subject):
            return None
        body = [t for t in doc if t.i > finite.i and t.i not in subject_ids and t.i not in dropped]
        pieces: list[tuple[str, str]] = []
        if front:
            pieces += _pieces(front) + [(new_finite, " "), (subject_word, " ")]
        else:
            pieces += [(subject_word[0].upper() + subject_word[1:], " "), (new_finite, " ")]
        subject_pieces = _pieces(subject)
        if subject[0].i == 0:
            subject_pieces[0] = (_lower_first(subject[0]), subject[0].whitespace_)
        pieces += subject_pieces
        for token in body:
            if token.i == root.i:
                if new_verb:
                    pieces.append((new_verb, token.whitespace_))
            else:
                pieces.append((token.text, token.whitespace_))
        return _made_active(pieces, [finite, *agent_tokens, root], subject_word, new_finite, new_verb)

    # ------------------------------------------------------------------ passive with an implied agent

    _IMPLIED_CUE = re.compile(r"\b(?:wordt|worden|is|zijn|zal|zullen|kan|kunnen|moet|moeten|mag|mogen)\b", re.IGNORECASE)
    _IMPLIED_BLOCK = re.compile(r"\b(?:door|er)\b", re.IGNORECASE)

    def _implied_agent_passives(self, works: list[_Work], cache: dict, subject: str) -> None:
        """Name the municipality in a passive without an agent (see :meth:`_implied_passive`);
        only in works that no passive rule changed yet, one passive per piece."""
        todo = [work for work in works if not any(t.kind == "passive_to_active" for t in work.transformations)]

        participles = self._implied_participles()

        blocked = self.rules.implied_not_with

        def candidate(piece: str) -> bool:
            return bool(self._IMPLIED_CUE.search(piece)) and bool(participles.search(piece)) \
                and not self._IMPLIED_BLOCK.search(piece) and not (blocked is not None and blocked.search(piece))


        self._parse([piece for work in todo for piece in work.pieces
                     if not isinstance(piece, ListItem) and candidate(piece)], cache)
        for work in todo:
            for index, piece in enumerate(work.pieces):
                if isinstance(piece, ListItem) or not candidate(piece):
                    continue
                doc = cache.get(piece)
                if doc is None:
                    continue
                self._v = _View(doc)
                result = self._implied_passive(doc, subject)
                if result is None:
                    continue
                # checked here, so that a passive the tagger cannot read back does not cost the
                # sentence its other transformations (the final check takes all or nothing)
                self._tag([result[0]], cache)
                tagged = cache.get(result[0]) or cache[("tag", result[0])]
                if has_finite_verb(tagged) or _verb_before_wij(tagged):
                    work.pieces[index] = result[0]
                    work.transformations.append(result[1])

    def _implied_participles(self) -> re.Pattern:
        """One pattern for the participles of :meth:`_implied_table`: a piece without one is not parsed."""
        if self._implied_pattern is None:
            words = sorted(self._implied_table(), key=len, reverse=True)
            self._implied_pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words
                                               else r"(?!)", re.IGNORECASE)
        return self._implied_pattern

    def _implied_table(self) -> dict[str, tuple[str, str, str]]:
        """participle -> (infinitive, particle, verb without particle) of simplify.yaml
        implied_agent.verbs: "afgewezen" -> ("afwijzen", "af", "wijzen")."""
        if self._implied is None:
            from letterlint.nlp.matching import verb_paradigm

            table: dict[str, tuple[str, str, str]] = {}
            for entry in sorted(self.rules.implied_verbs):
                parts = entry.split("|")
                particle, base = (parts[0], parts[1]) if len(parts) > 1 else ("", parts[0])
                participle = parts[2] if len(parts) > 2 else (verb_paradigm(base, self._lexicon) or {}).get("participle")
                if not participle:  # "herzien": an inseparable prefix before a verb of the lexicon
                    prefix = next((p for p in self.rules.inseparable_prefixes
                                   if base.startswith(p) and base[len(p):] in self._lexicon), None)
                    forms = self._lexicon.get(base[len(prefix):]) if prefix else None
                    if not forms or not forms[-1].startswith("ge"):
                        continue
                    participle = prefix + forms[-1][2:]
                table[particle + participle] = (particle + base, particle, base)
            self._implied = table
        return self._implied

    def _implied_passive(self, doc: "Doc", subject_word: str) -> tuple[str, Transformation] | None:
        """'Uw verzoek is gedeeltelijk ingewilligd.' -> 'Wij hebben uw verzoek gedeeltelijk
        ingewilligd.'; 'Daarna kan een dwangbevel worden uitgevaardigd.' -> 'Daarna kunnen wij een
        dwangbevel uitvaardigen.' A passive without any agent, of a verb in simplify.yaml
        implied_agent.verbs (acts of handling a case that only the municipality performs), in a
        main clause or a subordinate clause with the verbs at the end; exactly one passive in the
        sentence; no "er", "door" or other body in it (the caller checks)."""
        table = self._implied_table()
        # (a participle of the table whatever its tag: "zal de invordering worden hervat" with "hervat"
        # read as a noun)
        passives = [t for t in doc if (t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm")
                                       or t.pos_ == "NOUN" and t.lower_ in table and t.dep_ == "ROOT")
                    and any(c.dep_ in ("aux", "aux:pass") and _lemma(c) in ("worden", "zijn") for c in t.children)]
        if len(passives) != 1:
            return None
        verb = passives[0]
        known = table.get(verb.lower_)
        if known is None:
            return None
        lemma = known[0]
        if any(c.dep_ in ("conj", "parataxis", "obl:agent", "expl", "expl:pv") for c in verb.children):
            return None
        auxiliaries = sorted((c for c in verb.children if c.dep_ in ("aux", "aux:pass")), key=lambda t: t.i)
        head = verb.head
        if (verb.dep_ in ("ccomp", "xcomp") and head.dep_ == "ROOT" and head.lower_ in self.rules.modal_auxiliaries
                and _is_finite(head) and not any(c.dep_.startswith("nsubj") for c in head.children)):
            auxiliaries = sorted([*auxiliaries, head], key=lambda t: t.i)  # "kan" as the parse's root
        passive = [c for c in auxiliaries if c.dep_ == "aux:pass"]
        if not passive:
            passive = [c for c in auxiliaries if _lemma(c) in ("worden", "zijn")]
        finite = [c for c in auxiliaries if _is_finite(c)]
        if head in auxiliaries:  # (the tagger may call the "worden" after a modal finite too)
            finite = [head]
        elif len(finite) == 2 and passive and passive[0].lower_ == "worden" and passive[0] in finite:
            finite = [c for c in finite if c is not passive[0] and c.lower_ in self.rules.modal_auxiliaries]
        if len(passive) != 1 or len(finite) != 1:
            return None
        passive, finite = passive[0], finite[0]
        if finite.lower_ in ("werd", "werden"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj")]
        if not subjects:
            # "Wordt het achterstallige bedrag niet … ontvangen?": a passive has no object, so the one
            # noun the parse calls its object is its subject (not beside another object or the reader)
            nominals = [c for c in verb.children if c.dep_ in ("obj", "iobj", "nsubj", "nsubj:pass", "expl", "expl:pv")]
            if len(nominals) == 1 and nominals[0].dep_ == "obj" and nominals[0].pos_ == "NOUN" and not any(
                    t.lower_ in ("u", "je", "jij", "hem", "haar", "hen") for t in doc):
                subjects = nominals
        if len(subjects) != 1:
            return None  # no subject: an impersonal passive
        subject = [t for t in _subtree(subjects[0]) if t.dep_ != "mark"]
        if not _contiguous(subject) or any(t.is_punct for t in subject):
            return None
        if any(t.lower_ in ("wij", "we", "ons", "onze") for t in subject):
            return None
        head_word = subjects[0]
        if self._misread_passive(verb, head_word, finite):
            return None
        if head_word.pos_ == "PRON" and head_word.lower_ not in self.rules.implied_objects:
            return None  # "dit", "het": what it stands for is not known here
        # the thing handled: the subject, and for the reader as the subject what is given to them ("U
        # wordt huurtoeslag toegekend": the huurtoeslag, the Dienst Toeslagen's; red team 31)
        things = [head_word, *(c for c in verb.children if head_word.lower_ in ("u", "je", "jij") and (
            c.dep_ == "obj" or c.dep_ in ("obl", "iobj") and c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children)))]
        if not all(any(word == thing or len(thing) >= 6 and word.endswith(thing)  # (a compound: "omgevingsvergunning")
                       for word in (word_token.lower_, _lemma(word_token)) for thing in self.rules.implied_objects)
                   for word_token in things):
            return None  # "De huurovereenkomst is beëindigd": someone else's act
        # a main clause, also with the modal as the parse's root ("kan … worden uitgevaardigd")
        if verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "xcomp") and head.dep_ == "ROOT" and head.i == finite.i):
            result = self._main_clause_passive(doc, verb, lemma, finite, passive, auxiliaries, subject,
                                               [], subject_word, True)
        elif verb.dep_ in ("advcl", "ccomp"):
            result = self._subordinate_passive(doc, verb, lemma, finite, passive, auxiliaries, subject,
                                               [], subject_word, True)
        else:
            return None
        if result is None:
            return None
        text, transformation = result
        return text, Transformation("passive_to_active", transformation.detail + " (wij: de gemeente)")

    @staticmethod
    def _misread_passive(verb: "Token", subject_head: "Token | None", finite: "Token") -> bool:
        """A parse of a passive that cannot be right, so the passive is not rewritten: the subject
        does not agree in number with the finite verb ("Gelet op het vorenstaande zijn … twee
        dwangsommen verbeurd" with "Gelet" read as the subject of "zijn"), or its phrase holds a
        clause of its own (parataxis). (An object beside the subject is no such sign: the parse
        calls the real subject an object where the reader, "u", is the indirect object: "is u een
        aanslag opgelegd".)"""
        if subject_head is None:
            return False
        if any(t.dep_ in ("parataxis", "advcl", "ccomp") for t in subject_head.subtree):
            return True
        number, finite_number = subject_head.morph.get("Number"), finite.morph.get("Number")
        coordinated = any(c.dep_ == "conj" for c in subject_head.children)
        if number and finite_number and number != finite_number and not coordinated:
            # a noun's number is a guess for words in -en ("het voornemen" read as a plural), and
            # "u" / "wat" carry none: only a word that is no noun at all ("Gelet") counts
            return subject_head.pos_ not in ("NOUN", "PRON")
        return False

    def _agent_subject(self, words: str) -> str | None:
        """The subject simplify.yaml's ``agents`` give an agent phrase after "door" ("ons" -> "wij")."""
        key = tuple(words.lower().split())
        return next((subject for agent_words, subject, _plural in self.rules.agents if agent_words == key), None)

    def _agent_of(self, participle: "Token") -> tuple[list["Token"], str, bool] | None:
        """The agent phrase of a passive participle ("door ons", "door u"): (its tokens, the new
        subject, plural) when simplify.yaml names it, else None."""
        found = None
        for child in participle.children:
            if child.dep_ not in ("obl", "obl:agent"):
                continue
            span = _subtree(child)
            if span[0].lower_ != "door" or not _contiguous(span):
                continue
            named = self._agent_phrase(span)
            if named is not None:
                if found is not None or _coordinated_after(span):
                    return None
                found = (span, *named)
        return found

    def _agent_phrase(self, span: list["Token"]) -> tuple[str, bool] | None:
        """(the new subject, plural) for an agent phrase "door …": the subject simplify.yaml's
        ``agents`` give it ("door ons" -> "wij"), else the phrase itself when it names a person or a
        body (``named_agents``: "door de invorderingsambtenaar", "door uw werkgever", "door de griffier
        van de rechtbank", "door de afdeling Publiekszaken"), else None ("door ziekte", "door middel
        van", "door de storm")."""
        words = tuple(t.lower_ for t in span[1:])
        for agent_words, subject, plural in self.rules.agents:
            if words == agent_words:
                return subject, plural
        rules = self.rules
        if len(span) < 3 or len(span) > 8 or span[1].lower_ not in rules.agent_determiners:
            return None
        if any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.lower_ in _RELATIVE_WORDS for t in span):
            return None
        head = span[0].head
        if head.i == span[0].i or head.pos_ not in ("NOUN", "PROPN", "ADJ") or head.i not in {t.i for t in span}:
            return None  # (the tagger may call a rare compound an adjective: "de invorderingsambtenaar")
        noun = head.lower_
        if noun not in rules.agent_nouns and not noun.endswith(rules.agent_noun_endings):
            return None
        # after the noun only a name ("de afdeling Publiekszaken") or "van" + a phrase ("de griffier
        # van de rechtbank"); before it only adjectives
        before = span[2:span.index(head)] if head in span else []
        if any(t.pos_ not in ("ADJ",) for t in before):
            return None
        after = span[span.index(head) + 1:]
        if after and not (all(t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() for t in after)
                          or after[0].lower_ == "van" and all(
                t.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ") or "Poss" in t.morph.get("Poss") for t in after)):
            return None
        subject = " ".join(t.text for t in span[1:])
        subject = subject[0].lower() + subject[1:] if span[1].text[:1].isupper() else subject
        return subject, "Plur" in head.morph.get("Number")

    def _agent_passive_clause(self, doc: "Doc") -> tuple[str, Transformation] | None:
        """The passives with an explicit agent that :meth:`_agent_passive` leaves: a question or
        condition with the verb first ("Is het formulier door ons ontvangen?" -> "Hebben wij het
        formulier ontvangen?"), words between the verb and the subject ("Op 3 mei is door u
        telefonisch een zienswijze gegeven" -> "Op 3 mei heeft u telefonisch een zienswijze
        gegeven"), a passive without a subject ("is door ons college besloten tot ..." -> "heeft
        ons college besloten tot ..."), and a passive in a subordinate or relative clause, with
        the verbs at the end ("als het bedrag door u is betaald" -> "als u het bedrag heeft
        betaald"). One passive per sentence; perfect, present and modal tenses only."""
        candidates = [t for t in doc if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
                      and any(c.dep_ in ("aux", "aux:pass") and _lemma(c) in ("worden", "zijn") for c in t.children)
                      and self._agent_of(t) is not None]
        if len(candidates) != 1:
            return None
        verb = candidates[0]
        agent_tokens, subject_word, plural = self._agent_of(verb)
        if any(c.dep_ in ("conj", "parataxis") and not _whether_clause(verb, c) for c in verb.children):
            return None  # "is ontvangen en wordt beoordeeld": the auxiliary is shared
        auxiliaries = sorted((c for c in verb.children if c.dep_ in ("aux", "aux:pass")), key=lambda t: t.i)
        passive = [c for c in auxiliaries if c.dep_ == "aux:pass"]
        if not passive:  # "Is het formulier door ons ontvangen?": the parse calls "is" a plain auxiliary
            passive = [c for c in auxiliaries if _lemma(c) in ("worden", "zijn")]
        finite = [c for c in auxiliaries if _is_finite(c)]
        if len(passive) != 1 or len(finite) != 1:
            return None
        passive, finite = passive[0], finite[0]
        subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
        if len(subjects) > 1:
            return None
        # (a subordinator the parse hangs on the subject is not part of it: "Als het bedrag ...")
        subject = [t for t in _subtree(subjects[0]) if t.dep_ != "mark"] if subjects else []
        if subject and (not _contiguous(subject) or any(t.is_punct for t in subject)):
            return None
        if self._misread_passive(verb, subjects[0] if subjects else None, finite):
            return None
        form, lemma = finite.lower_, self._participle_lemma(verb)
        if lemma is None:
            return None
        if verb.dep_ == "ROOT":
            return self._main_clause_passive(doc, verb, lemma, finite, passive, auxiliaries, subject,
                                             agent_tokens, subject_word, plural)
        if verb.dep_ in ("advcl", "ccomp", "acl:relcl", "acl", "csubj") and form not in ("werd", "werden"):
            return self._subordinate_passive(doc, verb, lemma, finite, passive, auxiliaries, subject,
                                             agent_tokens, subject_word, plural)
        return None

    def _participle_lemma(self, participle: "Token") -> str | None:
        """The infinitive of a participle: the parse's lemma when it is one, else rebuilt from the
        form ("ingetrokken" -> "intrekken" by the lexicon's "getrokken", "vastgesteld" ->
        "vaststellen"); None when no infinitive has this participle."""
        form = participle.lower_
        lemma = _lemma(participle)
        # (a form that is the "lemma" plus d matches only as that lemma's present participle: "verrekend"
        # is no form of "verreken", which is no infinitive)
        tagged = lemma != form and lemma.endswith("n") and form != lemma + "d" and form in self._all_forms(lemma)
        if tagged and lemma in self._lexicon:
            return lemma
        rebuilt = self._rebuilt_infinitive(form)
        # the tagger's lemma, unless it is no word at all or a much rarer one than the infinitive the
        # form itself gives ("gehuurd": "huuren" -> "huren"; "gebeld": "belen" -> "bellen")
        if tagged and zipf(lemma) > 0 and (rebuilt is None or zipf(rebuilt) < zipf(lemma) + 1.5):
            return lemma
        return rebuilt

    def _rebuilt_infinitive(self, form: str) -> str | None:
        """The infinitive a participle's form gives by the lexicon and the spelling rules, or None:
        "ge" + stem + d/t ("gebeld" -> "bellen", "gemaakt" -> "maken"), a stem that ends in d/t itself
        ("gezet" -> "zetten", "geschort" -> "schorten"), a separable particle before it ("ingediend"
        -> "indienen"), and an unstressed prefix instead of "ge" ("verrekend" -> "verrekenen",
        "gedoogd" -> "gedogen")."""
        particles = sorted((p for p in self.rules.separable_particles if form.startswith(p + "ge")), key=len, reverse=True)
        for particle in particles + [""]:
            rest = form[len(particle):]
            for verb, forms in self._lexicon.items():
                if forms and forms[-1].lower() == rest and not verb.startswith(particle or "\0"):
                    return particle + verb
            if rest[-1:] not in ("d", "t"):
                continue
            stems = [rest[2:]] if rest.startswith("ge") else []
            if not particle and rest.startswith(tuple(self.rules.inseparable_prefixes)):
                stems.append(rest)  # "verrekend", "gedoogd": no "ge" of its own
            for stem in stems:
                for option in _infinitive_options(stem):
                    candidate = particle + option
                    # a separable verb's participle is its particle before the verb's own participle
                    # ("ingediend": "in" + "gediend"), which the forms of the whole word do not hold
                    if (rest in self._all_forms(option) if particle else form in self._all_forms(candidate)) \
                            and zipf(option) >= 2.5:
                        return candidate
        return None

    def _active_tense(self, verb, lemma: str, finite, passive, auxiliaries, plural: bool,
                      joined: bool) -> tuple[str, str] | None:
        """(new finite verb, what stands in the participle's place) of the active clause: "is
        ontvangen" -> ("hebben", "ontvangen"), "zal worden ingewonnen" -> ("zullen", "inwinnen"),
        "wordt ingetrokken" -> ("trekt", "in") in a main clause or ("intrekt", "") with the verbs
        at the end (``joined``)."""
        form = finite.lower_
        known = self._implied_table().get(verb.lower_)
        if known is not None and known[0] != lemma:
            known = None
        if form in self.rules.perfect_auxiliaries and passive.i == finite.i and len(auxiliaries) == 1:
            return self.rules.perfect_auxiliaries[form][1 if plural else 0], verb.text
        if form in self.rules.modal_auxiliaries and passive.lower_ == "worden" and len(auxiliaries) == 2:
            if known is None and (verb.lower_ not in self._all_forms(lemma) or lemma == verb.lower_):
                return None
            return self.rules.modal_auxiliaries[form][1 if plural else 0], lemma
        if form in ("wordt", "worden") and passive.i == finite.i and len(auxiliaries) == 1:
            if known is not None:
                from letterlint.nlp.matching import verb_paradigm

                _lemma_, particle, base = known
                if not plural:
                    base = (verb_paradigm(base, self._lexicon) or {}).get("third", "")
                    if not base:
                        return None
                return (base, particle) if not joined else (particle + base, "")
            if not joined:
                return self._present(verb, lemma, plural)
            from letterlint.nlp.matching import verb_paradigm

            if lemma == verb.lower_ or self._separable_lemma(lemma, verb.lower_) is None:
                return None
            paradigm = verb_paradigm(lemma, self._lexicon) or {}
            new = lemma if plural else paradigm.get("third")
            return (new, "") if new else None
        return None

    def _separable_lemma(self, lemma: str, participle: str) -> bool | None:
        """True for a verb with a separable particle ("intrekken"), False for one without, None
        when that is uncertain (the same test as :meth:`_present`)."""
        for size in range(2, len(lemma) - 3):
            prefix, rest = lemma[:size], lemma[size:]
            if rest not in self._lexicon and zipf(rest) < 3.0:
                continue
            if prefix in self.rules.inseparable_prefixes:
                return False
            if prefix in self.rules.separable_particles and participle.startswith(prefix):
                return True
            return None
        return False

    def _main_clause_passive(self, doc, verb, lemma, finite, passive, auxiliaries, subject,
                             agent_tokens, subject_word, plural):
        tense = self._active_tense(verb, lemma, finite, passive, auxiliaries, plural, joined=False)
        if tense is None:
            return None
        new_finite, new_verb = tense
        words = [t for t in doc if not t.is_punct and not t.is_space]
        if not words or any(t.dep_ in ("mark",) and t.head.i == verb.i for t in doc):
            return None
        dropped = {t.i for t in agent_tokens} | {passive.i, finite.i}
        front = [t for t in doc if t.i < finite.i and not t.is_space]
        agent_first = bool(front) and all(t.i in dropped for t in front)
        if agent_first:
            front = []  # "Door u is … aangevraagd": the agent was the opening, the new subject takes its place
        if front and front[-1].is_punct and not (front[-1].text == "," and front[0].pos_ in ("ADP", "SCONJ")):
            return None  # "Tot slot, ...": an opening cut off by a comma; a phrase or clause with a comma
            # inside it is whole ("Bij besluit van 30 maart, kenmerk Z-12, is door ons college besloten …")
        if front and front[0].lower_ == "er" and len([t for t in front if not t.is_punct]) == 1:
            return None  # "Er wordt door ons ...": no place for the new subject
        if any(t.i in dropped for t in front):
            return None  # the agent inside a longer opening: no certain place for the new subject
        subject_ids = {t.i for t in subject}
        pieces: list[tuple[str, str]] = []
        if agent_first:  # "U heeft op 3 mei een afspraak aangevraagd"
            pieces += [(subject_word[0].upper() + subject_word[1:], " "), (new_finite, " ")]
            rest_start = finite.i + 1
        elif not front:  # the verb first: a question or a condition
            pieces += [(new_finite[0].upper() + new_finite[1:], " "), (subject_word, " ")]
            rest_start = finite.i + 1
        elif subject and {t.i for t in front} == subject_ids:  # "Uw aanvraag is door ons ontvangen"
            pieces += [(subject_word[0].upper() + subject_word[1:], " "), (new_finite, " ")]
            subject_pieces = _pieces(subject)
            subject_pieces[0] = (_lower_first(subject[0]), subject[0].whitespace_)
            pieces += subject_pieces
            rest_start = finite.i + 1
        elif subject_ids & {t.i for t in front}:
            return None
        else:
            pieces += _pieces(front) + [(new_finite, " "), (subject_word, " ")]
            rest_start = finite.i + 1
        for token in doc[rest_start:]:
            if token.i in dropped or (token.i in subject_ids and not pieces[-1:] == [] and token.i < finite.i):
                continue
            if token.i == verb.i:
                if new_verb:
                    pieces.append((new_verb, token.whitespace_))
            else:
                pieces.append((token.text, token.whitespace_))
        return _made_active(pieces, [finite, *agent_tokens, verb], subject_word, new_finite, new_verb)

    def _subordinate_passive(self, doc, verb, lemma, finite, passive, auxiliaries, subject,
                             agent_tokens, subject_word, plural):
        clause = _clause_span(verb)
        if not clause or not _contiguous(clause):
            return None
        opener = clause[0]
        relative = "Rel" in opener.morph.get("PronType") or opener.lower_ in self.rules.relative_openers
        if opener.dep_ != "mark" and not relative:  # (the parse may hang "als" on the subject)
            return None
        if opener.lower_ in ("om", "te") or any(t.text in ",;:()" for t in clause):
            return None
        cluster = sorted([verb, *auxiliaries], key=lambda t: t.i)
        if [t.i for t in cluster] != list(range(cluster[0].i, cluster[-1].i + 1)) or cluster[-1].i != clause[-1].i:
            return None  # the verbs must close the clause together ("... door u is betaald")
        tense = self._active_tense(verb, lemma, finite, passive, auxiliaries, plural, joined=True)
        if tense is None:
            return None
        new_finite, new_verb = tense
        if subject and subject[0].i == opener.i and len(subject) > 1:
            return None
        dropped = {t.i for t in agent_tokens} | {t.i for t in cluster}
        pieces = _pieces(doc[:opener.i]) + [(opener.text, opener.whitespace_), (subject_word, " ")]
        for token in clause[1:]:
            if token.i not in dropped:
                pieces.append((token.text, token.whitespace_))
        if self.rules.perfect_auxiliaries.get(finite.lower_) and new_verb == verb.text:
            pieces += [(new_finite, " "), (verb.text, cluster[-1].whitespace_)]  # "heeft betaald"
        elif new_verb:
            pieces += [(new_finite, " "), (new_verb, cluster[-1].whitespace_)]  # "kunnen inwinnen"
        else:
            pieces += [(new_finite, cluster[-1].whitespace_)]  # "intrekt"
        pieces += _pieces(doc[clause[-1].i + 1:])
        old = " ".join(t.text for t in [*agent_tokens, *cluster])
        new = " ".join(p for p in (subject_word, new_finite, new_verb) if p and p != new_finite or p == new_finite)
        return (_sentence_case(_join(pieces)), Transformation("passive_to_active", f"'{old}' → '{new}'"))

    def _present(self, participle: "Token", lemma: str, plural: bool) -> tuple[str, str] | None:
        """The active present of a passive participle: (finite verb, particle or "") —
        "vergoed" -> ("vergoeden", "") for "wij", "toegekend" -> ("kent", "toe") for "het college".
        None when the verb or its form is uncertain."""
        text = participle.text.lower()
        if not lemma or lemma == text or not lemma.endswith("n") or text not in self._all_forms(lemma):
            return None  # the lemma must be a real infinitive that has this participle
        particle, base = "", lemma
        for size in range(2, len(lemma) - 3):
            prefix, rest = lemma[:size], lemma[size:]
            if rest not in self._lexicon and zipf(rest) < 3.0:
                continue
            if prefix in self.rules.inseparable_prefixes:
                break
            if prefix in self.rules.separable_particles and text.startswith(prefix):
                particle, base = prefix, rest
                break
            return None  # "stopzetten", "overmaken": separable or not is uncertain
        if plural:
            return base, particle
        third = [form for form in self._finite_forms(base) if form.endswith("t") and not form.endswith("te")
                 and form != base]
        return (third[0], particle) if len(third) == 1 else None

    def _all_forms(self, lemma: str) -> set[str]:
        self._finite_forms(lemma)
        return self._forms[lemma][0]

    # ------------------------------------------------------------------ the final check

    def verify(self, original: str, sentences: list[str], law_lines: list[str],
               docs: list["Doc"] | None, original_doc: "Doc | None") -> str | None:
        """Why the candidate may not be used (Dutch), or None when it keeps every guarantee."""
        problem = facts_problem(original, " ".join(sentences + law_lines))
        if problem:
            return problem
        bare = _bare_field_names(original, sentences + law_lines)
        if bare:
            return f"veldnaam zonder haakjes: '{bare}'"
        doubled = _doubled_word(original, sentences)
        if doubled:
            return f"twee vervangingen gaven samen '{doubled}'"
        if len(sentences) > 1:
            for sentence in sentences:
                if self._only_a_subordinate_clause(sentence):
                    return f"alleen een bijzin: '{sentence}'"
        for sentence in sentences:
            lost = _SECOND_PERSON_ALONE.search(sentence)
            if lost and lost.group(0).lower() not in original.lower():
                return f"onderwerp weggevallen: '{lost.group(0)}'"
        if len(sentences) > 1:
            moved = self._day_pointer_moved(original, sentences)
            if moved:
                return moved
        if len(sentences) > 1 and docs is not None:
            for sentence, doc in zip(sentences, docs):
                if _dat_clause_alone(doc) and sentence not in original:
                    return f"alleen een bijzin: '{sentence}'"
        if docs is not None and self.linter.pipeline.info.components and any(
                name in self.linter.pipeline.info.components for name in ("morphologizer", "tagger")):
            need = len(sentences) > 1 or (original_doc is not None and has_finite_verb(original_doc))
            if need:
                for sentence, doc in zip(sentences, docs):
                    if not has_finite_verb(doc) and self.has_parser and not doc.has_annotation("DEP"):
                        # tags alone cannot tell a plural present from an infinitive ("De kosten …
                        # komen voor uw rekening"): _is_finite needs the parse's subject (red team 30, 05)
                        doc = self.nlp(sentence)
                    if not has_finite_verb(doc) and not self._question_verb(sentence, original_doc) \
                            and not _verb_before_wij(doc) and not self._request_frame(list(doc)):
                        return f"geen persoonsvorm in '{sentence}'"
        return None

    @staticmethod
    def _day_pointer_moved(original: str, sentences: list[str]) -> str | None:
        """"… twee weken na de dag van verzending, en eindigt dus op 6 oktober 2027; voor b. is deze acht
        weken na die dag": split up, "die dag" opens a sentence right after the one with the date and
        reads as that date (red team 28). Where the original names a day in words as well ("de dag
        van verzending", "de datum van dit besluit") a "die dag" / "die datum" may not start a sentence
        after a sentence with a date."""
        # in the original: a day named in words, then a date, then the pointer; otherwise the pointer
        # points at the date anyway ("op 3 mei, en vanaf die dag …", "vanaf die datum; tot die datum …")
        # ("de datum van 1 augustus 2026" names that date: no other day)
        named = next((m for m in _DAY_NAMED.finditer(original) if not _CALENDAR_DATE.match(original[m.end():].lstrip())),
                     None)
        pointers = [m for m in _DAY_POINTER.finditer(original) if named and m.start() > named.end()]
        if not pointers or not any(_CALENDAR_DATE.search(original, named.end(), pointer.start()) for pointer in pointers):
            return None
        for before, sentence in zip(sentences, sentences[1:]):
            pointer = _DAY_POINTER.search(sentence)
            if pointer and _CALENDAR_DATE.search(before) and not _CALENDAR_DATE.search(sentence[:pointer.start()]):
                return f"'{pointer.group(0)}' zou naar een andere datum wijzen"
        return None

    @staticmethod
    def _question_verb(sentence: str, original_doc: "Doc | None") -> bool:
        """Whether a question opens with a word that is a finite verb in the original sentence:
        a condition made a question puts its finite verb first, where the tagger often misreads it
        on its own ("Zijn de stukken ...?" as the possessive "zijn", "Woont u ...?")."""
        if original_doc is None or not sentence.rstrip().endswith("?"):
            return False
        first = re.match(r"\w+", sentence)
        return first is not None and any(
            _is_finite(t) and t.lower_ == first.group().lower() for t in original_doc)

    def _only_a_subordinate_clause(self, sentence: str) -> bool:
        """'Omdat u geen woonadres heeft opgegeven.' — a split piece that opens with a subordinating
        conjunction (simplify.yaml fragment_openers) and has no comma after which a main clause
        could follow is a fragment."""
        words = sentence.split()
        return bool(words) and words[0].strip("(\"'").lower() in self.rules.fragment_openers and "," not in sentence

    def _fragment_of_the_letter(self, doc: "Doc") -> bool:
        """A sentence of the letter that is only a subordinate clause: "Indien betaling niet binnen
        deze termijn plaatsvindt." (its consequence in the next sentence). The words say so (see
        :meth:`_only_a_subordinate_clause`; a capital first, a full stop last) and so does the parse:
        every finite verb stands in a clause opened by a conjunction ("Omdat u … heeft opgegeven
        schrijven wij u uit" lacks a comma but "schrijven" is a main clause's verb)."""
        text = doc.text.strip()
        if not (text[:1].isupper() and text.endswith(".") and self._only_a_subordinate_clause(text)):
            return False
        finite = [t for t in doc if _is_finite(t)]
        clauses = [t.head if t.dep_ in ("aux", "aux:pass", "cop") else t for t in finite]
        return bool(finite) and all(any(c.dep_ == "mark" for c in clause.children) for clause in clauses)

    @staticmethod
    def _lexical_only(work: _Work) -> bool:
        """Whether the word-level result only replaced words that are not finite verbs."""
        view = work.view
        if view is None or view.structural:
            return False
        return not any(_is_finite(view.doc[i]) for i in view.overrides)

    def _finish(self, work: _Work, cache: dict) -> Simplified:
        """The checked result: all transformations, else the word-level ones only, else the original."""
        original = work.original
        limit = self.rules.max_words
        if work.needs_rewrite:  # "Voornoemde heeft ...": only the writer knows who is meant
            return Simplified(original, [original], [], [], work.needs_rewrite)
        pieces = [piece for piece in work.pieces if piece.strip()]
        options = [(pieces, list(work.transformations), list(work.law_lines))]
        if work.word_level is not None and [work.word_level] != pieces:
            kept = work.transformations[:work.word_level_transformations]
            options.append(([work.word_level], kept, list(work.law_lines) if kept else []))
        problem = None
        glued = None  # found once, and only for a sentence that was rebuilt
        for sentences, transformations, law_lines in options:
            if sentences == [original] and not law_lines:
                break
            if glued is None:
                glued = _glued_pairs(cache.get(original) or (work.view.doc if work.view else None))
            sentences = [_reglued(piece, glued) for piece in sentences]
            law_lines = [_reglued(line, glued) for line in law_lines]
            items = [piece for piece in sentences if isinstance(piece, ListItem)]  # with their marks
            sentences = [str(piece) for piece in sentences if not isinstance(piece, ListItem)]
            if sentences == [work.word_level] and self._lexical_only(work) and not items:
                docs = [work.view.doc]  # only words replaced, no verb touched: the original parse holds
            else:
                self._tag(sentences, cache)
                docs = [cache.get(sentence) or cache[("tag", sentence)] for sentence in sentences]
            shown_items = [f"{item.mark} {item}" if item.mark else str(item) for item in items]  # "3)" is in the text
            problem = self.verify(original, sentences, law_lines + shown_items, docs, cache.get(original))
            if problem is None:
                if len(sentences) == 1 and original.rstrip().endswith(";") and sentences[0].endswith("."):
                    sentences = [sentences[0][:-1] + ";"]  # an item of a list ("3.2 … te verstrekken …;") stays one
                long = [sentence for sentence in sentences if sentence_length(sentence) > limit]
                return Simplified(original, sentences, transformations, law_lines, None, long, items)
        if sentence_length(original) <= limit:
            return Simplified(original, [original])
        reason = f"zin van {word_count(original)} woorden; geen veilige plek om te splitsen"
        if problem:
            reason = f"zin van {word_count(original)} woorden; automatisch inkorten lukte niet veilig ({problem})"
        return Simplified(original, [original], [], [], reason, [original])


# an explicit agent that opens a sentence ("Door ons wordt u verzocht …"): its pronoun as a subject
_FRONT_AGENT = re.compile(r"\s*[Dd]oor\s+(\S+(?:\s+\S+)*?)\s+")


def _infinitive_options(stem: str) -> list[str]:
    """Infinitives whose participle ends in ``stem`` (the participle without "ge", ending in d or t):
    the stem without that d/t ("beld" -> "bellen", "maakt" -> "maken") or with it ("zet" -> "zetten",
    "schort" -> "schorten"), a consonant doubled after a short vowel, a long vowel written single in
    the open syllable."""
    options: list[str] = []
    for base in (stem[:-1], stem):
        if len(base) < 2:
            continue
        pair = [base + "en", base + base[-1] + "en"]
        if base[-1] not in "aeiouy" and base[-2] in "aeiou" and (len(base) < 3 or base[-3] not in "aeiouy"):
            pair.reverse()  # a short vowel: "gesteld" is "stellen" (not "stelen"), "gebeld" "bellen"
        options += pair
        if len(base) > 2 and base[-2] == base[-3] and base[-2] in "aeou":
            options.append(base[:-2] + base[-1] + "en")  # "gemaakt" -> "maken", "gedoogd" -> "gedogen"
    return list(dict.fromkeys(options))


def _first_person_verb(token: "Token") -> bool:
    """A verb the tagger read as a noun in "Ik verzoek u …" or "… verzoek ik u …": between "ik" and
    "u" (or "je") only a verb can stand."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = [t.lower_ for t in doc[token.i + 1:token.i + 3]]
    return token.pos_ == "NOUN" and (before == "ik" and after[:1] in (["u"], ["je"])
                                     or after[:2] in (["ik", "u"], ["ik", "je"]))


def _coordinated_after(span: list["Token"]) -> bool:
    """Whether an agent phrase goes on with "of/en/noch …" ("door u of met uw medeweten", "door u en
    uw partner"): made the subject alone, it would lose the rest (red team 12, 04-T5)."""
    doc = span[-1].doc
    following = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
    return following is not None and (following.pos_ == "CCONJ" or following.lower_ in ("of", "en", "noch"))


def _heads(tokens: list["Token"]) -> list["Token"]:
    """The tokens of a stretch whose head lies outside it (or that are their own head): one for a
    stretch that is a whole phrase or clause of the parse."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


def _second_relative(clause: Iterable["Token"], noun: "Token") -> bool:
    """Whether a "welke N" clause holds another relative word after its noun ("welke aanvraag … is
    genomen en naar aanleiding waarvan … een gesprek is gevoerd"): a second relative clause
    coordinated with it, which "Deze aanvraag …" cannot carry (red team 7)."""
    return any(t.i > noun.i and (t.lower_ in _RELATIVE_WORDS or t.lower_.startswith("waar") and len(t.lower_) > 5)
               for t in clause)


def _comma_before_waar(doc: "Doc", commas: list["Token"]) -> "Token":
    """The last comma before a "waar…" word, else the last comma (a comma after such a word may
    close a relative clause inside its clause)."""
    return next((c for c in reversed(commas) if c.i + 1 < len(doc) and doc[c.i + 1].lower_.startswith("waar")),
                commas[-1])


def _ends_in_subordinate_clause(token: "Token") -> bool:
    """Whether ``token`` stands in a subordinate or relative clause of its sentence (between it and
    the root lies the head of such a clause)."""
    node = token
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if node.dep_ in ("acl:relcl", "advcl", "ccomp", "csubj"):
            return True
        node = node.head
    return False


# personal pronouns that are a clause's subject right after its finite verb ("zult u", "hebben wij")
_CLAUSE_SUBJECT_PRONOUNS = frozenset({"u", "je", "jij", "ik", "wij", "we", "hij", "zij", "ze"})


def _verb_before_wij(doc: "Doc") -> bool:
    """A verb right before the subject "wij"/"we" is finite, whatever the tagger says: the plural
    present has the infinitive's form ("Daarom houden wij de invordering aan", tagged Inf; "Weigeren
    wij uw aanvraag?", tagged a noun)."""
    return any(token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("wij", "we") and (
        token.pos_ in ("VERB", "AUX") or token.lower_.endswith("en") and token.pos_ not in ("ADP", "DET", "PRON"))
        for token in doc)


def _made_active(pieces: list[tuple[str, str]], old_tokens: list["Token"], subject_word: str, new_finite: str,
                 new_verb: str | None) -> tuple[str, Transformation]:
    """The active sentence and its record: "'wordt door ons betaald' → 'wij betalen'"."""
    old = " ".join(t.text for t in old_tokens)
    new = f"{subject_word} {new_finite} … {new_verb}" if new_verb else f"{subject_word} {new_finite}"
    return _sentence_case(_join(pieces)), Transformation("passive_to_active", f"'{old}' → '{new}'")


def _lemma(token: "Token") -> str:
    return (token.lemma_ or token.text).replace("_", "").lower()


def _lemma_with_particle(token) -> str:
    """The lemma of a separable verb with its particle ("voert … aan" -> "aanvoeren"). The
    lemmatizer may give the particle already ("uit_nodigen"); a verb the parse hangs on as a
    particle ("laten … weten") is none."""
    lemma = _lemma(token)
    particle = next((child.lower_ for child in token.children if child.dep_ == "compound:prt" and child.pos_ != "VERB"), "")
    return lemma if lemma.startswith(particle) else particle + lemma
