"""Thirty-ninth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND39_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind39_hi_ma_interisland_air_ambulance")``. Everything printed here (prose, headings,
labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a
plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind39_nw_erisa_experimental_tumor_profiling``: a Kaiser Permanente Northwest letter for an Oregon employer's
   self-funded plan (plan_type ``erisa_group``, state OR; Kaiser Foundation Health Plan of the Northwest is the claims
   administrator) denying tumor genomic profiling as ``experimental_investigational`` (initial_denial, standard or
   expedited). What is denied: comprehensive genomic profiling of tumor tissue (CPT 81455 or the 0037U tissue panel)
   after surgery for an early-stage cancer, or a plasma circulating-tumor-DNA panel (0242U or 0239U) used to watch for
   recurrence or repeated while earlier tissue results are current. Diagnoses C34.x (lung) or C18.x (colon).
   Layouts: ``nw_committee_conclusion`` (a boxed quotation of the technology assessment committee's conclusion with
   its meeting date), ``nw_reference_list`` (a numbered list of journal references whose years, volumes, issues,
   pages and "Epub" dates look like dates and numbers) and ``nw_evidence_table`` (an "Evidence summary" table: study,
   design, patients, finding). ERISA rights from the catalogue: appeal within 180 days after receipt
   (29 CFR 2560.503-1), decided in 30 days or 72 hours when urgent; external review by an independent review
   organization within 4 months after the final internal denial (45 CFR 147.136), expedited external review in 72
   hours; a civil action under ERISA section 502(a); free copies of documents and criteria; diagnosis and treatment
   codes on request; EBSA 1-866-444-3272 (with the catalogue's "check your plan documents" caveat) and the Oregon
   Division of Financial Regulation by name only (no number is verified for it, nor for Northwest Member Services:
   the unit's own phone is printed); taglines. Distractors: the pathologist, the surgeon, the reference laboratory
   and its phone and fax, the NPI, the biopsy, surgery, pathology report, tumor board and earlier panel dates, the
   committee meeting date, the journal years/volumes/pages, a covered alternative (a single-gene or small-panel test
   such as 81445, 81235, 81275 or 81210) that is never an item.

   Which date is which: the letter date is the date line under the letterhead; the received and decision dates are
   stated in the first paragraph ("reached us on", "decided on"). Biopsy, surgery, pathology report, tumor board and
   the earlier panel are earlier events, the committee meeting a past meeting; journal dates are publication facts:
   none is truth, and ``service`` is always null. Which name is the member: the addressee. Which reason is the
   reason: the paragraph under the reason heading; the committee quotation, the references and the evidence table
   are support. The truth counts the denied test only.

2. ``blind39_hi_ma_interisland_air_ambulance``: a Kaiser Permanente Hawaii Senior Advantage (plan_type
   ``medicare_advantage``, state HI) denial of payment (letter_kind ``payment_denial``, category
   ``medical_necessity``) for an inter-island air ambulance flight: fixed wing (HCPCS A0430 with mileage A0435) or
   rotary wing (A0431 with A0436), because the member was stable and a scheduled commercial flight (with an escort,
   or arranged by the plan's travel desk) would have been safe. Diagnoses with codes (hip fracture S72.141A, chest
   pain R07.9, syncope R55, atrial fibrillation I48.91, cholecystitis K80.00, TIA G45.9, pyelonephritis N10).
   Layouts: ``hi_denial_of_payment_notice`` (laid out like a Medicare notice of denial of payment: a centered title,
   a field grid, question-style headings), ``hi_trip_log`` (a letter with the transport company's trip log: events,
   dates, times in HST, places and miles; a late flight lands after midnight, so a log date can be the next day) and
   ``hi_to_representative`` (addressed to the member's representative, who is not the member; the member is named
   on the "Re:" line). Medicare Advantage payment-denial rights from the catalogue: a reconsideration asked within 60
   days of the date of the notice (65 on some letters, which the catalogue accepts), decided within 60 days for a
   payment request, automatic forwarding to the Independent Review Entity when the plan does not decide fully in the
   member's favor, the later levels (Administrative Law Judge, Medicare Appeals Council, federal court) by name only,
   1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov; the unit's own phone (the catalogue
   verifies no Hawaii Member Services number); taglines (Spanish, Chinese, Ilocano, Tagalog, Vietnamese, Korean,
   Japanese, Samoan, Hawaiian). Criteria: the Medicare Benefit Policy Manual chapter on ambulance services.
   Distractors: the sending emergency physician and the receiving surgeon or cardiologist, the flight nurse, the
   sending and receiving hospitals, the trip-log times, miles and tail number, the claim and authorization numbers,
   billed amounts, a ground ambulance line (A0426 or A0427 with A0425) that was paid and is never an item, the
   representative and the appointment-of-representative date.

   Which date is which: the letter date is the notice's "Date" (field grid) or the date line; the service date is the
   day of the flight, stated as such ("Date of service", "flown on"); the received date is the day the claim reached
   the plan, the decision date the day it was decided. Trip-log dates and times, the representative form's date and
   (in a planted ``process.retro_denial_of_authorized``) the authorization's date are not truth. Which name is the
   member: the addressee, except in the representative layout where the member is the "Re:" name. The requesting
   provider is the air ambulance company that billed. Which reason is the reason: the paragraph under the "why"
   heading. The truth counts the two denied flight lines (base rate and mileage).

3. ``blind39_md_erisa_myoelectric_prosthesis_partial``: a Kaiser Permanente Mid-Atlantic States letter for a
   Maryland employer group plan under ERISA (plan_type ``erisa_group``, state MD) that approves part of an upper-limb
   prosthesis order and denies the rest (``partial_denial``): the body-powered base, harness, hook and test or
   replacement socket lines are approved (listed in the truth too), the myoelectric lines are denied: the
   external-power base (L6935 below the elbow, L6955 above), the electric hand (L7007) or multi-articulating hand
   (L6880), a wrist rotator (L7259), the microprocessor elbow (L7180). Category ``medical_necessity`` (weak or too few
   muscle signal sites, or body-powered use meets every documented task) or ``not_covered`` (the Summary Plan
   Description's one-prosthesis-per-limb-in-36-months limit, or its exclusion of externally powered components; never
   chosen when a medical-necessity defect is planted). Diagnoses Z89.211 / Z89.212 / Z89.221 / Z89.222. Layouts:
   ``md_prosthetist_quote`` (the prosthetist's itemized quote as a table with codes, short descriptions, quantities,
   prices and each line's decision), ``md_numbered_paragraphs`` (the letter in numbered paragraphs) and
   ``md_spd_block_quote`` (a block quotation from the Summary Plan Description, indented in italics). ERISA rights as
   in template 1, with Kaiser Mid-Atlantic Member Services (1-800-777-7902, (301) 468-6000, TTY (301) 879-6380) and
   the Maryland Health Education and Advocacy Unit (410-528-1840, 1-877-261-8807) beside EBSA. Standard requests
   only. Distractors: the prosthetist (CPO) and the prosthetics company, the occupational therapist, the surgeon, the
   amputation, evaluation, casting and quote dates, the date of the current prosthesis, the quote number, the prices,
   the NPI.

   Which date is which: the letter date is the date line; received and decision dates are stated in the opening
   paragraph (or numbered paragraph 1). Quote, casting, evaluation, amputation and prosthesis-delivery dates are never
   truth; ``service`` is always null. Which name is the member: the addressee. Which reason is the reason: the
   paragraph under the reason heading (numbered paragraph "Reason"); the quotation of the plan and the records
   reviewed are support. The truth counts the denied lines and the approved body-powered lines too, as the devset's
   README defines services for a partial decision ("Approved lines of a partial decision are listed too"; the set's
   first measure counted the denied lines only). Every layout names each approved line in its "We approved: ..." /
   "Approved lines: ..." sentence with its letter wording and code ("figure-of-eight harness (L6675)"): that wording
   is the line's text, as the denied lines' wording in the "We denied" / "Not approved" sentence is theirs (the quote
   table's short descriptors are the prosthetist's and only the codes there are marked, for either decision). The
   approved lines come first, as the letter states them first; the denied-only sentences ("We denied: ...") and the
   reason's list of parts name the denied lines only.

Refused: each template words only what its letter kind can carry; the generator refuses rule ids the catalogue does
not apply to a template's plan, state, kind or category. The air ambulance notice refuses
``process.emergency_prior_auth`` and ``medicare.transition_period`` (both need a no-prior-authorization letter; this
one is a medical-necessity payment denial). Dates use this set's own styles (``b39date``); ``parse_blind39_date``
reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import sign as _sign
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND39_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_MON3U = [m.upper() for m in _MON3]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b39date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "capsmon":  # MAR 14, 2026 (capitals, no point, day not padded)
        return f"{_MON3U[d.month - 1]} {d.day}, {d.year}"
    if style == "dashyyu":  # 3-14-26 (month first, no padding, two-digit year)
        return f"{d.month}-{d.day}-{d.year % 100:02d}"
    if style == "mondashyy":  # Mar-05-26 (claims-system style)
        return f"{_MON3[d.month - 1]}-{d.day:02d}-{d.year % 100:02d}"
    if style == "ymonsp":  # 2026 Mar 5 (laboratory / vendor report style)
        return f"{d.year} {_MON3[d.month - 1]} {d.day}"
    if style == "wkpadslash":  # Sat 03/14/2026
        return f"{_DOW3[d.weekday()]} {d.month:02d}/{d.day:02d}/{d.year}"
    if style == "cellmdy":  # 03/14/2026 (table cells and form fields)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


STYLES = ("capsmon", "dashyyu", "mondashyy", "ymonsp", "wkpadslash", "cellmdy")


def parse_blind39_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b39date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z]{3}) (\d{1,2}), (\d{4})", t)
        if m and m[1] in _MON3U and not m[2].startswith("0"):
            return dt.date(int(m[3]), _MON3U.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([1-9]|1[0-2])-([1-9]|[12]\d|3[01])-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2})-(\d{2})-(\d{2})", t)
        if m and m[1] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{4}) ([A-Z][a-z]{2}) ([1-9]|[12]\d|3[01])", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[1]), _MON3.index(m[2]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) (\d{2})/(\d{2})/(\d{4})", t)
        if m and m[1] in _DOW3:
            d = dt.date(int(m[4]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b39_fmt"] = w.pick(list(body))
    w.c.extra["b39_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b39_fmt") -> str:
    if not day:
        return ""
    return b39date(day, w.c.extra[key] if key.startswith("b39_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b39_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(202, 987), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _physician(w: W, specs: list[str], titles: list[str], areas: list[str], p_phone: float, p_spec: float) -> None:
    c = w.c
    name, _, _ = person(w.rng, 0.25)
    c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                      specialty=w.pick(specs) if w.chance(p_spec) else None,
                      phone=_phone(w, areas) if w.chance(p_phone) else None)
    c.reviewer_title = w.pick(titles)


# language-help lines written for this set; {ph} is the number the letter prints
_LANG = {
    "es": "ESPAÑOL: Si necesita ayuda en su idioma para leer esta carta, llame gratis al {ph}.",
    "zh": "中文：如果您需要以您的語言協助閱讀這封信，請免費撥打 {ph}。",
    "vi": "TIẾNG VIỆT: Nếu quý vị cần trợ giúp bằng ngôn ngữ của mình để đọc thư này, xin gọi miễn phí số {ph}.",
    "ko": "한국어: 이 편지를 귀하의 언어로 읽는 데 도움이 필요하시면 {ph}번으로 무료로 전화하십시오.",
    "ru": "РУССКИЙ: Если вам нужна помощь на вашем языке, чтобы прочитать это письмо, позвоните бесплатно: {ph}.",
    "uk": "УКРАЇНСЬКА: Якщо вам потрібна допомога вашою мовою, щоб прочитати цей лист, телефонуйте безкоштовно: "
          "{ph}.",
    "tl": "TAGALOG: Kung kailangan mo ng tulong sa iyong wika para mabasa ang sulat na ito, tumawag nang libre sa "
          "{ph}.",
    "ja": "日本語：この手紙をご希望の言語で読むためのサポートが必要な場合は、{ph} まで無料でお電話ください。",
    "ilo": "ILOKANO: No kasapulanyo ti tulong iti bukodyo a pagsasao tapno mabasayo daytoy a surat, tumawagkayo "
           "iti {ph}. Libre daytoy.",
    "sm": "GAGANA SĀMOA: Afai e te manaʻomia se fesoasoani i lau gagana e faitau ai lenei tusi, valaau fua i le {ph}.",
    "haw": "ʻŌLELO HAWAIʻI: Inā makemake ʻoe i ke kōkua ma kāu ʻōlelo no ka heluhelu ʻana i kēia leka, e kelepona "
           "manuahi i ka {ph}.",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة بلغتك لقراءة هذه الرسالة، اتصل مجانًا على {ph}.",
    "ro": "ROMÂNĂ: Dacă aveți nevoie de ajutor în limba dumneavoastră pentru a citi această scrisoare, sunați "
          "gratuit la {ph}.",
    "so": "SOOMAALI: Haddii aad u baahan tahay caawimaad luqaddaada ah si aad u akhrido warqaddan, si bilaash ah u "
          "wac {ph}.",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide dans votre langue pour lire cette lettre, appelez gratuitement le "
          "{ph}.",
    "am": "አማርኛ፦ ይህን ደብዳቤ በቋንቋዎ ለማንበብ እርዳታ ከፈለጉ በነጻ ወደ {ph} ይደውሉ።",
    "yo": "YORÙBÁ: Tí o bá nílò ìrànlọ́wọ́ ní èdè rẹ láti ka lẹ́tà yìí, pe {ph} lọ́fẹ̀ẹ́.",
    "pt": "PORTUGUÊS: Se precisar de ajuda no seu idioma para ler esta carta, ligue gratuitamente para {ph}.",
}
_LANG_SETS = {
    "OR": ["es", "ru", "vi", "zh", "ko", "ar", "uk", "ro", "so"],
    "HI": ["es", "zh", "ilo", "tl", "vi", "ko", "ja", "sm", "haw"],
    "MD": ["es", "fr", "am", "zh", "ko", "vi", "yo", "ru", "ar", "pt"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, size: float = 7.4) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


def _erisa_rights(w: W, b: list[Block], head, urgent_words: bool, state_help: str, ms_line: str) -> None:
    """ERISA claim rights from the catalogue; ``state_help`` is the state's consumer help sentence tail."""
    c = w.c
    head(w.pick(["Your right to appeal", "If you do not agree with this decision", "Appealing this decision"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You, or someone you authorize in writing, may appeal this decision. Your appeal must be filed within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter (29 CFR 2560.503-1). Send it in "
            f"writing with any records, letters from your doctors or other information you want us to consider. "
            f"{ms_line}",
            f"An appeal may be filed by you or by a representative you name, within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the day you receive this notice (ERISA claims procedure, 29 CFR "
            f"2560.503-1). Write to us and include anything that supports your request. {ms_line}",
        ])))
    b.append(w.p(w.pick([
        "A pre-service appeal is decided within 30 days of receipt. If applying the standard time frame could "
        "seriously jeopardize your life, health or ability to regain maximum function, you or your doctor may ask "
        "for an urgent (expedited) appeal, which we decide within 72 hours.",
        "We decide appeals of pre-service requests within 30 days. Urgent appeals, which your physician may request "
        "when waiting could seriously harm your health, are decided within 72 hours.",
    ]) + (" Because this request was reviewed as urgent, an appeal will be handled the same way unless you tell us "
          "otherwise." if urgent_words else "")))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "External review: if our final internal decision upholds this denial, you may ask for external review by "
            "an independent review organization that has no connection to us. Ask within 4 months after you receive "
            "the final internal decision (45 CFR 147.136). In urgent situations an expedited external review is "
            "available and is decided within 72 hours. There is no charge to you.",
            "After the internal appeal, a denial based on medical judgment, including a finding that a service is "
            "experimental or investigational, may be sent for external review to an independent review organization. "
            "The request must be made within 4 months after you receive our final internal decision (45 CFR "
            "147.136); expedited external reviews are decided within 72 hours.",
        ])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income "
        "Security Act (ERISA) after you have completed the appeal process.",
        "Once the appeal process is complete you may file a lawsuit under ERISA section 502(a).",
    ])))
    b.append(w.p(w.pick([
        "Upon request and free of charge, you may have reasonable access to and copies of all documents, records and "
        "other information relevant to your claim, including the guideline we relied on. The diagnosis and treatment "
        "codes for this claim, and what they mean, are also available on request.",
        "You may ask for free copies of everything relevant to this decision, including the criteria used; you may "
        "also ask for the diagnosis and treatment codes and their meanings.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Help is available: the Employee Benefits Security Administration, U.S. Department of Labor, "
            "1-866-444-EBSA (1-866-444-3272) (check your plan documents for current contact information); "
            + state_help,
            "For questions about your rights under ERISA, contact the Employee Benefits Security Administration at "
            "1-866-444-3272 (please check your plan documents for current contact details). "
            + state_help[0].upper() + state_help[1:],
        ])))


