"""The Dutch spaCy pipeline: chosen by config ``model =``, loaded once per process.

``embedded``  the pipeline letterlint ships (trained on UD Dutch plus letter sentences), or, when
              the package was built without it, the rule-based fallback below;
``blank``     spaCy's Dutch language class with letterlint's tokenizer rules and sentence
              segmenter: no part-of-speech or parse, rules fall back to word lists;
anything else an installed spaCy package (``nl_core_news_lg``) or a path to a pipeline folder.

Whatever is loaded, letterlint adds its letter-aware sentence segmenter in front of the parser so
abbreviations, dates, amounts, article references and phone numbers never break a sentence.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from letterlint.rulepack import bundled_lexicon
from letterlint.nlp.bounds import BATCH_TOKENS, PIECE_CHARS, estimate_tokens, split_pieces
from letterlint.nlp.reuse import TensorIndex, parse_reusing, reach
from letterlint.nlp.choice import BLANK_NOTE, EMBEDDED_DIR, ModelError, ensure_available, model_description  # noqa: F401




@functools.lru_cache(maxsize=1)
def sentence_lexicon() -> dict[str, frozenset[str] | tuple[str, ...]]:
    """The word lists of rules/lexicon/sentences.yaml: ``abbreviations`` (one token each, they never
    end a sentence by themselves), ``titles`` (a capital after them never starts a sentence),
    ``sentence_ending`` (a capital after them does) and ``sentence_starters`` (common words that
    start sentences and are never names)."""
    data = bundled_lexicon("sentences")
    return {"abbreviations": tuple(data["abbreviations"]), "titles": frozenset(data["titles"]),
            "sentence_ending": frozenset(data["sentence_ending"]),
            "sentence_starters": frozenset(data["sentence_starters"])}


# the components that give part of speech and morphology (and what they listen to)
TAGGERS = frozenset({"tok2vec", "tagger", "morphologizer", "attribute_ruler", "transformer"})

_SENTENCE_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {")", "]", '"', "'", "”", "’", "»"}


@dataclass(frozen=True)
class PipelineInfo:
    name: str
    version: str
    kind: str  # embedded | blank | package | path
    components: tuple[str, ...]
    accuracy: dict = field(default_factory=dict)
    note: str = ""

    @property
    def has_parser(self) -> bool:
        return "parser" in self.components

    def describe(self) -> str:
        text = f"{self.name} {self.version}".strip()
        return f"{text} ({self.note})" if self.note else text


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    info: PipelineInfo

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
        """One Doc per text, in order. A long text is parsed in pieces (see
        :func:`letterlint.nlp.bounds.split_pieces`) and joined again, so spaCy's ``max_length``
        is never reached and memory stays bounded by the piece size, not by the text."""
        plans = [split_pieces(text) for text in texts]
        docs = self._pipe_bounded((piece for pieces in plans for piece in pieces), batch_size)
        for pieces in plans:
            parts = [next(docs) for _piece in pieces]
            yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)

    def _pipe_bounded(self, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
        """``nlp.pipe`` in batches of at most ``batch_size`` texts and about BATCH_TOKENS tokens:
        spaCy's working memory grows with the tokens in a batch, not with the number of texts."""
        batch: list[str] = []
        size = 0
        for text in texts:
            tokens = estimate_tokens(text)
            if batch and (len(batch) >= batch_size or size + tokens > BATCH_TOKENS):
                yield from self.nlp.pipe(batch, batch_size=len(batch))
                batch, size = [], 0
            batch.append(text)
            size += tokens
        if batch:
            yield from self.nlp.pipe(batch, batch_size=len(batch))

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    # ------------------------------------------------------------------ reusing network output

    def tensor_index(self, docs: Iterable[Doc] = ()) -> TensorIndex | None:
        """An index of the token vectors of ``docs`` for :meth:`pipe_reusing` (see
        letterlint.nlp.reuse), or None when this pipeline's network cannot be reused. Only docs
        this pipeline parsed whole belong in it (not ``Span.as_doc()``, whose edge vectors were
        computed with the neighbours the new doc lacks); a text longer than one piece, parsed in
        pieces and joined, is left out for the same reason."""
        width = reach(self.nlp)
        if width is None:
            return None
        index = TensorIndex(width)
        index.add(doc for doc in docs if len(doc) and doc[-1].idx + len(doc[-1]) <= PIECE_CHARS)
        return index

    def pipe_reusing(self, texts: list[str], index: TensorIndex | None,
                     disable: Iterable[str] = ()) -> Iterator[Doc]:
        """Like :meth:`pipe` (without the components in ``disable``), with the token vectors
        taken from ``index`` where a token's context is there: the same Docs, computed faster
        when the texts repeat much of what was parsed before. The new Docs join the index."""
        skip = set(disable)
        if index is None or "tok2vec" in skip or any(len(text) > PIECE_CHARS for text in texts):
            if skip:
                yield from self.nlp.pipe(texts, disable=list(skip))
            else:
                yield from self.pipe(texts)
            return
        batch: list[str] = []
        size = 0
        for text in texts:
            tokens = estimate_tokens(text)
            if batch and size + tokens > BATCH_TOKENS:
                yield from parse_reusing(self.nlp, batch, index, skip)
                batch, size = [], 0
            batch.append(text)
            size += tokens
        if batch:
            yield from parse_reusing(self.nlp, batch, index, skip)

    @property
    def not_tagging(self) -> list[str]:
        """The components that set neither part of speech nor morphology (parser, lemmatizer,
        sentence segmenter): a caller that needs only the tags disables these."""
        return [name for name in self.nlp.pipe_names if name not in TAGGERS]

    def tag_reusing(self, texts: list[str], index: TensorIndex | None) -> list[Doc]:
        """Like :meth:`pipe_reusing` with only the tagging components (:data:`TAGGERS`): the same
        tokens, part of speech and morphology as :meth:`pipe` gives (the taggers read only the
        token vectors, never the parse), at a fraction of the cost. A text longer than one piece
        goes through :meth:`pipe` whole, which parses it in pieces (the tags near a cut depend on
        it); the rest are tagged in one batch."""
        short = [text for text in texts if len(text) <= PIECE_CHARS]
        tagged = dict(zip(short, self.pipe_reusing(short, index, disable=self.not_tagging))) if short else {}
        long = [text for text in texts if len(text) > PIECE_CHARS]
        parsed = dict(zip(long, self.pipe(long))) if long else {}
        return [tagged[text] if len(text) <= PIECE_CHARS else parsed[text] for text in texts]


