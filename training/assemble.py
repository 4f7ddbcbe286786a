"""Assemble, evaluate and document the embedded pipeline.

    python training/assemble.py MODEL_DIR TARGET_DIR --ud-test UD_TEST.spacy --letters-test LETTERS.spacy

Copies the trained pipeline to TARGET_DIR (letterlint/models/nl_letterlint), runs
``spacy evaluate`` on the held-out UD test set and on the letter test set, measures speed (words
per second with ``nlp.pipe`` on one core), load time and size, and writes meta.json,
the model card (README.md), LICENSE and the data attribution into the folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

OFFICIAL = {  # published scores of spaCy's nl_core_news 3.8 models (their own split; 2.25x more data)
    "nl_core_news_sm": {"pos_acc": 0.958, "dep_uas": 0.857, "dep_las": 0.805},
    "nl_core_news_md": {"pos_acc": 0.963, "dep_uas": 0.867, "dep_las": 0.821},
    "nl_core_news_lg": {"pos_acc": 0.967, "dep_uas": 0.876, "dep_las": 0.830},
}
TARGETS = {"pos_acc": 0.94, "morph_acc": 0.92, "dep_uas": 0.80, "dep_las": 0.73, "lemma_acc": 0.93}
KEYS = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f")

ATTRIBUTION = """# Data attribution and licence

This pipeline (the trained weights in this folder) is a derivative of:

- **UD_Dutch-LassySmall** by Gosse Bouma and Gertjan van Noord,
  https://github.com/UniversalDependencies/UD_Dutch-LassySmall
- **UD_Dutch-Alpino** by Gosse Bouma and Gertjan van Noord (conversion by Dan Zeman,
  Zdeněk Žabokrtský and others), https://github.com/UniversalDependencies/UD_Dutch-Alpino

both licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(CC BY-SA 4.0), and of letter sentences written and annotated by the letterlint team
(training/letters/, released under the same licence).