# === 1. Northwest (Oregon), self-funded ERISA plan: tumor genomic profiling, investigational ======================

_NW_AREAS = ["503", "971"]
_NW_TISSUE = [
    (["comprehensive genomic profiling of tumor tissue, DNA and RNA analysis of 51 or more genes",
      "targeted genomic sequence analysis panel of the tumor (DNA and RNA, 51 or more genes)"], "81455"),
    (["next-generation sequencing of tumor tissue for 324 genes with genomic signatures",
      "tissue-based comprehensive genomic profile (324 genes, tumor mutational burden and microsatellite status)"],
     "0037U"),
]
_NW_PLASMA = [
    (["circulating tumor DNA blood test (liquid biopsy), 55 to 74 genes",
      "plasma-based cell-free DNA sequencing panel of 55-74 genes"], "0242U"),
    (["liquid biopsy: cell-free DNA analysis of 311 or more genes from a blood sample",
      "blood-based comprehensive genomic profile (cell-free DNA, 311 or more genes)"], "0239U"),
]
_NW_LUNG = [("Malignant neoplasm of upper lobe, right bronchus or lung", "C34.11"),
            ("Malignant neoplasm of upper lobe, left bronchus or lung", "C34.12"),
            ("Malignant neoplasm of lower lobe, right bronchus or lung", "C34.31"),
            ("Malignant neoplasm of lower lobe, left bronchus or lung", "C34.32")]
_NW_COLON = [("Malignant neoplasm of sigmoid colon", "C18.7"), ("Malignant neoplasm of ascending colon", "C18.2"),
             ("Malignant neoplasm of cecum", "C18.0"), ("Malignant neoplasm of transverse colon", "C18.4")]
_NW_ALT = {"lung": [("81235", "EGFR gene analysis"), ("81445", "targeted tumor panel of 5 to 50 genes")],
           "colon": [("81275", "KRAS gene analysis"), ("81210", "BRAF gene analysis"),
                     ("81445", "targeted tumor panel of 5 to 50 genes")]}
_NW_CRIT = {
    "tissue": ["Kaiser Permanente Northwest Medical Technology Assessment: Comprehensive Genomic Profiling of Solid "
               "Tumors", "Kaiser Permanente Clinical Policy: Multigene Tumor Panels in Early-Stage Cancer"],
    "plasma": ["Kaiser Permanente Northwest Medical Technology Assessment: Circulating Tumor DNA (Liquid Biopsy) "
               "Testing", "Kaiser Permanente Clinical Policy: Cell-Free DNA Testing for Cancer Surveillance"],
}
_NW_LABS = ["Cascade Molecular Oncology Laboratory", "Willamette Genomic Diagnostics", "Columbia River Precision "
                                                                                       "Oncology Lab"]
