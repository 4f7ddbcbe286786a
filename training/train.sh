#!/usr/bin/env bash
# Reproducible training of letterlint's embedded Dutch pipeline (issue: embedded pipeline).
#
#   bash training/train.sh [UD_DIR] [OUT_DIR]
#
# UD_DIR defaults to ../shared/ud-dutch (Universal Dependencies Dutch, CC BY-SA 4.0).
# Trains morphologizer (UPOS + features) + dependency parser + trainable lemmatizer on the UD
# pool plus letterlint's hand-annotated letter sentences (training/letters/letters-train.conllu),
# with a fixed seed, on the CPU, single-threaded. Takes about 60 minutes on one core.
# Then evaluates on the held-out UD test set and the letter test set with `spacy evaluate`,
# and assembles the shipped pipeline into letterlint/models/nl_letterlint.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
ud="${1:-$repo/../shared/ud-dutch}"
out="${2:-$here/output}"
corpus="$here/corpus"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p "$corpus" "$out"

python "$here/check_conllu.py" "$here"/letters/*.conllu
for split in train dev test; do
  python -m spacy convert "$ud/nl_ud_pool-$split.conllu" "$corpus" --converter conllu -n 10
done
python -m spacy convert "$here/letters/letters-train.conllu" "$corpus" --converter conllu -n 1
python -m spacy convert "$here/letters/letters-test.conllu" "$corpus" --converter conllu -n 1
# one training folder: spaCy's corpus reader takes every .spacy file in it. The letter sentences
# are few (about 280 against 7,670 UD sentences), so they are upsampled three times.
rm -rf "$corpus/train" && mkdir -p "$corpus/train"
cp "$corpus/nl_ud_pool-train.spacy" "$corpus/train/"
for copy in 1 2 3; do cp "$corpus/letters-train.spacy" "$corpus/train/letters-train-$copy.spacy"; done

config="${CONFIG:-$here/config.cfg}"
python -m spacy train "$config" --output "$out" \
  --paths.train "$corpus/train" --paths.dev "$corpus/nl_ud_pool-dev.spacy"

python "$here/assemble.py" "$out/model-best" "$repo/letterlint/models/nl_letterlint" \
  --ud-test "$corpus/nl_ud_pool-test.spacy" --letters-test "$corpus/letters-test.spacy"
