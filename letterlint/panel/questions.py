"""Comprehension questions and their answer key, derived from the facts of two versions of a letter.

The facts come from :func:`letterlint.facts.extract_facts` (deadline sentence and date or term,
contact person, objection term, first reason). What it does not find is taken from letterlint's
structure analysis (``StructureResult.evidence``: the sentence or block that shows the next
steps, the objection clause, the contact and the reason) with the analyzer's phone and
person-name patterns and a date pattern. A question is asked only when BOTH versions state the
fact, so every participant answers the same question about the same fact whichever version they
read first; the key records what each version says. A question whose fact one version lacks is
dropped and listed (:class:`DroppedQuestion`) so the kit can say so.

A deadline is a date the reader must act by ("vóór 1 april", "uiterlijk 3 mei"); the end of a
period ("van 1 januari tot en met 31 december") is not one. A contact's name is taken whole from
the letter ("mevrouw Yvonne Hoekstra", not "mevrouw Yvonne").
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


# "van 1 januari tot en met 31 december", "vanaf 1 mei": the date after it ends a period
PERIOD_START = re.compile(r"\b(?:van(?:af)?|per|sinds|in de periode)\s+(?:" + DATE.pattern + r")\s*(?:tot(?:\s+en\s+met)?|t/m|-)\s*$",
                          re.IGNORECASE)
_NAME_PARTICLES = {"de", "van", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du", "von"}


@dataclass(frozen=True)
class DroppedQuestion:
    """A question left out because one version does not state its fact."""

    id: str
    text: str
    missing_in: str  # "A", "B" or "A en B"

    def as_dict(self) -> dict:
        return asdict(self)


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
    "datum": "Wanneer moet u uiterlijk doen wat de brief vraagt?",
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
        for match in DEADLINE.finditer(text):
            if not ends_a_period(text, match.start("date")):
                return match.group("date")
    return ""


def ends_a_period(text: str, date_start: int) -> bool:
    """True when the date at ``date_start`` closes a period ("van 1 mei tot en met 31 mei")."""
    return bool(PERIOD_START.search(text[max(0, date_start - 80):date_start]))


def whole_name(name: str, text: str) -> str:
    """``name`` completed from ``text`` when the letter goes on with more of it
    ("mevrouw Yvonne" in "mevrouw Yvonne Hoekstra." becomes "mevrouw Yvonne Hoekstra")."""
    if not name:
        return name
    start = text.find(name)
    if start == -1:
        return name
    words = text[start + len(name):].split(" ")
    extra: list[str] = []
    for index, word in enumerate(words):
        if index == 0 and word == "":
            continue
        clean = word.rstrip(".,;:!?)")
        if clean.lower() in _NAME_PARTICLES and index + 1 < len(words):
            extra.append(clean)
            continue
        if clean[:1].isupper() and clean.replace("-", "").isalpha():
            extra.append(clean)
            if clean != word:
                break
            continue
        break
    while extra and extra[-1].lower() in _NAME_PARTICLES:
        extra.pop()
    return " ".join([name, *extra]) if extra else name


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
        letter_text = " ".join(" ".join(b.text.split()) for b in result.letter.blocks) if result.letter else text
        names = [whole_name(name, letter_text) for name in names]
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
    if deadline is not None and deadline.date is not None and _is_period_end(deadline):
        deadline = None  # the end of a period, not a date to act by: the structure fallback looks again
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
        "bellen": ", ".join(part for part in (_whole_contact_name(result, contact.name), contact.phone, contact.email)
                            if part) if contact else "",
        "bezwaar": f"ja, binnen {facts.objection_weeks} weken" if facts.objection_weeks else "",
        "reden": facts.reasons_original[0] if facts.reasons_original else "",
    }


def _is_period_end(deadline) -> bool:
    sentence = " ".join(deadline.sentence.split())
    for match in DATE.finditer(sentence):
        if match.group(0).lower().startswith(str(deadline.date.day)) and ends_a_period(sentence, match.start()):
            return True
    return False


def _whole_contact_name(result, name: str | None) -> str:
    if not name or result.letter is None:
        return name or ""
    return whole_name(name, " ".join(" ".join(b.text.split()) for b in result.letter.blocks))


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
    """The comprehension questions for two linted versions (LetterResult) of one letter: only
    those whose fact both versions state (see :func:`questions_and_dropped` for the rest)."""
    return questions_and_dropped(result_a, result_b, analyzer)[0]


def questions_and_dropped(result_a, result_b, analyzer) -> tuple[list[Question], list[DroppedQuestion]]:
    """(questions both versions answer, questions dropped because a version lacks the fact).

    ``analyzer`` is the Linter's StructureAnalyzer (its phone and person-name patterns)."""
    facts_a, facts_b = letter_facts(result_a, analyzer), letter_facts(result_b, analyzer)
    questions, dropped = [], []
    for qid, text in QUESTION_TEXT.items():
        (a, origin_a), (b, origin_b) = facts_a[qid], facts_b[qid]
        if not (a and b):
            missing = "A en B" if not (a or b) else ("A" if not a else "B")
            dropped.append(DroppedQuestion(qid, text, missing))
            continue
        origins = ", ".join(f"{v}: {ORIGIN_LABEL[o]}" for v, o in (("A", origin_a), ("B", origin_b)) if o)
        questions.append(Question(qid, text, a, b, origins))
    return questions, dropped