_NW_JOURNALS = ["J Clin Oncol", "JAMA Oncol", "Ann Oncol", "Lancet Oncol", "Clin Cancer Res", "N Engl J Med",
                "J Thorac Oncol", "Dis Colon Rectum"]


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b39_nw"):
        return
    c.extra["b39_nw"] = True
    _fmt(w, ("ymonsp", "dashyyu", "capsmon"), ("capsmon", "wkpadslash", "ymonsp"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    site = c.extra["nw_site"] = w.pick(["lung", "colon"])
    why = c.extra["nw_why"] = w.pick(["early", "surveil", "repeat"])
    if why == "early":
        texts, code = w.pick(_NW_TISSUE)
        c.extra["nw_kind"] = "tissue"
    else:
        texts, code = w.pick(_NW_PLASMA)
        c.extra["nw_kind"] = "plasma"
    c.services = [dict(text=w.pick(texts), codes=[code], decision="denied")]
    dx_t, dx_c = w.pick(_NW_LUNG if site == "lung" else _NW_COLON)
    c.diagnoses = [dict(text=dx_t, codes=[dx_c])]
    c.extra["nw_stage"] = w.pick(["IA", "IB", "IIA"] if site == "lung" else ["IIA", "IIB", "IIIA"])
    c.extra["nw_alt"] = w.pick(_NW_ALT[site])
    c.service = None
    base = c.received or c.decision or c.letter
    # a repeat panel comes months after the first one; the other requests follow surgery within weeks or months
    far = (110, 330) if why == "repeat" else (25, 120)
    c.extra["nw_surgery"] = base - dt.timedelta(days=w.rng.randint(*far))
    c.extra["nw_biopsy"] = c.extra["nw_surgery"] - dt.timedelta(days=w.rng.randint(14, 40))
    c.extra["nw_path"] = c.extra["nw_surgery"] + dt.timedelta(days=w.rng.randint(3, 9))
    c.extra["nw_board"] = c.extra["nw_path"] + dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["nw_prior_panel"] = c.extra["nw_surgery"] + dt.timedelta(days=w.rng.randint(10, 20))
    c.extra["nw_committee"] = base - dt.timedelta(days=w.rng.randint(120, 500))
    c.extra["nw_months"] = w.rng.randint(3, 9)
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["nw_path_md"] = person(w.rng, 0.1)[0] + ", MD"
    c.extra["nw_surgeon"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["nw_lab"] = (w.pick(_NW_LABS), _phone(w, _NW_AREAS), _phone(w, _NW_AREAS))
    c.extra["nw_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["nw_fac"] = w.pick(facilities("OR"))
    c.criteria = [w.pick(_NW_CRIT[c.extra["nw_kind"]])]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Benefit Review Specialist", "Clinical Review Coordinator"],
                     ["RN", None, "RN, BSN"])
    elif w.chance(0.12):
        c.reviewer = None
    else:
        _physician(w, ["Medical Oncology", "Hematology and Oncology", "Molecular Pathology"],
                   ["Physician Reviewer", "Medical Director, Utilization Management", "Oncology Physician Advisor"],
                   _NW_AREAS, 0.45, 0.7)
    c.extra["nw_phone"] = _phone(w, _NW_AREAS)
    c.extra["nw_fax"] = _phone(w, _NW_AREAS)
    c.extra["nw_ref"] = f"{w.pick(['NW', 'UMO', 'ONC'])}{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nw_refs"] = _nw_references(w)
    c.extra["nw_studies"] = _nw_studies(w)
    _flags(c)


def _nw_cancer(c) -> str:
    return "non-small cell lung cancer" if c.extra["nw_site"] == "lung" else "colon cancer"


def reason_b39_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    why, stage, cancer = c.extra["nw_why"], c.extra["nw_stage"], _nw_cancer(c)
    if why == "early":
        return w.pick([
            f"Your {cancer} was stage {stage} and was completely removed by surgery, with no sign that it has spread. "
            "For cancer at this stage, testing a large panel of genes in the tumor has not been shown to change the "
            "treatment you would be offered or to improve outcomes. The published evidence is not enough to show a "
            "benefit, so the test is investigational for you. Broad gene panels are covered for advanced (stage IV) "
            "or recurrent disease.",
            f"The test was ordered after complete surgical removal of a stage {stage} {cancer}. In this setting no "
            "targeted drug depends on a large gene panel, and studies have not shown that the panel improves the "
            "care or survival of patients like you. We therefore consider it experimental/investigational for your "
            "condition; it is covered when the cancer is advanced or has come back.",
        ])
    if why == "surveil":
        n = c.extra["nw_months"]
        return w.pick([
            f"Your oncologist asked for a blood test for circulating tumor DNA every {n} months to watch for the "
            f"{cancer} coming back after treatment. Using these tests to monitor for recurrence has not been shown "
            "to help patients live longer or to lead to better treatment than your scheduled scans and visits. It is "
            "investigational for this purpose.",
            f"The request is for repeat liquid biopsies (every {n} months) as surveillance after treatment of your "
            f"{cancer}, with no current sign of recurrence. The evidence does not show that acting on these results "
            "improves outcomes, so monitoring with circulating tumor DNA is considered investigational.",
        ])
    prior = _fd(w, c.extra["nw_prior_panel"])
    return w.pick([
        f"A comprehensive gene panel was already done on your tumor tissue on {prior}, and your scans since then show "
        f"no progression of the {cancer}. Repeating a broad panel on a blood sample while the tissue results are "
        "current has not been shown to add information that changes treatment; in this situation the test is "
        "investigational.",
        f"Your tumor tissue was profiled on {prior} and the disease has been stable since. A second, blood-based "
        "panel at this point has no proven use in choosing or changing treatment, so it is considered "
        "experimental/investigational for you.",
    ])


def _nw_references(w: W) -> list[str]:
    out = []
    for _ in range(w.rng.randint(3, 5)):
        a1 = person(w.rng, 0.0)[2]
        a2 = person(w.rng, 0.0)[2]
        ini = w.pick(["J", "M", "K", "A", "R", "S", "T", "L"]) + w.pick(["", "B", "C", "E"])
        yr = w.rng.randint(2017, (w.c.received or w.c.letter).year - 1)
        vol, iss = w.rng.randint(9, 45), w.rng.randint(1, 24)
        p0 = w.rng.randint(101, 4800)
        p1 = p0 + w.rng.randint(6, 14)
        topic = w.pick(["Circulating tumor DNA after curative-intent resection: a cohort study",
                        "Multigene panel testing in resected early-stage disease",
                        "Serial cell-free DNA monitoring and time to recurrence",
                        "Concordance of plasma and tissue genotyping",
                        "Broad genomic profiling and treatment selection: a registry analysis",
                        "Outcomes of molecular surveillance after adjuvant therapy"])
        jr = w.pick(_NW_JOURNALS[:6] + (_NW_JOURNALS[6:7] if w.c.extra["nw_site"] == "lung" else _NW_JOURNALS[7:]))
        ref = f"{a1} {ini}, {a2} {w.pick(['A', 'D', 'H', 'P'])}, et al. {topic}. {jr}. " \
              f"{yr};{vol}({iss}):{p0}-{p1}."
        if w.chance(0.4):
            ep = dt.date(yr, w.rng.randint(1, 12), w.rng.randint(1, 28))
            ref += f" Epub {ep.year} {_MON3[ep.month - 1]} {ep.day}."
        out.append(ref)
    return out


def _nw_studies(w: W) -> list[list[str]]:
    rows = []
    for _ in range(w.rng.randint(3, 4)):
        name = f"{person(w.rng, 0.0)[2]} et al. ({w.rng.randint(2019, 2025)})"
        design = w.pick(["Retrospective cohort", "Prospective cohort", "Single-arm study", "Registry analysis",
                         "Randomized, phase 2"])
        n = w.rng.randint(48, 1450)
        rows.append([name, design, f"{n:,}", ""])
    findings = w.rng.sample(["No survival benefit shown", "Detected recurrence earlier; no outcome data",
                             "Treatment changed in few patients", "Results not confirmed in other cohorts",
                             "Short follow-up; no effect on survival"], len(rows))
    for r, f in zip(rows, findings, strict=True):
        r[3] = f
    return rows


def _nw_support(w: W, b: list[Block], variant: int) -> None:
    c = w.c
    kind = c.extra["nw_kind"]
    topic = ("comprehensive genomic profiling of tumor tissue in early-stage cancer" if kind == "tissue"
             else "circulating tumor DNA (liquid biopsy) testing for monitoring or repeat profiling")
    meet = _fd(w, c.extra["nw_committee"])
    if variant == 0:
        b.append(w.h(w.pick(["What the technology assessment found", "Technology assessment committee conclusion"]),
                     space_before=8))
        b.append(w.p(w.pick([
            f"Kaiser Permanente's Interregional New Technologies Committee reviewed the evidence on {topic} at its "
            f"meeting of {meet}. Its conclusion reads:",
            f"The evidence on {topic} was last reviewed by the Kaiser Permanente Interregional New Technologies "
            f"Committee on {meet}, which concluded:",
        ])))
        b.append(w.p(w.pick([
            "\"The available studies are observational or small, use different assays and report detection rates "
            "rather than patient outcomes. There is insufficient evidence that the test improves treatment "
            "decisions or survival in this population. The technology does not meet criteria for coverage outside "
            "a clinical trial.\"",
            "\"Evidence is insufficient to conclude that use of this test in the stated setting leads to improved "
            "health outcomes. Committee determination: investigational for this indication; to be re-reviewed as "
            "new data are published.\"",
        ]), boxed=True, italic=True, space_before=4))
    elif variant == 1:
        b.append(w.p(w.pick([
            "Our reviewer looked at the published studies below. None shows that the test, used as requested, "
            "improves survival or changes treatment for patients like you.",
            "The following publications were considered. They report how often the test finds tumor DNA, but not "
            "whether using it in this setting helps patients.",
        ])))
        b.append(w.h(w.pick(["References", "Literature reviewed"]), space_before=6, size=None))
        for k, ref in enumerate(c.extra["nw_refs"], 1):
            b.append(w.p(f"{k}. {ref}", indent=12, size=8.6, space_before=1.5))
    else:
        b.append(w.h("Evidence summary", space_before=8))
        rows = [["Study", "Design", "Patients", "Finding"]] + c.extra["nw_studies"]
        b.append(Block("table", rows=rows, space_before=3, size=8.4))
        b.append(w.p(w.pick(["Source: studies cited in the medical technology assessment.",
                             "Table prepared from the studies reviewed for this decision."]), size=8.0,
                     space_before=2))


def t_b39_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 committee conclusion, 1 numbered reference list, 2 evidence table
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [58.0, 64.0, 72.0])
    ref, emp = c.extra["nw_ref"], c.extra["employer"]
    ph, fax = c.extra["nw_phone"], c.extra["nw_fax"]
    lab, lab_ph, lab_fax = c.extra["nw_lab"]
    st.footer = [w.pick([f"Reference {ref} - page {{page}} of {{pages}}", "KPNW Utilization Management {page}",
                         f"{ref} | {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    code = svc["codes"][0]
    svc_txt = w.pick([f"{w.svc(svc)} (CPT {w.code(code)})", f"{w.code(code)} - {w.svc(svc)}",
                      f"{w.svc(svc)}, code {w.code(code)}"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest", w.pick(["Utilization Management - Oncology Review",
                                                                  "Regional Review Services", "Benefit Review"])],
                   right=["Kaiser Foundation Health Plan of the Northwest", f"Claims administrator for {emp}",
                          f"Tel {ph}   Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b39_head"), space_before=8,
                 align=w.pick(["left", "left", "right"])))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(w.pick([f"Member number: {w.mid()}    Reference: {ref}",
                         f"Health record number {w.mid()} | Review {ref}"]), space_before=8, size=st.size - 0.6))
    b.append(w.p(f"Plan: {emp} Employee Health Benefit Plan (self-funded; governed by ERISA)", space_before=0,
                 size=st.size - 0.6))
    b.append(w.h(w.pick(["Adverse Benefit Determination: Investigational Service",
                         "Notice of Adverse Benefit Determination", "Your request for tumor genomic testing"]),
                 space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([f"Your oncologist, {prov}, asked your health plan to cover {svc_txt}, to be performed by {lab}.",
                    f"We reviewed a request from {prov} for {svc_txt}. The sample would be sent to {lab}."])
    if rec:
        intro += w.pick([f" The request reached us on {rec}.", f" We received it on {rec}."])
    if urgent:
        intro += w.pick([" Your doctor asked for an urgent review, so we handled it as an expedited request.",
                         " This was reviewed on an expedited (urgent) basis."])
    if dec:
        intro += w.pick([f" It was decided on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" The plan will not cover this test.", " We have denied coverage of the test."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    head(w.pick(["Reason for our decision", "Why the test is not covered", "The reason for this decision"]))
    b.append(w.p(M("REASON", w.reason)))
    bio, surg, path, board = (_fd(w, c.extra[k]) for k in ("nw_biopsy", "nw_surgery", "nw_path", "nw_board"))
    b.append(w.p(w.pick([
        f"Records reviewed: biopsy of {bio}; surgery by {c.extra['nw_surgeon']} on {surg}; pathology report signed "
        f"by {c.extra['nw_path_md']} on {path}; tumor board note of {board}.",
        f"We reviewed your biopsy ({bio}), the operative note ({surg}, {c.extra['nw_surgeon']}), the pathology report "
        f"({path}, {c.extra['nw_path_md']}) and the tumor board discussion of {board}.",
    ])))
    _nw_support(w, b, variant)
    b.append(w.p(w.pick(["Guideline applied: ", "We used "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                 + w.pick([". You may have a copy free of charge.", "."])))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed and decided by ", "Reviewer: "]), ".")
        if c.reviewer["phone"]:
            line += f" Your oncologist may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    alt_code, alt_name = c.extra["nw_alt"]
    b.append(w.p(w.pick([
        f"This decision does not affect other testing. For example, {alt_name} (CPT {alt_code}) remains covered when "
        "your oncologist orders it, and so are your follow-up scans and visits.",
        f"Your care team may still order covered tests such as {alt_name} (CPT {alt_code}). If your cancer comes "
        "back or spreads, your oncologist can send a new request.",
    ])))
    if c.extra["nw_why"] == "surveil" or w.chance(0.3):
        b.append(w.p(w.pick([
            "If you would like to take part in a clinical trial that studies this test, ask your oncologist; routine "
            "care in an approved trial is handled separately.",
            "Ask your oncologist whether a research study of this test is open to you.",
        ])))
    _erisa_rights(w, b, head, urgent,
                  "the Oregon Division of Financial Regulation can also answer questions about health coverage.",
                  w.pick([f"Questions: call our unit at {ph}.", f"You may fax an appeal to {fax}."]))
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management", "Kaiser Permanente Northwest")
    b.append(w.p(w.pick([f"cc: {prov}; {lab} (fax {lab_fax})", f"Copy to: {prov}, ordering oncologist, NPI "
                         f"{c.extra['nw_npi']}; {lab}, phone {lab_ph}"]), size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free of charge. Call {ph}.",
                             f"You can get this letter in other languages or formats at no cost: {ph}."]),
                     space_before=6))
    b += _lang_lines(w, "OR", ph, w.pick([None, "Language assistance", "Help in your language"]))
    return b, st, ["nw_committee_conclusion", "nw_reference_list", "nw_evidence_table"][variant]


BLIND39_TEMPLATES["blind39_nw_erisa_experimental_tumor_profiling"] = (t_b39_nw, dict(
    plans=["erisa_group"], states=["OR"], kinds=["initial_denial"], cats=["experimental_investigational"],
    reason=reason_b39_nw))
MODELED_ON["blind39_nw_erisa_experimental_tumor_profiling"] = (
    "blind39: Kaiser Permanente Northwest letter for an Oregon self-funded ERISA plan denying tumor genomic profiling "
    "(81455 or 0037U tissue panels, 0242U or 0239U liquid biopsies) as investigational for early-stage resected "
    "lung or colon cancer, for surveillance, or as a repeat panel; a technology assessment committee's conclusion, a "
    "numbered journal reference list, or an evidence summary table; 180-day appeal, 30 days / 72 hours, external "
    "review within 4 months (45 CFR 147.136), section 502(a), free copies, EBSA with caveat, the Oregon Division of "
    "Financial Regulation by name, taglines")


# === 2. Hawaii Senior Advantage: inter-island air ambulance, payment denied ======================================

_HI_AREAS = ["808"]
_HI_MEDICARE = "1-800-MEDICARE (1-800-633-4227)"
_HI_MEDICARE_TTY = "1-877-486-2048"
# neighbor-island towns with their ZIP codes and the island's hospital the flight left from
_HI_TOWNS = {
    "Maui": ([("Wailuku", "96793"), ("Kahului", "96732"), ("Kihei", "96753")], "Maui Memorial Medical Center", "OGG",
             (98, 112)),
    "Hawaii Island": ([("Hilo", "96720"), ("Kailua-Kona", "96740"), ("Waimea", "96743")],
                      "Hilo Medical Center", "ITO", (205, 225)),
    "Kauai": ([("Lihue", "96766"), ("Kapaa", "96746")], "Wilcox Medical Center", "LIH", (98, 110)),
    "Molokai": ([("Kaunakakai", "96748")], "Molokai General Hospital", "MKK", (52, 62)),
}
_HI_FIXED = (["air ambulance transport by fixed-wing aircraft, one way",
              "conventional air ambulance service, fixed wing, one-way transport"], "A0430")
_HI_FIXED_MI = (["fixed-wing air mileage, {n} statute miles", "air mileage (fixed wing), {n} miles"], "A0435")
_HI_ROTOR = (["air ambulance transport by helicopter (rotary wing), one way",
              "conventional air ambulance service, rotary wing, one-way transport"], "A0431")
_HI_ROTOR_MI = (["rotary-wing air mileage, {n} statute miles", "helicopter air mileage, {n} miles"], "A0436")
_HI_DX = [("Displaced intertrochanteric fracture of right femur, initial encounter for closed fracture", "S72.141A",
           "hip fracture", "orthopedic surgery"),
          ("Chest pain, unspecified", "R07.9", "chest pain", "cardiology"),
          ("Syncope and collapse", "R55", "fainting episode", "cardiology"),
          ("Unspecified atrial fibrillation", "I48.91", "atrial fibrillation", "cardiology"),
          ("Calculus of gallbladder with acute cholecystitis without obstruction", "K80.00", "gallbladder "
                                                                                            "inflammation",
           "general surgery"),
          ("Transient cerebral ischemic attack, unspecified", "G45.9", "transient ischemic attack", "neurology"),
          ("Acute pyelonephritis", "N10", "kidney infection", "urology")]
_HI_AIR = ["Trade Winds Air Medical, LLC", "Island Wings Medical Transport", "Mauka Makai Air Ambulance",
           "Pacific Crossroads Air Medical Services"]
_HI_CRIT = ["Medicare Benefit Policy Manual, Chapter 10 (Ambulance Services), section 10.4, Air Ambulance Services",
            "Medicare Benefit Policy Manual, Chapter 10, Ambulance Services"]
_HI_REL = ["parent", "spouse", "grandparent", "relative"]  # the member, as the representative's
_HI_REP_TOWNS = [("Honolulu", "96817"), ("Honolulu", "96822"), ("Pearl City", "96782"), ("Kaneohe", "96744"),
                 ("Kahului", "96732"), ("Hilo", "96720")]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b39_hi"):
        return
    c.extra["b39_hi"] = True
    _fmt(w, ("mondashyy", "cellmdy", "ymonsp"), ("wkpadslash", "capsmon", "cellmdy"))
    c.extra["b39_cell"] = w.pick(["cellmdy", "dashyyu"])
    c.region = "Hawaii"
    c.urgency = "standard"
    island = c.extra["hi_island"] = w.pick(list(_HI_TOWNS))
    towns, hosp, airport, miles = _HI_TOWNS[island]
    town, zp = w.pick(towns)
    street = f"{w.rng.randint(10, 2999)} {w.pick(['Kamehameha', 'Kaahumanu', 'Puainako', 'Kuhio', 'Ala Malama', 'Lower Main', 'Kilauea', 'Liholiho'])} " \
             f"{w.pick(['Ave', 'St', 'Hwy', 'Pl'])}"
    c.member_addr = [street, f"{town}, HI {zp}"]
    rotor = island == "Molokai" and w.chance(0.7) or w.chance(0.15)
    n = w.rng.randint(*miles)
    base, mi = (_HI_ROTOR, _HI_ROTOR_MI) if rotor else (_HI_FIXED, _HI_FIXED_MI)
    c.services = [dict(text=w.pick(base[0]), codes=[base[1]], decision="denied"),
                  dict(text=w.pick(mi[0]).format(n=n), codes=[mi[1]], decision="denied")]
    c.extra["hi_rotor"], c.extra["hi_miles"] = rotor, n
    c.extra["hi_billed"] = [round(w.rng.uniform(16500, 34800), 2) if not rotor else round(w.rng.uniform(12800, 26500), 2),
                            round(n * w.rng.uniform(95, 310), 2)]
    dx = w.pick(_HI_DX)
    c.diagnoses = [dict(text=dx[0], codes=[dx[1]])]
    c.extra["hi_plain"], c.extra["hi_spec"] = dx[2], dx[3]
    c.extra["hi_why"] = w.pick(["stable", "scheduled"])
    c.extra["hi_hosp"], c.extra["hi_airport"] = hosp, airport
    c.extra["hi_dest"] = "Moanalua Medical Center"
    c.provider = w.pick(_HI_AIR)
    c.extra["hi_er_md"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["hi_recv_md"] = person(w.rng, 0.1)[0] + ", MD"
    c.extra["hi_rn"] = person(w.rng, 0.0)[0] + w.pick([", RN, CFRN", ", RN", ", Flight Nurse"])
    c.extra["hi_tail"] = f"N{w.rng.randint(100, 989)}{w.pick(['TW', 'MX', 'AM', 'PC', 'HA'])}"
    c.extra["hi_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**9, 10**10 - 1)}"
    c.extra["hi_auth"] = f"TC-{w.rng.randint(100000, 999999)}"
    c.extra["hi_ground"] = w.pick([("A0426", "ground ambulance, advanced life support, non-emergency"),
                                   ("A0427", "ground ambulance, advanced life support, emergency")])
    c.extra["hi_ground_mi"] = w.rng.randint(4, 9)
    c.extra["hi_ground_paid"] = round(w.rng.uniform(480, 1150), 2)
    # the flight: called in the afternoon or evening; a late flight lands after midnight (the log's next day)
    c.extra["hi_call"] = (w.rng.randint(13, 22), w.rng.choice([5, 12, 20, 34, 41, 50, 57]))
    c.extra["hi_vitals"] = (w.rng.randint(112, 146), w.rng.randint(64, 92), w.rng.randint(95, 99))
    c.extra["hi_rep"] = None
    c.extra["hi_variant"] = w.rng.randrange(3)  # 0 denial-of-payment notice, 1 trip log, 2 to the representative
    # the payment-denial reviewer is a physician (Medicare Advantage medical director) or unnamed
    if w.chance(0.2):
        c.reviewer = None
    else:
        _physician(w, ["Emergency Medicine", "Internal Medicine", "Family Medicine"],
                   ["Medical Director, Medicare Claims Review", "Physician Reviewer", "Associate Medical Director"],
                   _HI_AREAS, 0.3, 0.6)
    c.criteria = [w.pick(_HI_CRIT)] if w.chance(0.7) else []
    c.extra["hi_phone"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_fax"] = _phone(w, _HI_AREAS, 0)
    c.extra["hi_air_ph"] = _phone(w, _HI_AREAS, 1)
    c.extra["hi_box"] = f"P.O. Box {w.rng.randint(1000, 9999)}"
    if _has(c, "process.retro_denial_of_authorized"):
        c.extra["hi_auth_day"] = c.service  # approved by the transfer center the day of the flight, before it left
    _flags(c)


def reason_b39_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    sbp, hr, sat = c.extra["hi_vitals"]
    plain, rotor = c.extra["hi_plain"], c.extra["hi_rotor"]
    craft = "helicopter" if rotor else "air ambulance airplane"
    first = c.member_name.split()[0]
    rep = c.extra["hi_variant"] == 2  # a letter to the representative speaks of the member by name
    you, your = (first, f"{first}'s") if rep else ("you", "your")
    were = "was" if rep else "were"
    cap = your[0].upper() + your[1:]
    if c.extra["hi_why"] == "stable":
        return w.pick([
            f"Medicare covers an air ambulance only when the patient's condition needs immediate, rapid transport "
            f"that a regular flight or ground transport could not safely provide. The records from "
            f"{c.extra['hi_hosp']} show that before the flight {your} {plain} was stable: blood pressure {sbp}, pulse "
            f"{hr}, oxygen level {sat}% on room air, and no intravenous medicines that needed monitoring in flight. "
            f"{you[0].upper() + you[1:]} could have travelled safely to Oahu on a scheduled commercial inter-island "
            f"flight with an escort, so the {craft} was not medically necessary.",
            f"The emergency department notes show {you} {were} stable for travel (blood pressure {sbp}, heart rate "
            f"{hr}, oxygen saturation {sat}% without supplemental oxygen) and did not need care during the trip that "
            f"only an air ambulance crew could give. A seat on a scheduled inter-island flight would have been safe "
            f"for {your} {plain}, so Medicare's rules for paying for an air ambulance were not met.",
        ])
    return w.pick([
        f"{cap} transfer to Oahu was for a planned {c.extra['hi_spec']} visit the next day, not an emergency: the "
        f"records describe {your} {plain} as stable (blood pressure {sbp}, pulse {hr}, oxygen {sat}% on room air). "
        f"Our travel desk could have booked a commercial inter-island flight for that appointment. An air ambulance "
        "is covered only when a patient's condition requires it; here it did not.",
        f"The flight was arranged so {you} could be seen by {c.extra['hi_spec']} in Honolulu the following morning. "
        f"{you[0].upper() + you[1:]} {were} stable before departure (blood pressure {sbp}, heart rate {hr}, oxygen "
        f"{sat}% on room air), and a scheduled commercial flight was available. Because the condition did not "
        "require an air ambulance, it was not medically necessary.",
    ])


def _hi_times(w: W) -> list[tuple[str, int]]:
    """(event, minutes after the call) of the trip log."""
    c = w.c
    far = c.extra["hi_miles"] > 150
    steps = [("Call received", 0), ("Wheels up from base", w.rng.randint(35, 70))]
    steps.append(("At patient bedside", steps[-1][1] + w.rng.randint(55 if far else 35, 90 if far else 60)))
    steps.append(("Depart with patient", steps[-1][1] + w.rng.randint(30, 55)))
    steps.append(("Landed, Honolulu", steps[-1][1] + w.rng.randint(45 if far else 30, 75 if far else 50)))
    steps.append(("Patient handed off", steps[-1][1] + w.rng.randint(25, 45)))
    return steps


def _hi_log(w: W) -> list[list[str]]:
    c = w.c
    h0, m0 = c.extra["hi_call"]
    start = dt.datetime.combine(c.service, dt.time(h0, m0))
    mi = c.extra["hi_miles"]
    hosp, ap, dest = c.extra["hi_hosp"], c.extra["hi_airport"], c.extra["hi_dest"]
    where = {"Call received": "Dispatch", "Wheels up from base": "HNL base", "At patient bedside": hosp,
             "Depart with patient": f"{ap} airport", "Landed, Honolulu": "HNL airport",
             "Patient handed off": dest}
    miles = {"Depart with patient": "", "Landed, Honolulu": str(mi)}
    rows = [["Event", "Date", "Time (HST)", "Location", "Loaded miles"]]
    for ev, mins in _hi_times(w):
        t = start + dt.timedelta(minutes=mins)
        rows.append([ev, _fd(w, t.date(), "b39_cell"), t.strftime("%H%M"), where[ev], miles.get(ev, "")])
    return rows


def _hi_rights(w: W, b: list[Block], head, rep: bool) -> None:
    c = w.c
    you = "the member or by you, as representative" if rep else "you or by someone you name to act for you"
    head(w.pick(["What if I don't agree with this decision?", "If you disagree with our decision",
                 "Your right to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You have the right to ask Kaiser Permanente to reconsider (appeal) this decision. The request must "
            f"reach us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. It may be made by "
            f"{you} in writing, mailed to Medicare Appeals, Kaiser Permanente Hawaii, {c.extra['hi_box']}, "
            f"Honolulu, HI 96819, or faxed to {c.extra['hi_fax']}.".replace("made by the member or by", "made by the member or"),
            f"To appeal, ask for a reconsideration within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this "
            f"notice. Write to Medicare Appeals, Kaiser Permanente Hawaii, {c.extra['hi_box']}, Honolulu, HI 96819 "
            f"(fax {c.extra['hi_fax']}), or call {c.extra['hi_phone']} for help putting the request in writing. "
            f"An appeal may be filed by {you}.".replace("by the member or by", "by the member or"),
        ])))
    b.append(w.p(w.pick([
        "Include the claim number and any records that support the flight, such as a statement from the doctor who "
        "sent you. We will give you a decision on a payment appeal within 60 days.",
        "Send any information you want us to consider. For a payment request we decide the appeal within 60 days.",
    ])))
    head(w.pick(["What happens next", "If we still say no"]))
    b.append(w.p(w.pick([
        "If we do not decide the appeal fully in your favor, we will automatically send your case to an Independent "
        "Review Entity that works for Medicare and is not part of Kaiser Permanente. You do not need to ask. If you "
        "disagree with the Independent Review Entity, there are further levels of appeal: a hearing before an "
        "Administrative Law Judge, review by the Medicare Appeals Council, and federal court.",
        "An appeal we do not grant in full goes to Medicare's Independent Review Entity on its own; we will let you "
        "know when it is sent. Later levels, if needed, are an Administrative Law Judge hearing, the Medicare Appeals "
        "Council and federal court. Each decision letter explains the next step.",
    ])))
    head(w.pick(["Get help & more information", "Questions and help"]))
    b.append(w.p(w.pick([
        f"Call our Medicare claims unit at {c.extra['hi_phone']} (TTY 711). For information about Medicare, call "
        f"{_HI_MEDICARE}, TTY {_HI_MEDICARE_TTY}, or visit www.medicare.gov.",
        f"Questions about this notice: {c.extra['hi_phone']} (TTY 711). Medicare: {_HI_MEDICARE}; TTY users "
        f"{_HI_MEDICARE_TTY}; www.medicare.gov.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file, including the records and the Medicare rule we used.",
        "You can get copies of the documents in your case file at no cost.",
    ])))


def t_b39_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [54.0, 60.0, 68.0])
    claim, ph = c.extra["hi_claim"], c.extra["hi_phone"]
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Hawaii | {page}",
                         "Senior Advantage - Notice of denial of payment - {page}"])]
    st.footer_align = w.pick(["center", "left"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    dos = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    hosp, dest, island = c.extra["hi_hosp"], c.extra["hi_dest"], c.extra["hi_island"]
    billed = c.extra["hi_billed"]
    total = sum(billed)
    rep = variant == 2
    if rep:
        rn, _, rlast = person(w.rng, 0.2)
        while rn == c.member_name:
            rn, _, rlast = person(w.rng, 0.2)
        rel = w.pick(_HI_REL)
        c.extra["hi_rep"] = (rn, rel)
        rep_form = _fd(w, c.service - dt.timedelta(days=w.rng.randint(200, 900)))
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Hawaii", w.pick(["Senior Advantage Claims Review",
                                                               "Medicare Claims and Appeals"])],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", f"{c.extra['hi_box']}, Honolulu, "
                                                                                 "HI 96819",
                          f"Phone {ph}  Fax {c.extra['hi_fax']}"]))
    if variant == 0:
        b.append(w.p(w.pick(["NOTICE OF DENIAL OF PAYMENT", "Notice of Denial of Payment"]), bold=True,
                     align="center", size=st.size + 3, space_before=8))
        b.append(w.p("Kaiser Permanente Senior Advantage (HMO), a Medicare Advantage plan", align="center",
                     space_before=1))
        rows = [["Date:", _dm(w, "DATE_LETTER", c.letter, "b39_head"), "Member number:", w.mid()],
                ["Name:", w.name(), "Claim number:", claim],
                ["Provider:", prov, "Date of service:", dos]]
        b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.4, bold=True))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        head("We have denied payment for the following:")
        b.append(w.p(f"{svcs}, billed by {prov} for your flight from {hosp} ({island}) to {dest} on {dos}."))
        b.append(w.p(f"Amount billed: {_money(total)}    Amount we will pay: $0.00", space_before=2))
        if rec or dec:
            b.append(w.p(" ".join(x for x in (f"Claim received: {rec}." if rec else "",
                                              f"Decision date: {dec}." if dec else "") if x)))
        b.append(w.p("Diagnosis on the claim: " + dxs + "."))
        head(w.pick(["Why did we deny payment?", "Why we denied payment"]))
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b39_head"), space_before=8))
        if rep:
            rn, rel = c.extra["hi_rep"]
            b.append(w.p(rn, space_before=8))
            town, zp = w.pick(_HI_REP_TOWNS)
            b.append(w.p(f"{w.rng.randint(100, 3999)} {w.pick(['Makiki', 'Waialae', 'Kamehameha', 'Haleakala', 'Kinoole'])} "
                         f"{w.pick(['St', 'Ave', 'Hwy', 'Pl'])}", space_before=0))
            b.append(w.p(f"{town}, HI {zp}", space_before=0))
            b.append(w.p(f"Re: {w.name()}    Member number {w.mid()}    Claim {claim}", space_before=8, bold=True))
            b.append(w.p(w.pick([f"Dear {rn}:", f"Dear {rn.split()[0]} {rlast},"]), space_before=8))
            b.append(w.p(w.pick([
                f"We are writing to you as the appointed representative of {w.name()}, your {rel}, under the "
                f"appointment of representative form we have on file (signed {rep_form}). This notice is about a "
                f"claim for {c.member_name.split()[0]}'s air ambulance flight.",
                f"Our records show you are the authorized representative of your {rel}, {w.name()} (form dated "
                f"{rep_form}). We are sending you this notice of our decision on a claim for air ambulance services.",
            ])))
            who = c.member_name.split()[0]
        else:
            b.append(w.p(w.name(), space_before=8))
            b += [w.p(x, space_before=0) for x in c.member_addr]
            b.append(w.p(f"Member number: {w.mid()}    Claim number: {claim}", space_before=8, size=st.size - 0.5))
            b.append(w.h(w.pick(["Notice of denial of payment", "Decision on an air ambulance claim"]),
                         space_before=8, size=st.size + 1.5))
            b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Aloha {c.member_salute},"]), space_before=8))
            who = "you"
        intro = w.pick([
            f"{prov} sent us a claim for flying {who} by air ambulance from {hosp} on {island} to {dest} in "
            f"Honolulu on {dos}: {svcs}.",
            f"We reviewed the claim from {prov} for the inter-island air ambulance flight of {dos}, from {hosp} to "
            f"{dest}: {svcs}.",
        ])
        if rec:
            intro += w.pick([f" The claim reached us on {rec}.", f" We received it on {rec}."])
        if dec:
            intro += w.pick([f" We decided it on {dec}.", f" Decision date: {dec}."])
        intro += w.pick([" We are not able to pay this claim.", " Kaiser Permanente Senior Advantage has denied "
                                                                "payment."])
        b.append(w.p(intro))
        b.append(w.p(f"Amount billed: {_money(total)}. Diagnosis: {dxs}."))
        b.append(w.h(w.pick(["Why we denied payment", "Reason for the denial"]), space_before=9,
                     size=st.size + 0.5))
        b.append(w.p(M("REASON", w.reason)))
    # support: records, the trip log or claim lines, the paid ground leg
    er, recv, rn_fl = c.extra["hi_er_md"], c.extra["hi_recv_md"], c.extra["hi_rn"]
    b.append(w.p(w.pick([
        f"We reviewed the emergency department record signed by {er}, the flight record completed by {rn_fl}, and "
        f"the admission note of {recv} ({c.extra['hi_spec']}) at {dest}.",
        f"Records reviewed: {hosp} emergency notes ({er}); transport record ({rn_fl}, aircraft {c.extra['hi_tail']}); "
        f"{dest} notes ({recv}).",
    ])))
    if variant == 1:
        b.append(w.h(w.pick(["Trip log submitted with the claim", "Transport record (from the claim)"]),
                     space_before=8))
        b.append(Block("table", rows=_hi_log(w), space_before=3, size=8.2))
        b.append(w.p(f"Aircraft {c.extra['hi_tail']}; flight crew {rn_fl} and pilot. Times are Hawaii-Aleutian "
                     "Standard Time.", size=8.0, space_before=2))
    else:
        rows = [["Code", "Service", "Billed", "Allowed", "Status"],
                [c.services[0]["codes"][0], "Air ambulance base rate", _money(billed[0]), "$0.00", "Denied"],
                [c.services[1]["codes"][0], f"Air mileage x {c.extra['hi_miles']}", _money(billed[1]), "$0.00",
                 "Denied"],
                [c.extra["hi_ground"][0], "Ground ALS, airport to hospital", _money(c.extra["hi_ground_paid"]),
                 _money(c.extra["hi_ground_paid"]), "Paid"],
                ["A0425", f"Ground mileage x {c.extra['hi_ground_mi']}", _money(c.extra["hi_ground_mi"] * 14.5),
                 _money(c.extra["hi_ground_mi"] * 14.5), "Paid"]]
        b.append(Block("table", rows=rows, space_before=5, size=8.4))
    b.append(w.p(w.pick([
        f"The ground ambulance from the Honolulu airport to {dest} ({c.extra['hi_ground'][0]}, with mileage A0425) "
        "was paid under a separate claim and is not part of this denial.",
        f"This notice does not change our payment for the ground ambulance ride to {dest} "
        f"({c.extra['hi_ground'][0]}, A0425), which was covered.",
    ])))
    if _has(c, "process.retro_denial_of_authorized"):
        b.append(w.p(w.pick([
            f"Our transfer center approved the flight before it left (authorization {c.extra['hi_auth']}, "
            f"{_fd(w, c.extra['hi_auth_day'])}). After the claim arrived, a review of the medical records found the "
            "transport was not medically necessary.",
            f"Although transfer authorization {c.extra['hi_auth']} was issued on {_fd(w, c.extra['hi_auth_day'])}, "
            "before the flight, the records submitted with the claim do not support the need for an air ambulance.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Medicare rule applied: ", "We applied "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + "."))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" The reviewer can be reached at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    b.append(w.p(w.pick([
        f"If {prov} bills {'the member' if rep else 'you'} for this flight, please call us at {ph} before paying.",
        f"Please keep this notice. If you receive a bill from {prov} ({c.extra['hi_air_ph']}), call us at {ph}.",
    ])))
    _hi_rights(w, b, head, rep)
    _sign(w, b, w.pick(["Mahalo,", "Sincerely,"]), "Medicare Claims Review", "Kaiser Permanente Hawaii")
    if rep:
        b.append(w.p(f"cc: {w.name()} (member)", size=st.size - 1, space_before=6))
    b.append(w.p(f"cc: {prov}", size=st.size - 1, space_before=2 if rep else 6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services are available. Call {ph} (TTY 711).",
                             f"Need help in another language? Interpreters are free: {ph}, TTY 711."]),
                     space_before=6))
    b += _lang_lines(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Language assistance"]))
    return b, st, ["hi_denial_of_payment_notice", "hi_trip_log", "hi_to_representative"][variant]


BLIND39_TEMPLATES["blind39_hi_ma_interisland_air_ambulance"] = (t_b39_hi, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["payment_denial"], cats=["medical_necessity"],
    refuse_defects=("process.emergency_prior_auth", "medicare.transition_period"), reason=reason_b39_hi))
