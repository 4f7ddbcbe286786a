"""Parse a text again without running the token-to-vector network where its output is known.

spaCy's ``tok2vec`` (``spacy.Tok2Vec.v2``: ``MultiHashEmbed`` of each token's NORM, PREFIX, SUFFIX
and SHAPE, then ``MaxoutWindowEncoder`` with window ``w`` and depth ``d``) computes the vector of
a token from the tokens at most ``reach = w * d`` places before and after it, and nothing else (the
doc's edge is zero padding). So the vector of a token whose window of ``2 * reach + 1`` tokens
(with the doc edges in it) also occurs in a text parsed before is that text's vector there. The
components after ``tok2vec`` read its output from ``Doc.tensor`` at prediction time, so a Doc
whose tensor is filled from known rows, with the network run only on the stretches around the
other tokens (with ``reach`` tokens of context on each side), gets the same tags, parse and lemmas
as a fresh parse, at a fraction of the cost: a rewritten letter shares most windows with the
original (a sentence moved whole, a marker in front of a sentence, single words replaced).

The same holds layer by layer (window 1, depth ``reach``): a token's embedding reads the token
alone, encoder layer j reads layer j - 1 at the token and its two neighbours, so its output depends
on 2j + 1 tokens. The index keeps every layer's rows by those tokens, and a layer is computed only
where its own window is new (a replaced word: 1 embedding and 3, 5, 7 and 9 encoder rows instead
of the whole network on 17 tokens); a network of another shape runs whole on the stretches.

This is the rewrite's main saving (issue 16); the tests compare it with a fresh parse.
"""

from __future__ import annotations

from typing import Collection, Iterable

import numpy
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.tokens import Doc

EMBEDDED = [NORM, PREFIX, SUFFIX, SHAPE]  # what MultiHashEmbed reads of a token (checked in reach())
WHOLE = 0.6  # when the stretches to compute cover more of a doc than this, the network runs on all of it


def reach(nlp: Language) -> int | None:
    """How many tokens on each side a token's vector depends on, or None when this pipeline's
    first component is not a window-encoder ``tok2vec`` of the known shape (then nothing is reused)."""
    if not nlp.pipe_names or nlp.pipe_names[0] != "tok2vec":
        return None
    model = nlp.config.get("components", {}).get("tok2vec", {}).get("model", {})
    embed, encode = model.get("embed", {}), model.get("encode", {})
    if (model.get("@architectures") != "spacy.Tok2Vec.v2"
            or embed.get("@architectures") != "spacy.MultiHashEmbed.v2"
            or [a.upper() for a in embed.get("attrs", [])] != ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
            or embed.get("include_static_vectors")
            or encode.get("@architectures") != "spacy.MaxoutWindowEncoder.v2"):
        return None
    return int(encode["window_size"]) * int(encode["depth"])


def _windows(doc: Doc, width: int) -> list[bytes]:
    """The key of every token: what the network reads within ``width`` tokens of it (the four
    embedded features of each token in the window, zeros beyond the doc's edges)."""
    if not len(doc):
        return []
    features = doc.to_array(EMBEDDED)
    edge = numpy.zeros((width, len(EMBEDDED)), dtype=features.dtype)
    padded = numpy.ascontiguousarray(numpy.concatenate([edge, features, edge]))
    row = padded.strides[0]
    data = padded.tobytes()
    size = (2 * width + 1) * row
    return [data[i * row:i * row + size] for i in range(len(doc))]


class TensorIndex:
    """The ``tok2vec`` rows of docs parsed before, by the window of tokens each was computed from,
    and the docs :func:`parse_reusing` made, by text and disabled components: a text asked for
    again (a split piece the simplifier also parses on its own, a sentence that is a paragraph of
    its own) is that same Doc, not a second parse (a text's parse does not depend on what it is
    piped with). An index lives as long as one rewrite; nothing in letterlint changes a Doc."""

    def __init__(self, width: int):
        self.width = width
        self.rows: dict[bytes, numpy.ndarray] = {}
        self.docs: dict[tuple[str, frozenset[str]], Doc] = {}
        # the outputs of the network's lower layers, by the tokens each was computed from (0: a
        # token's embedding, j: encoder layer j, from 2j + 1 tokens); ``rows`` is the last layer
        self.layers: list[dict[bytes, numpy.ndarray]] = [{} for _ in range(width)]

    def add(self, docs: Iterable[Doc]) -> None:
        for doc in docs:
            tensor = doc.tensor
            if not len(doc) or tensor is None or getattr(tensor, "shape", (0,))[0] != len(doc):
                continue  # no network output kept (a blank pipeline, a doc joined without it)
            self._add(_windows(doc, self.width), tensor)

    def _add(self, keys: list[bytes], tensor: numpy.ndarray) -> None:
        rows = self.rows
        for position, key in enumerate(keys):
            if key not in rows:
                rows[key] = tensor[position]


