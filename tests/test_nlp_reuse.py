"""Reusing the token vectors of an earlier parse (letterlint.nlp.reuse, issue 16): the Docs are the
same as a fresh parse — tensor, tags, morphology, lemmas, arcs and sentences — and the network
really is skipped for tokens whose context was seen before."""

from __future__ import annotations

import numpy
import pytest

from letterlint.nlp.reuse import reach

ORIGINAL = [
    "Naar aanleiding van uw aanvraag van 3 februari 2026 delen wij u mede dat uw verzoek is toegewezen. "
    "Het bedrag van € 742,18 wordt binnen vier weken op uw rekening gestort.",
    "Indien u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken bij het college.",
]
# what a rewrite makes of it: sentences regrouped, a marker in front of one, single words replaced
REWRITTEN = [
    "Het bedrag van € 742,18 wordt binnen vier weken op uw rekening gestort.",
    "[herschrijven: zin van 21 woorden; geen veilige plek om te splitsen] Naar aanleiding van uw aanvraag "
    "van 3 februari 2026 delen wij u mede dat uw verzoek is toegewezen.",
    "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college.",
    "Heeft u vragen?",
]


def annotations(doc) -> list[tuple]:
    return [(t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start)
            for t in doc]


@pytest.fixture(scope="module")
def pipeline(linter):
    return linter.pipeline


def test_the_embedded_pipeline_has_a_known_reach(pipeline):
    assert reach(pipeline.nlp) == 4  # window 1, depth 4 (config.cfg of the embedded pipeline)


def test_parse_reusing_gives_the_docs_of_a_fresh_parse(pipeline):
    index = pipeline.tensor_index(pipeline.pipe(ORIGINAL))
    known = len(index.rows)
    reused = list(pipeline.pipe_reusing(REWRITTEN, index))
    fresh = list(pipeline.pipe(REWRITTEN))
    for got, expected in zip(reused, fresh, strict=True):
        assert got.text == expected.text
        assert annotations(got) == annotations(expected)
        assert numpy.array_equal(got.tensor, expected.tensor)
    tokens = sum(len(doc) for doc in fresh)
    added = len(index.rows) - known
    assert added < tokens * 0.8  # many windows were known: the network ran on part of the text only
    again = list(pipeline.pipe_reusing(REWRITTEN, index))  # now every window is known
    assert len(index.rows) == known + added
    assert [annotations(doc) for doc in again] == [annotations(doc) for doc in fresh]


def test_parse_reusing_without_components_is_the_tagging_alone(pipeline):
    skip = [name for name in pipeline.nlp.pipe_names if name not in ("tok2vec", "morphologizer")]
    index = pipeline.tensor_index(pipeline.pipe(ORIGINAL))
    reused = list(pipeline.pipe_reusing(REWRITTEN, index, disable=skip))
    fresh = list(pipeline.nlp.pipe(REWRITTEN, disable=skip))
    assert [[(t.tag_, t.pos_, str(t.morph)) for t in doc] for doc in reused] == \
           [[(t.tag_, t.pos_, str(t.morph)) for t in doc] for doc in fresh]
    assert not any(doc.has_annotation("DEP") for doc in reused)


def test_a_doc_cut_from_a_longer_parse_is_not_indexed_for_its_own_edges(pipeline):
    """Span.as_doc() keeps vectors computed with neighbours the new doc lacks: such docs must not
    go into the index (the tensor_index docstring says so); a whole parse may."""
    paragraph = next(iter(pipeline.pipe([ORIGINAL[0]])))
    sentence = list(paragraph.sents)[1]
    alone = next(iter(pipeline.pipe([sentence.text])))
    assert not numpy.array_equal(sentence.as_doc().tensor[0], alone.tensor[0])


def test_no_index_without_a_reusable_network():
    from letterlint.nlp.pipeline import load_pipeline

    blank = load_pipeline("blank")
    assert reach(blank.nlp) is None and blank.tensor_index([]) is None
    texts = ["Dit is een zin. Nog een zin."]
    assert [doc.text for doc in blank.pipe_reusing(texts, None)] == texts


def test_empty_and_whitespace_texts(pipeline):
    texts = ["", " ", "Ja."]
    index = pipeline.tensor_index([])
    reused = list(pipeline.pipe_reusing(texts, index))
    assert [annotations(doc) for doc in reused] == [annotations(doc) for doc in pipeline.pipe(texts)]