MODELED_ON["blind39_hi_ma_interisland_air_ambulance"] = (
    "blind39: Kaiser Permanente Hawaii Senior Advantage notice denying payment for an inter-island air ambulance "
    "flight (A0430 with A0435, or A0431 with A0436) as not medically necessary (stable patient; a scheduled "
    "commercial flight would have been safe); a notice laid out like Medicare's denial of payment, a letter with "
    "the trip log, or a letter to the member's representative; reconsideration within 60 days, payment appeals "
    "decided in 60 days, automatic Independent Review Entity, later levels by name, 1-800-MEDICARE, taglines")


# === 3. Mid-Atlantic (Maryland) ERISA group plan: myoelectric upper-limb prosthesis, partial denial ===============

_MD_MS = "1-800-777-7902"
_MD_MS_LOCAL = "(301) 468-6000"
_MD_TTY = "(301) 879-6380"
_MD_AREAS = ["301", "240", "410", "443"]
# (code, short quote descriptor, letter wording) per line
_MD_BE_OK = [("L6100", "BE molded socket, flexible elbow hinge, triceps pad",
              "body-powered below-elbow prosthesis with molded socket"),
             ("L6675", "Harness, figure-of-eight, single cable", "figure-of-eight harness"),
             ("L6706", "Terminal device, hook, voluntary opening", "voluntary-opening hook"),
             ("L6680", "Test socket, below elbow", "test socket")]
