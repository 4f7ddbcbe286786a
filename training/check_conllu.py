#!/usr/bin/env python3
"""Validate hand-annotated CoNLL-U files against the conventions of the UD Dutch pool.

Usage:
    python training/check_conllu.py FILE [FILE ...]
    python training/check_conllu.py --pool DIR FILE ...   (default pool: /work/shared/ud-dutch,
                                                            or $LETTERLINT_UD_POOL)

Checks, per sentence:
  * every token line has 10 tab-separated columns, ids are 1..n (multiword ranges
    and empty nodes are not allowed here), HEAD is an integer in 0..n
  * exactly one token has HEAD 0 and DEPREL root, and the head relation has no cycles
  * `# sent_id` and `# text` are present; sent_ids are unique across the files given
  * `# text` equals the FORMs joined with a space, except after tokens marked SpaceAfter=No
  * UPOS is one of the 17 UD tags
  * DEPREL (with subtype) occurs in the pool
  * every FEATS key=value occurs in the pool for that UPOS; FEATS sorted, no duplicates
  * MISC only uses SpaceAfter=No (anything else is reported)
  * no empty FORM or LEMMA, no spaces inside FORM

Problems are printed as FILE:LINE: message. Exit code 1 if any problem was found.
"""
import argparse
import os
import sys
from collections import defaultdict

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
        "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}
POOL_FILES = ("nl_ud_pool-train.conllu", "nl_ud_pool-dev.conllu", "nl_ud_pool-test.conllu")


def load_pool(pool_dir):
    """Collect deprels and per-UPOS feature key=value pairs seen in the pool."""
    deprels = set()
    feats = defaultdict(set)  # upos -> {"Key=Value"}
    found = False
    for name in POOL_FILES:
        path = os.path.join(pool_dir, name)
        if not os.path.exists(path):
            continue
        found = True
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 10 or not cols[0].isdigit():
                    continue
                deprels.add(cols[7])
                if cols[5] != "_":
                    for fv in cols[5].split("|"):
                        if "=" in fv:
                            key, vals = fv.split("=", 1)
                            # multi-values (Gender=Com,Neut) are also recorded value by value
                            feats[cols[3]].add(f"{key}={vals}")
                            for v in vals.split(","):
                                feats[cols[3]].add(f"{key}={v}")
    if not found:
        sys.exit(f"check_conllu: no pool files found in {pool_dir}")
    return deprels, feats


