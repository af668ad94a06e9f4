"""Rule recognizers as pure functions over the letter text: lines, sentences, sections, codes, dates, cues, fields.

Each returns ``Candidate`` records (global character offsets, a normalised value and the id of the pattern
that produced it). The spaCy components in ``components.py`` run these and store the results in span groups,
so they can also be unit-tested without a pipeline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import patterns as P


@dataclass(frozen=True)
class Candidate:
    label: str  # e.g. "CPT", "date", "plan_type", "member_id"
    start: int
    end: int
    value: object
    source: str  # pattern/component id
    score: float = 1.0
    role: str = ""  # extra qualifier (date role, code column, ...)

    def to_dict(self) -> dict:
        return {"label": self.label, "start": self.start, "end": self.end, "value": self.value,
                "source": self.source, "score": self.score, "role": self.role}

    @classmethod
    def from_dict(cls, d: dict) -> Candidate:
        return cls(d["label"], d["start"], d["end"], d["value"], d["source"], d.get("score", 1.0), d.get("role", ""))


# ---------------------------------------------------------------------------------------------------------------
# lines and sentences
# ---------------------------------------------------------------------------------------------------------------
def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end exclusive and without the newline."""
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


_ABBREV = re.compile(r"(\b(Dr|Mr|Mrs|Ms|Sr|Jr|St|No|Nos|Inc|Co|Corp|Ltd|vs|etc|e\.g|i\.e|approx|Dept|Ste|Sec|Ch|Vol|"
                     r"Rev|Ave|Blvd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Dra|Sra|Srta|U\.S|P\.O|a\.m|p\.m|"
                     r"M\.D|D\.O|R\.N|Ph\.D|[A-Z])\.)$")
_SENT_END = re.compile(r"[.!?]+[\"”’)\]]*$")