_MD_AE_OK = [("L6250", "AE molded double wall socket, internal locking elbow", "body-powered above-elbow prosthesis "
                                                                                "with internal locking elbow"),
             ("L6676", "Harness, dual cable design", "dual-cable harness"),
             ("L6706", "Terminal device, hook, voluntary opening", "voluntary-opening hook")]
_MD_BE_DENY = [("L6935", "BE external power base, myoelectric, 2 batteries, charger",
                ["myoelectric below-elbow prosthesis base with electrodes, two batteries and charger",
                 "externally powered below-elbow socket with myoelectric control"])]
_MD_AE_DENY = [("L6955", "AE external power base, myoelectric, 2 batteries, charger",
                ["myoelectric above-elbow prosthesis base with electrodes, two batteries and charger",
                 "externally powered above-elbow socket with myoelectric control"]),
               ("L7180", "Electronic elbow, microprocessor sequential control",
                ["microprocessor-controlled electronic elbow", "electronic elbow with microprocessor sequential "
                                                               "control"])]
_MD_HAND = {"L7007": ("Electric hand, adult, myoelectric", ["electric hand, adult size, myoelectric control",
                                                           "myoelectric adult electric hand"]),
            "L6880": ("Multi-articulating hand, myoelectric", ["multi-articulating electric hand with independently "
                                                              "moving fingers",
                                                              "electric hand with individually powered digits"])}
