"""Inhabitant panels: the blinded kit, the answers CSV validation, the statistics and the report.

The kit is made once per module from a real corpus pair (officialese original and its B1
rewrite); answers are simulated in the test from known distributions and written as the CSV a
panel leader would fill in.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from conftest import CORPUS
from scipy.stats import binomtest, mannwhitneyu, wilcoxon

from letterlint.panel.answers import PanelError, load_key, read_answers
from letterlint.panel.kit import KitError, assign_orders, build_kit, write_kit
from letterlint.panel.stats import analyse, paired, proportion, rank_biserial

ORIGINAL = CORPUS / "burgerzaken" / "bz-01-origineel.md"
REWRITE = CORPUS / "burgerzaken" / "bz-01-b1.md"


@pytest.fixture(scope="module")
def made(linter, tmp_path_factory):
    """A kit for 40 participants (seed 2026) written to a fresh folder: (kit, folder)."""
    folder = tmp_path_factory.mktemp("panel") / "kit"
    kit, booklets = build_kit(str(ORIGINAL), str(REWRITE), 40, 2026, linter)
    write_kit(kit, booklets, str(folder))
    return kit, folder


def simulate(key_path: Path, out: Path, prefer_b: float, seed: int, rating_shift: float = 0.0,
             correct_a: float = 0.5, correct_b: float = 0.5, delimiter: str = ",") -> list[dict]:
    """Fill in the answers CSV for every participant in the key from a known distribution:
    B preferred with probability ``prefer_b``; B's rating is A's plus ``rating_shift`` plus noise;
    comprehension questions (about the version read first) correct with probability correct_a/_b."""
    key = json.loads(key_path.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    questions = [q["column"] for q in key["questions"]]
    rows = []
    for pid, info in key["participants"].items():
        order = info["order"]
        rating_a = rng.randint(4, 7)
        rating_b = min(10, max(1, round(rating_a + rating_shift + rng.gauss(0, 1))))
        prefers = "B" if rng.random() < prefer_b else "A"
        first = order[0]
        p_correct = correct_a if first == "A" else correct_b
        row = {"deelnemer": pid,
               "cijfer_versie_1": rating_a if order == "AB" else rating_b,
               "cijfer_versie_2": rating_b if order == "AB" else rating_a,
               "voorkeur": order.index(prefers) + 1,
               **{q: int(rng.random() < p_correct) for q in questions},
               "opmerkingen": "Versie 2 is korter" if prefers == order[1] else ""}
        rows.append(row)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=key["columns"], delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return rows


def results_for(made, tmp_path, **simulation):
    _kit, folder = made
    answers_path = tmp_path / "antwoorden.csv"
    rows = simulate(folder / "sleutel" / "sleutel.json", answers_path, **simulation)
    key = load_key(str(folder / "sleutel" / "sleutel.json"))
    answers = read_answers(str(answers_path), key)
    return rows, key, answers, analyse(answers.answers, key)


# --------------------------------------------------------------------------- kit and blinding


def _participant_texts(folder: Path) -> dict[str, str]:
    texts = {}
    for path in sorted((folder / "deelnemers").iterdir()):
        if path.suffix == ".html":
            texts[path.name] = path.read_text(encoding="utf-8")
        else:
            document = docx.Document(str(path))
            props = document.core_properties
            texts[path.name] = "\n".join([p.text for p in document.paragraphs] + [
                props.title or "", props.author or "", props.subject or "", props.comments or "",
                props.keywords or "", props.last_modified_by or "", props.category or ""])
    return texts


def test_participant_files_never_reveal_which_version_is_the_original(made):
    _kit, folder = made
    texts = _participant_texts(folder)
    assert len(texts) == 80  # html and docx for 40 participants
    forbidden = ["origineel", "b1", ORIGINAL.name.lower(), REWRITE.name.lower(), "bz-01", "versie a", "versie b"]
    for name, text in texts.items():
        lowered = text.lower()
        for word in forbidden:
            assert word not in lowered, f"{name} contains {word!r}"
        assert "Versie 1" in text and "Versie 2" in text


def test_orders_are_balanced_random_and_reproducible_from_the_seed():
    orders = assign_orders(40, 2026)
    assert Counter(orders.values()) == {"AB": 20, "BA": 20}
    assert assign_orders(40, 2026) == orders
    assert assign_orders(40, 2027) != orders
    odd = Counter(assign_orders(9, 1).values())
    assert sorted(odd.values()) == [4, 5]
    # random, not alternating: the first ten participants are not AB, BA, AB, ...
    assert list(orders.values())[:10] != ["AB", "BA"] * 5


def test_each_booklet_shows_the_version_its_order_puts_first(made):
    _kit, folder = made
    key = json.loads((folder / "sleutel" / "sleutel.json").read_text(encoding="utf-8"))
    original_opening = "Ingevolge de Wet basisregistratie personen"
    rewrite_opening = "Wij willen graag weten of u nog op de Voorbeeldstraat"  # the street is redacted
    for pid, info in key["participants"].items():
        html = (folder / "deelnemers" / f"{pid}.html").read_text(encoding="utf-8")
        first, second = (original_opening, rewrite_opening) if info["order"] == "AB" else (rewrite_opening, original_opening)
        assert 0 < html.index(first) < html.index("Vragen over Versie 1") < html.index(second)
        assert pid in html


def test_key_holds_seed_orders_and_answer_key_derived_from_the_letters(made):
    _kit, folder = made
    key = json.loads((folder / "sleutel" / "sleutel.json").read_text(encoding="utf-8"))
    assert key["seed"] == 2026
    assert key["versions"]["A"]["path"].endswith("bz-01-origineel.md")
    by_id = {q["id"]: q for q in key["questions"]}
    # facts of the B1 letter: act before 26 januari 2026, call Sanne de Wit
    assert by_id["datum"]["answer_b"] == "26 januari 2026"
    assert "Sanne de Wit" in by_id["bellen"]["answer_b"]
    assert "Kom vóór 26 januari 2026" in by_id["doen"]["answer_b"]
    answer_key = (folder / "sleutel" / "antwoordsleutel.md").read_text(encoding="utf-8")
    assert "26 januari 2026" in answer_key
    # the answers are in the key only, never in a participant's booklet questions
    booklet = (folder / "deelnemers" / "D01.html").read_text(encoding="utf-8")
    assert "Wanneer moet u uiterlijk doen wat de brief vraagt?" in booklet


def test_answers_template_has_one_row_per_participant_and_the_documented_columns(made):
    _kit, folder = made
    text = (folder / "antwoorden.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][:4] == ["deelnemer", "cijfer_versie_1", "cijfer_versie_2", "voorkeur"]
    assert rows[0][-1] == "opmerkingen"
    assert [row[0] for row in rows[1:]] == [f"D{i:02d}" for i in range(1, 41)]
    readme = (folder / "LEESMIJ.md").read_text(encoding="utf-8")
    for column in rows[0]:
        assert f"`{column}`" in readme


def test_kit_refuses_a_folder_that_is_not_empty(linter, made, tmp_path):
    kit, folder = made
    before = (folder / "sleutel" / "sleutel.json").read_bytes()
    with pytest.raises(KitError, match="niet leeg"):
        write_kit(kit, {}, str(folder))
    assert (folder / "sleutel" / "sleutel.json").read_bytes() == before


def test_kit_of_an_unreadable_letter_names_the_file(linter, tmp_path):
    with pytest.raises(KitError, match="bestaat-niet.md"):
        build_kit(str(tmp_path / "bestaat-niet.md"), str(REWRITE), 10, 1, linter)


# --------------------------------------------------------------------------- statistics


def test_panel_preferring_b1_with_probability_08_is_significant_and_matches_scipy(made, tmp_path):
    _rows, _key, answers, stats = results_for(made, tmp_path, prefer_b=0.8, seed=11, rating_shift=1.5)
    assert stats.n == 40 and answers.skipped == 0
    prefers_b = sum(1 for a in answers.answers if a.prefers == "B")
    direct = binomtest(prefers_b, 40, 0.5)
    assert stats.preference.k == prefers_b
    assert stats.preference.p_value == pytest.approx(direct.pvalue)
    assert stats.preference.p_value < 0.05
    wilson = direct.proportion_ci(confidence_level=0.95, method="wilson")
    assert (stats.preference.ci_low, stats.preference.ci_high) == pytest.approx((wilson.low, wilson.high))
    a = [a.rating_a for a in answers.answers]
    b = [a.rating_b for a in answers.answers]
    expected = wilcoxon(b, a)
    assert stats.ratings.statistic == pytest.approx(expected.statistic)
    assert stats.ratings.p_value == pytest.approx(expected.pvalue)
    assert stats.ratings.p_value < 0.05 and stats.ratings.rank_biserial > 0.5
    assert stats.ratings.median_difference > 0


def test_indifferent_panel_is_not_significant(made, tmp_path):
    _rows, _key, _answers, stats = results_for(made, tmp_path, prefer_b=0.5, seed=5, rating_shift=0.0)
    assert stats.n == 40
    assert stats.preference.p_value > 0.05
    assert stats.ratings.p_value > 0.05
    assert 0.25 < stats.preference.share < 0.75


def test_rank_biserial_is_the_matched_pairs_formula():
    # |d| ranks: 1 -> 1.5, 2 -> 3, 1 -> 1.5, 3 -> 4; positive 8.5, negative 1.5 -> (8.5 - 1.5) / 10
    assert rank_biserial([1, 2, -1, 3, 0]) == pytest.approx(0.7)
    assert rank_biserial([2, 3]) == 1.0
    assert rank_biserial([0, 0]) is None


def test_comprehension_is_counted_per_first_read_version_and_per_question(made, tmp_path):
    rows, key, _answers, stats = results_for(made, tmp_path, prefer_b=0.8, seed=3, correct_a=0.2, correct_b=0.95)
    columns = [q.column for q in key.questions]
    order = {pid: info for pid, info in key.orders.items()}
    for version, summary in (("A", stats.comprehension.a), ("B", stats.comprehension.b)):
        cells = [row[c] for row in rows if order[row["deelnemer"]][0] == version for c in columns]
        assert (summary.k, summary.n) == (sum(cells), len(cells))
    for question in stats.comprehension.per_question:
        cells = [row[question.column] for row in rows if order[row["deelnemer"]][0] == "B"]
        assert (question.b.k, question.b.n) == (sum(cells), len(cells))
    assert stats.comprehension.b.share > stats.comprehension.a.share
    shares = {v: [sum(row[c] for c in columns) / len(columns) for row in rows if order[row["deelnemer"]][0] == v]
              for v in "AB"}
    assert stats.comprehension.between.p_value == pytest.approx(
        mannwhitneyu(shares["A"], shares["B"], alternative="two-sided").pvalue)
    assert stats.comprehension.between.p_value < 0.05


def test_order_effect_compares_the_version_read_first_with_the_second(made, tmp_path):
    rows, _key, _answers, stats = results_for(made, tmp_path, prefer_b=0.5, seed=8)
    first = [row["cijfer_versie_1"] for row in rows]
    second = [row["cijfer_versie_2"] for row in rows]
    assert stats.order.first_vs_second.p_value == pytest.approx(wilcoxon(first, second).pvalue)
    assert stats.order.prefer_first.k == sum(1 for row in rows if row["voorkeur"] == 1)
    assert stats.order.groups == {"AB": 20, "BA": 20}


def test_small_samples_are_called_too_small_to_mean_much():
    assert "te weinig" in proportion(4, 5, "de voorkeur").note
    assert proportion(30, 40, "de voorkeur").note == ""
    few = paired([5, 5, 6, 7, 5, 6, 7, 8, 5, 6, 6, 6], [6, 5, 6, 7, 5, 6, 7, 8, 5, 6, 7, 7], "de cijfers")
    assert few.n_nonzero == 3 and "kan deze toets geen verschil aantonen" in few.note
    same = paired([5, 6, 7], [5, 6, 7], "de cijfers")
    assert same.p_value == 1.0 and "geen verschil" in same.note


# --------------------------------------------------------------------------- CSV validation


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_a_bad_cell_drops_only_that_answer_and_a_bad_row_is_skipped(made, tmp_path):
    _kit, folder = made
    key = load_key(str(folder / "sleutel"))
    header = ",".join(key.required_columns + ("opmerkingen",))
    blanks = "," * len(key.questions)
    path = _write(tmp_path / "antwoorden.csv", [
        header,
        f"D01,7,8,2{blanks.replace(',', ',1')},prima",  # valid
        f"D99,7,8,2{blanks},",                            # unknown participant: row skipped
        f"D02,11,8,2{blanks},",                           # rating outside 1-10: that rating dropped
        f"D03,7,8,{blanks},",                             # missing preference: ratings still count
        f"D04,7,acht,1{blanks},",                         # rating not a number
        f"D05,7,8,3{blanks},",                            # preference not 1 or 2
        f"D06,7,8,1{blanks.replace(',', ',2', 1)},",      # comprehension score 2: that score dropped
        f"D01,6,6,1{blanks},",                            # D01 twice: row skipped
        f"D07{',' * (len(key.required_columns))}",        # empty template row: did not take part
        f"D08,6,9,2{blanks},",                            # valid, questions not scored
    ])
    answers = read_answers(path, key)
    by_id = {a.participant: a for a in answers.answers}
    assert list(by_id) == ["D01", "D02", "D03", "D04", "D05", "D06", "D08"]
    assert answers.empty == ["D07"]
    # whole rows skipped: only those that cannot be placed
    rows = [problem.line() for problem in answers.problems]
    assert len(rows) == 2
    for line, (row, text) in zip(rows, [(3, "onbekende deelnemer 'D99'"), (9, "D01 staat er twee keer in")]):
        assert line.startswith(f"{path}, rij {row}: ") and text in line and "overgeslagen" in line
    # single answers dropped, each reported with file and row
    cells = [problem.line() for problem in answers.cell_problems]
    expected = [(4, "cijfer_versie_1 is '11'"), (5, "voorkeur ontbreekt"), (6, "cijfer_versie_2 is 'acht'"),
                (7, "voorkeur is '3'"), (8, "dat moet 1 (goed) of 0 (fout) zijn")]
    assert len(cells) == len(expected)
    for line, (row, text) in zip(cells, expected):
        assert line.startswith(f"{path}, rij {row}: ") and text in line and "dit antwoord overgeslagen" in line
    # the rest of those rows still counts
    assert (by_id["D02"].rating_1, by_id["D02"].rating_2, by_id["D02"].preference) == (None, 8, 2)
    assert (by_id["D03"].rating_1, by_id["D03"].rating_2, by_id["D03"].preference) == (7, 8, None)
    assert by_id["D05"].preference is None and by_id["D05"].has_ratings
    first_column = key.questions[0].column
    assert by_id["D06"].comprehension[first_column] is None and by_id["D06"].preference == 1
    stats = analyse(answers.answers, key)
    assert stats.n == 7
    assert stats.preference.n == 5  # D01, D02, D04, D06, D08 chose a valid version
    assert stats.ratings.n == 5  # D01, D03, D05, D06, D08 have both ratings
    assert "te weinig" in stats.preference.note


def test_a_csv_field_over_the_csv_limit_is_reported_for_its_row_and_the_rest_is_read(made, tmp_path):
    _kit, folder = made
    key = load_key(str(folder / "sleutel"))
    header = ",".join(key.required_columns + ("opmerkingen",))
    scores = ",1" * len(key.questions)
    long_remark = "Ik vond de tweede brief duidelijker. " * 4000  # about 148,000 characters
    path = _write(tmp_path / "lang.csv", [
        header,
        f"D01,6,8,2{scores},\"{long_remark}\"",
        f"D02,7,9,2{scores},kort",
    ])
    answers = read_answers(path, key)
    assert [a.participant for a in answers.answers] == ["D01", "D02"]
    assert answers.answers[0].remarks == "" and answers.answers[0].rating_2 == 8
    [problem] = answers.cell_problems
    assert problem.line().startswith(f"{path}, rij 2: opmerkingen is te lang")
    assert "131.072" in problem.line()


def test_wrong_column_names_stop_with_a_message_naming_file_and_columns(made, tmp_path):
    _kit, folder = made
    key = load_key(str(folder / "sleutel" / "sleutel.json"))
    path = _write(tmp_path / "fout.csv", ["deelnemer,cijfer1,cijfer_versie_2,voorkeur", "D01,7,8,2"])
    with pytest.raises(PanelError) as raised:
        read_answers(path, key)
    message = str(raised.value)
    assert message.startswith(path) and "cijfer_versie_1" in message and "cijfer1" in message


def test_semicolon_csv_from_dutch_excel_in_windows_1252_is_read(made, tmp_path):
    _kit, folder = made
    key = load_key(str(folder / "sleutel" / "sleutel.json"))
    header = ";".join(key.required_columns + ("opmerkingen",))
    row = "D03;6;9;2" + ";1" * len(key.questions) + ";Versie 2 is veel beter, echt waar: één keer lezen"
    path = tmp_path / "excel.csv"
    path.write_bytes(("Deelnemer" + header[len("deelnemer"):] + "\r\n" + row + "\r\n").encode("cp1252"))
    answers = read_answers(str(path), key)
    assert answers.problems == [] and len(answers.answers) == 1
    assert answers.answers[0].remarks.endswith("één keer lezen")


def test_a_broken_key_is_one_message_naming_the_file(tmp_path):
    path = tmp_path / "sleutel.json"
    path.write_text("{niet: json", encoding="utf-8")
    with pytest.raises(PanelError, match="sleutel.json: dit is geen geldige sleutel"):
        load_key(str(path))
    with pytest.raises(PanelError, match="niet gevonden"):
        load_key(str(tmp_path / "weg.json"))


def test_key_is_found_from_the_kit_folder_or_its_sleutel_folder(made):
    _kit, folder = made
    assert load_key(str(folder)).orders == load_key(str(folder / "sleutel")).orders
    assert load_key(str(folder)).path.endswith("sleutel.json")


# --------------------------------------------------------------------------- end to end (CLI)


def test_cli_runs_from_kit_to_html_report(cli, tmp_path):
    folder = tmp_path / "panel"
    made = cli("panel", "kit", str(ORIGINAL), str(REWRITE), "--participants", "24", "--out", str(folder),
               "--seed", "99")
    assert made.exit_code == 0, made.output
    assert "12 lezen A eerst, 12 B eerst" in made.output and "seed 99" in made.output
    answers_path = tmp_path / "antwoorden.csv"
    simulate(folder / "sleutel" / "sleutel.json", answers_path, prefer_b=0.8, seed=1, rating_shift=1.0)
    with answers_path.open("a", encoding="utf-8") as handle:
        handle.write("D77,5,5,1" + ",1" * 4 + ",\n")  # a participant who is not in the key
    report = tmp_path / "verslag.html"
    result = cli("panel", "results", str(answers_path), "--key", str(folder / "sleutel" / "sleutel.json"),
                 "--out", str(report))
    assert result.exit_code == 0, result.output
    assert "24 geldige antwoorden, 1 rij overgeslagen" in result.output
    assert re.search(r"antwoorden\.csv, rij 26: onbekende deelnemer 'D77'", result.output)
    assert "\x1b[" not in result.output  # plain when piped
    html = report.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html and "<h1>Uitkomsten van het leesonderzoek</h1>" in html
    assert html.count('src="data:image/png;base64,') == 3
    assert all(alt for alt in re.findall(r'<img src="[^"]+" alt="([^"]*)"', html))
    assert '<th scope="col">' in html and "Wilcoxon" in html
    assert "rij 26" in html
    assert "<h2>Opmerkingen van deelnemers</h2>" in html and "Versie 2 is korter" in html
    assert not list(tmp_path.glob(".*.tmp"))


def test_cli_results_refuses_to_overwrite_its_input(cli, made, tmp_path):
    _kit, folder = made
    answers_path = tmp_path / "antwoorden.csv"
    simulate(folder / "sleutel" / "sleutel.json", answers_path, prefer_b=0.5, seed=2)
    before = answers_path.read_bytes()
    result = cli("panel", "results", str(answers_path), "--key", str(folder / "sleutel"), "--out", str(answers_path))
    assert result.exit_code == 2 and "invoerbestand" in result.output
    assert answers_path.read_bytes() == before


def test_cli_results_with_a_missing_answers_file_is_one_dutch_line(cli, made, tmp_path):
    _kit, folder = made
    result = cli("panel", "results", str(tmp_path / "weg.csv"), "--key", str(folder / "sleutel"))
    assert result.exit_code == 2
    assert "weg.csv: bestand niet gevonden" in result.output


# --------------------------------------------------------------------------- booklets: pages, language, redaction

LETTER_A = """Gemeente Lindenburg
Postbus 40
4870 AA Lindenburg