def _is_short(line: str, width: int) -> bool:
    return len(line.strip()) < max(25, int(width * 0.6))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Newline-aware sentences: a blank line, a short line (heading, table row, address) or sentence punctuation
    ends a sentence; a wrapped line inside a paragraph does not."""
    lns = lines(text)
    widths = sorted(e - s for s, e in lns if e > s)
    width = widths[int(len(widths) * 0.9)] if widths else 80
    bounds: list[tuple[int, int]] = []
    cur: int | None = None
    for i, (s, e) in enumerate(lns):
        ln = text[s:e]
        if not ln.strip():
            if cur is not None:
                bounds.append((cur, lns[i - 1][1]))
                cur = None
            continue
        # split inside the line on sentence punctuation followed by a space and a capital/opening quote
        seg_start = s if cur is None else cur
        for m in re.finditer(r"(?<![.!?])[.!?]++[\"”’)\]]*+(?=\s+[\"“(¿¡]?[A-ZÁÉÍÓÚÑ0-9])", ln):
            head = text[max(seg_start, s + m.end() - 12):s + m.end()]  # an abbreviation is short: look at the tail only
            if _ABBREV.search(head.rstrip()):
                continue
            bounds.append((seg_start, s + m.end()))
            seg_start = s + m.end()
            while seg_start < e and text[seg_start] == " ":
                seg_start += 1
        cur = seg_start if seg_start < e else None
        stripped = ln.rstrip()
        nxt = text[lns[i + 1][0]:lns[i + 1][1]].strip() if i + 1 < len(lns) else ""
        ends = bool(_SENT_END.search(stripped)) and not _ABBREV.search(stripped[-12:])
        # (a table row ends on its decision; a sentence wrapped after "We approved" goes on in lower case)
        row_end = bool(re.search(r"\b(denied|approved|not\s+authorized|authorized|pending|denegad[oa]|aprobad[oa])$", stripped, re.I)) \
            and not re.match(r"[a-z]", nxt)
        # (a short line that ends on a conjunction, a preposition or an article goes on: "... feeding and" / "swallowing therapy")
        # (or on a code after one: "a request ... for 36475" / "endovenous radiofrequency ablation ...")
        short = _is_short(ln, width) and not (re.search(r"(?i)\b(?:and|or|of|the|an?|to|for|with|in|on|at|by|from|y|o|de|del|"
                                                         r"la|el|los|las|para|con)(?:[ \t]+(?:CPT[ \t]+|HCPCS[ \t]+)?(?:\d{4}[0-9FTU]|[A-V]\d{4}))?$",
                                                         stripped) and re.match(r"[a-záéíóúñ]", nxt))
        if cur is not None and (ends or row_end or stripped.endswith(":") or short or not nxt
                                or re.match(r"^([•\-*–]|\d{1,2}[.)]\s)", nxt)):  # a list number, not a wrapped "(CPT\n92523)"
            bounds.append((cur, s + len(stripped)))
            cur = None
    if cur is not None:
        bounds.append((cur, lns[-1][1]))
    return [(a, b) for a, b in bounds if b > a and text[a:b].strip()]


# ---------------------------------------------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------------------------------------------
# a heading that gives an appeal's outcome or why it was denied ("Outcome of your appeal", "WHY WE DENIED YOUR APPEAL"): the
# reason, though it names the appeal
_OUTCOME_HEADING = re.compile(r"^(the\s+|our\s+)?(outcome|result|decision|resolution|determination)\s+(of|on|about)\s+(your|the|this)\s+"
                              r"((first|second|final|internal|level\s+\w+)\s+)?(appeal|grievance|reconsideration|redetermination)s?(\s*\([^()]{0,30}\))?\W*$|"
                              r"^(your\s+|the\s+)?(appeal|grievance)\s+(decision|outcome|result|resolution|determination)\W*$|"
                              # a title that gives the appeal's outcome: "Medicare Prescription Drug Appeal: Our Decision Is
                              # Unchanged", "NOTICE OF REDETERMINATION - YOUR PART D APPEAL WAS DENIED"
                              r"^(?!.*\b(if|how|rights?|disagree)\b)[^\n]{0,60}\bappeal\b[ \t]*:[ \t]*(our\s+)?(decision|denial)\s+(is|was|remains)\s+"
                              r"(unchanged|upheld|the\s+same)\W*$|^(?!.*\b(if|how|rights?|disagree)\b)[^\n]{0,60}\bappeal\s+(was|is|has\s+been)\s+"
                              r"(denied|upheld|not\s+approved)\W*$|"
                              # why the appeal was denied: "WHY WE DENIED YOUR APPEAL", "Reasons we upheld the denial"
                              r"^(why|reasons?(\s+(why|for))?)\s+(we\s+|the\s+plan\s+)?(denied|upheld|uphold|did\s+not\s+approve|"
                              r"decided|are\s+denying|kept)\b[^\n]{0,40}$|"
                              r"^(resultado|decisi[óo]n|resoluci[óo]n)\s+(de|sobre)\s+su\s+apelaci[óo]n\W*$", re.I)


SECTION_RULES: list[tuple[str, re.Pattern]] = [
    ("reviewer", re.compile(r"^(sincerely|respectfully|regards|atentamente|cordialmente|reviewed\s+by|"
                            r"((m[ée]dic[oa]|profesional|farmac[ée]utic[oa])\s+)?revisor(a)?\b|"
                            r"((physician|clinical|medical|peer|nurse|pharmacist)\s+)?reviewer\b|medical\s+director|revisado\s+por|"
                            r"decision\s+made\s+by|signed|who\s+(reviewed|decided|made\s+(the|this|our)\s+decision))", re.I)),
    ("enclosures", re.compile(r"^(enclosures?|attachments?|cc\s*:|copy\s+to|copies\s+to|adjuntos?|anexos?|(?:con\s+)?copias?(?:\s+a)?(?=\s*:|$))\b", re.I)),
    ("taglines", re.compile(r"(language\s+assistance|interpreter|non-?discrimination|multi-?language|in\s+your\s+language|"
                            # a tagline's "ATTENTION: If you speak ...", not an address's "Attention: Appeals and Correspondence"
                            r"^attention\s*:(?=\s*(?:if|you|language|free|help)\b|\s*$)|"
                            r"^atenci[óo]n\s*:(?=\s*(?:si|usted|hay|tiene|servicios|ayuda|le)\b|\s*$)|free\s+language|language\s+services|asistencia\s+(en|de)\s+idiomas|"
                            r"discrimination\s+is\s+against)", re.I)),
    # the decision itself, though its heading names the appeal: "Outcome of your appeal", "Appeal decision"
    ("reason", _OUTCOME_HEADING),
    ("expedited_review", re.compile(r"(expedited|urgent|fast|72[-\s]hour|acelerad|urgente|r[áa]pid)[\w\s(),-]{0,40}"
                                    r"(appeal|review|grievance|reconsideration|apelaci|revisi|queja|right|derecho)|"
                                    r"(how|when|c[óo]mo|cu[áa]ndo)\s+to\s+[\w\s]{0,30}(expedited|urgent|fast|acelerad|r[áa]pid)|"
                                    r"(appeal|review|revisi[óo]n|apelaci[óo]n)\s+(expedited|urgent|r[áa]pid|acelerad)", re.I)),
    ("external_review", re.compile(r"(independent\s+medical\s+review|\bIMR\b|external\s+review|state\s+hearing|"
                                   r"independent\s+review|audiencia|revisi[óo]n\s+(m[ée]dica\s+)?independiente|"
                                   r"department\s+of\s+managed\s+health\s+care|\bDMHC\b|help\s+center|fair\s+hearing|"
                                   r"outside\s+review|\bOPM\b|level\s+2(?![.\d])|next\s+level(?!\s+of\s+care))", re.I)),
    ("appeal_rights", re.compile(r"(appeal|grievance|\brights\b|reconsider\w*|disputed?\s+claims?|how\s+to\s+(ask|file|request)|your\s+options|"
                                 r"another\s+look|(don'?t|do\s+not)\s+agree|what\s+(happens|to\s+do)\s+next|"
                                 r"if\s+(?:you|the\s+member|I|we)\b[\w ]{0,30}?\bdisagrees?|apelaci[óo]n|queja|sus\s+derechos|derechos|what\s+you\s+can\s+do|qu[ée]\s+puede\s+hacer|"
                                 r"si\s+no\s+est[áa]\s+de\s+acuerdo|next\s+steps|redetermination)", re.I)),
    ("criteria", re.compile(r"(criteria|guideline|clinical\s+(policy|review\s+basis)|what\s+we\s+based|based\s+(our|this)\s+decision|"
                            r"criterios|pautas|rules\s+we\s+used|standards\s+used)", re.I)),
    ("reason", re.compile(r"(reason|why|decision|what\s+we\s+decided|explanation|denial|our\s+findings|findings|summary|"
                          r"motivo|raz[óo]n|decisi[óo]n|determinaci[óo]n|determination|what\s+(we|this)\s+(found|means)|"
                          r"rationale|clinical\s+review)", re.I)),
]


_FIELD_LINE = re.compile(r"((review|request|case|decision|determination|service)\s+type|type\s+of\s+(review|request|decision)|"
                         r"priority|urgency|tipo\s+de\s+(revisi[óo]n|solicitud))\b|"
                         # a form row "Review  Expedited (urgent)" / "Review: Standard": the kind of this review
                         r"review[ \t]*:?[ \t]+(expedited|standard|urgent|fast|routine|regular)\b[^\n.]{0,24}$|"
                         # a summary box's dated fields: "Deadline to appeal: 60 days from the date of this notice"
                         r"(deadline|last\s+day|time\s+limit|fecha\s+l[íi]mite|plazo)\s+(to|for|para)\s+(appeal|ask|request|file|apelar|pedir)\w*\s*:", re.I)


# "The appeal file does not change the clinical picture: ..." is a sentence with a colon, not a labelled heading
_CLAUSE = re.compile(r"\b(does|did|is|are|was|were|has|had|will|would|cannot|not|changes|shows|found)\b", re.I)


# a department's name in a letterhead or an address heads nothing: "Attention: Appeals and Correspondence",
# "Member Relations Grievance Operations", "Member Services - Appeals", "Appeals Department"
_DEPARTMENT = re.compile(
    r"(?:(?:attention|attn\.?)[ \t]*:?[ \t]*)?(?:[\w&.'’-]+[ \t]+){0,6}?(?:appeals?|grievances?)[ \t]+(?:(?:and|&)[ \t]+)?"
    r"(?:correspondence|operations?|department|dept\.?|unit|office|team|coordinator|program|center|centre|desk|"
    r"review[ \t]+(?:unit|department|team))\b[^\n]{0,60}|"
    r"member[ \t]+(?:services?|relations)[ \t]*[-–—/|·][ \t]*(?:appeals?|grievances?)(?:[ \t]+(?:and|&)[ \t]+(?:appeals?|grievances?))?",
    re.I)


_QUESTION_HEADING = re.compile(r"(?:(?:question|q)\s*\d{0,2}\s*[:.)]\s*|\d{1,2}[.)]\s+)?(?:what|why|who|when|which|how|where)\b[^\n]*\?$",
                               re.I)


def _heading_of(line: str) -> str | None:
    """The section a line opens, if it looks like a heading (short, no closing period) or an inline label."""
    s = line.strip().strip("*#").strip()
    if len(s) < 3 or _DEPARTMENT.fullmatch(s):
        return None
    if _FIELD_LINE.match(s):
        return None  # "Review type Expedited pre-service review" describes this request; it heads nothing
    if re.match(r"(?i)(?:re|subject|regarding|asunto|ref|from|to|sent|cc|attn|de|para|enviado)[ \t]*:", s):
        return None  # "RE: Resolution of your expedited (urgent) grievance" names the letter's subject, no section; a
        # message header's "From: Colorado Member Services - Appeals and Coverage" names its sender
    first = s[0]
    if not (first.isupper() or first in "¿¡" or first.isdigit()):
        return None
    candidates = []
    label = s.split(":", 1)[0] if ":" in s[:60] else None
    if label and len(label) <= 60 and not _CLAUSE.search(label):
        candidates.append(label)  # "Our decision: ... (This was an expedited review.)" is headed by its label
    if len(s) <= 80 and not re.search(r"[.!?][)\"'”’]?$", s) and len(s.split()) <= 12 and not _row_with_date(s) and \
            not re.search(r"(?i)\b(?:are|is|was|were|be|the|a|an|and|or|to|of|for|with|by|our|your|their|that|which|will|can|may)$", s):
        candidates.append(s)  # (a line that ends on such a word wraps a sentence: "Interpreters and large print are" / "free.")
    elif len(s) <= 80 and len(s.split()) <= 12 and _QUESTION_HEADING.match(s):
        candidates.append(s)  # a summary set out as questions: "4. Why was the request denied?", "Q: Who decided?"
    # a numbered heading ("Item 3. Clinical reviewer", "Section B: Signed") is read without its number
    bare = re.sub(r"^(?:(?:item|section|part|step|article)\s+)?[0-9A-Z]{1,3}[.):]\s+", "", s, flags=re.I)
    if re.match(SECTION_RULES[0][1].pattern, bare, re.I) and len(bare) <= 40:
        return "reviewer"
    if candidates and len(s) <= 100 and _OUTCOME_HEADING.search(s):
        return "reason"  # a title that gives the appeal's outcome, whatever its label says ("... Appeal: Our Decision Is Unchanged")
    for cand in candidates:
        for name, rx in SECTION_RULES:
            if name == "reviewer":
                continue
            if rx.search(cand):
                if name == "appeal_rights" and _APPEAL_FIELD.search(cand):
                    return None  # a field of this appeal ("Diagnosis on the appeal:", "Appeal received  07.23.26"), no rights
                if name == "expedited_review" and re.search(r"\brequest\b", cand, re.I) and \
                        not re.search(r"\b(?:appeals?|grievances?|rights?|how|ask|if|can|may)\b", cand, re.I):
                    return None  # "Urgent pre-service request – expedited review" names how this request was handled
                if name == "expedited_review" and cand is label and _THIS_REQUEST_FAST.search(s[len(label):]):
                    return None  # "EXPEDITED REVIEW: your provider told us waiting could harm your health" says how
                    # this request was handled; the rights to a fast appeal are elsewhere
                return name
    return None


def _date_matches(s: str) -> Iterator[re.Match]:
    """Every date the readers know in ``s``, in any style (overlapping readings included)."""
    return (m for _, rx in P.DATE_PATTERNS for m in rx.finditer(s))


def _row_with_date(s: str) -> bool:
    """A line that ends on a full date is a row of a table or a timeline ("Appeal decision made  Thursday 11th December
    2025", "First denial (reviewer: ...)  Wednesday 15th October 2025"), not a heading."""
    return any(m.end() >= len(s.rstrip(" )")) for m in _date_matches(s))


_APPEAL_FIELD = re.compile(r"(?i)\b(?:diagnos[ie]s|received|decided|filed|number|reference|dated?|id|speed|type|status)\b|"
                           # what this appeal is about and who decided it: "Drug under appeal", "Reviewer for this appeal",
                           # "About your appeal" (never the rights: "Your appeal rights", "How to appeal")
                           r"^(?!.*\b(?:rights?|how|if|next|options?|disagree)\b)(?:.*\bunder\s+appeal\b|"
                           r"(?:reviewer|drug|medication|item|service|outcome)s?\s+(?:for|of|on)\s+(?:(?:this|your|the)\s+)?appeal\b|"
                           r"about\s+(?:your|this)\s+appeal\W*$)")


# a sentence about how this request was handled, not the right to ask for speed
_THIS_REQUEST_FAST = re.compile(r"(?i)^(?![^.]*\b(?:you\s+(?:can|may|have\s+the\s+right)|if\s+you|ask\s+for|puede|si\s+usted)\b)"
                                r"[^.]*\b(?:told\s+us|said|asked\s+us|we\s+(?:reviewed|handled|processed|decided)|"
                                r"(?:was|were)\s+(?:reviewed|handled|processed)|nos\s+dijo|revisamos)\b")


# a greeting that opens the letter's body ("Dear ...", "Estimado(a) ...", "To whom it may concern")
_SALUTATION_LINE = re.compile(r"(?im)^\s*(dear|estimad[oa](?:/[oa]|\([oa]\))?|querid[oa]|to\s+whom|hello|hola)(?![a-z])")


# a sentence that offers help in another language
_TAGLINE_SENTENCE = re.compile(r"(?i)^[ \t]*(?:[^\W\d_][^\W\d_ ]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:[ \t]*)?(?:if\s+you\s+speak\b|si\s+habla\b|"
                               r"(?:if\s+you\s+need|si\s+necesita)\s+(?:an?\s+|un\s+|una\s+)?(?:interpreter|int[ée]rprete)|"
                               r"free\s+language\s+(?:assistance|services|help)|language\s+assistance\s+services)")


def find_sections(text: str) -> list[tuple[str, int, int, str]]:
    """Contiguous sections (name, start, end, heading) covering the text. The header runs up to the salutation."""
    lns = lines(text)
    marks: list[tuple[int, str, str]] = []
    header_end = None
    for s, e in lns:
        ln = text[s:e]
        if header_end is None and _SALUTATION_LINE.match(ln):
            header_end = e
            marks.append((s, "header_end", ln.strip()))
            continue
        name = _heading_of(ln)
        if not name and marks and marks[-1][1] in ("reviewer", "enclosures") and _TAGLINE_SENTENCE.search(ln):
            name = "taglines"  # after the signature, a tagline with no heading of its own ("ATTENTION: If you speak
            # English, free language assistance ...", "Si necesita un intérprete ..., llame gratis al ...")
        if name:
            if marks and marks[-1][1] == name and s - marks[-1][0] < 200:
                continue
            marks.append((s, name, ln.strip()[:80]))
    out: list[tuple[str, int, int, str]] = []
    pos = 0
    if header_end is not None:
        # a form that gives its reason before it greets anyone ("Reason for determination" / "We did not receive a bone
        # age study ..." ... "Dear Parent or Guardian of ..."): the header ends at that reason's heading
        # (unless the letter after the greeting gives its own reason: a summary page's "Why, in short" restates it)
        why = re.compile(r"(?i)\b(?:reasons?|why|rationale|motivos?|raz[óo]n|por\s+qu[ée])\b")
        heads = [(s, "reason", text[s:e].strip()) for s, e in lns if _heading_of(text[s:e]) == "reason"]
        later = any(s >= header_end and why.search(h) for s, _, h in heads)
        early = None if later else next((m for m in heads if m[0] < header_end and why.search(m[2]) and any(
            len(sub[a:b].split()) >= 12 and re.search(r"[.!?]\s*$", sub[a:b]) and not _SALUTATION_LINE.search(sub[a:b])
            for sub in (text[m[0]:header_end],) for a, b in sentence_bounds(sub))), None)
        if early:
            header_end = early[0]
        out.append(("header", 0, header_end, ""))
        pos = header_end
        marks = [m for m in marks if m[0] >= header_end]
    if header_end is None:
        # no salutation (forms, faxes, plain text): the header ends where the first prose sentence starts
        for a, b in sentence_bounds(text):
            if len(text[a:b].split()) >= 12:
                first_mark = marks[0][0] if marks else len(text)
                header_end = min(a, first_mark)
                break
        if header_end:
            out.append(("header", 0, header_end, ""))
            pos = header_end
            marks = [m for m in marks if m[0] >= header_end]
    cur_name, cur_head = ("body", "") if header_end else ("header", "")
    for start, name, head in marks:
        if name == "header_end":
            continue
        if start > pos:
            out.append((cur_name, pos, start, cur_head))
        pos, cur_name, cur_head = start, name, head
    if pos < len(text):
        out.append((cur_name, pos, len(text), cur_head))
    return [o for o in out if o[2] > o[1]]


# ---------------------------------------------------------------------------------------------------------------
# codes
# ---------------------------------------------------------------------------------------------------------------
def _line_at(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _header_context(text: str, line_start: int, max_lines: int = 12) -> str:
    """The nearest preceding lines (a flattened table's header row is usually among them)."""
    s = line_start
    for _ in range(max_lines):
        if s <= 0:
            break
        s = text.rfind("\n", 0, s - 1) + 1
    return text[s:line_start]


# the heading of a legend of a claim's remark, reason or adjustment codes
_LEGEND_HEAD = re.compile(r"\b(remark|reason|adjustment|denial|explanation|message|notes?)[ \t]+codes?\b|\bcodes?[ \t]+(mean|legend)|"
                          r"\blegend\b|what[ \t]+the[ \t]+(codes|notes|remarks)[ \t]+mean", re.I)


# a claim table's header whose last column holds remark or reason codes: "Line Date of service Code Billed Allowed Denied Remark"
_CLAIM_REMARK_HEADER = re.compile(r"(?im)^[^\n]*\b(?:billed|charged?s?|allowed|paid|amount|denied)\b[^\n]*\b(?:remarks?|reason|adj(?:ustment)?|"
                                  r"explanation|expl|eob|carc|rarc|denial)(?:[ \t]+codes?)?[ \t]*$")


def _under_legend(head: str) -> bool:
    """The nearest preceding lines head a code legend, after any diagnosis label among them."""
    legend = [m.end() for m in _LEGEND_HEAD.finditer(head)]
    diag = [m.end() for m in P.CODE_CONTEXT_DIAG.finditer(head)]
    return bool(legend) and (not diag or legend[-1] > diag[-1])


def _ends_with_date(line_before: str) -> bool:
    """A whole date then a space right before a number: a date column followed by a code column in a table row."""
    if not re.search(r"\d[ \t]+$", line_before):
        return False
    tail = line_before.rstrip()[-24:]  # the last 24 characters hold any date style's whole length
    return any(m.end() == len(tail) for m in _date_matches(tail))


_UNIT_WRAPPED = re.compile(r"(?i)\b(?:box|suite|ste\.?|apt\.?|room|unit|drawer)[ \t]*#?[ \t]*\n[ \t]*$")


# a line for questions, unless about the review itself ("questions about the review: 509...." is the reviewer's)
_QUESTIONS_LINE = re.compile(r"(?i)\bquestions?\b(?!\s+about\s+(?:the|this|our)\s+(?:review|decision|clinical))")
# a sentence about a supplier, a pharmacy or a care coordinator, not the review ("The supplier, San Gabriel Home Care
# Products (909.278.0114), has been told", "Your care coordinator, Bernadette Yoon, can help you at ...")
_OTHER_PARTY_SENTENCE = re.compile(r"(?i)\b(?:supplier|vendor|dme\s+company|equipment\s+(?:company|provider)|pharmacy|agency|"
                                   r"care\s+coordinator|case\s+manager|social\s+worker|navigator|"
                                   # the member's own clinician's office ("your surgeon's office at (206) ... can ask again")
                                   r"your\s+(?:[a-z]+\s+){0,2}(?:surgeon|doctor|physician|dentist|provider|therapist|clinician)['’]s\s+"
                                   r"(?:office|clinic|team|staff)|"
                                   # (or a doctor's, by name: "Please call Dr. Harrington's office at (909) ... if anything changes")
                                   r"(?<!\bthe\s)(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?['’]s\s+(?:office|clinic|surgery\s+scheduler|scheduler))"
                                   r"\b(?![^.]{0,80}\breview)")


def _sentence_to(text: str, lo: int, at: int) -> str:
    """The sentence that runs up to ``at`` (from ``lo`` at the earliest)."""
    return text[lo + max([0] + [b.end() for b in re.finditer(r"(?<!\bDr)(?<!\b[A-Z])[.!?][ \t\n]+", text[lo:at])]):at]


# a heading of a section for the member, not the review's: "Your case file", "HELP WITH MEDICARE", "Questions?"
_INFO_HEADING = re.compile(r"(?i)[ \t]*(?:your|how|what|if|where|when|help|questions?|copies|language|other|more|getting|need)\b"
                           r"[A-Za-z '’-]{0,40}\??[ \t]*")


def _other_party_label(lead: str) -> bool:
    """Whether a line, read up to a phone on it, is led by a label for another party than the reviewer ("Therapy office:",
    "Proveedor de suministros:"), not one for the review or its contact ("Reviewer phone:", "Teléfono del revisor:")."""
    m = re.match(r"[ \t]*([A-Z][\w /&'’-]{2,30}):", lead)
    return bool(m) and not re.search(r"(?i)review|revis|decid|physician|doctor|m[ée]dic|director|phone|tel|direct|call|llam|"
                                     # (the reviewer's own block: "Specialty: Adult Psychiatry  Direct line: 415...")
                                     r"contact|pharmacist|clinician|specialt|especialidad|credential|title|t[íi]tulo|role|name|"
                                     r"nombre|line|l[íi]nea", m.group(1))


def _someone_elses_line(text: str, lo: int, at: int) -> bool:
    """Whether the sentence that runs up to the phone at ``at`` (from ``lo`` at the earliest) is a line for questions or
    a supplier's, pharmacy's or coordinator's: the number is not the reviewer's."""
    sent = text[lo + max([0] + [b.end() for b in re.finditer(r"[.!?][ \t\n]+", text[lo:at])]):at]
    # (or a place's, given with its address: "The approved test is done by Peak Hereditary Testing Services, 4450
    # Arapahoe Ave, Boulder, CO 80303 (phone 303-...)")
    return bool(_QUESTIONS_LINE.search(sent) or _OTHER_PARTY_SENTENCE.search(sent) or _ADDRESS_IN.search(sent))


_ADDRESS_IN = re.compile(r"\b\d{1,6}[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,4},?[ \t\n]+(?:(?:Suite|Ste\.?|Unit|#)[ \t]*\w+,?[ \t\n]+)?"
                         r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b")


# a person named with credentials: "Priya Villanueva, PharmD", "Kalani Ibarra, RPh"
_CREDENTIALED_NAME = re.compile(rf"(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}},?[ \t\n]*(?:{P.CRED_RE})")  # (CRED_RE ends its own word: "M.D.")
# a named party with its number in parentheses right after the name ("Southeast Wearable Cardiac Devices (678-...",
# "Lakeside Home Medical (phone 503-...", "Trade Winds Air Medical, LLC (808-..."), never a line label ("Direct Line (", "Reviewer Phone (")
_NAMED_PARTY_PHONE = re.compile(r"(?:(?:[A-Z][\w&'’.-]*|de|del|la|las|los|y|of|and|the|&),?[ \t]+){1,6}"
                                # (a name may hold small words: "Suministros Médicos del Valle (951-727-6658)")
                                r"(?!(?:Line|Phone|Telephone|Number|Office|Desk|Extension|Fax)\b)"
                                # (or after a comma: "supplies: Evergreen Pump & CGM Services," / "425-940-4715")
                                r"[A-Z][\w&'’.-]*(?:[ \t]*\([ \t]*(?:(?:phone|tel\.?|telephone)[ \t]*:?[ \t]*)?|,[ \t\n]*)$")


# a kind of care, ending the words after a code ("feeding and swallowing therapy", "in-lab sleep study")
_CARE_NOUN = (r"(?:therapy|therapies|testing|tests?|surgery|visits?|sessions?|evaluation|treatment|injections?|scan|imaging|repair|"
              r"supervision|attendance|"
              r"procedure|study|exam(?:ination)?|stimulation|implant(?:ation)?|infusion|training|consultation|biopsy|"
              r"arthroplasty|arthroscopy|replacement|reconstruction|ablation|counseling|psychotherapy|"
              # a procedure by its shape ("upper eyelid blepharoplasty", "lumbar arthrodesis", "colonoscopy") or by its kind
              # ("posterior lumbar interbody fusion", "pedicle screw and rod instrumentation", "myoelectric prosthesis")
              r"[a-z]*(?:plasty|ectomy|otomy|ostomy|oscopy|desis|graphy|pexy|rrhaphy|centesis|tripsy)|fusion|instrumentation|"
              r"decompression|transplant(?:ation)?|graft|prosthesis|orthosis|transport|removal|excision|resection|insertion|placement|"
              r"revision|release|"
              # equipment by its kind ("segmental gradient pressure pneumatic appliance", "programmable lymphedema pump")
              r"closure|occlusion|embolization|catheterization|angioplasty|"
              r"appliance|pump|compressor|concentrator|wheelchair|walker|monitor|receiver|nebulizer|ventilator|brace|splint|"
              r"stimulator|hearing\s+aids?)\b")
# a few lower-case words after a code, then a kind of care ("92526 feeding and swallowing therapy")
# (the words may start on the next line: "... and 22840" / "pedicle screw and rod instrumentation")
# (or after a dash: "cover 0239U - liquid biopsy: cell-free DNA ...")
_CARE_AFTER = re.compile(r"(?:[ \t]+[-–—][ \t]+|[ \t]+|[ \t]*\n[ \t]*)(?:[a-z][\w-]*\s+){0,5}?" + _CARE_NOUN)


# the shape of a CPT or HCPCS code
_CODE_SHAPE = r"(?:\d{4}[0-9FTU]|[A-V]\d{4})"


def _is_identifier_context(text: str, start: int, end: int) -> str | None:
    """Why a number is not a code: a ZIP, phone, date, money or id; None when it may be a code."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 12]
    line_before = before.split("\n")[-1]
    if P.ZIP_BEFORE.search(line_before) or (not line_before.strip() and P.ZIP_BEFORE.search(before.replace("\n", " "))):
        return "zip"  # "Honolulu, HI 96813", also when the ZIP wrapped onto the next line
    if re.match(r"^-\d{4}\b", after):  # ZIP+4
        return "zip"
    if re.search(r"[$€]\s*$", line_before) or re.match(r"^\.\d{2}\b", after):
        return "money"
    if text[start:start + 1].isdigit() and re.search(r"[(\d]\d{2}\)?[\s.-]*$", line_before[-6:]) and re.match(r"^[\s.-]?\d", after):
        return "phone"  # (a code that starts with a letter is never the middle of a phone number: "per 100 A4927 2 boxes")
    # "03 15 2025", "12/31 ...": digits run on from a number before; a quantity before a letter code ("10 A4253 KX
    # Glucose test strips") is a table column, not part of the number
    # (a number that ends a name is no run-on: "microesferas de itrio-90 79445 No aprobado")
    if (re.search(r"(\d[-/.]\s?|(?<![A-Za-z]-)\d\d\s)$" if text[start:start + 1].isdigit() else r"\d[-/.]\s?$", line_before)
            and not _ends_with_date(line_before)) or re.match(r"^\s?[-/.]\s?\d", after):
        return "date_or_number"
    if P.ID_LABEL.search(line_before) and not re.search(r"(?i)\b(?:per|a|each|one)\s+box\s*$", line_before):
        return "identifier"  # ("Iodine swabs, per box A4247": a unit of sale, no P.O. box)
    if not line_before.strip() and _UNIT_WRAPPED.search(before):
        return "identifier"  # "P.O. Box" / "23280, Oakland, CA 94623": a box or suite number wrapped onto its own line
    if re.search(r"\b(MRN|ID|claim|ref|auth|case|group|member|n[úu]mero|record)\s*(#|no\.?|number|id|n[úu]mero)?\s*[:#]?\s*$",
                 line_before, re.I):
        return "identifier"
    if re.search(r"(?i)\b(?:group|employer|plan\s+sponsor|account)(?:\s+(?:name|no\.?|number|#))?[ \t]*:[ \t]*(?-i:[A-Z])[^:\n]{0,60}?\([ \t]*$",
                 line_before):
        return "identifier"  # "Group: Evergreen Grocers Cooperative (96733)": a group's number beside its name
    return None


def _beside_description(text: str, s: int, e: int, openers: str) -> bool:
    """A code next to its description: "F50.01 Anorexia nervosa", "G89.4 (Chronic pain syndrome)", or after one and
    one of ``openers`` ("Psoriasis vulgaris - L40.0")."""
    return bool(re.match(r"(?:[ \t]*[:–—][ \t]*|[ \t]+-[ \t]+|[ \t]+)\(?[A-Z][a-z]{2,}", text[e:e + 12]) or
                re.search(rf"[a-z)][ \t]+[{re.escape(openers)}][ \t]*$", text[max(0, s - 6):s]))


def _trim_person_value(val: str) -> str:
    """A labelled name without the comma or sentence period around it; "Jane Doe, M.D." keeps its credential."""
    val = val.strip(" ,")
    return val if re.search(rf"(?:{P.CRED_RE})$", val) else val.rstrip(".")


_ICD_OCR_COLON = re.compile(r"(?<![\w$/:-])([A-TV-Z]\d[0-9A-Z]):(\d{1,4})(?=[ \t]+[A-Z][a-z]{2,})"
                            r"(?![ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)")  # "M10:30 Monday" is a time


_HCPCS_LETTERS = frozenset("ABCEGHJKLMPQRSTV")  # the letters HCPCS level II codes start with
_OCR_S_CODE = re.compile(r"(?<![\w$])\$(?P<d>\d{4})(?![\w,.%/-])")
_OCR_DOUBLED_HCPCS = re.compile(r"(?<![\w$/-])[A-VX-Z](?=[0-9]{0,4}[OISB])[0-9OISB]{5}(?![\w/%]|[.,]\d|-\d)")
_LETTER_LED_CODE = re.compile(r"(?<![\w$£€])[ABEGJKLQS]\d{4}(?!\w)")  # HCPCS codes of a table's other rows
_OCR_J_OR_E_CODE = re.compile(r"(?<![\w$£€\]])(?P<first>[134\]N£€])(?P<d>\d{4})(?![\w,.%/-])")
# a drug given by injection or infusion, by its dose or route (J-codes are such drugs)
_DRUG_DOSE = re.compile(r"(?i)\b\d+(?:\.\d+)?[ \t]?(?:mg|mcg|ml|cc|g|units?)\b|\binjection\b")
_MONEY_WORDS = re.compile(r"(?i)\b(billed|paid|amount|charges?|costs?|allowed|owe|balance|price)\b")


# a table header line that names a code column among others ("Item requested  Code  Asked  Approved  Status  Why")
_CODE_COLUMN_HEAD = re.compile(r"(?im)^[^\n]{0,60}\b(?:CPT|HCPCS|code|c[óo]digo)\b[^\n]{0,80}\b(?:approved|appr\.?|status|decision|"
                               r"requested|req\.?|asked|units|qty|billed)\b[^\n]*$")


_SENTENCE_BREAK = re.compile(r"[a-z]{3,}\.[ \t]+[A-Z][a-z]")


def _long_code_table(text: str, ls: int) -> bool:
    """A row of a long table whose header names a code column up to 16 rows above, every row between holding a code
    ("Item requested  Code  Asked  Approved ..." over "... A4221 5 4 Reduced ..."); an address in the prose after a
    table ("... 10800 Magnolia Avenue") is no row of it."""
    head = _header_context(text, ls, 16)
    hm = list(_CODE_COLUMN_HEAD.finditer(head))
    if not hm:
        return False
    rows = head[hm[-1].end():].strip("\n").split("\n")
    return all(re.search(r"(?<![\w$/.-])[A-Z]?\d{4}[0-9A-Z]?(?![\w/%-])", r) and not _SENTENCE_BREAK.search(r)
               for r in rows if r.strip())


_DOTTED_ICD_IN_BRACKETS = re.compile(r"[a-z)][ \t]*\([ \t]*[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}[ \t]*\)")


def find_codes(text: str) -> list[Candidate]:
    """CPT/HCPCS/ICD-10-CM codes with context validation (a ZIP, phone, id, date or amount is never a code)."""
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    # OCR reads a code's dot as a colon: "Diagnosis on the request: E66:09 Obesity due to excess calories"
    for m in _ICD_OCR_COLON.finditer(text):
        ls, le = _line_at(text, m.start())
        if P.CODE_CONTEXT_DIAG.search(text[ls:le]) or P.CODE_CONTEXT_DIAG.search(_header_context(text, ls)[-300:]):
            out.append(Candidate("ICD10", m.start(), m.end(), m.group(1) + "." + m.group(2), "codes.icd10_ocr_colon", 0.7))
            taken.append(m.span())
    for m in P.ICD_RE.finditer(text):
        code = m.group("code")
        s, e = m.span("code")
        if any(a <= s < b for a, b in taken):
            continue
        ls, le = _line_at(text, s)
        line = text[ls:le]
        head = _header_context(text, ls)
        dotted = "." in code
        diag_ctx = bool(P.CODE_CONTEXT_DIAG.search(line) or P.CODE_CONTEXT_DIAG.search(head[-300:]))
        # a short code in a list of conditions, each with its code in brackets, beside a dotted one: "Paroxysmal atrial
        # fibrillation (I48.0); Essential (primary) hypertension (I10)"
        listed = not dotted and re.search(r"[a-z)][ \t]*\([ \t]*$", text[max(0, s - 4):s]) and re.match(r"[ \t]*\)", text[e:e + 3]) \
            and _DOTTED_ICD_IN_BRACKETS.search(line)
        if not dotted and not diag_ctx and not listed:
            continue
        if not dotted and not P.CODE_CONTEXT_DIAG.search(line) and _under_legend(head[-300:]):
            continue  # "K47 – Care from a provider outside the network" under "What the remark codes mean"
        if not dotted and re.search(r"\$[ \t]?\d[\d,]*\.\d\d\b[^\n]*$", text[ls:s]) and _CLAIM_REMARK_HEADER.search(head[-600:]):
            continue  # "1 7-30-25 74177 $3,015.29 $0.00 $3,015.29 P41, M02": the remark codes after a claim line's amounts
        if not dotted and not listed and P.CODE_CONTEXT_SERVICE.search(line) and not P.CODE_CONTEXT_DIAG.search(line):
            continue  # a letter+4 digits in a service row is HCPCS
        why = _is_identifier_context(text, s, e)
        # "Diagnosis on the claim: R55 - Syncope": a diagnosis label that names the claim labels a code, not the claim
        dx_label = re.search(r"\b(diagnos[a-z]*|dx|condition|diagn[óo]stico)\b[^:\n]{0,30}:[ \t]*$", text[ls:s], re.I)
        if why == "zip" or (why == "identifier" and not dotted and not dx_label):
            continue  # "Diagnosis reported on the claim: C34.90" is a code: ids do not look like A00.00
        # a dotted code next to its description: "F50.01 Anorexia nervosa", "G89.4 (Chronic pain syndrome)",
        # "Psoriasis vulgaris - L40.0"
        if dotted and not diag_ctx and not _beside_description(text, s, e, "-–—:") and not re.search(r"[(\[]\s*$", text[max(0, s - 3):s]):
            # a dotted code outside any diagnosis context: only when parenthesised after a description
            continue
        value = code[0] + code[1:].replace("O", "0")
        out.append(Candidate("ICD10", s, e, value, "codes.icd10_context" if diag_ctx else "codes.icd10_paren",
                             0.95 if diag_ctx else 0.8))
        taken.append((s, e))
    # OCR reads the I of I00-I99 as 1, l or |, the Z of Z00-Z99 as 2 and the S of S00-S99 as $: "150.9 (Heart failure,
    # unspecified)" on a diagnosis line is I50.9, "280.3: Family history of ..." is Z80.3, "$72.001A" is S72.001A, and the O
    # of a pregnancy code as a zero: "Hyperemesis gravidarum with metabolic disturbance (021.1)" is O21.1
    # (and a three-character code's I as a bracket too: "[10 - High blood pressure" is I10)
    for m in re.finditer(r"(?<![\w.$\[])(?P<first>[1l|2$0])(?P<rest>\d{2}\.(?:\d{1,4}|\d{3}[A-Z]))(?![\w]|\.\d)|"
                         r"(?<![\w.$\[])(?P<first3>[\[1l|])(?P<rest3>\d{2})(?=[ \t]+[-–—:][ \t]+[A-Z][a-z])", text):
        if m.group("first3"):
            s, e = m.span()
            ls, le = _line_at(text, s)
            if any(a <= s < b for a, b in taken) or not P.CODE_CONTEXT_DIAG.search(text[ls:le]):
                continue
            out.append(Candidate("ICD10", s, e, "I" + m.group("rest3"), "codes.icd10_ocr_i", 0.6))
            taken.append((s, e))
            continue
        s, e = m.span()
        if any(a <= s < b for a, b in taken):
            continue
        ls, le = _line_at(text, s)
        if re.search(r"\b(NCD|LCD|section|sec\.|§|chapter|version|v\.|policy|manual|article|rule)\W{0,6}$", text[max(0, s - 20):s], re.I):
            continue  # "National Coverage Determination (NCD) 160.7 Electrical Nerve Stimulators" is a policy number
        # "[ICD-10-CM 183.811]", "|CD-10 247.1"
        icd_label = re.search(r"[I|l1]CD-?10(?:-CM)?[ \t]*:?[ \t]*$", text[max(0, s - 14):s], re.I)
        if m.group("first") == "$" and (_MONEY_WORDS.search(text[ls:le]) or not (icd_label or P.CODE_CONTEXT_DIAG.search(text[ls:le]))):
            continue  # "$72.00" is money unless a diagnosis label names it
        if not (icd_label or _beside_description(text, s, e, "-–—:(/") and (
                P.CODE_CONTEXT_DIAG.search(text[ls:le]) or P.CODE_CONTEXT_DIAG.search(_header_context(text, ls)[-300:])
                or re.search(r"\b(condition|diagnos|dx)", text[max(0, s - 120):s], re.I))):
            continue
        letter = {"2": "Z", "$": "S", "0": "O"}.get(m.group("first"), "I")
        out.append(Candidate("ICD10", s, e, letter + m.group("rest"), f"codes.icd10_ocr_{letter.lower()}", 0.7))
        taken.append((s, e))
    # OCR reads the 1 after a code's letter as I or l: "Malignant neoplasm of ... esophagus, ICD-10 CI5.5" is C15.5
    for m in re.finditer(r"(?<![\w.$\[])(?P<l>[A-TV-Z])[Il|](?P<r>\d\.(?:\d{1,4}|\d{3}[A-Z]))(?![\w]|\.\d)", text):
        s, e = m.span()
        ls, le = _line_at(text, s)
        if any(a <= s < b for a, b in taken) or not (re.search(r"[I|l1]CD-?10(?:-CM)?[ \t]*:?[ \t]*$", text[max(0, s - 14):s], re.I)
                                                     or P.CODE_CONTEXT_DIAG.search(text[ls:le])):
            continue
        out.append(Candidate("ICD10", s, e, m.group("l") + "1" + m.group("r"), "codes.icd10_ocr_one", 0.7))
        taken.append((s, e))
    # OCR reads the S of an S-code as a dollar sign: "Private duty nursing, in the home $9123 112 42" under a code
    # column, in a table that holds no money (no billed or paid column, no amount in cents on the line)
    for m in _OCR_S_CODE.finditer(text):
        s, e = m.span()
        ls, le = _line_at(text, s)
        head = _header_context(text, ls, 6)
        # (or a code label right before it: "In-home nursing care by a registered nurse, per hour (code $9123)")
        labelled = re.search(r"\b(?:HCPCS|code|c[óo]digo)[ \t]*[:#]?[ \t]*$", text[max(ls, s - 14):s], re.I)
        if (any(a <= s < b for a, b in taken) or not re.search(r"[A-Za-z]{3,}", text[ls:s])
                or not (labelled or re.search(r"\b(HCPCS|codes?|c[óo]digos?)\b", head, re.I)) or _MONEY_WORDS.search(head)
                or re.search(r"\$\s?\d[\d,]*\.\d\d", text[ls:le])):
            continue
        out.append(Candidate("HCPCS", s, e, "S" + m.group("d"), "codes.table_column_ocr_s.hcpcs", 0.7))
        taken.append((s, e))
    # OCR reads the J of a drug's J-code as a digit or bracket ("Ondansetron 1 mg injection 42405", "Ertapenem 500 mg
    # injection N1335") and the E of an equipment code as a pound or euro sign ("£0781 Infusion pump"): a token of a code
    # column (a header that names HCPCS or a code and not CPT) among letter-led codes, in a row that names a drug's dose,
    # or behind one of those signs
    for m in _OCR_J_OR_E_CODE.finditer(text):
        s, e = m.span()
        ls, le = _line_at(text, s)
        first = m.group("first")
        row = text[ls:s] + " " + text[e:le]
        # (the row first: most five-digit numbers in a letter are no code, and need no look at a header)
        if any(a <= s < b for a, b in taken) or not re.search(r"[A-Za-z]{3,}", row) or not (first in "£€" or _DRUG_DOSE.search(row)):
            continue
        head = _header_context(text, ls, 16)
        header = [h for h in head.split("\n") if re.search(r"\b(HCPCS|codes?|c[óo]digos?)\b", h, re.I)]
        if (not header or re.search(r"\bCPT\b", header[-1]) or _MONEY_WORDS.search(header[-1])
                or re.search(r"\$\s?\d[\d,]*\.\d\d", text[ls:le])
                or len(_LETTER_LED_CODE.findall(head + text[le:le + 1200])) < 2):
            continue
        letter = "E" if first in "£€" else "J"
        out.append(Candidate("HCPCS", s, e, letter + m.group("d"), f"codes.table_column_ocr_{letter.lower()}.hcpcs", 0.6))
        taken.append((s, e))
    # OCR doubles a glyph of a code in a code column: "GO0151" and "GO1S51" are G0151 (one adjacent pair read twice,
    # and a letter read for a digit shows the token is OCR's; a true six-character token is no code)
    for m in _OCR_DOUBLED_HCPCS.finditer(text):
        s, e = m.span()
        raw = m.group(0)
        digits = raw[1:].translate(P.OCR_DIGIT)
        readings = {digits[:i] + digits[i + 1:] for i in range(4) if digits[i] == digits[i + 1]}
        # (a level II code's letter, never an all-zero number: OCR renders a script it cannot read as "O0000 OO00000")
        if len(readings) != 1 or any(a <= s < b for a, b in taken) or raw[0] not in _HCPCS_LETTERS or \
                set(next(iter(readings))) == {"0"}:
            continue
        ls, le = _line_at(text, s)
        if not re.search(r"[A-Za-z]{3,}", text[ls:s]) or not re.search(r"\b(HCPCS|codes?|c[óo]digos?)\b", _header_context(text, ls, 6), re.I):
            continue
        out.append(Candidate("HCPCS", s, e, raw[0] + readings.pop(), "codes.table_column_ocr_doubled.hcpcs", 0.6))
        taken.append((s, e))
    for rx, label in ((P.HCPCS_RE, "HCPCS"), (P.CPT_RE, "CPT")):
        for m in rx.finditer(text):
            s, e = m.span("code")
            if any(a <= s < b for a, b in taken):
                continue
            code = m.group("code")
            if label == "CPT" and sum(c.isdigit() for c in code) < 4:
                continue
            ls, le = _line_at(text, s)
            line = text[ls:le]
            # "Care under review: 63650: Percutaneous implantation ...", "- 90868: Transcranial magnetic stimulation":
            # an id is never followed by a description, so a label before it does not make it one
            # "> 15823 · Upper eyelid blepharoplasty": a middle dot parts a code from its description like a colon
            code_colon = (bool(re.search(r"(^|:|[-–—•*,;>]|\band)[ \t]*$", text[ls:s])) and bool(re.match(r"[ \t]*[:–—·-][ \t]+[A-Z](?:[a-z]|[A-Z]{1,3}\b)", text[e:e + 9]))
                          # "97110 = Therapeutic exercise", "of H0018 – Eating disorder residential treatment"
                          or bool(re.match(r"[ \t]?[=–—][ \t]?\n?[A-Z][a-z]", text[e:e + 6])))
            # "- 91110 Gastrointestinal tract imaging": a list item led by the code and its description (a capital
            # word, then a lower-case one: "- 94110 San Francisco" and "- 12345 Main Street" are places)
            # (or a line led by the code under a heading of what was asked for: "SERVICE(S) REQUESTED" / "27130
            # Arthroplasty, acetabular ...")
            marker_led = bool(re.match(r"[ \t]*[-–•*>·][ \t]+$", text[ls:s]) or (
                not text[ls:s].strip() and _SERVICES_HEADING.search(_header_context(text, ls, 3)))) and bool(
                re.match(r"[ \t]+[A-Z][a-z]{2,}[ \t,]+[a-z(]|[ \t]*[–—-][ \t]+[A-Za-zÁÉÍÓÚÑáéíóúñ][\wáéíóúñ-]{2,}[ \t]+[a-záéíóúñ(]", text[e:e + 30]))
            why = _is_identifier_context(text, s, e)
            # "CPT#29881": the code system's own label makes the number a code, whatever "#" usually means
            labelled = bool(re.search(r"\b(CPT|HCPCS)[ \t]*#[ \t]*$", text[max(0, s - 8):s]))
            if why and not (why == "identifier" and (code_colon or labelled)):
                continue
            head = _header_context(text, ls)
            # (the label may wrap or lead a list: "..., codes" / "99601, 99602")
            explicit = re.search(r"\b(CPT|HCPCS|c[óo]digos?|codes?)\b[^\n]{0,12}$", text[max(ls, s - 30):s], re.I) or \
                re.search(r"(\bCPT|\bHCPCS|\bcode|\bc[óo]digo|,[ \t]*codes|\bbilled\s+(as|under)|\bcoded\s+as|\bsubmitted\s+(as|under))\s*[:#]?\s*"
                          r"(?:(?:\d{4}[0-9FTU]|[A-V]\d{4})\s*(?:,|and|&)\s*){0,4}$", text[max(0, s - 60):s], re.I)
            # "Blepharoplasty, upper eyelid [15823]", "... treatment planning (77263)": bracketed right after a description
            # (a description may end on a level or a side: "Lumbar spinal fusion, L4-L5 (22630)")
            # (a description may end in a bracket of its own: "Posterior lumbar interbody fusion, one level (L4-L5) (22630)")
            bracketed = bool(re.search(r"(?:[A-Za-z)]{2,}|\b[A-Za-z][\w-]*\d|\w\))\s*[\[(][ \t]*$", text[max(0, s - 20):s])) and \
                bool(re.match(r"[ \t]*[\])]", text[e:e + 3])
                     # (with its quantity: "Ambulance mileage (loaded miles) (A0425, 21 miles)", "(Q5103, 40 units)")
                     or re.match(r"[ \t]*,[ \t]*\d+(?:\.\d+)?[ \t]+(?:units?|miles?|visits?|sessions?|hours?|days?|doses?|"
                                 r"treatments?|fractions?|mg|ml|pairs?|each)\b[^()\n]{0,24}[\])]", text[e:e + 50], re.I))
            # (or a list of codes in one bracket after the description: "Endoscopic frontal sinus exploration (31267, 31276)")
            bracketed = bracketed or bool(
                re.search(r"[A-Za-z)]{2,}\s*[\[(][ \t]*(?:" + _CODE_SHAPE + r"[ \t]*(?:,|and)[ \t]*)*$", text[max(0, s - 40):s])
                and re.match(r"(?:[ \t]*(?:,|and)[ \t]*" + _CODE_SHAPE + r")*[ \t]*[\])]", text[e:e + 40]))
            if re.search(r"(institutions|safety|insurance|government|business|labor|civil|penal|regulations)\s+code\b[^\n]{0,12}$",
                         text[max(ls, s - 40):s], re.I):
                continue
            if re.search(r"\b(section|secci[óo]n|sec\.|§|chapter|cap[íi]tulo|article|art[íi]culo)\W{0,6}$", text[max(0, s - 20):s], re.I):
                continue  # "Title 22, section 51303", "sección 51303": a section of a code of law, not a billing code
            # a row under a header with a code column: words beside the code, or a claim line of dates and amounts
            # ("1 2025/10/29 92507 $3,395.27 $0.00 $3,395.27 PR-96")
            # (a long table's header may stand up to 16 rows above)
            # (a sentence break in the line makes it prose after the table: "..., 10800 Magnolia Avenue, Riverside. Dr. ...")
            in_table = bool(re.search(r"\b(CPT|HCPCS|code|c[óo]digo|proc\.?|procedure)(?![a-z])", head[-400:], re.I) or
                            _long_code_table(text, ls)) and not _SENTENCE_BREAK.search(line) and bool(
                re.search(r"[A-Za-z]{3,}", line.replace(code, "")) or
                (_ROW_DATE.search(line) and re.search(r"\$\s?\d[\d,]*\.\d\d|\b(?:CO|PR|OA|PI|CR)-[A-Z]?\d{1,3}\b", line)
                 and not _ROW_DATE.search(code)))
            # (a decision word in a sentence makes no row of its numbers: "Your plan paid for 12000 members last year;
            # we denied this request ...")
            row_like = bool(P.DECISION_WORDS.search(line)) and bool(re.search(r"[A-Za-z]{4,}", line)) and not (
                code.isdigit() and re.search(r"(?i)\b(?:we|you|your|our|us)\b", line) and re.match(r"[ \t]+[a-z]", text[e:e + 3])
                and not _CARE_AFTER.match(text, e, e + 70))
            # prose: "a request for 43775 Laparoscopy ...", "the denial of 97153 Adaptive behavior ...", "approve 95810 In-lab ..."
            row_like = row_like or bool(re.search(r"\b(for|approve|approving|authori[sz]e|authori[sz]ing|of|covers?|covering|receiving|received|and|or|denied|deny|includes?|continue|para|de|y|aprobar|cubrir|autorizar|aprob[áa]ramos|cubri[ée]ramos|autoriz[áa]ramos)\s+$",
                                                  text[max(ls if text[ls:s].strip() else ls - 13, s - 12, 0):s], re.I)
                                        and (re.match(r"(?:\s*[-–—:])?\s+[A-ZÁÉÍÓÚÑ](?:[a-záéíóúñ]{2,}|[a-z]+-[a-z]{2,}|[A-Z]{1,3}\b|[a-z]?[ \t]+[a-z]{3,})",
                                                      text[e:e + 16])
                                             # a letter-led code before a lower-case description: "approve E0486 oral
                                             # appliance for sleep apnea" (a number there may be a count: "for 20000 units")
                                             or (label == "HCPCS" and re.match(r"(?:[ \t]*[-–—:])?[ \t]+[a-záéíóúñ]{3,}[ \t,-]+[a-záéíóúñ(]{2,}", text[e:e + 30]))
                                             # (a number too, when a kind of care follows within a few lower-case
                                             # words: "to continue 92526 feeding and swallowing therapy")
                                             or _CARE_AFTER.match(text, e, e + 70)))  # (e.g. "physician attendance")
            # the next item of a list whose items lead with their codes: "a request for 90867 Therapeutic ..., initial
            # treatment ..., 90868 Therapeutic repetitive ..." (a comma, then the code and a capitalised description)
            row_like = row_like or bool(re.search(r",[ \t\n]+$", text[max(0, s - 3):s])
                                        and re.search(r"(?:\bfor|\bapprove|\bof|,|\band)[ \t\n]+(?:\d{4}[0-9FT]|0\d{3}U|[A-V]\d{4})[ \t]+[A-Z][a-z]{2,}",
                                                      text[max(0, s - 300):s])
                                        and re.match(r"[ \t]+[A-Z][a-z]{2,}[ \t]+[a-z]{3,}", text[e:e + 24]))
            # the last code of a list of codes the request names before their one description: "approve X (code 30520) and
            # 31255, 31267, 31276 Bilateral endoscopic sinus surgery"
            row_like = row_like or bool(re.search(r"(?i)\b(?:for|approve|of|and)[ \t\n]+(?:" + _CODE_SHAPE + r"[ \t]*,[ \t\n]*)+$",
                                                  text[max(0, s - 60):s])
                                        and re.match(r"[ \t]+[A-Z][a-z]{2,}[ \t]+[a-z]{3,}", text[e:e + 24]))
            # a list announced by a colon, each code then a dash and its name: "asked us to approve the following: L1840 –
            # custom derotation knee orthosis", "nos pidió aprobar lo siguiente: L1840 – ortesis desrotatoria"
            row_like = row_like or bool(re.search(r"(?i)\b(?:the[ \t]+following|lo[ \t]+siguiente|los[ \t]+siguientes[ \t]+\w+)"
                                                  r"[ \t]*:[ \t]*$", text[max(ls, s - 30):s])
                                        and re.match(r"[ \t]*[-–—:][ \t]+[A-Za-zÁÉÍÓÚÑáéíóúñ]{3,}", text[e:e + 12]))
            # (or led by the request it answers, the code then a capitalised name: "asked Kaiser Permanente to approve a
            # referral for Xavier Lozano: 99244 Office consultation, ...")
            # (and its next items, after a semicolon or comma: "...: 90867 initial TMS session, ...; 90868 subsequent ...")
            row_like = row_like or bool(re.search(r"(?i)\b(?:approve|cover|authori[sz]e|request(?:ed)?|asked\s+for|referral)\b[^.:;\n]{0,100}:"
                                                  r"(?:[ \t]*|(?:[^.:\n]|\n(?!\n)){3,160}?[;,][ \t\n]*)$",
                                                  text[max(0, s - 300):s])
                                        and re.match(r"[ \t]+[A-Za-z][a-z]{2,}(?:[ \t\n]+[A-Za-z(]|,)", text[e:e + 24]))
            # the same in a letter printed in capitals: "A REQUEST FROM AMARA HADDAD, MD FOR E0760 OSTEOGENESIS STIMULATOR"
            row_like = row_like or bool(line.isupper() and re.search(r"\b(FOR|APPROVE|COVER|OF|DENIED|DENY)\s+$", text[max(ls, s - 12):s])
                                        and re.match(r"[ \t]+[A-Z]{3,}[A-Z-]*[ \t,]+[A-Z(]{2,}", text[e:e + 30]))
            # a form row whose label names what was asked for: "What was asked for: 99245 Outside second-opinion
            # consultation", "Service requested: 97110 Therapeutic exercise"
            row_like = row_like or bool(_ASKED_LABEL_BEFORE.search(text[ls:s]) and re.match(
                r"[ \t]+[A-Z][a-z]{2,}[ \t,]+[a-z(-]", text[e:e + 24]))
            if P.CODE_CONTEXT_DIAG.search(line) and not P.CODE_CONTEXT_SERVICE.search(line) and label == "HCPCS":
                continue
            if not (explicit or in_table or row_like or bracketed or code_colon or marker_led or P.CODE_CONTEXT_SERVICE.search(line)):
                continue
            value = code.translate(P.OCR_DIGIT) if label == "CPT" else code[0] + code[1:].translate(P.OCR_DIGIT)
            if label == "CPT":
                value = value[:4] + (code[4] if code[4] in "FTU" else value[4])
                if not re.fullmatch(r"\d{4}[0-9FT]|0\d{3}U", value) or value == "00000":
                    continue  # (no CPT code is all zeros: OCR's reading of a script it cannot read)
                if re.fullmatch(r"(19|20)\d\d\d", value) and not (explicit or in_table or bracketed or code_colon or (
                        # "asked us to approve 19318 Breast reduction surgery (reduction mammaplasty)": led by its description
                        row_like and re.match(r"[ \t]+[A-Z][a-z]{2,}[ \t]+[a-z(]", text[e:e + 24]))):
                    continue
            src = "codes.explicit_label" if explicit else ("codes.table_column" if in_table else
                                                           ("codes.service_row" if row_like else
                                                            "codes.bracketed" if bracketed else
                                                            "codes.list_item" if marker_led and not code_colon else "codes.service_context"))
            out.append(Candidate(label, s, e, value, f"{src}.{label.lower()}", 0.95 if (explicit or in_table) else 0.8))
            taken.append((s, e))
    return sorted(out, key=lambda c: c.start)


# a form label naming what was asked for, right before its value: "What was asked for:", "Service requested:"
_ASKED_LABEL_BEFORE = re.compile(r"(?i)(?:^|[ \t])(?:what[ \t]+(?:was|is|were|you)[ \t]+(?:requested|asked[ \t]+for)|"
                                 r"(?:services?|procedures?|treatments?|care|items?|tests?)(?:[ \t]*\(s\))?[ \t]+"
                                 r"(?:requested|asked[ \t]+for|under[ \t]+review)|requested[ \t]+(?:services?|procedures?|care|items?|tests?))"
                                 r"[ \t]*:[ \t]*$")
# a heading over the items asked for ("SERVICE(S) REQUESTED", "Requested services", "Procedures under review")
_SERVICES_HEADING = re.compile(r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?:(?:services?(?:\(s\))?|procedures?(?:\(s\))?|treatments?|care|items?)[ \t]+"
                               r"(?:requested|asked\s+for|under\s+review|billed)|requested[ \t]+(?:services?(?:\(s\))?|procedures?(?:\(s\))?|care|items?)|"
                               r"what[ \t]+(?:was|is|were)[ \t]+(?:requested|asked[ \t]+for)|"
                               # "9. Lo que se pidió", "Servicio solicitado", "Artículos pedidos"
                               r"lo[ \t]+que[ \t]+(?:se[ \t]+)?(?:pidi[óo]|solicit[óo])|(?:servicios?|art[íi]culos?|tratamientos?)[ \t]+"
                               r"(?:solicitad[oa]s?|pedid[oa]s?))"
                               r"[ \t]*:?[ \t]*$")


# ---------------------------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------------------------
def _num(s: str) -> int:
    return int(s.translate(P.OCR_DIGIT))


def parse_date(m: re.Match, source: str, day_first: bool = False) -> dt.date | None:
    g = m.groupdict()
    try:
        year = _num(g["year"])
        if year < 100:
            year += 2000
        if source in ("date.month_name", "date.day_month_name", "date.day_of_month", "date.year_month_name"):
            mon = (g["mon"] or g.get("mon_run") or "").lower().rstrip(".")
            month = P.MONTHS_EN.get(mon) or P.MONTH_ABBR.get(mon[:4]) or P.MONTH_ABBR.get(mon[:3])
            day = _num(g["day"])
        elif source == "date.spanish":
            month = P.MONTHS_ES[g["mes"].lower()]
            day = _num(g["day"])
        elif source == "date.roman":
            month = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII").index(g["rom"]) + 1
            day = _num(g["day"])
        elif source == "date.spanish_abbr":
            month = P.MESES_ABBR.get(g["mes"].lower()) or P.MONTHS_ES[g["mes"].lower()]
            day = _num(g["day"])
        else:
            month, day = _num(g["m"]), _num(g["d"])
            if source == "date.numeric" and (month > 12 >= day or (day_first and day <= 12)):
                month, day = day, month  # "22.09.2025", "22/09/2025": day first, as Spanish and European letters print,
                # and every numeric date of a notice that says it writes them DD.MM.YYYY
        if not month or not (1900 <= year <= 2100):
            return None
        return dt.date(year, month, day)
    except (ValueError, KeyError, TypeError):
        return None


_ROW_START = re.compile(r"[ \t]*(\d{1,2}[ \t.)]+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d|\d{4}-[A-Za-z]{3}-\d{1,2}|\d{1,2}[ -][A-Za-z]{3,}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}\b)")
_ROW_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[ -][A-Za-z]{3,9}\.?[ -]\d{4}\b|"
                       r"\b[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}\b")
_SERVICE_DATE_HEADER = re.compile(r"\b(date\(?s?\)?[ \t]+of[ \t]+(service|svc)|(service|svc)[ \t]+dates?|DOS|fecha(\(?s\)?)?[ \t]+de(l)?[ \t]+servicio)\b", re.I)
# a claim table whose first two columns are the service period ("From  To  Service  CPT  Units  Billed ...")
_FROM_TO_HEADER = re.compile(r"(?i)[ \t]*(?:dates?[ \t]+)?from(?:[ \t]+date)?[ \t]+(?:to|thru|through)(?:[ \t]+date)?[ \t]+"
                             r"(?=[^\n]*\b(?:CPT|HCPCS|codes?|billed|charges?|amount|units?|services?)\b)")


def _service_date_column(text: str, line_start: int, max_rows: int = 12) -> bool:
    """A date that opens a table row under a header with a "Date(s) of service"/"DOS" column (rows of a flattened
    claim table: the header, then one line per service, each led by its date)."""
    e = line_start
    for _ in range(max_rows):
        if e <= 0:
            return False
        s = text.rfind("\n", 0, e - 1) + 1
        line = text[s:e - 1]
        e = s
        if _ROW_START.match(line) or (_has_date(line) and len(line) < 160 and not re.search(r"[.;]\s*$", line)
                                      and not _SERVICE_DATE_HEADER.search(line)):
            continue  # another row of the table ("2 99183 1 1-Feb-2026 - ongoing Not cert.")
        # (a header names its column and holds no date: "Date of service 07-06-2026", "Date of service Aug/10/2025" are
        # labelled rows)
        return bool(_SERVICE_DATE_HEADER.search(line) or _FROM_TO_HEADER.match(line)) and len(line) < 200 and not re.search(r"[.;]\s*$", line) \
            and not _has_date(line)


def _has_date(line: str) -> bool:
    """Whether a line holds a date in any style the readers know."""
    return bool(_ROW_DATE.search(line)) or next(_date_matches(line), None) is not None
    return False


# the decision an appeal asks about, its date between "our" and "decision": "reconsider our AUG. 3, 2025 decision"
_EARLIER_DECISION_AROUND = re.compile(r"(?i)\b(?:reconsider|appeal(?:ed|ing)?|review|overturn|change)\s+(?:of\s+)?(?:our|the|your|this)\s*$")
_EARLIER_DECISION_OF = re.compile(r"(?i)\b(?:reconsider|appeal(?:ed|ing)?(?:\s+of)?|review(?:\s+of)?|overturn|change)\s+(?:our|the|your|this)\s+"
                                  r"(?:earlier\s+|original\s+|first\s+|initial\s+)?(?:decision|denial|determination)\s+"
                                  r"(?:of|dated|from|made\s+on|issued\s+on)\s*(?:the\s+)?$")
_DECISION_NOTE = re.compile(r"\s*\((the\s+)?(date\s+)?((the|our)\s+)?(decision|determination)\b", re.I)


# a header row of one-word column names ("Case  Received  Resolved  Outcome")
_HEADER_WORDS = re.compile(r"[ \t]*[A-Za-zÁÉÍÓÚáéíóúñÑ][A-Za-zÁÉÍÓÚáéíóúñÑ/'’.#-]*(?:[ \t]+[A-Za-zÁÉÍÓÚáéíóúñÑ][A-Za-zÁÉÍÓÚáéíóúñÑ/'’.#-]*){1,11}[ \t]*")


def _header_column_role(text: str, ls: int, start: int) -> str | None:
    """The role a column header gives the date at ``start``: the row under a header of one-word names reads cell by
    cell, each date one cell, each other cell one word ("2026-244069  August 7, 2025  August 8, 2025  Upheld")."""
    if ls == 0:
        return None
    hs = text.rfind("\n", 0, ls - 1) + 1
    if not _HEADER_WORDS.fullmatch(text, hs, ls - 1):
        return None
    words = text[hs:ls - 1].split()
    le = text.find("\n", ls)
    row = text[ls:le if le >= 0 else len(text)]
    spans: list[tuple[int, int]] = []
    for m in _date_matches(row):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append(m.span())
    spans = sorted((a - (w.end() - w.start() if (w := _WEEKDAY_BEFORE.search(row[:a])) else 0), b) for a, b in spans)
    at = [k for k, (a, b) in enumerate(spans) if a <= start - ls < b]
    if not at:
        return None
    cells, pos = [], 0
    for a, b in spans:
        cells += row[pos:a].split() + ["\0"]
        pos = b
    cells += row[pos:].split()
    # a cell may say what befell its date ("Denied on 10 Feb 2026", "Negada el 10 de febrero de 2026"): the words are
    # part of the date's cell, not a column of their own
    for k in [k for k, c in enumerate(cells) if c == "\0"][::-1]:
        if k >= 2 and re.fullmatch(r"(?i)on|el|en|the", cells[k - 1]) and _label_role(cells[k - 2]) in _ROLES:
            del cells[k - 2:k]
    roles = [_label_role(w) for w in words]
    # a table of dates: two dates or more under two role names or more ("Received  Resolved"), not a title over a row
    if len(spans) < 2 or sum(r in _ROLES for r in roles) < 2:
        return None
    idx = [k for k, c in enumerate(cells) if c == "\0"][at[0]]
    if len(cells) == len(words):
        return roles[idx] if roles[idx] in _ROLES else "none"
    if ":" in row:
        return None  # a row of labelled fields ("Member: ... | Received: July 5, 2026 | Decided: ...") under a title
    # headers of several words over cells of several words ("Patient  Member ID  Date of birth  Received  Decided"):
    # only the run of dates at either end of the row lines up with the run of role names at that end of the header
    # (a column's name may take two words, the role word last: "Nuestra decisión", "Date received")
    cols = [r for k, r in enumerate(roles) if r in _ROLES or k + 1 >= len(roles) or roles[k + 1] not in _ROLES]
    for names in (roles, cols):
        if idx < len(names) and all(cells[k] == "\0" and names[k] in _ROLES for k in range(idx + 1)):
            return names[idx]
        back = idx - len(cells)  # the same cell counted from the row's end
        if -back <= len(names) and all(cells[k] == "\0" and names[k] in _ROLES for k in range(back, 0)):
            return names[back]
    return "none"  # a date in another column of the table ("Date of birth"): the role names above are not its


def _gutter_number(text: str, ls: int, line_before: str) -> bool:
    """Whether the text before a date on its line is only a line number printed in the margin, as on pleading paper
    ("4 Fax 240-387-3052" / "5 Aug. 27, '25" / "6 Naomi Lindgren"): the lines around it carry the numbers before and after."""
    m = re.fullmatch(r"[ \t]*(\d{1,2})[ \t]+", line_before)
    if not m:
        return False
    n = int(m.group(1))
    prev_start = text.rfind("\n", 0, max(0, ls - 1)) + 1
    nxt = text.find("\n", ls)
    prev_ok = ls > 0 and re.match(rf"[ \t]*{n - 1}[ \t]", text[prev_start:ls])
    next_ok = nxt >= 0 and re.match(rf"[ \t]*{n + 1}[ \t]", text[nxt + 1:nxt + 6])
    return bool(prev_ok and next_ok)


_ROLES = ("letter", "request_received", "decision", "service")
_EARLIER_VISIT = next(rx for _, src, rx in P.DATE_ROLE_CUES if src == "role.earlier_visit")
# a short label of words alone on its line ("We got your request", "Decision made"), and the words of a unit's name
_COLONLESS_LABEL = re.compile(r"[ \t]*[A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ'’]*(?:[ \t]+[A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ'’]*){0,3}[ \t]*")
# a label that dates an event says so ("Decision date", "Decided", "We got your request"); a title does not
# ("AUTHORIZATION DETERMINATION" / "May 27, 2025", "Our decision" / "2026.07.02": the letter's date)
_WHEN_WORD = re.compile(r"(?i)\b(?:date|dated|fecha|received|arrived|got|decided|made|reached|issued|sent|mailed|"
                        r"recibid[ao]s?|decidid[ao]|enviad[ao])\b")
_UNIT_NAME_WORD = re.compile(r"\b(?:services|department|unit|cent(?:er|re)|office|team|plan|permanente|kaiser|health|group|"
                       r"program|programs|management|operations|dept)\b", re.I)


_LAST_FIELD_LABEL = re.compile(r"[ \t]((?:[A-Za-z][A-Za-z'’/.]*[ \t]+){0,2}[A-Za-z][A-Za-z'’/.]*)[ \t]*:[ \t]*$")


# the rest of a period after its first day: " through 6 September '26", " to 12/31/2025", " - 3/5/2026"
_PERIOD_ON = re.compile(r"[ \t\n]*(?:through|thru|to|until|[-–—])[ \t\n]*(?:\w{3,9}\.?,?[ \t]+)?\d")


# the rest of a date's sentence says its care was paid, or is no part of what the letter decides
_PAID_CARE_AFTER = re.compile(r"(?i)[^.;\n]{0,100}?\b" + P.PAID_OR_NOT_PART_RE)


# a date, then a connector that makes the next date the end of its span: "1.4.2026 - ", "June 21, 2025 through "
_SPAN_CONNECTOR = re.compile(r"[ \t]*(?:through|thru|to|until|[-–—])[ \t\n]*$")


def _period_end(text: str, start: int) -> bool:
    """Whether the date at ``start`` closes a span whose first day comes right before it on its line."""
    before = text[max(0, start - 60):start]
    conn = _SPAN_CONNECTOR.search(before)
    if not conn or conn.start() == 0:
        return False
    head = before[:conn.start()]
    return any(m.end() == len(head) for m in _date_matches(head))


def _holds_a_date(text: str) -> bool:
    return any(rx.search(text) for _, rx in P.DATE_PATTERNS)


def _date_role(text: str, start: int, sent_start: int, header_end: int, end: int = -1) -> tuple[str, str, float]:
    """Role of a date from the nearest cue before it in its sentence (or a label on its line); a sentence that
    opens with the date ("On March 3, 2026, we received ...") states the role after it."""
    ls, _ = _line_at(text, start)
    if end > start and _PAID_CARE_AFTER.match(text, end, end + 140):
        return "none", "role.paid_care", 0.8  # "The emergency ambulance trip of 02/10/2025 (HCPCS A0429) on the same claim
        # was paid and is not part of this denial": care outside what the letter decides
    if _period_end(text, start):
        return "none", "role.period_end", 0.6  # "Dates of service: 1.4.2026 - 1.25.2026": a span is dated by its first
        # day; its last day names no event of its own
    if end > start and _EARLIER_DECISION_AROUND.search(text, max(0, start - 60), start) and \
            re.match(r"[ \t]*(?:decision|denial|determination)\b", text[end:end + 20], re.I):
        return "none", "role.earlier_decision", 0.8  # "You asked us to reconsider our AUG. 3, 2025 decision"
    if _EARLIER_DECISION_OF.search(text, max(0, start - 80), start):
        return "none", "role.earlier_decision", 0.8  # "You asked us to reconsider our decision of May 21, 2025 that denied ..."
    if end > start and _DECISION_NOTE.match(text, end):
        return "decision", "role.decision_note_after", 0.9  # "07/03/2026 (the date the decision was made)"
    if end > start and re.search(r"(^|\n|[.:]\s+)\s*(On|El|En|As\s+of)(\s+the)?\s*$", text[max(0, start - 12):start]):
        after = text[end:end + 120]
        for role, src, rx in P.DATE_ROLE_FORWARD:
            if rx.search(after):
                return role, src, 0.9
    if end > start and re.fullmatch(r"[ \t]*(?:[-•*·][ \t]*)?", text[ls:start]):
        # a timeline entry: the date opens its line and a short label after a dash names the event ("25th April, 2026 –
        # Appeal received", "13th May, 2026 – Appeal decision made"), or a table's next column does ("04/11/26  Request for
        # skilled nursing facility admission received (expedited)", "04/13/26  Our decision: denied")
        tail = re.match(r"[ \t]*(?:[–—-]|:|(?=[ \t]))[ \t]*([A-Za-z][A-Za-z'’ :,/()-]{2,100}?)[ \t.]*$", text[end:_line_at(text, start)[1]])
        if tail:
            event = re.sub(r"(?i)^(?:our|your|the|this)\s+", "", re.sub(r"\s*\([^()]*\)$", "", tail.group(1).strip()))
            role = _timeline_role(event)
            if role:
                return role, "role.timeline_entry", 0.85
    if ls < sent_start <= start and re.search(r"\?[ \t]*$", text[ls:sent_start]):
        sent_start = ls  # a question that labels the date on its line: "When did we decide? May 2, 2026"
    window = text[max(sent_start, start - 450):start]
    line_before = text[ls:start]
    if ls > 0 and re.fullmatch(r"[ \t]*(date|fecha)[ \t]*:?[ \t]*", line_before, re.I):
        # "... Decision\ndate: 2025-10-16": a label that wrapped; its first word ended the line before
        word = re.search(r"(?:^|\s)(\w+)[ \t]*$", text[max(0, ls - 40):ls - 1])
        # (the word opens a label of its own, "... | Decision" / "date: ...", never a title's last word, "Your equipment
        # request: our decision" / "Date 05/01/2026")
        prev_line = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1]
        if word and re.split(r"[|:.]|[ \t]{2,}", prev_line)[-1].strip() == word.group(1) and re.fullmatch(r"decision|determination|service|request|received|appeal|denial|review|admission|"
                                 r"decisi[óo]n|servicio|solicitud", word.group(1), re.I):
            line_before = word.group(1) + " " + line_before
    answer_only = re.fullmatch(r"[ \t]*(?:(?:A|Answer|R|Respuesta)[.:)][ \t]*)?(?i:the[ \t]+)?", line_before)  # ("Q. When ...?" / "A. 25-May-2025")
    label_above = None
    if answer_only and ls > 0 and re.search(r"[:?][ \t]*$", text[max(0, ls - 80):ls - 1]):
        # "Claim arrived:\n2026-May-18", "When did we decide?\nJUL 11 2025": the label ended the line before
        window = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1]
        label_above = window  # ("Notice date:" / "Jul-20-2026")
    elif answer_only and ls > 0 and end > start and re.fullmatch(r"[ \t]*(?:\([^)\n]{0,24}\))?[ \t]*", text[end:_line_at(text, start)[1]]):
        # a label without a colon over a date alone on its line, as side panels print them ("Decided" / "2025 June 4");
        # a letterhead's unit over the letter date names no role ("Member Services" / "June 4, 2025")
        prev = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1]
        if re.fullmatch(_COLONLESS_LABEL, prev) and not _UNIT_NAME_WORD.search(prev) and _WHEN_WORD.search(prev):
            role = _label_role(prev)
            if role in _ROLES:
                return role, "role.label_above", 0.8
    col = _header_column_role(text, ls, start)
    if col == "none":
        return "none", "role.column_header_other", 0.5
    if col:
        return col, "role.column_header", 0.85  # "Case  Received  Resolved  Outcome" / "... August 7, 2025  August 8, 2025 ..."
    # the first date of a table row under a "Date(s) of service" column ("1 G0277 1 1-Feb-2026 - ongoing")
    row_lead = re.fullmatch(r"[ \t]*(\d{1,2}[ \t.)]+)?", line_before) or (
        len(line_before) < 120 and not _ROW_DATE.search(line_before) and not re.search(r"[.;:](\s|$)", line_before))
    if row_lead and _service_date_column(text, ls):
        return "service", "role.service_date_column", 0.9
    # a claim line of a list that opens on its date: "- 02-Jun-2025: Ambulance mileage (HCPCS A0425), 9 units; billed ..."
    # (never a sentence's date that wrapped to the line's start: "... your evaluation on" / "June 28, 2025 (CPT 92523, paid)")
    if end > start and re.fullmatch(r"[ \t]*(?:[-•*–·][ \t]*|\d{1,2}[.)][ \t]*)?", line_before) and not (
            not line_before.strip() and re.search(r"(?:\b(?:on|of|from|dated|since|the|in)|,)[ \t]*\n[ \t]*$", text[max(0, ls - 30):ls])):
        rest = text[end:_line_at(text, start)[1]]
        if re.match(r"[ \t]*[:–—-]?[ \t]", rest) and re.search(r"\$|\b(?:billed|charged|paid|units?)\b", rest, re.I) and (
                P.HCPCS_RE.search(rest) or re.search(r"\b(?:CPT|HCPCS|code)\b[ \t:#]*\d{5}\b", rest)):
            return "service", "role.claim_line", 0.85
    # a field's label right before the date, after another field's number on its line ("Claim received: September 17,
    # 2025 Processed: October 10, 2025"): the label, not a cue further back, names this date
    # (a day written "the 9th of December" keeps its "the" after the label: "Processed: the 9th of December, 2025")
    unthe = re.sub(r"(?i)[ \t]the[ \t]+$", " ", line_before) if text[start:start + 1].isdigit() else line_before
    # a table cell that says what befell its date ("... H0018 - Negada el 28 de enero de 2026", "| Denied on 3/2/26")
    cell = re.search(r"(?:[ \t][-–—|][ \t]|\t|[ \t]{2,})[ \t]*(?P<lab>[A-Za-zÁÉÍÓÚáéíóúñ]+[ \t]+(?:on|el))[ \t]*$", line_before)
    if cell and _label_role(cell.group("lab")) in ("request_received", "decision"):
        return _label_role(cell.group("lab")), "role.cell_status", 0.8
    # a bare "Date:" after a field's label and value on its line dates that field ("Decision: Denied  Date: 10-FEB-2026
    # Time: 10:05 AM")
    # (or after a dash: "Request received - Date: March 6, 2026  Time: 10:14 a.m.")
    # (unless the words before "date" make a label of their own: "Referral number: F418311363  Decision date:")
    field = re.match(r"(?i)[ \t]*(?P<first>[A-Za-zÁÉÍÓÚáéíóúñ][\w ]{0,30}?)(?:[ \t]*:(?P<mid>[^:\n]{1,40}?)\b|[ \t]+[-–—][ \t]+)"
                     r"(?:date|fecha)[ \t]*:[ \t]*(?:the[ \t]+)?$", line_before)
    first = _label_role(field.group("first")) if field else None
    if first in ("request_received", "decision", "service"):
        mid = (field.group("mid") or "").split()
        own = _label_role(mid[-1] + " date") if mid else None
        return own if own in _ROLES else first, "role.date_of_field", 0.8
    field = _LAST_FIELD_LABEL.search(unthe)
    if field and re.search(r"\d[ \t]*$", line_before[:field.start()]):
        role = _label_role(field.group(1))
        if role in _ROLES:
            return role, "role.field_label_after_value", 0.8
    best: tuple[int, str, str] | None = None
    # a bilingual label gives its words twice: "Date / Fecha", "Notice date / Fecha del aviso"
    label_forms = [line_before] + (re.split(r"[ \t]+/[ \t]+", line_before.strip()) if re.search(r"\S[ \t]+/[ \t]+\S", line_before) else [])
    if label_above is not None:
        label_forms.append(label_above)
    for role, src, rx in P.DATE_ROLE_CUES:
        if role == "letter":
            if any(rx.search(form) for form in label_forms):
                return "letter", src, 0.95
            continue
        for m in rx.finditer(window):
            dist = len(window[m.end():].rstrip())  # (the spaces before the date are no distance)
            if dist > 0 and ";" in window[m.end():] and _holds_a_date(window[m.end():]):
                continue  # the cue dated another date, in a clause before this one's: "At the visit on March 6, 2026
                # the Epworth score was 15; on May 9, 2026 it was 18"
            if best is None or dist < best[0]:
                best = (dist, role, src)
    if best is not None and best[1] != "none":
        if best[1] in ("request_received", "decision") and best[0] > 0 and end > start and \
                re.search(r"\b(?:for|from|between)[ \t\n]+$", window) and _PERIOD_ON.match(text, end):
            return "none", "role.period_start", 0.6  # "... resubmitted with the extension, for 9 July '26 through
            # 6 September '26": the first day of a period, not the day of the receipt the cue further back names
        return best[1], best[2], 0.9 if best[0] < 60 else 0.7
    if best is not None:
        return "none", best[2], 0.5
    if _EARLIER_VISIT.search(unlead(line_before)):
        return "none", "role.earlier_visit", 0.6  # "Last visit on file ........ 2025/12/02"
    role = _label_role(line_before) or (_label_role(text[sent_start:start]) if start - sent_start <= 60 else None)
    if role:
        return role, "role.short_label", 0.75
    # a line of several fields: the label right before this date, after another field's value ("RCVD DT: 090426 DECN DT:")
    field = _LAST_FIELD_LABEL.search(unthe)
    role = _label_role(field.group(1)) if field and field.start() > 0 else None
    if role:
        return role, "role.field_label", 0.75
    if start < header_end and (not line_before.strip() or _gutter_number(text, ls, line_before)):
        return "letter", "role.header_standalone", 0.8
    if re.fullmatch(r"[ \t]*[A-Z][A-Za-z.'’ -]{2,30},[ \t]*", line_before) and not _label_role(line_before) and (
            start < header_end or (text.count("\n", 0, start) < 12 and not re.search(r"(?im)^[ \t]*(?:dear|hello)\b", text[:start]))):
        return "letter", "role.dateline", 0.8  # a dateline at the top: "Honolulu, 2026-01-15 (Thu)"
    return "", "role.unknown", 0.3


# the events of a timeline and their roles: what the plan received, what it decided, what the letter is
# (what happened before the request, first; then the request and the decision, whatever care they name on the way:
# "Request for skilled nursing facility admission received", "decision: denied"; then the other events)
_TIMELINE_EVENT = [
    ("none", re.compile(r"(?i)^(?:initial|first|original|earlier|prior)\b")),
    ("request_received", re.compile(r"(?i)^(?:(?:appeal|request|claim|grievance|referral|reconsideration)\b"
                                    r"(?:\s+(?!(?:decision|determination|denied|decided)\b)[\w'’/,-]+){0,8}?\s+)?"
                                    r"(?:received|filed|submitted|arrived|came\s+in|logged)$")),
    ("decision", re.compile(r"(?i)^(?:(?:appeal|request|claim|grievance|reconsideration)\s+)?(?:decision|determination)"
                            r"(?:\s+(?:made|reached|issued))?(?:\s*:\s*(?:denied|upheld|not\s+approved|approved|partly\s+approved|"
                            r"approved\s+in\s+part|overturned|reversed))?$|"
                            r"^(?:(?:appeal|request|claim|grievance)\s+)?(?:decided|resolved|denied|upheld)$")),
    ("letter", re.compile(r"(?i)^(?:this\s+)?(?:letter|notice)\s+(?:sent|mailed|issued)$")),
    ("none", re.compile(r"(?i)\b(?:visit|surgery|admission|discharge|event|letter\s+from|note|study|test|scan|birth)\b")),
]


def _timeline_role(event: str) -> str | None:
    for role, rx in _TIMELINE_EVENT:
        if rx.search(event.strip()):
            return None if role == "none" else role
    return None


def _label_role(before: str) -> str | None:
    """Role named by a short label right before a date ("Memo dated", "Logged in", "Decision recorded")."""
    m = P.DATE_LABEL.search(before)
    if not m or re.match(r"(this|that|it|he|she|they)\b", m.group("label"), re.I) or re.search(
            r"\b(is|are|was|were|will|would|be|been|being|has|have|had|can|may|must|should|includes?|shows?|contains?)\b",
            m.group("label"), re.I):
        return None  # a clause ("Approved services are authorized from"), not a label
    if re.search(r"\b(from|until|through|thru|effective|starting|beginning|after|before|as\s+of|desde|hasta)\s*$", m.group("label"), re.I):
        return None  # a period's bound ("Approved now   From <date>"), not an event with a role
    label = m.group("label")
    for table in (P.DATE_LABEL_VERBS, P.DATE_LABEL_NOUNS):
        hits = [(h.end(), role) for role, rx in table for h in rx.finditer(label)]
        if hits:
            role = max(hits)[1]  # the word nearest the date
            # "Outcome issued", "Determination sent": issuing a decision dates the decision, not only the letter
            if role == "letter" and table is P.DATE_LABEL_VERBS and dict(P.DATE_LABEL_NOUNS)["decision"].search(label):
                return "decision"
            return role
    return None


_WEEKDAY_BEFORE = re.compile(r"\b(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?|"
                             r"(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)(?:DAY|NESDAY|RSDAY|URDAY|SDAY)?\.?|"
                             r"(?i:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)),?[ \t]+(?:the[ \t]+)?$")


# starts only after a word character, never inside a run, and never backtracks (a page of dots stays linear)
_LEADER = re.compile(r"(?<=[^\s.…_])[ \t]*+(?:[.…_][ \t]?+){3,}+[ \t]*+(?=\S)")


def unlead(text: str) -> str:
    """Dot leaders between a label and its value ("Recibimos la solicitud ..... 08-abr-2025") read as a colon;
    offsets are unchanged (the leader becomes ":" and spaces)."""
    return _LEADER.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)


_DAY_FIRST = re.compile(r"\b(DD[./-]MM[./-](YY)?YY|day[./-]month[./-]year|d[íi]a[./-]mes[./-]a[ñn]o)\b", re.I)


# a number of an address that looks like a date: "Mail Station 9-17-37", "Suite 12-3-24"
_ADDRESS_NUMBER = re.compile(r"(?i)\b(?:station|box|suite|ste\.?|room|rm\.?|apt\.?|unit|bldg\.?|floor|ms|mailstop|mail\s+stop)[ \t]*#?[ \t]*$")


def _address_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an address word ("Mail Station 9-17-37"): no date, whatever it looks like."""
    return bool(_ADDRESS_NUMBER.search(text, max(0, start - 16), start))


def _numeric_dates_day_first(text: str) -> bool:
    """Whether the letter's numeric dates put the day first. A notice that says so ("DD/MM/YYYY"); else the dates
    that can only be read one way ("22/09/2025" day first, "09/22/2025" month first); else the reading that keeps
    the letter's dates together (a notice is mailed days, not months, after the decision: "08/04/2026" and
    "09/04/2026" are a day apart day-first, a month apart month-first); else month first, as US letters print."""
    for note in _DAY_FIRST.finditer(text):
        # (a note under a table of month-name dates, "03-Feb-24 ... Fill dates are shown as day-month-year", tells how
        # that table reads, not the letter's numeric dates)
        start = text.rfind("\n", 0, note.start()) + 1
        for _ in range(4):  # (the four lines above it)
            start = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
        above = text[start:note.start()]
        if re.search(r"\b\d{1,2}[-/. ][A-Za-z]{3,9}\.?[-/. ]\d{2,4}\b", above) and not dict(P.DATE_PATTERNS)["date.numeric"].search(above):
            continue
        return True
    votes = {True: 0, False: 0}
    ambiguous: list[tuple[int, int, int]] = []
    for m in dict(P.DATE_PATTERNS)["date.numeric"].finditer(text):
        if _address_number(text, m.start()):
            continue
        try:
            a, b, y = _num(m.group("m")), _num(m.group("d")), _num(m.group("year"))
        except ValueError:
            continue
        if a > 12 >= b:
            votes[True] += 1
        elif b > 12 >= a:
            votes[False] += 1
        else:  # "09/09/2025" reads the same both ways: it anchors the others
            ambiguous.append((a, b, y + 2000 if y < 100 else y))
    if votes[True] != votes[False]:
        return votes[True] > votes[False]
    if not any(a != b for a, b, _ in ambiguous) or detect_language(text) == "en":
        return False  # (an English letter prints its dates month first unless one of them says otherwise)
    fixed = []  # the letter's other dates, read one way only
    for source, rx in P.DATE_PATTERNS:
        if source in ("date.numeric",):
            continue
        for m in rx.finditer(text):
            d = parse_date(m, source)
            if d is not None:
                fixed.append(d.toordinal())

    def spread(day_first: bool) -> float:
        ords = list(fixed)
        for a, b, y in ambiguous:
            try:
                ords.append(dt.date(y, b, a).toordinal() if day_first else dt.date(y, a, b).toordinal())
            except ValueError:
                return float("inf")
        mid = sorted(ords)[len(ords) // 2]
        return sum(min(abs(o - mid), 366) for o in ords)  # a birth date is far either way: it does not decide

    return spread(True) < spread(False)


def find_dates(text: str, sentences: list[tuple[int, int]] | None = None,
               header_end: int = 0) -> list[Candidate]:
    text = unlead(text)
    day_first = _numeric_dates_day_first(text)
    sentences = sentences if sentences is not None else sentence_bounds(text)
    starts = [s for s, _ in sentences]
    import bisect

    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for source, rx in P.DATE_PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if source == "date.numeric" and _address_number(text, s):
                continue
            d = parse_date(m, source, day_first)
            if d is None:
                continue
            # "Issued: Mon, Sep 22, 2025", "On Tuesday, March 3, 2026, we ...": the weekday belongs to the date
            wd = _WEEKDAY_BEFORE.search(text, max(0, s - 16), s)  # ("Thursday, the 19th of February, 2026")
            s0 = s
            if wd:
                s = wd.start()
            i = bisect.bisect_right(starts, s) - 1
            sent_start = starts[i] if i >= 0 else 0
            role, rsrc, score = _date_role(text, s, sent_start, header_end, e)
            if wd and re.search(r"(?i)\bthe[ \t]+$", wd.group(0)) and role != "letter":
                # "Office visit Friday, the 1st of May 2026": a weekday read with "the" leads the date only for its
                # label ("Date: Thursday, the 19th of ..."); elsewhere the words before it keep the role they had
                role, rsrc, score = _date_role(text, s0, sent_start, header_end, e)
            out.append(Candidate("date", s, e, d.isoformat(), f"{source}+{rsrc}", score, role))
            taken.append((s, e))
    return sorted(out, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------------------------
# cues (plan type, letter kind, urgency, category), region/state, criteria, deadline
# ---------------------------------------------------------------------------------------------------------------
_COMPILED: dict[str, list[tuple[str, str, float, re.Pattern]]] = {}


def _opens_with_word(items) -> bool:
    """Whether every match of a parsed regex begins with a word character (conservative: unsure is False)."""
    try:
        from re import _constants as C  # noqa: PLC2701 - read-only use of the stdlib's own parser
        from re import _parser
    except ImportError:  # pragma: no cover - another Python: cues keep their own start
        return False
    if isinstance(items, str):
        items = list(_parser.parse(items))
    if not len(items):
        return False
    op, av = items[0]
    if op in (C.ASSERT, C.ASSERT_NOT) and av[0] < 0:  # a lookbehind consumes nothing: the next item opens
        return _opens_with_word(list(items[1:]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:  # "(still\s+)?experimental": both ways must open
        return _opens_with_word(list(av[2])) and _opens_with_word(list(items[1:]))
    if op is C.LITERAL:
        return chr(av).isalnum() or chr(av) == "_"
    if op is C.SUBPATTERN:
        return _opens_with_word(list(av[-1]))
    if op is C.BRANCH:
        return all(_opens_with_word(list(alt)) for alt in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return _opens_with_word(list(av[2]))
    if op is C.AT:  # an explicit \b already starts every match at a word boundary
        return av is C.AT_BOUNDARY
    if op is C.IN:
        return all(o is C.LITERAL and (chr(a).isalnum() or chr(a) == "_")
                   or o is C.RANGE and chr(a[0]).isalnum() and chr(a[1]).isalnum() and chr(a[0]).isdigit() == chr(a[1]).isdigit()
                   or o is C.CATEGORY and a in (C.CATEGORY_DIGIT, C.CATEGORY_WORD) for o, a in av)
    return False


def _cue_regex(rx: str) -> re.Pattern:
    """A cue phrase starts at a word's start ("Determination Notice" holds no "termination notice"). The word
    boundary also lets the regex engine skip the inside of words (the cue tables run 40% faster); a cue that may
    open with a bracket, a section sign or a line break ("[x] delayed", "§ 502(a)") keeps its own start."""
    return re.compile(rf"\b(?:{rx})" if _opens_with_word(rx) else rx, re.I)


def _compiled(name: str, table: list[tuple[str, str, float, str]]) -> list[tuple[str, str, float, re.Pattern]]:
    if name not in _COMPILED:
        _COMPILED[name] = [(i, lab, w, _cue_regex(rx)) for i, lab, w, rx in table]
    return _COMPILED[name]


# an unchecked box and the option it offers, up to the next box or the line's end: "[ ] Expedited",
# "( ) We will pay part of this claim.", "☐ We need more information before we can decide"
# (an option wrapped onto the next line goes on there in lower case: "... more information\nbefore we can decide")
# (a box that ends its line offers the next line: "... [ ]\nWe need more information before we can decide.")
# (the option runs up to the next box, square or round: "[ ] Fast (expedited) decision" keeps its parenthesis)
# boxes drawn as glyphs or between bars, checked or not: "☐", "■", "|_|", "|x|"
_BOX_GLYPHS = r"[☐□☒☑■]|\|[_xX✓✔]\|"
_NOT_A_BOX = rf"(?:(?!\[|[({{]{{1,2}}[ \t_]?[xX✓✔]?[ \t_]?[\])}}]|{_BOX_GLYPHS})[^\n])"
# (OCR garbles an empty box into "(]", "{( ]" or a lone "]": "(X] Denied ] Approved {( ] Approved in part")
_UNCHECKED = re.compile(rf"(?:[\[({{]{{1,2}}[ \t_]{{0,2}}[\])}}]|\|_\||(?<![\w\[({{])\](?=[ \t]+[A-Z])|[☐□]|(?m:^)[ \t]*_{{1,4}}(?=[ \t]+[A-Z]))[ \t]*(?:\n(?=[A-Za-z]))?"
                        rf"{_NOT_A_BOX}{{0,160}}(?:\n(?=[a-z]){_NOT_A_BOX}{{0,120}})?")


# "is not considered experimental or investigational", "no longer investigational", "neither experimental nor ...":
# a negated experimental word says the opposite (a genuine medical-necessity letter may say so)
_NEGATED_EXPERIMENTAL = re.compile(
    r"\b(not|no\s+longer|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|never|neither|nor|no)\s+"
    r"((considered|deemed|regarded|viewed|classified|thought|found)\s+(to\s+be\s+|as\s+)?)?(an?\s+)?"
    r"((experimental|investigational|unproven)\s*(,|/|\bor\b|\band\b|\bnor\b)\s*)*$|"
    r"\bno\s+(es|son|se\s+considera)\s+(un\s+tratamiento\s+)?$", re.I)


_NOT_URGENT = re.compile(r"\b(non|not|no)(\s+[a-z]+){0,2}?[ \t-]*$", re.I)


# a clause saying care is covered or can be had without approval, up to the "without" that follows it
_COVERED_WITHOUT = re.compile(r"(?i)\b(?:(?:is|are|was|were)\s+(?:covered|paid|allowed)|(?:can|may)\s+(?:get|go|see|receive|use|"
                              r"be\s+(?:scheduled|done|booked|ordered|given|performed)))\b"
                              r"[^.;:]{0,60}?\bwithout\b")


def _negated(text: str, start: int) -> bool:
    return bool(start) and bool(_NEGATED_EXPERIMENTAL.search(text, max(0, start - 120), start))


# a table of counts: "Visits requested  Visits approved  Visits denied" over "12  4  8", or over rows that end on
# their counts ("Physical therapy in the home  G0151  9  4", "ABA technician  97153  25 hours per week  12 hours per week")
_COUNT_HEADER = re.compile(r"(?im)^(?=[^\n]*\b(?:requested|asked\s+for|solicitad[oa]s?)\b)(?=[^\n]*\b(?:approved|aprobad[oa]s?)\b)"
                           # (no sentence; a column may ask "What was asked for")
                           r"(?![^\n]*\b(?:we|you|your|our|if|that|because|is|are)\b)(?![^\n]*(?<!what )\b(?:was|were)\b)[^\n.;:]{0,160}$")
_COUNT_COLUMN = re.compile(r"(?i)\b(?P<req>requested|asked\s+for|solicitad[oa]s?)\b|\b(?P<den>denied|not\s+approved|denegad[oa]s?|negad[oa]s?)\b|"
                           r"\b(?P<app>approved|aprobad[oa]s?)\b")
# one count: a number with its unit ("12 hours per week", "4 visits"), or none
_COUNT = (r"(?:(?P<n{k}>\d{{1,4}})(?:[ \t]+(?:hours?|hrs?|visits?|sessions?|days?|units?|treatments?|horas|visitas|sesiones|d[íi]as)"
          r"(?:[ \t]*(?:per|a|each|/|por|al|a\s+la)[ \t]*(?:week|month|day|wk|mo|semana|mes|d[íi]a))?)?|(?P<z{k}>none|0|ninguno|ninguna))")
# (a row may end on a column after its counts: a reason code or a dash, "... 97530 15 7 MN1", "... 97153 546 546 -")
_COUNT_ROWS = {n: re.compile(r"(?im)^[^\n]*?" + "".join(r"(?:^|[ \t]+)" + _COUNT.format(k=k) for k in range(n)) +
                             r"(?:[ \t]+(?:[A-Z]{1,3}\d{1,2}|[-–—]|n/?a))?[ \t]*$")
               for n in (2, 3)}
# counts as labelled pairs on a line: "Units requested: 241  Units approved: 120  Reason code: MN1"
# (or one under the other, each after a dot leader: "Visits requested ........ 8" / "Visits approved ........ 4")
_COUNT_PAIR = re.compile(r"(?i)\b(?:units?|visits?|hours?|sessions?|days?|unidades|visitas|horas|sesiones|d[íi]as)[ \t]+"
                         r"(?:requested|asked\s+for|solicitad[oa]s)[ \t]*(?::|[.…_]{3,})[ \t]*(?P<req>\d{1,4})\b(?:[^\n]|\n(?!\n)){0,40}?\b"
                         r"(?:units?|visits?|hours?|sessions?|days?|unidades|visitas|horas|sesiones|d[íi]as)[ \t]+"
                         r"(?:approved|aprobad[oa]s)[ \t]*(?::|[.…_]{3,})[ \t]*(?P<app>\d{1,4})\b")


_DECISION_LIST_HEAD = re.compile(r"(?im)^[ \t]*(?:what\s+we\s+)?(?P<h>approved|denied|not\s+approved)[ \t]*:[ \t]*\n"
                                 r"[ \t]*(?:[-•*·][ \t]*)?[A-Z0-9][^\n]{3,}")


def _count_table_cues(text: str) -> list[Candidate]:
    """A table of how many were asked for, approved and denied: some approved and some denied (or fewer approved than
    asked for) is a partial approval."""
    out = []
    pairs = list(_COUNT_PAIR.finditer(text))
    if sum(int(p.group("app")) for p in pairs) > 0 and any(int(p.group("app")) < int(p.group("req")) for p in pairs):
        out.append(Candidate("letter_kind", pairs[0].start(), pairs[-1].end(), "partial_denial", "kind.count_pairs", 3))
    # a list under "Approved:" and a list under "Denied:" ("Approved:" / "- Standard manual wheelchair (HCPCS K0001)" /
    # "Denied:" / "- Group 2 power wheelchair ...")
    heads = {("a" if m.group("h").lower() == "approved" else "d"): m for m in _DECISION_LIST_HEAD.finditer(text)}
    if "a" in heads and "d" in heads and abs(heads["a"].start() - heads["d"].start()) < 1200:
        a, b = sorted((heads["a"].start(), heads["d"].end()))
        out.append(Candidate("letter_kind", a, b, "partial_denial", "kind.approved_and_denied_lists", 3))
    for m in _COUNT_HEADER.finditer(text):
        cols = [k.lastgroup for k in _COUNT_COLUMN.finditer(m.group(0))]
        if cols.count("req") == 2 and cols[0] == "req":
            cols = cols[1:]  # "What was asked for  Code  Units requested  Units approved": the first names the item column
        if len(cols) not in _COUNT_ROWS or len(set(cols)) != len(cols):
            continue
        rows = []
        pos = m.end() + 1
        while pos < len(text) and len(rows) < 12:
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            r = _COUNT_ROWS[len(cols)].match(text, pos, le)
            if not r:
                break
            rows.append((r, {c: (0 if r.group(f"z{k}") else int(r.group(f"n{k}"))) for k, c in enumerate(cols)}))
            pos = le + 1
        approved = sum(by["app"] for _, by in rows)
        short = any(by.get("den", 0) > 0 or by["app"] < by.get("req", by["app"]) for _, by in rows)
        if approved > 0 and short:
            out.append(Candidate("letter_kind", rows[0][0].start(), rows[-1][0].end(), "partial_denial", "kind.count_table", 3))
    return out


# a line led by a box, checked or not: "[X] Records we asked for were not received", "( ) Same request ..."
_BOX_LED = re.compile(rf"[ \t]*(?:[\[({{]{{1,2}}[ \t_]{{0,2}}[xX✓✔]?[ \t_]{{0,2}}[\])}}]|{_BOX_GLYPHS})[ \t]*\S")


def blank_unchecked(text: str) -> str:
    """The text with every unchecked box and the option it offers blanked out (offsets unchanged): "[ ] Expedited"
    and "( ) We need more information before we can decide" say what was not chosen. An option between two boxed
    options (a checked box's note may come between) that has no box of its own is one whose empty box a scan lost ("[X] Not medically necessary" / "Service
    not proven safe and effective" / "[ ] Your plan does not cover this service"): it was not chosen either."""
    out = _UNCHECKED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    lns = lines(text)
    boxed = [bool(_BOX_LED.match(text, a, b)) for a, b in lns]
    blanks = []
    for i in range(1, len(lns) - 1):
        a, b = lns[i]
        line = text[a:b].strip()
        above = next((boxed[k] for k in range(i - 1, max(-1, i - 4), -1)
                      if boxed[k] or not text[lns[k][0]:lns[k][1]].strip()), False)  # (a box's wrapped note between)
        if boxed[i] or not (above and boxed[i + 1]) or not line[:1].isupper() or len(line) > 90 or \
                re.search(r"[:.;]\s*$|:\s", line):
            continue  # (a note under a checked box, "Our note: explained above.", is no option)
        blanks.append((a, b))
    if blanks:
        chars = list(out)
        for a, b in blanks:
            chars[a:b] = " " * (b - a)
        out = "".join(chars)
    return out


_AFTER_A_DATE = re.compile(r"(?i)\b(?:after|beyond|past|from|starting|beginning)\s+(?:[\w,/.-]+\s+){0,2}?\d[\w,/.-]*(?:\s+on)?\s+"
                           r"(?:(?:is|are|will\s+be|would\s+be)\s+)?$")


def find_cues(text: str) -> list[Candidate]:
    # an unchecked box ("[ ] Expedited") says the opposite of its word: blank it out (offsets unchanged)
    text = blank_unchecked(text)
    out: list[Candidate] = []
    for field, table in (("plan_type", P.PLAN_CUES), ("letter_kind", P.KIND_CUES), ("urgency", P.URGENCY_CUES),
                         ("denial_category", P.CATEGORY_CUES)):
        for cid, lab, w, rx in _compiled(field, table):
            for m in rx.finditer(text):
                if lab == "experimental_investigational" and cid == "cat.experimental" and _negated(text, m.start()):
                    continue
                if cid == "cat.no_prior_auth" and _COVERED_WITHOUT.search(text, max(0, m.start() - 80), m.start() + 8) \
                        and re.match(r"(?i)without\b", m.group(0)):
                    continue  # "Emergency care is covered anywhere, without approval in advance": no approval needed
                if lab == "not_covered" and _AFTER_A_DATE.search(text, max(0, m.start() - 45), m.start()):
                    continue  # "Days after 19/Jan/2026 are not covered": what ending coverage means for the bill, not why
                if field == "urgency" and _NOT_URGENT.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "non-urgent pre-service claim", "not an expedited request"
                out.append(Candidate(field, m.start(), m.end(), lab, cid, w))
    out.extend(_count_table_cues(text))
    for value, state, rx in P.REGIONS:
        for m in re.finditer(rx, text, re.I):
            out.append(Candidate("region", m.start(), m.end(), value, "region." + value.lower().replace(" ", "_"),
                                 1.0, state))
    # state from a "City, ST 9xxxx" address
    for m in re.finditer(r",\s*(?P<st>[A-Z]{2})\.?\s+\d{5}(-\d{4})?\b", text):
        if m.group("st") in P.US_STATES:
            out.append(Candidate("state", m.start("st"), m.end("st"), m.group("st"), "state.address_zip", 1.0))
    return out


# the title that follows a named criteria set: "MCG Health ... Guidelines: Power Mobility Devices (A-0512)",
# "LOCUS (Level of Care Utilization System) version 20"
_TITLE_TAIL = re.compile(
    # a word's dot is kept inside it ("U.S.", "v.2"), never at its end: "... Disease. It is" ends the title
    r"(?:[ \t]*(?:\([^()\n]{1,70}\)|[A-Z0-9](?:[\w/&'’-]|\.(?=\w))*|of|for|and|in|on|the|to|version|edition|v\.?\s?\d+|[:–-](?=\s+[A-Z0-9])|"
    # a lower-case kind word inside a title: "MCG Inpatient and Surgical Care guideline: Bariatric Surgery"
    r"(?:guidelines?|criteria|policy|policies)(?=[ \t]*:[ \t]+[A-Z])|"
    r",\s+(?=(?:\d{1,2}(?:st|nd|rd|th)\s+[Ee]dition|[A-Z][\w-]*\s+[A-Z]|[A-Z][\w-]*[.;](?:\s|$)))|"
    # a list of gene or product symbols in a title: "CPIC Guideline for CYP2D6, CYP2C19, and HTR2A Genotypes"
    r",\s+(?:and\s+)?(?=[A-Z][A-Z0-9]*\d[A-Z0-9]*\b)))+")


_NEXT_CRITERIA = re.compile(r"\s+(?:and|or|y)\s+(?:the\s+)?(?=(?:Kaiser|KP|InterQual|MCG|Milliman|NCCN|National|Local|Medicare|"
                            r"American|ASAM|LOCUS|CALOCUS|Hayes|ACR|Regional|TPMG|SCPMG|WPATH|(?-i:[A-Z]{3,}))\b|"
                            # (or a regulation: "... appendage closure and 42 CFR 422.101(b)")
                            r"\d{1,2}\s+(?:CFR|U\.?S\.?C\.?)\b|(?:section|§)\s*\d)")


def _extend_title(text: str, end: int) -> int:
    m = _TITLE_TAIL.match(text, end)
    tail = m.group(0) if m else ""
    for _ in range(2):
        # a title that a long line wrapped: "... Medical Technology Assessment: Proton Beam Radiation" / "Therapy and ..."
        nl = end + len(tail)
        ls = text.rfind("\n", 0, nl) + 1
        width = max((len(x) for x in text[max(0, ls - 400):nl + 400].split("\n")[1:-1]), default=0)
        if text[nl:nl + 1] != "\n" or nl - ls < 0.75 * width or not re.match(r"[A-Z][a-z]+\b(?![.:])|(?:and|of|for|in|on|the)\s", text[nl + 1:nl + 20]):
            break
        more = _TITLE_TAIL.match(text, nl + 1)
        if not more:
            break
        tail += "\n" + more.group(0)
    if not tail:
        return end
    # "... Criteria: Cerebrovascular Disease and Kaiser Permanente Technology Assessment": the "and" starts another set
    nxt = _NEXT_CRITERIA.search(tail + text[end + len(tail):end + len(tail) + 12])
    if nxt and nxt.start() < len(tail):
        tail = tail[:nxt.start()]
    # never end on a connector word ("... Criteria and the plan")
    prev = None
    while prev != tail:
        prev = tail
        tail = re.sub(r"\s*(?:\b(?:and|to|the|for|in|on|of)\b|[:–-])\s*$", "", tail)
    return end + len(tail)


# what a named set is, after its name: "level of care criteria (American Academy of Child and Adolescent Psychiatry)"
_SET_KIND_AFTER = re.compile(r"(?i)[ \t]+(?:(?:level[ \t]+of[ \t]+care|placement|medical[ \t]+necessity|clinical)[ \t]+)?"
                             r"(?:criteria|guidelines?|standards?|tool|instrument)(?:[ \t]*\([^()\n]{3,80}\))?[ \t]*")


def _with_spelled_name(text: str, c: Candidate) -> Candidate:
    """A set's acronym in brackets after its name spelled out names the set with both: "Level of Care Utilization
    System (LOCUS)" (the initials of the words before the bracket spell the acronym)."""
    acro = c.value
    if not (re.fullmatch(r"[A-Z]{3,8}", acro) and text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")"):
        return c
    words = list(re.finditer(r"[A-Za-z][\w-]*", text[max(0, c.start - 120):c.start - 1]))
    base = max(0, c.start - 120)
    for k in range(2, min(len(words), 9) + 1):
        run = words[-k:]
        if "\n\n" in text[base + run[0].start():c.start]:
            break
        for initials in ("".join(w.group(0)[0] for w in run),
                         "".join(w.group(0)[0] for w in run if not re.fullmatch(r"of|and|for|the|in|on|to", w.group(0)))):
            if initials.upper() == acro and run[0].group(0)[0].isupper():
                a = base + run[0].start()
                return Candidate(c.label, a, c.end + 1, re.sub(r"\s+", " ", text[a:c.end + 1]), c.source, c.score)
    return c


# the words that make a phrase a set of rules or a law ("... Guideline", "Health and Safety Code section 1383.15")
_SET_WORDS = re.compile(r"(?i)\b(?:criteria|guidelines?|polic(?:y|ies)|standards?|manual|requirements|pathways?|code\s+(?:section|sec\.|§)|"
                        r"C\.?F\.?R\.?)(?![\w])")
# what lies between two sets a sentence names: "(42 CFR Part 409) and 42 CFR 422.101(b)", "MCG; InterQual"
_BETWEEN_SETS = re.compile(r"(?P<close>[ \t]*\)?)(?:[ \t\n]*,?[ \t\n]+(?:and|y|&)[ \t\n]+|[ \t]*[;,][ \t\n]*)")


def _one_set_each(text: str, a: int, b: int, kept: list[Candidate]) -> list[tuple[int, int]]:
    """The parts of a value that names several sets joined by "and" or a comma, one set each ("We applied Medicare's
    coverage rules for skilled nursing facility care (42 CFR Part 409) and 42 CFR 422.101(b)."); the whole value when
    it names one set or the sets are not simply joined."""
    inside = sorted((c for c in kept if c.start < b and a < c.end), key=lambda c: c.start)
    if len(inside) == 1:
        # one named set and a rule the recognizers do not name, joined by "and": "under California Health and Safety Code
        # section 1383.15 and the Kaiser Permanente Northern California Second Opinion Referral Guideline"
        c = inside[0]

        def named_set(x: int, y: int) -> bool:
            # (a part of its own has a name of four words or more: "InterQual Subacute and SNF Criteria" is one title)
            return bool(_SET_WORDS.search(text, x, y)) and len(re.findall(r"[A-Za-z]+", text[x:y])) >= 4

        before = re.search(r",?[ \t\n]+(?:and|y)[ \t\n]+(?:the[ \t\n]+)?$", text[a:c.start]) if c.start > a else None
        if before and before.start() > 0 and named_set(a, a + before.start()):
            return [(a, a + before.start()), (c.start, b)]
        after = re.match(r",?[ \t\n]+(?:and|y)[ \t\n]+(?:the[ \t\n]+)?", text[c.end:b])
        if after and named_set(c.end + after.end(), b):
            return [(a, c.end), (c.end + after.end(), b)]
    if len(inside) < 2:
        return [(a, b)]
    parts, start = [], a
    for c1, c2 in zip(inside, inside[1:], strict=False):
        gap = _BETWEEN_SETS.fullmatch(text, c1.end, c2.start)
        if not gap:
            return [(a, b)]
        parts.append((start, c1.end + len(gap.group("close"))))
        start = c2.start
    return [*parts, (start, b)]


def find_criteria(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for cid, rx in P.CRITERIA_PATTERNS:
        for m in re.finditer(rx, text):
            end = m.start() + len(m.group(0).rstrip(" ,;.-\"“”"))
            end = _extend_title(text, end)
            if P.PHONE_RE.search(text, m.start(), end):
                continue  # a department in a letterhead ("... Technology Assessment and Clinical Review 510-555-0101")
            val = re.sub(r"\s+", " ", text[m.start():end]).strip(" ,;.-\"“”")
            if len(val) < 3:
                continue
            out.append(Candidate("criteria", m.start(), end, val, cid, 0.9))
    out = [_with_spelled_name(text, c) for c in out]
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    # a labelled line names the criteria in full: its value stands for the one named set inside it ("MCG 28.ª edición:
    # Superficies de apoyo ...") or is added when no named set is inside it ("Medicare ... coverage rules, 42 CFR Part
    # 409"); a line that names two sets keeps them as two
    spans = []
    for m in [*P.CRITERIA_LABEL.finditer(text), *P.CRITERIA_USED.finditer(text), *P.CRITERIA_USED_SENTENCE.finditer(text)]:
        a, b = m.span("val")
        spans.extend(_one_set_each(text, a, a + len(m.group("val").rstrip(" ,:")), kept))
    for a, b in spans:
        inside = [c for c in kept if c.start < b and a < c.end]
        if len(inside) > 1 or any(c.start < a or c.end > b for c in inside):
            continue
        if inside:
            c = inside[0]
            # the value may go on with the set's own title ("MCG 28.ª" + " edición: Superficies de apoyo ...") or name
            # the rules a regulation holds ("Medicare ... coverage rules, " + "42 CFR Part 409"); never a second thing
            # ("ASAM Criteria, 4th ed" + ", Level of Care Assessment")
            rest, lead = text[c.end:b], text[a:c.start]
            # (the set's name spelled out before its acronym, "Child and Adolescent Level of Care Utilization System
            # (CALOCUS)", or its kind and publisher after it, "CALOCUS-CASII level of care criteria (American Academy of
            # Child and Adolescent Psychiatry)", are its own title too)
            spelled = lead.rstrip().endswith("(") and rest.lstrip().startswith(")") and len(lead.split()) >= 3
            if c.source == "criteria.cfr" and re.search(r"(?i)\b(?:as\s+required\s+by|pursuant\s+to|in\s+accordance\s+with)\s*$|"
                                                         r",\s*which\b[^,]{0,60}\b(?:under|by)\s*$", lead):
                continue  # the rules described, then the regulation that requires them ("Traditional Medicare coverage
                # requirements for outpatient speech-language pathology, as required by 42 CFR § 422.101(b)", "..., which Medicare
                # health plans must follow under 42 CFR § 422.101(b)"): the regulation
            kind_after = bool(_SET_KIND_AFTER.fullmatch(rest) or re.fullmatch(
                r"[ \t\n]+and[ \t\n]+(?:[A-Z][\w/&-]*[ \t\n]+){1,3}(?i:criteria|guidelines?|subsets?)", rest)) and not lead.strip()
            # (or a title that names two parts of one set: "InterQual Subacute" + " and SNF criteria")
            if not (spelled or kind_after) and ((rest.strip(" )]") and not re.match(r"\s*(?:[:–—-]|edici[óo]n\b|edition\b|\d)", rest, re.I))
                                                or (lead.strip() and c.source != "criteria.cfr")):
                continue
        val = re.sub(r"\s+", " ", text[a:b]).strip()
        kept = [c for c in kept if c not in inside]
        kept.append(Candidate("criteria", a, b, val, inside[0].source if inside else "criteria.labelled", 0.85))
    kept.sort(key=lambda c: c.start)
    # "The ASAM Criteria, Third Edition, the criteria of the American Society of Addiction Medicine": the society's
    # name beside its own criteria set is the same citation
    if any(c.source == "criteria.asam" and "ASAM" in c.value for c in kept):
        kept = [c for c in kept if not (c.source == "criteria.asam" and c.value == "American Society of Addiction Medicine")]
    return kept


def _num_value(s: str) -> int | None:
    s = s.lower().strip()
    if s.isdigit():
        return int(s)
    return P.NUM_WORDS.get(re.sub(r"\s+", " ", s))


def find_deadlines(text: str, sentences: list[tuple[int, int]]) -> list[Candidate]:
    """Days the letter gives for a next step; role "internal" (appeal/grievance/reconsideration) or "external"."""
    out: list[Candidate] = []
    for i, (a, b) in enumerate(sentences):
        sent = text[a:b]
        prev = text[sentences[i - 1][0]:sentences[i - 1][1]] if i > 0 else ""
        nxt = text[b:sentences[i + 1][1]] if i + 1 < len(sentences) else ""
        if not (P.DEADLINE_ACTION.search(sent) or P.DEADLINE_ACTION.search(prev)):
            continue
        if re.search(r"(keep\s+(getting|receiving)|continu\w+\s+(to\s+)?(get|receive|of\s+benefits)|aid\s+paid|seguir\s+recibiendo)",
                     sent, re.I):
            continue
        for m in P.DEADLINE_RE.finditer(sent):
            n = _num_value(m.group("num"))
            if n is None:
                continue
            unit = m.group("unit").lower()
            days = n * 30 if unit.startswith(("month", "mes")) else n * 365 if unit.startswith(("year", "a")) else n
            if unit.startswith(("month", "mes")) and n == 6:
                days = 180
            if days < 10 or days > 400:
                continue
            # a time limit reads "within 60 days", "you have 60 days", "60 days from/after ..."; "residential
            # treatment, 28 days" in a sentence that mentions an appeal is a length of care
            pre, post = sent[max(0, m.start() - 30):m.start()], sent[m.end():m.end() + 30]
            if not (re.search(r"\b(within|in|have|has|up\s+to|than|by|to|dentro\s+de|tiene[ns]?|plazo\s+de|hasta|tardar)\s+(the\s+|a\s+|los\s+|las\s+)?$",
                              pre, re.I) or
                    # ("6 months of supervised weight management" is a length of care, not a window)
                    re.match(r"\s*(\(\d+\)\s*)?(?:(?:calendario|naturales|h[áa]biles)\s+)?(from|of(?=\s+(?:the|this|that|our|your|its|a|an|receiv\w*|get\w*|being|when|date|notice|"
                             r"receipt|mailing|issu\w*|la|el|recib\w*)\b)|after|following|since|to\s+(file|appeal|ask|request|apply)|a\s+partir|despu[ée]s|desde|"
                             r"deadline|window|limit|period|time\s+limit|para\s+(apelar|pedir|solicitar|presentar))\b", post, re.I)):
                continue
            local = sent[max(0, m.start() - 120):m.end() + 80]
            if m.end() + 80 > len(sent):
                local += nxt[:60] if not P.DEADLINE_ACTION.search(sent) else ""
            if P.DEADLINE_NOT.search(sent[max(0, m.start() - 60):m.end() + 10]):
                continue
            role = "external" if P.DEADLINE_EXTERNAL.search(local) else "internal"
            out.append(Candidate("deadline", a + m.start(), a + m.end(), days, "deadline." + role, 0.9, role))
    return out


# ---------------------------------------------------------------------------------------------------------------
# people and identifiers
# ---------------------------------------------------------------------------------------------------------------
_LABEL_VALUE = r"[ \t]*[:#.]?[ \t]*[:#.]?[ \t]*(?:\n[ \t]*)?"
MEMBER_ID_LABELS = re.compile(
    # (a summary row that names the member, then the number: "Member  Yesenia Nakamura, ID 9241-1901")
    r"((?:^|(?<=\n))[ \t]*member[ \t]+[^\n,:]{3,40},[ \t]*ID\b|medical\s+record\s+(number|no\.?|#)|\bMRN\b|\bMBR\s*(no\.?|num|nbr|#|id)|\bMR\s*(#|no\.?|number)|record\s*#|health\s+record\s+(number|no\.?|#)|member\s+(id|number|no\.?|#)|"
    r"\b(your|patient|enrollee|subscriber|beneficiary)\s+(member\s+)?(id|identification\s+number|number|no\.?|#)|\bKP\s+(id|number|no\.?|#|member\s+(id|number))|"
    r"member\s+identification\s+(number)?|kaiser(\s+permanente)?\s+(id(\s+(no\.?|number|#))?|member\s+(id|number)|number)|"
    r"client\s+index\s+(number|no\.?|#)|medicare\s+(health\s+)?plan\s+(member\s+)?(id|number|no\.?|#)|\bplan\s+member\s+(id|number)|"
    r"(senior\s+advantage|advantage|medicare\s+advantage|participant|covered\s+person|insured|enrollee|beneficiary|client)\s+"
    r"(id|identification|number|no\.?|#)(?![a-z])|(kp\s+)?(member|enrollee|subscriber)\s+(ref(erence)?\.?|identifier)|"
    r"plan\s+identifier|(n[úu]mero|n\.?\s?[º°o?2*]\.?)\s+de\s+(identificaci[óo]n\s+(de|del)\s+)?(beneficiario|afiliad[oa]|asegurad[oa]|miembro)"
    r"(\s+de\s+(medi-cal|medicaid))?|identificador\s+(de|del)\s+(afiliad[oa]|beneficiario|miembro)|"
    r"(chart|membership|(plan\s+|card\s*)?holder|customer)\s+(id|number|no\.?|#)(?![a-z])|\bCIN\b|(recipient|enrollee|medicaid|medi-cal|beneficiary)\s+(id|number|no\.?|#)(\s+(no\.?|number|#))?|n[úu]mero\s+de\s+(registro|historia)\s+(m[ée]dic[oa]|cl[íi]nic[oa])|"
    r"n[úu]mero\s+de\s+miembro|n\.?\s?[º°o?2*]\.?\s+de\s+(expediente|registro|historia|miembro)(\s+m[ée]dic[oa]|\s+cl[íi]nic[oa])?|id\s+(de|del)\s+miembro|n[úu]mero\s+de\s+expediente|\bNHC\b|health/medical\s+record\s+#?)"
    + r"([ \t]*\([^)\n]{1,40}\))?" + _LABEL_VALUE + r"(?P<val>[A-Z]{0,3}[- ]?[0-9OIl][0-9OIl -]{4,15}[0-9OIl]"
    # (a state's two letters after the digits: ProviderOne "866093487WA")
    + r"(?:(?<=\d)(?-i:[A-Z]){2})?)(?![\w])", re.I)
# (or as the child a letter to a parent is about: "Re: Howard Lindgren (your child), member ID 1201843")
_NAMED_AS_MEMBER = re.compile(rf"(?<![\w.])(?P<val>{P.PERSON_NAME})[ \t]*\((?:the[ \t]+)?(?:member|patient|enrollee|miembro|paciente|"
                              r"your[ \t]+(?:child|son|daughter|dependent|ward)|su[ \t]+(?:hij[oa]|niñ[oa]))\)")
# a heading over a page or block about who decided ("About the reviewer", "Who made this decision", "Sobre el revisor"),
# the last line or two before a label
_ABOUT_A_CLINICIAN = re.compile(r"(?im)^[ \t\x0c]*(?:about\s+(?:the|your)\s+(?:\w+\s+)?reviewer|(?:the\s+)?(?:physician\s+|clinical\s+)?reviewer|"
                                r"who\s+(?:made|decided)\b[^\n]{0,30}|(?:the\s+)?(?:clinician|physician|doctor)\s+who\s+(?:made|decided|reviewed)"
                                r"[^\n]{0,30}|(?:sobre|acerca\s+del?)\s+(?:el|la)\s+(?:m[ée]dic[oa]\s+)?revisor[a]?|qui[ée]n\s+tom[óo]\b[^\n]{0,30})"
                                r"[ \t]*:?[ \t]*\n(?:[^\n]*\n)?[ \t]*\Z")
MEMBER_NAME_LABELS = re.compile(
    r"(?m)(?:^|(?<![ \t])[ \t]{2,}+|(?<=\d)[ \t]++|(?<=[a-z])[ \t]++(?=[MPENB]))[ \t]*+(?<!Dear )(?<!Estimado )(?<!Estimada )"
    r"(?i:(member(\s+name)?(?:\s+\((?:patient|child)\))?|patient(\s+name)?(?:\s+\((?:member|enrollee)\))?|enrollee(\s+name)?|name\s+of\s+member|member/patient|"
    r"nombre\s+del?\s+(miembro|paciente|afiliado)|nombre|name|paciente|miembro|afiliado|beneficiary(\s+name)?|subscriber(\s+name)?|"
    # the child a letter to a parent is about: "Menor: Graciela M. Fonseca", "Child: Arturo Diaz"
    r"menor|child|minor|"
    r"covered\s+(person|individual)|insured(\s+(person|individual))?|participant(\s+name)?|afiliado/a|recipient|addressee|"
    # a letter to the requesting doctor names the member as its patient: "Re: Your patient Colleen W. Nakamura | Member ID"
    r"(?:re[ \t]*:[ \t]*)?(?:your|our)\s+patient|"
    # a letter to a parent names the member as the child: "Re: your child, Priya Fonseca"
    r"(?:re[ \t]*:[ \t]*)?your\s+(?:child|son|daughter|dependent)[ \t]*,?|re|regarding|para|to)"
    # a bilingual label: "Member / Miembro"
    r"(?:[ \t]*/[ \t]*(?:miembro|paciente|afiliad[oa]|member|patient|nombre(?:\s+del?\s+(?:miembro|paciente))?))?)"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?=[^\n:]*$))(?!Dr\.|Dra\.)"
    # (or the next column's label: "Patient (member): Tuan Hwang Dentist: Omar R. Iwasaki, DMD")
    rf"(?P<val>{P.PERSON_NAME})(?=[ \t]*($|\n|[,;(|]|[ \t]{{2,}}|[ \t]+(?i:MRN|member|ID|medical|health|record|DOB|date|n[úu]mero|fecha)\b|[ \t]+(?i:n\.?[ \t]?[º°o2*]\.?[ \t]+de)\b|"
    r"[ \t]+[A-Z][a-z]+(?:[ \t][a-z]+)?:))")
DEAR_RE = re.compile(
    rf"(?m)^[ \t]*(?i:(dear|estimad(?:[oa]|o/a|o\(a\)|a/o|[oa]\(?[oa]\)?)|querid[oa]))\s+(?:(?P<hon>(?i:(mr|mrs|ms|miss|mx|sr|sra|srta|se[ñn]or(a|ita)?))\.?\s+)(?P<sur>(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{0,3}})|(?P<val>{P.PERSON_NAME}))\s*[:,]")
_NOT_NAME = re.compile(r"\b(Your|Our|The|This|We|On|In|For|Kaiser|Permanente|Plan|Request|Service|Services|Member|Patient|"
                       r"Provider|Dear|Notice|Decision|Date|Record|Number|Health|Medical|Care|Su|Sus|El|La|Los|Las|"
                       r"Credentials?|Degree|Specialty|Field|Phone|Telephone|Title|Role|Address|Signature)\b")
ADDRESS_BLOCK = re.compile(
    # a right-hand column may share the lines: "Soo-jin Medina   Statement date: 2025/12/11"
    # a letter to a child's or ward's family names the member after "Parent or guardian of"
    r"(?m)^[ \t]*(?:(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*,[ \t]*(?=(?i:parent|guardian|legal|mother|father)))?"
    r"(?:(?i:(?:to[ \t]+)?(?:the[ \t]+)?(?:parents?|guardian|legal[ \t]+guardian|parent[ \t]+or[ \t]+(?:legal[ \t]+)?guardian|"
    r"family|caregiver|representative)[ \t]+of|(?:padre|madre|tutor)(?:,?[ \t]+(?:madre|o[ \t]+tutor(?:a)?))*[ \t]+de)[ \t]+)?"
    rf"(?P<val>(?:(?:Mr|Mrs|Ms|Sr|Sra)\.?\s+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,4}})"
    r"(?:[ \t]+[A-Z][A-Za-z .#]{1,30}:[^\n]*)?[ \t]*\n"
    r"[ \t]*(\d+[\w-]*[ \t]+[^\n]{3,60}|P\.?\s?O\.?\s+Box[^\n]{1,30})\n([^\n]{0,60}\n)?[ \t]*[A-Z][A-Za-z .'-]+,?\s+[A-Z]{2}\.?\s+\d{5}")
# an address block in a right-hand column whose lines a left-hand column of labels leads ("Date of notice: MAY 26,
# 2026 Graciela M. Montoya" / "Reference: UM-7913869 6435 Bluff Rd" / "Member ID: 8032950 Silver Spring, MD 20997"):
# the name ends a line whose left value ends in a number, over a street and a "City, ST ZIP" that end theirs
RIGHT_ADDRESS_BLOCK = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z .#/'-]{1,30}:[^\n]*?\d[^\s]*[ \t]+"
    rf"(?P<val>(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}})[ \t]*\n"
    r"[ \t]*[A-Z][A-Za-z .#/'-]{1,30}:[^\n]*?[ \t](?:\d{1,6}[ \t]+[A-Z][^\n]{2,40}|P\.?\s?O\.?\s+Box[^\n]{1,20})\n"
    r"(?:[ \t]*[A-Z][A-Za-z .#/'-]{1,30}:[^\n]*?[ \t])?[ \t]*[A-Z][A-Za-z .'-]+,?[ \t]+[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?[ \t]*$")
PROVIDER_LABELS = re.compile(
    r"(?m)(requesting\s+(provider|physician|doctor|clinician|practitioner)|requested\s+by|referring\s+(provider|physician|doctor)|"
    r"(ordering|treating|attending)\s+(provider|physician|doctor|clinician|practitioner)|billing\s+provider|rendering\s+provider|provider\s+name|"
    r"provider|m[ée]dico\s+que\s+(lo\s+)?(solicit[óo]|pidi[óo])|proveedor\s+que\s+solicit[óo]|solicitado\s+por|proveedor(\s+solicitante)?|"
    r"who\s+(asked|requested|sent\s+(it|the\s+request))|(asked(\s+for)?|sent|submitted|billed|ordered|prescribed|referred)\s+by|qui[ée]n\s+(lo\s+)?(pidi[óo]|solicit[óo]))"
    # (the value on the label's line, or alone on the next: "Asked for by:" / "Winston Chandrasekar, MD")
    r"[ \t]*:[ \t]*(?:\n(?=[ \t]*(?:Dr\.[ \t]+)?[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]*(?:,|$))[ \t]*)?(?P<val>[^\n]{3,80})", re.I)
# a form row without a colon: "Requesting practitioner Guadalupe Nguyen, DO", "Prescriber Ingrid C. Prescott, DO"
_PROVIDER_LABEL_WORD = re.compile(r"(prescrib\w*|requesting|ordering|treating|referring|attending|provider|proveedora?)\b", re.I)
PROVIDER_ROW = re.compile(
    r"(?m)^[ \t]*(?i:(?:prescrib\w*|(?:submitted|requested|ordered|referred)[ \t]+by|solicitad[oa][ \t]+por|"
    r"(?:profesional|m[ée]dico|proveedor)[ \t]+que[ \t]+(?:pidi[óo]|solicit[óo])(?:[ \t]+el[ \t]+servicio)?|"
    # a bare form label: "Provider  Colleen Castillo, BCBA"
    r"provider|proveedora?|"
    r"(?:requesting|ordering|treating|referring|attending)"
    r"(?:[ \t]+(?:provider|physician|doctor|clinician|practitioner|prescriber))?))[ \t]+"
    rf"(?P<val>(?:(?:Dr\.|Dra\.)[ \t]+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}(?:,?[ \t]*(?:{P.CRED_RE}))?)[ \t]*$")
# a question as a label, its answer on the same line or the next, after an optional "A." ("Who asked for it?" /
# "A. Jane Doe, MD"); the question says whose name the answer is
_PERSON_QUESTION = re.compile(r"(?im)^[ \t]*(?:(?:Q[.:][ \t]*)?(?:who|whose|which\s+(?:doctor|provider|clinician|physician))\b[^\n?]{0,60}\?|"
                              # or a label over its value: "Asked for by:" / "Jane Doe, MD"
                              r"(?:asked\s+for|requested|ordered|prescribed|referred|submitted|sent)\s+by[ \t]*:)"
                              r"[ \t]*(?:\n[ \t]*)?(?:A[.:][ \t]+)?$")
PROVIDER_QUESTION = re.compile(
    r"(?im)^[ \t]*(?:Q[.:][ \t]*)?(?:who|which\s+(?:doctor|provider|clinician|physician))\s+(?:asked(?:\s+us)?|requested|ordered|prescribed|"
    r"referred|sent|submitted)\b[^\n?]{0,40}\?[ \t]*(?:\n[ \t]*)?(?:A[.:][ \t]+)?"
    rf"(?P<val>(?-i:(?:(?:Dr\.|Dra\.)[ \t]+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
    rf"(?:,?[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)?)[ \t]*$")
PROVIDER_PROSE = re.compile(
    rf"(?P<val>(?:Dr\.|Dra\.|Doctor)\s+(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{0,3}})(?:,\s*(?:{P.CRED_RE})\s*,?)?"
    r"[\s\S]{0,40}?\b(requested|asked\s+(us\s+)?for|asked\s+us\s+to\s+(cover|approve|authori[sz]e|pay\s+for)|submitted\s+(a\s+)?request|ordered|"
    r"referred\s+you|solicit[óo]|pidi[óo])",
    re.I)
PROVIDER_PROSE2 = re.compile(
    rf"(request(ed)?|referral|claim|bill(ed)?|solicitud|prescribed|(?<!decision\s)written),?\s+((was\s+)?(sent|submitted|faxed|made|signed|ordered)\s+)?(from|by|de|del)\s+(?P<val>(?:(?:Dr\.|Dra\.|Doctor)\s+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{0,5}})")

# "Su médico, Rosa J. Quintero, MD, pidió ...", "Your doctor, Ana Ruiz, asked us for ...": an appositive name
PROVIDER_PROSE3 = re.compile(
    r"\b(?i:your|su)\s+(?i:doctor|physician|provider|clinician|prescriber|m[ée]dic[oa]|proveedor[a]?)\s*,\s*"
    rf"(?P<val>(?:(?:Dr\.|Dra\.)[ \t]+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)(?:,?\s*(?:{P.CRED_RE}))?\s*,\s*"
    r"(?i:requested|asked|submitted|sent|ordered|referred|pidi[óo]|solicit[óo]|envi[óo]|nos\s+pidi[óo])\b")

# "the request for X at Y, made by Ingrid Gutierrez, DO while you are ...": who made the request, named after it
PROVIDER_MADE_BY = re.compile(
    rf",[ \t\n]+(?:made|sent|submitted)[ \t\n]+by[ \t\n]+(?P<val>(?:(?:Dr\.|Dra\.)[ \t]+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
    rf"(?=[ \t]*,[ \t]*(?:{P.CRED_RE})|[ \t]+(?:while|who|at|on|from)\b|[ \t]*[.,;])")

# "Ingrid Petrov, MD asked us to cover ...", "Carlos Ruiz, BCBA, requested": a clinician named with a credential, then
# the request
PROVIDER_PROSE4 = re.compile(
    rf"(?<![\w.])(?P<val>(?=(?-i:[A-Z]))(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?),[ \t]*(?:{P.CRED_RE})[ \t]*"
    # (past who they are: "Hiroshi Mendoza, M.D., your doctor at Cobb Ridge Hospital, asked us to approve")
    r"(?:,[ \t\n]*(?i:your|the|a|an)[ \t\n]+(?i:doctor|physician|surgeon|specialist|provider|clinician|therapist)\b[^,.;\n]{0,60})?,?[ \t\n]+"
    r"(?i:asked\s+(?:(?:us|Kaiser(?:\s+Permanente)?|the\s+plan)\s+)?(?:to|for)|requested|submitted|sent\s+(?:us\s+)?(?:a|the|an)\s+(?:request|referral)|ordered|referred\s+you|"
    r"wrote\s+for\s+you|"
    r"pidi[óo]|solicit[óo])\b")

# labels of numbers that are not the member's: the letter's, the claim's, the provider's, the plan's, a phone
_NOT_MEMBER_ID_LABEL = re.compile(
    r"\b(claim|case|grievance|file|appeal|ref|reference|tracking|track|auth\w*|referral|group|npi|tax|tin|phone|fax|tel|"
    r"policy|account|invoice|check|document|form|page|order|confirmation|request|ticket|employer|contract|provider|license|"
    r"dea|remittance|statement|date|zip|suite|box|apt|ext|rmk|ln|expediente|solicitud|reclamo|caso|tel[ée]fono|"
    r"notice|letter|memo|message|msg|thread|batch|control|icn|dcn|item|line|room|unit|floor|bldg|building|"
    r"omb|approval|approved|expires?|exp|rev|revision|version)\b", re.I)
_MEMBER_WORDS = re.compile(r"\b(member(ship)?|patient|enrollee|subscriber|beneficiary|participant|insured|covered|person|individual|"
                           r"holder|client|recipient|coverage|chart|record|health|kaiser|kp|afiliad[oa]|miembro|paciente)\b", re.I)
# an identifier after a label without a colon ("Enrollee number 5452-4169", "Membership 13415285", "(acct 6539790)",
# "MA enrollee no. N76136920 | file ...", "3 Member ID number 122586988" (a numbered form row): the label opens a line
# (after its row number), follows "(" or "|" or a wide gap
_BARE_ID = re.compile(r"(?m)(?:^(?:[ \t]*\d{1,2}[.)]?[ \t]+(?=[A-Za-z]))?|[(|][ \t]*|[ \t]{2,})(?P<label>[A-Za-z][A-Za-z.-]*(?:[ \t]+[A-Za-z][A-Za-z.-]*){0,3}?)[ \t]+"
                      r"(?P<val>(?:[A-Z]{1,3}-?)?\d[\d -]{4,15}\d)(?![\w/.-])")
_ID_WORD = re.compile(r"\b(id|no|num|number|acct|card)\b\.?|#", re.I)
_HEADER_ID = re.compile(r"(?m)(?:^|[ \t]{2,}|(?<=[a-z0-9])[ \t]+)(?P<label>[A-Z][A-Za-z./ ]{1,30}?)[ \t]*[:#][ \t]*"
                        r"(?P<val>[A-Z]{0,3}[- ]?\d[\d -]{4,15}\d)(?![\w/.-])")


_DATE_VALUE = re.compile(r"(?:19|20)\d{2}[- ](?:0?[1-9]|1[0-2])[- ](?:0?[1-9]|[12]\d|3[01])|"
                         r"(?:0?[1-9]|[12]\d|3[01])[- ](?:0?[1-9]|[12]\d|3[01])[- ](?:19|20)?\d{2}")


def _header_member_id(text: str, sections: list[tuple[str, int, int, str]]) -> list[Candidate]:
    """A labelled number near the top whose label names a person or their coverage ("Coverage key: 89336043",
    "Chart no.: 13415285") when no known member-id label is printed: the first such number, or the only unlabelled-
    for-something-else one."""
    top = max([e for n, s0, e, _ in sections if n == "header"] + [min(len(text), 1500)])
    found = []
    labelled = list(_HEADER_ID.finditer(text[:top]))
    # a label without a colon must name the member or an identifier; outside the top block (a running page header,
    # a footer) it must name the member
    labelled += [m for m in _BARE_ID.finditer(text)
                 if _MEMBER_WORDS.search(m.group("label")) or (m.start() < top and _ID_WORD.search(m.group("label")))]
    for m in sorted(labelled, key=lambda x: x.start()):
        label = m.group("label")
        bad = list(_NOT_MEMBER_ID_LABEL.finditer(label))
        if bad and not re.search(r"\bmember\b", label, re.I):
            # a two-column line: "1455 Spruce Ln Health plan ID: H89972941" is labelled by the words after "Ln"
            if not _MEMBER_WORDS.search(label[bad[-1].end():]):
                continue
        digits = re.sub(r"\D", "", m.group("val"))
        if (P.PHONE_RE.fullmatch(m.group("val").strip()) or re.fullmatch(r"\d{5}(-\d{4})?", m.group("val"))
                or _DATE_VALUE.fullmatch(m.group("val").strip())
                or len(digits) < 6 or any(f.start("val") == m.start("val") for _, f in found)):
            continue  # (a phone, a ZIP code, a date: "Decision made: 2025-05-28")
        found.append((bool(_MEMBER_WORDS.search(label)), m))
    if not found:
        return []
    named = [m for ok, m in found if ok]
    m = named[0] if named else (found[0][1] if len(found) == 1 else None)
    if m is None:
        return []
    val = re.sub(r"[ ]", "", m.group("val"))
    return [Candidate("member_id", m.start("val"), m.start("val") + len(m.group("val")), val, "member_id.header_label", 0.6)]


# the member's number right after a name on its line: "TO: Jane Doe, Member ID C4535", "Para: X, MRN 1234"
_MEMBER_NUMBER_NEXT = re.compile(r"[ \t]*,?[ \t]*(?:(?:age|edad)[ \t]*:?[ \t]*\d{1,3}[ \t]*,?[ \t]*)?"  # ("Everett Lozano, age 17  Member ID")
                                 r"(?:(?:member|miembro)[ \t]+(?:id|number|no\.?|#|n[úu]mero)|mrn)\b", re.I)


# the member's number on the line under a name ("Re: Jane Doe" / "Kaiser Permanente ID 60398337"), and a letter
# addressed to a child's parent or guardian ("Dear Parent or Guardian of Graciela,")
_ID_LINE_NEXT = re.compile(r"(?:[ \t]*\([^)\n]{0,50}\))?[ \t]*\n[ \t]*(?:[A-Za-z][\w .-]{0,30}[ \t]+)?(?:ID|MRN|member\s+(?:number|no\.?|#)|(?:medical\s+)?record\s+(?:number|no\.?))"
                           r"\b[ \t:#.]*[A-Z]{0,3}-?\d", re.I)
_TO_A_PARENT = re.compile(r"(?im)^[ \t]*(?:dear|to)\s+(?:the\s+)?(?:parents?|guardians?|caregivers?|family)\b|"
                          r"^[ \t]*dear\s+[^\n,:]{0,40}\b(?:parents?|guardians?)\s+of\b")


def _clean_name(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,;:.")
    s = re.sub(rf",?\s*\b({P.CRED_RE})\s*$", "", s).strip(" ,")
    return s


# the rest of a name that a wrapped line carries on: "Gutierrez, M.D.  |  Request received: ..."
_WRAPPED_NAME = re.compile(rf"\.?[ \t]*\n[ \t]*(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN}))?(?:[ \t]*,[ \t]*(?:{P.CRED_RE})"
                           rf"(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*|(?=[ \t]*\|))")


def find_fields(text: str, sections: list[tuple[str, int, int, str]]) -> list[Candidate]:
    text = unlead(text)
    out: list[Candidate] = []
    for m in MEMBER_ID_LABELS.finditer(text):
        raw = m.group("val").strip()
        s = m.start("val")
        # a column beside the label's column, run onto its line: "Member ID: 40-391-408 7004 Alder Ct" ends before the
        # street number of the address to its right
        street = re.match(r"(?P<id>.*\S)[ \t]+\d{1,6}$", raw)
        if street and re.match(r"[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]+", text[m.end("val"):m.end("val") + 20]):
            raw = street.group("id")
        val = re.sub(r"[ ]", "", raw)
        if re.search(r"\d{2,}[ ]\d", raw) and len(re.sub(r"\D", "", raw)) > 12:
            continue
        pm = re.match(r"[A-Za-z]{1,3}[-]?", val)
        head = pm.group(0) if pm else ""
        val = head + val[len(head):].translate(P.OCR_DIGIT)
        out.append(Candidate("member_id", s, s + len(raw), val, "member_id.label", 0.95))
    if not any(c.label == "member_id" for c in out):
        out.extend(_header_member_id(text, sections))
    for m in MEMBER_NAME_LABELS.finditer(text):
        lab = m.group(1).lower()
        # "TO:" is whoever a fax or memo goes to, the member only when the line goes on with the member's number
        # ("TO: Jane Doe, Member ID C4535")
        # ("Re: Chidi Sorensen  Member ID: ..." on a letter to the member's doctor names the member too)
        name = _clean_name(m.group("val"))
        name = re.split(r"\s{2,}|\t| (MRN|Member|ID|Medical|DOB|Date)\b", name)[0].strip()
        after = text.find(name, m.start("val")) + len(name)
        if lab in ("re", "regarding", "to", "para") and not _MEMBER_NUMBER_NEXT.match(text, after) and not (
                lab != "to" and (_ID_LINE_NEXT.match(text, after) or _TO_A_PARENT.search(text))):
            continue  # ("Re: Graciela L. Lindgren" over "Kaiser Permanente ID 60398337", or in a letter to the child's
            # parent: the member the letter is about)
        if lab in ("name", "nombre") and (re.match(rf",?[ \t]*(?:{P.CRED_RE})", text[after:after + 30])
                                          or _ABOUT_A_CLINICIAN.search(text, max(0, m.start() - 160), m.start())):
            continue  # a bare "Name:" with a clinician's credentials, or on a page about the reviewer ("About the
            # reviewer" / "Name: Alana B. Duarte, MD"): the clinician's, not the member's
        if len(name.split()) >= 2 and not _NOT_NAME.search(name) and not _ORG_WORDS.search(name):
            out.append(Candidate("member_name", m.start("val"), m.start("val") + len(name), name, "member_name.label", 0.95,
                                 role=lab))
    # a statement to the subscriber about a dependant's care names both ("Subscriber: Xavier Solis  Patient: Samuel
    # Solis"): the patient is the member whose care it decides
    labelled = [c for c in out if c.source == "member_name.label"]
    if any(c.role.startswith("subscriber") for c in labelled) and any(
            re.match(r"(patient|paciente|child|menor|minor)\b", c.role) for c in labelled):
        out = [c for c in out if not (c.source == "member_name.label" and c.role.startswith("subscriber"))]
    for m in _NAMED_AS_MEMBER.finditer(text):
        # a name the letter marks as the member's: "CC: Kalani B. Alvarez (member), by mail", "Jon Pua (patient)"
        name = _clean_name(m.group("val"))
        if len(name.split()) >= 2 and not _NOT_NAME.search(name) and not _ORG_WORDS.search(name):
            out.append(Candidate("member_name", m.start("val"), m.start("val") + len(name), name, "member_name.marked", 0.95))
    for m in [*ADDRESS_BLOCK.finditer(text), *RIGHT_ADDRESS_BLOCK.finditer(text)]:
        # a right-hand column label is not part of the name ("Jane Doe Member ID: ..." -> "Jane Doe")
        name = _clean_name(re.sub(r"(?:\s+(?:Member|Patient|Statement|Claim|Account|Health|Plan|Group|Date|Notice|Letter|Case|"
                                  r"Subscriber|Enrollee|Beneficiary|Reference|Referral|Authorization|Policy|Medical|Record|Customer))+$",
                                  "", m.group("val")))
        if re.match(r"(Dr|Dra|Doctor)\b", name) or re.match(rf"[ \t]*,?[ \t]*({P.CRED_RE})", text[m.end("val"):m.end("val") + 12]):
            continue  # a doctor's address (the credential after the name; a right-hand column's "Requesting provider: X, DO" is not it)
        if re.search(r"\b(Kaiser|Permanente|Plan|Health|Department|Services|Center|Medical|Hospital|Office|Group|Unit|"
                     r"Foundation|Division|Appeals?|Grievances?|Inc|LLC|Clinic|Street|Avenue|Suite)\b", name, re.I) or \
                _ORG_WORDS.search(name):
            continue  # the sender's return address ("Medi-Cal Member Notices" / "P.O. Box 2961"), not the member's
        out.append(Candidate("member_name", m.start("val"), m.start("val") + len(name), name, "member_name.address_block", 0.8))
    for m in DEAR_RE.finditer(text):
        g = "val" if m.group("val") else "sur"
        name = _clean_name(m.group(g))
        if re.match(r"(Dr|Dra|Doctor)\b", name) or re.search(r"\b(provider|member|customer|doctor|colleague|sir|madam)\b", name, re.I):
            continue
        out.append(Candidate("member_name", m.start(g), m.start(g) + len(name), name, "member_name.salutation",
                             0.7 if len(name.split()) >= 2 else 0.5))
    for m in PROVIDER_LABELS.finditer(text):
        # the value ends at a wide gap, a bar, a semicolon, the next label, or the next sentence ("Dr. Ana Ruiz. We got ...")
        val = re.split(r"\s{2,}|\t|\s+\|\s+|;|\s+(NPI|Phone|Tel|Fax|Specialty|Date|MRN)\b|\.\s+(?=[A-Z][a-z]+\s+[a-z])",
                       m.group("val"))[0]
        # a credential keeps its own dot ("Harriet Whitaker, M.D."); otherwise a sentence's dot ends the name
        val = val.strip(" ,") if re.search(rf"(?:{P.CRED_RE})[ \t]*$", val.strip()) else val.strip(" ,.")
        if not re.search(r"[A-Za-z]{2}", val) or re.match(r"(none|n/?a|you|member|self|the\s+member)\b", val, re.I):
            continue
        end = m.start("val") + len(val)
        wrap = _WRAPPED_NAME.match(text, end) if len(val.split()) == 1 else None
        if wrap:  # "Requested by: Carlos" / "Gutierrez, M.D.  |  ...": a field strip wrapped inside the name
            end = wrap.end()
            val = re.sub(r"\s+", " ", text[m.start("val"):end])
        out.append(Candidate("requesting_provider", m.start("val"), end, val, "provider.label", 0.9))
    for m in PROVIDER_ROW.finditer(text):
        val = _trim_person_value(m.group("val"))
        out.append(Candidate("requesting_provider", m.start("val"), m.start("val") + len(val), val, "provider.label_row", 0.85))
    for m in PROVIDER_QUESTION.finditer(text):
        val = _trim_person_value(m.group("val"))
        out.append(Candidate("requesting_provider", m.start("val"), m.start("val") + len(val), val, "provider.label_row", 0.85))
    for rx, src in ((PROVIDER_PROSE, "provider.prose_requested"), (PROVIDER_PROSE2, "provider.prose_request_from"),
                    (PROVIDER_PROSE3, "provider.prose_appositive"), (PROVIDER_PROSE4, "provider.prose_credentialed"),
                    (PROVIDER_MADE_BY, "provider.prose_made_by")):
        for m in rx.finditer(text):
            if rx is PROVIDER_MADE_BY and not _REQUEST_MADE_BY.search(text, max(0, m.start() - 200), m.start() + 1):
                continue  # (only a request's maker: "the decision, made by Dr. X" is the reviewer's)
            val = _clean_name(m.group("val"))
            if len(val.split()) < 2 or re.search(r"\b(you|your|us|we|Kaiser|Permanente|Health|Plan|Member)\b", val):
                continue
            out.append(Candidate("requesting_provider", m.start("val"), m.start("val") + len(val), val, src, 0.7))
    # a fax or memo addressed to a physician ("TO: Office of Jane Doe, MD") goes to the provider who asked
    for m in PROVIDER_ADDRESSEE.finditer(text):
        if not (m.group("dr") or m.group("cred")):
            continue
        val = _clean_name(m.group("val"))
        if len(val.split()) < 2 or _ORG_WORDS.search(val):
            continue
        val = _trim_person_value(m.group("val"))
        out.append(Candidate("requesting_provider", m.start("val"), m.start("val") + len(val), val, "provider.addressee", 0.6))
    out.extend(find_reviewer(text, sections))
    return out


PROVIDER_ADDRESSEE = re.compile(
    # (a form's capital "TO" label needs no colon: "TO  Imelda W. Lindqvist, DO")
    rf"(?m)^[ \t]*(?:(?i:(?:to|attn\.?|attention)[ \t]*:|deliver(?:ed)?[ \t]+to[ \t]*:?|for[ \t]+the[ \t]+attention[ \t]+of[ \t]*:?)|(?:TO|ATTN)(?=[ \t]))[ \t]*"
    rf"(?i:(the\s+)?office\s+of\s+)?"
    rf"(?P<val>(?P<dr>(?:Dr\.|Dra\.|Doctor)[ \t]+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}"
    rf"(?P<cred>[ \t]*,[ \t]*(?:{P.CRED_RE}))?)(?![\w])")


_ORG_WORDS_RX = re.compile(r"\b(Kaiser|Permanente|Plan|Department|Services|Team|Unit|Committee|Member|Center|Claims|"
                        r"Administration|Appeals?|Grievances?|Operations|Office|Review|Management|Region|Division|Group|"
                        r"Health|Medical|Program|Organization|Entity|Independent|Board|Hospital|Clinic|Foundation|Inc|"
                        r"Customer|Care|Utilization|Resolution|Coordinator|Specialist|Senior|Advantage|Medicare|Medi-Cal|Insurance|Benefits?|"
                        r"Department|Oncology|Services|Pharmacy|Network|Practice|Associates|Partners|Formulary|Exceptions?|"
                        r"Authorizations?|Relations|Affairs|Therapy|Diagnostics|Surgery|Imaging|Laboratory|Laboratories|Institute|Physicians|Specialty|Centre|Children)\b")


class _OrgWords:
    """``_ORG_WORDS_RX``, also for a name printed in capitals ("UTILIZATION MANAGEMENT" under an all-capitals letter)."""

    @staticmethod
    def search(name: str, *args: int) -> re.Match | None:
        return _ORG_WORDS_RX.search(name, *args) or (_ORG_WORDS_RX.search(name.title(), *args) if name.isupper() else None)


_ORG_WORDS = _OrgWords()
# a request named just before ", made by": "We have denied the request for IRF admission at Dogwood Center, made by"
_REQUEST_MADE_BY = re.compile(r"(?i)\b(?:request|referral|order|claim|prescription)\b(?:(?!\b(?:decision|determination)\b)[^.;\n]|\n(?!\n)){0,180},[ \t\n]*$")
# the author of a record the letter cites, not a reviewer: "pathology report signed by Wei Fitzgerald, MD", "the MRI report
# read by X", "an office note written by X", "the admission note of Emily Montoya, MD"
# (a request or referral "reviewed by" someone is the review itself: "This referral was reviewed by X, DO")
RECORD_AUTHOR_BEFORE = re.compile(r"(?i)\b(?:report|note|notes|letter|order|prescription|summary|record|records|results?|study|exam|"
                                  r"evaluation|assessment|consult(?:ation)?|scan|x-ray|biopsy|surgery|operation|tests?|photographs?|MRI|CT|"
                                  r"imaging|ultrasound|echocardiogram|plan\s+of\s+care|care\s+plan|certification|form)\s*"
                                  # (its date may come between: "the visual field test of 6-21-25 done by X, OD", "your MRI (2025
                                  # May 15, reported by X, MD)")
                                  r"(?:(?:\(|(?:of|on|dated)\s+)[\w ,/.'’-]{4,24}?,?\s+)?"
                                  # (or what it came with: "The plan of care sent with this request was signed by Dr. X")
                                  r"(?:(?:sent|submitted|attached|included|faxed)\s+[^.;:\n()]{0,30}?\s+)?"
                                  r"(?:(?:(?:was|were)\s+)?(?:signed|written|dictated|read|interpreted|reported|done|performed|completed|taken)\s+by|"
                                  r"(?<=\s)(?:of|from|by))\s*$|"
                                  # the same in Spanish, the participle after its noun: "el formulario ... (PCS) firmado por X"
                                  r"\b(?:formulario|informe|notas?|receta|orden|estudio|examen|evaluaci[óo]n|registros?|resultados?|certificaci[óo]n)\b"
                                  r"[^.;:\n]{0,70}?\b(?:firmad|escrit|realizad|interpretad|dictad|completad|ordenad|recetad)[oa]s?\s+por\s*$")
_REVIEWER_PROSE = re.compile(
    # (never who got a case ready for it: "The request was prepared for review by X, PharmD")
    rf"(?<!for )(?<!FOR )(?i:(reviewed|review|decided|made|determined|determination|decision|signed|denied|approved|revisad[oa]|revisi[óo]n|tomad[oa]|firmad[oa]|"
    rf"(?:determination|decision|review)\s+was\s+(?:completed|issued|prepared))\s+(by|por)"
    # "reviewed by a board-certified physician in Ophthalmology, Graciela Gallagher, MD"
    rf"(\s+(a|an|the|our)\s+(board[-\s]certified\s+)?(physician|doctor|specialist|surgeon|pharmacist|nurse|psychiatrist|psychologist)"
    rf"(\s+(in|of|specializing\s+in)\s+[A-Z][\w-]*(\s+[\w-]+){{0,3}})?,)?|reviewer(\s+(for|of|on|in)\s+(this|your|the)\s+\w+)?\s+(was|is)|"
    rf"who\s+(reviewed|decided|looked\s+at|made)\s+(this|your|the)\s+(request|case|decision|appeal)\??[ \t]*:|"
    # "A physician reviewed this request: Latoya Vu, MD, Internal Medicine."
    rf"(physician|doctor|clinician|pharmacist|specialist|nurse|psychiatrist)\s+(reviewed|decided|looked\s+at)\s+(this|your|the)\s+"
    rf"(request|case|appeal|claim|referral)[ \t]*:|"
    # "The physician responsible for this decision is Graciela G. Harrington, M.D."
    rf"(physician|doctor|clinician|reviewer|person|pharmacist|dentist)\s+responsible\s+for\s+(this|the|your)\s+(decision|review|determination)\s+(is|was)|"
    # "Reviewed by:", "Reviewed by (Physician Advisor):", "A doctor made this decision:"
    rf"(review\w*|decision|decided|signed|determination|revisad[oa]|decisi[óo]n)[\w ]{{0,25}}?\b(by|por)(\s*\([^)\n]{{1,40}}\))?[ \t]*:|"
    rf"(made|reached|signed)\s+(this|the|our)\s+(decision|determination)[ \t]*:|"
    rf"revis[óo]\s+(su|esta|la|el)\s+(caso|solicitud|expediente|apelaci[óo]n|queja)|"
    # "Médico revisor: Ana Ruiz, MD", "Esta decisión la tomó Ana Ruiz, MD"
    rf"\b((m[ée]dic[oa]|profesional|farmac[ée]utic[oa]|enfermer[oa])\s+)?revisor(a)?[ \t]*[:,]|decisi[óo]n\s+la\s+tom[óo]|"
    # "Profesional que tomó la decisión: Aaron Dubois, DO"
    rf"(profesional|m[ée]dic[oa]|persona|cl[íi]nico)\s+que\s+tom[óo]\s+(la|esta)\s+decisi[óo]n[ \t]*:|"
    # "The person who handled your appeal was Jane Doe, Authorization Coordinator."
    rf"(person|clinician|physician|doctor|professional|staff\s+member|nurse|pharmacist)\s+who\s+(handled|reviewed|decided|looked\s+at)\s+"
    rf"(your|the|this)\s+(appeal|request|case|grievance|claim)\s+(was|is)|"
    # "The physician reviewing this request is Rahul Abernathy, DO."
    rf"(clinician|physician|doctor|nurse|pharmacist)\s+reviewing\s+(your|the|this)\s+(appeal|request|case|grievance|claim)\s+(is|was)|"
    # "Who decided: Jane Doe", "A health professional looked at your records: Jane Doe"
    rf"who\s+(decided|reviewed\s+(it|this|the\s+request)|made\s+(the|this)\s+decision)[ \t]*[:?]|"
    rf"(looked\s+at|reviewed|went\s+over)\s+(your|the)\s+(records|request|case|file|chart)[ \t]*:|"
    # apposition: "Our Medical Director, Dr. Jane Doe, DO, ...", "the physician advisor, John Roe, MD"
    rf"\b(medical\s+director|physician\s+(advisor|adviser|reviewer|consultant)|clinical\s+reviewer|peer\s+reviewer|"
    # (or "Our medical director, Wei C. Holloway, who practices Clinical Psychology, reviewed the records")
    rf"reviewing\s+(physician|doctor|psychiatrist|pharmacist))[ \t]*,(?=[ \t]*(?:Dr\.|Doctor|[A-Z][a-z]+(?:-[a-z]+)?[ \t]+(?:[A-Z]\.[ \t]+)?"
    rf"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]*,[ \t\n]*(?:{P.CRED_RE}|(?:who[ \t\n]+(?:practices|is|specializes|reviewed)|reviewed|decided|made)\b)))|"
    rf"\b(physician|medical|clinical|nurse|pharmacist|peer)?\s*reviewer[ \t]*[:,]|"
    rf"(made|making|reviewed)\s+(this|the|your)\s+(decision|determination|request|case)\s+(is|was)|decision[-\s]maker\s+(is|was)|"
    rf"reviewer\s*:|reviewer\s+(?:on|for|of)\s+(?:(?:this|your|the)\s+)?appeal\s*:|decision\s+maker\s*:|physician\s+reviewer\s*:|reviewing\s+(physician|doctor|practitioner|clinician|pharmacist|provider)\s*(was|is|:)|"
    rf"medical\s+director\s*:|(?:medical|clinical|physician|claims?\s+medical)\s+review\s*:)[ \t]*:?[ \t]*\n?[ \t]*(?i:(the|la|el)\s+)?(?i:(physician|doctor|medical\s+director|reviewer|m[ée]dico)\s+)?"
    rf"(?P<val>(?:(?:Dr\.|Dra\.|Doctor)\s+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}})"
    rf"(?P<cred>,?[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)?")
_EARLIER_DECISION_LEAD = re.compile(r"(?i)\b(?:first|initial|original|earlier|prior|previous)\s+(?:denial|decision|determination|"
                                    r"review|level)\b[^.;\n]{0,30}$")
_SIGNOFF = re.compile(r"(?im)^[ \t]*(sincerely|respectfully|regards|atentamente|cordialmente|best\s+regards|"
                     r"(with|kind|warm|warmest)\s+regards|yours\s+(truly|sincerely)|cordially|"
                     r"(issued\s+|signed\s+)?(for|on\s+behalf\s+of)\s+the\s+[a-z][a-z ]{2,40}|"
                     # an electronic signature over the typed name: "/s/ Acosta" / "Fatima Acosta"
                     r"/s/[ \t]*(?-i:[A-Z])[\w'’.-]+(?:[ \t]+(?-i:[A-Z])[\w'’.-]+){0,3})[ \t]*,?[ \t]*$")
# a page footer or the next page's running header between a sign-off and the name under it
# a page break, or a line that starts or ends on a page number ("2/3", "Page 2", "Notice REF123 – 1/2")
_PAGE_FURNITURE = re.compile(r"\x0c|^\s*(\d+\s*/\s*\d+|page\s+\d+|p[áa]gina\s+\d+|p[áa]?g?\.\s*\d+|\d+\s+(?:of|de)\s+\d+)\b|"
                             r"(?:^|[ \t])(?:[-–—·|][ \t]*)?(\d{1,2}[ \t]*/[ \t]*\d{1,2}|(?:page|p[áa]gina)[ \t]+\d+(?:[ \t]+(?:of|de)[ \t]+\d+)?|"
                             r"p[áa]?g?\.[ \t]*\d+)[ \t]*$",
                             re.I)
_NAME_LINE = re.compile(  # a middle initial belongs to the name: "Tuan C. Nakamura" (the shortest name otherwise)
    rf"^[ \t]*(?P<val>(?:(?:Dr\.|Dra\.)\s+)?(?:{P.NAME_TOKEN})(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
    rf"(?P<cred>,?[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)?[ \t]*,?[ \t]*(?P<rest>[^\n]*)$")
_SPEC_RE = re.compile(rf"\b(?P<spec>{P.SPECIALTY_WORDS})\b", re.I)
_ROLE_WORDS = re.compile(r"(physician|medical\s+director|reviewer|nurse|pharmacist|specialist|m[ée]dic[oa]|director|"
                         r"board[-\s]certified|consultant|manager|coordinator|department|services|analyst|specialty)", re.I)


def _cred_value(s: str | None) -> str | None:
    if not s:
        return None
    s = s.strip(" ,")
    return s or None


_TOLL_FREE = re.compile(r"^(?:\+?1[\s.-]?)?\(?8(00|88|77|66|55|44|33)\)?[\s.-]")


# the title under a signer's name: member-services staff who send the letter ("Member Relations Case Specialist",
# "Customer Service Representative", "Appeals Coordinator") or a clinician ("Physician Reviewer", "Associate Medical
# Director"); an authorization coordinator who signs is read as the reviewer, as letters name them ("The reviewer for
# this grievance was X, Authorization Coordinator")
_STAFF_TITLE = re.compile(r"(?i)[ \t]*(?:[\w&/-]+[ \t]+){0,3}(?:(?:member|customer)[ \t]+(?:relations|services?)[ \t]+(?:[\w-]+[ \t]+)?"
                          r"(?:specialist|representative|coordinator|advocate|associate|analyst)|case[ \t]+specialist|"
                          r"(?:appeals?|grievances?)(?:[ \t]+(?:and|&)[ \t]+(?:appeals?|grievances?))?(?:[ \t]+committee)?[ \t]+(?:coordinator|specialist|analyst|"
                          r"representative)|"
                          # "Claims Review Specialist", "Benefit Determination Specialist", "Coverage Analyst"
                          r"(?:claims?|benefits?|coverage|billing)(?:[ \t]+(?:review|determination|processing|services?))?[ \t]+"
                          r"(?:specialist|analyst|coordinator|representative|examiner|processor|associate)|"
                          # "Continuity of Care Coordinator", "Referral Services Coordinator", "Outside Services Specialist"
                          r"(?:referral|continuity[ \t]+of[ \t]+care|outside[ \t]+services?)(?:[ \t]+(?:services?|review))?[ \t]+(?:coordinator|specialist|representative)|"
                          r"representative|clerk|administrative[ \t]+assistant)\b[^\n]{0,60}$")
_CLINICAL_TITLE = re.compile(r"(?i)\b(?:physician|medical|clinical|doctor|nurse|pharmac|psychiatr|psycholog|reviewer|"
                             r"director|m[ée]dic)")


def staff_signer(text: str, end: int) -> bool:
    """A name that ends its line (no credentials after it) over a staff title: "Maria Nguyen" / "Member Relations Case
    Specialist" signs for the plan; the clinician who decided is someone else."""
    le = text.find("\n", end)
    if le < 0 or text[end:le].strip(" \t,"):
        return False
    # (past a page's footer and the next page's running header: "E890900217 - 2/3" / "MAY 12, 2025 ... P.3/3")
    for _ in range(3):
        nxt = re.match(r"(?:\n[\x0c \t]*)+([^\n]+)", text[le:])
        if not nxt or not (_PAGE_FURNITURE.search(nxt.group(1)) or FAX_PAGE_MARK.search(nxt.group(1))):
            break
        le = le + nxt.end()
    if not nxt or _CLINICAL_TITLE.search(nxt.group(1)):
        return False
    if _STAFF_TITLE.match(nxt.group(1)):
        return True
    # a unit signs: "Nadia Lozano" / "Utilization Management Department", "Farid Chandrasekar" / "Out-of-Area Referral
    # Services", when no clinical title follows the unit ("Jane Doe" / "Utilization Review" / "Medical Director")
    # and the name is no doctor's ("Dr. Ana Ruiz" / "Utilization Review")
    if not _UNIT_LINE.match(nxt.group(1)) or re.search(r"\b(?:Dr|Dra)\.?[ \t]*[^\n]*$", text[max(0, end - 60):end]):
        return False
    after = re.match(r"\n[ \t]*([^\n]*)", text[le + nxt.end():])
    return not (after and _CLINICAL_TITLE.search(after.group(1)))


# the name of a plan unit on its own line ("Utilization Management Department", "Outpatient Therapy Review")
_UNIT_LINE = re.compile(r"(?i)[ \t]*(?:[\w&/,'-]+[ \t]+){0,5}(?:department|dept\.?|unit|services|review|office|team|program|"
                        r"management|operations|cent(?:er|re))\b[ \t]*$")


# the page count a fax machine prints on the header line of every page: "... FROM: KP GA APPEALS ... P.3/3"
FAX_PAGE_MARK = re.compile(r"\bP(?:AGE)?\.?\s*\d+\s*/\s*\d+\b", re.I)
_COLUMN_HEADER = re.compile(r"(?im)^[ \t]*(?:(?:name|credentials?|degrees?|specialty|speciality|field|phone(?:\s+number)?|"
                            r"telephone|title|role|board\s+certification|especialidad|nombre|tel[ée]fono)[ \t|,/]*){3,}$")


# a number a language line tells the reader to call ("Llame al", "Composez le", "Xin gọi"): the member's line, not a
# reviewer's (an English "call" may lead the reviewer's own: "To discuss the clinical review, call 571-...")
# a booking line: "To confirm, change or choose another Plan physician, call ...", "call our scheduling line at ...",
# "Call (240) 535-0426 to book one"
# a named program or office the member is told to call, never the reviewer ("call Aspen Meadow Recovery House admissions at")
_CALL_NAMED_PARTY = r"\bcall\s+(?!Dr\.?\s|Doctor\s)(?-i:[A-Z])[\w&'’.-]+\s+(?-i:[A-Z])|\badmissions\b"
_BOOKING = re.compile(r"\b(confirm|reschedul\w*|schedul\w*|appointments?|choose|book(?:ing|ed)?|cita|confirmar|"
                      r"to\s+(?:change|cancel|move|keep)\s+(?:it|them|the\s+\w+|your\s+\w+))\b", re.I)
# a line to talk about the notice, not the review: "To talk about this notice, call our review nurses at ..."
_ABOUT_THE_NOTICE = r"(?:talk|speak)\s+(?:(?:to|with)\s+us\s+)?about\s+(?:this|the|your)\s+(?:notice|letter|change|benefits?)"
# a clinician the member is told to reach on a phone's line ("Please talk with Dr. Emily Vu or Bayside Visiting Nurses
# (707 ...)", "talk with Franklin Zhang, M.D. or ..."): unless it is the reviewer, the phone is theirs (never the doctor who
# is told to call: "La Dra. Benavides puede llamarla al ...", "Your doctor, Dr. Ruiz, may call the reviewer at ...")
# the office of the member's own doctor or of the provider that billed: "El consultorio atiende en el (240) 440-3650",
# "the prescriber's office", "The provider's billing office is at (480) 495-2433"
_PRESCRIBER_OFFICE = (r"\bconsultorio\b|\b(?:doctor|prescriber|physician|provider|surgeon|hospital|facility)['’]s\s+(?:billing\s+)?office\b|"
                      r"\bbilling\s+office\b")
# a place named right before its number in brackets: "The facility ((541) 429-6282) will plan the discharge"
_PLACE_BEFORE_ITS_NUMBER = (r"\b(?:the|your|this|that)\s+(?:facility|program|center|hospital|clinic|pharmacy|agency|supplier|school|"
                            r"office|unit|lab|laboratory)\s*\(\s*$")
_OTHER_CLINICIAN = re.compile(r"(?i)\b(?:talk|speak|check)\s+(?:with|to)\s+(?:your\s+)?(?:(?:Dra?\.|Doctor)\s+)?(?-i:[A-Z])|"
                              r"\bhable\s+con\s+(?:(?:el|la)\s+)?(?:Dra?\.\s+)?(?-i:[A-Z])")
_CALL_BEFORE = re.compile(r"\b(ll[áa]me(\s+al)?|llamar|composez(\s+le)?|appelez(\s+le)?|rufen|g[ọo]i(\s+s[ốo])?)\b[^\n\d]{0,12}$", re.I)
# the shape of a medical specialty's name ("Obesity Medicine", "Developmental-Behavioral Pediatrics"), never a person's
_SPECIALTY_SHAPE = re.compile(r"(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}(?:Medicine|Surgery|[A-Z]?[a-z-]*(?:ology|iatry|iatrics|ics)|Care|Health|"
                              r"Therapy|Pharmacy|Nursing|Rehabilitation)")
# a number given for a grievance or complaint ("... file a complaint (grievance) with us ... or calling 404-...") is the
# plan's, not a reviewer's
_GRIEVANCE_WORD = re.compile(r"\b(grievance|complaint|queja|reclamo)\b", re.I)
_RIGHTS_NAMES = ("appeal_rights", "external_review", "expedited_review", "taglines", "enclosures")


def find_reviewer(text: str, sections: list[tuple[str, int, int, str]]) -> list[Candidate]:
    """Reviewer name/credentials/specialty/phone from a signature block or "reviewed by" prose."""
    out: list[Candidate] = []
    blocks: list[tuple[int, int, str]] = []
    for m in _SIGNOFF.finditer(text):
        blocks.append((m.end(), min(len(text), m.end() + 400), "reviewer.signature"))
    for m in _REVIEWER_PROSE.finditer(text):
        if re.match(r"(?i)(?:made|sent|submitted)\s+by", m.group(0)) and _REQUEST_MADE_BY.search(text, max(0, m.start() - 200), m.start()):
            continue  # "the request for X at Y, made by Gabriel Iwasaki, M.D.": who asked, not who decided
        if re.match(r"(?i)made\s+by", m.group(0)) and not re.search(
                r"(?i)\b(?:decision|determination|review|denial|decisi[óo]n)\b[^.;\n]{0,60}$", text[max(0, m.start() - 100):m.start()]):
            continue  # "The appliance would be made by Kalani Ibarra, DMD": who makes the item, not who decided
        if _EARLIER_DECISION_LEAD.search(text, max(0, _line_at(text, m.start())[0], m.start() - 60), m.start()):
            continue  # the reviewer of the decision an appeal reviews: "First denial (reviewer: Cedric Vu, MD)"
        if re.match(r"(?i)(?:signed|reviewed|approved|made)\s+by|firmad[oa]\s+por", m.group(0)) and RECORD_AUTHOR_BEFORE.search(
                text, max(0, m.start() - 90), m.start("val")):
            continue  # a record's author: "pathology report signed by Wei Fitzgerald, MD on 6-22-25"
        val = m.group("val")
        cut = re.search(r"(?<=[a-z]{3})\.[ \t]", val)  # "Hannah N. Duarte. Peer-to-peer line": the sentence ends
        name = _clean_name(val[:cut.start()] if cut else val)
        # "..., physician reviewer, Gastroenterology. Your doctor may call": a specialty, not a name
        if _ORG_WORDS.search(name) or len(name.split()) < 2 or _SPEC_RE.match(name) or _SPECIALTY_SHAPE.fullmatch(name):
            continue
        s = m.start("val")
        out.append(Candidate("reviewer_name", s, s + len(name), name, "reviewer.prose_by", 0.9))
        if m.group("cred"):
            cs = m.start("cred") + len(m.group("cred")) - len(m.group("cred").lstrip(" ,"))
            out.append(Candidate("reviewer_credentials", cs, m.end("cred"), _cred_value(m.group("cred")),
                                 "reviewer.prose_by", 0.9))
        brk = text.find("\x0c", m.end(), m.end() + 300)  # the next page's running header is not the reviewer's
        end = brk if brk >= 0 else min(len(text), m.end() + 300)
        # nor are the numbers of the rights that follow ("How to appeal ... by phone at ...")
        end = min([end] + [s0 for n, s0, _, _ in sections if n in _RIGHTS_NAMES and m.end() <= s0 < end])
        blocks.append((m.start(), end, "reviewer.prose_context"))
    for bs, be, src in blocks:
        chunk = text[bs:be]
        first_name_found = src != "reviewer.signature"
        after_break = False
        for lm in re.finditer(r"[^\n]+", chunk):
            ln = lm.group(0)
            if "\x0c" in ln:
                after_break = True  # a page break: the next page's running header may come before the name
            if not ln.strip():
                continue
            if first_name_found and re.match(r"(?i)[ \t]*(?:cc|copy\s+to|copies\s+to|(?:con\s+)?copias?(?:\s+a)?)[ \t]*:", ln):
                break  # the copy list ends the block: what follows is no longer the reviewer's
            if src == "reviewer.prose_context" and bs + lm.start() > _line_at(text, bs)[1] and _INFO_HEADING.fullmatch(ln):
                break  # the next section's heading ("Your case file" / "Copies ... are free. Call 1-800-..."): past the review
            gs = bs + lm.start()
            if src == "reviewer.signature" and not first_name_found:
                if _PAGE_FURNITURE.search(ln):
                    after_break = after_break or "\x0c" in ln
                    continue
                if after_break and not _NAME_LINE.match(ln):
                    after_break = False
                    continue  # the next page's running header ("Case 123 / Jane Doe")
            if not first_name_found:
                nm = _NAME_LINE.match(ln)
                if nm and not _ORG_WORDS.search(nm.group("val")) and \
                        not _ORG_WORDS.search(ln.split(",")[0]):
                    name = _clean_name(nm.group("val"))
                    out.append(Candidate("reviewer_name", gs + nm.start("val"), gs + nm.start("val") + len(name), name, src, 0.85))
                    if nm.group("cred"):
                        cs = gs + nm.start("cred") + len(nm.group("cred")) - len(nm.group("cred").lstrip(" ,\t"))
                        out.append(Candidate("reviewer_credentials", cs, gs + nm.end("cred"), _cred_value(nm.group("cred")),
                                             src, 0.85))
                    elif src == "reviewer.signature" and staff_signer(text, gs + nm.start("val") + len(name)):
                        del out[-1]  # staff who send the letter, not the clinician who decided
                        break
                    first_name_found = True
                elif re.search(r"[a-z]", ln) and len(ln.strip()) > 3:
                    break  # a signature block starts with the name; anything else is not a person's sign-off
                continue
            sm = _SPEC_RE.search(ln)
            if sm and (_ROLE_WORDS.search(ln) or src == "reviewer.signature" or re.search(r"specialty|especialidad", ln, re.I)):
                out.append(Candidate("reviewer_specialty", gs + sm.start(), gs + sm.end(), sm.group("spec"), src + ".specialty", 0.8))
            pm = P.PHONE_RE.search(ln)
            # (nor a number the member is told to call: "Llame al 303-...", a language line's "call 303-...")
            # (nor a line for questions about anything but the review: "Questions about this notice: Continuing Care Review,
            # (916) ...", "questions about what Medi-Cal covers, call the Medi-Cal Member Helpline")
            if pm and _OTHER_CLINICIAN.search(ln, 0, pm.start()) and not any(
                    c.value.split()[-1] in ln for c in out if c.label == "reviewer_name"):
                pm = None  # another clinician's line: "Please talk with Dr. Emily Vu or Bayside Visiting Nurses (707 ...)"
            if pm and (other := _CREDENTIALED_NAME.match(ln.lstrip(" \t"))) and not any(
                    c.value.split()[-1] in other.group(0) for c in out if c.label == "reviewer_name"):
                pm = None  # a row led by another clinician: "Graciela Ahmadi, M.D.  Urologic Oncology  Roseville ...  916-..."
            if pm and src == "reviewer.prose_context":
                at = gs + pm.start()
                if gs > _line_at(text, bs)[1] and _other_party_label(ln[:pm.start()]):
                    pm = None  # a later line labelled for another party ("Proveedor de suministros: ..., teléfono 714-...")
                elif re.search(r"(?i)\bfax\b[ \t:#]*\n?[ \t]*$", text[max(0, at - 12):at]) or _someone_elses_line(text, bs, at) or \
                        re.search(_PLACE_BEFORE_ITS_NUMBER, text[max(0, at - 60):at], re.I):
                    # (or the number of a place named right before it: "The facility ((541) 429-6282) will plan the discharge")
                    pm = None  # a fax number wrapped onto the line, or a line for questions, is not the reviewer's
                elif re.search(_CALL_NAMED_PARTY + "|" + _PRESCRIBER_OFFICE, sent := _sentence_to(text, bs, at), re.I):
                    pm = None  # a named program's number: "To arrange it, call Columbine Ridge" / "... admissions at 303-..."
                elif any(c.value.split()[-1] not in o.group(0) for o in _CREDENTIALED_NAME.finditer(sent)
                         for c in out if c.label == "reviewer_name"):
                    pm = None  # another clinician's number in a sentence that wrapped: "... approved: Paloma Ibarra, M.D.
                    # (Urologic Oncology), South Sacramento" / "Medical Center, first opening 8-4-25, phone 707-..."
            # (the party may stand on the line before: "supplies: Evergreen Pump & CGM Services," / "425-940-4715.")
            if pm and src == "reviewer.prose_context" and (org := _NAMED_PARTY_PHONE.search(
                    text[max(bs, gs + pm.start() - 120):gs + pm.start()] if not ln[:pm.start()].strip() else ln[:pm.start()])) and not any(
                    c.value.split()[-1] in org.group(0) for c in out if c.label == "reviewer_name"):
                pm = None  # a named party's own number on a later line: "Please return the vest to Southeast Wearable
                # Cardiac Devices (678-...)"
            if pm and not re.search(r"\b(fax|TTY|TDD|member\s+services|interpreters?|int[ée]rpretes?|1-800-MEDICARE|DMHC|help\s+center|questions?\s+about\s+(?!(?:the|this|our)\s+(?:review|decision|clinical))|helpline|"
                                    rf"{_ABOUT_THE_NOTICE}|"
                                    r"customer\s+service)\b", ln, re.I) and \
                    not _CALL_BEFORE.search(ln, 0, pm.start()) and not _BOOKING.search(ln) and \
                    not _GRIEVANCE_WORD.search(text, max(bs, gs + pm.start() - 160), gs + pm.start()):
                out.append(Candidate("reviewer_phone", gs + pm.start(), gs + pm.end(), pm.group(0).strip(), src + ".phone", 0.8))
    # a form row "Reviewer Jane Doe" / "Physician reviewer Jane Doe, MD"
    for m in re.finditer(rf"(?m)^[ \t]*(?i:(physician|medical|clinical|nurse|peer)?\s*reviewer(\s+name)?)[ \t]+"
                         rf"(?P<val>(?:(?:Dr\.|Dra\.)\s+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
                         rf"(?P<cred>,?[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)?[ \t]*$", text):
        name = _clean_name(m.group("val"))
        if _ORG_WORDS.search(name):
            continue
        out.append(Candidate("reviewer_name", m.start("val"), m.start("val") + len(name), name, "reviewer.form_row", 0.85))
        if m.group("cred"):
            cs = m.start("cred") + len(m.group("cred")) - len(m.group("cred").lstrip(" ,\t"))
            out.append(Candidate("reviewer_credentials", cs, m.end("cred"), m.group("cred").strip(" ,\t"), "reviewer.form_row", 0.85))
    # a table under a reviewer heading: a row of column names, then the row of values
    #   "Name  Credentials  Field  Phone" / "Paloma Whitaker  MD, PhD  Wound Care  951-712-8444"
    for m in _COLUMN_HEADER.finditer(text):
        if not re.search(r"\bname\b", m.group(0), re.I):
            continue
        above = text[max(0, m.start() - 160):m.start()].split("\n")[-3:]
        if not re.search(r"review|decid|physician|doctor|clinician|signed|revis", " ".join(above), re.I) or \
                re.search(r"request|order|refer|prescrib|submit", " ".join(above[-1:]), re.I):
            continue
        row_s = m.end() + 1
        row = text[row_s:text.find("\n", row_s) if "\n" in text[row_s:] else len(text)]
        nm = _NAME_LINE.match(row)
        if not nm or _ORG_WORDS.search(nm.group("val")):
            continue
        name = _clean_name(nm.group("val"))
        out.append(Candidate("reviewer_name", row_s + nm.start("val"), row_s + nm.start("val") + len(name), name,
                             "reviewer.table_row", 0.85))
        if nm.group("cred"):
            cs = row_s + nm.start("cred") + len(nm.group("cred")) - len(nm.group("cred").lstrip(" ,\t"))
            out.append(Candidate("reviewer_credentials", cs, row_s + nm.end("cred"), _cred_value(nm.group("cred")),
                                 "reviewer.table_row", 0.85))
        rest_s = row_s + nm.start("rest")
        sm = _SPEC_RE.search(nm.group("rest"))
        if sm:
            out.append(Candidate("reviewer_specialty", rest_s + sm.start(), rest_s + sm.end(), sm.group("spec"),
                                 "reviewer.table_row", 0.85))
        pm = P.PHONE_RE.search(nm.group("rest"))
        if pm:
            out.append(Candidate("reviewer_phone", rest_s + pm.start(), rest_s + pm.end(), pm.group(0).strip(),
                                 "reviewer.table_row", 0.85))
    # a line that is just "Name, CRED" (a signature without a sign-off word)
    for m in re.finditer(rf"(?m)^[ \t]*(?:/s/[ \t]*)?(?P<val>(?:(?:Dr\.|Dra\.)\s+)?(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
                         rf"[ \t]*,[ \t]*(?P<cred>(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)[ \t]*$", text):
        name = _clean_name(m.group("val"))
        if _ORG_WORDS.search(name) or _PROVIDER_LABEL_WORD.match(name) or \
                re.match(r"(provider|rendering|billing|billed|servicing|physician|doctor|member|patient|prescriber|to|attn|from|cc)\b", name, re.I):
            continue  # "Prescriber Ingrid C. Prescott, DO", "Provider Kenji Rivas, M.D." are labelled fields, not signatures
        if _PERSON_QUESTION.search(text[max(0, m.start() - 160):m.start()]):
            continue  # the answer under "Who asked for it?": the question says whose name it is, no signature
        pls = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
        if re.fullmatch(r"(?i)[ \t]*(?:requested|asked\s+for|ordered|prescribed|referred|submitted)\s+by|(?:requesting|ordering|referring|treating)"
                        r"\s+(?:provider|physician|doctor|clinician|dentist)|prescriber|dentist|provider[ \t]*:?[ \t]*\n?", text[pls:m.start()].strip()):
            continue  # the value under a side panel's "Requested by" label: who asked, no signature
        if re.fullmatch(r"(?i)(?:your|the\s+(?:member|patient)['’]?s?)\s+[a-z][a-z -]{2,30}|(?:primary\s+care|pcp)\b[a-z ]{0,20}",
                        text[pls:m.start()].strip()):
            continue  # a contact panel's "Your neurologist" / "Primary care": the member's own clinician, no signature
        below = text[m.end():m.end() + 200].split("\n")[1:4]
        if any(re.search(r"[A-Za-z][ \t]*,?[ \t]+[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?[ \t]*$", ln) for ln in below):
            continue  # an address block ("Cedric Vu, MD" / "Patuxent Body Contouring Center" / ... / "Columbia, MD 21070"):
            # the doctor the letter is sent to
        out.append(Candidate("reviewer_name", m.start("val"), m.start("val") + len(name), name, "reviewer.name_cred_line", 0.8))
        out.append(Candidate("reviewer_credentials", m.start("cred"), m.end("cred"), m.group("cred"), "reviewer.name_cred_line", 0.8))
    # the first phone after a reviewer's name (not fax/TTY/member services)
    for c in [c for c in out if c.label == "reviewer_name"]:
        win = text[c.end:c.end + 300]
        # the next page's running header and the copy list are not the reviewer's
        win = re.split(r"\x0c|\n[ \t]*(?:cc|copy\s+to|copies\s+to|(?:con\s+)?copias?(?:\s+a)?[ \t]*:)", win, maxsplit=1, flags=re.I)[0]
        for pm in P.PHONE_RE.finditer(win):
            # (the phone's own line, back to its start: "Questions about this notice: Continuing Care Review, (916) ...")
            pre = win[max(0, min(pm.start() - 40, max(win.rfind("\n", 0, pm.start()) + 1, pm.start() - 120))):pm.start()]
            if _SIGNOFF.search(win[:pm.start()]) or any(
                    _heading_of(ln) in ("appeal_rights", "external_review", "expedited_review", "taglines")
                    for ln in win[:pm.start()].split("\n")[1:]):
                break  # past the signature, or into the rights: "What you can do if you disagree ... call 503-..."
            if re.search(r"(fax|TTY|TDD|member\s+services|servicios\s+a\s+los\s+miembros|1-800-MEDICARE|DMHC|help\s+center|toll[-\s]free|"
                         rf"{_PRESCRIBER_OFFICE}|{_PLACE_BEFORE_ITS_NUMBER}|"
                         rf"call\s+us|you\s+(can|may)\s+(call|phone)|questions|ll[áa]menos|preguntas|customer\s+service|{_ABOUT_THE_NOTICE}|"
                         # a named program or office to call, never the reviewer: "To arrange it, call Aspen Meadow Recovery
                         # House admissions at ..."
                         rf"{_CALL_NAMED_PARTY})", pre, re.I) or \
                    _CALL_BEFORE.search(pre) or \
                    _GRIEVANCE_WORD.search(win, max(0, pm.start() - 160), pm.start()) or \
                    _TOLL_FREE.search(pm.group(0)) or _BOOKING.search(pre + " " + win[pm.end():pm.end() + 30]) or \
                    re.search(r"(?i)^\W{0,4}(?:please\s+)?call\s+(?:them|the\s+\w+)\s+to\s+(?:cancel|change|reschedule|book|schedule)\b",
                              win[pm.end():pm.end() + 60]):
                continue  # (a line to book a visit with the plan doctors offered instead: "Call (240) 535-0426 to book one")
            alt = re.search("(" + P.PHONE_RE.pattern + r")[ \t]*(?:/|or)[ \t\n]*$", pre)
            if alt and _TOLL_FREE.search(alt.group(1)):
                continue  # a toll-free line's local number ("Call 1-800-777-7902 / (301) 468-6000"): the plan's line
            if win.rfind("\n", 0, pm.start()) >= 0 and _other_party_label(win[win.rfind("\n", 0, pm.start()) + 1:pm.start()]):
                continue  # a line labelled for another party ("Therapy office: Mile High Kids ..., (303) 484-6581")
            # (the credentials right after the reviewer's own name are hers: "Emily Lindqvist, MD, FACS, who ... (410) ...")
            own = re.match(rf"[ \t]*,?[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*", win)
            pre_start = pm.start() - len(pre)
            if _OTHER_CLINICIAN.search(win, max(pre_start, own.end() if own else 0), pm.start()) and c.value.split()[-1] not in pre:
                continue  # another clinician's line: "Please talk with Dr. Emily Vu or Bayside Visiting Nurses (707 ...)"
            other = [o for o in _CREDENTIALED_NAME.finditer(win, own.end() if own else 0, pm.start())
                     if c.value.split()[-1] not in o.group(0)]
            if other:
                continue  # another person's number: "Pharmacy contact for your doctor: Priya Villanueva, PharmD, 719..."
            if _someone_elses_line(win, 0, pm.start()):
                continue  # a line for questions ("Questions from your doctor's office may go to the review unit, phone ...")
            org = _NAMED_PARTY_PHONE.search(win, 0, pm.start())
            if org and re.search(r"[.;:!?]\s", win[:org.start()]) and c.value.split()[-1] not in org.group(0):
                continue  # a later sentence's named party and its number: "Please return the vest to Southeast Wearable
                # Cardiac Devices (678-...) after the last covered day"
            out.append(Candidate("reviewer_phone", c.end + pm.start(), c.end + pm.end(), pm.group(0).strip(),
                                 "reviewer.phone_after_name", 0.75))
            break
    # the number first, the reviewer after it: "Su proveedor puede llamar al (303) 382-5646 para hablar con el revisor",
    # "... may call 555-201-3344 to speak with the reviewer"
    for m in re.finditer(r"(?P<ph>" + P.PHONE_RE.pattern + r")[ \t\n]+(?:para[ \t\n]+hablar[ \t\n]+(?:con[ \t\n]+(?:el|la)[ \t\n]+"
                         r"(?:revisor|revisora|m[ée]dic[oa][ \t\n]+revisor)|(?:del|sobre[ \t\n]+el|de[ \t\n]+su)[ \t\n]+caso)|to[ \t\n]+(?:speak|talk)[ \t\n]+(?:with|to)[ \t\n]+(?:the|our)[ \t\n]+"
                         r"(?:reviewer|reviewing[ \t\n]+\w+|physician[ \t\n]+reviewer|medical[ \t\n]+director))\b", text, re.I):
        if not _TOLL_FREE.search(m.group("ph")):
            out.append(Candidate("reviewer_phone", m.start("ph"), m.end("ph"), m.group("ph").strip(), "reviewer.phone_prose", 0.9))
    # "you may call Dr. X / the reviewer / the physician ... at (xxx) xxx-xxxx"
    # (a doctor's office is no cue: "Questions from your doctor's office may go to the review unit, phone ...")
    for m in re.finditer(r"(reviewer|physician|doctor(?!['’]s)|Dr\.|medical\s+director|peer[-\s]to[-\s]peer|revisor|m[ée]dico|"
                         r"su\s+proveedor\s+puede)"
                         r"[^.]{0,80}?(at|al|número|number|:|call|calling|phone|dial|llame\s+al)\s*(?P<ph>" + P.PHONE_RE.pattern + ")", text, re.I):
        if re.search(r"\b(fax|TTY|TDD)\b", m.group(0), re.I) or _TOLL_FREE.search(m.group("ph")) or \
                P.PHONE_RE.search(text, m.start(), m.start("ph")):
            continue  # a fax line, a toll-free line, or the cue belongs to a nearer number
        if re.search(r"\b(appeal|grievance|complaint|hearing)\b", m.group(0), re.I):
            continue  # "You or your doctor can ask for a fast appeal by phone at ...": the appeals line
        if re.search(r"[?!]|\binterpret|(?:^|\n)[ \t]*cc[ \t]*:", m.group(0), re.I):
            continue  # the cue is in another sentence ("cc: Dr. Paul Lin / Need an interpreter? It is free: 404-...")
        if _BOOKING.search(text[max(0, m.start() - 60):m.start("ph")]):
            continue  # "To confirm, change or choose another Plan physician, call ...": the member's booking line
        if _OTHER_PARTY_SENTENCE.search(m.group(0)):
            continue  # a doctor's office ("Please call Dr. Harrington's office at (909) ... if anything changes")
        out.append(Candidate("reviewer_phone", m.start("ph"), m.end("ph"), m.group("ph").strip(), "reviewer.phone_prose", 0.9))
    for m in re.finditer(rf"(specialty|especialidad|board[-\s]certified\s+in|specialist\s+in|specializes\s+in)\s*:?\s*(?P<spec>{P.SPECIALTY_WORDS})",
                         text, re.I):
        out.append(Candidate("reviewer_specialty", m.start("spec"), m.end("spec"), m.group("spec"), "reviewer.specialty_label", 0.85))
    # the reviewer as the subject of the review: "Jane Doe, MD, FACP (Cardiology) reviewed this request",
    # "Dr. Roe, a board-certified surgeon, made this decision", "La Dra. Ruiz revisó su solicitud"
    for m in _REVIEWER_SUBJECT.finditer(text):
        name = _clean_name(m.group("val"))
        if len(name.split()) < 2 or _ORG_WORDS.search(name) or _PROVIDER_LABEL_WORD.match(name) or _ROLE_WORDS.search(name) \
                or re.search(r"\b(your|our|this|doctor|team|staff|committee|panel|su|nuestro)\b", name, re.I):
            continue  # "Physician Reviewer reviewed ...", "Your Doctor reviewed ..." name a role, not a person
        out.append(Candidate("reviewer_name", m.start("val"), m.start("val") + len(name), name, "reviewer.prose_subject", 0.9))
        if m.group("cred"):
            cs = m.start("cred") + len(m.group("cred")) - len(m.group("cred").lstrip(" ,\t"))
            out.append(Candidate("reviewer_credentials", cs, m.end("cred"), _cred_value(m.group("cred")),
                                 "reviewer.prose_subject", 0.9))
    out.extend(_reviewer_in_sentence(text))
    return out


_REVIEWER_SUBJECT = re.compile(
    rf"(?:^|(?<=[.:;!?])[ \t]+|(?<=\n))[ \t]*(?:(?:The|El|La)[ \t]+)?"
    # a role in apposition before the name: "A plan physician, Jane Doe, M.D. (Neurology), made this decision."
    rf"(?:(?:A|An|Our|The)[ \t]+(?:(?:plan|staff|reviewing|consulting)[ \t]+)?(?:physician|doctor|pharmacist|psychiatrist|"
    rf"psychologist|specialist|clinician)[ \t]*,[ \t]*)?(?P<val>(?:(?:Dr\.|Dra\.|Doctor)[ \t]+)?(?:{P.NAME_TOKEN})"
    rf"(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)(?P<cred>[ \t]*,[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)?"
    # an apposition or a bracketed specialty between the name and the verb
    rf"(?:[ \t]*\([^()\n]{{1,60}}\))?(?:[ \t]*,[ \t]+(?:a|an|the|our|who\s+is|un|una|el|la)[ \t]+[^,.;\n]{{1,70}},)?,?[ \t]+"
    rf"(?:(?:personally|carefully|also)[ \t]+)?(?i:(?:reviewed|decided\s+on|made|looked\s+at|evaluated|considered)[ \t\n]+"
    rf"(?:this|your|the|our)[ \t\n]+(?:(?:clinician|doctor|physician|provider|prescriber)['’]s[ \t\n]+)?"
    rf"(?:request|case|appeal|grievance|decision|determination|records|file|claim|referral)|"
    rf"(?:revis[óo]|evalu[óo]|tom[óo])[ \t\n]+(?:esta|su|la|el)[ \t\n]+(?:solicitud|caso|decisi[óo]n|apelaci[óo]n|expediente|queja))\b",
    re.M)


# a physician named in a sentence about the review: "Dr. Jane Doe, a specialist in Psychiatry, looked at your case";
# the weakest evidence of a reviewer, used when no label or sign-off names one
_PERSON_MENTION = re.compile(
    rf"(?:(?:Dr\.|Dra\.|Doctor)[ \t]+(?P<n1>(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
    rf"(?P<c1>[ \t]*,[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*)?"
    rf"|(?P<n2>(?:{P.NAME_TOKEN})(?:[ \t]+(?:{P.NAME_TOKEN})){{1,3}}?)"
    rf"(?P<c2>[ \t]*,[ \t]*(?:{P.CRED_RE})(?:[ \t]*,[ \t]*(?:{P.CRED_RE}))*))(?![\w])(?![ \t]+\d{{5}})")  # "Silver Spring, MD 20910"
_REVIEW_CUE = re.compile(
    r"\b(review(ed|er|ing)?|looked\s+(at|over)|made\s+(this|the|our)\s+(decision|determination)|decided|decision[-\s]maker|"
    r"medical\s+director|physician\s+(advisor|adviser|consultant)|board[-\s]certified|specialist\s+in|speciali[sz]\w*\s+in|"
    r"peer[-\s]to[-\s]peer|revis[óo]|revisad[oa]|decidi[óo])\b", re.I)
# the words before a name that make it the one who asked ("a request from", "submitted by"); "your request" and
# "this request" are the request itself ("5. Who reviewed your request / Jane Doe, MD ...")
_REQUESTER_BEFORE = re.compile(
    r"\b((?<!\byour\s)(?<!\bthis\s)request\w*|sent|submitted|faxed|ordered|prescribed|referred|bill(ed)?|claim|update|records?|notes|office\s+of|"
    r"to|attn|attention|cc|from|your\s+(doctor|provider|physician|clinician)|filed|together\s+with|on\s+(your\s+)?behalf|"
    r"support\w*|letter\s+from|appeal(ed)?\s+by)\b[^.;:]{0,25}$", re.I)


# who got a case ready for the reviewer, right before the name: "The request was prepared for review by X, PharmD"
PREPARED_FOR_REVIEW_BEFORE = re.compile(r"(?i)\b(?:prepared|readied|gathered|compiled|processed|sent|forwarded)\s+(?:it\s+)?"
                                        r"for\s+(?:physician\s+)?review\s+by\s*$")


# the clinician the member saw, named right after it: "You saw Naomi M. Figueroa, MD of our Neurosurgery Department ..."
MEMBER_SAW_BEFORE = re.compile(r"(?i)\b(?:you|the\s+(?:member|patient))\s+(?:saw|visited|consulted|met\s+with)[ \t\n]+(?:Dra?\.[ \t\n]+)?$")


def _reviewer_in_sentence(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _PERSON_MENTION.finditer(text):
        g = "n1" if m.group("n1") else "n2"
        name = _clean_name(m.group(g))
        if len(name.split()) < 2 or _ORG_WORDS.search(name) or _PROVIDER_LABEL_WORD.match(name):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        if re.match(r"[ \t]*(to|attn|attention|cc|from|re)\b", text[ls:m.start()], re.I):
            continue  # an addressee or sender line of a fax or memo
        a = max(text.rfind(". ", max(0, m.start() - 250), m.start()), text.rfind("\n\n", max(0, m.start() - 250), m.start()),
                text.rfind(":", max(0, m.start() - 250), m.start()), max(0, m.start() - 250))
        b = re.search(r"[.!?](\s|$)|\n\n", text[m.end():m.end() + 250])
        b = m.end() + (b.start() if b else 250)
        before, after = text[a:m.start()], text[m.end():b]
        if not (_REVIEW_CUE.search(before[-80:]) or _REVIEW_CUE.search(after[:160])):
            continue
        if re.match(r"[ \t]*(?:wrote|prescribed|ordered|asked|requested|referred|submitted)\b", after):
            continue  # "We reviewed the prescription Marcus Salazar, DO wrote for you": who wrote it, not who reviewed it
        if RECORD_AUTHOR_BEFORE.search(before[-60:]):
            continue  # a record's author: "We reviewed ... the admission note of Emily Montoya, MD"
        if PREPARED_FOR_REVIEW_BEFORE.search(before):
            continue  # who got the case ready: "The request was prepared for review by X, PharmD"
        if MEMBER_SAW_BEFORE.search(before):
            continue  # the clinician the member saw: "You saw Naomi M. Figueroa, MD of our Neurosurgery Department ..."
        if re.search(r"\(\s*$", before) and _ORG_WORDS.search(before[-60:]):
            continue  # the contact a supplier names: "quoted by Capital Beltway Prosthetic Center (Arturo Ahmadi, CPO, LPO)"
        req = _REQUESTER_BEFORE.search(before)
        rev = [r.end() for r in _REVIEW_CUE.finditer(before)]
        if req and (not rev or rev[-1] <= req.start()):
            continue  # "we reviewed a request from Dr. X": the nearest cue makes X the one who asked
        s = m.start(g)
        out.append(Candidate("reviewer_name", s, s + len(name), name, "reviewer.sentence", 0.6))
        c = m.group("c1") or m.group("c2")
        if c:
            ce = m.end("c1") if m.group("c1") else m.end("c2")
            cs = ce - len(c.lstrip(" ,\t"))
            out.append(Candidate("reviewer_credentials", cs, ce, _cred_value(c), "reviewer.sentence", 0.6))
    return out


_PAIR_EN = frozenset("member notice date dear requested by service approved denied number name the of your to and for decision "
                     "received why we reason diagnosis appeal rights".split())
_PAIR_ES = frozenset("miembro aviso fecha estimado estimada solicitado por servicio aprobadas aprobado negado número nombre el la "
                     "de su para decisión recibido recibida qué motivo diagnóstico apelación derechos".split())


def _pair_language(s: str) -> str | None:
    """The language of one side of a bilingual label ("Member ID" / "Número de miembro")."""
    toks = re.findall(r"[a-záéíóúñü]+", s.lower())
    en, es = sum(t in _PAIR_EN for t in toks), sum(t in _PAIR_ES for t in toks)
    return "en" if en > es else "es" if es > en else None


def detect_language(text: str) -> str:
    toks = re.findall(r"[a-záéíóúñü]+", text.lower())
    if len(toks) < 20:
        return "unknown"
    es = sum(t in {"de", "la", "el", "que", "su", "para", "los", "las", "usted", "por", "del", "una", "con", "es", "no",
                   "si", "sus", "servicio", "solicitud"} for t in toks)
    en = sum(t in {"the", "and", "of", "to", "you", "your", "for", "is", "we", "a", "this", "that", "with", "if",
                   "on", "not", "request", "be"} for t in toks)
    if min(es, en) >= 0.5 * max(es, en):
        # a letter in both languages: the one its paired labels and greetings give first ("Member / Miembro", "Estimado(a)
        # X: / Dear X:"); Spanish words run longer, so counts alone would make every such letter Spanish
        votes = {"en": 0, "es": 0}
        for line in text.split("\n"):
            parts = re.split(r"[ \t]+/[ \t]+", line, maxsplit=1)
            if len(parts) != 2:
                continue
            first, second = (_pair_language(x) for x in parts)
            if first and second and first != second:
                votes[first] += 1
        if votes["en"] != votes["es"]:
            return max(votes, key=votes.get)
    if es > 1.2 * en:
        return "es"
    if en >= es:
        return "en"
    return "unknown"


def iter_labels(cands: Iterable[Candidate], label: str) -> list[Candidate]:
    return [c for c in cands if c.label == label]