_MD_WRIST = ("L7259", "Electronic wrist rotator", ["electronic wrist rotator", "powered wrist rotation unit"])
_MD_DX = {("be", "right"): ("Acquired absence of right upper limb below elbow", "Z89.211"),
          ("be", "left"): ("Acquired absence of left upper limb below elbow", "Z89.212"),
          ("ae", "right"): ("Acquired absence of right upper limb above elbow", "Z89.221"),
          ("ae", "left"): ("Acquired absence of left upper limb above elbow", "Z89.222")}
_MD_PRICE = {"L6100": (3800, 7900), "L6250": (5200, 9800), "L6675": (350, 900), "L6676": (450, 1100),
             "L6706": (900, 2600), "L6680": (600, 1500), "L6682": (700, 1700), "L6935": (22000, 38000),
             "L6955": (26000, 46000), "L7180": (38000, 62000), "L7007": (7000, 14000), "L6880": (28000, 52000),
             "L7259": (4500, 9000)}
_MD_CRIT = ["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Upper Limb Prostheses, Myoelectric "
            "Components", "Kaiser Permanente National Prosthetics Guideline: Externally Powered Upper Extremity "
                          "Prostheses"]
_MD_SHOPS = ["Chesapeake Orthotics & Prosthetics", "Patapsco Limb and Brace", "Capital Beltway Prosthetic Center",
             "Severn Valley O&P"]
