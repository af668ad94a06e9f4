"""Pattern data for the rule components: regexes and cue tables, each entry named so outputs can cite it.

Everything here is data (id -> regex/weight/label); the components in ``components.py`` apply it.
Regexes are written for text read from PDFs and scans: tolerant of line breaks inside phrases
(``\\s+``), of OCR confusions in digits (O/0, l/1, I/1, S/5) and of Spanish accents being dropped.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------------------------
WS = r"[ \t]*\n?[ \t]*"  # one optional line break between words (pdfplumber keeps line ends)


def words(phrase: str) -> str:
    """A phrase whose words may be split by spaces or one line break."""
    return WS.join(re.escape(w) for w in phrase.split())


# OCR digit confusions: letters that stand for digits inside numbers
OCR_DIGIT = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                           "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6"})
DIGITISH = r"[0-9OolI|]"

# ---------------------------------------------------------------------------------------------------------------
# codes
# ---------------------------------------------------------------------------------------------------------------
# CPT: 5 digits, or 4 digits + F (category II) / T (category III); OCR may read 0 as O and 1 as l.
_CODE_START = r"(?:(?<![\w$./-])|(?<=\bCPT-)|(?<=\bHCPCS-))"  # "CPT-29881": the label's dash is not a range
# a code ends at a word's end, never in a run of digits or a range (a scan's table rule may leave "A0435_ Air mileage")
_CODE_END = r"(?!(?!_[ \t\n])[\w/%]|[.,]\d|-\d)"
# each code regex first tests its first character: the look-behinds then run only where a code can start (3x faster)
# (a proprietary laboratory analysis code is a CPT code too: "0239U", four digits from 0 and a U)
CPT_RE = re.compile(r"(?=[0-9OolI])" + _CODE_START + r"(?P<code>(?=(?:[OolI]*\d){3})(?:0\d{3}U|[0-9OolI]{4}[0-9FT]))" + _CODE_END)
# HCPCS level II: letter A-V + 4 digits (J0135, E0601, G0283, Q5103)
# (OCR reads a 0 as O, a 1 as I, a 5 as S, an 8 as B: "HOOI8" is H0018; such a code keeps a true digit or the "0O" a
# code number starts with, so no word reads as a code)
# (only the letters level II codes start with: OCR renders a script it cannot read as "O0000 OO00000")
HCPCS_RE = re.compile(r"(?=[A-EG-HJ-MP-V])" + _CODE_START + r"(?P<code>[A-EG-HJ-MP-V](?:(?=[0-9OISB]{0,3}\d)|(?=[0O]{2}))[0-9OISB]{4})"
                      + _CODE_END)
# ICD-10-CM: letter, digit, alnum, then optional .1-4 alnum (M54.50, F33.2, C50.911, Z79.4)
ICD_RE = re.compile(r"(?=[A-TV-Z])(?<![\w$/-])(?P<code>[A-TV-Z](?:[0-9][0-9A-Z]|O[0-9](?=\.))(?:\.[0-9A-Z]{1,4})?)(?![\w/%-]|:\d)")

CODE_CONTEXT_SERVICE = re.compile(
    r"\b(CPT|HCPCS|procedure|proc\.?|code|c[óo]digo|service|servicio|billing|billed|requested|solicitado)\b", re.I)
CODE_CONTEXT_DIAG = re.compile(r"\b(ICD|ICD-10(-CM)?|diagnos[ie]s|diagn[óo]stico|dx)\b|\b(conditions?|condition\(s\)|condici[óo]n|"
                               r"health\s+problems?|medical\s+problems?|problem\s+list)(?:[ \t]+[a-záéíóúñ]+){0,4}[ \t]*+:|"
                               # a question as the label: "What is it for?", "What condition is it treating?"
                               r"\bwhat\s+(?:is|was)\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:for|treating|meant\s+to\s+treat)\s*\?|"
                               r"\bwhat\s+(?:condition|illness|health\s+problem)\b[^?\n]{0,40}\?", re.I)
# labels that make the following number an identifier, never a code
ID_LABEL = re.compile(  # whole words: "contraste 72148" is no "Ste 72148" (suite), "Apart" no "apt"
    r"(?:#|§|\b(?:MRN|medical\s+record|record\s+(number|no\.?|#)|member\s*(id|number|no\.?|#)|health\s+plan\s+(id|number)|"
    r"claim|reference|ref\.?|auth(orization)?|case|group|grievance|appeal|account|policy|subscriber|"
    r"n[úu]mero|expediente|tracking|NPI|tax\s+id|TIN|fax|phone|tel|tty|ext\.?|suite|ste\.?|box|apt|"
    r"room|no\.|section|sec\.|title|chapter|article|part|rule|regulation|(institutions|safety|insurance|government|"
    r"business|labor|civil|penal|regulations|professions)\s+code))\s*[:#.]?\s*$", re.I)
US_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
             "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
ZIP_BEFORE = re.compile(r"(\b(" + "|".join(US_STATES) + r")\.?,?\s+|\b(California|Colorado|Georgia|Hawaii|Maryland|"
                        r"Virginia|Oregon|Washington|District of Columbia)\s*,?\s+|"
                        # a ZIP by its label: "Facility: Pikes Peak Surgery Center ZIP: 80907", "Zip code 94612"
                        r"\b(?i:zip|zip\s*code|postal\s+code|c[óo]digo\s+postal)\s*[:#]?\s*)$")
DECISION_WORDS = re.compile(
    r"\b(denied|not\s+approved|approved|modified|partially\s+approved|not\s+authorized|authorized|not\s+certified|(?<!board[-\s])certified|"
    r"denegad[oa]|aprobad[oa]|negado|"
    r"not\s+covered|no\s+cubierto|pending|upheld|overturned|units?|visits?|sessions?|qty|quantity)\b", re.I)

# ---------------------------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------------------------
MONTHS_EN = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS_ES = {m: i for i, m in enumerate(
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"], 1)}
MONTHS_ES["setiembre"] = 9
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
              "nov": 11, "dec": 12}
_MONTH_ALT = "|".join(sorted(list(MONTHS_EN) + list(MONTH_ABBR), key=len, reverse=True))
_MONTH_FULL = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_MES_ALT = "|".join(sorted(MONTHS_ES, key=len, reverse=True))
MESES_ABBR = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "sept": 9, "set": 9,
              "oct": 10, "nov": 11, "dic": 12}
_MES_ABBR_ALT = "|".join(sorted(MESES_ABBR, key=len, reverse=True))
D = DIGITISH
# the months as systems abbreviate them in capitals ("03MAR2025", "05-MAR-25", "JUL-25-25")
_MON3 = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("date.month_name", re.compile(
        # "March 3, 2025", "Sep-29-2025" (and OCR's "Jan- 12-2026", "Jul 5; 2025", "Jul 5. 2025" and "Jun. 10,2025")
        # (also OCR's and typists' spacing: "March 14 , 2026", "Mar.14, 2026", a full month name run into its day
        # "March14, 2026")
        rf"\b(?:(?P<mon>{_MONTH_ALT})(?:\.?\s+|\.|-[ \t]?)|(?P<mon_run>{_MONTH_FULL})(?=\d))(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:[ \t]?[,;.]?\s+|[ \t]?[,;]|[ \t]?-[ \t]?)(?P<year>[12]{D}{{3}})\b", re.I)),
    # "Oct/14/2025", "Mar/5/2026" (a month abbreviation, day and year between slashes)
    ("date.month_name", re.compile(
        rf"(?<![\w/.-])(?P<mon>{_MONTH_ALT})\.?/(?P<day>{D}{{1,2}})/(?P<year>[12]{D}{{3}})(?![\w/])", re.I)),
    # "March the 5th, 2026", "March 5, '26", "Mar. 5 '26" (an apostrophe for the century)
    ("date.month_name", re.compile(
        rf"\b(?P<mon>{_MONTH_ALT})\.?\s+the\s+(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>[12]{D}{{3}})\b", re.I)),
    ("date.month_name", re.compile(
        rf"\b(?P<mon>{_MONTH_ALT})\.?\s+(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?,?\s+['’‘](?P<year>\d\d)(?![\w/-]|\.\d)", re.I)),
    # "26 February '26", "3rd Mar. '26" (day, month and an apostrophe for the century)
    ("date.day_month_name", re.compile(
        rf"(?<![\w/.-])(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_ALT})\.?,?\s+['’‘](?P<year>\d\d)(?![\w/-]|\.\d)", re.I)),
    # "5 Mar 26", "5 MARCH 26" (day, a capitalised month and a two-digit year; a lower-case "may" is no month)
    ("date.day_month_name", re.compile(
        r"(?<![\w/.,-])(?P<day>[0-3]?\d)\s(?P<mon>(?:" + "|".join(sorted({m.title() for m in list(MONTHS_EN) + list(MONTH_ABBR)} |
                                                                        {m.upper() for m in list(MONTHS_EN) + list(MONTH_ABBR)},
                                                                        key=len, reverse=True)) +
        r")\.?)\s(?P<year>\d\d)(?![\w/:-]|\.\d|\s*(?:%|percent|times|visits?|sessions?|units?|days?|hours?|weeks?|months?)\b)")),
    # "the 24th of June, 2026", "3rd day of March 2025"
    ("date.day_of_month", re.compile(
        rf"\b(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?P<mon>{_MONTH_ALT})\.?,?\s+(?P<year>[12]{D}{{3}})\b", re.I)),
    ("date.day_month_name", re.compile(
        # "3 March 2025", "03-Mar-2025", "06/Jun/2025"
        rf"\b(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?(?:\s+|-|/)(?P<mon>{_MONTH_ALT})\.?,?(?:\s+|-|/)(?P<year>[12]{D}{{3}})\b", re.I)),
    # "05/mar/2026", "19-mayo-2025", "05/marzo/2026" (a Spanish month between hyphens or slashes)
    ("date.spanish_abbr", re.compile(
        rf"\b(?P<day>{D}{{1,2}})[-\s/](?P<mes>{_MES_ALT}|{_MES_ABBR_ALT})\.?[-\s/](?P<year>[12]{D}{{3}})\b", re.I)),
    # "03MAR2025" (claim and pharmacy systems print day, month abbreviation and year run together)
    ("date.day_month_name", re.compile(
        rf"\b(?P<day>[0-3O][\dOlI])(?P<mon>{_MON3})(?P<year>(?:19|20)\d\d)\b", re.I)),
    # "05MAR25", "05-MAR-25" (an older system's day, month abbreviation and two-digit year)
    ("date.day_month_name", re.compile(
        rf"\b(?P<day>[0-3][\d])(?P<mon>{_MON3})(?P<year>\d\d)\b")),
    ("date.day_month_name", re.compile(
        rf"(?<![\w/.-])(?P<day>\d{{1,2}})-(?P<mon>{_MON3})-(?P<year>\d\d)(?![\w/-])", re.I)),
    # "JUL-25-25" (month abbreviation, day and two-digit year)
    ("date.month_name", re.compile(
        rf"(?<![\w/.-])(?P<mon>SEPT|{_MON3})-(?P<day>[0-3]?\d)-(?P<year>\d\d)(?![\w/-])", re.I)),
    # "RCVD DT: 090426" (six digits, month, day and two-digit year, only straight after a field labelled as a date)
    ("date.compact_mdy", re.compile(
        r"(?:(?<=\bDT:[ \t])|(?<=\bDT:)|(?<=\bDATE:[ \t])|(?<=\bDT[ \t])|(?<=\bDt:[ \t])|(?<=\bDate:[ \t]))"
        r"(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?P<year>\d\d)(?![\w/.-])")),
    ("date.spanish", re.compile(
        # (or with a comma before the year: "27 de enero, 2026")
        # (and a scan's speck between the day and "de": "18'de septiembre de 2025")
        rf"\b(?P<day>{D}{{1,2}})(?:\s+|['’‘`,.]\s*)de\s+(?P<mes>{_MES_ALT})(?:\s+(?:de(?:l)?\s+)?|,\s*)(?P<year>[12]{D}{{3}})\b", re.I)),
    # "abril 17 de 2026", "marzo 5, 2025" (month first, as some Spanish notices print it)
    ("date.spanish", re.compile(
        rf"\b(?P<mes>{_MES_ALT})\s+(?P<day>{D}{{1,2}})(?:\s+de(?:l)?|,)\s+(?P<year>[12]{D}{{3}})\b", re.I)),
    # "24-VII-2026", "1/XI/2025" (a Roman-numeral month, as some Spanish notices print it)
    ("date.roman", re.compile(
        rf"(?<![\w/.-])(?P<day>{D}{{1,2}})[-/. ](?P<rom>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[-/. ](?P<year>[12]{D}{{3}})\b")),
    # "2025-Dec-11", "2025 Dec 11" (year, month name, day)
    # "2026, March 5" (year, a comma, then month and day)
    ("date.year_month_name", re.compile(
        rf"(?<![\w/.-])(?P<year>[12]{D}{{3}})(?:[-\s]|,[ \t]+)(?P<mon>{_MONTH_ALT})\.?[-\s](?P<day>{D}{{1,2}})\b(?!,[ \t]*[12]\d{{3}}\b)", re.I)),
    ("date.iso", re.compile(rf"(?<![\d/])(?P<year>[12]{D}{{3}})-(?P<m>{D}{{1,2}})-(?P<d>{D}{{1,2}})(?![\d/])")),
    # "12 09 2025" (a form's date boxes, month, day and year apart: two-digit month and day, then a year 19xx/20xx;
    # never inside a longer run of numbers: "Claim 12 09 2025 4471")
    # (a scan may read one gap as a dot: "02 11.2026")
    ("date.boxed_mdy", re.compile(r"(?<![\w/.,:-])(?<!\d[ \t])(?P<m>0[1-9]|1[0-2])(?:[ \t]|\.(?=\d\d[ \t]))(?P<d>0[1-9]|[12]\d|3[01])(?:[ \t]|(?<=[ \t]\d\d)\.)(?P<year>(?:19|20)\d\d)(?![\w/.-]|[ \t]\d)")),
    # "03122026" under a label that gives its format: "Request received (MMDDYYYY): 03122026"
    ("date.compact_mdy", re.compile(
        r"(?:(?<=MMDDYYYY\):[ \t])|(?<=MMDDYYYY\):)|(?<=MMDDYYYY:[ \t])|(?<=MMDDYYYY\)[ \t]))"
        r"(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?P<year>(?:19|20)\d\d)(?![\w/.-])")),
    # "20260112" (a compact year-month-day some claim systems print): only years 2000-2039 and a real month/day
    ("date.compact", re.compile(r"(?<![\w/.-])(?P<year>20[0-3]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\w/.-])")),
    # "2025/07/11" (year first with slashes or dots, as some notices and forms print it)
    ("date.ymd", re.compile(rf"(?<![\d/.])(?P<year>[12]{D}{{3}})\s?[/.]\s?(?P<m>{D}{{1,2}})\s?[/.]\s?(?P<d>{D}{{1,2}})(?![\d/]|\.\d)")),
    ("date.numeric", re.compile(
        rf"(?<![\w/.-])(?P<m>{D}{{1,2}})\s?[/.-]\s?(?P<d>{D}{{1,2}})\s?[/.-]\s?(?P<year>(?:[12]{D})?{D}{{2}})(?![\w/]|\.\d|-\d)")),
]

# Role cues: regex over the text just before a date (same sentence/line), nearest cue wins.
DATE_ROLE_CUES: list[tuple[str, str, re.Pattern]] = [
    # (first: it wins a tie with "decision dated" below) the decision an appeal reviews, not the one this letter gives: "Our first decision, dated Mon 24 Feb 2025", "First
    # decision  Mon 24 Feb 2025", "the original denial of January 29, 2026"
    ("none", "role.earlier_decision", re.compile(
        r"(\b(first|original|earlier|initial|previous|prior)\s+(decision|denial|determination)\b|"
        # "we received an appeal of the decision dated 2025 DEC 06"
        r"\bappeal(ed)?\s+(of\s+)?(the|our|a|your)\s+(decision|denial|determination)\b)(,?\s+(was\s+)?(dated|of|on|made\s+on))?[ \t,:]*$",
        re.I)),
    # (first: it wins a tie with "visit on" below) a visit the request came out of, not the care asked for: "after your visit on 8/25/2026", "Order written at the
    # office visit of ...", "Last visit on file ..... 2025/12/02"
    ("none", "role.earlier_visit", re.compile(
        r"(\b(after|at|during|following)\s+(your|the|an?)\s+((last|recent|office|clinic|follow-up)\s+){0,2}visit|"
        r"(^|\n|[.;]\s)[ \t]*(last|previous|prior|most\s+recent)\s+((office|clinic|dental|medical|doctor['’]?s|follow-up)\s+)?visit(\s+on\s+file)?|"
        # (in Spanish: "última visita de terapia del 12 de Noviembre, 2025", "la visita anterior del ...")
        r"\b([úu]ltima|anterior|previa)\s+(visita|consulta|cita)\b[^.\n]{0,30}$|\b(visita|consulta)\s+(anterior|previa)\b[^.\n]{0,30}$|"
        # an earlier service a claim's remark names: "Prior related service on file: 06/27/2023 (81528)", "previous test on"
        r"\b(prior|previous|earlier)\s+(related\s+)?(service|test|claim|screening)s?\b[^.\n]{0,20}$|"
        # a visit someone proposes or offers in place of, or before, the care decided on: "proposed a first visit on"
        r"\b(proposed|offered|suggested)\s+(a|an|the|your)\s+((first|initial|new)\s+)?(visit|appointment)|"
        # a record dated by its own visit: "The prescriber's office note dated ...", "the clinic notes from"
        r"\b(office|clinic|progress|visit|consult(ation)?|chart|medical|doctor['’]?s|prescriber['’]?s)\s+notes?\s+(dated|from|of|written)\s*$|"
        # the records a reviewer read, dated by their own visits: "The records include office visits on 2026 MAY 21 (BMI
        # 39.9), 2026 JUL 21 ...", "We reviewed the intake assessment of NOV. 7, 2025"
        r"\brecords?\s+(we\s+)?(reviewed\s+)?(include[sd]?|show(s|ed)?|contain(s|ed)?)\s+(\w+\s+)?((office|clinic|follow-up)\s+)?"
        r"(visits?|exams?|appointments?|notes)|"
        r"\breviewed\s+(the|your)\s+([\w-]+\s+){0,3}?(assessment|evaluation|notes?|records?|summary|report|letter)|"
        # "the notes from the visit on 16 APRIL 2026", "the records from the clinic visit on 19-September-2025"
        r"\b(notes|records?|reports?|summary)\s+(from|of)\s+(the|your|a)\s+([\w-]+\s+){0,2}?(visit|appointment|exam|surgery|operation|procedure|"
        r"session|admission|hospital\s+stay|stay)|"
        # the last visit of a course of care the plan now limits: "your last therapy visit on", "your most recent session on"
        r"\b(your|the|a)\s+(last|latest|previous|prior|most\s+recent)\s+([\w-]+\s+)?(visit|session|appointment)|"
        # an episode that is over, and a paper on file: "your withdrawal-management stay that ended OCT. 1, 2025", "original
        # referral on file since Wednesday, the 25th of June 2025"
        r"\b(stay|admission|treatment|program|episode|course)\s+(that|which)\s+(ended|finished)|\bon\s+file\s+(since|as\s+of|from)|"
        # the visits a reviewer read about: "We reviewed the physical therapy evaluation (...) and your prosthetic clinic
        # visit on JUNE 06, 2025"
        r"\b(we|the\s+reviewer|our\s+\w+)\s+(reviewed|read|looked\s+at|considered)\b[^.;]{0,160}?\b(visits?|appointments?|exams?)(?=\s+(on|of|dated|from)\b))"
        r"(\s+(on|of|dated|from))?[ \t\n,.:]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t\n]+)?(?:the[ \t]+)?$", re.I)),
    # a label that lists the records a reviewer read: "Records reviewed: ...", "Information reviewed: office visit ...", "Records reviewed: emergency admission Wed., Aug. 20, 2025 (symptoms
    # began ...); therapy evaluations dated ..." (each date is a record's, on the label's line or the one it wraps to)
    ("none", "role.records_reviewed", re.compile(
        r"(?:(?:^|\n)[ \t]*(?:(?:the\s+)?(?:medical\s+|clinical\s+)?(?:records?|information|documentation|documents?|materials|evidence))\s+(?:we\s+)?(?:reviewed|considered|read)|"
        # "We reviewed the hospital records: your stroke on 30 JULY 2025, your admission to ... on 31 JULY 2025"
        r"\breviewed\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}(?:records?|history|chart|file|notes))[ \t]*:[^\n]*(?:\n[^\n]*)?"
        # (more lines, while each goes on: "... neurology" / "(301-912-4803); the stroke admission summary of 2025.07.04.")
        r"(?:(?<![.!?])\n[^\n]*){0,3}$", re.I)),
    # the date of a record the plan reviewed, not of the review: "We reviewed the oncology notes, the tumor testing and the
    # recommendation of the gynecologic tumor board of the 10th of June, 2026"
    ("none", "role.record_reviewed_of", re.compile(
        r"\bwe\s+(?:have\s+)?(?:reviewed|read|considered)\s+(?:the|your)\s+"
        # (records, never the claim or the request itself: "We reviewed the claim ... for the flight of May-23-26")
        r"(?![^.;]{0,160}?\b(?:claims?|bills?|invoices?|requests?|appeals?)\b)"
        r"(?=[^.;]{0,160}?\b(?:notes?|records?|reports?|results?|testing|tests|history|charts?|recommendations?|summar(?:y|ies)|"
        r"images|studies|letters?)\b)[^.;]{0,160}?\b(?:of|from|dated)\s+(?:the\s+)?$", re.I)),
    # the day a record was made, not the request's or the decision's: "the photographs taken on May 15th, 2025"
    ("none", "role.record_taken", re.compile(
        r"\b(?:photo(?:graph)?s?|pictures?|images?|measurements?|readings?|x-?rays?)\s+(?:were\s+|was\s+)?(?:taken|measured|recorded|made)\s+"
        r"(?:on\s+)?(?:the\s+)?$", re.I)),
    # a date the requester proposed for the care, not when the request came: "Surgery date the dental office asked for: ..."
    ("none", "role.proposed_date", re.compile(
        r"\b(?:surgery|procedure|treatment|appointment|visit|admission|start)\s+date\b[^.:]{0,40}\b(?:asked\s+for|requested|proposed)[ \t]*:?[ \t\n]*$",
        re.I)),
    ("service", "role.date_of_service", re.compile(
        r"(date\(?s?\)?\s+of\s+service|service\s+dates?|\bDOS\b|dates?\s+(you\s+)?(were\s+)?(seen|treated)|"
        # a label naming when the requested care is booked: "Scheduled exam date", "Date of scheduled surgery"
        r"(^|\n)[ \t]*scheduled\s+(exam|surgery|procedure|service|test|study|scan|imaging|treatment|admission)\s+date|"
        r"(^|\n)[ \t]*date\s+of\s+(the\s+)?scheduled\s+(exam|surgery|procedure|service|test|study|scan|treatment)|"
        r"(services?|care|visit|treatment|admission|surgery|procedure)\s+(was\s+|were\s+)?(provided|received|rendered|performed|given)\s+(to\s+you\s+)?on|"
        r"you\s+(received|got|had)\s+(the\s+)?(services?|care|treatment|visit)\s+on|"
        # "The trip took place on 02/24/2025"
        # (or several: "The sessions took place on 7.4.2025, 7.11.2025, ...", dated by the first)
        r"\b(care|services?|treatments?|procedures?|surgery|surger(?:y|ies)|visits?|sessions?|appointments?|scans?|tests?|operations?|"
        r"transports?|trips?|rides?|flights?|stays?|admissions?)\s+(took\s+place|happened|occurred)\s+on|"
        # a span of care, from its first day: "the recording ran from November 1, 2025 through November 4, 2025"
        r"\b(recording|monitoring|study|test|treatment|therapy|care|services?|stay|admission)\s+(ran|lasted)\s+from|"
        r"\b(care|services?|treatment|procedure|surgery|visit|scan|test|operation|transport|flight)\b[^.;]{0,40}?\b(was|were)\s+(given|provided|performed|rendered|scheduled|done|"
        r"carried\s+out|completed|furnished)\b[^.;]{0,30}?\bon|"
        # the care a bill or claim is for, dated: "We got a bill from X for 72148 MRI of the lumbar spine on 2nd Jun. 2025",
        # "a claim for the ambulance transport on ..." (never the day the claim itself came: "claim received on")
        # (past an amount's decimal point and an LLC's: "a claim for $3,196.73 from X, LLC for anesthesia during your
        # surgery at Y on 3rd February 2026")
        # (past a provider's place: "a claim from Gulf Breeze Ambulatory Surgical Center in Sarasota, FL 34236 for ...")
        r"\b(bill|claim|invoice|charges?)\s+(?!(?:was\s+|were\s+)?(?:received|filed|submitted|sent|dated)\b)(?:[^.;]|\.(?=\d)){0,100}?\bfor\s+"
        r"(?!(?:your|the|this|a)\s+(?:request|appeal|review)\b)(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])(?<!/[A-Z])\.|(?<=\bInc)\.){0,220}?"
        # (or the verb that did it: "a claim for ... (CPT 95720) for the patient named above, recorded June 21, 2025 through ...")
        r"\b(?:on|(?:recorded|performed|done|provided|rendered|furnished)(?:\s+on)?)[ \t\n]*$|"
        # the coded care a notice names, then its day: "Inguinal hernia repair, initial (CPT 49505), billed by Sonoran Valley
        # Surgical Hospital, Mesa, AZ 85201, on June 22, 2025"
        r"\((?:(?:CPT|HCPCS)(?:\s+code)?\s+)?[A-Z]?\d{4}[0-9A-Z]\),?\s+(?:billed|performed|done|provided|rendered|furnished)\b"
        r"[^.;]{0,120}?\bon[ \t\n]*$|"
        # "..., which you received on 06-20-2026" (the care was received by the member; the plan receives requests)
        r"\b(which|that)\s+you(\s+have)?\s+(received|got|had)\s+on|"
        # a lab test is done the day its sample is taken: "for a sample collected on 2025-06-05"
        # (or as a label: "Specimen collected 2025.07.08")
        r"\b(sample|specimen)s?\s+(was\s+|were\s+)?(collected|drawn|obtained|taken)(\s+on|[ \t]*:?[ \t]*$)|"
        # equipment and supplies a claim bills are served the day they reach the member: "..., shipped to you on May
        # 12th, 2025" (never "Your current prosthesis was delivered on ...": a device the member already has)
        r"\b(shipped|delivered|dispensed|mailed)\s+to\s+(you|the\s+member|your\s+home)\s+on|"
        r"(care|services?|treatment|visit|surgery|procedure|operation|therapy|test|scan|infusion)\s+(that\s+)?you\s+(received|got|had)\s+on|"
        # "billed us for care you received in its emergency department on Apr 20, 2026"
        r"\b(care|services?|treatment)\s+(that\s+)?you\s+(received|got|had)\s+(in|at)\s+[^.;\n]{1,60}?\bon[ \t\n]*$|(recibi[óo]|recibido)\s+(el\s+)?(los\s+)?servicios?\s+el|"
        r"fechas?\s+(del?\s+)?servicio|recibi[óo]\s+(el|los)\s+servicios?\s+el|admitted\s+on|"
        # "You were admitted to Fresno Medical Center (acute inpatient care) on August 16 2026", "ingresó en ... el"
        r"\badmitted\s+(to|at|into)\s+(?:[^.;\n]|\n(?!\n)|(?<=\bSt)\.){1,140}?\bon[ \t\n]*$|"
        r"\b(ingres[óo]|fue\s+(ingresad[oa]|internad[oa]|hospitalizad[oa]))\s+(en|a|al)\s+(?:[^.;\n]|\n(?!\n)){1,140}?\bel[ \t\n]*$|"
        # "el tratamiento que recibió el viernes, 10 de julio de 2026"
        r"\b(servicios?|tratamiento|atenci[óo]n|cuidados?|procedimiento|consulta)\s+que\s+(usted\s+)?recibi[óo]\s+el"
        r"(\s+(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?)?[ \t\n]*$|"
        r"(visit|admission|stay|flight|trip|transport|ride)\s+(on|of|dated)|(services?|care|treatment|therapy|stay|admission|\))[^.\n]{0,60}?(started|began|commenc(ed|ing)|beginning|starting)\s+(on|from)(\s+or\s+about)?|start\s+of\s+(services|care|treatment)(\s+on)?|"
        r"\byour\s+(?:(?!coverage|plan\b|membership|enrol|eligib|benefit|appeal|grievance|request)[^.;\n]){1,100}?\b(started|began)\s+on|"
        r"\b(services?|care|treatment|visits?|procedures?)\s+(provided\s+|received\s+)?on[ \t\n]*+$|"
        r"(comenz[óo]|inici[óo])\s+el|date\s+of\s+svc|\bsvc\s+date|recib(e|i[óo])\s+(el\s+|este\s+)?servicio\s+desde(\s+el)?|(been\s+(receiving|getting)|have\s+(received|gotten|had)|receiving|getting|recibiendo)\b(?:[^.]|\.\d){0,200}?\b(since|desde\s+el)|"
        # a label before the date on its line: "Admitted / started Mar. 11, 2026", "Care started Nov. 18, 2025"
        r"(^|\n)[ \t]*((care|services?|treatment|therapy|medication|drug|infusions?|sessions?|visits?|stay)\s+(started|began)|admitted(\s*/\s*started)?|started|admission(\s+date)?|"
        r"start\s+(date|of\s+(care|services|treatment)))[ \t]*[:.]?[ \t]*$|"
        r"\b(services?|care|treatment)\s+(began|started|start\s+date)[ \t]*[:.]?[ \t]*$)", re.I)),
    ("request_received", "role.received", re.compile(
        # (never the date of something else the sentence names on the way: "a request from X for a prosthesis quoted by Y on")
        r"(asked\s+us(\s+on)?|asked\s+for|requested\s+on|(request|referral|claim|appeal)\s+(from|by)\s+(?:(?!\bduring\b|\bfor\s+(?:your|the)\s+[\w-]+\s+(?:at|in)\b|"
        r"\b(?:quoted|written|signed|dated|prepared|issued|performed|done|seen|examined|fitted|measured)\b)[^.;]){0,140}?\bon|"
        r"\bwe\s+got\b(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,140}?\bon|"
        # "Date we got the request:" (a label, its date on the next line)
        r"\bwe\s+got\s+(the|your)\s+(request|claim|appeal|referral)[ \t]*[:.]?[ \t]*$|"
        r"\b(claim|request|appeal|referral|grievance)\s+(filed|submitted|received|came\s+in|arrived|logged|opened)(\s+on)?[ \t]*[:.]?[ \t]*$|"
        r"\bsent\s+us\b[^.;]{0,80}?\bon[ \t\n]*$|"
        # "The pharmacy sent it for coverage review on November 19, 2025"
        r"\bsent\s+(?:it|this|the\s+\w+|your\s+\w+)(?:\s+to\s+us)?\s+for\s+(?:[\w-]+\s+){0,2}?review\s+on[ \t\n]*$|"
        r"\b(date\s+)?(your|the)\s+(appeal|request|claim|grievance)\s+(reached|arrived|came\s+to)\s+us[ \t]*[:.]?[ \t]*$|\b(arrived|came\s+in|came\s+to\s+us|reached\s+us|got\s+to\s+us)(\s+on)?|"
        # "It reached our referral office on 2026-01-22", "arrived at our pharmacy team on ..."
        r"\b(reached|arrived\s+at|came\s+in\s+to|got\s+to)\s+our\s+([\w-]+\s+){0,3}?(office|department|unit|team|desk|center|centre)(\s+on)?[ \t]*$|"
        # (never what the member received: "You received infliximab at Interstate Infusion Center on Jan. 3, 2026")
        r"(?<!\byou\s)(?<!\byou\shave\s)received|"
        r"receipt|recibimos|recibi[óo]|recibid[oa]s?|nos\s+pidi[óo]|fecha\s+de\s+recepci[óo]n|submitted|filed\s+on|"
        # (never the request a decision verb governs: "We decided the request on 04-Dec-2025")
        + "".join(rf"(?<!{verb}\s{det}\s)" for verb in ("decided", "denied", "reviewed", "determined")
                  for det in ("the", "your", "this")) +
        r"request(ed)?\s+(date|dated|on|was\s+made)|date\s+(of\s+)?request|claim\s+date|appeal\s+date|"
        r"solicitud\s+(con\s+)?fecha|presentad[oa]|"
        # a question for a label: "When did we get the request?", "When did you ask?"
        r"\bwhen\s+did\s+(we|you)\s+(get|receive|ask\s+for)\s+(the|your|this)\s+(request|claim|appeal|referral)\??[ \t]*$|"
        r"\bwhen\s+did\s+(you|your\s+doctor)\s+ask\??[ \t]*$)", re.I)),
    ("decision", "role.decision", re.compile(
        r"(decision\s+date|date\s+of\s+(the\s+)?(decision|determination|denial|notice)|date\s+of\s+(our|this)\s+(decision|determination|denial)\b|decided(?:\b[^.;\n]{0,40}?\bon\b)?|(processed|adjudicated)\s+on|date\s+processed|processed\s+date|"
        r"(^|\n)[ \t]*(decision|determination)\s+(made|reached|issued)[ \t]*[:.]?[ \t]*$|\b(decision|determination)\s+(on|dated)[ \t]*$|"
        r"(made|reached|issued)\s+(this|our|the|a)\s+(decision|determination)|determination\s+date|"
        r"(reviewed|denied|determined|decided)\b[^.;\n]{0,40}?\bon|"
        # a letter that confirms a decision first given by phone: "to confirm what we told you by telephone on",
        # "This letter confirms our phone call of"
        r"\bconfirm\w*\b[^.;]{0,80}?\b(told|informed|notified|called|phoned|spoke|talked|calls?|conversation)\b[^.;]{0,40}?\b(on|of)[ \t]*$|"
        r"\b(review|determination|evaluation)\s+(was\s+)?(completed|finished|concluded)(\s+on)?|"
        r"(^|\n|[ \t]{2,})[ \t]*(processed|determined|decided)(\s+on)?[ \t]*[:.]?[ \t]*$|\b(adjudicated|date\s+decided)(\s+on)?[ \t]*[:.]?[ \t]*$|(decision|determination)\s+(was\s+|is\s+|has\s+been\s+)?(made|issued|reached|dated|rendered|recorded|entered|signed|finali[sz]ed)(\s+on)?|fecha\s+de\s+(la\s+)?(decisi[óo]n|determinaci[óo]n)|decidimos|"
        r"tomamos\s+(esta|la)\s+decisi[óo]n|decisi[óo]n\s+(tomada\s+|se\s+tom[óo]\s+)?el|"
        # a question for a label: "When did we decide?", "When was the decision made?"
        r"\bwhen\s+did\s+we\s+decide\??[ \t]*$|\bwhen\s+was\s+(this|the|our)\s+decision\s+made\??[ \t]*$)", re.I)),
    ("letter", "role.letter_date_label", re.compile(
        r"(^|\n)[ \t]*(date|sent|date\s+sent|letter\s+date|notice\s+date|date\s+of\s+(this\s+)?(letter|notice)|fecha(\s+de\s+(esta\s+)?(carta|aviso))?|mailed|date\s+mailed|fecha\s+de\s+env[íi]o|"
        r"((notice|letter|statement)\s+)?(issued|mailed|sent|transmitted|printed)(\s+on)?|fecha\s+de\s+emisi[óo]n|"
        r"fecha\s+de\s+est[ea]\s+(aviso|carta|notificaci[óo]n))\s*[:.]?\s*(?:the\s+)?$|"
        # a compound label anywhere on the line (two-column headers: "Jane Doe   Statement date: May 1, 2026")
        r"\b((statement|notice|letter|mailing|print|issue)\s+date|date\s+of\s+(this\s+)?(letter|notice|statement)|"
        r"date\s+(sent|mailed|issued|printed)|(notice|letter|statement)\s+(issued|mailed|sent)|\b(issued|mailed)(?=[ \t]*:)|"
        # a right-hand column's own "Date:" ("5808 Lakeview Ct   Date: Mon., January 12, 2026")
        # and the date written by a signature ("Sincerely, Dated: NOV. 12, 2025")
        r"(?<=[ \t])(?-i:Date|Dated|DATED)(?=[ \t]*:))[ \t]*[:.]?[ \t]*(?:the[ \t]+)?$", re.I)),
    # a deadline preposition only when it leads the date ("by May 3, 2026"), not "treatment by protocol ... on <date>"
    ("none", "role.deadline_word", re.compile(r"\b(through|until|by|before|hasta|antes\s+del?)[ \t]*+(the\s+)?(date\s+of\s+)?$", re.I)),
    ("none", "role.not_a_role", re.compile(
        r"(birth|DOB|born|nacimiento|effective|eligib|enrolled|enrollment|membership|member\s+since|scheduled|appointment|cita|"
        r"expires?|no\s+later\s+than|deadline|vigencia|authori[sz]ed\s+(from|through|until|for)|valid\s+(from|through|until)|"
        r"coverage\s+(began|ended|start|end)|terminat|period|"
        # a supplier's quote dated on its own: "(quote Q2026-1760, Sep-27-25)"
        r"\b(?:quote|quotation|estimate)\b(?:\s*(?:no\.?|number|#))?[^.;()\n]{0,30}$|"
        # a visit the plan set up for the care it offers instead: "We have approved an intake at X on <date>"
        r"\b(approved|booked|arranged|set\s+up|made|offered|reserved)\s+(you\s+)?an?\s+(intake|appointment|visit|evaluation|consultation)\b)", re.I)),
]

# A short label before a date on its line or in its sentence ("Memo dated", "Logged in", "Settled on", "Intake",
# "Posted:"): a verb names the role ("Date received" is the receipt), else a noun does ("Decision recorded").
# Verbs that fit more than one role (made, entered, recorded, rendered) are left to the noun.
DATE_LABEL_VERBS: list[tuple[str, re.Pattern]] = [
    ("request_received", re.compile(r"\b(received|rcvd|rec'?d|got|logged|submitted|filed|lodged|arrived|came\s+in|opened|asked|requested|"
                                    r"docketed|taken\s+in|recibid[oa]|presentad[oa])\b", re.I)),
    ("decision", re.compile(r"\b(decided|determined|settled|resolved|closed|completed|concluded|finali[sz]ed|adjudicated|"
                            r"processed|reviewed|ruled|denied|decidid[oa]|negad[oa]|denegad[oa]|rechazad[oa])\b", re.I)),
    ("service", re.compile(r"\b(performed|provided|admitted|started|began|seen|treated|discharged|delivered)\b", re.I)),
    ("letter", re.compile(r"\b(dated|issued|mailed|sent|posted|printed|written|generated|created|prepared|faxed|"
                          r"transmitted|published|emitid[oa]|enviad[oa])\b", re.I)),
]
DATE_LABEL_NOUNS: list[tuple[str, re.Pattern]] = [
    ("request_received", re.compile(r"\b(request|referral|claim|appeal|intake|submission|receipt|solicitud)\b", re.I)),
    ("decision", re.compile(r"\b(decision|decn|dcsn|determination|outcome|ruling|resolution|decisi[óo]n|determinaci[óo]n)\b", re.I)),
    ("service", re.compile(r"\b(services?|DOS|visit|admission|stay|procedure|surgery|treatment|therapy|servicio)\b", re.I)),
    ("letter", re.compile(r"\b(memo|letter|notice|message|correspondence|carta|aviso)\b", re.I)),
]
# the label itself: at most five words, no sentence, optionally closed by ":" "-" or a preposition
DATE_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[.:;]\s))[ \t]*(?P<label>[A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ/'-]*"
                        r"(?:\s+[A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ/'-]*){0,4})[ \t]*[:.-]?[ \t]*$")

# Forward cues: "On <date>, we received your request" states the role after the date.
DATE_ROLE_FORWARD: list[tuple[str, str, re.Pattern]] = [
    ("service", "role.fwd_service", re.compile(
        # (a weekday may follow the date: "On 05/24/2025 (Sat) you saw ...")
        r"^(?:[ \t]*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?,?\s*(you\s+(received|got|had|saw|visited|were\s+(seen|admitted|treated))|"
        r"usted\s+(recibi[óo]|fue\s+atendid[oa]))", re.I)),
    ("request_received", "role.fwd_received", re.compile(
        r"^,?\s*((we|kaiser[\w ]{0,40}|the\s+(health\s+)?plan|our\s+[\w ]{0,30}(office|department|unit))\s+(received|got)|"
        r"(your|the)\s+[\w ,.]{0,60}?(asked\s+(us|for)|requested|submitted|sent\s+us|was\s+received|filed|faxed)|"
        r"you\s+(asked|requested|submitted|filed|sent|called)|(?:Dr\.\s+)?[A-Z][\w.,'’ -]{0,60}?\b(asked\s+(us|for|the\s+(health\s+)?plan|kaiser)|requested|submitted|sent\s+us)|recibimos|usted\s+(pidi[óo]|solicit[óo]|present[óo])|su\s+m[ée]dico[\w ,.]{0,40}?(pidi[óo]|solicit[óo]))", re.I)),
    ("decision", "role.fwd_decision", re.compile(
        r"^,?\s*(we|the\s+(physician|reviewer|plan)|an?\s+[\w ]{0,30}?(physician|doctor|reviewer|pharmacist|nurse))\s+"
        r"(decided|made\s+(a|the|our|this)\s+decision|denied|determined|reviewed|approved|partly\s+approved|authori[sz]ed|"
        r"did\s+not\s+(approve|authori[sz]e)|(are|were)\s+unable\s+to\s+(approve|authori[sz]e)|cannot\s+(approve|authori[sz]e))|"
        r"^,?\s*(the|your)\s+(request|claim|authorization|appeal)\s+(was|is|has\s+been)\s+(denied|approved|partly\s+approved|modified|reviewed)|"
        r"^,?\s*(decidimos|un\s+m[ée]dico[\w ]{0,30}?revis[óo])|"
        # "On Friday, May 29, 2026 at 10:55 PM we phoned you with our expedited decision on ..."
        r"^,?\s*(at\s+\d{1,2}(:\d\d)?\s*([ap]\.?\s?m\.?)?\s*,?\s*)?we\s+(phoned|called|told|notified|informed)\s+you\b[^.]{0,40}?\bdecision|"
        # "07/03/2026 (the date the decision was made)"
        r"^\s*\((the\s+)?(date\s+)?((the|our)\s+)?(decision|determination)\b", re.I)),
]

# ---------------------------------------------------------------------------------------------------------------
# plan type, letter kind, urgency, category: (id, label, weight, regex)
# ---------------------------------------------------------------------------------------------------------------
PLAN_CUES: list[tuple[str, str, float, str]] = [
    ("plan.senior_advantage", "medicare_advantage", 4, r"senior\s+advantage"),
    ("plan.medicare_advantage", "medicare_advantage", 4, r"medicare\s+advantage"),
    ("plan.medicare_health_plan", "medicare_advantage", 3, r"medicare\s+health\s+plan"),
    ("plan.ndmc", "medicare_advantage", 4, r"notice\s+of\s+denial\s+of\s+medical\s+coverage"),
    # a dual special needs plan is a Medicare Advantage plan that also carries the member's Medicaid (Medi-Cal) benefits:
    # "Medicare Medi-Cal Plan (HMO D-SNP)", "Integrated Denial Notice", "dual eligible special needs plan"
    ("plan.dsnp", "medicare_advantage", 6, r"\bD-?SNP\b|dual(?:[-\s]eligible)?\s+special\s+needs\s+plan|special\s+needs\s+plan|"
                                          r"integrated\s+denial\s+notice|medicare\s+medi-?cal\s+plan|\bMedi-Medi\b"),
    ("plan.ndp", "medicare_advantage", 1, r"notice\s+of\s+denial\s+of\s+payment"),
    ("plan.ire", "medicare_advantage", 3, r"independent\s+review\s+entity"),
    ("plan.1800medicare", "medicare_advantage", 3, r"1-800-MEDICARE"),
    ("plan.medicare_member", "medicare_advantage", 2, r"(medicare\s+(member|enrollee|beneficiar)|part\s+[bcd]\b(?![ \t]*[–—:|.-][ \t]*\w)|reconsideration)"),
    ("plan.cms", "medicare_advantage", 1, r"(\bCMS\b|centers\s+for\s+medicare)"),
    ("plan.medicare_word", "medicare_advantage", 1, r"\bmedicare\b"),
    ("plan.medi_cal", "medi_cal", 3, r"\bmedi[-‐–\s]cal\b"),
    ("plan.notice_of_action", "medi_cal", 3, r"notice\s+of\s+action|aviso\s+de\s+acci[óo]n"),
    ("plan.nar", "medi_cal", 1, r"notice\s+of\s+appeal\s+resolution|aviso\s+de\s+resoluci[óo]n"),
    ("plan.state_hearing", "medi_cal", 2, r"state\s+hearing|audiencia\s+estatal|audiencia\s+imparcial"),
    ("plan.aid_paid_pending", "medi_cal", 3, r"aid\s+paid\s+pending|ayuda\s+pagada\s+pendiente"),
    ("plan.dhcs", "medi_cal", 2, r"\bDHCS\b|department\s+of\s+health\s+care\s+services|departamento\s+de\s+servicios\s+de\s+atenci[óo]n"),
    ("plan.medicaid", "medicaid", 2, r"\bmedicaid\b"),
    ("plan.medicaid_program", "medicaid", 3,
     r"health\s+first\s+colorado|healthchoice|apple\s+health|georgia\s+families|med-?quest|quest\s+integration|"
     r"oregon\s+health\s+plan|fair\s+hearing"),
    # never "Group HMO (non-ERISA)", "not subject to ERISA", "not an ERISA plan"
    ("plan.erisa", "erisa_group", 2, r"(?<!non-)(?<!non\s)(?<!not\ssubject\sto\s)(?<!not\san\s)(?<!not\scovered\sby\s)"
                                     r"\bERISA\b(?![ \t]*\)?[ \t]*(?:does\s+not|doesn't)\s+apply)|employee\s+retirement\s+income\s+security"),
    ("plan.502a", "erisa_group", 2, r"(section|§)\s*502\s*\(a\)"),
    ("plan.self_funded", "erisa_group", 4, r"self[-\s]?funded|self[-\s]?insured|claims?\s+administrator|summary\s+plan\s+description|plan\s+administrator"),
    ("plan.dol", "erisa_group", 1, r"department\s+of\s+labor|\bEBSA\b"),
    ("plan.fehb", "fehb", 5, r"federal\s+employees?\s+health\s+benefits?|\bFEHB\b"),
    ("plan.opm", "fehb", 4, r"\bOPM\b|office\s+of\s+personnel\s+management"),
    ("plan.eoc", "commercial_hmo", 1, r"evidence\s+of\s+coverage|evidencia\s+de\s+cobertura"),
    ("plan.dmhc", "commercial_hmo", 1, r"department\s+of\s+managed\s+health\s+care|\bDMHC\b|departamento\s+de\s+atenci[óo]n\s+m[ée]dica\s+administrada"),
    ("plan.kfhp", "commercial_hmo", 1, r"kaiser\s+foundation\s+health\s+plan"),
    ("plan.imr", "commercial_hmo", 1, r"independent\s+medical\s+review"),
    ("plan.group_hmo", "commercial_hmo", 2, r"\b(HMO|group\s+plan|employer\s+group|individual\s+and\s+family\s+plan|deductible\s+HMO)\b"),
]

KIND_CUES: list[tuple[str, str, float, str]] = [
    ("kind.second_opinion", "second_opinion_denial", 4,
     r"(request(ed)?|solicitud|asked)\s+(us\s+)?(to\s+(arrange|approve|authori[sz]e|cover|set\s+up|refer\s+you\s+for)\s+)?(for\s+)?"
     r"(a\s+|an\s+|the\s+|de\s+una\s+)?(?:(?:outside|external|independent)\s+)?(second|segunda|additional|outside)\s+(medical\s+)?(opinion|opini[óo]n)|"
     # "We are not able to approve the outside second opinion", "we are not approving a second opinion at X"
     r"\bnot\s+(?:able\s+to\s+)?(?:approv\w*|authori[sz]\w*|cover\w*)\s+(?:the|a|an|your)\s+(?:(?:outside|external)\s+)?second\s+opinion\b|"
     r"(second|segunda)[-\s](medical\s+)?(opinion|opini[óo]n)\s+(request|solicitud|was|is|has|with|from|by|denied|not)|"
     # "Our decision: the second opinion at the outside center is not approved."
     r"\bsecond[-\s](medical\s+)?opinion\b[^.;\n]{0,60}?\b(is|was|has\s+been)\s+not\s+(approved|authori[sz]ed|covered)"),
    ("kind.second_opinion_weak", "second_opinion_denial", 1, r"second\s+opinion|segunda\s+opini[óo]n"),
    ("kind.appeal_decision", "grievance_decision", 4,
     # (never the decision a right waits for: "... within 6 months of our written decision on your grievance")
     r"(?<!\bwritten\s)(?<!\bfinal\s)(?<!\bof\sour\s)(?<!\bafter\sour\s)"
     r"(decision|resolution|result)\s+(on|of|about)\s+your\s+(?:(?:expedited|urgent|standard|fast|formal|written|first|second|internal)\s+|\([^()\n]{1,20}\)\s+){0,3}(appeal|grievance|reconsideration)|"
     r"notice\s+of\s+appeal\s+resolution|we\s+(reviewed|have\s+reviewed|received)\s+your\s+(?:(?:expedited|urgent|standard|fast|formal|written|first|second|internal)\s+|\([^()\n]{1,20}\)\s+){0,3}(appeal|grievance)|"
     r"your\s+(?:(?:expedited|urgent|standard|fast|formal|written|first|second|internal)\s+|\([^()\n]{1,20}\)\s+){0,3}(appeal|grievance)\s+(dated|received|filed|submitted|was|has\s+been|regarding|about|"
     r"is\s+(partly\s+|partially\s+|fully\s+)?(approved|denied|upheld|overturned|resolved))|"
     r"(upheld|uphold|upholding)\s+(the|our)\s+(original\s+)?(denial|decision)|(?<!\bwritten\s)appeal\s+(decision|determination)|"
     # the same in Spanish: "decisión sobre su apelación", "revisamos su apelación", "su apelación fue ..."
     r"(decisi[óo]n|resultado)\s+(sobre|de)\s+su\s+apelaci[óo]n|(revisamos|hemos\s+revisado|recibimos)\s+su\s+apelaci[óo]n|"
     r"su\s+apelaci[óo]n\s+(fue|ha\s+sido|del|con\s+fecha|recibida|presentada)|"
     r"(?<!\bwritten\s)grievance\s+(decision|determination|resolution)|resoluci[óo]n\s+de\s+(su\s+)?apelaci[óo]n|"
     # "Final internal appeal - adverse benefit determination upheld", "denied on appeal", "Appeal received 05/16/2026"
     r"final\s+(internal\s+)?appeal|denied\s+on\s+appeal|(determination|denial|decision)\s+(is\s+|was\s+|has\s+been\s+)?upheld|"
     # "You appealed our coverage determination ...", "We have not changed our decision", "Our Decision Is Unchanged"
     r"you\s+(and\s+your\s+\w+\s+)?appealed\s+(our|the)\s+(coverage\s+)?(determination|decision|denial)|"
     r"we\s+(have\s+not|did\s+not|haven['’]t)\s+change[d]?\s+(our|the)\s+(decision|denial)|"
     r"(our\s+)?(decision|denial)\s+(is|remains)\s+(unchanged|the\s+same)|"
     r"(^|\n)[ \t]*(appeal|grievance)\s+(received|filed|date)|(the|your)\s+appeal\s+did\s+not\s+change|"
     r"(this\s+decision|this\s+letter)\s+completes\s+the\s+(plan'?s\s+)?(internal\s+)?appeal|(appeal|review)\s+(process|procedures)\s+"
     r"(have|has)\s+(now\s+)?been\s+exhausted"),
    ("kind.payment", "payment_denial", 3,
     r"\bclaim\s+(number|no\.?|#|for|was|is|has|received|dated|denied)|notice\s+of\s+denial\s+of\s+payment|"
     r"deny(ing)?\s+(the\s+)?payment|payment\s+(is|was|has\s+been)\s+denied|"
     r"amount\s+billed|billed\s+amount|explanation\s+of\s+benefits|reclamo|no\s+pagaremos|"
     # "Claim decision: not paid", "Claim amount denied: $4,219.01", "We received a claim from X for your surgery"
     r"\bclaim\s+(?:decision|amount|status|result)\b|\b(?:received|got)\s+(?:a|the|your)\s+claim\s+from\b|"
     r"pay\s+(for\s+)?(this|the|your)\s+(claim|bill)|denial\s+of\s+payment|claim\s+(ref|reference|id)\b|"
     r"this\s+is\s+not\s+a\s+bill|paid\s+by\s+(the\s+)?plan|statement\s+of\s+claim|claim\s+(result|processing)\s+statement|billed\s+by\s*:|"
     # "RE: Claim 26586994233", "the hospital claim from X", "Claim lines", "- billed $7,856.50: denied"
     r"\bclaim\s+#?\d{6,}\b|\b(hospital|medical|provider['’]s|facility)\s+claim\b|\bclaim\s+lines?\b|\bbilled\s+\$\s?\d"),
    # "we will not pay for it outside the network" is said of care not yet given too: not enough alone
    ("kind.payment_weak", "payment_denial", 1.5, r"(will\s+not|cannot|can\s+not|won't)\s+pay|you\s+(may\s+)?owe"),
    ("kind.partial", "partial_denial", 3,
     r"partially\s+(approved|denied|certified|authori[sz]ed|covered|adverse)|partial\s+(approval|denial|certification)|(?<!not )(?<!days )approved[ \t]+(only[ \t]+)?([1-9]\d*|some|part)\b|"
     r"approved\s+in\s+part|(approv|grant|den|declin)\w*\s+(the\s+request\s+|your\s+request\s+|it\s+|the\s+claim\s+)?in\s+part\b|modif(ied|y)\s+(your|the|this)\s+request|some\s+of\s+the\s+(services|visits|sessions)|"
     r"aprobad[oa]s?\s+parcialmente|aprobamos\s+parte|"
     # "fue aprobada en parte", "Aprobamos una parte de lo que se pidió", "Aprobamos 150 al mes y negamos las demás"
     r"aprobad[oa]s?\s+en\s+parte|aprobamos\s+una\s+parte\b|negamos\s+(?:el\s+resto|l[oa]s\s+dem[áa]s)\b|"
     # "We said yes to part of a health care request and no to the rest."
     r"(approv\w*|said\s+yes\s+to|cover\w*|authori[sz]\w*)\s+(only\s+)?(part|some)\s+of\b|\bno\s+to\s+the\s+rest\b|"
     # "Only part of the request could be approved.", "The rest of the request is not authorized."
     r"\bonly\s+(a\s+)?part\s+of\s+(the|your)\s+(request|claim)\b|\bthe\s+rest\s+of\s+(the|your|this)\s+(request|claim)\s+(is|was)\s+(not|denied)\b|"
     # "Only 10 of the 25 weekly hours of nursing care asked for are medically necessary", "only 6 of the 12 visits requested"
     r"\bonly\s+\d{1,3}\s+of\s+the\s+\d{1,3}\s+(?:[\w-]+\s+){0,8}?(asked\s+for|requested)\b|"
     # "Only 4 more physical therapy visits are medically necessary, not 12", "the 4 approved visits may be used through"
     r"\bonly\s+\d{1,3}\s+(?:[\w-]+\s+){0,5}?(are|is|were|was)\s+(medically\s+necessary|approved|covered|authori[sz]ed|needed),?\s+not\s+\d{1,3}\b|"
     r"\bthe\s+\d{1,3}\s+approved\s+(visits|sessions|days|hours|units|treatments)\b|"
     # "approved less than the services requested", "We approved fewer therapy visits than your doctor asked for",
     # "fewer hours than were requested"
     r"\bapproved\s+(less|fewer)\b[^.]{0,200}?\bthan\b|\bfewer\s+(?:[\w()-]+\s+){0,4}?than\s+(?:(?:was|were)\s+)?(?:requested|asked\s+for|"
     r"(?:your|the)\s+(?:doctor|provider|clinician|physician|therapist)\s+(?:asked|requested))\b|"
     # "We approved the immune globulin itself. We did not approve giving it in a hospital outpatient department",
     # "the medicine is APPROVED, but only when it is given at an infusion center", "approved only for home infusion"
     r"\bwe\s+approved\s+(?:[^.]|\.(?=\d)){3,120}\.\s+(?:but\s+)?we\s+(did\s+not|didn't|do\s+not|could\s+not|cannot)\s+approve\b|"
     # (a site of care, never "FDA approved only for adults", a reason)
     r"\bapproved\b,?\s+but\s+only\s+(?:(?:when|if)\s+(?:it\s+is|they\s+are)\s+)?(given|provided|administered|infused|done|received)\s+"
     r"(at|in|by)\b|\b(?<!FDA[ -])approved\s+only\s+at\b"),
    ("kind.partial_title", "partial_denial", 3,
     # a list of the lines approved, in a letter that denies others: "Approved lines: body-powered ... (L6100), ... We
     # denied: ..." (never "Approved: none", nor the alternatives a plan approves instead)
     r"(?:^|\n|[.]\s+)[ \t]*(?:we[ \t]+)?(?:approved|authori[sz]ed)(?:[ \t]+(?:lines?|items?|services?|codes?|parts?|components?))?[ \t]*:"
     r"(?![ \t]*(?:none|n/?a|no\b|[-—–]))|"
     r"modified\s+authorization|partly\s+(approved|denied|yes)|partial\s+yes|(approved|authori[sz]ed)\s+part\s+of|"
     # "Part of the request is approved (...). The rest is denied", "Some of the days were approved"
     r"\b(?:part|some)\s+of\s+(?:the|your|this)\s+(?:request|days|visits|sessions|services)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
     r"(?:approved|authori[sz]ed|covered)\b|\bthe\s+rest\s+(?:is|are|was|were|has\s+been)\s+(?:denied|not\s+(?:approved|authori[sz]ed|covered))\b|"
     # (never "It cannot be approved now because ..., but not ...")
     r"(?<!not\sbe\s)(?<!cannot\sbe\s)(?<!n't\sbe\s)(?<!not\s)(approv|authori[sz])(e|ed|ing)\s+[^.]{3,250}?,?\s+but\s+not\b|"
     r"we\s+approved\s+[^.]{3,200}?\bbut\s+(we\s+)?(denied|did\s+not\s+approve|are\s+not\s+approving)|"
     r"\bis\s+approved;[^.]{3,200}?\bnot\s+approved|aprobamos\s+[^.]{3,200}?\bpero\s+(negamos|no\s+aprobamos)|"
     # "Decisión: aprobamos 90 protectores de cama al mes y 150 unidades ... al mes. No aprobamos las demás"
     r"(?<!no\s)\baprobamos\s+(?:[^.]|\.(?=\d)){3,200}\.\s+no\s+aprobamos\b"),
    ("kind.modification", "partial_denial", 3, r"\((modification|modified)\)|denial\s+\(modification\)|\[x\]\s*modified|modificaci[óo]n|"
     r"\bmodified\s+(request|authori[sz]ation|approval)\b|\b(have|has)\s+(been\s+)?modified\s+(the|your|this)\s+request\b|"
     r"\b(request|it)\s+(is|was|has\s+been)\s+(modified|approved\s+in\s+a\s+different\s+form)\b|"
     # care approved in place of the care asked for: "Instead, we approved X", "We approved X instead"
     r"\binstead,?\s+we\s+(have\s+)?(approved|authori[sz]ed)\b|\bwe\s+(have\s+)?(approved|authori[sz]ed)\s+[^.]{3,160}?\binstead\b|"
     # "[X] Approved with a lower quantity", "approved at a reduced dose"
     r"\bapproved\s+(with|at|for)\s+(a\s+)?(lower|reduced|smaller|lesser|modified|changed)\s+(quantity|dose|amount|number|frequency|strength)\b|"
     # "We approved the supplies, but in smaller amounts", "approved 30 of the 60 requested", and in Spanish
     r"\bapproved\b[^.]{0,80}?\bin\s+(smaller|lower|reduced|lesser)\s+(amounts?|quantities|numbers)\b|"
     r"\bapproved\s+\d+\b[^.]{0,30}?\bof\s+the\s+\d+\b[^.]{0,20}?\b(requested|asked)|"
     r"\baprob\w+\b[^.]{0,80}?\ben\s+cantidad(es)?\s+(menor(es)?|reducidas?)\b|"
     r"\baprob\w+\s+\d+\b[^.]{0,30}?\bde\s+(los|las)\s+\d+\s+(pedid|solicitad)"),
    ("kind.checked_delayed", "delay_notice", 3, r"\[x\]\s*delayed"),
    ("kind.termination_stop", "termination_notice", 3,
     r"will\s+(stop|end)\s+(because|on)|end\s+of\s+coverage|whether\s+[^.]{0,200}?\b(is|are)\s+still\s+(needed|necessary)|"
     r"coverage\s+(ends|stops|will\s+(end|stop)|is\s+ending)|\b(care|coverage|services?|treatment|therapy)\b(?:[^.\n]|\.\d){0,120}?\b(is|are)\s+(ending|stopping)\b|"
     r"\bcoverage\b[^.]{0,60}?\bwill\s+(end|stop|terminate|cease)\b|\bending\s+(your\s+)?coverage\s+(of|for)\b|"
     r"\blast\s+(covered\s+day|day\s+of\s+coverage)\b|\bcoverage\s+for\b[^.]{0,60}?\b(ends|stops)\s+(after|on)\b|continued\s+(stay|services|coverage|care)\b[^.]{0,150}?\b(is|are)\s+not\b|\b(end|stop)\s+coverage\s+(of|for)|(^|\n)[^\n]{5,}\s(ends|ending)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}[ \t]*$|"
     r"continued\s+(stay|services|coverage)\s+(is|are)\s+not|dejar[áa]\s+de\s+cubrir|"
     # "coverage at this level of care ends after Aug. 7", "will stop being covered after", "Not cert. after 17-Feb-2026",
     # "CONTINUED STAY / SERVICE NOT CERTIFIED", "Vamos a dejar de pagar", "El último día que lo pagaremos"
     r"\bcoverage\b[^.]{0,60}?\b(will\s+)?(ends?|stops?|terminates?|ceases?)\s+(after|on|as\s+of|at)\b|"
     # "Our approval ends after Aug. 7th, 2026; therapy after that day is not covered"
     r"\b(?:approval|authori[sz]ation)\s+(?:ends|will\s+end|expires|will\s+expire)\s+(?:after|on)\b(?:[^.;]|\.(?=[ \t]?\d)){0,40}?;\s*[^.;]{0,60}?"
     r"\bafter\s+(?:that|this)\s+(?:day|date)\b[^.;]{0,20}?\bnot\s+(?:covered|approved|authori[sz]ed)\b|"
     r"\bstop\s+being\s+(covered|paid\s+for|authori[sz]ed)|\bnot\s+(cert(ified)?\.?|approved|covered|authori[sz]ed)\s+(after|beyond|past)\b|"
     r"\bcontinued\s+(stay|services?|coverage|care|treatment)\b[^.\n]{0,60}?\bnot\s+(certified|approved|authori[sz]ed|covered)\b|"
     r"dejar\s+de\s+(pagar|cubrir)|\bse\s+(va\s+a\s+)?termina(r)?\b|\bva(mos)?\s+a\s+(terminar|suspender|reducir)\b|[úu]ltimo\s+d[íi]a\s+que\s+(lo\s+|la\s+)?(pagaremos|cubriremos)"),
    ("kind.termination_title", "termination_notice", 3,
     r"termination\s+of\s+(covered\s+|your\s+)?(services|coverage|care|authorization)|services\s+(ending|will\s+end|end\s+on)|"
     r"(reduction|termination)\s+(notice|of\s+your)|no\s+longer\s+(be\s+)?(cover|approv|authori[sz]|pa(y|id\b))\w*|stop\s+(covering|paying\s+for)|"
     r"(end|ending|reduce|reducing)\s+(your|the)\s+(coverage|services|authorization|care|visits|stay)|"
     # "Notice of Action: a change to your services", "YOUR SERVICES ARE CHANGING", "services will change on <date>"
     r"\b(a\s+)?change\s+(to|in)\s+your\s+([\w-]+\s+){0,2}?(services|care|authori[sz]ation|benefits)\b|"
     # "Change in your child's private duty nursing hours", "YOUR CHILD'S NURSING HOURS WILL CHANGE"
     r"\bchange\s+(to|in)\s+your\s+(child['’]s\s+|son['’]s\s+|daughter['’]s\s+)?([\w-]+\s+){0,3}?(hours|visits|sessions)\b|"
     r"\b(hours|visits|sessions|services)\s+will\s+change\b|"
     # fewer of the same care from a date: "your aide visits will go from 5 visits a week to 2 visits a week"
     r"\b(will\s+go|will\s+change|go(es)?|are\s+(being\s+)?(reduced|cut|lowered)|will\s+be\s+(reduced|cut|lowered))\s+from\s+\d+\s+[^.;]{0,40}?\bto\s+\d+\b|\byour\s+services\s+(are|will\s+be)\s+(changing|reduced|ending|stopping)\b|"
     r"\bservices\s+will\s+change\s+on\b|"
     r"terminaci[óo]n\s+de\s+(los\s+|la\s+|su\s+)?(servicios?|cobertura|atenci[óo]n|autorizaci[óo]n|tratamiento)|(suspender|reducir)\s+(sus|los|las|el|la|su)\s+(servicios?|horas|visitas|cobertura|atenci[óo]n|tratamiento|terapia|sesiones|d[íi]as)\b|terminar[áa]|ya\s+no\s+(cubrir|aprob)\w*|fin\s+de\s+la\s+cobertura"),
    ("kind.delay", "delay_notice", 3,
     r"(need|needs)\s+(more|additional)\s+(time|information)|extend(ing|ed)?\s+the\s+(time|deadline|review)|"
     r"\bon\s+hold\s+(while|until|pending)|\b(request|review|authori[sz]ation)\s+is\s+on\s+hold\b|more\s+information\s+(is\s+)?needed|"
     r"\bcannot\s+(yet\s+)?finish\s+(our|the)\s+review\b|information\s+(is\s+)?still\s+needed|(we\s+)?expect\s+to\s+(decide|make\s+(a|our)\s+decision)|"
     r"(wait|waiting)\s+for\s+(the\s+)?(clinical\s+|medical\s+)?(information|records|notes)|"
     # an extension of time, never "flexion and extension films"
     r"taking\s+(up\s+to\s+)?\d+\s+(more|additional)\s+days|"
     # "We need up to 14 extra days to make a decision", "The reason for the extra time"
     r"\b(need|needs|take|takes|use|using)\s+(up\s+to\s+)?\d+\s+(more|additional|extra)\s+(calendar\s+|business\s+)?days\b|"
     r"\b(reason|reasons)\s+for\s+(the|this)\s+(extra|additional)\s+time\b|\b(an?|the|this|our|one|\d+[- ]day)\s+extension\b|"
     r"\bextension\s+(of|notice|letter|to\s+(decide|review))\b|\bextension\s*[:(]|\b(notice|letter)\s+of\s+(an?\s+)?extension\b|"
     r"(?-i:\bEXTENSION\b)|(more|extra)\s+time\s+to\s+(decide|review|make)|"
     r"before\s+we\s+can\s+(decide|make\s+a\s+decision)|m[áa]s\s+tiempo|m[áa]s\s+informaci[óo]n|"
     r"(more|additional|extra)\s+time\s+is\s+(needed|required)|review\s+period\s+(is\s+)?extended|no\s+determination\s+(yet|has\s+been\s+made)|"
     # "No decision has been made.", "We have not made a decision yet.", "We cannot make a decision yet because ...",
     # "more time needed", "your authorization request is pending"
     r"\bno\s+decision\s+(yet|has\s+been\s+made)|\b(have|has)\s+not\s+(yet\s+)?made\s+(a|our|the)\s+decision|"
     r"\b(cannot|can't|can\s+not)\s+make\s+(a|our|the)\s+decision\s+yet|\bmore\s+time\s+(is\s+)?needed\b|"
     r"\b(request|authori[sz]ation|referral)\s+is\s+(still\s+)?pending\b|"
     # a request that waits: "Pended referral", "cannot yet decide", "Su solicitud ... está pendiente", "Aviso de demora",
     # "Todavía no podemos decidir", "nos falta información"
     r"\bpended\s+(referral|request|authori[sz]ation)|\b(cannot|can't|can\s+not)\s+yet\s+decide|\bnot\s+yet\s+able\s+to\s+decide|"
     r"\best[áa]\s+pendiente\b|\baviso\s+de\s+demora\b|\bmotivo\s+de\s+la\s+demora\b|todav[íi]a\s+no\s+podemos\s+(decidir|tomar)|"
     r"\bnos\s+falta(n)?\s+(la\s+)?informaci[óo]n|"
     # "Your request is pending while we gather ...", "STATUS  PENDED - information needed", "AUTHORIZATION PENDED", "A decision
     # has not been made because ..."
     r"\b(?:is|remains)\s+pending\s+(?:while|until|because)\b|\bpending\s+(?:additional|more|further)\s+information\b|"
     r"(?-i:\b(?:STATUS|AUTHORI[SZ]ATION|REQUEST|REFERRAL)[ \t:]+PENDED\b)|\b(?:decision|determination)\s+has\s+not\s+(?:yet\s+)?been\s+made\b"),
    # a denial on concurrent review stops care already under way
    ("kind.concurrent", "termination_notice", 1.5, r"\bconcurrent\s+(review|stay\s+review)"),
    ("kind.termination", "termination_notice", 3,
     # "does not stop the appeal time limit" speaks of a right, not of care
     r"(terminat|discontinu|stop)(e|ed|ing|es)?\s+((your|the)\s+(?!appeal|time|clock|deadline|process)|coverage|covering|services)|will\s+end\s+on|"
     # "reduce the number of visits", not "reduce the effectiveness of the treatment"
     r"reduc(e|ed|ing|es)\s+(your|the)\s+(coverage|services?|care|visits|hours|sessions|authori[sz]ation|stay|benefits|number\s+of)|"
     # "We are reducing your child's private duty nursing hours from 112 to 70"
     r"reduc(e|ed|ing|es)\s+(your|the)\s+(?:(?!(?:of|for|need|risk|chance|cost|effect\w*)\b)[\w'’-]+\s+){1,4}?(services?|visits|hours|sessions|days)\s+from\b|"
     # "About: reducing in-home nursing services", "Kaiser Permanente is reducing the following services starting ..."
     r"\breduc(e|ed|ing|es)\s+((your|the)\s+)?(?:(?!(?:of|for|need|risk|chance|cost|effect\w*|number)\b)[\w'’-]+\s+){0,3}?"
     r"(services|visits|hours|sessions|nursing\s+care)\b(?!\s+(?:of|for)\b)|"
     # "YOUR HOME CARE HOURS ARE CHANGING", "... are no longer medically necessary"
     r"\byour\s+(?:[\w-]+\s+){0,3}?(hours|services|visits|care)\s+(are|will\s+be)\s+(changing|reduced|ending|stopping)\b|"
     r"\bno\s+longer\s+medically\s+(necessary|needed)\b|"
     # "Your child's nursing care will go from 98 to 70 hours a week", "nursing hours, from 98 to 70 a week"
     r"\b(go|goes|going|change[sd]?|changing|drops?|dropping|decreases?|decreasing|be\s+(reduced|cut|lowered))\s+from\s+\d{1,3}\s+to\s+\d{1,3}\s+"
     r"(hours|visits|days|sessions|units)\b|\bhours,?\s+from\s+\d{1,3}\s+to\s+\d{1,3}\s+(a|per|each)\s+(week|month|day)\b"),
]

URGENCY_CUES: list[tuple[str, str, float, str]] = [
    ("urgency.expedited", "expedited", 3,
     # ("This was a fast (expedited) request")
     r"(expedited|urgent|fast|r[áa]pid[oa]|acelerad[oa]|urgente)(?:\s*\((?:expedited|urgent|fast|r[áa]pid[oa]|acelerad[oa])\))?\s+(pre-?service\s+|prior\s+authorization\s+|"
     r"coverage\s+|initial\s+|organization\s+)?(request|review|decision|determination|appeal|handling|"
     r"solicitud|revisi[óo]n|decisi[óo]n)"),
    ("urgency.handled_as", "expedited", 3,
     r"(handled|processed|reviewed|treated|marked|requested)\s+((it|this|them|the\s+request)\s+)?as\s+(an?\s+)?(urgent|expedited|fast)|"
     # "the request ... was reviewed urgently and decided that day"
     r"(handled|processed|reviewed|decided)\s+((it|this|the\s+request)\s+)?(urgently|expeditiously)\b|"
     # "we handled this review on an expedited (fast) basis"
     r"(handled|processed|reviewed|decided)\s+((this|your|the)\s+(review|request|case|decision)\s+)?on\s+an?\s+(urgent|expedited|fast)"
     r"(\s*\([a-z]+\))?\s+basis|"
     r"(tramitad[oa]|procesad[oa]|manejad[oa])\s+como\s+(urgente|acelerad[oa])"),
    ("urgency.checked", "expedited", 3, r"(\[x\]|\|x\||\{x\}|\(x\)|[☒☑■])\s*(expedited|urgent)"),
    ("urgency.72h", "expedited", 2, r"(within|in)\s+72\s+hours|72-hour|dentro\s+de\s+72\s+horas"),
    # ("urgent care" is a kind of clinic, "Urgent care visit, new patient 99204", unless ERISA's "urgent care claim")
    ("urgency.urgent_word", "expedited", 1, r"\b(expedited|urgent(?![ \t\n-]+care\b(?![ \t\n]+claims?\b))|urgente|acelerad[oa])\b"),
]

CATEGORY_CUES: list[tuple[str, str, float, str]] = [
    ("cat.not_medically_necessary", "medical_necessity", 3,
     r"(not|no\s+longer|isn't|is\s+not)\s+((considered|deemed|found)\s+)?medically\s+(necessary|appropriate)|medical\s+necessity|"
     # "so you no longer need the daily skilled services that Medicare covers"
     r"\byou\s+no\s+longer\s+need\s+(the\s+)?([\w-]+\s+){0,3}(skilled|services?|care|level|therapy|nursing)\b|"
     r"(does|do|did)\s+not\s+meet\s+(the\s+)?([\w'’-]+\s+){0,4}(criteria|guidelines?|requirements?)\b(?!\s+for\s+(filing|timely|a\s+claim))|criteria(\s+for\s+(this|the|your)(\s+[\w-]+){1,3})?\s+((are|were)\s+)?not\s+met|criteria\s+unmet|"
     r"not\s+meet\s+(the\s+)?criteria|lower\s+level\s+of\s+care|level\s+of\s+care|"
     # "can be safely managed at home", "could have been provided as an observation stay" (not "... by a plan provider")
     r"(can|could)\s+(have\s+been|be)\s+(safely\s+)?(provided|treated|managed|given)\b(?!\s+(by|at|from|through|in|within)\s+(a\s+|an\s+|our\s+|the\s+)?"
     r"(own\s+)?(plan|kaiser|network|in-network|participating|contracted)\b)|"
     r"clinical\s+information\s+(does|did)\s+not\s+support|(no|ya\s+no)\s+(es|son|est[áa]n?|fue|fueron)\s+(considerad[oa]s?\s+)?m[ée]dicamente\s+necesari[oa]s?|"
     r"necesidad\s+m[ée]dica|"
     # "su atención puede darse de forma segura en un programa intensivo ambulatorio", "el nivel adecuado es ..."
     r"\b(?:puede|pueden)\s+(?:darse|recibirse|brindarse|atenderse|continuar)\s+de\s+(?:forma|manera)\s+segura\b|"
     r"\bnivel\s+(?:de\s+atenci[óo]n\s+)?(?:adecuado|apropiado|m[áa]s\s+bajo)\b|"
     r"no\s+cumple\s+(con\s+)?(los\s+)?criterios|no\s+re[úu]ne\s+(los\s+)?criterios|not\s+(clinically\s+)?indicated|conservative\s+(treatment|therapy|care)"),
    # step therapy: "a biosimilar ... is on our formulary and has not been tried", "try methotrexate first"
    ("cat.step_therapy", "medical_necessity", 2,
     r"\b(has|have)\s+not\s+(yet\s+)?been\s+tried\b|\bstep[-\s]therapy\b|\b(must|need\s+to|should)\s+(first\s+)?try\b[^.]{0,80}?\bfirst\b|"
     r"\bdid\s+not\s+(first\s+)?try\b|\bno\s+record\s+(that|of)\s+you\s+(tried|trying)\b|"
     # "no preventive medicine has been tried"
     r"\bno\s+(?:[\w-]+\s+){1,3}(has|have)\s+(yet\s+)?been\s+tried\b|"
     # in Spanish: "no ha probado", "debe probar primero", "terapia escalonada"
     r"\bno\s+(ha|han|haya|hayan)\s+(probado|intentado)\b|\b(debe|deben|tiene\s+que|tienen\s+que)\s+probar\b[^.]{0,80}?\bprimero\b|"
     r"\bterapia\s+escalonada\b"),
    # more of a drug than its quantity limit or its label's dose allows is a clinical judgment: "Quantity requested is
    # more than the plan allows", "above the highest dose the FDA label allows", "the quantity limit for this drug"
    ("cat.quantity_limit", "medical_necessity", 2,
     r"\bquantity\s+limits?\b|\bmore\s+than\s+the\s+(?:plan|formulary|label|criteria)\s+allows?\b|"
     r"\b(?:above|over|exceeds?|more\s+than)\s+the\s+(?:highest|maximum|max(?:imum)?\s+daily|recommended)\s+(?:dose|quantity|amount)\b"),
    # a request to pay at a lower cost-sharing tier: what the plan pays, not whether the drug is needed
    ("cat.tier_exception", "not_covered", 3, r"\btier(ing)?\s+exception\b|\blower\s+cost[-\s]shar(ing|e)\b"),
    # the clinical record does not show what the criteria need: "the pathology report does not show the tumor features"
    ("cat.record_does_not_show", "medical_necessity", 2,
     r"\b(records?|reports?|notes|documentation|chart|clinical\s+information|test\s+results?|imaging|studies|request|"
     # (or the doctor's own statement: "The statement from your prescriber does not say that X ... were tried")
     r"statement|letter\s+of\s+medical\s+necessity|(?:prescriber|doctor|physician|provider)['’]s\s+(?:statement|letter))"
     r"(?:\s+from\s+(?:your|the)\s+(?:prescriber|doctor|physician|provider))?\s+(does|do|did)\s+not\s+"
     r"(show|document|demonstrate|support|indicate|give|include|contain|confirm|describe|mention|say|state|explain)\b|"
     r"\b(?:statement|letter|request|records?)\b[^.;]{0,40}?\b(?:gave|gives|give|provided|provides|included|includes)\s+no\s+"
     r"(?:medical|clinical)\s+(?:reason|justification|information|evidence)\b|"
     # "Los expedientes de la solicitud no muestran que ...", "las notas no documentan ..."
     r"\b(expedientes?|registros?|notas|documentos|documentaci[óo]n|historia\s+cl[íi]nica|informes?)\b[^.;]{0,40}?\bno\s+"
     r"(muestra|muestran|documenta|documentan|indica|indican|demuestra|demuestran|incluye|incluyen)\b"),
    # a clinical result the coverage needs is missing from the request (the clinical record does not support it yet):
    # "no hepatitis B screening result was sent", "the latest ferritin and iron saturation results were not included",
    # "the MRI report confirming the diagnosis was not part of the request"; a drug's label asking for one is clinical
    ("cat.clinical_result_missing", "medical_necessity", 2,
     r"\b(?P<no>no\s+(?:[\w-]+\s+){0,4}?)?(?:latest|recent|current|screening|test|lab|laboratory|imaging|biopsy|pathology|MRI|CT|scan|x-ray|blood|urine|"
     r"genetic|baseline)s?\s+(?:[\w-]+\s+){0,4}?(?:results?|reports?|scores?|values?|levels?|studies)\b[^.;]{0,80}?\b(?:was|were)\s+"
     r"(?(no)|not\s+)(?:sent|included|provided|submitted|received|part\s+of)\b|"
     r"\b(?:labeling|label|prescribing\s+information)\s+(?:requires|calls\s+for|asks\s+for)\b"),
    # what the clinical record shows of this member: "the wound care team's note shows the wound is smaller", "the
    # discharge summary shows", "the home care intake on your first visit found" (never "our records show": a claim file)
    ("cat.findings_show", "medical_necessity", 2,
     r"\b(?:notes?|chart|(?:discharge|clinical|visit)\s+summary|(?:progress|therapy|nursing|pathology|imaging)\s+reports?|"
     r"(?:medical|clinical|health|hospital|therapy)\s+records|intake|evaluation|assessment|exam(?:ination)?|(?:home\s+)?visit|"
     r"[\w-]+['’]s\s+(?:report|notes?|records?))\s+"
     r"(?:(?:from|on|at|of)\s+[^.,;:\n]{1,60}?\s+)?(?:shows?|showed|found|finds|documents?|documented)\b|"
     # "three troponin tests and the stress test were normal", "needed no treatment that had to be given in a hospital"
     r"\b(?:tests?|results?|studies|scans?|imaging|labs?|x-rays?|monitoring|echocardiograms?)\b[^.;]{0,60}?\b(?:were|was|are|is|came\s+back)\s+"
     r"(?:all\s+)?normal\b|\bno\s+(?:treatment|care|services?)\s+that\s+(?:had|needed|has)\s+to\s+be\s+(?:given|provided|done)\s+in\s+(?:a|the)\s+hospital\b"),
    # a decision on this member's needs now, not on the benefit: "Medicare does not cover a skilled nursing facility stay
    # for you at this time because ...", "is not covered for you at this time"
    ("cat.not_for_you_now", "medical_necessity", 2,
     r"\b(?:(?:is|are)\s+not\s+(?:covered|approved)|(?:does|do)\s+not\s+cover\s+[^.]{3,120}?)\s+for\s+you\s+at\s+this\s+time\b"),
    # the member's needs can be met in another setting: "care in a skilled nursing facility meets your needs", "your
    # remaining needs can be met at home", "no daily skilled nursing need remains"
    ("cat.needs_met_elsewhere", "medical_necessity", 2,
     r"\b(?:meets?|will\s+meet|can\s+meet)\s+(?:all\s+)?(?:of\s+)?your\s+(?:current\s+|remaining\s+)?(?:medical\s+|care\s+)?needs\b|"
     r"\bneeds?\b[^.;]{0,80}?\b(?:can|could)\s+(?:safely\s+)?be\s+met\b|\bno\s+(?:daily\s+)?skilled\s+(?:nursing\s+|care\s+)?need|"
     r"\bnot\s+a\s+skilled\s+need\b|"
     # "you do not need the daily physician care of a long-term acute care hospital" (never "you do not need a referral")
     r"\byou\s+(?:do|did)\s+not\s+(?:need|require)\s+(?:the\s+|a\s+|an\s+)?(?:(?:daily|ongoing|continued|further|more|additional|"
     r"skilled|intensive|physician|round-the-clock|24-hour)\s+){0,3}(?:[\w-]+\s+){0,2}?(?:care|services|nursing|therapy|treatment|"
     r"level\s+of\s+care|stay|hospital\s+care|visits)\b"),
    # what the (clinical) criteria ask of this member: "which the criteria require before this drug is covered", "the
    # criteria ask for a preventive trial", "the criteria cover this drug for type 2 diabetes"
    # a limit the clinical criteria set ("The coverage criteria limit epidural steroid injections ... to four sessions in a
    # rolling 12 months, so another one is not covered now"): a criteria denial, though the letter says "not covered"
    ("cat.criteria_limit", "medical_necessity", 3.5,
     r"\b(?:the|our|these|its|plan['’]s)\s+(?:clinical\s+|coverage\s+|medical\s+)?(?:criteria|guidelines?)\s+(?:limit|limits)\b"),
    ("cat.criteria_require", "medical_necessity", 2,
     r"\b(?:the|our|these|those|its|plan['’]s)\s+(?:clinical\s+|coverage\s+|medical\s+)?(?:criteria|guidelines?)\s+(?:require|requires|ask\s+for|asks\s+for|"
     r"call\s+for|calls\s+for|cover|covers|allow|allows|need|needs)\b|\bwhich\s+the\s+criteria\s+require\b"),
    # coverage that turns on the member's condition, and a condition that did not call for it: "An air ambulance is covered
    # only when a patient's condition requires it; here it did not", "your condition did not require", "stable for travel"
    ("cat.condition_requires", "medical_necessity", 2,
     r"\b(?:covered|paid|payable|approved)\s+only\s+(?:when|if)\b[^.;]{0,60}?\b(?:condition|health|medical\s+needs?|symptoms)\b[^.;]{0,30}?"
     r"\b(?:requires?|required|needs?|needed|calls?\s+for|makes?)\b|"
     r"\b(?:condition|health|symptoms)\s+(?:does|did)\s+not\s+(?:require|need|call\s+for)\b|"
     r"\b(?:was|were|is|are)\s+(?:medically\s+|clinically\s+)?stable\s+(?:enough\s+)?(?:for|to)\s+(?:travel|transport|transfer|discharge|go\s+home|be\s+discharged)\b"),
    # "so new batteries are not needed now" (never "a referral is not needed")
    ("cat.not_needed", "medical_necessity", 2,
     r"(?<!referral\s)(?<!authorization\s)(?<!approval\s)(?<!form\s)\b(?:is|are|was|were)\s+not\s+(?:medically\s+)?(?:needed|necessary)\b"),
    ("cat.medically_necessary_weak", "medical_necessity", 1, r"medically\s+(necessary|appropriate|indicated)|m[ée]dicamente\s+necesari[oa]"),
    # the statutory standard for experimental/investigational disputes: Cal. HSC 1370.4 / 1374.31-33 ask whether the
    # therapy "is likely to be more beneficial ... than any available standard therapy" (in any tense, either way)
    ("cat.more_beneficial_than_standard", "experimental_investigational", 4,
     r"(more\s+likely\s+to\s+(be|have\s+been)\s+beneficial|(likely|expected)\s+to\s+(be|have\s+been)\s+more\s+beneficial|"
     r"more\s+beneficial)\b[^.;]{0,140}?\bthan\s+(any\s+)?(other\s+)?(currently\s+)?(available\s+)?standard\s+"
     r"(therap(y|ies)|treatments?|care|of\s+care)"),
    # the words of an experimental/investigational denial (a negated "not experimental" is dropped in find_cues)
    ("cat.experimental", "experimental_investigational", 4,
     r"experimental|investigational|not\s+(been\s+)?proven|unproven|not\s+(yet\s+)?FDA[-\s]approved|off[-\s]label|"
     r"(still\s+)?being\s+studied|under\s+(clinical\s+)?study|not\s+enough\s+(published\s+|scientific\s+)?evidence|"
     r"not\s+(been\s+)?approved\s+by\s+the\s+(U\.?S\.?\s+)?(FDA|food\s+and\s+drug\s+administration)|"
     r"investigativ[oa]|en\s+investigaci[óo]n|"
     # an off-label use the drug compendia do not list ("this use is not listed in the compendia Medicare relies on")
     r"not\s+(listed|supported|included|recogni[sz]ed)\s+(in|by)\s+(the\s+|any\s+)?([\w-]+\s+){0,2}compendi(a|um)|"
     r"no\s+(est[áa]\s+)?aprobad[oa]\s+por\s+la\s+FDA"),
    # a trial mentioned as evidence ("in the STEP 1 clinical trial, patients ...") is no reason; care that belongs
    # only in a trial is the mark of an investigational service
    ("cat.clinical_trial_only", "experimental_investigational", 3,
     r"(only|solely)\s+(in|within|through|as\s+part\s+of)\s+(an?\s+|the\s+)?([\w-]+\s+)?clinical\s+(trials?|stud(y|ies))|"
     r"(as\s+part\s+of|in\s+the\s+(context|setting)\s+of|outside(\s+of)?|limited\s+to)\s+(an?\s+|the\s+)?"
     r"([\w-]+\s+)?clinical\s+(trials?|stud(y|ies)|research)|clinical\s+trial\s+setting"),
    # what the studies do not show: "Published trials have not shown that proton beam therapy controls ... better", "the
    # studies of combined gene panels ... are small and inconsistent, and they do not show that ..."
    ("cat.studies_do_not_show", "experimental_investigational", 3,
     # (never "the medical literature does not demonstrate improved outcomes from screening people without symptoms": a
     # judgment on this member's need)
     r"\b(?:studies|trials)\b[^.;]{0,80}?\b(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:been\s+)?"
     r"(?:show|shown|prove|proven|establish|established)\b|"
     r"\b(?:studies|trials)\b[^.;]{0,60}?\b(?:are|were)\s+(?:too\s+)?(?:small|few|limited|inconsistent|inconclusive|mixed)\b"),
    # the evidence base is missing: safety/efficacy not established, too little peer-reviewed evidence
    ("cat.efficacy_not_established", "experimental_investigational", 3,
     r"(safety|efficacy|effectiveness|clinical\s+(utility|benefit)|long[-\s]term\s+(benefit|outcomes?))\b[^.;]{0,60}?\b"
     r"(has|have|is|are)\s+not\s+(yet\s+)?(been\s+)?(established|demonstrated|proven|shown|determined)|"
     r"(has|have)\s+not\s+(yet\s+)?been\s+(shown|demonstrated|established)\s+([\w-]+\s+){0,5}?to\s+(be\s+)?(safe|effective|"
     r"improve|prolong|change|reduce)|"
     r"(limited|insufficient|inadequate|lack\s+of|lacks|no|not\s+enough)\s+((high[-\s]quality|reliable|sufficient|published|"
     r"peer[-\s]reviewed|scientific|clinical|medical|long[-\s]term|large[-\s]scale|controlled|randomized|comparative),?\s+){0,3}"
     r"(evidence|data|studies|literature|trials|research)\b[^.;]{0,80}?\b(safety|efficacy|effectiveness|clinical\s+(utility|benefit)|"
     r"(health|long[-\s]term|clinical)\s+outcomes|improves?\s+(health\s+)?outcomes)|"
     r"(insufficient|inadequate|lack\s+of|no)\s+(published\s+|peer[-\s]reviewed\s+|scientific\s+)+(medical\s+)?(evidence|literature|studies)|"
     # "the evidence reviewed by our technology assessment committee does not establish that the device improves ..."
     # (never "literature does not demonstrate improved outcomes from testing without symptoms": that is said of
     # care this patient does not need; "establish" and "prove" are the words of an unproven service)
     r"\b(evidence|studies|research|literature|trials)\b[^.;]{0,80}?\b(does|do|did|has|have)\s+not\s+(establish(ed)?|prove[dn]?)\b"),
    # "little support in the literature" is said of unproven services but also of a service that does not fit this
    # patient (a medical-necessity reason): a weak cue that counts but does not by itself outrank medical necessity
    ("cat.literature_lacking", "experimental_investigational", 2,
     r"(insufficient|inadequate|limited|lack\s+of|little|no)\s+(evidence|data|support)\s+in\s+the\s+(published\s+|peer[-\s]reviewed\s+|"
     r"medical\s+|scientific\s+)*literature"),
    # the same two ideas in Spanish letters: no better than standard treatment, the published evidence does not show it
    ("cat.es_evidence_lacking", "experimental_investigational", 3,
     r"(mejor|m[áa]s\s+beneficios[oa]|m[áa]s\s+eficaz|m[áa]s\s+efectiv[oa])\s+que\s+(cualquier\s+|el\s+|la\s+)?"
     r"(terapia|tratamiento)\s+est[áa]ndar|"
     r"(estudios|evidencia|literatura|datos)\s+((cient[íi]fic|publicad|m[ée]dic|cl[íi]nic)[oa]s?\s+){0,2}(no\s+(muestra|demuestra|respalda|apoya|"
     r"establece)n?|(es|son)\s+insuficientes?)|(seguridad|eficacia)\b[^.;]{0,60}?\bno\s+(se\s+)?(ha|han)\s+(sido\s+)?"
     r"(establecid|demostrad|probad)[oa]s?"),
    # not (yet) accepted medical practice
    ("cat.not_standard_of_care", "experimental_investigational", 3,
     r"not\s+(yet\s+)?(considered\s+)?(the\s+|a\s+)?standard\s+of\s+care|"
     r"not\s+(yet\s+)?(generally\s+|widely\s+)?accepted\s+(as\s+)?(standard|in\s+the\s+(medical|scientific)\s+community|medical\s+practice)|"
     r"emerging\s+(technology|therapy|treatment)|evolving\s+(technology|therapy)"),
    # "Technology Assessment" is most often the title of a cited criteria set: a weak cue
    # (and not at all when it is a titled document: "National Technology Assessment: Proton Beam Therapy")
    ("cat.technology_assessment", "experimental_investigational", 1, r"technology\s+assessment(?![ \t]*+:)"),
    # an equally effective alternative makes the requested service unnecessary
    ("cat.equally_effective_alternative", "medical_necessity", 2,
     r"equally\s+effective|as\s+effective\s+as|less\s+(costly|intensive|invasive)\s+(alternative|treatment|option)"),
    ("cat.not_covered", "not_covered", 3,
     r"not\s+a\s+covered\s+(benefit|service)|not\s+an?\s+([\w-]+\s+){1,3}covered\s+(benefit|service|drug|item|supply)|"
     # "... are not benefits of your employer's plan"
     r"\b(is|are)\s+not\s+(an?\s+)?(covered\s+)?benefits?\s+(of|under|in)\s+(your|the|this)\b|(is|are)\s+not\s+covered(?!\s+for\s+you\s+at\s+this\s+time)|non-?covered|excluded|exclusion|\bexcludes\b|benefit\s+(limit|maximum)|"
     # "the hearing aid benefit is limited to members under age 18", "This is a limit of the benefit"
     r"\bbenefit\s+(is\s+)?limited\s+to\b|\blimit\s+of\s+(the|your)\s+benefit|"
     # "the surgery would mainly change how your eyelids look"
     r"\b(primarily|mainly|only)\s+(to\s+)?(change|changes|improve|improves)\s+(how\s+[^.;]{1,40}?\blooks?\b|the\s+way\s+[^.;]{1,40}?\blooks?\b|"
     r"(your\s+|the\s+)?appearance)|"
     r"cosmetic|not\s+covered\s+under|no\s+es\s+un\s+beneficio\s+cubierto|no\s+est[áa]n?\s+cubiert[oa]s?|excluid[oa]s?|"
     r"no\s+(lo|la|los|las)\s+cubre|cosm[ée]tic[oa]s?|"
     # equipment Medicare does not count as durable medical equipment: a comfort or convenience item
     r"(primarily|mainly|only)\s+for\s+(your\s+)?(convenience|comfort)|not\s+(considered\s+)?(durable\s+medical\s+equipment|DME)\b|"
     r"definition\s+of\s+durable\s+medical\s+equipment|"
     r"not\s+a\s+benefit|outside\s+(of\s+)?(your|the)\s+(benefits|coverage)|"
     # a plan's coverage that stops short of the request: "your employer's plan covers only the first evaluation", "the
     # plan covers hearing tests but not hearing aids for adults"
     r"\bplan\s+covers\s+only\b|\b(plan|coverage|policy)\s+(that\s+)?leaves?\s+out\b|\b(plan|policy|coverage)\s+covers\b[^.;]{1,80}?\bbut\s+not\b|"
     # (never "the approval does not cover the denied procedure": what an approval reaches, not a benefit)
     # (nor "Medicare does not cover this stay for you at this time": a decision on this member's needs)
     r"(?<!approval\s)(?<!authorization\s)(?<!approvals\s)(does|do)\s+not\s+cover(?![^.]{0,120}?\bfor\s+you\s+at\s+this\s+time\b)|(?<!approval\s)doesn't\s+cover|"
     r"not\s+on\s+(the|our)\s+(drug\s+)?formulary|not\s+on\s+(the|our)\s+(plan['’]s\s+)?(drug\s+list|list\s+of\s+covered\s+drugs)|non-?formulary|no\s+cubre|convenience\s+item"),
    ("cat.out_of_network", "out_of_network", 4,
     r"non-?plan\s+(provider|physician|facility|hospital|surgeon|doctor|specialist)s?|out[-\s]of[-\s]network|outside\s+(of\s+)?(the|our|your)\s+(plan'?s?\s+)?network|"
     # "outside the Kaiser Permanente network", "is not in the Kaiser Permanente network for your plan"
     r"\b(outside(\s+of)?|not\s+(in|part\s+of))\s+(the|our|your)\s+(?-i:[A-Z][\w-]*\s+){1,3}network\b|(does|do)\s+not\s+(contract|have\s+a\s+contract)\s+with\s+(us|kaiser|the\s+plan)|"
     r"(has|have)\s+no\s+contract\s+with\s+(us|kaiser|the\s+plan)|our\s+own\s+(physicians|doctors|specialists)\s+(provide|can\s+provide|offer)|"
     r"non-?contracted\s+(provider|physician|facility|hospital)|\b(is|are)\s+not\s+(kaiser\s+permanente\s+|kaiser\s+)?(plan|network|contracted)\s+(providers|physicians|facilities|hospitals)\b|(available|offered)\s+from\s+our\s+own\s+(specialists|doctors|physicians|providers)|not\s+a\s+(kaiser(\s+permanente)?|plan|network|contracted)\s+(provider|physician|facility)|not\s+an?\s+kaiser(\s+permanente)?\s+(plan|network|contracted|participating)\s+(provider|physician|facility|surgeon|doctor|hospital)|"
     r"(available|provided|offered)\s+(from|by|within|through|at)\s+(a\s+)?(plan\s+providers?|kaiser|our\s+network|in-?network|network)|"
     # "available from Plan neurologists", "when the care is available in the network", "a non-Plan consultation"
     r"(available|provided|offered)\s+(from|by|through)\s+(our\s+)?plan\s+[a-z]+(ists?|ians?|eons?|ors?|ers?)\b|"
     r"available\s+(in|within|inside)\s+(the|our|your)\s+(plan['’]?s?\s+)?network|"
     r"non-?plan\s+(consultation|care|visit|services?|referral|treatment|program|clinic|center|centre|group|practice)s?\b|"
     # "which is not part of our network", "is not in our network"
     r"\bnot\s+(in|part\s+of|within)\s+(the|our|your)\s+(plan['’]?s?\s+)?network\b|"
     r"in-?network\s+(provider|physician|specialist|alternative)|outside\s+(provider|facility|the\s+network)|outside\s+(of\s+)?(our|your|the)\s+(plan('s)?\s+)?network|(available|provided|offered)\s+(from|by|within|through|at)\s+plan\s+(physicians?|doctors?|facilities)|"
     r"fuera\s+de\s+(la|nuestra)\s+red|no\s+(pertenece|est[áa]|forma\s+parte)\s+(a|de|en)\s+(la|nuestra)\s+red|proveedor(es)?\s+(no\s+)?(del\s+plan|contratad)|dentro\s+de\s+(la\s+red|kaiser)|"
     r"not\s+contracted|non-?contracted|referral\s+to\s+(an?\s+)?(outside|non)|"
     # "the transplant centers under contract with Kaiser Permanente, and Sierra Crest ... is not one of them", "X is not under
     # contract with the plan"
     r"\bunder\s+contract\s+with\s+(us|kaiser(\s+permanente)?|the\s+(health\s+)?plan)\b[^.;]{0,160}?\bnot\s+one\s+of\s+them\b|"
     r"\bnot\s+under\s+contract\s+with\s+(us|kaiser(\s+permanente)?|the\s+(health\s+)?plan)\b|"
     # "is not a Kaiser Permanente contracted transplant center"
     r"\bnot\s+an?\s+(kaiser(\s+permanente)?\s+|(health\s+)?plan[-\s])?(contracted|network|participating)\s+([\w-]+\s+){0,2}"
     r"(provider|physician|facility|center|centre|hospital|program|surgeon|doctor|clinic)s?\b|"
     # the plan's own clinicians do the care: "plan dermatology offices give the same light treatment", "plan cardiologists can
     # continue your monitoring", "plan rheumatologists diagnose and treat ...", "picked up by a plan physical therapist"
     r"\bplan\s+(?:[a-z]+\s+){0,2}(?:offices?|clinics?|specialists?|doctors?|physicians?|surgeons?|[a-z]+ists|[a-z]+ians|providers?|"
     r"therapists?|centers?|teams?)\s+(?:can\s+|will\s+|also\s+)?(?:give|provide|offer|perform|treat|do|see|continue|take\s+over|"
     r"pick\s+up|diagnose|manage|evaluate)\b|\b(?:picked\s+up|taken\s+over|continued)\s+by\s+(?:a|our)\s+plan\b|"
     # "Kaiser Permanente clinicians can provide this care within our network"
     r"\b(can|could|will)\s+provide\b[^.]{0,60}?\bwithin\s+(our|the\s+plan'?s|the)\s+network\b|"
     # "routine care must come from plan providers", "has to be given by a network doctor"
     r"\b(must|has\s+to|have\s+to|needs?\s+to)\s+(come|be\s+(obtained|provided|given|received|done))\s+(from|by|at)\s+"
     r"(a\s+|an\s+|our\s+|your\s+)?(plan|network|in-?network|participating|Kaiser(\s+Permanente)?)\s+"
     r"(providers?|doctors?|physicians?|facilit(y|ies)|hospitals?|pharmac(y|ies))\b"),
    ("cat.no_prior_auth", "no_prior_authorization", 4,
     # "No prior authorization needed" (a covered alternative in a drug letter) says the opposite
     r"(no|without)\s+(the\s+|a\s+|an\s+)?(prior\s+|required\s+)?(authorization|approval|referral)(?!\s+(is\s+)?(needed|required|necessary))|"
     r"prior\s+authorization\s+(was\s+)?not\s+(obtained|requested)|"
     r"not\s+prior[-\s]authorized|not\s+authorized\s+(in\s+advance|beforehand|ahead\s+of|before)|(was|were)\s+not\s+pre-?approved|not\s+approved\s+in\s+advance|before\s+(getting|receiving)\s+(the\s+)?(services?|care)|"
     r"(?<!\bno\s)(?<!\bno\sprior\s)authorization\s+(is\s+|was\s+)?(required|needed)|sin\s+(autorizaci[óo]n|aprobaci[óo]n)\s+previa|no\s+obtuvo\s+autorizaci[óo]n|"
     r"referral\s+(is\s+|was\s+)?required|(did\s+not|didn't|does\s+not|do\s+not)\s+(get|obtain|request|have|receive)\s+(an?\s+)?(prior\s+|approved\s+|advance\s+)?(authorization|approval|referral)|"
     r"we\s+did\s+not\s+pre-?approve|we\s+did\s+not\s+(authorize|approve)\s+(it\s+|this\s+|them\s+|the\s+\w+\s+)?(in\s+advance|beforehand|before|ahead)|require[sd]?\s+(prior\s+|advance\s+)?(authorization|approval|a\s+referral)|"
     r"not\s+pre-?authorized|unauthorized|(authorization|referral)\s+(was\s+|is\s+)?(not\s+on\s+file|missing)|"
     # "no referral on file" (a referral "on file since 7/6/2025" is there)
     r"\b(no|without\s+an?)\s+([\w-]+\s+){0,3}?(authorization|referral)\s+(was\s+|is\s+)?on\s+file|"
     # "... must be authorized ahead of time through a Plan physician's referral, and the request came without one"
     r"must\s+be\s+(authori[sz]ed|approved|pre-?approved)(\s+by\s+(us|the\s+plan|Kaiser(\s+Permanente)?))?\s+(ahead\s+of\s+time|in\s+advance|beforehand)|"
     # "We did not receive a request for prior authorization", "We have no record of a referral or approval"
     r"(did\s+not|didn't)\s+(receive|get)\s+(a|an|any)\s+(request|application)\s+for\s+(prior\s+|advance\s+)?(authori[sz]ation|approval)|"
     r"no\s+record\s+of\s+(a|an|any)\s+(prior\s+)?(referral|authori[sz]ation|approval)|"
     r"\b(came|arrived|was\s+(sent|submitted|made))\s+without\s+(one|an?\s+(referral|authori[sz]ation|approval))\b|"
     # "Non-emergency care from a non-plan provider needs our approval in advance", "requires the plan's approval first"
     r"\b(needs?|needed|requires?|required)\s+(our|the\s+plan['’]s|the\s+plan|Kaiser(\s+Permanente)?['’]?s?|prior|advance)\s+"
     r"(prior\s+)?(approval|authori[sz]ation)\s+(in\s+advance|beforehand|ahead\s+of\s+time|first)\b|"
     # (in Spanish only where it was missing or required: "falta de autorización previa", "Se requiere autorización
     # previa", "necesita autorización previa antes de empezar", "no se obtuvo la autorización previa"; never a request
     # for it, "nos pidió autorización previa para ...", nor an alternative that needs none, "no necesitan autorización previa")
     r"falta\s+(de\s+)?(la\s+)?autorizaci[óo]n|(?<!\bno\s)(se\s+)?(requier\w*|requer\w*|necesit\w*|exig\w*)\s+(una\s+|la\s+)?autorizaci[óo]n\s+previa|"
     r"no\s+(se\s+)?(pidi[óo]|solicit[óo]|obtuvo|tuvo|ten[íi]a|recibi[óo]|recibimos)\s+(la\s+|una\s+|ninguna\s+)?(solicitud\s+de\s+)?autorizaci[óo]n|"
     r"antes\s+de\s+que\s+recibi[ée]ramos\s+la\s+solicitud\s+de\s+autorizaci[óo]n"),
    ("cat.not_emergency", "no_prior_authorization", 2, r"(was|were|is)\s+not\s+(an?\s+)?(emergency|urgent)|no\s+(fue|era)\s+una\s+emergencia"),
    ("cat.second_opinion", "second_opinion", 4, r"second\s+(medical\s+)?opinion|segunda\s+opini[óo]n|additional\s+opinion"),
    # a claim billed for other care than the care authorized is a billing matter, not a clinical one: "billed with procedure
    # code 29880, but the authorization on file approved code 29881", "the billed service does not match the
    # authorization", "the code billed is not the code we authorized", "please send a corrected claim"
    ("cat.billing_mismatch", "administrative", 3,
     r"\bbilled\s+(?:(?:with|under|as|using)\s+)?(?:(?:a\s+)?(?:different\s+)?(?:procedure|CPT|HCPCS|billing|service)\s+)?code\b[^.;]{0,60}?\bbut\b"
     r"[^.;]{0,60}?\b(?:authori[sz]ation|authori[sz]ed|approval|approved|pre-?approved)\b|"
     r"\b(?:service|code|procedure|care)s?\s+(?:billed|on\s+the\s+claim|you\s+(?:were\s+)?billed\s+for)\s+(?:is|was|are|were|does|do|did)\s+not\s+"
     r"(?:match|the\s+(?:same\s+)?(?:service|code|procedure|care)s?\s+(?:we|that\s+we|that\s+was|that\s+were)\s+(?:authori[sz]ed|approved))\b|"
     r"\bbilled\s+(?:service|code|procedure)s?\s+(?:does|do|did)\s+not\s+match\b|"
     r"\b(?:does|do|did)\s+not\s+match\s+(?:the|our|your|its)\s+(?:prior\s+)?(?:authori[sz]ation|authori[sz]ed\s+(?:service|code|procedure)s?|approval)\b|"
     r"\b(?:send|submit|file)\s+(?:us\s+)?a\s+corrected\s+claim\b|\bcoding\s+error\b"),
    ("cat.administrative", "administrative", 3,
     r"not\s+eligible|no\s+longer\s+eligible|coverage\s+(was\s+)?terminated|coverage\s+ended|duplicate\s+(claim|bill)|(issued|approved|granted|paid|processed)\s+in\s+error|eligibility\b[^.]{0,60}?\b(could|can|was)\s*(not|n't)\s+(be\s+)?(confirmed|verified|established)|duplicates\s+(a|an|the|another)\s+(claim|bill)|(as\s+)?an?\s+(exact\s+)?duplicate\s+of\s+(a|an|the|another)\s+(line|claim|bill|charge|service)|duplicate\s+(line|charge|service\s+line|submission)|(claim|bill)s?\s+(that\s+)?(we\s+)?(have\s+|had\s+)?already\s+(processed|paid)|(?<!you\s)(?<!you\shave\s)(?<!you've\s)(?<!you’ve\s)already\s+(been\s+)?paid\b|"
     r"timely\s+filing|incomplete\s+(claim|request)|missing\s+information|coordination\s+of\s+benefits|"
     # what the review needs and lacks: "Para revisar una bomba de insulina necesitamos su registro de glucosa ...", "To
     # review this request we need your glucose log"
     r"\b(?:para\s+revisar\b[^.]{0,60}?\bnecesitamos|to\s+review\b[^.]{0,60}?\bwe\s+need)\s+(?:su|sus|el|la|los|las|un|una|your|the|a|an)\b|"
     # a claim sent after the time allowed: "past the time limit for filing claims", "the filing limit", "filed late"
     r"\b(?:past|after|beyond|outside)\s+(?:the|our|its|your)\s+(?:[\w'’-]+\s+){0,2}?(?:time\s+limit|deadline|time\s*frame|filing\s+(?:limit|period))\b"
     r"[^.;]{0,30}?\b(?:filing|submitting|submission|sending)\b|(?:claims?\s+)?filing\s+(?:time\s+)?(?:limit|deadline)|"
     r"time\s+limit\s+for\s+(?:filing|submitting|sending)|\b(?:filed|submitted|sent)\s+(?:too\s+)?late\b|\blate\s+(?:claim|filing|submission)s?\b|"
     r"fuera\s+del?\s+plazo\s+para\s+(?:presentar|enviar)|"
     # the itemized bill a claim needs and lacks: "We need an itemized bill ...", "did not include an itemized statement",
     # "We asked the clinic for an itemized bill"
     r"\b(?:need|needs|needed|requires?|required|requested|without|no|(?:did\s+not|didn't)\s+(?:include|contain|send|come\s+with)|"
     r"asked\s+(?:[\w&.,'’-]+\s+){0,6}?for)\s+(?:an?\s+|the\s+)?itemi[sz]ed\s+(?:bill|statement|invoice)s?\b|"
     # the records the decision needed never came: "The request arrived without the sleep study", "did not include a
     # sleep study report", "No sleep study report was attached" (never records that came and do not show something)
     r"\b(?:arrived|came|was\s+sent|were\s+sent|was\s+submitted|were\s+submitted)\s+without\s+(?:the|a|an|any)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:study|report|records?|notes?|information|documentation|results?)\b|"
     r"\b(?:did\s+not|didn't)\s+(?:include|contain|come\s+with|send(?:\s+us)?|receive|get)\s+(?:the|a|an|any)\s+(?:[\w-]+\s+){0,5}?"
     r"(?:study|report|records?|notes?|information|documentation|results?|form)\b(?![^.]{0,40}\bshow)|"
     # the same in Spanish: "No recibimos el formulario de Declaración de Certificación del Médico (PCS)", "La solicitud
     # llegó sin el formulario"
     r"\bno\s+(?:recibimos|hemos\s+recibido|incluy[óo]|inclu[íi]a)\s+(?:el|la|los|las|un|una|ning[úu]n[oa]?)\s+(?:[\w-]+\s+){0,3}?"
     r"(?:formulario|informe|registros?|documentos?|documentaci[óo]n|notas?|estudio|resultados?)\b|"
     r"\blleg[óo]\s+sin\s+(?:el|la|los|las)\s+(?:[\w-]+\s+){0,3}?(?:formulario|informe|registros?|documentos?|documentaci[óo]n|notas?|estudio)\b|"
     r"\bno\s+(?:[\w-]+\s+){0,2}(?:study|report|records?|documentation)\s+(?:was|were)\s+(?:attached|sent|included|submitted|received)\b|"
     # (the member, never the people a study left out: "people with a BMI over 32 ... were not enrolled")
     r"\b(?:you|member|patient|child|he|she)\b[^.;]{0,30}?\bnot\s+enrolled\b|not\s+enrolled\s+(?:in|with|on|for)\b(?![^.;]{0,40}\b(?:trials?|stud(?:y|ies)|cohort)\b)|"
     r"no\s+era\s+elegible|sin\s+cobertura\s+en|filing\s+limit|past\s+the\s+(filing|submission)\s+(limit|deadline)|"
     # billing errors: "the second charge is a duplicate", "billed twice", "the claim bills 4 days after the discharge date"
     r"\b(is|was|are|were)\s+(an?\s+)?(exact\s+)?duplicates?\b|\b(billed|charged|submitted)\s+twice\b|"
     r"\b(bills?|billed|charges?|charged)\b[^.;]{0,40}?\bafter\s+(the|a|your)\s+discharge\b|\bdays\s+after\s+(a|the)\s+discharge\b"),
]

# ---------------------------------------------------------------------------------------------------------------
# criteria cited: named guideline sets (the match is the value, widened to the named edition/title)
# ---------------------------------------------------------------------------------------------------------------
# a second named set after "and" ends the first one's subject: "MCG ambulatory guideline for physical therapy and InterQual
# Outpatient Rehabilitation criteria"
_NEXT_NAMED_SET = r"\s+(?:and|or)\s+(?:the\s+)?(?:InterQual|MCG|Kaiser|KP|NCCN|Hayes|ASAM|LOCUS|Medicare|Medicaid|American|National)\b"
CRITERIA_PATTERNS: list[tuple[str, str]] = [
    # "MCG Care Guidelines", "MCG Inpatient & Surgical Care guideline for bariatric surgery", "MCG Health"
    # (or described in lower case: "MCG ambulatory care guideline for vedolizumab")
    # (never the Spanish "MCG", monitor continuo de glucosa: "(MCG), no adyuvante", "suministros para MCG adyuvante")
    # (never a drug's strength: "TRELEGY ELLIPTA 100-62.5-25 MCG INH", "2.5 MCG/ACT")
    ("criteria.mcg", r"(?<!\()(?<![\d.][ \t])(?<!\d)\bMCG\b(?!/|\s*\)|\s+(?:INH|AER|HFA|ACT|SPRAY|CAP|TAB)\b|\s+(?:personal|adyuvante|no|de|del|y)\b)(?:®)?(?:(?:\s+[a-z][\w/-]*){1,4}(?=\s+(?:guidelines?|criteria)\b)|(?:\s+(?:[A-Z][\w/-]*|&)){0,6})"
     r"(?:\s+(?:guidelines?|criteria)(?:\s+(?:for|on)\s+[\w /&-]{3,60}?(?=[.;,\n(]|" + _NEXT_NAMED_SET + r"))?)?|"
     r"Milliman\s+Care\s+Guidelines"),
    ("criteria.interqual", r"\bInterQual\b(®)?(\s+\d{4})?(\s+[A-Z][\w/&-]*(\s+[A-Z][\w/&-]*){0,5})?(\s+(criteria|subset))?"),
    ("criteria.kp", r"(Kaiser\s+Permanente|KP|Kaiser|Regional|TPMG|SCPMG|(?:The\s+|[A-Z][\w-]*\s+){0,2}Permanente\s+Medical\s+Group)\s+(([\w-]+\s+){0,4}?|((?:[A-Z][\w-]*|of|and|for|the)\s+){5,7}?)(Clinical\s+)?(Review\s+)?(Criteria|Guidelines?|Polic(y|ies)|Technology\s+Assessment)(\s+(for|on)\s+[\w /&-]{3,60}?(?=[.;,\n(]))?"),
    # "Kaiser Permanente Pharmacy and Therapeutics Committee criteria: adalimumab products" (a lower-case "criteria"
    # after a capitalised committee or program name, and the subject it names after a colon)
    ("criteria.kp_committee", r"(?:Kaiser\s+Permanente|KP)\s+(?:(?:[A-Z][\w-]*|and|of|for|&)\s+){1,5}(?:criteria|guidelines?)"
     r"(?:[ \t]*:[ \t]*[a-zA-Z][\w /&-]{2,60}?(?=[.;,\n]))?"),
    # a named set described in lower case, by any words that describe it: "Kaiser Permanente Mid-Atlantic States quantity
    # limit criteria", "Kaiser Permanente Colorado private duty nursing medical necessity criteria", "KPMAS Out-of-Network
    # Referral Review guideline", "Kaiser Permanente Mid-Atlantic States policy on referrals to non-plan providers"; no verb
    # or article among them ("Kaiser Permanente has a policy", "Kaiser Permanente doctors follow clinical guidelines" name none)
    ("criteria.kp_described", r"(?:Kaiser\s+Permanente|KP(?:MAS|NW|WA|CO|GA|HI|SC|NC)?|TPMG|SCPMG|(?:[A-Z][\w-]*\s+){0,2}Permanente\s+Medical\s+Group)\s+"
     # (a region or program name, or words that describe the set: "Kaiser Permanente guidelines" alone names none)
     r"(?=(?:[A-Z][\w-]*\s+)|(?:[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,4}(?:criteria|guidelines?|polic(?:y|ies))\b))"
     r"(?:(?:[A-Z][\w-]*|and|of|&)\s+){0,6}"
     r"(?:(?!(?:has|have|had|is|are|was|were|be|been|will|would|a|an|the|its|our|your|their|this|that|these|those|no|not|and|or|"
     r"to|in|on|for|by|with|who|which|use[sd]?|using|follow(?:s|ed)?|appl(?:y|ies)|does|did|do|may|can|could|should|must|"
     r"made|makes?|covers?|decided|found|says|said|wrote|sent|members?|patients?|doctors?|physicians?|clinicians?)\b)[a-z][\w-]*\s+){0,5}"
     r"(?:criteria|guidelines?|polic(?:y|ies))\b(?:\s+(?:for|on)\s+[\w /&-]{3,60}?(?=[.;,\n(]))?"),
    # a committee's decision on a named topic: "Kaiser Permanente Interregional New Technologies Committee: Minimally
    # Invasive Sacroiliac Joint Fusion"
    # (or the committee's own kind of paper before the colon: "... New Technologies Committee review: Hypoglossal Nerve Stimulation")
    # (a region's long committee name and a topic that wraps: "KP Northern California Regional Pharmacy and Therapeutics
    # Committee: Infusion Site of" / "Care Criteria")
    ("criteria.kp_committee_topic", r"(?:Kaiser\s+Permanente|KP)\s+(?:(?:[A-Z][\w-]*|and|of|for|&)\s+){1,8}Committee"
     r"(?:\s+(?:review|decision|assessment|evaluation|report|statement|position))?[ \t]*:[ \t]*"
     # (up to the next set: "... assessment: Tumor" / "Treating Fields and NCCN Clinical Practice Guidelines ...")
     r"[A-Z](?:[\w /&-]|\n(?=[A-Za-z])){2,70}?(?=[.;,(]|\s+and\s+(?:the\s+)?(?-i:[A-Z])|\n(?![A-Za-z])|$)"),
    # Spanish: "Evaluación de Tecnología Nacional de Kaiser Permanente: terapia con haz de protones", "Criterios de Kaiser
    # Permanente para medicamentos oncológicos: inhibidores de puntos de control inmunitario"
    ("criteria.kp_es", r"Gu[íi]as?\s+de\s+cobertura(?:\s+(?:de|para|del?)\s+[\wáéíóúñ]+){0,4}\s+de\s+(?:Kaiser\s+Permanente|KP)"
     r"(?:\s+(?-i:[A-Z])[\wáéíóúñ]+)?(?:\s+\([^)\n]{1,40}\))?|"
     r"(?:Evaluaci[óo]n\s+de\s+Tecnolog[íi]a(?:\s+Nacional)?|Criterios(?:\s+[Cc]l[íi]nicos)?|Pautas(?:\s+[Cc]l[íi]nicas)?|"
     r"Gu[íi]as?(?:\s+[Cc]l[íi]nicas?)?|Pol[íi]tica(?:\s+[Cc]l[íi]nica)?)\s+(?:de|del)\s+(?:Kaiser\s+Permanente|KP)"
     # (the region's name after it: "Guía de Kaiser Permanente del Norte de California: transporte en camioneta para
     # silla" / "de ruedas y con camilla (Medi-Cal).")
     r"(?:\s+del?\s+(?:Norte|Sur)\s+de\s+California|\s+de\s+(?:Colorado|Georgia|Haw[áa]i|Washington|Maryland|Virginia|Oreg[óo]n)|"
     r"\s+del\s+Noroeste|\s+de\s+los\s+Estados\s+del\s+Atl[áa]ntico\s+Medio)?"
     r"(?:\s+(?:para|sobre|de)\s+[\wáéíóúñ -]{3,60}?(?=[.;:,\n]))?(?:[ \t]*:[ \t]*[\wáéíóúñ](?:[^.;\n]|\n(?=[a-záéíóúñ(])){2,100}?(?=[.;]|\n(?![a-záéíóúñ(])))?"),
    ("criteria.ncd", r"(Medicare\s+)?National\s+Coverage\s+Determination(\s+\(NCD\))?(\s+(for\s+)?[\w /&-]{0,60}?)?(\s*\(?\s*NCD\s*)?\s*\d{1,3}\.\d{1,2}(\.\d)?\)?|\bNCD\s*#?\s*\d{1,3}\.\d{1,2}(\.\d)?"),
    # a coverage determination named by its title without its number: "the Medicare Local Coverage Determination for Power
    # Mobility Devices"
    # (written in lower case too: "Medicare national coverage determination (NCD) for percutaneous left atrial ...")
    ("criteria.lcd_title", r"(?:Medicare\s+)?(?:[Ll]ocal|[Nn]ational)\s+[Cc]overage\s+[Dd]etermination(?:\s+\((?:LCD|NCD)\))?\s+(?:for|on)\s+"
     # (in lower case too, over a wrapped line: "... (LCD) for epidural steroid injections" / "for pain management ...")
     r"[A-Za-z][\w /&\n-]{3,80}?(?=[.;,(]|\n[ \t]*[A-Z]|\s+and\s|$)"),
    ("criteria.lcd", r"(Local\s+Coverage\s+Determination(\s+\(LCD\))?[\w /&-]{0,60}?\s*\(?\s*)?\bL\d{5}\)?|\bLCD\s*#?\s*L?\d{5}"),
    # "The ASAM Criteria, 4th ed.", never a level of care ("ASAM Level 3.5", "(ASAM 2.5)") or the assessment's dimensions
    # (with the book's subtitle, its edition, and the dimensions or level it applies: "The ASAM Criteria: Treatment Criteria
    # for Addictive, Substance-Related, and Co-Occurring Conditions, Level 2.1 Intensive Outpatient Services", "ASAM
    # Criteria, Dimensions 1-6 and Level 2.1 (Intensive Outpatient) admission criteria")
    ("criteria.asam", r"\bASAM\b(?!\s+(?i:levels?|dimensions?|multidimensional|assessment)\b|\s+\d(?:\.\d)?\b)(\s+Criteria)?"
     r"(:\s+Treatment\s+Criteria\s+for\s+Addictive,\s+Substance-Related,\s+and\s+Co-Occurring\s+Conditions)?"
     r"(,?\s+(?i:\d(?:st|nd|rd|th)|third|fourth)\s+(?i:edition|ed\.?)(?:\s+\(\d{4}\))?)?"
     r"(,\s+(?:Dimensions?\s+\d(?:\s*[-–]\s*\d)?(?:\s+and\s+)?)?(?:Level\s+\d(?:\.\d)?(?:\s+\([^()\n]{1,40}\)|(?:\s+[A-Z][\w-]*){1,4})?"
     r"(?:\s+admission\s+criteria)?)?)?|"
     r"American\s+Society\s+of\s+Addiction\s+Medicine(\s+\(ASAM\))?(\s+Criteria)?"),
    ("criteria.locus", r"\b(CALOCUS[-–/]CASII|LOCUS|CALOCUS|CASII|ECSII|WPATH\s+Standards\s+of\s+Care(,?\s+Version\s+\d)?)\b"),
    ("criteria.nccn", r"\bNCCN\b(\s+(Clinical\s+Practice\s+)?Guidelines?(\s+in\s+Oncology)?)?(\s+for\s+[\w /&-]{3,50}?(?=[.;,\n(]))?|National\s+Comprehensive\s+Cancer\s+Network(\s+\(NCCN\))?(\s+Guidelines?)?"),
    # the indexes a Medicaid program scores orthodontic need on: "the Washington Modified HLD Index", "the Salzmann Index"
    ("criteria.orthodontic_index", r"\b(?:(?-i:[A-Z])[a-z]+\s+)?(?:Modified\s+)?(?:HLD|Handicapping\s+Labio-?[Ll]ingual\s+Deviation(?:\s+\(HLD\))?)"
     r"\s+Index\b|\bSalzmann\s+(?:Evaluation\s+)?Index\b"),
    # the drug compendia off-label use is judged by: "the Micromedex DRUGDEX compendium", "AHFS Drug Information"
    ("criteria.compendium", r"\b(?:Micromedex(?:\s+DRUGDEX)?|DRUGDEX|AHFS(?:-DI|\s+Drug\s+Information)?|Lexi-Drugs)\b"
     r"(?:\s+(?:drug\s+)?compendi(?:um|a))?"),
    ("criteria.hayes", r"\bHayes\b(\s+(Technology\s+Assessment|Directory|Health\s+Technology\s+Assessment))?"),
    ("criteria.acr", r"(?:ACR|American\s+College\s+of\s+Radiology(?:\s+\(ACR\))?)\s+Appropriateness\s+Criteria(®)?(\s+for\s+[\w /&-]{3,50}?(?=[.;,\n(]))?"),
    ("criteria.apa", r"(American\s+Psychiatric\s+Association|APA)\s+(Practice\s+)?Guidelines?(\s+for\s+[\w /&-]{3,60}?(?=[.;,\n(]))?"),
    # a society's name, then the title of its guidance: "American Academy of Pediatric Dentistry, Behavior Guidance for the
    # Pediatric Dental Patient"
    ("criteria.society_title", r"American\s+(?:Academy|College|Society|Association)\s+of\s+(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*,[ \t]+"
     r"[A-Z][\w-]*(?:[ \t\n]+(?:[A-Z][\w-]*|of|for|the|and|in|on|with|to)){1,12}?(?=[ \t]*(?:[.;(]|\n\n|$|\n[ \t]*(?:and|or)\s)|" + _NEXT_NAMED_SET + r")"),
    ("criteria.society", r"American\s+(Academy|College|Society|Association)\s+of\s+[A-Z][\w ]{2,60}?\s+(Guidelines?|Clinical\s+(Report|Practice\s+Guideline)|Position\s+Statement|Criteria|Practice\s+Parameter)"),
    # "American Headache Society Consensus Statement on Migraine Prevention", "Endocrine Society Clinical Practice Guideline"
    ("criteria.society_named", r"\b(?:American|National|International|European|Endocrine|Infectious\s+Diseases)(?:\s+[A-Z][a-z]+){0,3}\s+"
     r"(?:Society|Association|Academy|College|Foundation)\s+(?:(?:19|20)\d\d\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Consensus\s+Statement|Position\s+Statement|"
     r"Clinical\s+Practice\s+Guidelines?|Guidelines?|Criteria|Recommendations)(?:\s+(?:on|for)\s+[A-Z][\w /&-]{2,60}?(?=[.;,\n(]))?"),
    # a council's, institute's or board's own guidelines: "Council of Autism Service Providers practice guidelines"
    ("criteria.org_guidelines", r"\b(?:[A-Z][a-z]+\s+){0,2}(?:Council|Society|Association|Academy|College|Institute|Board)\s+(?:of|for|on)\s+"
     r"(?:(?:[A-Z][\w-]*|and|&)\s+){1,5}(?:[Cc]linical\s+)?(?:[Pp]ractice\s+)?(?:[Gg]uidelines?|[Cc]riteria|[Ss]tandards(?:\s+of\s+[Cc]are)?)\b"),
    # a society's guideline under its acronym: "2022 ASMBS/IFSO Guidelines on Indications for Metabolic and Bariatric Surgery"
    ("criteria.society_acronym", r"(?:\b(?:19|20)\d\d\s+)?\b(?!KP\b|HMO\b|PPO\b)[A-Z]{3,6}(?:/[A-Z]{3,6})*\s+(?:Clinical\s+Practice\s+)?"
     r"(?:Guidelines?|Consensus\s+Statement|Position\s+Statement|Practice\s+Bulletin|Model\s+Polic(?:y|ies))(?:\s+(?:on|for)\s+[A-Z][\w /&-]{2,80}?(?=[.;,\n(]))?"),
    ("criteria.appropriate_use", r"Appropriate\s+Use\s+(Recommendations|Criteria)(\s+for\s+[A-Z][\w -]{2,60}?)?(\s*\([^)\n]{2,40}\))?(?=[.;,\n]|\s)"),
    ("criteria.cfr", r"\b\d{1,2}\s+C\.?F\.?R\.?\s+(?:(§|Section|sec\.)?\s*\d{3}\.\d+|Part\s+\d{3}\b)"),
    # a named section of the plan's own coverage document that the decision follows: "This decision follows the Evidence
    # of Coverage section on ambulance services" (a bare "your Evidence of Coverage" names no section)
    ("criteria.plan_section", r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("follows", "on", "under", "applied", "used", "applies", "uses")) + r")(?:the\s+)?(?:Evidence\s+of\s+Coverage|EOC|Summary\s+Plan\s+"
     r"Description|Certificate\s+of\s+Coverage)\s+(?:section|provision|chapter)\s+(?:on|about|for|titled|called|named)\s+[\w \"“”'’&/-]{3,60}?(?=[.;,\n(])"),
    ("criteria.medicare_manual", r"Medicare\s+Benefit\s+Policy\s+Manual(,?\s+Chapter\s+\d+(,?\s+(Section|§)\s*[\d.]+)?)?"),
]
# a labelled line naming the criteria applied, whatever they are called: "Coverage rule used for this decision: Medicare
# skilled nursing facility coverage rules, 42 CFR Part 409.", "Criterio aplicado: ...", "Usamos los siguientes criterios: ..."
CRITERIA_LABEL = re.compile(
    r"(?im)^[ \t]*(?:(?:the\s+)?(?:coverage\s+rules?|rules?|criteri(?:a|on)|guidelines?|clinical\s+(?:criteria|guidelines?)|"
    # (a form's "Guideline(s) applied:")
    r"(?:medical\s+|clinical\s+)?polic(?:y|ies)|standards?)(?:\(s\))?(?:\s+(?:we\s+)?(?:used|applied|relied\s+on))?"
    r"(?:\s+(?:for|in|to\s+make)\s+(?:this|the|our)\s+(?:decision|review|determination))?|"
    r"(?:we|the\s+reviewer|our\s+reviewer)\s+(?:used|applied|relied\s+on|followed)|"  # "We used: ..."
    r"criterios?\s+(?:aplicados?|utilizados?|usados?)|usamos\s+(?:los\s+siguientes\s+criterios|el\s+siguiente\s+criterio)|"
    # "Para decidir usamos: ..."
    r"(?:para\s+(?:decidir|tomar\s+(?:esta|la|nuestra)\s+decisi[óo]n)\s*,?\s*)(?:usamos|utilizamos|aplicamos)|"
    r"pautas?\s+(?:aplicadas?|utilizadas?))[ \t]*:[ \t]*"
    r"(?!(?:not?|yes|none|n/?a|met|unmet|see|s[íi])\b)(?P<val>[A-Z0-9][^;\n]{3,160}?(?:\n(?![ \t]*[A-Z][a-z]+[ \t]+(?:may|can|puede|will))(?![ \t]*[A-Z][\w ]{0,30}:)[^;\n]{0,100}?){0,2})(?=\.(?:[ \t]|\n|$)|;|$)")
# the same in prose: "We used Senior Advantage 2026 Part D prior authorization criteria: adalimumab products for this
# decision.", "The reviewer applied X to make this decision."
CRITERIA_USED = re.compile(
    r"\b(?:we|the\s+review(?:er|ing\s+(?:physician|pharmacist|clinician|doctor)))\s+(?:used|applied|relied\s+on)\s+(?:the\s+)?"
    r"(?=[^.;]{0,160}?\b(?:criteria|guidelines?|polic(?:y|ies)|standards?|rules|manual|assessment|protocol|(?:care\s+)?pathways?)\b)"
    r"(?P<val>(?-i:[A-Z0-9])[^.;\n]{3,160}?(?:\n[^.;\n]{0,100}?)?)\s+(?:for|to\s+make|in\s+making|when\s+making)\s+"
    r"(?:this|our|the|its)\s+(?:decision|determination|review)\b", re.I)
# a sentence of its own that names what was applied: "We applied the FDA-approved labeling for denosumab and Medicare
# Part B coverage rules.", "Our reviewer followed ...", "We based this decision on Medicare rules for ... (42 CFR § 422.101)."
# (also as an answer: "A. We used MCG ambulatory care guidelines.")
CRITERIA_USED_SENTENCE = re.compile(
    r"(?im)(?:^|(?<=[.?!:])[ \t]+)(?:(?:A[.:]|\(\d{1,2}\)|\d{1,2}[.)])[ \t]+)?(?:(?:we|(?:our|the)\s+(?:reviewer|reviewing\s+[a-z]+|physician|pharmacist|doctor))\s+"
    r"(?:used|applied|relied\s+on|followed)|we\s+based\s+(?:this|our|the)\s+(?:decision|determination)\s+on|"
    # "We reviewed your request under California Health and Safety Code section 1383.15."
    r"we\s+(?:reviewed|decided|considered|evaluated)\s+(?:your|this|the)\s+(?:request|referral|appeal|case)\s+under|"
    r"(?:this|the|our)\s+(?:decision|determination)\s+(?:is|was)\s+based\s+on)\s+(?:the\s+)?"
    r"(?=[^.;\n]{0,160}?\b(?:criteria|guidelines?|polic(?:y|ies)|label(?:l?ing)?|prescribing\s+information|coverage\s+rules|rules|"
    r"manual|protocol|consensus|position\s+statement|practice\s+parameters?|utilization\s+system|instrument|technology\s+assessment|"
    r"(?:care|clinical|regional)\s+pathways?|"
    # "Medicare Part D tiering exception requirements", "Medicare coverage requirements for ..."
    r"(?:exception|coverage|Medicare|Medicaid|Part\s+[BD])\s+requirements|"
    r"(?:Health\s+and\s+Safety|Insurance|Welfare\s+and\s+Institutions)\s+Code\s+(?:section|sec\.|§))\b)"
    r"(?P<val>(?-i:[A-Z0-9])(?:[^.;\n]|\.(?=\d)){3,160}?(?:\n(?:[^.;\n]|\.(?=\d)){0,100}?){0,2})"
    # (the sentence may go on with what the set was used for: "... (CALOCUS) to review the request.")
    r"(?=\.(?:[ \t]|\n|$)|\s+to\s+(?:review|decide|make|reach|assess|evaluate|look\s+at|judge)\b)")
CRITERIA_CONTEXT = re.compile(r"(criteri|guideline|polic|based|used|applied|review|standard|we\s+followed|pautas|determination|manual)", re.I)

# ---------------------------------------------------------------------------------------------------------------
# appeal deadline
# ---------------------------------------------------------------------------------------------------------------
NUM_WORDS = {"thirty": 30, "sixty": 60, "ninety": 90, "one hundred eighty": 180, "one hundred and eighty": 180,
             "one hundred twenty": 120, "one hundred and twenty": 120, "six": 6, "three": 3, "one": 1, "two": 2,
             "twelve": 12, "four": 4, "five": 5, "cuatro": 4, "cinco": 5, "treinta": 30, "sesenta": 60, "noventa": 90, "ciento ochenta": 180, "ciento veinte": 120,
             "seis": 6, "tres": 3, "doce": 12}
_NUMW = "|".join(sorted(NUM_WORDS, key=len, reverse=True))
DEADLINE_RE = re.compile(
    rf"(?P<num>\d{{1,3}}|{_NUMW})(\s*\(\d{{1,3}}\))?[\s'’-]+(?P<cal>(calendar|business|working|natural(es)?|calendario|h[áa]biles)\s+)?"
    rf"(?P<unit>days?|d[íi]as|months?|meses|mes|years?|a[ñn]os?)\b", re.I)
DEADLINE_ACTION = re.compile(
    r"\b(appeal|grievance|reconsider\w*|redetermination|file|request\s+a\s+(review|hearing)|ask\s+(for|us|within)|must\s+(ask|request|file)|"
    r"independent\s+medical\s+review|external\s+review|\bIMR\b|apply\s+for|"
    r"(request|appeal|form|letter)\s+must\s+(reach|get\s+to|arrive|be\s+(received|sent|filed|mailed))|"
    r"apelaci[óo]n|apelar|queja|reclamo|presentar|solicitar|pedir|state\s+hearing|audiencia)", re.I)
DEADLINE_EXTERNAL = re.compile(
    r"(independent\s+medical\s+review|\bIMR\b|external\s+review|independent\s+review|\bDMHC\b|department\s+of\s+managed|"
    r"state\s+hearing|audiencia|fair\s+hearing|administrative\s+law\s+judge|\bALJ\b|\bOPM\b|civil\s+action|lawsuit|"
    r"revisi[óo]n\s+m[ée]dica\s+independiente|department\s+of\s+insurance|insurance\s+commissioner)", re.I)
DEADLINE_NOT = re.compile(
    r"(we\s+(will|must|have\s+to)\s+(decide|make|respond|send|give|review|resolve|notify|hold|schedule|arrange|set\s+up)\b|(you|we)\s+will\s+(get|receive|hear)|"
    r"\bwe\s+(normally|usually|generally|typically)?\s*(answer|respond|reply|decide)\b|answer\s+within|"
    r"(decided|answered|resolved|completed|processed|held|scheduled|arranged)\s+within|"
    # (never "You may appeal this decision within 90 days": the member's window)
    r"(?<!appeal\sthis\s)(?<!appeal\sthe\s)(?<!appeal\sour\s)(?<!appeal\sthat\s)(?<!reconsider\sthis\s)decision\s+within|respond\s+within|resolve|acknowledg|within\s+\d+\s+(calendar\s+|business\s+)?days\s+of\s+(our|the)\s+receiv|"
    r"le\s+responderemos|tomaremos|pay\s+within|continu|aid\s+paid|keep\s+(getting|receiving)|seguir\s+recibiendo)", re.I)

# ---------------------------------------------------------------------------------------------------------------
# people and identifiers
# ---------------------------------------------------------------------------------------------------------------
CREDENTIALS = ("M.D. MD D.O. DO R.N. RN NP N.P. PA-C PA P.A. PhD Ph.D. PharmD Pharm.D. Psy.D. PsyD LCSW LMFT "
               "DDS D.D.S. DPM D.P.M. DC MPH M.P.H. FACP FAAP FACS FACC MBA MS BSN MSN CCM RN-BC DNP FNP "
               "CNM LPCC LPC BCBA OD O.D. DrPH FACR FACOG FACEP FAAN FAANS FAAOS FASN FCCP FACE FRCPC "
               # pharmacy, hearing, therapy and nursing licences reviewers and requesters sign with
               "FAASM FASTRO FAAFP FACG FAHA CPhT RPh AuD Au.D. DMD D.M.D. DPT OTR/L OTR CCC-SLP CCC-A SLP LVN LPN APRN CRNP LICSW LMHC LCPC CADC RDN CDCES MSW "
               # respiratory and sleep, infusion, nurse practitioner and coding credentials
               "RRT CRT RPSGT CRNI CNS CCRN PMHNP ACNP AGNP CRNA LMSW CPC "
               # (Washington's advanced registered nurse practitioner)
               "ARNP").split()
CRED_RE = r"(?:" + "|".join(re.escape(c) for c in sorted(CREDENTIALS, key=len, reverse=True)) + r")(?![\w])"

# the words that say care was paid, or is no part of what the letter decides: "was processed and paid", "has already
# been paid", "is not part of this notice" (the extractor reads them after a code, the date recognizer after a date)
PAID_OR_NOT_PART_RE = (r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:already\s+)?(?:(?:processed|approved|allowed|covered)\s+and\s+"
                       r"(?:was\s+|were\s+)?)?paid\b|(?:is|are|was|were)\s+not\s+part\s+of\s+this\s+"
                       r"(?:notice|decision|letter|denial|request|claim)\b)")
# a word of a person's name; never a credential ("Irina Solis MD, PhD": the name ends before MD)
NAME_TOKEN = rf"(?!(?-i:{CRED_RE}))(?:[A-ZÁÉÍÓÚÑ][a-zA-ZáéíóúñüÁÉÍÓÚÑ'’\-]+\.?|[A-Z]\.|[A-Z][a-z]+-[A-Z][a-z]+)"
PERSON_NAME = rf"(?:(?:Dr\.|Doctor|Dra\.)\s+)?(?:{NAME_TOKEN})(?:[ \t]+(?:{NAME_TOKEN})){{1,3}}"
PHONE_RE = re.compile(
    r"(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\s*[2-9O]\d{2}\s*\)\s*|[2-9]\d{2}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"
    r"(?:\s*(?:,\s*)?(?:ext\.?|extension|x)\s*\d{1,6})?|1-8\d\d-[A-Z0-9-]{7,10}")
SPECIALTY_WORDS = (
    "Internal Medicine|Family Medicine|Family Practice|Pediatrics|Cardiology|Orthopedic Surgery|Orthopedics|"
    "Neurology|Neurosurgery|Psychiatry|Child and Adolescent Psychiatry|Addiction Medicine|Radiology|Oncology|"
    "Hematology|Hematology/Oncology|Medical Oncology|Radiation Oncology|Obstetrics and Gynecology|OB/GYN|Gynecology|"
    "Urology|Dermatology|Gastroenterology|Pulmonology|Pulmonary Medicine|Nephrology|Endocrinology|Rheumatology|"
    "Ophthalmology|Otolaryngology|ENT|General Surgery|Plastic Surgery|Vascular Surgery|Anesthesiology|Pain Medicine|"
    "Physical Medicine and Rehabilitation|PM&R|Emergency Medicine|Infectious Disease|Geriatrics|Sleep Medicine|"
    "Allergy and Immunology|Bariatric Surgery|Cardiothoracic Surgery|Thoracic Surgery|Colorectal Surgery|"
    "Obesity Medicine|Clinical Psychology|Behavioral Health|Psychology|Nursing|Pharmacy|Physical Therapy|Occupational Medicine|Hospital Medicine|"
    "Medicina Interna|Medicina Familiar|Pediatr[íi]a|Cardiolog[íi]a|Psiquiatr[íi]a|Neurolog[íi]a|Ortopedia|"
    "Oncolog[íi]a|Cirug[íi]a General|Reumatolog[íi]a|Endocrinolog[íi]a|Gastroenterolog[íi]a|Dermatolog[íi]a|Urolog[íi]a")

REGIONS: list[tuple[str, str, str]] = [
    # (value as written, state, regex)
    ("Northern California", "CA", r"northern\s+california|norte\s+de\s+california"),
    ("Southern California", "CA", r"southern\s+california|sur\s+de\s+california"),
    ("Colorado", "CO", r"\bcolorado\b"),
    ("Georgia", "GA", r"\bgeorgia\b"),
    ("Hawaii", "HI", r"\bhawai[i‘']?i?\b"),
    ("Mid-Atlantic States", "MD", r"mid-?\s?atlantic(\s+states)?"),
    ("Northwest", "OR", r"\bnorthwest\b"),
    ("Washington", "WA", r"kaiser\s+(foundation\s+health\s+plan\s+of\s+|permanente\s+)?washington|washington\s+(region|options)"),
]
STATE_NAMES = {"california": "CA", "colorado": "CO", "georgia": "GA", "hawaii": "HI", "maryland": "MD",
               "virginia": "VA", "oregon": "OR", "washington": "WA", "district of columbia": "DC"}
KAISER_STATES = ("CA", "CO", "GA", "HI", "MD", "VA", "DC", "OR", "WA")