def parse_reusing(nlp: Language, texts: list[str], index: TensorIndex, disable: Collection[str] = ()) -> list[Doc]:
    """``texts`` parsed by ``nlp`` as ``nlp.pipe`` parses them (without the components named in
    ``disable``), with the ``tok2vec`` output taken from ``index`` wherever a token's window is
    there, and computed where it is new only (layer by layer, see the module docstring). The new
    docs are added to the index; a text parsed before with the same components is the Doc made
    then."""
    skip = frozenset(disable)
    made = index.docs
    new = [text for text in dict.fromkeys(texts) if (text, skip) not in made]
    if new:
        for text, doc in zip(new, _parse_new(nlp, new, index, skip)):
            made[(text, skip)] = doc
    return [made[(text, skip)] for text in texts]


def _parse_new(nlp: Language, texts: list[str], index: TensorIndex, disable: Collection[str]) -> list[Doc]:
    docs = [nlp.make_doc(text) for text in texts]
    width = index.width
    tok2vec = nlp.get_pipe("tok2vec")
    keys = [_windows(doc, width) for doc in docs]
    layered = _layered(tok2vec.model, width)
    if layered is not None:  # each layer computed only where its window is new
        for doc, tensor in zip(docs, _encode_layered(layered, docs, index)):
            doc.tensor = tensor
    else:  # the whole network on the stretches around new windows
        stretches: list[tuple[int, int, int, int, int]] = []  # (doc, start, end, context start, context end)
        for number, (doc, doc_keys) in enumerate(zip(docs, keys)):
            missing = [i for i, key in enumerate(doc_keys) if key not in index.rows]
            runs = [(start, end, max(0, start - width), min(len(doc), end + width))
                    for start, end in _runs(missing, 2 * width)]
            if sum(stop - context for _start, _end, context, stop in runs) > len(doc) * WHOLE:
                runs = [(0, len(doc), 0, len(doc))]  # most of it is new: the doc itself, no copies
            stretches.extend((number, *run) for run in runs)
        pieces = [docs[n] if (a, b) == (0, len(docs[n])) else docs[n][a:b].as_doc() for n, _s, _e, a, b in stretches]
        computed = tok2vec.predict(pieces) if pieces else []
        for doc, doc_keys in zip(docs, keys):
            tensor = numpy.zeros((len(doc), _width(tok2vec)), dtype="float32")
            rows = index.rows
            known = [i for i, key in enumerate(doc_keys) if key in rows]
            if known:
                tensor[known] = numpy.stack([rows[doc_keys[i]] for i in known])
            doc.tensor = tensor
        for (number, start, end, context, _stop), rows in zip(stretches, computed):
            docs[number].tensor[start:end] = tok2vec.model.ops.to_numpy(rows)[start - context:end - context]
    for name, component in nlp.pipeline[1:]:
        if name in disable:
            continue
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
    for doc, doc_keys in zip(docs, keys):
        index._add(doc_keys, doc.tensor)
    return docs


def _width(tok2vec) -> int:
    return int(tok2vec.model.get_dim("nO"))


