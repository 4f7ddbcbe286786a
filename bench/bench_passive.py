"""Measure SY01 (passive voice) against the passives of the Dutch UD treebanks.

    python bench/bench_passive.py [--split dev|test|all] [--json FILE] [--show N]

Data: /work/shared/ud-dutch/nl_ud_pool-test.conllu (the official test files of UD_Dutch-Alpino and
UD_Dutch-LassySmall, CC BY-SA 4.0). letterlint's embedded pipeline was trained on the pool's train
file and early-stopped on its dev file (training/EXPERIMENTS.md), so only the test file is used,
split by *document* into two halves: ``dev`` (to look at errors and tune on) and ``test`` (held
apart: measured, never inspected). A document goes to a half by the MD5 of its id, so the split
is fixed and needs no list.

Gold (the treebank's own annotation, see bench/RESULTS.md for the decisions):
- a passive clause is a verb with an ``aux:pass`` child (worden, or zijn in the perfect passive);
  every ``nsubj:pass`` and ``obl:agent`` in the test file belongs to such a clause;
- zijn + participle annotated ``cop`` (Alpino's adjectival reading: "de winkel is gesloten" as a
  state, "dat u getrouwd bent") is not passive, nor is "worden" as a main verb (the copular
  "het wordt beter": UD makes it the root, its predicate an ``xcomp``), nor zijn + participle as
  ``aux`` (the perfect of a verb with zijn: "is gestopt").

Each UD sentence is linted on its own inside a minimal letter (salutation, the sentence as the
body, closing), exactly as ``letterlint check`` would. Two levels:
- **sentence**: gold = the sentence has a passive clause; predicted = SY01 reports it (with its
  severity: info for a short passive without agent, else warning);
- **clause**: gold = the participles heading a passive clause; predicted = the participles of
  every clause ``checks.sentences.passive_pairs`` finds (the detection SY01 reports from), matched
  by character offset.
Recall is also given per class of passive (short agentless, agent, distant agent, subordinate
clause, perfect, modal, te-infinitive, plain main clause) and the false-alarm rate per class of
non-passive (adjectival participle after zijn, zijn + adjective, copular worden, zijn-perfect).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from letterlint.checks.sentences import SentenceWords, passive_pairs  # noqa: E402
from letterlint.config import Config  # noqa: E402
from letterlint.engine.linter import Linter  # noqa: E402
from letterlint.findings import Severity  # noqa: E402
from letterlint.reading.sources import read_bytes_as_document  # noqa: E402

TREEBANK = Path("/work/shared/ud-dutch/nl_ud_pool-test.conllu")
MODALS = {"moeten", "kunnen", "mogen", "zullen", "willen", "hoeven", "dienen"}
CLAUSAL = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "csubj:pass", "xcomp"}
SHORT_WORDS = 12  # SY01's short_words: an agentless passive in a sentence this short is info
DISTANT = 4  # an agent with more than this many words between "door" and the verb group is distant
PASSIVE_CLASSES = ("short-agentless", "agent", "distant-agent", "subordinate", "perfect", "modal",
                   "te-infinitive", "no-te", "main-clause-worden")
NEGATIVE_CLASSES = ("adjectival-participle-zijn", "zijn-adjective", "copular-worden", "zijn-perfect")


@dataclass
class Token:
    index: int  # 1-based UD id
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int = -1
    end: int = -1

    @property
    def participle(self) -> bool:
        return "VerbForm=Part" in self.feats or self.xpos.startswith("WW|vd")


@dataclass
class Sentence:
    sent_id: str
    text: str
    tokens: list[Token]
    clauses: dict[int, set[str]] = field(default_factory=dict)  # participle id -> its passive classes
    negatives: dict[int, str] = field(default_factory=dict)  # head id -> non-passive class

    @property
    def doc_id(self) -> str:
        return re.sub(r"\.p\.\d+\.s\.\d+$", "", self.sent_id.split(":", 2)[-1])

    def children(self, token: Token) -> list[Token]:
        return [t for t in self.tokens if t.head == token.index]

    @property
    def words(self) -> int:
        return sum(1 for t in self.tokens if t.upos not in ("PUNCT", "SYM"))


def read_conllu(path: Path) -> list[Sentence]:
    sentences, meta, rows = [], {}, []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if rows:
                sentences.append(_sentence(meta, rows))
            meta, rows = {}, []
        elif line.startswith("#"):
            key, _, value = line[1:].strip().partition(" = ")
            meta[key] = value
        else:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append(Token(int(cols[0]), cols[1], cols[2], cols[3], cols[4], cols[5], int(cols[6]), cols[7]))
    return sentences


def _sentence(meta: dict, tokens: list[Token]) -> Sentence:
    text = meta["text"]
    position = 0
    for token in tokens:
        found = text.find(token.form, position)
        if found >= 0:
            token.start, token.end = found, found + len(token.form)
            position = token.end
    sentence = Sentence(meta["sent_id"], text, tokens)
    _annotate(sentence)
    return sentence


def _annotate(sentence: Sentence) -> None:
    """The gold passive clauses with their classes, and the non-passive constructions."""
    by_id = {t.index: t for t in sentence.tokens}
    for verb in sentence.tokens:
        kids = sentence.children(verb)
        auxpass = [k for k in kids if k.deprel == "aux:pass"]
        if auxpass:
            classes = set()
            agents = [k for k in kids if k.deprel == "obl:agent"]
            if agents:
                classes.add("agent")
                group = [verb.index, *(k.index for k in kids if k.deprel.startswith("aux"))]
                starts = [min([a.index, *(t.index for t in sentence.tokens if t.head == a.index)]) for a in agents]
                gap = min(abs(x - g) - 1 for x in [*starts, *(a.index for a in agents)] for g in group)
                if gap > DISTANT:
                    classes.add("distant-agent")
            elif sentence.words <= SHORT_WORDS:
                classes.add("short-agentless")
            subordinate = verb.deprel in CLAUSAL or any(
                k.deprel == "mark" or "PronType=Rel" in k.feats or "PronType=Int" in k.feats for k in kids)
            if subordinate:
                classes.add("subordinate")
            if any(a.lemma == "zijn" for a in auxpass):
                classes.add("perfect")
            if any(k.deprel == "aux" and k.lemma in MODALS for k in kids):
                classes.add("modal")
            te = any(k.lemma == "te" and k.deprel == "mark" for k in kids) or any(
                by_id.get(a.index - 1) is not None and by_id[a.index - 1].form.lower() == "te" for a in auxpass)
            classes.add("te-infinitive" if te else "no-te")
            if not subordinate and not {"perfect", "modal"} & classes and not te:
                classes.add("main-clause-worden")
            sentence.clauses[verb.index] = classes
            continue
        if verb.lemma == "worden" and not verb.deprel.startswith("aux"):
            # worden as a main verb ("het wordt beter": UD's copular worden)
            sentence.negatives[verb.index] = "copular-worden"
            continue
        cops = [k for k in kids if k.deprel == "cop"]
        if any(c.lemma == "zijn" for c in cops):
            sentence.negatives[verb.index] = ("adjectival-participle-zijn" if verb.participle
                                              else "zijn-adjective" if verb.upos == "ADJ" else None)
            if sentence.negatives[verb.index] is None:
                del sentence.negatives[verb.index]
        elif verb.participle and any(k.deprel == "aux" and k.lemma == "zijn" for k in kids):
            sentence.negatives[verb.index] = "zijn-perfect"


def half(sentence: Sentence) -> str:
    return "dev" if hashlib.md5(sentence.doc_id.encode()).digest()[0] % 2 == 0 else "test"


def wrap_letter(body: str) -> str:
    return ("Geachte heer Jansen,\n\n" + body.strip() + "\n\nMet vriendelijke groet,\n\nSanne Bakker\n"
            "consulent Werk en Inkomen\n")


@dataclass
class Prediction:
    severities: list[Severity]  # of the SY01 findings
    clauses: list[tuple[int, int, int, int, str]]  # participle start, end, auxiliary start, end, text (UD offsets)
    covered: bool  # the sentence was linted as running text


def predict(linter: Linter, sentences: list[Sentence], chunk: int = 64) -> list[Prediction]:
    words = SentenceWords.from_lexicon(linter.pack.lexicon)
    has_parser = linter.pipeline.info.has_parser
    predictions = []
    for first in range(0, len(sentences), chunk):
        batch = sentences[first:first + chunk]
        documents = [read_bytes_as_document(wrap_letter(s.text).encode("utf-8"), f"ud-{first + i}.txt", "text")
                     for i, s in enumerate(batch)]
        for sentence, result in zip(batch, linter.lint_documents(documents)):
            if result.error:
                raise SystemExit(f"{sentence.sent_id}: {result.error}")
            severities = [f.severity for f in result.findings if f.rule == "SY01"]
            clauses, covered = [], False
            for block, span in result.spans or ():
                base = span.doc.text.find(sentence.text)
                if base < 0:
                    base = span.doc.text.find(sentence.text.strip()[:20])
                if base < 0:
                    continue
                covered = True
                for aux, verb in passive_pairs(span, has_parser, words, linter.participles):
                    clause = (verb.idx - base, verb.idx - base + len(verb.text),
                              aux.idx - base, aux.idx - base + len(aux.text), aux.text)
                    if all(clause[:2] != other[:2] for other in clauses):  # one clause per participle
                        clauses.append(clause)
            predictions.append(Prediction(severities, clauses, covered))
    return predictions


def _overlaps(token: Token, start: int, end: int) -> bool:
    return token.start < end and start < token.end


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def score(sentences: list[Sentence], predictions: list[Prediction], show: int = 0) -> dict:
    sent = Counter()
    clause = Counter()
    per_class = defaultdict(Counter)
    negative = defaultdict(Counter)
    severity = Counter()
    fp_kinds = Counter()
    examples = defaultdict(list)
    for s, p in zip(sentences, predictions):
        gold = bool(s.clauses)
        flagged = bool(p.severities)
        sent["tp" if gold and flagged else "fn" if gold else "fp" if flagged else "tn"] += 1
        if not p.covered:
            sent["not-running-text"] += 1
        if gold and flagged:
            wanted = (Severity.INFO if all("short-agentless" in c for c in s.clauses.values())
                      and len(s.clauses) == 1 else Severity.WARNING)
            severity["right" if p.severities[0] == wanted else f"{wanted.label} as {p.severities[0].label}"] += 1
        if flagged and not gold:
            examples["sentence-fp"].append(s.text)
        if gold and not flagged:
            examples["sentence-fn"].append(s.text)
        matched_predictions = set()
        for index, classes in s.clauses.items():
            verb = s.tokens[index - 1]
            hit = next((k for k, (a, b, *_aux) in enumerate(p.clauses) if _overlaps(verb, a, b)), None)
            clause["tp" if hit is not None else "fn"] += 1
            if hit is not None:
                matched_predictions.add(hit)
            for name in classes:
                per_class[name]["found" if hit is not None else "missed"] += 1
                if hit is None and len(examples[f"miss {name}"]) < 50:
                    examples[f"miss {name}"].append(f"{verb.form}: {s.text}")
        for index, name in s.negatives.items():
            head = s.tokens[index - 1]
            if name == "copular-worden":  # the verb worden itself taken for a passive auxiliary
                flagged_here = any(_overlaps(head, c, d) for _a, _b, c, d, _t in p.clauses)
            else:
                flagged_here = any(_overlaps(head, a, b) for a, b, *_aux in p.clauses)
            negative[name]["flagged" if flagged_here else "not flagged"] += 1
            if flagged_here:
                examples[f"false {name}"].append(f"{head.form}: {s.text}")
        for k, (a, b, c, d, aux) in enumerate(p.clauses):
            if k in matched_predictions:
                continue
            clause["fp"] += 1
            token = next((t for t in s.tokens if _overlaps(t, a, b)), None)
            aux_token = next((t for t in s.tokens if _overlaps(t, c, d)), None)
            kind = s.negatives.get(token.index, "other") if token else "other"
            if kind == "other" and aux_token is not None and s.negatives.get(aux_token.index) == "copular-worden":
                kind = "copular-worden"
            fp_kinds[kind] += 1
            if kind == "other":
                examples["clause-fp other"].append(f"{aux} … {token.form if token else '?'}: {s.text}")
    out = {
        "sentences": len(sentences),
        "sentence": {**sent, "precision": ratio(sent["tp"], sent["tp"] + sent["fp"]),
                     "recall": ratio(sent["tp"], sent["tp"] + sent["fn"])},
        "clause": {**clause, "precision": ratio(clause["tp"], clause["tp"] + clause["fp"]),
                   "recall": ratio(clause["tp"], clause["tp"] + clause["fn"])},
        "severity_of_found_passives": dict(severity),
        "recall_by_class": {name: {**per_class[name], "recall": ratio(per_class[name]["found"],
                                                                      sum(per_class[name].values()))}
                            for name in PASSIVE_CLASSES},
        "false_alarm_rate_by_non_passive_class": {
            name: {**negative[name], "rate": ratio(negative[name]["flagged"], sum(negative[name].values()))}
            for name in NEGATIVE_CLASSES},
        "clause_false_alarms_by_kind": dict(fp_kinds),
    }
    if show:
        out["examples"] = {k: v[:show] for k, v in examples.items()}
    return out


def _pr(part: dict) -> str:
    p, r = part.get("precision"), part.get("recall")
    return f"{p:.2f} / {r:.2f}" if p is not None and r is not None else "–"


def markdown(reports: dict[str, dict]) -> str:
    """A Markdown table of several saved reports (name -> the JSON this script writes)."""
    names = list(reports)
    rows = [("sentences", lambda r: str(r["sentences"])),
            ("sentence level P / R", lambda r: _pr(r["sentence"])),
            ("clause level P / R", lambda r: _pr(r["clause"])),
            ("severity right (info/warning) of found passives",
             lambda r: f"{r['severity_of_found_passives'].get('right', 0)}/"
                       f"{sum(r['severity_of_found_passives'].values())}")]
    for name in PASSIVE_CLASSES:
        rows.append((f"recall: {name}", lambda r, n=name: "{found}/{total}".format(
            found=r["recall_by_class"][n].get("found", 0),
            total=r["recall_by_class"][n].get("found", 0) + r["recall_by_class"][n].get("missed", 0))))
    for name in NEGATIVE_CLASSES:
        rows.append((f"false alarms: {name}", lambda r, n=name: "{flagged}/{total}".format(
            flagged=r["false_alarm_rate_by_non_passive_class"][n].get("flagged", 0),
            total=r["false_alarm_rate_by_non_passive_class"][n].get("flagged", 0)
            + r["false_alarm_rate_by_non_passive_class"][n].get("not flagged", 0))))
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    lines += [f"| {label} | " + " | ".join(cell(reports[n]) for n in names) + " |" for label, cell in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--conllu", type=Path, default=TREEBANK)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--show", type=int, default=0, help="print up to N error examples per kind (dev only)")
    parser.add_argument("--table", nargs="+", metavar="NAME=FILE",
                        help="print a Markdown table of saved reports instead of measuring")
    args = parser.parse_args()
    if args.table:
        reports = {}
        for item in args.table:
            name, _, path = item.partition("=")
            reports[name] = json.loads(Path(path).read_text(encoding="utf-8"))
        print(markdown(reports))
        return
    if args.show and args.split != "dev":
        parser.error("--show only on the dev half: the test half is measured, not inspected")
    sentences = [s for s in read_conllu(args.conllu) if args.split == "all" or half(s) == args.split]
    linter = Linter(Config(), keep_spans=True)
    report = score(sentences, predict(linter, sentences), args.show)
    report = {"split": args.split, **report}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