@spacy.registry.tokenizers("letterlint.Tokenizer.v1")
def create_tokenizer():
    """spaCy's own tokenizer, built without its special cases: the pipeline's saved tokenizer
    brings them, so they are loaded once instead of twice (half the pipeline's load time).

    The embedded pipeline's config.cfg names this factory; its output is token-for-token the same
    as ``spacy.Tokenizer.v1`` with the saved exceptions (checked over the corpus).
    """

    def factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab, rules=None,
            prefix_search=spacy.util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=spacy.util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=spacy.util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match, url_match=defaults.url_match)

    return factory


@Language.component("letter_sentences")
def letter_sentences(doc: Doc) -> Doc:
    """Rule-based sentence boundaries for letter text, set on every token.

    A sentence ends at . ! ? or … (with closing brackets or quotes after it) when the next word
    starts with a capital, a digit, an opening quote or bracket, or "'s"/"'t". Abbreviations are
    single tokens (rules/lexicon/sentences.yaml): after a title ("dhr.") a sentence never ends; after one
    that often closes a sentence ("z.s.m.", "enz.") it ends before a capital; after others only
    before a very common word ("… sub a. Daarom …"). "1." opening a sentence is a list number.
    Newlines inside a block are wrapped lines, not boundaries. A parser after this component
    keeps these boundaries.
    """
    if not len(doc):
        return doc
    starts_at = numpy.full(len(doc), -1, dtype="int64")  # spaCy's SENT_START: 1 starts, -1 does not
    previous_final = False
    sentence_start = 0
    for index, token in enumerate(doc):
        if index == 0:
            starts_at[0] = 1
            previous_final = _ends_sentence(doc, 0, 0)
            continue
        if token.is_space or (previous_final and token.text in _CLOSERS):
            continue
        starts = previous_final and _opens_sentence(token)
        if not starts and _abbreviation_ends_sentence(doc[index - 1], token):
            starts = True
        if starts:
            starts_at[index] = 1
            sentence_start = index
        previous_final = _ends_sentence(doc, index, sentence_start)
    # one write for the whole doc: setting Token.is_sent_start one by one rescans the doc (quadratic)
    doc.from_array([SENT_START], starts_at.astype("uint64"))
    return doc


