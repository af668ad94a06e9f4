"""Uncoded services read from the page layout: a column of a drug or service table, or a labelled form row.

pdfplumber and OCR give a table row as one line of single-spaced words ("Aimovig 140 mg/mL autoinjector 1
autoinjector 30 NDC ..."); where its cells part is only visible in the character boxes, as a gap wider than a word
space. A letter without boxes (plain text) shows its cells as runs of spaces or tabs instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from ..document import Document

# a column that names what was asked for ("Drug and strength", "Service requested", "Medicamento")
_SERVICE_NAMES = (
    r"(?:(?:requested|prescribed)\s+)?(?:drugs?|medications?|medicines?|prescriptions?|services?|items?|equipment|supplies|"
    r"procedures?|treatments?|care|medicamentos?|servicios?|art[íi]culos?|equipo|procedimientos?|tratamientos?)"
    r"(?:\s*(?:/|and|&|or)\s*(?:strength|dose|service|item|description|supply|form))?"
    r"(?:\s+(?:name|requested|description|asked\s+for|solicitad[oa]s?|y\s+(?:dosis|concentraci[óo]n)))?(?:\s*\(s\))?")
SERVICE_COLUMN = re.compile(rf"(?i){_SERVICE_NAMES}")
# the other columns of such a table: how much, how long, which code, what was decided, when
_OTHER_COLUMN = re.compile(
    r"(?i)^(?:qty|quantity|amount|units?|days?(?:['’]s?)?\s+supply|days?|supply|strength|dose|dosage|frequency|sig|"
    r"(?:billing\s+|procedure\s+|service\s+)?codes?|ndc|cpt|hcpcs|(?:(?:our|the|plan|kp)\s+)?(?:decision|determination)|status|"
    r"result|outcome|"
    r"dates?(?:\s+of\s+service)?|from|to|through|start|end|billed|allowed|cantidad|d[íi]as|c[óo]digo|decisi[óo]n|estado|fechas?|"
    # the columns of a stay: "Service  Admitted  Covered through  After that date"
    r"admitted|admission|covered(?:\s+(?:through|until|to))?|last\s+covered\s+day|after\s+that\s+date|effective)\b")
# a label naming what was asked for: "DRUG", "Drug requested", "Service(s) requested", "Servicio solicitado"
_LABEL = (r"(?:(?:the\s+)?(?:drug|medication|medicine|service|item|equipment|procedure|treatment|care)"
          r"(?:\s+(?:requested|name|asked\s+for|under\s+review|reviewed))?|requested\s+(?:drug|medication|service|item|equipment|"
          r"procedure|treatment|care)(?:\(s\))?|services?\s+requested|what\s+(?:was|you|your\s+doctor)\s+asked\s+for|"
          # a question for a label: "What drug was asked for?", "What service did your doctor request?"
          r"what\s+(?:drug|medicine|medication|service|care|item|equipment|test|procedure|treatment)\s+(?:was|were|did\s+(?:you|your\s+doctor))\s+"
          r"(?:asked\s+for|requested|ask\s+for|request)\??|"
          r"(?:medicamento|servicio|procedimiento|equipo|tratamiento)(?:\s+solicitado)?)")
LABEL_ONLY = re.compile(rf"(?i){_LABEL}")
_CHECKBOX = re.compile(r"\[[ \t]*[xX✓✔]?[ \t]*\]")
# the header of a two-column form ("Item  Details"), not a value
_HEADER_WORD = re.compile(r"(?i)details?|description|information|info|values?|notes?|answer|response|detalles?|descripci[óo]n")
_LABEL_OVER_VALUE = re.compile(rf"(?im)^[ \t]*(?:Q[.:)][ \t]*)?(?:{_LABEL})[ \t]*[:?][ \t]*\n[ \t]*(?:A[.:)][ \t]*)?"
                               rf"(?P<val>(?-i:[A-Za-z])[^\n]{{2,}})$")
_LABEL_ROW = re.compile(rf"(?im)^[ \t]*(?P<label>{_LABEL})[ \t]*(?P<sep>:|(?<=\?)|[ \t]{{2,}}|\t)[ \t]*(?P<val>\S[^\n]{{2,}})$")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    x0: float | None
    x1: float | None


def line_cells(document: Document, text: str, ls: int, le: int) -> list[Cell]:
    """The line's cells: words parted by a gap wider than about three quarters of the line's height (by their
    boxes), or, without boxes, by two or more spaces or a tab."""
    words = [(ls + m.start(), ls + m.end()) for m in re.finditer(r"\S+", text[ls:le])]
    if not words:
        return []
    boxes = _word_boxes(document, words)
    if boxes is None:
        cells: list[Cell] = []
        for m in re.finditer(r"\S+(?:[ ]\S+)*", text[ls:le]):
            cells.append(Cell(ls + m.start(), ls + m.end(), None, None))
        return cells
    h = median(b[3] - b[1] for b in boxes)
    gap = max(4.5, 0.7 * h)
    if document.pages[document.to_page_offset(ls)[0] - 1].source == "ocr":
        # OCR's word boxes hug the ink, so its word spaces run wide: a column's gap is at least twice the line's
        # own word space (the gaps under 12 points, where there are two or more)
        spaces = [b[0] - a[2] for a, b in zip(boxes, boxes[1:], strict=False) if 0 <= b[0] - a[2] < 12]
        if len(spaces) >= 2:
            gap = max(gap, 2.0 * median(spaces))
    cells = []
    first = 0  # the index of the cell's first word
    for i in range(1, len(words) + 1):
        if i == len(words) or boxes[i][0] - boxes[i - 1][2] >= gap:
            cells.append(Cell(words[first][0], words[i - 1][1], boxes[first][0], boxes[i - 1][2]))
            first = i
    return cells


def _word_boxes(document: Document, words: list[tuple[int, int]]) -> list[tuple[float, float, float, float]] | None:
    out = []
    for s, e in words:
        pn, off = document.to_page_offset(s)
        page = document.pages[pn - 1]
        first, last = page.char_boxes[off] if off < len(page.char_boxes) else None, None
        end_off = off + (e - s) - 1
        if end_off < len(page.char_boxes):
            last = page.char_boxes[end_off]
        if first is None or last is None:
            return None
        out.append((first[0], min(first[1], last[1]), last[2], max(first[3], last[3])))
    return out


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", text[lo:hi])]


def layout_items(document: Document, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Both readers below over [lo, hi), each line's cells worked out once."""
    cells_of = _cells_memo(document, text)
    return service_column_items(text, lo, hi, cells_of) + labelled_items(text, lo, hi, cells_of)