def _runs(positions: list[int], gap: int) -> list[tuple[int, int]]:
    """Sorted positions as (start, end) runs; runs at most ``gap`` apart are one run (computing
    the few known tokens between them costs less than a second stretch with its own context)."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and position - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))
    return runs


def _layered(model, width: int):
    """(embedding, embedding mix, the encoder's layers) of a ``spacy.Tok2Vec.v2`` model whose
    encoder has ``width`` residual layers with a window of one token each, or None (then the
    network runs whole, on stretches)."""
    try:
        embed, encode = model.layers
        names = [layer.name for layer in embed.layers]
        residuals = encode.layers[0].layers
        windows = [layer.layers[0].layers[0] for layer in residuals]
    except (ValueError, IndexError, AttributeError):
        return None
    if (len(names) != 5 or names[0] != "extract_features" or names[1] != "list2ragged" or names[4] != "ragged2list"
            or "hashembed" not in names[2] or not names[3].startswith("with_array(maxout")
            or not encode.name.startswith("with_array(") or encode.attrs.get("pad") != width
            or len(residuals) != width or any(not layer.name.startswith("residual(") for layer in residuals)
            or any(window.name != "expand_window" or window.attrs.get("window_size") != 1 for window in windows)):
        return None
    return embed.layers[2], embed.layers[3], [layer.layers[0].layers[1] for layer in residuals]


def _keys(padded: numpy.ndarray, half: int, positions: list[int]) -> list[bytes]:
    """The key of the window of ``2 * half + 1`` rows of ``padded`` centred at each position."""
    # one fancy index (rows p - half … p + half of each position) instead of a slice per position:
    # the same rows in the same order, so the same bytes
    picked = padded[numpy.asarray(positions)[:, None] + numpy.arange(-half, half + 1)] if half else padded[positions]
    picked = numpy.ascontiguousarray(picked).reshape(len(positions), -1)
    return picked.view(numpy.dtype((numpy.void, picked.shape[1] * picked.itemsize))).ravel().tolist()


def _encode_layered(layered, docs: list[Doc], index: TensorIndex) -> list[numpy.ndarray]:
    """The ``tok2vec`` output of ``docs``, each layer computed only for the positions whose window
    of that layer is not in ``index`` (layer j of a token reads the layer below at the token and
    its two neighbours; the embedding reads the token alone; the doc's edges are ``width`` rows of
    zeros, as ``with_array(pad=width)`` gives them). Every row is computed by the model's own
    layers from the same inputs as in a whole run, so the output is the network's, bit for bit
    (the tests compare).

    Each layer's rows of all docs live in one array (doc after doc, each with its edges), so the
    windows a layer reads are taken from the layer below with one index, not row by row."""
    hashes, mix, layers = layered
    width = index.width
    caches = [*index.layers, index.rows]
    features = [doc.to_array(EMBEDDED) for doc in docs]
    padded = [numpy.concatenate([numpy.zeros((width, len(EMBEDDED)), dtype=f.dtype), f,
                                 numpy.zeros((width, len(EMBEDDED)), dtype=f.dtype)]) for f in features]
    bases = numpy.cumsum([0] + [len(rows) for rows in padded]).tolist()
    # top-down: of every layer, the rows found in the index and the positions to compute (their
    # window is new), as positions in the layers' shared arrays; the embedding's edges stay zero
    known: list[tuple[list[int], list[numpy.ndarray]]] = [([], []) for _ in range(width + 1)]
    todo: list[tuple[list[int], list[bytes], list[tuple[int, int]]]] = [([], [], []) for _ in range(width + 1)]
    for number, (rows, base) in enumerate(zip(padded, bases)):
        n = len(rows) - 2 * width
        need = list(range(width, width + n))
        for layer in range(width, -1, -1):
            if layer == 0:
                need = [position for position in need if width <= position < width + n]
            if not need:
                break
            cache, (found_at, found), (new_at, new_keys, new_where) = caches[layer], known[layer], todo[layer]
            new = []
            for position, key in zip(need, _keys(rows, layer, need)):
                row = cache.get(key)
                if row is None:
                    new.append(position)
                    new_keys.append(key)
                    new_where.append((number, position))
                else:
                    found_at.append(base + position)
                    found.append(row)
            new_at.extend(base + position for position in new)
            need = sorted({q for p in new for q in (p - 1, p, p + 1)})
    dim = int(mix.get_dim("nO"))
    levels = [numpy.zeros((bases[-1], dim), dtype="float32") for _ in range(width + 1)]
    for level, (found_at, found) in zip(levels, known):
        if found:
            level[found_at] = numpy.stack(found)
    # bottom-up, each layer in one batch over all docs
    new_at, new_keys, new_where = todo[0]
    if new_at:
        unique: dict[bytes, tuple[int, int]] = {}
        for key, where in zip(new_keys, new_where):
            unique.setdefault(key, where)
        embedded = mix.predict(hashes.predict(numpy.stack([padded[d][p] for d, p in unique.values()])))
        for key, row in zip(unique, embedded):
            caches[0][key] = row
        levels[0][new_at] = numpy.stack([caches[0][key] for key in new_keys])
    for layer in range(1, width + 1):
        new_at, new_keys, _where = todo[layer]
        if not new_at:
            continue
        below, at = levels[layer - 1], numpy.asarray(new_at)
        here = below[at]
        window = numpy.concatenate([below[at - 1], here, below[at + 1]], axis=1)
        out = here + layers[layer - 1].predict(window)  # residual: the layer's input plus its output
        cache = caches[layer]
        for key, row in zip(new_keys, out):
            cache[key] = row
        levels[layer][at] = out
    top = levels[width]
    return [top[base + width:base + len(rows) - width].copy() for rows, base in zip(padded, bases)]