_MD_MN_DEFECTS = ("notice.criteria_cited", "process.reviewer_not_physician", "notice.reason_specific")


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b39_md"):
        return
    c.extra["b39_md"] = True
    _fmt(w, ("dashyyu", "mondashyy", "wkpadslash"), ("capsmon", "ymonsp", "mondashyy"))
    c.region = "Mid-Atlantic States"
    c.urgency = "standard"  # a prosthesis is never an urgent claim: the ERISA pre-service window is 15 days
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(20, 40))
    elif c.received and (end - c.received).days > 13:
        c.received = end - dt.timedelta(days=w.rng.randint(2, 13))
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    if not any(_has(c, d) for d in _MD_MN_DEFECTS) and w.chance(0.35):
        c.category = "not_covered"
    if c.category == "not_covered":
        c.extra["md_why"] = w.pick(["limit", "excl"])
    else:
        c.extra["md_why"] = w.pick(["sites", "bodypowered"])
    lvl = c.extra["md_level"] = w.pick(["be", "be", "ae"])
    side = c.extra["md_side"] = w.pick(["right", "left"])
    ok = list(_MD_BE_OK if lvl == "be" else _MD_AE_OK)
    if c.extra["md_why"] == "limit":  # replacement parts for the current prosthesis, not a new one
        ok = ok[1:3] + [("L6680", "Test socket, below elbow", "test socket") if lvl == "be" else
                        ("L6682", "Test socket, above elbow", "test socket")]
    elif w.chance(0.4):
        ok = ok[:3]
    c.extra["md_ok"] = [(code, short, words, 1, round(w.rng.uniform(*_MD_PRICE[code]), 2))
                        for code, short, words in ok]
    deny = []
    if lvl == "be":
        if w.chance(0.6):
            deny.append(_MD_BE_DENY[0])
    else:
        deny += [x for x in _MD_AE_DENY if x[0] == "L7180" or w.chance(0.6)]
    hand = w.pick(["L7007", "L7007", "L6880"])
    short, words = _MD_HAND[hand]
    deny.append((hand, short, words))
    if lvl == "be" and w.chance(0.35):
        deny.append(_MD_WRIST)
    c.extra["md_hand"] = hand
    # the approved body-powered lines are listed too, first, as the letter states them (the devset's README defines
    # services so for a partial decision); the myoelectric lines are the items denied
    c.services = [dict(text=words, codes=[code], decision="approved") for code, _s, words, _q, _p in c.extra["md_ok"]]
    c.extra["md_deny_price"] = []
    for code, short, words in deny:
        c.services.append(dict(text=w.pick(words), codes=[code], decision="denied"))
        c.extra["md_deny_price"].append((code, short, round(w.rng.uniform(*_MD_PRICE[code]), 2)))
    t, code = _MD_DX[(lvl, side)]
    c.diagnoses = [dict(text=t, codes=[code])]
    c.service = None
    base = c.received or c.decision or c.letter
    c.extra["md_quote"] = base - dt.timedelta(days=w.rng.randint(2, 12))
    c.extra["md_cast"] = c.extra["md_quote"] - dt.timedelta(days=w.rng.randint(1, 10))
    c.extra["md_ot_eval"] = c.extra["md_quote"] - dt.timedelta(days=w.rng.randint(8, 40))
    c.extra["md_amp"] = base - dt.timedelta(days=w.rng.randint(400, 3000))
    c.extra["md_last"] = base - dt.timedelta(days=w.rng.randint(240, 1000))
    c.extra["md_uv"] = (round(w.rng.uniform(4.0, 9.5), 1), w.rng.randint(1, 1))
    c.extra["md_hours"] = w.rng.randint(8, 14)
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    c.extra["md_cpo"] = person(w.rng, 0.1)[0] + w.pick([", CPO", ", CP", ", CPO, LPO"])
    c.extra["md_ot"] = person(w.rng, 0.1)[0] + w.pick([", OTR/L", ", OT"])
    c.extra["md_surgeon"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["md_shop"] = (w.pick(_MD_SHOPS), _phone(w, _MD_AREAS), _phone(w, _MD_AREAS))
    c.extra["md_qno"] = f"Q{w.rng.randint(2025, 2026)}-{w.rng.randint(1000, 9999)}"
    c.extra["md_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["md_fac"] = w.pick(facilities("MD"))
    c.extra["md_sec"] = w.pick(["4.7", "5.3", "6.12", "III.F"])
    mn = c.category == "medical_necessity"
    c.criteria = [w.pick(_MD_CRIT)] if mn and not _bare(c) and not _has(c, "notice.criteria_cited") else []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Prosthetics Benefit Coordinator", "Prior Authorization Analyst"],
                     ["RN", None, "LPN"])
    elif not mn:
        if w.chance(0.5):
            c.reviewer = None
        else:
            name, _, _ = person(w.rng, 0.2)
            c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
            c.reviewer_title = w.pick(["Benefits Review Manager", "Plan Benefits Analyst"])
    elif w.chance(0.12):
        c.reviewer = None
    else:
        _physician(w, ["Physical Medicine and Rehabilitation", "Orthopaedic Surgery", "Physiatry"],
                   ["Physician Reviewer", "Medical Director, Utilization Management", "Physician Advisor"],
                   _MD_AREAS, 0.4, 0.7)
    c.extra["md_phone"] = _phone(w, _MD_AREAS)
    c.extra["md_fax"] = _phone(w, _MD_AREAS)
    c.extra["md_ref"] = f"MAS-{w.rng.randint(10**5, 10**6 - 1)}-{w.pick(['PR', 'DME', 'UM'])}"
    _flags(c)


def _md_what(c) -> str:
    parts = []
    codes = {s["codes"][0] for s in c.denied_services()}
    if codes & {"L6935", "L6955"}:
        parts.append("the myoelectric socket")
    if "L7180" in codes:
        parts.append("the electronic elbow")
    parts.append("the electric hand")
    if "L7259" in codes:
        parts.append("the wrist rotator")
    return join_and(parts)


def reason_b39_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    what = _md_what(c)
    why = c.extra["md_why"]
    if _bare(c):
        return w.pick(["The myoelectric components are not medically necessary.",
                       "These items do not meet medical necessity criteria.", "Not medically necessary."])
    if why == "sites":
        uv = c.extra["md_uv"][0]
        return w.pick([
            f"A myoelectric prosthesis is run by muscle signals picked up through the skin of the residual limb, and "
            f"it needs two separate, reliable signal sites. Your occupational therapist's myoelectric site testing "
            f"found one usable site, with a signal of about {uv} microvolts, and could not find a second. Without two "
            f"control sites you could not operate {what} reliably, so they are not medically necessary.",
            f"The myoelectric testing in your records shows only one muscle site strong enough to control a powered "
            f"device (about {uv} microvolts); a second independent site was not found. Our criteria require two "
            f"dependable sites before approving myoelectric parts, so {what} are not medically necessary for you.",
        ])
    if why == "bodypowered":
        hrs = c.extra["md_hours"]
        return w.pick([
            f"Your records show you wear your body-powered prosthesis about {hrs} hours a day, including at work, "
            f"with full shoulder strength and motion to run the cable. No task is documented that you cannot do with "
            f"a body-powered arm and that a myoelectric one would make possible. Myoelectric parts are approved when "
            f"a body-powered device cannot meet the member's needs, so {what} are not medically necessary.",
            f"The therapy evaluation documents good shoulder strength and range of motion and daily use of your "
            f"body-powered prosthesis for about {hrs} hours. Because the body-powered device meets the functional "
            f"goals listed in the request, {what} are not medically necessary.",
        ])
    last = _fd(w, c.extra["md_last"])
    sec = c.extra["md_sec"]
    if why == "limit":
        return w.pick([
            f"Your plan covers one prosthesis per limb in any 36-month period, plus repairs and socket replacements "
            f"when the limb changes. You received a prosthesis for this arm on {last}, less than 36 months ago. We "
            f"approved the test socket, harness and hook your prosthetist listed for that prosthesis, but a second "
            f"complete device with {what} is not covered until the 36-month period ends (Summary Plan Description, "
            f"section {sec}).",
            f"The Summary Plan Description (section {sec}) limits prosthetic arms to one device per limb every 36 "
            f"months. Your current prosthesis was delivered on {last}. The replacement parts for that device are "
            f"approved; {what}, which make up a second device, are not covered within the 36 months.",
        ])
    return w.pick([
        f"Your employer's plan covers standard body-powered arm prostheses but excludes externally powered "
        f"(myoelectric or battery-operated) prosthetic components (Summary Plan Description, section {sec}). We "
        f"approved the body-powered lines of the quote; {what} are externally powered and are not covered.",
        f"Section {sec} of the Summary Plan Description lists battery-powered and myoelectric prosthetic parts among "
        f"the plan's exclusions. The body-powered parts of your prosthesis are approved, but {what} fall under that "
        "exclusion and are not covered.",
    ])


def _md_spd_quote(w: W) -> str:
    c = w.c
    why = c.extra["md_why"]
    if why == "limit":
        return w.pick([
            "\"Prosthetic devices. The Plan covers one prosthetic device per limb in any period of 36 consecutive "
            "months. Repair, adjustment and replacement of a socket are covered when needed because of a change in "
            "the Member's physical condition.\"",
            "\"Benefit limitation: one artificial limb per affected limb every 36 months. Replacement sockets and "
            "necessary repairs are not subject to this limit.\"",
        ])
    if why == "excl":
        return w.pick([
            "\"Exclusions. The Plan does not cover externally powered prosthetic devices or components, including "
            "myoelectric or battery-operated hands, wrists and elbows. Standard body-powered prostheses are "
            "covered.\"",
            "\"Not covered: prosthetic components powered by batteries or electric motors, including myoelectric "
            "controls. The Plan covers the standard body-powered device that meets the Member's basic functional "
            "needs.\"",
        ])
    return w.pick([
        "\"Medically Necessary means services or supplies that are required to diagnose or treat a condition, are "
        "consistent with generally accepted standards of medical practice, and are not more costly than an "
        "alternative that is at least as likely to produce equivalent results.\"",
        "\"The Plan covers internally implanted and external prosthetic devices when Medically Necessary to replace "
        "all or part of a body part, in the standard form that meets the Member's functional needs.\"",
    ])


def _md_quote_rows(w: W) -> list[list[str]]:
    c = w.c
    rows = [["Line", "HCPCS", "Description", "Qty", "Price", "Decision"]]
    k = 0
    for code, short, _words, qty, price in c.extra["md_ok"]:
        k += 1
        rows.append([str(k), w.code(code), short, str(qty), _money(price), "Approved"])
    for code, short, price in c.extra["md_deny_price"]:
        k += 1
        rows.append([str(k), w.code(code), short, "1", _money(price), "Denied"])
    return rows


def t_b39_md(w: W):
    _md_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 prosthetist quote table, 1 numbered paragraphs, 2 SPD block quotation
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5], [58.0, 66.0, 72.0])
    ref, emp = c.extra["md_ref"], c.extra["employer"]
    ph, fax = c.extra["md_phone"], c.extra["md_fax"]
    shop, shop_ph, shop_fax = c.extra["md_shop"]
    st.footer = [w.pick([f"{ref} - page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States - {page}",
                         f"Ref. {ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.denied_services()])
    oks = join_and([f"{w.svc(s)} ({w.code(s['codes'][0])})" for s in c.services if s["decision"] == "approved"])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    qdate, cast, ot_eval = (_fd(w, c.extra[k]) for k in ("md_quote", "md_cast", "md_ot_eval"))
    amp = _fd(w, c.extra["md_amp"])
    nc = c.category == "not_covered"
    numbered = variant == 1
    n = [0]
    b: list[Block] = []

    def head(t: str) -> None:
        if numbered:
            return
        b.append(w.h(t, space_before=10, size=st.size + 0.5))

    def para(text: str, title: str | None = None) -> None:
        if numbered:
            n[0] += 1
            lead = f"{n[0]}. " + (f"{title}. " if title else "")
            b.append(w.p(lead + text, indent=0, space_before=6))
        else:
            b.append(w.p(text))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick(["Utilization Management",
                                                                            "Durable Medical Equipment and "
                                                                            "Prosthetics Review"])],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          f"Group plan of {emp}", f"Phone {ph} | Fax {fax}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b39_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID {w.mid()}    Reference {ref}    Group health plan: {emp} (ERISA)", space_before=8,
                 size=st.size - 0.6))
    b.append(w.h(w.pick(["Partial approval of your prosthesis request", "Notice of Adverse Benefit Determination "
                                                                         "(Partial Approval)",
                         "Decision on your upper-limb prosthesis"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([
        f"{prov} asked us to approve a new arm prosthesis, to be made by {c.extra['md_cpo']} of {shop} (quote "
        f"{c.extra['md_qno']}, {qdate}).",
        f"We reviewed a prior authorization request from {prov} for an upper-limb prosthesis quoted by {shop} "
        f"({c.extra['md_cpo']}) on {qdate}.",
    ])
    if rec:
        intro += w.pick([f" The request arrived on {rec}.", f" We received it on {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    para(intro, "Your request" if numbered else None)
    para(w.pick([f"We approved: {oks}.", f"Approved lines: {oks}. Your prosthetist may go ahead with these."]) + " "
         + w.pick([f"We denied: {svcs}.", f"Not approved: {svcs}."]), "What we decided" if numbered else None)
    if variant == 0:
        b.append(w.h(w.pick([f"Itemized quote from {shop}", "Prosthetist's quote and our decision on each line"]),
                     space_before=8))
        b.append(Block("table", rows=_md_quote_rows(w), space_before=3, size=8.2))
        b.append(w.p(f"Quote {c.extra['md_qno']} dated {qdate}; casting {cast}. Prices are the supplier's and are "
                     "shown for reference.", size=8.0, space_before=2))
    para(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + ".", "Diagnosis" if numbered else None)
    head(w.pick(["Why part of the request was denied", "Reason for the decision", "The reason"]))
    if numbered:
        n[0] += 1
        b.append(w.p(f"{n[0]}. Reason. " + M("REASON", w.reason), space_before=6))
    else:
        b.append(w.p(M("REASON", w.reason)))
    if variant == 2:
        b.append(w.p(w.pick(["Your Summary Plan Description says:", "The relevant language of your Summary Plan "
                                                                    f"Description (section {c.extra['md_sec']}):"])))
        b.append(w.p(_md_spd_quote(w), indent=36, italic=True, space_before=4, size=st.size - 0.3))
    elif nc and not _has(c, "notice.plan_provision"):
        para(w.pick([f"See your Summary Plan Description, section {c.extra['md_sec']}, \"Prosthetic Devices\".",
                     f"Plan provision: Summary Plan Description, section {c.extra['md_sec']}."]))
    if not _bare(c):
        para(w.pick([
            f"Records reviewed: the occupational therapy evaluation by {c.extra['md_ot']} on {ot_eval}, the "
            f"prosthetist's notes and casting of {cast}, and your surgical history (amputation by "
            f"{c.extra['md_surgeon']} on {amp}).",
            f"We looked at {c.extra['md_ot']}'s evaluation ({ot_eval}), {c.extra['md_cpo']}'s casting note ({cast}) "
            f"and the operative report of {amp}.",
        ]), "Records" if numbered else None)
    if c.criteria:
        para(w.pick(["Guideline used: ", "We applied "]) + join_and([M("CRITERIA", x) for x in c.criteria])
             + w.pick([". A free copy is available on request.", "."]))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "This decision was made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may discuss it with the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        para(line)
    if c.extra["md_hand"] == "L6880" and not nc and not _bare(c):
        para(w.pick(["A standard electric hand (L7007) is not part of this request; your doctor may ask for it "
                     "separately.", "Your prosthetist may submit a standard electric hand, code L7007, as a new "
                                   "request."]))
    para(w.pick([f"Questions about the approved lines: call {shop} at {shop_ph}.",
                 f"{shop} (phone {shop_ph}, fax {shop_fax}) has a copy of this decision."]))
    ms = f"Member Services: {_MD_MS} or {_MD_MS_LOCAL} (TTY {_MD_TTY})."
    if numbered:
        n[0] += 1
        b.append(w.h(f"{n[0]}. Your rights", space_before=8, size=st.size + 0.3))
    else:
        b.append(w.h(w.pick(["Your rights", "Appeal rights and help"]), space_before=12, size=st.size + 1))
    _erisa_rights(w, b, lambda t: b.append(w.h(t, space_before=8, size=st.size)) if not numbered else None,
                  False, "the Maryland Health Education and Advocacy Unit can help you file an appeal for free: "
                         "410-528-1840 or toll-free 1-877-261-8807.", ms)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Utilization Management",
          "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(w.pick([f"cc: {prov}; {c.extra['md_cpo']}, {shop} (fax {shop_fax})",
                         f"Copies: {prov} (NPI {c.extra['md_npi']}); {shop}"]), size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help and interpreters: {_MD_MS} (TTY {_MD_TTY}).",
                             f"Interpreter services are free. Call {_MD_MS}, TTY {_MD_TTY}."]), space_before=6))
    b += _lang_lines(w, "MD", _MD_MS, w.pick([None, "Language help"]))
    return b, st, ["md_prosthetist_quote", "md_numbered_paragraphs", "md_spd_block_quote"][variant]


BLIND39_TEMPLATES["blind39_md_erisa_myoelectric_prosthesis_partial"] = (t_b39_md, dict(
    plans=["erisa_group"], states=["MD"], kinds=["partial_denial"], cats=["medical_necessity"],
    reason=reason_b39_md))
MODELED_ON["blind39_md_erisa_myoelectric_prosthesis_partial"] = (
    "blind39: Kaiser Permanente Mid-Atlantic States partial approval for a Maryland ERISA group plan member: the "
    "body-powered arm prosthesis lines approved, the myoelectric lines (L6935 or L6955, L7180, L7007 or L6880, "
    "L7259) denied as not medically necessary (too few signal sites, body-powered use meets the needs) or not "
    "covered (one prosthesis per limb in 36 months, or an exclusion of externally powered parts); the prosthetist's "
    "itemized quote table, numbered paragraphs, or a block quotation of the Summary Plan Description; 180-day appeal, "
    "30 days / 72 hours, external review within 4 months (45 CFR 147.136), section 502(a), free copies, EBSA with "
    "caveat, the Maryland Health Education and Advocacy Unit, Mid-Atlantic Member Services, taglines")
