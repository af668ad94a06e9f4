"""Sixty-first blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND61_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind61_hi_ma_cardiac_mri_expedited")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which rights a plan
type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind61_or_medicaid_ohp_cpap_replacement``: a Kaiser Permanente Northwest Oregon Health Plan (plan_type
   ``medicaid``, state OR) Notice of Adverse Benefit Determination (``initial_denial``, always ``standard``, category
   ``medical_necessity``) denying a replacement CPAP device (HCPCS E0601) and a heated humidifier (HCPCS E0562) for
   obstructive sleep apnea (G47.33), because the member's current machine is under five years old and its data-card
   download shows it working. The request comes from the DME supplier on some letters and from the sleep physician on
   others (the other one is then a distractor). Layouts: ``or_decided_why_rights`` (a notice under the headings "What
   we decided" / "Why" / "Your rights"), ``or_item_table`` (a letter with a table of each item asked for and what we
   decided) and ``or_hearing_request_form`` (the notice, then an "Appeal and Hearing Request" form to tear off and
   mail back, with check boxes). Oregon Medicaid rights from the catalogue: an appeal within 60 days of the date on
   the notice (30 or 15 when ``notice.appeal_deadline`` is planted), our appeal decision within 30 days, a fast appeal
   decided within 72 hours, a contested case hearing with the State asked for within 120 days of our appeal decision
   (the catalogue's state-set 90-120 days), continued benefits when asked for within 10 days of the notice (with a
   line that this notice stops nothing the member now has), free copies including the criteria, taglines in Oregon's
   languages. The catalogue verifies no Kaiser Northwest Member Services number: the notice prints the
   utilization-management department's own 503 line (TTY 711). Distractors: the DME supplier and its phone, the sleep
   physician, the date the original machine was bought, the data-card (compliance) download date, the sleep study
   date, the mask supplies (A7030) that stay covered, the case number, the department's fax.

   Which date is which: the letter date is the date line (on the form layout "Date of notice" repeats it, unmarked);
   the received and decision dates are in the opening paragraph or the table's caption. The purchase, download and
   sleep-study dates are past events; ``service`` is always null. Which name is the member: the addressee. Which
   reason is the reason: the paragraph under the reason heading. The truth counts E0601 and E0562 (never A7030);
   ``criteria_cited`` holds the plan's DME criteria the letter names.

2. ``blind61_hi_ma_cardiac_mri_expedited``: a Kaiser Permanente Hawaii Medicare Advantage (Senior Advantage; plan_type
   ``medicare_advantage``, state HI) expedited initial denial (``initial_denial``, urgency always ``expedited``,
   category ``medical_necessity``) of a cardiac MRI without contrast followed by contrast (CPT 75561), because a
   recent transthoracic echocardiogram (CPT 93306) already answered the question. Diagnosis I42.0, I42.9 or R00.2
   with R06.02. Criteria: Medicare's coverage rules at 42 CFR 422.101(b), sometimes beside the plan's cardiac
   imaging guideline (a planted ``medicare.internal_criteria`` names only the plan's guideline). Layouts:
   ``hi_two_column_form`` (a "Notice of Denial of Medical Coverage" form: label/value pairs in two columns, Date /
   Time pairs for the request and the decision), ``hi_reviewer_box`` (a letter with a shaded "Reviewer" box: name,
   credentials, specialty, direct line) and ``hi_fax_printout`` (the letter as it came off a fax: a transmission
   header line atop every page with the send date, time, fax numbers and page count). Medicare Advantage rights from
   the catalogue: a reconsideration asked for within 60 days of the notice (65 on some letters; 30 or 14 when
   ``notice.appeal_deadline`` is planted), a fast reconsideration decided within 72 hours, automatic forwarding to the
   Independent Review Entity, 1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048), free copies of the case file,
   taglines in Hawaii's languages. The catalogue verifies no Kaiser Hawaii number: the review office's own 808 lines
   print (an O'ahu line and a neighbor-island line). Distractors: the cardiologist (requesting) vs. the reviewer, the
   echocardiogram's date and code (93306), the covered alternative (stress echocardiogram, CPT 93351), the MRI
   appointment already scheduled, the inter-island phone numbers, the fax header's date and time, the case number.

   Which date is which: the letter date is the date line or the form's "Notice date"; received and decision dates
   are the "Request received" / "Decision made" pairs or the opening paragraph (times beside them are unmarked); the
   fax header's date is a transmission stamp (unmarked). The echocardiogram is a past event and the MRI appointment
   is not a service date: ``service`` is always null. Which name is the member: the addressee. Which reason is the
   reason: the paragraph under the reason heading. The truth counts the one 75561 line (never 93306 or 93351).

3. ``blind61_dc_commercial_out_of_network_psychotherapy_claim``: a Kaiser Permanente Mid-Atlantic States commercial
   HMO (plan_type ``commercial_hmo``, state DC) payment denial (``payment_denial``, category ``out_of_network``) of a
   private psychotherapist's claim for three or four 60-minute psychotherapy sessions (CPT 90837) on different dates,
   because the therapist is not a plan provider, no referral was approved, and the single-case agreement that let the
   member see this therapist ended before these sessions. Diagnosis F41.1, F43.10 or F33.1. Layouts:
   ``dc_eob_session_rows`` (an explanation of benefits with one table row per session and a row for the session paid
   earlier under the agreement), ``dc_sessions_in_prose`` (a letter naming each session date in a sentence) and
   ``dc_to_therapist_cc_member`` (the letter to the therapist at her or his practice address with the NPI, the member
   on a "Client:" line, copied to the member). DC commercial rights from the catalogue: an appeal within 180 days of
   receiving the notice (30 or 60 when ``notice.appeal_deadline`` is planted), external review by an independent
   review organization within 4 months of the final internal decision (45 CFR 147.136), Member Services 1-800-777-7902
   / (301) 468-6000, TTY (301) 879-6380, the DC Office of Health Care Ombudsman named without a number (the catalogue
   verifies none) and EBSA 1-866-444-3272 for employer coverage, the amounts and a codes-on-request statement, free
   copies, taglines. Distractors: the therapist's NPI, address and phone, each session date vs. the date the claim was
   received, the in-network behavioral health access line, the session paid earlier under the single-case agreement
   (its date, claim number and amount), the claim number, the agreement's end date.

   Which date is which: the letter date is the date line (on the EOB, "Statement date"); the claim's received and
   processed (decision) dates are fields or in the opening paragraph. ``service`` is the first denied session's date
   (the claim's from-date), marked where it prints; the later session dates print unmarked. The agreement's end date
   and the earlier paid session are other dates. Which name is the member: the addressee, or the "Client:" line on
   the therapist's letter. The requesting provider is the therapist who billed. The truth counts one 90837 line per
   denied session (never the paid one).

Refused: ``notice.expedited_review`` for the Hawaii letter (an expedited decision: the catalogue plants that omission
only in standard letters) and ``process.emergency_prior_auth`` for the psychotherapy claim (planted only in an
emergency claim denied for no prior authorization). Rule ids whose category does not fit a template cannot be asked
of it. Dates use this set's own styles (``b61date``): "March 14, 2026", "MAR 14, 2026" (capitals, day padded: MAR
04, 2026), "14-Mar-26" (claim and fax cells), "3.14.2026" (body dates: month and day unpadded, points),
"03/14/26" (table cells: padded, two-digit year) and "2026/03/14" (system fields); ``parse_blind61_date`` reads them
back.
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
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W, join_and

BLIND61_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]


def b61date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b61long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b61capsabbr":  # MAR 14, 2026 (a mail-merge date line: capitals, three letters, day padded)
        return f"{_MON3[d.month - 1].upper()} {d.day:02d}, {d.year}"
    if style == "b61dmonyy":  # 14-Mar-26 (a claims or fax system's cell: day padded, two-digit year)
        return f"{d.day:02d}-{_MON3[d.month - 1]}-{d.year % 100:02d}"
    if style == "b61mdot4":  # 3.14.2026 (month and day unpadded, points)
        return f"{d.month}.{d.day}.{d.year}"
    if style == "b61mdy2pad":  # 03/14/26 (table cells: padded, two-digit year)
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == "b61ymdslash":  # 2026/03/14 (a review system's field)
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


STYLES = ("b61long", "b61capsabbr", "b61dmonyy", "b61mdot4", "b61mdy2pad", "b61ymdslash")


def parse_blind61_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b61date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2])) if m[1] in MONTHS else None
        m = re.fullmatch(r"([A-Z]{3}) (\d{2}), (\d{4})", t)
        if m:
            caps = [x.upper() for x in _MON3]
            return dt.date(int(m[3]), caps.index(m[1]) + 1, int(m[2])) if m[1] in caps else None
        m = re.fullmatch(r"(\d{2})-([A-Z][a-z]{2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), _MON3.index(m[2]) + 1, int(m[1])) if m[2] in _MON3 else None
        m = re.fullmatch(r"([1-9]\d?)\.([1-9]\d?)\.(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b61_fmt"] = w.pick(list(body))
    w.c.extra["b61_head"] = w.pick(list(head))
    w.c.extra["b61_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b61_fmt") -> str:
    if not day:
        return ""
    return b61date(day, w.c.extra[key] if key.startswith("b61_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b61_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, area: str, style: int | None = None) -> str:
    n, m = w.rng.randint(232, 968), w.rng.randint(0, 9999)
    forms = [f"({area}) {n}-{m:04d}", f"{area}-{n}-{m:04d}", f"{area}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _clock(w: W, lo: int, hi: int) -> str:
    h, m = w.rng.randint(lo, hi), w.pick([3, 9, 12, 17, 24, 31, 38, 44, 49, 56])
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _unchanged_urgency(w: W, urgency: str, lo: int, hi: int, late_lo: int, late_hi: int) -> None:
    """Put the case on the one track this template decides on, with receipt dates that fit that track."""
    c = w.c
    if c.urgency == urgency:
        return
    dec = c.decision or c.letter
    untimely = _has(c, "process.decision_untimely")
    if c.received or untimely:
        c.received = dec - dt.timedelta(days=w.rng.randint(late_lo, late_hi) if untimely else w.rng.randint(lo, hi))
    if urgency == "expedited":
        c.letter = dec
    c.urgency = urgency


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "es": "ESPAÑOL: Si necesita ayuda en español, llame gratis al {ph}.",
    "vi": "TIẾNG VIỆT: Nếu quý vị cần trợ giúp bằng tiếng Việt, xin gọi miễn phí số {ph}.",
    "ru": "РУССКИЙ: Если вам нужна помощь на русском языке, позвоните бесплатно по номеру {ph}.",
    "zh": "中文：如果您需要中文協助，請撥打免費電話 {ph}。",
    "ko": "한국어: 한국어로 도움이 필요하시면 {ph}번으로 무료로 전화하십시오.",
    "ar": "العربية: إذا كنت بحاجة إلى مساعدة باللغة العربية، اتصل مجانًا على {ph}.",
    "so": "SOOMAALI: Haddii aad u baahan tahay caawimaad af Soomaali ah, si bilaash ah u wac {ph}.",
    "uk": "УКРАЇНСЬКА: Якщо вам потрібна допомога українською мовою, телефонуйте безкоштовно за номером {ph}.",
    "ro": "ROMÂNĂ: Dacă aveți nevoie de ajutor în limba română, sunați gratuit la {ph}.",
    "chk": "CHUUKESE: Ika ka mochen aninis non kapasen Chuuk, kokori {ph}. Ese kamo.",
    "ja": "日本語：日本語でのサポートが必要な場合は、{ph} まで無料でお電話ください。",
    "ilo": "ILOKANO: No kasapulam ti tulong iti pagsasao nga Ilokano, tawagam ti {ph}. Awan ti bayadna.",
    "tl": "TAGALOG: Kung kailangan mo ng tulong sa Tagalog, tumawag nang libre sa {ph}.",
    "haw": "ʻŌLELO HAWAIʻI: Inā makemake ʻoe i ke kōkua ma ka ʻōlelo Hawaiʻi, e kelepona manuahi iā {ph}.",
    "sm": "GAGANA SĀMOA: Afai e te manaʻomia se fesoasoani i le gagana Sāmoa, valaʻau fua i le {ph}.",
    "to": "LEA FAKATONGA: Kapau ʻoku ke fiemaʻu ha tokoni ʻi he lea faka-Tonga, telefoni taʻetotongi ki he {ph}.",
    "mh": "KAJIN ṂAJEĻ: Ñe kwōj aikuj jipañ ilo Kajin Ṃajeļ, kūr {ph}. Ejjeļọk wōņāān.",
    "am": "አማርኛ፦ በአማርኛ እርዳታ ከፈለጉ በነጻ ወደ {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide en français, appelez gratuitement le {ph}.",
    "pt": "PORTUGUÊS: Se precisar de ajuda em português, ligue gratuitamente para {ph}.",
    "bn": "বাংলা: বাংলায় সাহায্যের প্রয়োজন হলে বিনামূল্যে {ph} নম্বরে কল করুন।",
}
_TAG_SETS = {
    "OR": ["es", "vi", "ru", "zh", "ko", "ar", "so", "uk", "ro", "chk"],
    "HI": ["ilo", "tl", "ja", "zh", "ko", "vi", "es", "haw", "sm", "to", "chk", "mh"],
    "DC": ["es", "am", "zh", "vi", "ko", "fr", "ar", "pt", "ru", "bn"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    out: list[Block] = [w.h(heading, space_before=10, size=8.0, unicode=_uni(heading)) if heading
                        else Block("rule", space_before=8)]
    for code in first + rest:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=7.0, unicode=_uni(t), space_before=0.8))
    return out


# === 1. Oregon Health Plan (Kaiser Permanente Northwest): replacement CPAP and humidifier ==========================

_OR_ADDR = GRIEVANCE_ADDR["Northwest"]
_OR_CPAP = ["CPAP machine (replacement)", "Replacement continuous positive airway pressure (CPAP) device",
            "CPAP device, replacement unit", "Continuous positive airway pressure machine - replacement"]
_OR_HUM = ["Heated humidifier for CPAP", "Heated humidifier, used with positive airway pressure device",
           "CPAP heated humidifier (replacement)"]
_OR_DME = [("Willamette Home Medical Equipment", "Salem, OR"), ("Columbia Respiratory Supply", "Gresham, OR"),
           ("Rose City Sleep & Oxygen", "Portland, OR"), ("Tualatin Valley Medical Supply", "Beaverton, OR")]
_OR_CRIT = ["Kaiser Permanente Northwest DME Clinical Criteria: Positive Airway Pressure Devices",
            "KPNW Durable Medical Equipment Replacement Guideline",
            "Kaiser Permanente Northwest Sleep Medicine Equipment Criteria (CPAP/BPAP)"]


def _or_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b61_or"):
        return
    c.extra["b61_or"] = True
    variant = c.extra["or_variant"] = w.rng.randrange(3)  # 0 decided/why/rights, 1 item table, 2 hearing form
    _fmt(w, ("b61long", "b61mdot4"), ("b61capsabbr", "b61mdot4") if variant == 2 else ("b61long", "b61mdot4"),
         ("b61mdy2pad", "b61dmonyy"))
    c.region = "Northwest"
    c.member_addr = address(w.rng, "OR", "Northwest")
    c.category = "medical_necessity"
    _unchanged_urgency(w, "standard", 1, 6, 16, 30)  # a replacement machine is never asked for on the urgent track
    c.services = [dict(text=w.pick(_OR_CPAP), codes=["E0601"], decision="denied"),
                  dict(text=w.pick(_OR_HUM), codes=["E0562"], decision="denied")]
    c.diagnoses = [dict(text=w.pick(["Obstructive sleep apnea (adult)", "Obstructive sleep apnea"]), codes=["G47.33"])]
    c.service = None
    fac = w.pick(facilities("OR", "Northwest"))
    doc, _, doc_last = person(w.rng, 0.15)
    doc = w.pick([f"{doc}, MD", f"{doc}, DO", f"Dr. {doc}"])
    supplier, town = w.pick(_OR_DME)
    c.extra["or_doc"] = (doc, doc_last, f"Sleep Medicine, {fac}")
    c.extra["or_dme"] = (supplier, town, _phone(w, w.pick(["503", "971"]), 0))
    c.provider = supplier if w.chance(0.5) else doc
    base = c.received or c.letter
    c.extra["or_bought"] = base - dt.timedelta(days=w.rng.randint(640, 1500))
    c.extra["or_download"] = base - dt.timedelta(days=w.rng.randint(4, 21))
    c.extra["or_study"] = c.extra["or_bought"] - dt.timedelta(days=w.rng.randint(40, 120))
    c.extra["or_use"] = (w.pick([5.8, 6.1, 6.4, 6.9, 7.2]), w.pick([88, 91, 94, 97]), w.pick([1.6, 2.3, 3.1, 3.8]))
    c.extra["or_unit"] = (_phone(w, "503", 0), _phone(w, "503", 1))
    c.extra["or_case"] = f"OHP-{w.rng.randint(10**6, 10**7 - 1)}"
    c.criteria = [] if _has(c, "notice.criteria_cited") or _bare(c) else [w.pick(_OR_CRIT)]
    c.reviewer = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["DME Utilization Review Coordinator", "Respiratory Therapist, Utilization Review"],
                     ["RRT", "RN", None])
    elif w.chance(0.8):
        c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Sleep Medicine", "Pulmonary Medicine", None]), phone=None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management"])
    _flags(c)


def reason_b61_or(w: W) -> str:
    _or_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The requested equipment is not medically necessary.",
                       "This request does not meet medical necessity criteria."])
    hours, pct, ahi = c.extra["or_use"]
    bought = _fd(w, c.extra["or_bought"])
    years = (c.letter - c.extra["or_bought"]).days // 365
    age = f"about {years} years" if years else "less than a year"
    return w.pick([
        f"Your current CPAP machine and humidifier were bought on {bought}, {age} ago. A CPAP machine is expected to "
        f"last at least 5 years unless it breaks and cannot be fixed. The download from your machine's data card "
        f"shows it is working: you used it on {pct}% of nights for an average of {hours} hours, and your breathing "
        f"events stayed low ({ahi} per hour). No one has reported that the machine or the humidifier is broken. "
        f"Because your equipment still works, a new machine and humidifier are not medically necessary now.",
        f"We only replace a CPAP machine before it is 5 years old if it is lost, stolen or damaged beyond repair. "
        f"Yours is {age} old (bought {bought}) and the last download from it shows normal use: {hours} hours a night "
        f"on average, {pct}% of nights, and {ahi} breathing events per hour. The request did not include a repair "
        f"estimate or a report that the machine or humidifier stopped working.",
    ])


def _or_rights(w: W, b: list[Block], head) -> None:
    """Oregon Medicaid: 60-day appeal, 30-day answer, 72-hour fast appeal, contested case hearing in 120 days,
    continued benefits asked for in 10 days, free copies."""
    c = w.c
    unit, fax = c.extra["or_unit"]
    addr = ", ".join(_OR_ADDR)
    head(w.pick(["Your rights", "What you can do if you disagree", "How to appeal"]))
    b.append(w.p(w.pick([
        f"Appeal: you, your provider with your written permission, or someone you choose can ask us to look at "
        f"this decision again. Ask within {M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call "
        f"{unit} (TTY 711), fax {fax}, or write to {addr}. We will send you our appeal decision within 30 days.",
        f"To appeal, contact us no later than {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this notice: "
        f"phone {unit} (TTY 711), fax {fax}, or mail to {addr}. Tell us why you think we are wrong and send anything "
        f"you want us to read. We will decide your appeal within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if waiting 30 days could seriously harm your life, health or ability to function, you or "
            "your provider can ask for a fast (expedited) appeal by phone. We will decide it within 72 hours.",
            "If you or your provider believe a regular appeal would put your health at serious risk, ask for an "
            "expedited appeal. We will answer within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "Contested case hearing: if you do not agree with our appeal decision, you can ask the State of Oregon "
            "for a contested case hearing. Ask within 120 days from the date on our appeal decision notice. If we "
            "do not decide your appeal on time, you may ask for a hearing without waiting.",
            "After our appeal decision you have the right to a contested case hearing with the State. You must ask "
            "for the hearing within 120 days of the date of the appeal decision. A fast hearing is also possible "
            "when your health is at serious risk.",
        ])))
    if not _has(c, "notice.continuation_of_benefits"):
        hear = "" if _has(c, "notice.external_review") else " and hearing"
        b.append(w.p(w.pick([
            "Continuing benefits: if a notice stops or reduces a service you already get, you can keep getting it "
            f"during your appeal{hear}. Ask for this within 10 days of the date on the notice, or before the "
            "change takes effect. If the decision is upheld, you may have to pay for what you got in that time. "
            "This notice does not stop anything you have now: you keep your current CPAP machine and supplies.",
            "If this were a notice ending a service you already receive, you could keep it during your appeal by "
            "asking within 10 days of the date on the notice (you might have to pay it back if you lose). This "
            "decision does not take away your current machine or your covered supplies.",
        ])))
    b.append(w.p(w.pick([
        "You can ask for free copies of your case file, including the records and the criteria we used.",
        "Copies of the documents and criteria used for this decision are free if you ask for them.",
    ])))
    b.append(w.p(w.pick(["A friend, family member, provider or lawyer can help you with any of these steps.",
                         "You may have someone you trust help you or speak for you."])))


def t_b61_or(w: W):
    _or_setup(w)
    c = w.c
    variant = c.extra["or_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [54.0, 60.0, 68.0])
    doc, doc_last, dept = c.extra["or_doc"]
    supplier, town, sph = c.extra["or_dme"]
    unit, fax = c.extra["or_unit"]
    case_no = c.extra["or_case"]
    cell = c.extra["b61_cell"]
    hours, pct, _ = c.extra["or_use"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    cpap, hum = c.services
    items = join_and([f"{w.svc(s)} ({w.pick(['HCPCS ', ''])}{w.code(s['codes'][0])})" for s in c.services])
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    st.footer = [w.pick([f"Case {case_no}  Page {{page}} of {{pages}}", "Oregon Health Plan - Kaiser Permanente {page}",
                         "{page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 1))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Oregon Health Plan"],
                   right=["Kaiser Foundation Health Plan of the Northwest", "Utilization Management Department",
                          f"Tel {unit}  Fax {fax}  TTY 711"]))
    b.append(w.p(w.pick(["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Adverse Benefit Determination"]),
                 bold=True, align="center", size=st.size + 2, space_before=8))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b61_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b.extend(w.p(x, space_before=0) for x in c.member_addr)
    b.append(Block("fields", rows=[["Member ID:", w.mid(), "Case:", case_no],
                                   ["Requested by:", M("PROVIDER", c.provider), "Ordering physician:", doc]
                                   if c.provider == supplier else
                                   ["Requested by:", M("PROVIDER", c.provider), "Supplier:", supplier]],
                   space_before=8, size=st.size - 0.5))
    b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    if c.provider == supplier:
        who_ = f"{M('PROVIDER', c.provider)}, your medical equipment supplier, asked us (on an order from {doc})"
    else:
        who_ = f"Your sleep doctor, {M('PROVIDER', c.provider)} ({dept}), asked us"
    intro = f"{who_} to approve {items}."
    if rec:
        intro += f" We got the request on {rec}."
    if dec:
        intro += f" We made our decision on {dec}."
    if variant == 0:
        head(w.pick(["What we decided", "WHAT WE DECIDED"]))
        b.append(w.p(intro + w.pick([" We have denied this request.", " We are not approving this request."])))
    else:
        b.append(w.p(intro + w.pick([" We have denied it.", " This notice tells you what we decided and why."])))
    b.append(w.p("Diagnosis: " + dxs + "."))
    if variant == 1:
        b.append(w.p(w.pick(["What was asked for and what we decided:", "Items in this request:"]), bold=True,
                     space_before=8))
        rows = [["Item", "Code", "Qty", "Decision"]]
        for s in (cpap, hum):
            rows.append([w.svc(s), w.code(s["codes"][0]), "1", w.pick(["Denied", "Not approved"])])
        b.append(Block("table", rows=rows, space_before=3, size=st.size - 1))
        b.append(w.p(f"Not part of this request: your full face mask and cushions (A7030), which stay covered on "
                     f"the usual schedule from {supplier}.", size=st.size - 0.5))
    head(w.pick(["Why", "Why we decided this", "The reason for our decision"]) if variant == 0 else
         w.pick(["Why we denied this request", "Reason for the decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We used the ", "This decision is based on the "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    b.append(w.p(w.pick([
        f"We looked at the sleep study of {_fd(w, c.extra['or_study'])}, the notes from {doc}, and the data-card "
        f"download that {supplier} sent, dated {_fd(w, c.extra['or_download'], cell)}.",
        f"Records reviewed: sleep study ({_fd(w, c.extra['or_study'], cell)}); CPAP download "
        f"({_fd(w, c.extra['or_download'], cell)}, {hours} hours average, {pct}% of nights); order from {doc}.",
    ])))
    if c.reviewer:
        if c.reviewer["credentials"] in ("MD", "M.D.", "DO"):
            b.append(w.p(_who(w, w.pick(["A doctor reviewed your request: ", "Reviewed by "]), ".")))
        else:
            b.append(w.p(_who(w, "This decision was made by ") + f", {c.reviewer_title}."))
    b.append(w.p(w.pick([
        f"If your machine stops working or is damaged, call {supplier} at {sph}; a repair may be covered. Your mask, "
        f"cushions and headgear (A7030) are not affected by this notice.",
        f"Questions about your current equipment? {supplier} ({town}) can be reached at {sph}. Mask supplies (A7030) "
        f"stay covered.",
    ])))
    _or_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management Department",
          "Kaiser Permanente Northwest - Oregon Health Plan")
    b.append(w.p(f"cc: {c.provider}" + (f"; {doc}" if c.provider == supplier else f"; {supplier}"),
                 space_before=6, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free help in other languages and formats (large print, audio, Braille): {unit}, TTY "
                             f"711.", f"We offer interpreters and other formats at no cost. Call {unit} (TTY 711)."]),
                     space_before=8))
    b += _taglines(w, "OR", unit, w.pick([None, "Language help"]))
    if variant == 2:
        hearing = not _has(c, "notice.external_review")
        b.append(Block("pagebreak"))
        b.append(w.h("Appeal and Hearing Request" if hearing else "Appeal Request", align="center",
                     size=st.size + 2, space_before=0))
        b.append(w.p(f"Fill out, sign and mail or fax this page to {', '.join(_OR_ADDR)} (fax {fax}).",
                     align="center", space_before=2, size=st.size - 0.5))
        b.append(Block("fields", rows=[["Member name:", c.member_name, "Member ID:", c.member_id],
                                       ["Date of notice:", _fd(w, c.letter, "b61_head"), "Case:", case_no],
                                       ["Phone:", "", "Best time to call:", ""]], space_before=8))
        boxes = ["[ ] I want Kaiser Permanente to review this decision (appeal)."]
        if not _has(c, "notice.expedited_review"):
            boxes.append("[ ] My health is at serious risk. I want a fast (expedited) appeal.")
        if hearing:
            boxes.append("[ ] I already have an appeal decision and want a contested case hearing.")
        if not _has(c, "notice.continuation_of_benefits"):
            boxes.append("[ ] I want to keep getting my current services during my appeal"
                         + (" or hearing." if hearing else "."))
        b.extend(w.p(x, space_before=3) for x in boxes)
        b.append(w.p("Why I disagree: " + "_" * 60, space_before=8))
        b.append(w.p("_" * 76, space_before=6))
        b.append(Block("fields", rows=[["Signature:", "", "Date:", ""]], space_before=10))
    return b, st, ["or_decided_why_rights", "or_item_table", "or_hearing_request_form"][variant]


BLIND61_TEMPLATES["blind61_or_medicaid_ohp_cpap_replacement"] = (t_b61_or, dict(
    plans=["medicaid"], states=["OR"], kinds=["initial_denial"], cats=["medical_necessity"], reason=reason_b61_or))
MODELED_ON["blind61_or_medicaid_ohp_cpap_replacement"] = (
    "blind61: Kaiser Permanente Northwest Oregon Health Plan Notice of Adverse Benefit Determination denying a "
    "replacement CPAP (E0601) and heated humidifier (E0562) because the current machine is under 5 years old and "
    "works; a notice under What we decided / Why / Your rights, a letter with an item table, or a notice with an "
    "appeal and hearing request form; 60-day appeal, 72-hour fast appeal, contested case hearing in 120 days, "
    "continued benefits in 10 days, free copies, Oregon taglines")


# === 2. Hawaii Medicare Advantage: expedited denial of a cardiac MRI =============================================

_HM_ADDR = GRIEVANCE_ADDR["Hawaii"]
_HM_SVC = ["Cardiac MRI without contrast, followed by contrast", "MRI of the heart with and without contrast",
           "Cardiac magnetic resonance imaging (morphology and function), without and with contrast",
           "Heart MRI with gadolinium contrast"]
_HM_DX = [[("Dilated cardiomyopathy", "I42.0")], [("Cardiomyopathy, unspecified", "I42.9")],
          [("Palpitations", "R00.2"), ("Shortness of breath", "R06.02")]]
_HM_MEDICARE = ["Medicare coverage rules at 42 CFR 422.101(b)",
                "42 CFR 422.101(b) (Traditional Medicare coverage requirements)"]
_HM_PLAN = ["Kaiser Permanente Hawaii Advanced Cardiac Imaging Guideline",
            "KP Hawaii Clinical Review Criteria: Cardiac Magnetic Resonance Imaging"]
_HM_ISLANDS = ["Maui", "Hawaii Island", "Kauai"]


def _hm_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b61_hm"):
        return
    c.extra["b61_hm"] = True
    c.extra["hm_variant"] = w.rng.randrange(3)  # 0 two-column form, 1 reviewer box, 2 fax printout
    _fmt(w, ("b61long", "b61mdot4"), ("b61capsabbr", "b61long"), ("b61mdy2pad", "b61ymdslash"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    c.category = "medical_necessity"
    _unchanged_urgency(w, "expedited", 0, 2, 4, 9)  # every letter of this template decides on the 72-hour track
    c.services = [dict(text=w.pick(_HM_SVC), codes=["75561"], decision="denied")]
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in w.pick(_HM_DX)]
    c.service = None
    fac = w.pick(facilities("HI", "Hawaii"))
    card, _, card_last = person(w.rng, 0.15)
    c.provider = w.pick([f"{card}, MD", f"{card}, M.D.", f"Dr. {card}"])
    c.extra["hm_card"] = (card_last, f"Cardiology, {fac}", _phone(w, "808", 0), _phone(w, "808", 1), fac)
    base = c.received or c.letter
    c.extra["hm_echo"] = base - dt.timedelta(days=w.rng.randint(6, 35))
    c.extra["hm_ef"] = w.pick([50, 55, 58, 60, 62])
    c.extra["hm_appt"] = c.letter + dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["hm_unit"] = (_phone(w, "808", 0), _phone(w, "808", 0), _phone(w, "808", 1), w.pick(_HM_ISLANDS))
    c.extra["hm_ref"] = f"SA-{w.rng.randint(10**6, 10**7 - 1)}-X"
    c.extra["hm_times"] = (_clock(w, 7, 12), _clock(w, 12, 18))
    if _has(c, "medicare.internal_criteria"):  # the plan's own guideline is named even beside a bare reason
        c.criteria = [w.pick(_HM_PLAN)]
    elif _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = [w.pick(_HM_MEDICARE)] + ([w.pick(_HM_PLAN)] if w.chance(0.35) else [])
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Clinical Review Specialist"], ["RN", "RN, BSN"])
        c.reviewer["phone"] = _phone(w, "808", 2)
    else:
        c.reviewer = dict(name=person(w.rng, 0.25)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Cardiology", "Cardiovascular Disease", "Internal Medicine"])
                          if w.chance(0.8) or c.extra["hm_variant"] == 1 else None,
                          phone=_phone(w, "808", 2) if w.chance(0.7) or c.extra["hm_variant"] == 1 else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Senior Advantage"])
    _flags(c)


def reason_b61_hm(w: W) -> str:
    _hm_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The cardiac MRI is not medically necessary.",
                       "This service does not meet medical necessity requirements."])
    echo, ef = _fd(w, c.extra["hm_echo"]), c.extra["hm_ef"]
    return w.pick([
        f"Your echocardiogram on {echo} gave clear pictures of your heart. It showed your heart pumps normally "
        f"(ejection fraction {ef}%) with no weak or thickened areas of heart muscle. A cardiac MRI is covered when an "
        f"echocardiogram cannot answer your doctor's question, for example when the pictures are poor or the results "
        f"do not fit your symptoms. Your records do not show either, so the MRI is not medically necessary now.",
        f"The echocardiogram done on {echo} already answered the question in your doctor's request: the heart "
        f"muscle moves normally and the ejection fraction is {ef}%. The request does not describe new symptoms or a "
        f"finding since then that the echocardiogram could not explain. For these reasons the MRI is not "
        f"reasonable and necessary for you at this time.",
    ])


def _hm_rights(w: W, b: list[Block], head) -> None:
    """Medicare Advantage: 60-day reconsideration, 72-hour fast appeal, IRE forwarding, 1-800-MEDICARE, copies."""
    c = w.c
    oahu, _, fax, island = c.extra["hm_unit"]
    addr = ", ".join(_HM_ADDR)
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to ask us to reconsider"]))
    b.append(w.p(w.pick([
        f"You, your doctor, or a representative you name can ask us to reconsider (appeal). Your appeal must reach "
        f"us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this notice. Write to {addr}, fax {fax}, or "
        f"call us for a fast appeal.",
        f"To appeal, send a written request to {addr} (fax {fax}) within {M('APPEAL_DAYS', c.appeal_phrase)} of "
        f"the date of this notice. Include your name, member number and why you disagree.",
    ])))
    b.append(w.p(w.pick([
        f"Fast appeal: because this is about care you have not received yet, you can ask for a fast (expedited) "
        f"appeal by phone at {oahu}. If your doctor says waiting could seriously harm your health, we decide within "
        f"72 hours.",
        f"If your health could be seriously harmed by waiting for a standard appeal, call {oahu} and ask for an "
        f"expedited appeal. We will give you a decision within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we keep our decision on appeal, we will send your case automatically to an Independent Review "
            "Entity, an organization Medicare contracts with that is not part of Kaiser Permanente. If you disagree "
            "with its decision, there are further levels of appeal that its letter will explain.",
            "If our answer to your appeal is still no, your case goes on to the Independent Review Entity for a new "
            "review without your having to ask. Later levels of appeal are explained when that review is done.",
        ])))
    b.append(w.p(w.pick([
        "You can ask for a free copy of your case file, including the guidelines we used.",
        "Copies of the records and guidelines used for this decision are free on request.",
    ])))
    b.append(w.p("For help with Medicare questions call 1-800-MEDICARE (1-800-633-4227); TTY users call "
                 "1-877-486-2048."))
    b.append(w.p(w.pick([f"Questions about this notice: O'ahu {oahu}; {island} and other islands "
                         f"{c.extra['hm_unit'][1]}; TTY 711.",
                         f"Call {oahu} on O'ahu or {c.extra['hm_unit'][1]} from {island} and the other islands "
                         f"(TTY 711), Monday through Friday, 8 a.m. to 5 p.m."])))


def t_b61_hm(w: W):
    _hm_setup(w)
    c = w.c
    variant = c.extra["hm_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 2 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [50.0, 56.0, 62.0])
    card_last, dept, card_ph, card_fax, fac = c.extra["hm_card"]
    oahu, nbr, fax, island = c.extra["hm_unit"]
    t_rec, t_dec = c.extra["hm_times"]
    ref = c.extra["hm_ref"]
    cell = c.extra["b61_cell"]
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    item = f"{w.svc(svc)} ({w.pick(['CPT ', ''])}{w.code('75561')})"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    echo = _fd(w, c.extra["hm_echo"])
    st.footer = [w.pick([f"{ref}  Page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage - Hawaii  {page}",
                         "Pg {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if variant == 2:
        stamp = f"{b61date(c.letter, 'b61dmonyy')} {_clock(w, 12, 18).replace(' ', '')}"
        st.header = [f"{stamp}  FROM: KP HI UTIL MGMT {fax}  TO: DR {card_last.upper()} CARDIOLOGY "
                     f"{card_fax}  P.{{page}}/{{pages}}"]
        st.header_all_pages = True
        st.header_numbered = True
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=8, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage - Hawaii"],
                   right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", "Medicare Utilization Management",
                          f"O'ahu {oahu}  |  Fax {fax}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF DENIAL OF MEDICAL COVERAGE", align="center", size=st.size + 2.5, space_before=8))
        b.append(w.p("Expedited (fast) decision", align="center", space_before=0, italic=True))
        rows = [["Notice date:", _dm(w, "DATE_LETTER", c.letter, "b61_head"), "Case number:", ref],
                ["Member name:", w.name(), "Member number:", w.mid()],
                ["Requesting doctor:", prov, "Doctor's phone:", card_ph]]
        if rec:
            rows.append(["Request received:", rec, "Time:", t_rec + " HST"])
        if dec:
            rows.append(["Decision made:", dec, "Time:", t_dec + " HST"])
        b.append(Block("fields", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        head("What we denied")
        b.append(w.p(f"Your doctor, {prov} ({dept}), asked us for {item}, and asked for a fast decision. We have "
                     f"denied this request."))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b61_head"), space_before=10))
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member number: {w.mid()}    Case: {ref}", space_before=8))
        b.append(w.p(w.pick(["RE: Expedited coverage decision - cardiac MRI", "Subject: Fast decision on your "
                             "doctor's request"]), bold=True, space_before=6))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        intro = w.pick([f"Your cardiologist, {prov}, asked us to cover {item} and asked for a fast (expedited) "
                        f"decision.", f"We reviewed an urgent request from {prov} of {dept} for {item}."])
        if rec:
            intro += f" We received it on {rec} at {t_rec}."
        if dec:
            intro += f" We decided on {dec} at {t_dec}."
        intro += w.pick([" We are not able to approve it.", " The request is denied."])
        b.append(w.p(intro))
    b.append(w.p("Diagnosis: " + dxs + "."))
    head(w.pick(["Why we denied your request", "Reason for our decision", "Why the MRI was not approved"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["We made this decision using ", "Coverage rules applied: "]) + join_and(
            [M("CRITERIA", x) for x in c.criteria]) + "."))
    r = c.reviewer
    if variant == 1:
        rows = [["Reviewer", M("REVIEWER_NAME", r["name"]) + (f", {M('REVIEWER_CRED', r['credentials'])}"
                                                              if r["credentials"] else "")],
                ["Title", c.reviewer_title]]
        if r["specialty"]:
            rows.append(["Specialty", M("REVIEWER_SPECIALTY", r["specialty"])])
        if r["phone"]:
            rows.append(["Direct line", M("REVIEWER_PHONE", r["phone"]) + " (for your doctor)"])
        b.append(Block("keyed", rows=rows, shade=True, side_w=0.22, space_before=8, size=st.size - 0.5))
    else:
        ln = _who(w, w.pick(["This decision was made by ", "Reviewed by "]))
        ln += f", {c.reviewer_title}."
        if r["phone"]:
            ln += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(ln))
    b.append(w.p(w.pick([
        f"What you can do instead: a stress echocardiogram (CPT 93351) is covered if Dr. {card_last} orders it"
        f", and your echocardiogram of {_fd(w, c.extra['hm_echo'], cell)} (93306) is not affected by this "
        f"decision.",
        f"This decision does not change your other care. The echocardiogram of {echo} (CPT 93306) was covered. If "
        f"Dr. {card_last} needs more information, a stress echocardiogram (CPT 93351) does not need this review.",
    ])))
    b.append(w.p(w.pick([
        f"Your MRI appointment on {_fd(w, c.extra['hm_appt'])} at {fac} will not be covered unless this decision "
        f"changes. Please call Dr. {card_last}'s office at {card_ph} before that date.",
        f"You have an MRI scheduled for {_fd(w, c.extra['hm_appt'], cell)}. Talk with Dr. {card_last} ({card_ph}) "
        f"about whether to keep it.",
    ])))
    _hm_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Mahalo,"]), "Medicare Utilization Management",
          "Kaiser Foundation Health Plan, Inc., Hawaii Region")
    b.append(w.p(f"cc: {prov}, {dept}" + (" (by fax)" if variant == 2 else ""), space_before=6, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {oahu} (TTY 711).",
                             f"Language help at no cost: {oahu}, TTY 711."]), space_before=8))
    b += _taglines(w, "HI", oahu, w.pick([None, "Kōkua ma kāu ʻōlelo / Help in your language"]))
    return b, st, ["hi_two_column_form", "hi_reviewer_box", "hi_fax_printout"][variant]


BLIND61_TEMPLATES["blind61_hi_ma_cardiac_mri_expedited"] = (t_b61_hm, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("notice.expedited_review",), reason=reason_b61_hm))
MODELED_ON["blind61_hi_ma_cardiac_mri_expedited"] = (
    "blind61: Kaiser Permanente Hawaii Senior Advantage expedited denial of a cardiac MRI (75561) because a recent "
    "echocardiogram (93306) answered the question; a two-column Notice of Denial of Medical Coverage form with "
    "Date/Time pairs, a letter with a Reviewer box, or a letter printed from a fax with a transmission header; "
    "60-day reconsideration, 72-hour fast appeal, Independent Review Entity, 1-800-MEDICARE, free copies, Hawaii "
    "taglines")


# === 3. Mid-Atlantic States (DC) commercial HMO: out-of-network psychotherapy claim ==============================

_DC_MS, _DC_LOCAL, _DC_TTY = "1-800-777-7902", "(301) 468-6000", "(301) 879-6380"
_DC_ADDR = GRIEVANCE_ADDR["Mid-Atlantic States"]
_DC_SVC = ["Psychotherapy, 60 minutes", "Individual psychotherapy, 53+ minutes", "Psychotherapy 60 min with patient"]
_DC_DX = [("Generalized anxiety disorder", "F41.1"), ("Post-traumatic stress disorder, unspecified", "F43.10"),
          ("Major depressive disorder, recurrent, moderate", "F33.1")]
_DC_STREETS = ["1629 Connecticut Avenue NW, Suite 4", "4801 Wisconsin Avenue NW, Suite 310",
               "700 Pennsylvania Avenue SE, 2nd Floor", "1401 Columbia Road NW, Suite 2B",
               "3000 Connecticut Avenue NW, Suite 118"]
_DC_ZIPS = {"1629": "20009", "4801": "20016", "700 ": "20003", "1401": "20009", "3000": "20008"}


def _dc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b61_dc"):
        return
    c.extra["b61_dc"] = True
    variant = c.extra["dc_variant"] = w.rng.randrange(3)  # 0 EOB rows, 1 sessions in prose, 2 to the therapist
    _fmt(w, ("b61long", "b61mdot4"), ("b61capsabbr", "b61ymdslash") if variant == 0 else ("b61long", "b61capsabbr"),
         ("b61dmonyy", "b61mdy2pad"))
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, "DC", "Mid-Atlantic States")
    c.category = "out_of_network"
    name, _, last = person(w.rng, 0.1)
    cred = w.pick(["LICSW", "PhD", "PsyD", "LPC", "LICSW, LCSW-C"])
    c.provider = f"{name}, {cred}"
    street = w.pick(_DC_STREETS)
    c.extra["dc_ther"] = (f"Dr. {last}" if cred in ("PhD", "PsyD") else name, street,
                          f"Washington, DC {_DC_ZIPS[street[:4]]}", f"1{w.rng.randint(10**8, 10**9 - 1)}",
                          _phone(w, "202", w.rng.randrange(3)))
    n = w.pick([3, 4, 4])
    first = c.received - dt.timedelta(days=7 * (n - 1) + w.rng.randint(4, 30))
    sessions = [first + dt.timedelta(days=7 * k) for k in range(n)]
    text = w.pick(_DC_SVC)
    fee = w.pick([180.0, 200.0, 225.0, 250.0])
    c.services = [dict(text=text, codes=["90837"], decision="denied", billed=fee) for _ in sessions]
    c.money["total"] = round(fee * n, 2)
    c.service = first
    c.extra["dc_sessions"] = sessions
    c.extra["dc_sca"] = (first - dt.timedelta(days=7), first - dt.timedelta(days=w.rng.randint(1, 6)),
                         f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}", round(fee * w.pick([0.7, 0.8]), 2))
    c.extra["dc_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["dc_bh"] = _phone(w, "301", 0)
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in [w.pick(_DC_DX)]]
    c.reviewer = None
    c.criteria = []
    _flags(c)


def reason_b61_dc(w: W) -> str:
    _dc_setup(w)
    c = w.c
    short = c.extra["dc_ther"][0]
    sca_end = _fd(w, c.extra["dc_sca"][1])
    pat = "the patient's" if c.extra["dc_variant"] == 2 else "your"
    return w.pick([
        f"{c.provider} is not a Kaiser Permanente plan provider. Under {pat} HMO plan, care from a provider outside "
        f"our network is covered only for emergencies, urgent care outside our service area, or when we approve a "
        f"referral in advance. We have no approved referral for these sessions. The single-case agreement that let "
        f"{short} provide care ended on {sca_end}, and every session on this claim took place after that date.",
        f"These sessions were provided by a therapist who does not participate in the Kaiser Permanente network, "
        f"and no referral to {short} was approved for them. The single-case agreement with {short} covered sessions "
        f"only through {sca_end}. Outpatient mental health care after that date is available from plan providers, "
        f"so the claim is not payable.",
    ])


def _dc_rights(w: W, b: list[Block], head, to_ther: bool) -> None:
    """DC commercial (federal ACA rules): 180-day appeal, external review in 4 months, ombudsman, EBSA, codes."""
    c = w.c
    addr = ", ".join(_DC_ADDR)
    who_ = "The patient, or you on the patient's behalf with written consent," if to_ther else \
        "You, or someone you authorize in writing,"
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "Appeal rights"]))
    b.append(w.p(w.pick([
        f"{who_} may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this notice. Write to {addr}, "
        f"or call Member Services at {_DC_MS} or {_DC_LOCAL} (TTY {_DC_TTY}). Include the claim number and any "
        f"records that support the appeal.",
        f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} after this notice is received. "
        f"{who_} may file it by mail at {addr} or by calling {_DC_MS} / {_DC_LOCAL}, TTY {_DC_TTY}.",
    ])))
    b.append(w.p(w.pick([
        "If your appeal is denied, you may ask for external review by an independent review organization that is not "
        "part of Kaiser Permanente. Ask within 4 months after you receive our final internal decision (45 CFR "
        "147.136). It costs you nothing.",
        "After our final internal decision, an independent review organization can review the claim at no cost. "
        "The request must be made within 4 months of receiving that decision (45 CFR 147.136).",
    ])))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "You may ask for the diagnosis and treatment codes on this claim and what they mean. There is no charge, "
            "and asking is not an appeal.",
            "The diagnosis and treatment codes billed on this claim, with their meanings, are free on request. A "
            "request for codes does not start an appeal.",
        ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help with appeals is available from the District of Columbia Office of Health Care Ombudsman and "
            "Bill of Rights. If the coverage comes through a private employer, you may also contact the Employee "
            "Benefits Security Administration at 1-866-444-3272.",
            "For help, contact the DC Office of Health Care Ombudsman and Bill of Rights, or, for employer coverage, "
            "the U.S. Department of Labor's Employee Benefits Security Administration (1-866-444-EBSA, "
            "1-866-444-3272).",
        ])))
    b.append(w.p(w.pick(["Copies of all documents and records about this claim are free if you ask for them.",
                         "You may ask for free copies of everything we used to process this claim."])))


def t_b61_dc(w: W):
    _dc_setup(w)
    c = w.c
    variant = c.extra["dc_variant"]
    st = _style(w, ["helvetica", "times", "courier"] if variant == 0 else ["helvetica", "times"], [9.0, 9.5, 10.0],
                [48.0, 56.0, 64.0])
    short, street, city, npi, tph = c.extra["dc_ther"]
    sca_day, sca_end, sca_claim, sca_paid = c.extra["dc_sca"]
    sessions = c.extra["dc_sessions"]
    claim, bh = c.extra["dc_claim"], c.extra["dc_bh"]
    amounts = not _has(c, "notice.claim_identification")
    cell = c.extra["b61_cell"]
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dos = _dm(w, "DATE_SERVICE", c.service)
    dxs = w.dx(c.diagnoses[0], w.rng.randrange(3))
    total = _money(c.money["total"])
    svc_txt = w.svc(c.services[0])
    st.footer = [w.pick([f"Claim {claim}  |  page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic States {page}",
                         "Page {page} of {pages}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []
    later = ", ".join(_fd(w, d) for d in sessions[1:-1])
    dates_ln = f"{dos}, {later + ', ' if later else ''}and {_fd(w, sessions[-1])}"

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.", "Claims Administration",
                          f"Member Services {_DC_MS}  TTY {_DC_TTY}"]))
    sca_ln = (f"A session with {short} on {_fd(w, sca_day)} (claim {sca_claim}) was paid"
              f"{' ' + _money(sca_paid) if amounts else ''} under the single-case agreement, which ended on "
              f"{_fd(w, sca_end)}. That payment is not affected.")
    bh_ln = w.pick([f"Kaiser Permanente therapists can see you for ongoing care. Call Behavioral Health Access at {bh} "
                    f"to schedule; you do not need a referral.",
                    f"To continue therapy with a plan provider, call our Behavioral Health Access line, {bh}. A "
                    f"care coordinator can help move your care."])
    if variant == 0:
        b.append(w.p(w.name(), space_before=8))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.h("EXPLANATION OF BENEFITS", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("THIS IS NOT A BILL", align="center", space_before=0, size=st.size - 0.5))
        b.append(Block("fields", rows=[["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b61_head"),
                                        "Claim number:", claim],
                                       ["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Provider:", prov, "Network status:", "Out of network"],
                                       ["Claim received:", rec or "-", "Processed:", dec or "-"]],
                       space_before=8, size=st.size - 0.5))
        head("Services on this claim")
        hdr = ["Date of service", "Service", "Code", "Billed", "Plan paid", "Your share", "Note"] if amounts else \
            ["Date of service", "Service", "Code", "Status", "Note"]
        rows = [hdr]
        for k, (s, d) in enumerate(zip(c.services, sessions, strict=True)):
            day = b61date(d, cell)
            day = M("DATE_SERVICE", day) if k == 0 else day
            if amounts:
                rows.append([day, w.svc(s), w.code("90837"), _money(s["billed"]), "$0.00", _money(s["billed"]), "N7"])
            else:
                rows.append([day, w.svc(s), w.code("90837"), "Denied", "N7"])
        if amounts:
            rows.append(["", "Total", "", total, "$0.00", total, ""])
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5))
        b.append(w.p("N7: provider is not in the Kaiser Permanente network and no approved referral is on file.",
                     size=st.size - 1, space_before=3))
        head("Paid earlier - not part of this claim")
        prow = [["Date of service", "Claim", "Code", "Status"] + (["Paid"] if amounts else [])]
        prow.append([b61date(sca_day, cell), sca_claim, "90837", "Paid (single-case agreement)"]
                    + ([_money(sca_paid)] if amounts else []))
        b.append(Block("table", rows=prow, space_before=4, size=st.size - 1.5))
        b.append(w.p("Diagnosis: " + dxs + ".", space_before=6))
        head("Why the sessions were not paid")
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(f"{c.provider} - {street}, {city} - NPI {npi} - {tph}", size=st.size - 1))
        b.append(w.p(bh_ln))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b61_head"), space_before=10))
        if variant == 2:
            b.append(w.p(prov, space_before=10))
            b.append(w.p(street, space_before=0))
            b.append(w.p(city, space_before=0))
            b.append(w.p(f"NPI {npi}    Phone {tph}", space_before=0))
            b.append(Block("fields", rows=[["Client:", w.name(), "Member ID:", w.mid()],
                                           ["Claim:", claim, "Dates of service:",
                                            f"{dos} - {_fd(w, sessions[-1], 'b61_fmt')}"]],
                           space_before=8, size=st.size - 0.4))
            b.append(w.p(f"Dear {short}:", space_before=10))
            intro = (f"We have processed your claim for {len(sessions)} sessions of {svc_txt} (CPT "
                     f"{w.code('90837')}) for the client named above, on {dates_ln}.")
        else:
            b.append(w.p(w.name(), space_before=10))
            b.extend(w.p(x, space_before=0) for x in c.member_addr)
            b.append(w.p(f"Member ID: {w.mid()}    Claim: {claim}", space_before=8))
            b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
            intro = w.pick([f"{prov} sent us a claim for {len(sessions)} therapy sessions with you: {svc_txt} "
                            f"(CPT {w.code('90837')}) on {dates_ln}.",
                            f"We received a bill from {prov} for {svc_txt} ({w.code('90837')}). The sessions took "
                            f"place on {dates_ln}."])
        if rec:
            intro += f" The claim reached us on {rec}."
        if dec:
            intro += f" We processed it on {dec}."
        if amounts:
            intro += f" The total billed was {total} ({_money(c.services[0]['billed'])} a session)."
        intro += w.pick([" We cannot pay this claim.", " The claim is denied."])
        b.append(w.p(intro))
        b.append(w.p("Diagnosis: " + dxs + "."))
        head(w.pick(["Why we did not pay", "Reason for the denial", "Why this claim was denied"]))
        b.append(w.p(M("REASON", w.reason)))
        if amounts:
            b.append(w.p(w.pick([f"Amount billed: {total}. Plan payment: $0.00.",
                                 f"Billed {total}; paid $0.00; amount not covered {total}."])))
        b.append(w.p(sca_ln if variant == 1 else sca_ln.replace("under the", "to you under the")))
        if variant == 1:
            b.append(w.p(bh_ln))
        else:
            b.append(w.p(f"If the patient wishes to keep seeing you, you may ask our Behavioral Health Access unit "
                         f"({bh}) whether a new referral or agreement is possible."))
    _dc_rights(w, b, head, variant == 2)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Claims Administration",
          "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.")
    if variant == 2:
        b.append(w.p(f"cc: {c.member_name} (member), {c.member_addr[0]}, {c.member_addr[1]}", space_before=8,
                     size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: call {_DC_MS} (TTY {_DC_TTY}).",
                             f"Language assistance at no cost: {_DC_MS} or {_DC_LOCAL}, TTY {_DC_TTY}."]),
                     space_before=8))
    b += _taglines(w, "DC", _DC_MS, w.pick([None, "Language assistance"]))
    return b, st, ["dc_eob_session_rows", "dc_sessions_in_prose", "dc_to_therapist_cc_member"][variant]


BLIND61_TEMPLATES["blind61_dc_commercial_out_of_network_psychotherapy_claim"] = (t_b61_dc, dict(
    plans=["commercial_hmo"], states=["DC"], kinds=["payment_denial"], cats=["out_of_network"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b61_dc))
MODELED_ON["blind61_dc_commercial_out_of_network_psychotherapy_claim"] = (
    "blind61: Kaiser Permanente Mid-Atlantic States (DC) commercial HMO payment denial of a private therapist's claim "
    "for several psychotherapy sessions (90837) because the therapist is out of network, no referral was approved and "
    "the single-case agreement had ended; an explanation of benefits with one row per session, a letter listing the "
    "sessions in prose, or a letter to the therapist copied to the member; 180-day appeal, external review in 4 "
    "months (45 CFR 147.136), DC ombudsman, EBSA, codes on request, free copies, taglines")