def _cells_memo(document: Document, text: str) -> Callable[[int, int], list[Cell]]:
    """``line_cells`` for this text, each line worked out once."""
    memo: dict[tuple[int, int], list[Cell]] = {}

    def cells_of(ls: int, le: int) -> list[Cell]:
        if (ls, le) not in memo:
            memo[(ls, le)] = line_cells(document, text, ls, le)
        return memo[(ls, le)]

    return cells_of


def service_column_items(text: str, lo: int, hi: int, cells_of: Callable[[int, int], list[Cell]]) -> list[tuple[int, int, str]]:
    """Cells under a table's service column: a header row of column names ("Drug and strength  Quantity  Days'
    supply  Billing code"), then its rows, read by where each header cell starts on the page."""
    # a table row parts its cells by a column's width somewhere; a prose line, however its words are spaced, does not
    return [(a, b, "tables:service_column")
            for _, (a, b) in _column_cells(text, lo, hi, cells_of, _service_header, 2,
                                                lambda row: _is_table_row(text, row))]


def _column_cells(text: str, lo: int, hi: int, cells_of: Callable[[int, int], list[Cell]],
                  header_col: Callable[[str, list[Cell]], int | None], min_cells: int,
                  is_row: Callable[[list[Cell]], bool] = lambda row: True,
                  may_head: Callable[[int, int], bool] = lambda ls, le: True) -> list[tuple[int, tuple[int, int]]]:
    """(row start, cell) for each row under a header row's column: ``header_col`` finds the column in a header row;
    up to 12 rows follow, until a row with fewer than ``min_cells`` cells, another header, a row ``is_row`` refuses
    or a row with nothing under the column."""
    out: list[tuple[int, tuple[int, int]]] = []
    lines = _lines(text, lo, hi)
    i = 0
    while i < len(lines):
        cells = cells_of(*lines[i]) if may_head(*lines[i]) else []
        col = header_col(text, cells) if cells else None
        if col is None:
            i += 1
            continue
        left = cells[col].x0
        right = cells[col + 1].x0 if col + 1 < len(cells) else None
        j = i + 1
        while j < len(lines) and j <= i + 12:
            rs, re_ = lines[j]
            row = cells_of(rs, re_)
            if len(row) < min_cells or header_col(text, row) is not None or not is_row(row):
                break
            if len(cells) >= 4 and 2 * len(row) <= len(cells):
                break  # "Patient  Mei K." under "Service requested  Code  Amount  Decision": a form row past the table
            if _TOTAL_ROW.match(text, row[0].start):
                break  # "Totals  $6,339.44 ...": the sums, not a service
            picked = _cell_under(row, col, left, right, text, tuple(c.x0 for c in cells[col + 1:] if c.x0 is not None))
            if picked is None:
                break
            out.append((rs, picked))
            j += 1
        i = j
    return out