De heer P.J. van Dam
Berkenlaan 14
4871 KL Lindenburg

Lindenburg, 2 maart 2026

Betreft: uw aanvraag bijzondere bijstand

Geachte heer Van Dam,

Naar aanleiding van uw aanvraag van 12 februari 2026, geregistreerd onder burgerservicenummer 111222333,
delen wij u mede dat de aanvraag niet volledig is. Wij verzoeken u de ontbrekende bankafschriften van
rekening NL91 ABNA 0417 1643 00 uiterlijk 20 maart 2026 aan ons te doen toekomen.

Het college verleent de bijstand over de periode van 1 januari 2026 tot en met 31 december 2026.

Voor vragen kunt u contact opnemen met mevrouw Anouk Dekker, telefoon 0489 75 12 44, e-mail a.dekker@lindenburg.nl.

Met vriendelijke groet,

Anouk Dekker
consulent
"""

LETTER_B = """Gemeente Lindenburg
Postbus 40
4870 AA Lindenburg

De heer P.J. van Dam
Berkenlaan 14
4871 KL Lindenburg

Lindenburg, 2 maart 2026

Onderwerp: wij missen nog papieren

Beste heer Van Dam,

U vroeg op 12 februari 2026 om bijzondere bijstand. Uw burgerservicenummer is 111222333.
Wij missen nog de afschriften van uw bankrekening NL91 ABNA 0417 1643 00.