The pipeline is therefore distributed under **CC BY-SA 4.0**:
https://creativecommons.org/licenses/by-sa/4.0/ — you may share and adapt it, also
commercially, provided you give appropriate credit, indicate changes, and distribute your
contributions under the same licence. The letterlint code itself is licensed separately (see
the repository's LICENSE).
"""


def evaluate(model: Path, data: Path) -> dict:
    """Run ``spacy evaluate`` (the CLI, as a subprocess) and return its scores."""
    with open(os.devnull, "w") as devnull:
        output = model.parent / f".eval-{data.stem}.json"
        subprocess.run([sys.executable, "-m", "spacy", "evaluate", str(model), str(data), "--output", str(output)],
                       check=True, stdout=devnull)
    scores = json.loads(output.read_text())
    output.unlink()
    return {key: round(scores[key], 4) for key in ("token_acc", *KEYS) if isinstance(scores.get(key), (int, float))}


def evaluate_with_letter_segmentation(model: Path, data: Path) -> dict:
    """The same test set through letterlint's own loading: its sentence segmenter runs first."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from spacy.training import Example

    from letterlint.nlp.pipeline import load_pipeline

    pipeline = load_pipeline(str(model))
    nlp = pipeline.nlp
    docs = list(DocBin().from_disk(data).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    scores = nlp.evaluate(examples)
    return {key: round(scores[key], 4) for key in KEYS if isinstance(scores.get(key), (int, float))}


def speed(model: Path, data: Path) -> dict:
    """Load time and words per second (bench/bench_pipeline.py's measurement, on the test text)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.bench_pipeline import pipe_speed, words

    started = time.perf_counter()
    nlp = spacy.load(model)
    load_seconds = time.perf_counter() - started
    texts = [doc.text for doc in DocBin().from_disk(data).get_docs(nlp.vocab)]
    return {"load_seconds": round(load_seconds, 2), "words": words(texts),
            "words_per_second": round(pipe_speed(nlp, texts))}


def size_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def model_card(meta: dict, ud: dict, ud_letter_seg: dict, letters: dict, perf: dict, size: float) -> str:
    def row(name: str, scores: dict) -> str:
        cells = [f"{scores[k] * 100:.1f}" if isinstance(scores.get(k), (int, float)) else "–" for k in KEYS]
        return f"| {name} | " + " | ".join(cells) + " |"

    names = {"pos_acc": "UPOS", "morph_acc": "morphology", "dep_uas": "UAS", "dep_las": "LAS", "lemma_acc": "lemma"}
    met = [names[k] for k, v in TARGETS.items() if ud.get(k, 0) >= v]
    missed = [names[k] for k, v in TARGETS.items() if ud.get(k, 0) < v]
    lines = [
        "# nl_letterlint: letterlint's embedded Dutch pipeline",
        "",
        f"Version {meta['version']}, spaCy {meta['spacy_version']}. Components: {', '.join(meta['pipeline'])}.",
        "Trained by `bash training/train.sh` (seeded, CPU) on Universal Dependencies Dutch (LassySmall + Alpino,",
        "pooled and harmonised, see ../shared/ud-dutch/DATA.md) plus letterlint's hand-annotated letter sentences.",
        "Licence: CC BY-SA 4.0 (see ATTRIBUTION.md).",
        "",
        "## Accuracy (%)",
        "",
        "| test set | UPOS | morph | UAS | LAS | lemma | sent F |",
        "|---|---|---|---|---|---|---|",
        row("UD Dutch test, raw text, `spacy evaluate`", ud),
        row("UD Dutch test, raw text, letterlint segmentation", ud_letter_seg),
        row("letterlint letter test sentences, `spacy evaluate`", letters),
        row("targets", TARGETS),
        *(row(f"{name} (published, own split)", scores) for name, scores in OFFICIAL.items()),
        "",
        f"Targets met on the UD test set: {', '.join(met) or 'none'}; not met: {', '.join(missed) or 'none'}.",
        "The official models are trained on about 2.25x more data and measured on their own split, so the",
        "comparison is indicative only.",
        "",
        "## Speed and size",
        "",
        f"- {perf['words_per_second']:,} words/s with `nlp.pipe` on one core (UD test text, {perf['words']:,} words, best of 3)",
        f"- load time {perf['load_seconds']} s",
        f"- {size} MB on disk",
        "",
        "See bench/RESULTS.md for the benchmark on a quiet machine.",
        "",
    ]
    experiments = Path(__file__).with_name("EXPERIMENTS.md")
    if experiments.exists():
        lines.append(experiments.read_text(encoding="utf-8"))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--ud-test", type=Path, required=True)
    parser.add_argument("--letters-test", type=Path)
    parser.add_argument("--version", default="0.1.0")
    args = parser.parse_args()

    if args.target.exists():
        shutil.rmtree(args.target)
    shutil.copytree(args.model, args.target)
    # the saved tokenizer carries its exceptions: build it without the defaults so they load once
    config_path = args.target / "config.cfg"
    config_path.write_text(config_path.read_text().replace(
        '@tokenizers = "spacy.Tokenizer.v1"', '@tokenizers = "letterlint.Tokenizer.v1"'))
    import letterlint.nlp.pipeline  # noqa: F401  (registers letterlint.Tokenizer.v1 for the evaluations below)
    meta_path = args.target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "name": "letterlint", "version": args.version, "license": "CC BY-SA 4.0",
        "description": "letterlint's embedded Dutch pipeline: morphologizer, parser, lemmatizer",
        "author": "letterlint", "url": "", "sources": [
            {"name": "UD_Dutch-LassySmall", "author": "Gosse Bouma, Gertjan van Noord", "license": "CC BY-SA 4.0"},
            {"name": "UD_Dutch-Alpino", "author": "Gosse Bouma, Gertjan van Noord", "license": "CC BY-SA 4.0"},
        ],
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))

    ud = evaluate(args.target, args.ud_test)
    ud_seg = evaluate_with_letter_segmentation(args.target, args.ud_test)
    letters = evaluate(args.target, args.letters_test) if args.letters_test else {}
    perf = speed(args.target, args.ud_test)
    meta["performance"] = {**ud, "letters_test": letters, "ud_test_letter_segmentation": ud_seg, **perf}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    (args.target / "ATTRIBUTION.md").write_text(ATTRIBUTION)
    size = size_mb(args.target)
    (args.target / "README.md").write_text(model_card(meta, ud, ud_seg, letters, perf, size))
    print(json.dumps(meta["performance"], indent=2))
    print(f"size: {size} MB")


if __name__ == "__main__":
    main()