_TOTAL_ROW = re.compile(r"(?i)[ \t]*(?:sub-?|grand[ \t]+)?totals?\b|total[ \t]+(?:billed|charges|amount)\b")


def _is_table_row(text: str, row: list[Cell], min_gap: float = 15.0) -> bool:
    """Whether a line keeps to a table's shape: a column's width between two of its cells, or cells of several words
    each (a tight table: "Admission to an acute ... | Kaiser Foundation Rehabilitation Center | Denied"). A line of
    prose that OCR cut at its wide word spaces is neither: one or two words to a cell, no wide gap. Always true
    without boxes."""
    if row[0].x0 is None:
        return True
    if any(b.x0 - a.x1 >= min_gap for a, b in zip(row, row[1:], strict=False) if a.x1 is not None and b.x0 is not None):
        return True
    words = sum(len(text[c.start:c.end].split()) for c in row)
    return words >= 2 * len(row)


def _service_header(text: str, cells: list[Cell]) -> int | None:
    """Index of the service column when the cells are a header row (a service column and another known column)."""
    if len(cells) < 2 or len(cells) > 8:
        return None
    names = [text[c.start:c.end] for c in cells]
    if any(len(n.split()) > 4 or re.search(r"[.:;!?]$|\d{2}", n) for n in names):
        return None
    svc = [k for k, n in enumerate(names) if SERVICE_COLUMN.fullmatch(n.strip())]
    if len(svc) != 1 or not any(_OTHER_COLUMN.match(n) for k, n in enumerate(names) if k != svc[0]):
        return None
    return svc[0]


def _cell_under(row: list[Cell], col: int, left: float | None, right: float | None, text: str = "",
                later: tuple[float, ...] = ()) -> tuple[int, int] | None:
    """The cells of ``row`` under the column that starts at ``left`` (the next column at ``right``). A cell of words
    that runs on past the next column's start belongs to it while it does not start where a later column does and
    another cell still follows: "Transfer | to a skilled nursing facility | Denied" under "Care requested  Our decision"
    (a scan's wide word space cut the item)."""
    if left is None or row[0].x0 is None:
        return (row[col].start, row[col].end) if col < len(row) else None
    tol = 6.0
    under = [c for c in row if c.x0 is not None and c.x0 >= left - tol and (right is None or c.x0 < right - tol)]
    if not under:
        return None
    k = row.index(under[-1])
    while text and later and k + 2 < len(row) and row[k + 1].x0 is not None and \
            re.fullmatch(r"[A-Za-z][A-Za-z ,'()-]*", text[row[k + 1].start:row[k + 1].end]) and \
            all(abs(row[k + 1].x0 - x) > tol for x in later):
        k += 1
    return under[0].start, row[k].end


# a column that describes a coded row ("Description", "Service description", "Procedure"), beside a code column
_DESCRIPTION_COLUMN = re.compile(
    r"(?i)(?:(?:service|procedure|item|drug|claim\s+line)\s+)?descriptions?|descripci[óo]n(?:\s+del\s+servicio)?|"
    rf"what\s+(?:was\s+)?(?:billed|asked\s+for|requested)|{_SERVICE_NAMES}")