def _ends_sentence(doc: Doc, index: int, sentence_start: int) -> bool:
    token = doc[index]
    if token.text not in _SENTENCE_FINAL:
        return False
    if _is_initial_stop(doc, index):
        return False
    # "1. Vul het formulier in." : a number followed by a stop at the start of a sentence
    if token.text == "." and index > 0 and index - 1 == sentence_start:
        previous = doc[index - 1]
        if previous.text.isdigit() and len(previous.text) <= 2 and previous.whitespace_ == "":
            return False
    return True


def _abbreviation_ends_sentence(previous: Token, token: Token) -> bool:
    abbreviation = previous.text.lower()
    if not abbreviation.endswith(".") or len(abbreviation) < 2 or not token.text[:1].isupper():
        return False
    lexicon = sentence_lexicon()
    if abbreviation in lexicon["titles"]:
        return False
    if abbreviation in lexicon["sentence_ending"]:
        return True
    return token.text.lower() in lexicon["sentence_starters"]


def _opens_sentence(token: Token) -> bool:
    text = token.text
    first = text[:1]
    return (first.isupper() or first.isdigit() or first in "\"'“‘(„[«-–•"
            or text.lower() in ("'s", "'t", "’s", "’t"))


def _is_initial_stop(doc: Doc, index: int) -> bool:
    """A full stop split off a single capital ("J. de Vries") ends no sentence."""
    if doc[index].text != "." or index == 0:
        return False
    previous = doc[index - 1]
    return previous.whitespace_ == "" and len(previous.text) == 1 and previous.text.isupper()


def _add_tokenizer_rules(nlp: Language) -> None:
    for abbreviation in sentence_lexicon()["abbreviations"]:
        for variant in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])


def _finish(nlp: Language) -> Language:
    _add_tokenizer_rules(nlp)
    if "letter_sentences" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("letter_sentences", before="parser")
        else:
            for name in ("senter", "sentencizer"):
                if name in nlp.pipe_names:
                    nlp.remove_pipe(name)
            nlp.add_pipe("letter_sentences", first=True)
    for name in ("ner",):  # letterlint does not use named entities; skip the cost
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    return nlp


def _read_accuracy(path: Path) -> dict:
    meta = path / "meta.json"
    if not meta.exists():
        return {}
    data = json.loads(meta.read_text(encoding="utf-8"))
    performance = data.get("performance") or {}
    keys = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f")
    return {key: performance[key] for key in keys if isinstance(performance.get(key), (int, float))}


def _load_blank(note: str = "") -> Pipeline:
    nlp = _finish(spacy.blank("nl"))
    info = PipelineInfo("blank nl", spacy.__version__, "blank", tuple(nlp.pipe_names),
                        note=note or BLANK_NOTE)
    return Pipeline(nlp, info)


def _load_path(path: Path, kind: str) -> Pipeline:
    nlp = _finish(spacy.load(path))
    meta = nlp.meta
    info = PipelineInfo(f"{meta.get('lang', 'nl')}_{meta.get('name', path.name)}", meta.get("version", ""),
                        kind, tuple(nlp.pipe_names), _read_accuracy(path))
    return Pipeline(nlp, info)


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = "embedded") -> Pipeline:
    """Load (once per process and model name) the pipeline letterlint analyses with."""
    model = (model or "embedded").strip()
    ensure_available(model)
    if model == "blank":
        return _load_blank()
    if model == "embedded":
        if (EMBEDDED_DIR / "config.cfg").exists():
            return _load_path(EMBEDDED_DIR, "embedded")
        return _load_blank("ingebouwde pipeline ontbreekt in deze installatie: alleen regels")
    path = Path(model).expanduser()
    if path.is_dir():
        return _load_path(path, "path")
    nlp = spacy.load(model)
    package_path = Path(spacy.util.get_package_path(model))
    return _finish_package(nlp, model, package_path)


def _finish_package(nlp: Language, model: str, package_path: Path) -> Pipeline:
    nlp = _finish(nlp)
    accuracy = {}
    for candidate in [package_path, *package_path.glob(f"{model}-*")]:
        accuracy = accuracy or _read_accuracy(candidate)
    info = PipelineInfo(model, nlp.meta.get("version", ""), "package", tuple(nlp.pipe_names), accuracy)
    return Pipeline(nlp, info)


def lemma(token: Token) -> str:
    """The token's lemma without Alpino's compound marks (``mee_doen`` -> ``meedoen``), lower case."""
    value = token.lemma_ or token.text
    return value.replace("_", "").lower()