def test_a_lint_whose_reuse_fails_parses_plainly(linter, monkeypatch):
    """Reusing vectors is an optimisation: if it ever raises, the letter is parsed the usual way."""
    from letterlint.nlp.pipeline import Pipeline

    text = "Geachte heer Jansen,\n\n" + " ".join(ORIGINAL) + "\n\nMet vriendelijke groet,\n\nSanne Bakker\n"
    plain = linter.lint_text(text)

    def broken(self, texts, index, disable=()):
        raise RuntimeError("kapot")

    monkeypatch.setattr(Pipeline, "pipe_reusing", broken)
    result = linter.lint_text(text, tensors=linter.pipeline.tensor_index([]))
    assert result.error is None
    assert [f.as_dict() for f in result.findings] == [f.as_dict() for f in plain.findings]
    assert result.readability == plain.readability


def test_a_text_asked_for_again_is_the_doc_made_before(pipeline):
    """Within one index (one rewrite), a text parsed again with the same components is the Doc
    made the first time, also within one batch; other components make another Doc."""
    index = pipeline.tensor_index([])
    first, twin = pipeline.pipe_reusing([REWRITTEN[1], REWRITTEN[1]], index)
    assert twin is first
    assert next(iter(pipeline.pipe_reusing([REWRITTEN[1]], index))) is first
    tagged = next(iter(pipeline.pipe_reusing([REWRITTEN[1]], index, disable=["parser"])))
    assert tagged is not first and not tagged.has_annotation("DEP")
    assert annotations(first) == annotations(next(iter(pipeline.pipe([REWRITTEN[1]]))))


def test_each_layer_of_the_network_is_computed_only_where_its_window_is_new(pipeline, monkeypatch):
    """The embedded pipeline's encoder is reused layer by layer (a replaced word costs the layers
    its window reaches, not the whole network on 17 tokens); the stretch fallback for another
    network shape gives the same Docs."""
    from letterlint.nlp import reuse

    assert reuse._layered(pipeline.nlp.get_pipe("tok2vec").model, 4) is not None
    index = pipeline.tensor_index(pipeline.pipe(ORIGINAL))
    assert not any(index.layers)  # the check's parse gives the last layer only
    list(pipeline.pipe_reusing(ORIGINAL[1:], index))  # every window known: nothing computed
    assert not any(index.layers)
    list(pipeline.pipe_reusing([ORIGINAL[1].replace("bezwaar", "verzet")], index))
    before = [len(layer) for layer in index.layers]  # the lower layers of that stretch are known now
    changed = ORIGINAL[1].replace("bezwaar", "beroep")
    layered = next(iter(pipeline.pipe_reusing([changed], index)))
    # one new word embedded; the encoder layers only where their window reaches it (3, 5, 7 tokens)
    assert [len(layer) - old for layer, old in zip(index.layers, before)] == [1, 3, 5, 7]
    monkeypatch.setattr(reuse, "_layered", lambda model, width: None)
    stretched = next(iter(pipeline.pipe_reusing([changed], pipeline.tensor_index(pipeline.pipe(ORIGINAL)))))
    fresh = next(iter(pipeline.pipe([changed])))
    assert numpy.array_equal(layered.tensor, fresh.tensor) and numpy.array_equal(stretched.tensor, fresh.tensor)
    assert annotations(layered) == annotations(fresh) == annotations(stretched)


def test_tagging_reusing_gives_the_tags_of_a_full_parse(pipeline):
    """Pipeline.tag_reusing (the antecedent guard's parse): the words, parts of speech and
    morphology of Pipeline.pipe, without the parse; a text longer than one piece is the full parse
    in pieces that Pipeline.pipe makes of it."""
    from letterlint.nlp.bounds import PIECE_CHARS

    def tags(doc) -> list[tuple]:
        return [(t.text, t.idx, t.whitespace_, t.tag_, t.pos_, str(t.morph)) for t in doc]

    index = pipeline.tensor_index(pipeline.pipe(ORIGINAL))
    long = " ".join(ORIGINAL * (PIECE_CHARS // len(" ".join(ORIGINAL)) + 1))
    texts = [*REWRITTEN, long, REWRITTEN[0]]
    tagged = pipeline.tag_reusing(texts, index)
    fresh = list(pipeline.pipe(texts))
    assert [tags(doc) for doc in tagged] == [tags(doc) for doc in fresh]
    assert not tagged[0].has_annotation("DEP") and tagged[-1] is tagged[0]  # tagged, not parsed; asked twice, made once
    assert tagged[len(REWRITTEN)].has_annotation("DEP")  # the long text: parsed as pipe parses it
    assert "parser" in pipeline.not_tagging and "morphologizer" not in pipeline.not_tagging
    assert [tags(doc) for doc in pipeline.tag_reusing(texts, None)] == [tags(doc) for doc in fresh]