_CODE_COLUMN = re.compile(r"(?i)(?:(?:cpt|hcpcs|procedure|billing|service|cpt\s*/\s*hcpcs)\s+)?codes?|cpt(?:\s*/\s*hcpcs)?|"
                          r"hcpcs|c[óo]digos?(?:\s+del\s+servicio)?")


_CODE_WORD = re.compile(r"(?i)\b(?:codes?|cpt|hcpcs|c[óo]digos?)\b")


def description_cells(document: Document, text: str, lo: int, hi: int) -> dict[int, tuple[int, int]]:
    """For the rows of a coded table ("DOS  Provider  Code  Description  Billed"), the cell under its description
    column, by row start: the text that names the coded service, whatever columns stand before it."""
    cells_of = _cells_memo(document, text)
    # a header names its code column: the box work is skipped on every other line
    return dict(_column_cells(text, lo, hi, cells_of, _description_header, 3,
                              may_head=lambda ls, le: bool(_CODE_WORD.search(text, ls, le))))


# a column of what to try, or what is covered, in place of what was asked for, beside the column that names the request:
# "Drug requested  Preferred alternatives", "Service asked for  Covered instead", "Medicamento  Alternativas preferidas"
_ALTERNATIVE_COLUMN = re.compile(
    r"(?i)(?:(?:preferred|covered|suggested|formulary|plan|other|approved)\s+)?(?:alternatives?|options?)"
    r"(?:\s+(?:on\s+(?:the|our)\s+formulary|covered|approved|to\s+try(?:\s+first)?))?|"
    r"(?:drugs?|medicines?|medications?|treatments?|options?)\s+to\s+try(?:\s+first)?|try\s+(?:these\s+|this\s+)?first|"
    r"(?:approved|covered|offered)\s+instead|instead|"
    r"alternativas?(?:\s+(?:preferidas?|cubiertas?|del\s+formulario))?|(?:medicamentos?\s+)?(?:para\s+)?probar\s+primero")
_REQUEST_COLUMN = re.compile(rf"(?i){_SERVICE_NAMES}|(?:what\s+(?:was\s+|you\s+)?)?(?:requested|asked\s+for)|request|solicitud|"
                             r"(?:drugs?|medicines?|medications?|services?|items?|care|treatments?)\s+(?:you|your\s+\w+)\s+"
                             r"(?:asked\s+for|requested)|"
                             r"lo\s+que\s+se\s+pidi[óo]|solicitad[oa]")