def check_sentence(fname, sent, deprels, feats, seen_ids, problems):
    """sent: list of (lineno, raw line) for one sentence block."""
    def err(lineno, msg):
        problems.append(f"{fname}:{lineno}: {msg}")

    comments = [(n, l) for n, l in sent if l.startswith("#")]
    tokens = [(n, l) for n, l in sent if not l.startswith("#")]
    first = sent[0][0]
    sent_id = text = None
    for n, l in comments:
        if l.startswith("# sent_id = "):
            if sent_id is not None:
                err(n, "duplicate # sent_id line")
            sent_id = l[len("# sent_id = "):]
        elif l.startswith("# text = "):
            if text is not None:
                err(n, "duplicate # text line")
            text = l[len("# text = "):]
    if sent_id is None:
        err(first, "missing # sent_id")
    elif sent_id in seen_ids:
        err(first, f"sent_id {sent_id} already used at {seen_ids[sent_id]}")
    else:
        seen_ids[sent_id] = f"{fname}:{first}"
    if text is None:
        err(first, "missing # text")
    if not tokens:
        err(first, "sentence without tokens")
        return

    rows = []
    for i, (n, l) in enumerate(tokens, start=1):
        cols = l.split("\t")
        if len(cols) != 10:
            err(n, f"expected 10 columns, found {len(cols)}")
            return
        tid, form, lemma, upos, xpos, ft, head, deprel, deps, misc = cols
        if tid != str(i):
            err(n, f"id {tid!r} out of sequence, expected {i}")
            return
        if not form or " " in form:
            err(n, f"empty FORM or space inside FORM {form!r}")
        if not lemma:
            err(n, "empty LEMMA")
        if upos not in UPOS:
            err(n, f"UPOS {upos!r} is not a UD tag")
        if not xpos:
            err(n, "empty XPOS (use _)")
        if deprel not in deprels:
            err(n, f"DEPREL {deprel!r} not seen in the pool")
        if deps != "_":
            err(n, f"DEPS should be _, found {deps!r}")
        if ft != "_":
            pairs = ft.split("|")
            keys = [p.split("=", 1)[0] for p in pairs]
            if keys != sorted(keys, key=str.lower) or len(set(keys)) != len(keys):
                err(n, f"FEATS not sorted or duplicate keys: {ft}")
            for p in pairs:
                if "=" not in p:
                    err(n, f"malformed feature {p!r}")
                elif p not in feats.get(upos, ()):
                    err(n, f"feature {p} not seen in the pool for UPOS {upos}")
        if misc != "_":
            for m in misc.split("|"):
                if m != "SpaceAfter=No":
                    err(n, f"unexpected MISC item {m!r}")
        try:
            h = int(head)
        except ValueError:
            err(n, f"HEAD {head!r} is not an integer")
            return
        rows.append((n, form, h, deprel, "SpaceAfter=No" in misc.split("|")))

    nt = len(rows)
    roots = [r for r in rows if r[2] == 0]
    for n, _form, h, deprel, _ in rows:
        if h < 0 or h > nt:
            err(n, f"HEAD {h} out of range 0..{nt}")
        if (h == 0) != (deprel == "root"):
            err(n, f"HEAD {h} with DEPREL {deprel}: root must have head 0 and vice versa")
    if len(roots) != 1:
        err(first, f"{len(roots)} roots, expected exactly one")
    # cycles: walking up from any token must reach the root within n steps
    heads = [r[2] for r in rows]
    for i in range(1, nt + 1):
        j, steps = i, 0
        while j != 0 and 1 <= j <= nt and steps <= nt:
            j = heads[j - 1]
            steps += 1
        if steps > nt:
            err(rows[i - 1][0], f"token {i} does not reach the root (cycle)")
            break
    # text
    if text is not None:
        rebuilt = "".join(form + ("" if no_space or k == nt - 1 else " ")
                          for k, (_, form, _, _, no_space) in enumerate(rows))
        if rebuilt != text:
            err(first, f"# text does not match tokens:\n    text:   {text!r}\n    tokens: {rebuilt!r}")
        if rows[-1][4]:
            err(rows[-1][0], "last token of the sentence should not carry SpaceAfter=No")


def check_file(fname, deprels, feats, seen_ids, problems):
    with open(fname, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        problems.append(f"{fname}:{len(lines)}: file does not end with a newline")
    sent, nsent, ntok = [], 0, 0
    for n, line in enumerate(lines + [""], start=1):
        if line.strip() == "":
            if line != "":
                problems.append(f"{fname}:{n}: whitespace-only line")
            if sent:
                check_sentence(fname, sent, deprels, feats, seen_ids, problems)
                nsent += 1
                ntok += sum(1 for _, l in sent if not l.startswith("#"))
                sent = []
            continue
        if line != line.rstrip():
            problems.append(f"{fname}:{n}: trailing whitespace")
        sent.append((n, line.rstrip("\r")))
    if len(lines) >= 2 and lines[-1] != "":
        problems.append(f"{fname}:{len(lines)}: last sentence must be followed by a blank line")
    return nsent, ntok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--pool", default=os.environ.get("LETTERLINT_UD_POOL", "/work/shared/ud-dutch"))
    args = ap.parse_args()
    deprels, feats = load_pool(args.pool)
    problems, seen_ids = [], {}
    for f in args.files:
        nsent, ntok = check_file(f, deprels, feats, seen_ids, problems)
        print(f"{f}: {nsent} sentences, {ntok} tokens", file=sys.stderr)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