Stuur ons de afschriften vóór 20 maart 2026.

Heeft u vragen? Bel dan met mevrouw Anouk Dekker. Haar telefoonnummer is 0489 75 12 44.
U kunt ook mailen: a.dekker@lindenburg.nl.

Met vriendelijke groet,

Anouk Dekker
consulent
"""

PERSONAL = ("111222333", "NL91 ABNA 0417 1643 00", "0489 75 12 44", "a.dekker@lindenburg.nl", "van Dam", "Van Dam",
            "Berkenlaan", "4871 KL")


@pytest.fixture(scope="module")
def letter_pair(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("paar")
    (folder / "a.txt").write_text(LETTER_A, encoding="utf-8")
    (folder / "b.txt").write_text(LETTER_B, encoding="utf-8")
    return folder / "a.txt", folder / "b.txt"


def _docx_xml(path: Path, member: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode("utf-8")


def test_word_booklets_put_each_version_and_its_questions_on_new_pages_in_dutch_without_personal_data(
        linter, letter_pair, tmp_path):
    kit, booklets = build_kit(str(letter_pair[0]), str(letter_pair[1]), 4, 7, linter)
    write_kit(kit, booklets, str(tmp_path / "kit"))
    path = tmp_path / "kit" / "deelnemers" / "D01.docx"
    document = docx.Document(str(path))
    breaks = [p.text for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert breaks == ["Versie 1", "Vragen over Versie 1", "Versie 2", "Uw mening over de twee versies"]
    # the questions page holds no letter text of Versie 2: it ends where Versie 2 begins
    texts = [p.text for p in document.paragraphs]
    questions = texts[texts.index("Vragen over Versie 1"):texts.index("Versie 2")]
    assert sum(1 for t in questions if t.startswith("Vraag ")) == len(kit.questions)
    assert sum(1 for t in questions if set(t) == {"_"}) >= 3 * len(kit.questions)  # room to write
    # Dutch proofing language, no en-US anywhere in styles.xml; the answer key too
    for word_file in (path, tmp_path / "kit" / "sleutel" / "antwoordsleutel.docx"):
        styles = _docx_xml(word_file, "word/styles.xml")
        assert 'w:val="nl-NL"' in styles and "en-US" not in styles
    body = "\n".join(texts) + _docx_xml(path, "word/document.xml")
    for value in PERSONAL:
        assert value not in body, value
    assert "Voorbeeld" in body and "Voorbeeldstraat 1" in body and "0000 AA" in body
    # the key records every replacement
    key = json.loads((tmp_path / "kit" / "sleutel" / "sleutel.json").read_text(encoding="utf-8"))
    replaced = {r["original"]: r["fictional"] for r in key["redaction"]["replaced"]}
    assert key["redaction"]["applied"] is True
    for value in ("111222333", "NL91 ABNA 0417 1643 00", "0489 75 12 44", "a.dekker@lindenburg.nl", "Berkenlaan 14"):
        assert value in replaced, value
    assert replaced["Berkenlaan 14"] == "Voorbeeldstraat 1"
    # answers in the key match the booklets: the fictional number, not the real one
    by_id = {q["id"]: q for q in key["questions"]}
    assert replaced["0489 75 12 44"] in by_id["bellen"]["answer_b"]
    assert "Anouk Dekker" in by_id["bellen"]["answer_a"]


def test_no_redact_keeps_the_letters_data_and_says_so(linter, letter_pair, tmp_path):
    kit, booklets = build_kit(str(letter_pair[0]), str(letter_pair[1]), 2, 7, linter, redact=False)
    write_kit(kit, booklets, str(tmp_path / "kit"))
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "kit" / "deelnemers" / "D01.docx")).paragraphs)
    assert "111222333" in body and "Berkenlaan 14" in body
    assert "--no-redact" in (tmp_path / "kit" / "LEESMIJ.md").read_text(encoding="utf-8")


def test_questions_use_a_deadline_not_the_end_of_a_period_and_whole_contact_names(linter, letter_pair):
    from letterlint.panel.questions import questions_and_dropped

    result_a, result_b = linter.lint_paths([str(letter_pair[0]), str(letter_pair[1])])
    questions, _dropped = questions_and_dropped(result_a, result_b, linter.analyzer)
    by_id = {q.id: q for q in questions}
    assert by_id["datum"].answer_a == "20 maart 2026"  # not 31 december 2026, the end of the period
    assert by_id["datum"].answer_b == "20 maart 2026"
    assert "Anouk Dekker" in by_id["bellen"].answer_b


def test_a_question_whose_fact_one_version_lacks_is_dropped_and_the_kit_says_so(linter, letter_pair, tmp_path):
    no_objection = LETTER_B  # B says nothing about objection; A gets an objection clause
    with_objection = LETTER_A.replace("Met vriendelijke groet,", "Bent u het niet eens met dit besluit? Dan kunt u "
                                      "binnen zes weken bezwaar maken bij het college.\n\nMet vriendelijke groet,")
    (tmp_path / "a.txt").write_text(with_objection, encoding="utf-8")
    (tmp_path / "b.txt").write_text(no_objection, encoding="utf-8")
    kit, booklets = build_kit(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), 2, 1, linter)
    dropped = {q.id: q.missing_in for q in kit.dropped}
    assert dropped.get("bezwaar") == "B"
    assert "bezwaar" not in {q.id for q in kit.questions}
    for question in kit.questions:  # every question that stays has an answer in both versions
        assert question.answer_a and question.answer_b
    write_kit(kit, booklets, str(tmp_path / "kit"))
    readme = (tmp_path / "kit" / "LEESMIJ.md").read_text(encoding="utf-8")
    assert "Vragen die niet in de boekjes staan" in readme and "Kunt u bezwaar maken" in readme
    assert "Kunt u bezwaar maken" not in (tmp_path / "kit" / "deelnemers" / "D01.html").read_text(encoding="utf-8")


def test_report_plots_use_percentages_dutch_numbers_and_the_question_texts(made, tmp_path):
    from letterlint.panel.report import plot_comprehension, question_label, render_html

    _rows, key, answers, stats = results_for(made, tmp_path, prefer_b=0.8, seed=3, correct_a=0.4, correct_b=0.9)
    plot = plot_comprehension(stats)
    assert key.questions[0].text in plot.alt and "vraag_1" not in plot.alt
    assert question_label(2, "Wanneer moet u uiterlijk doen wat de brief vraagt?").startswith("2. Wanneer")
    html = render_html(stats, answers, key)
    assert "vraag_1:" not in html and f"Vraag 1: {key.questions[0].text}" in html
    from matplotlib.figure import Figure
    from letterlint.panel.report import integer_axis, percent_axis

    axes = Figure().add_subplot(1, 1, 1)
    percent_axis(axes.xaxis)
    integer_axis(axes.yaxis)
    assert axes.xaxis.get_major_formatter()(0.25, 0) == "25%"
    assert axes.yaxis.get_major_formatter()(-2, 0) == "\u22122"
    assert axes.yaxis.get_major_formatter()(1500, 0) == "1.500"


def test_answer_key_in_word_shows_the_tables_as_readable_lists(made):
    _kit, folder = made
    document = docx.Document(str(folder / "sleutel" / "antwoordsleutel.docx"))
    texts = [p.text for p in document.paragraphs]
    assert not any(text.startswith("|") for text in texts)
    assert any(text.startswith("deelnemer: D01; Versie 1: ") for text in texts)
    assert any(text.startswith("soort: ") and "in de boekjes: " in text for text in texts)