def alternative_cells(document: Document, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells under a table's column of alternatives ("Drug requested  Preferred alternatives"): the drugs or care
    to try first, or covered in place of the request, row by row (a row may hold an alternative alone, the request's
    cell left blank)."""
    cells_of = _cells_memo(document, text)
    return [cell for _, cell in _column_cells(
        text, lo, hi, cells_of, _alternative_header, 1,
        may_head=lambda ls, le: bool(re.search(r"(?i)alternativ|instead|try|probar", text[ls:le])))]


def _alternative_header(text: str, cells: list[Cell]) -> int | None:
    """Index of the alternatives column when the cells are a header row that also names the request's column."""
    if len(cells) < 2 or len(cells) > 6:
        return None
    names = [text[c.start:c.end].strip() for c in cells]
    if any(len(n.split()) > 5 or re.search(r"[.;!?]$|\d", n) for n in names):
        return None
    alt = [k for k, n in enumerate(names) if _ALTERNATIVE_COLUMN.fullmatch(n)]
    if len(alt) != 1 or alt[0] == 0 or not any(_REQUEST_COLUMN.fullmatch(n) for n in names[:alt[0]]):
        return None
    return alt[0]


def _description_header(text: str, cells: list[Cell]) -> int | None:
    """Index of the description column when the cells are the header row of a coded table."""
    if len(cells) < 3 or len(cells) > 10 or cells[0].x0 is None:
        return None
    names = [text[c.start:c.end].strip() for c in cells]
    if any(len(n.split()) > 4 or re.search(r"[.:;!?]$|\d{2}", n) for n in names):
        return None
    desc = [k for k, n in enumerate(names) if _DESCRIPTION_COLUMN.fullmatch(n)]
    if len(desc) > 1:
        # "Service  Code  Description": the description column describes; "Service requested  Servicio solicitado
        # CPT": a bilingual table names its item twice, first in the letter's own language
        desc = [k for k in desc if re.search(r"(?i)descri", names[k])] or desc[:1]
    code = [k for k, n in enumerate(names) if _CODE_COLUMN.fullmatch(n)]
    if len(desc) != 1 or len(code) != 1:
        return None
    return desc[0]


# a table's header row: column names only ("Service  Code  Requested  Approved")
_COLUMN_WORDS = frozenset("service services code codes cpt hcpcs requested approved denied decision status units unit qty "
                          "quantity amount days date dates of description item items drug billed allowed paid owe you "
                          "determination level care from to through remark outcome result servicio código decisión "
                          "solicitado aprobado".split())


def column_names_only(line: str) -> bool:
    """A header row read from its text alone, column names and nothing else ("Service  Code  Requested  Approved"),
    where no box parts its cells."""
    words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", line)]
    return len(words) >= 3 and not re.search(r"\d", line) and all(w in _COLUMN_WORDS for w in words)


def labelled_items(text: str, lo: int, hi: int, cells_of: Callable[[int, int], list[Cell]]) -> list[tuple[int, int, str]]:
    """Values of form rows labelled with what was asked for: "Drug requested: X", "DRUG  X" (a label column)."""
    out: list[tuple[int, int, str]] = []
    for m in _LABEL_ROW.finditer(text, lo, hi):
        if m.group("label")[:1].islower():
            continue  # "...skilled nursing facility" / "care: the facility's notes show": a wrapped sentence, no label
        if _CHECKBOX.search(m.group("val")) or _not_a_value(m.group("val")):
            continue  # "What was asked for: [ ] Part B drug [X] Drug you take at home": the kind of request, not the item
        out.append((m.start("val"), m.end("val"), "tables:labelled_row"))
    # a label on a line of its own and its value on the next: "What drug was asked for?" / "infliximab (Remicade), HCPCS
    # J1745", "Q. What drug was asked for?" / "A. Prolia (denosumab)"
    for m in _LABEL_OVER_VALUE.finditer(text, lo, hi):
        val = m.group("val")
        words = re.findall(r"[A-Za-z][A-Za-z']*", val)
        if len(words) >= 3 and not re.search(r"\d", val) and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            continue  # a table's header under the question ("Drug  Strength  Form  Quantity  Days' supply  Decision")
        if not any(a <= m.start("val") < b for a, b, _ in out) and not _not_a_value(val) and not _CHECKBOX.search(val):
            out.append((m.start("val"), m.end("val"), "tables:label_over_value"))
    # a label column parted from its value only on the page: "DRUG" ... "Leqembi (lecanemab-irmb) 500 mg/5 mL vial"
    for ls, le in _lines(text, lo, hi):
        if any(a >= ls and b <= le for a, b, _ in out):
            continue
        cells = cells_of(ls, le)
        if len(cells) != 2 or cells[0].x0 is None:
            continue
        label = text[cells[0].start:cells[0].end]
        value = text[cells[1].start:cells[1].end]
        if re.fullmatch(r"(?i)(?:preferred|covered|suggested|formulary|other|plan)?[ \t]*(?:alternatives?|options?|instead|"
                        r"drugs?|medicines?|choices?)(?:[ \t]+(?:instead|covered|to[ \t]+try))?", value.strip()):
            continue  # a header row: "Drug requested  Preferred alternatives" names two columns, not a drug
        if value.strip().endswith("?"):
            continue  # a column's question ("Item needed  Received?"), not its value
        if LABEL_ONLY.fullmatch(label) and not _not_a_value(value):
            out.append((cells[1].start, cells[1].end, "tables:label_column"))
    return out


def _not_a_value(val: str) -> bool:
    """A header row's other column names ("Item  Details", "Service  Quantity", "Service  Admitted  Covered through"),
    not what was asked for; nor an amount ("What was asked for  $47.00 per 30-day supply (Tier 3, preferred brand)")."""
    if re.match(r"[ \t]*(?:\$|USD\b)[ \t]*\d", val):
        return True
    parts = [x for x in re.split(r"[ \t]{2,}|\t", val.strip()) if x]
    return bool(parts) and all(_HEADER_WORD.fullmatch(x) or (len(x.split()) <= 3 and _OTHER_COLUMN.match(x) and not re.search(r"\d", x))
                               for x in parts)
