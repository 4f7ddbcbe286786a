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
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from letterlint.rulepack import bundled_lexicon
from letterlint.nlp.bounds import BATCH_TOKENS, PIECE_CHARS, estimate_tokens, split_pieces
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


_SENTENCE_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
# what a parse adds to a tokenized text (the checks read nothing else of a Doc)
ANNOTATIONS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
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

    # ------------------------------------------------------------------ reusing parses

    def segment(self, text: str) -> Doc:
        """``text`` tokenized and cut into sentences as the full pipeline cuts it (the
        ``letter_sentences`` boundaries, which the parser keeps), without tags or parse: cheap."""
        doc = self.nlp.make_doc(text)
        return letter_sentences(doc) if "letter_sentences" in self.nlp.pipe_names else doc

    def pipe_reusing(self, texts: list[str], sentences: dict[str, Doc]) -> Iterator[Doc]:
        """Like :meth:`pipe`, but sentence by sentence: each text is cut into sentences as the
        pipeline cuts it, a sentence whose parse is in ``sentences`` (by its text) is taken from
        there, the others are parsed alone (all in one batch), and the text's Doc is assembled
        from those parses. A text whose parts do not give back its own tokens and sentence
        boundaries is parsed whole, as is every text without a parser or longer than one piece.

        The result is not always identical to :meth:`pipe`: a sentence parsed alone can get other
        tags or arcs near its ends than inside its paragraph (the network's context window reaches
        a few tokens across a sentence end). Tokens, whitespace and sentences are the same.
        """
        if not self.info.has_parser or "letter_sentences" not in self.nlp.pipe_names:
            yield from self.pipe(texts)
            return
        frames = [self.segment(text) if len(text) <= PIECE_CHARS else None for text in texts]
        todo: dict[str, int] = {}
        plans: list[list | None] = []
        for frame in frames:
            if frame is None:
                plans.append(None)
                continue
            parts: list[Doc | str] = []
            words = frame.to_array([ORTH])
            for sentence in frame.sents:
                known = sentences.get(sentence.text)
                if known is not None and numpy.array_equal(known.to_array([ORTH]), words[sentence.start:sentence.end]):
                    parts.append(known)
                else:
                    todo.setdefault(sentence.text, len(todo))
                    parts.append(sentence.text)
            plans.append(parts)
        parsed = dict(zip(todo, self.pipe(list(todo))))
        docs: list[Doc | None] = []
        for frame, parts in zip(frames, plans):
            docs.append(None if parts is None else assemble(frame, [
                part if isinstance(part, Doc) else parsed[part] for part in parts]))
        whole = iter(self.pipe([text for text, doc in zip(texts, docs) if doc is None]))
        for doc in docs:
            yield doc if doc is not None else next(whole)

    def one_sentence(self, text: str, parts: list[Doc]) -> Doc | None:
        """``text`` as one sentence made of the parses of its parts (``text`` is their texts in
        order, with the whitespace between them): the root of every part hangs below the root of
        the last part (as ``parataxis``), for a sentence with a prefix that was parsed alone, such
        as a rewrite marker. None when a part is not one parsed sentence or the words differ."""
        if not parts or any(not part.has_annotation("DEP") or len(list(part.sents)) != 1 for part in parts):
            return None
        frame = self.nlp.make_doc(text)
        if not _same_words(frame, parts):
            return None
        arrays = [part.to_array(ANNOTATIONS) for part in parts]
        array = numpy.concatenate(arrays).view("int64")
        offsets = numpy.cumsum([0] + [len(part) for part in parts])
        roots = [int(offset) + part[:].root.i for offset, part in zip(offsets, parts)]
        head, dep, start = ANNOTATIONS.index(HEAD), ANNOTATIONS.index(DEP), ANNOTATIONS.index(SENT_START)
        label = self.nlp.vocab.strings.add("parataxis")
        for root in roots[:-1]:
            array[root, head] = roots[-1] - root
            array[root, dep] = label
        for offset in offsets[1:-1]:
            array[offset, start] = -1
        frame.from_array(ANNOTATIONS, array.view("uint64"))
        return frame

    def complete(self, docs: list[Doc], done: set[str]) -> list[Doc] | None:
        """Copies of ``docs``, which went through the pipeline's components ``done`` only (tagging
        without parse), with the remaining components run on them: the same as parsing their
        texts (the later components read the tagger's output from ``Doc.tensor``). None when
        ``done`` is not the start of the pipeline (then the order would differ)."""
        names = self.nlp.pipe_names
        if set(names[:len(done)]) != set(done):
            return None
        docs = [doc.copy() for doc in docs]
        for _name, component in self.nlp.pipeline[len(done):]:
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        return docs


def _same_words(frame: Doc, parts: list[Doc]) -> bool:
    """Whether the parts' tokens, one after the other, are the frame's tokens (whitespace aside)."""
    return sum(len(part) for part in parts) == len(frame) and numpy.array_equal(
        frame.to_array([ORTH]), numpy.concatenate([part.to_array([ORTH]) for part in parts]))


def _starts(doc: Doc) -> numpy.ndarray:
    """Which tokens start a sentence (spaCy stores 1, -1 or 0 for unknown; unknown is no start)."""
    return doc.to_array([SENT_START]).view("int64").ravel() == 1


def assemble(frame: Doc, parts: list[Doc]) -> Doc | None:
    """``frame`` (a tokenized text with its sentence boundaries, see :meth:`Pipeline.segment`)
    with the annotations of ``parts``, parses whose tokens together are the frame's tokens; None
    when they are not, or when the parts' sentences are not the frame's."""
    if not _same_words(frame, parts):
        return None
    starts = _starts(frame)
    frame.from_array(ANNOTATIONS, numpy.concatenate([part.to_array(ANNOTATIONS) for part in parts]))
    if not numpy.array_equal(_starts(frame), starts):
        return None
    return frame


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
