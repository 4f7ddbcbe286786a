"""Comprehension questions and their answer key, derived from the facts of two versions of a letter.

The facts come from :func:`letterlint.facts.extract_facts` (deadline sentence and date or term,
contact person, objection term, first reason). What it does not find is taken from letterlint's
structure analysis (``StructureResult.evidence``: the sentence or block that shows the next
steps, the objection clause, the contact and the reason) with the analyzer's phone and
person-name patterns and a date pattern. A question is asked when at least
one version states the fact; the key records what each version says, so the panel leader can
score the answers and see where a version leaves something out.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
DATE = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(MONTHS) + r")(?:\s+\d{4})?\b|\b\d{1,2}-\d{1,2}-\d{4}\b",
                  re.IGNORECASE)
TERM = re.compile(r"\bbinnen\s+(?:\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf)\s+(?:dagen|weken|maanden)\b",
                  re.IGNORECASE)
DEADLINE = re.compile(r"\b(?:vóór|voor|uiterlijk(?:\s+op)?|tot en met)\s+(?P<date>" + DATE.pattern + ")", re.IGNORECASE)


@dataclass(frozen=True)
class Question:
    """One comprehension question (B1 Dutch) with what each version answers."""

    id: str          # stable id: doen, datum, bellen, bezwaar, reden
    text: str        # the question as the participant reads it
    answer_a: str    # what version A says ("" when A does not say it)
    answer_b: str
    source: str      # where the answer was found, for the panel leader

    def as_dict(self) -> dict:
        return asdict(self)


QUESTION_TEXT = {
    "doen": "Wat moet u doen na het lezen van deze brief?",
    "datum": "Wanneer moet u dat uiterlijk doen?",
    "bellen": "Wie kunt u bellen of mailen als u een vraag heeft? Schrijf de naam of het nummer op.",
    "bezwaar": "Kunt u bezwaar maken als u het niet eens bent? Zo ja: binnen welke tijd?",
    "reden": "Waarom krijgt u deze brief?",
}


ORIGIN_LABEL = {
    "feiten": "feiten uit de brief (letterlint.facts)",
    "structuur": "onderdelen van de brief (structuuranalyse)",
}


def _evidence(result, section: str) -> str:
    unit = result.structure.evidence.get(section) if result.structure else None
    return " ".join(unit.text.split()) if unit is not None else ""


def _running_sentences(result) -> list[str]:
    """The letter's running text split at sentence ends (enough to find a deadline sentence)."""
    text = " ".join(block.text for block in result.letter.running_blocks) if result.letter else ""
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", " ".join(text.split())) if s.strip()]


def _deadline(result) -> str:
    """The date by which the reader must act: a date right after 'vóór'/'uiterlijk'/'tot en met'
    (next steps first, then the whole running text). The letter's own date line is never running
    text, so it is never taken; a date without such a cue is not taken either."""
    for text in (_evidence(result, "next_steps"), *_running_sentences(result)):
        match = DEADLINE.search(text)
        if match:
            return match.group("date")
    return ""


def _contact(result, analyzer) -> str:
    for section in ("contact_named_person", "contact"):
        text = _evidence(result, section)
        if not text:
            continue
        names = analyzer.person_names(text) if section == "contact_named_person" else []
        if not names and section == "contact_named_person" and result.letter:
            # the name may stand next to the number (e.g. in the signature): look at the whole letter
            names = analyzer.person_names(" ".join(b.text for b in result.letter.blocks
                                                   if b.kind.value in ("paragraph", "signature")))
        phones = analyzer.phones(text)
        emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
        parts = list(dict.fromkeys([*names[:1], *phones[:1], *emails[:1]]))
        if parts:
            return ", ".join(parts)
    return ""


def _objection(result) -> str:
    text = _evidence(result, "objection")
    if not text:
        return ""
    term = TERM.search(text)
    if term is None:  # the term may be in the next sentence of the same paragraph
        unit = result.structure.evidence.get("objection")
        term = TERM.search(" ".join(unit.block.text.split())) if unit is not None else None
    return f"ja, {term.group(0)}" if term else "ja"


def _structure_facts(result, analyzer) -> dict[str, str]:
    """The facts from letterlint's structure evidence (the fallback for what extract_facts misses)."""
    return {
        "doen": _evidence(result, "next_steps"),
        "datum": _deadline(result),
        "bellen": _contact(result, analyzer),
        "bezwaar": _objection(result),
        "reden": _evidence(result, "reason"),
    }


def dutch_date(value) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _extracted_facts(result) -> dict[str, str]:
    """The facts from :func:`letterlint.facts.extract_facts` (empty strings for what it did not find)."""
    from letterlint.rewrite.facts import extract_facts

    facts = extract_facts(result)
    deadline, contact = facts.deadline, facts.contact
    when = ""
    if deadline is not None:
        if deadline.date is not None:
            when = dutch_date(deadline.date)
        elif deadline.weeks:
            when = f"binnen {deadline.weeks} {'week' if deadline.weeks == 1 else 'weken'}"
        elif deadline.days:
            when = f"binnen {deadline.days} {'dag' if deadline.days == 1 else 'dagen'}"
    return {
        "doen": deadline.sentence if deadline is not None else "",
        "datum": when,
        "bellen": ", ".join(part for part in (contact.name, contact.phone, contact.email) if part) if contact else "",
        "bezwaar": f"ja, binnen {facts.objection_weeks} weken" if facts.objection_weeks else "",
        "reden": facts.reasons_original[0] if facts.reasons_original else "",
    }


def letter_facts(result, analyzer) -> dict[str, tuple[str, str]]:
    """question id -> (answer, where it came from): letterlint.facts first, structure evidence as fallback."""
    structure = _structure_facts(result, analyzer)
    try:
        extracted = _extracted_facts(result)
    except ImportError:  # letterlint.facts is not there (older letterlint): structure evidence only
        extracted = {}
    merged = {}
    for qid, fallback in structure.items():
        if extracted.get(qid):
            merged[qid] = (extracted[qid], "feiten")
        else:
            merged[qid] = (fallback, "structuur" if fallback else "")
    return merged


def derive_questions(result_a, result_b, analyzer) -> list[Question]:
    """The comprehension questions for two linted versions (LetterResult) of one letter.

    ``analyzer`` is the Linter's StructureAnalyzer (its phone and person-name patterns)."""
    facts_a, facts_b = letter_facts(result_a, analyzer), letter_facts(result_b, analyzer)
    questions = []
    for qid, text in QUESTION_TEXT.items():
        (a, origin_a), (b, origin_b) = facts_a[qid], facts_b[qid]
        if not (a or b):
            continue
        origins = ", ".join(f"{v}: {ORIGIN_LABEL[o]}" for v, o in (("A", origin_a), ("B", origin_b)) if o)
        questions.append(Question(qid, text, a, b, origins))
    return questions
