"""Thirty-first blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND31_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind31_ga_provider_facing_tms")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only,
except the Medicare coverage article number of the third template (LCD L33787), which the set's brief names.

1. ``blind31_ga_provider_facing_tms``: Kaiser Permanente Georgia commercial HMO letter ADDRESSED TO THE REQUESTING
   PSYCHIATRIST ("Dear Dr. ..."), copied to the member, denying transcranial magnetic stimulation (CPT 90867 initial
   session with mapping and motor threshold, 90868 subsequent sessions, sometimes 90869 threshold re-determination)
   for recurrent major depression (F33.1, F33.2 or F33.9) as not medically necessary: only one antidepressant trial
   in the episode, trials too short to count, or no course of psychotherapy. A medication-history list (drug, dose,
   start date, weeks) backs the reason. Layouts: ``ga_classic_letter`` (letterhead, the doctor's practice address,
   a "Re:" line with the patient's identifiers), ``ga_memo_table`` (a TO / FROM / DATE / RE / CC block, then the
   patient's identifiers in a table that also holds the received and decision dates) and ``ga_peer_offer`` (the
   letter plus a section about a peer-to-peer call: a call the reviewer tried or one set up for a date that is NOT
   the decision date). Always standard (an elective course). Rights as the catalogue gives them for a non-California
   commercial plan: appeal within 180 days, a 72-hour expedited appeal, external review by an independent review
   organization within 4 months after the final internal decision (45 CFR 147.136), free copies of the documents and
   criteria, the Georgia Office of Commissioner of Insurance by name only (no number: the catalogue verifies none).
   No Georgia Member Services number is printed (unverified): the behavioral-health review unit's own phone and fax.

   Which name is the member: the patient (the "Patient" / "Re:" identifiers and the cc line); the addressee is the
   requesting provider, the psychiatrist. Which date is which: the letter date is the date line (or the DATE field
   of the memo); ``request_received`` and ``decision`` are stated in the first paragraph or in the patient table.
   The date of birth, the medication start dates, the last office visit with its PHQ-9 score and the peer-to-peer
   call date are distractors; ``service`` is null. What the truth counts: every TMS code asked for (all denied).
   Which reason is the reason: the paragraph under the reason heading; the medication list and the criteria sentence
   are support.

2. ``blind31_scal_eob_anesthesia_claim``: Kaiser Permanente Southern California commercial HMO post-service payment
   denial of an out-of-network anesthesia claim (``payment_denial``, ``out_of_network``): a non-Plan anesthesia group
   billed for anesthesia at a surgery the member had at a non-Plan surgery center without a referral. An EOB-like
   table of claim lines: date of service, code (an anesthesia code such as 00790, 00840, 01402 or 01630, printed
   with its modifiers, and sometimes a nerve block and ultrasound guidance line), description, units, billed,
   allowed, plan paid, member responsibility, remark codes; a remark-code legend below it lists the codes used and
   some that are not (a careful reader ignores those). Layouts: ``scal_letter_table`` (a letter, then the claim
   table), ``scal_statement_box`` (a statement page with a summary box on top, "THIS IS NOT A BILL") and
   ``scal_table_continued`` (the claim table starts on page 1 and continues on page 2 under a repeated header, with
   the totals row there). Rights as the catalogue states them for a California Knox-Keene plan: a grievance within
   180 days, Member Services 1-800-464-4000 (TTY 711), the Department of Managed Health Care statement in 12-point
   bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov) naming Independent Medical Review, the Health Consumer
   Alliance 1-888-804-3536, the diagnosis and procedure codes available on request, taglines in 15 languages.
   Distractors: the claim number, the provider's tax id and NPI, a remittance/EFT trace number with nothing paid,
   the billed amounts, the surgeon, the surgery center and the anesthesia minutes.

   Which date is which: the letter date heads the letter (the statement date of the statement layout);
   ``request_received`` is the date the claim was received and ``decision`` the date it was processed (when
   printed); ``service`` is the date of service on every claim line. Which name is the member: the addressee (the
   patient). The requesting provider is the billing anesthesia group (the "Provider" / "Billed by"). What the truth
   counts: every claim line (all denied). Which reason is the reason: the paragraph that says why the claim was
   denied; the remark-code legend is support.

3. ``blind31_ma_microprocessor_knee``: Kaiser Permanente Mid-Atlantic States (MD, VA) Medicare Advantage denial
   of a microprocessor-controlled prosthetic knee (HCPCS L5856, or L5858 / L5857, sometimes with the charger L7368 or
   a battery L7367) for a member with an above-knee amputation (Z89.611 / Z89.612, sometimes a stump neuroma
   T87.33 / T87.34 or peripheral vascular disease), as not medically necessary because the functional level on the
   evaluations (K1 or K2) is below the level Medicare's lower limb prostheses rules ask for (LCD L33787: K3 or K4).
   Layouts: ``ma_ndmc_plain`` (a Notice of Denial of Medical Coverage in plain numbered sections),
   ``ma_k_level_box`` (a letter with a boxed "Your functional level" summary) and ``ma_large_print_insert`` (the
   letter followed by a large-print insert page that repeats the decision and how to appeal). Medicare rights as the
   catalogue states them: reconsideration within 60 days from the date of the notice, standard decision within 30
   days, fast appeal within 72 hours (a doctor's request is granted), automatic forwarding to the Independent Review
   Entity, later levels named without deadlines, 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. The prosthetics
   review unit's own phone is printed (no Senior Advantage number for the region is verified). Always standard.

   Which date is which: the letter date is the notice date; ``request_received`` and ``decision`` are stated in the
   decision paragraph. The amputation date, the evaluation date, the prosthetic clinic visit, the date the current
   prosthesis was delivered, the date of birth and the appeal-by date are distractors; ``service`` is null. Which
   name is the member: the addressee; the ordering physician is the requesting provider; the prosthetics supplier
   and its prosthetist are distractors. What the truth counts: the knee and the charger or battery when asked for
   (all denied). Which reason is the reason: the paragraph under the reason heading; the functional-level box and
   the K-level definitions are support.

Dates use this set's own styles (``b31date``): "Wed Mar 05 2025", "Mar/05/2025", "MARCH 05, 2025" and "Mar 5, 2025
(Wed)" in prose, "5-Mar-25" and "Mar/05/2025" in claim tables; ``parse_blind31_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import uni as _uni
from .case import _flags, address, person, phone
from .layout import Block, Style, layout
from .markup import M
from .writer import W, join_and

BLIND31_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def b31date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "ctime":  # Wed Mar 05 2025
        return f"{_DOW3[d.weekday()]} {mon[:3]} {d.day:02d} {d.year}"
    if style == "monslash":  # Mar/05/2025
        return f"{mon[:3]}/{d.day:02d}/{d.year}"
    if style == "capspad":  # MARCH 05, 2025
        return f"{mon.upper()} {d.day:02d}, {d.year}"
    if style == "monparen":  # Mar 5, 2025 (Wed)
        return f"{mon[:3]} {d.day}, {d.year} ({_DOW3[d.weekday()]})"
    if style == "dmyy":  # 5-Mar-25
        return f"{d.day}-{mon[:3]}-{d.year % 100:02d}"
    raise ValueError(style)


PROSE_STYLES = ("ctime", "monslash", "capspad", "monparen")
TABLE_STYLES = ("dmyy", "monslash")
STYLES = PROSE_STYLES + ("dmyy",)


def parse_blind31_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b31date`` (None for anything else)."""
    t = " ".join(text.split())
    caps = [m.upper() for m in MONTHS]
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d{2}) (\d{4})", t)
        if m and m[1] in _DOW3 and m[2] in _MON3:
            d = dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return d if _DOW3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]{2})/(\d{2})/(\d{4})", t)
        if m and m[1] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z]+) (\d{2}), (\d{4})", t)
        if m and m[1] in caps:
            return dt.date(int(m[3]), caps.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]{2}) ([1-9]\d?), (\d{4}) \(([A-Z][a-z]{2})\)", t)
        if m and m[1] in _MON3 and m[4] in _DOW3:
            d = dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
            return d if _DOW3[d.weekday()] == m[4] else None
        m = re.fullmatch(r"([1-9]\d?)-([A-Z][a-z]{2})-(\d{2})", t)
        if m and m[2] in _MON3:
            return dt.date(2000 + int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b31_fmt"] = w.pick(list(PROSE_STYLES))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b31date(day, style or w.c.extra["b31_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([52.0, 58.0, 66.0]),
               margin_t=w.pick([38.0, 46.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 5.0, 10.0])
    return st


def _before(day: dt.date, lo: int, hi: int, w: W) -> dt.date:
    return day - dt.timedelta(days=w.rng.randint(lo, hi))


def _within(w: W, limit_days: int) -> None:
    """A standard request: the receipt date (when printed) agrees with the planted (or absent) late decision."""
    c = w.c
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(limit_days + 6, limit_days + 24))
    elif c.received is not None and not 1 <= (end - c.received).days <= limit_days - 2:
        c.received = end - dt.timedelta(days=w.rng.randint(1, limit_days - 2))


def _weekday(d: dt.date) -> dt.date:
    """The same day, or the Friday before when it falls on a weekend (clinic visits and calls happen on weekdays)."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _clock(w: W, lo: int, hi: int) -> str:
    t = w.rng.randint(lo, hi) // 15 * 15
    h, m = divmod(t, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def _np_reviewer(w: W, titles: list[str], creds: list) -> None:
    """A planted non-physician decision-maker: no specialty."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(creds), specialty=None,
                      phone=phone(w.rng, c.state) if w.chance(0.5) else None)
    c.reviewer_title = w.pick(titles)


def _who(w: W, lead: str) -> str:
    r = w.c.reviewer
    s = lead + M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        s += ", " + M("REVIEWER_CRED", r["credentials"])
    if r["specialty"]:
        s += w.pick([f", a specialist in {M('REVIEWER_SPECIALTY', r['specialty'])}",
                     f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"])
    return s


def _closing(w: W, b: list[Block], unit: str, org: str, word: str) -> None:
    c = w.c
    b.append(w.p(word, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(unit, space_before=14))
    b.append(w.p(org, space_before=0))


# one-sentence language offers written for this set; {ph} is the number the letter prints
_LANG31 = {
    "es": "¿Habla español? Le ofrecemos un intérprete gratis. Marque el {ph}.",
    "zh": "需要中文協助嗎？我們提供免費口譯服務，請撥 {ph}。",
    "vi": "Cần trợ giúp bằng tiếng Việt? Chúng tôi cung cấp thông dịch viên miễn phí. Hãy gọi {ph}.",
    "ko": "한국어 도움이 필요하시면 무료 통역을 제공해 드립니다. {ph}로 전화하세요.",
    "tl": "Kailangan ng tulong sa Tagalog? Libre ang interpreter. I-dial ang {ph}.",
    "hy": "Հայերենով օգնության կարի՞ք ունեք։ Թարգմանիչն անվճար է։ Զանգեք {ph}։",
    "fa": "به کمک به زبان فارسی نیاز دارید؟ مترجم رایگان است. با {ph} تماس بگیرید.",
    "ru": "Нужна помощь на русском языке? Переводчик предоставляется бесплатно. Наберите {ph}.",
    "ja": "日本語での支援が必要ですか。通訳は無料です。{ph} までお電話ください。",
    "ar": "هل تحتاج إلى مساعدة باللغة العربية؟ المترجم مجاني. اتصل بالرقم {ph}.",
    "pa": "ਕੀ ਤੁਹਾਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ? ਦੁਭਾਸ਼ੀਆ ਮੁਫ਼ਤ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ត្រូវការជំនួយជាភាសាខ្មែរមែនទេ? អ្នកបកប្រែមិនគិតថ្លៃទេ។ ហៅទូរស័ព្ទ {ph}។",
    "hmn": "Koj puas xav tau kev pab ua lus Hmoob? Muaj neeg txhais lus dawb. Hu {ph}.",
    "hi": "क्या आपको हिंदी में मदद चाहिए? दुभाषिया मुफ़्त है। {ph} पर फ़ोन करें।",
    "th": "ต้องการความช่วยเหลือเป็นภาษาไทยหรือไม่ มีล่ามให้บริการฟรี โทร {ph}",
    "gu": "શું તમને ગુજરાતીમાં મદદ જોઈએ છે? દુભાષિયો મફત છે. {ph} પર ફોન કરો.",
    "fr": "Besoin d'aide en français ? Un interprète vous est fourni gratuitement. Composez le {ph}.",
    "am": "በአማርኛ እርዳታ ይፈልጋሉ? አስተርጓሚ በነጻ ይቀርባል። {ph} ይደውሉ።",
    "pt": "Precisa de ajuda em português? O intérprete é gratuito. Ligue para {ph}.",
    "de": "Brauchen Sie Hilfe auf Deutsch? Ein Dolmetscher ist kostenlos. Rufen Sie {ph} an.",
    "yo": "Ṣé o nílò ìrànlọ́wọ́ ní èdè Yorùbá? Olùtúmọ̀ wà lọ́fẹ̀ẹ́. Pe {ph}.",
    "ig": "Ị chọrọ enyemaka n'asụsụ Igbo? Onye ntụgharị okwu bụ n'efu. Kpọọ {ph}.",
    "ur": "کیا آپ کو اردو میں مدد چاہیے؟ ترجمان مفت ہے۔ {ph} پر کال کریں۔",
}
_LANG31_SETS = {
    "GA": ["es", "vi", "ko", "zh", "gu", "fr", "am", "hi", "ar", "pt", "de", "ru", "tl", "ur", "ja"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "MAS": ["es", "am", "zh", "ko", "fr", "vi", "tl", "ar", "ru", "fa", "yo", "ig", "ur"],
}


def _offers(w: W, key: str, ph: str, heading: str | None, keep: int, size: float = 7.5) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG31_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(min(keep, len(rest)), len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5) if heading else Block("rule", space_before=12)]
    for code in first + rest:
        t = _LANG31[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.4))
    return out


# === 1. Georgia commercial HMO, to the psychiatrist: transcranial magnetic stimulation not medically necessary =====

_GA_TMS = [
    (["Therapeutic repetitive transcranial magnetic stimulation, initial treatment with cortical mapping and motor "
      "threshold determination", "Initial TMS session with cortical mapping and motor threshold determination"],
     "90867"),
    (["Therapeutic repetitive transcranial magnetic stimulation, subsequent delivery and management, per session",
      "Subsequent TMS treatment sessions"], "90868"),
    (["TMS motor threshold re-determination with delivery and management",
      "Repeat motor threshold determination during the TMS course"], "90869"),
]
_GA_DX = [(["Major depressive disorder, recurrent, moderate", "Recurrent major depressive disorder, moderate"],
           "F33.1"),
          (["Major depressive disorder, recurrent, severe without psychotic features",
            "Recurrent major depression, severe, without psychotic features"], "F33.2"),
          (["Major depressive disorder, recurrent, unspecified"], "F33.9")]
_GA_DX2 = [(["Generalized anxiety disorder"], "F41.1"), (["Insomnia, unspecified"], "G47.00")]
_GA_DRUGS = [("sertraline", "150 mg"), ("escitalopram", "20 mg"), ("fluoxetine", "40 mg"), ("bupropion XL", "300 mg"),
             ("venlafaxine XR", "150 mg"), ("duloxetine", "60 mg"), ("mirtazapine", "30 mg"), ("citalopram", "40 mg")]
_GA_CRIT = ["Kaiser Permanente Georgia Clinical Review Criteria: Transcranial Magnetic Stimulation for Major "
            "Depressive Disorder",
            "MCG Behavioral Health Care guideline, Transcranial Magnetic Stimulation",
            "InterQual Behavioral Health Procedures criteria, Transcranial Magnetic Stimulation"]
_GA_PRACTICES = ["Buckhead Psychiatric Associates", "Perimeter Behavioral Medicine, LLC", "Marietta Mood Clinic",
                 "Decatur Neuropsychiatry Group", "Gwinnett Center for Interventional Psychiatry"]
_GA_NP = ["Behavioral Health Utilization Review Clinician", "Care Review Specialist, Behavioral Health",
          "Authorization Nurse, Mental Health Services"]


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b31_ga"):
        return
    c.extra["b31_ga"] = True
    _fmt(w)
    c.region = "Georgia"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "GA", "Georgia")
    c.service = None
    _within(w, 15)
    c.extra["ga_variant"] = w.rng.randrange(3)
    picks = [0, 1] + ([2] if w.chance(0.3) else [])
    c.services = [dict(text=w.pick(_GA_TMS[k][0]), codes=[_GA_TMS[k][1]], decision="denied") for k in picks]
    c.extra["ga_sessions"] = w.pick([29, 30, 35, 36])
    t, code = w.pick(_GA_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    if w.chance(0.4):
        t, code = w.pick(_GA_DX2)
        c.diagnoses.append(dict(text=w.pick(t), codes=[code]))
    kind = w.rng.randrange(3)  # 0 one trial only, 1 trials too short, 2 no psychotherapy
    c.extra["ga_kind"] = kind
    drugs = w.rng.sample(_GA_DRUGS, 3)
    base = c.received or c.letter
    trials = []
    if kind == 0:
        trials.append((drugs[0], _before(base, 80, 200, w), w.rng.randint(8, 14)))
    elif kind == 1:
        start = _before(base, 120, 260, w)
        for k in range(2):
            trials.append((drugs[k], start, w.rng.randint(2, 4)))
            start = start + dt.timedelta(days=w.rng.randint(40, 70))
    else:
        start = _before(base, 260, 400, w)
        for k in range(2):
            trials.append((drugs[k], start, w.rng.randint(8, 12)))
            start = start + dt.timedelta(days=w.rng.randint(100, 130))
    c.extra["ga_trials"] = trials
    c.extra["ga_visit"] = _weekday(_before(base, 3, 20, w))
    c.extra["ga_phq"] = w.rng.randint(16, 24)
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"{pname}, DO"])
    c.extra["ga_prov_last"] = plast
    c.extra["ga_practice"] = w.pick(_GA_PRACTICES)
    c.provider_addr = address(w.rng, "GA", "Georgia")
    c.extra["ga_npi"] = c.ids["npi"]
    c.criteria = [] if (_has(c, "notice.criteria_cited") or _bare(c)) else [w.pick(_GA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _GA_NP, ["RN", "LCSW", None])
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Psychiatry", "Adult Psychiatry"]) if w.chance(0.8) else None,
                          phone=phone(w.rng, "GA") if w.chance(0.8) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Behavioral Health", "Psychiatrist Advisor",
                                   "Associate Medical Director, Mental Health Utilization Management"])
    c.extra["ga_phone"] = phone(w.rng, "GA")
    c.extra["ga_fax"] = phone(w.rng, "GA")
    dec = c.decision or c.letter
    between = []
    if c.received and w.chance(0.5):  # a call tried on a weekday strictly between receipt and decision
        between = [c.received + dt.timedelta(days=k) for k in range(1, (dec - c.received).days)]
        between = [d for d in between if d.weekday() < 5]
    # otherwise a call set up a few business days after the letter
    c.extra["ga_p2p"] = ("before", w.pick(between)) if between else (
        "after", D.add_business(c.letter, w.rng.randint(2, 6)))
    c.extra["ga_box"] = f"P.O. Box {w.rng.randint(1200, 49999)}, Atlanta, GA 303{w.rng.randint(10, 99)}"
    _flags(c)


def reason_b31_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["TMS is not medically necessary.", "The request does not meet medical necessity criteria.",
                       "Medical necessity for TMS was not established."])
    trials = c.extra["ga_trials"]
    k = c.extra["ga_kind"]
    if k == 0:
        (drug, dose), _, weeks = trials[0]
        return w.pick([
            f"The records show only one antidepressant trial in the current episode ({drug} {dose} for {weeks} "
            "weeks); TMS is approved after at least two antidepressant trials of adequate dose and duration have "
            "failed or could not be tolerated, so it is not medically necessary at this point.",
            f"Only one medication trial is documented for this episode of depression, {drug} for {weeks} weeks. "
            "Because a second antidepressant trial (from the same or a different class) has not been tried, the "
            "requirement of two failed adequate trials is not met and TMS is not medically necessary now.",
        ])
    if k == 1:
        (d1, _), _, w1 = trials[0]
        (d2, _), _, w2 = trials[1]
        return w.pick([
            f"The two antidepressant trials in the records were stopped early ({d1} after {w1} weeks and {d2} after "
            f"{w2} weeks), before the 6 weeks at a therapeutic dose that count as an adequate trial; with no adequate "
            "trial completed, TMS is not medically necessary.",
            f"Neither medication trial was long enough to judge response: {d1} was taken for {w1} weeks and {d2} for "
            f"{w2} weeks, and no side effects were recorded as the reason for stopping. An adequate trial needs at "
            "least 6 weeks at a therapeutic dose, so TMS is not medically necessary yet.",
        ])
    return w.pick([
        "The records show two adequate antidepressant trials but no course of evidence-based psychotherapy (such as "
        "cognitive behavioral therapy) during this episode; a psychotherapy trial is required before TMS, so TMS is "
        "not medically necessary at this time.",
        "Although two medication trials were completed, your patient has not had a trial of evidence-based "
        "psychotherapy for this episode, which the criteria require before TMS is approved; TMS is therefore not "
        "medically necessary now.",
    ])


def _ga_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ph, fax, box = c.extra["ga_phone"], c.extra["ga_fax"], c.extra["ga_box"]
    b.append(w.h(w.pick(["Appeal rights of the member", "How your patient (or you) can appeal",
                         "Appealing this decision"]), space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"The member, or you with the member's written consent, may appeal within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} after the member receives this notice. Send the appeal to "
            f"Kaiser Permanente Georgia, Behavioral Health Appeals, {box}, fax it to {fax}, or call {ph}.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the date the member gets this "
            f"letter: by mail to Behavioral Health Appeals, {box}; by fax to {fax}; or by phone at {ph}. You may "
            "file for your patient with the member's permission.",
        ])))
    b.append(w.p(w.pick([
        "Please send any records not yet provided, such as pharmacy fills, therapy notes and rating scales.",
        "Include any records we did not have: medication fill history, psychotherapy notes, rating scale scores.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously jeopardize the member's life, health or ability to "
            "regain maximum function, ask for an expedited appeal. We decide expedited appeals within 72 hours.",
            "When the member's health could be seriously harmed by waiting, you or the member may request an "
            "urgent (expedited) appeal, which is decided within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If the denial is upheld on appeal, the member may request external review by an independent review "
            "organization that is not part of Kaiser Permanente, within 4 months after receiving our final internal "
            "decision (45 CFR 147.136). Its decision is binding on the plan.",
            "After our final internal appeal decision, the member has 4 months to ask for an external review by an "
            "independent review organization (45 CFR 147.136). The plan must follow its decision.",
        ])))
    b.append(w.p(w.pick([
        "The member may receive, free of charge, copies of all documents, records and criteria used to make this "
        "decision.",
        "On request and at no cost, we will provide copies of the records and the review criteria we relied on.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The member may also contact the Georgia Office of Commissioner of Insurance, Consumer Services, for "
            "help with an appeal or external review.",
            "Help with appeals is available from the Georgia Office of Commissioner of Insurance (Consumer Services "
            "Division).",
        ])))


def t_b31_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = c.extra["ga_variant"]  # 0 classic letter, 1 memo with patient table, 2 peer-to-peer offer
    st = _style(w, ["times", "helvetica"] if variant != 1 else ["helvetica", "courier"], [9.5, 10.0])
    ref = c.ids["ref"]
    ph, fax = c.extra["ga_phone"], c.extra["ga_fax"]
    prov = M("PROVIDER", c.provider)
    dr = f"Dr. {c.extra['ga_prov_last']}"
    dob = _fd(w, c.extra["dob"])
    st.footer = [w.pick([f"TMS review {ref} - page {{page}} of {{pages}}",
                         "Kaiser Permanente Georgia | Behavioral Health UM | {page}", f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    rec, dec = _dm(w, "DATE_RECEIVED", c.received), _dm(w, "DATE_DECISION", c.decision)
    unit = w.pick(["Behavioral Health Utilization Management", "Mental Health Services Review Unit"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", unit],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", c.extra["ga_box"],
                          f"Tel {ph}   Fax {fax}"]))
    svc_list = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    n = c.extra["ga_sessions"]
    if variant == 1:
        b.append(w.h(w.pick(["PROVIDER NOTIFICATION - ADVERSE DETERMINATION", "Memorandum: utilization review "
                                                                             "decision"]),
                     space_before=8, size=st.size + 1.5))
        left = ["TO:", "FROM:", "DATE:", "RE:", "CC:"]
        right = [f"{prov}, {c.extra['ga_practice']}", f"{unit}, Kaiser Permanente Georgia",
                 _dm(w, "DATE_LETTER", c.letter), w.pick(["Transcranial magnetic stimulation - not approved",
                                                         "TMS course request - denied"]),
                 f"{w.name()} (member), by mail"]
        rows = [[a, bb] for a, bb in zip(left, right, strict=True)]
        b.append(Block("table", rows=rows, header_row=False, space_before=8, size=st.size - 0.5))
        prow = [["Patient", "Member ID", "Date of birth", "Case no.", "Received", "Decided"],
                [w.name(), w.mid(), dob, ref, rec or "-", dec or "-"]]
        b.append(w.p(w.pick(["Patient identification", "Patient"]), bold=True, space_before=10))
        b.append(Block("table", rows=prow, space_before=3, size=st.size - 1.5))
        b.append(w.p(f"{dr}:", space_before=10))
        intro = w.pick([
            f"We reviewed your request for {svc_list} ({n} sessions planned) for the patient named above and are "
            "not able to approve it.",
            f"Your request to treat the patient above with {svc_list}, a course of {n} sessions, is denied.",
        ])
        b.append(w.p(intro))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(prov, space_before=8))
        b += [w.p(x, space_before=0) for x in [c.extra["ga_practice"]] + c.provider_addr]
        re_line = f"Re: {w.pick(['Patient', 'Your patient'])} {w.name()} | Member ID {w.mid()} | DOB {dob}"
        b.append(w.p(re_line, space_before=8, size=st.size - 0.5, bold=True))
        b.append(w.p(f"Case number {ref}    Your NPI {c.extra['ga_npi']}", space_before=1, size=st.size - 0.5))
        b.append(w.p(f"Dear {dr}:", space_before=10))
        s = w.pick([
            f"Thank you for your request for {svc_list} ({n} treatment sessions) for {w.name()}. After review, "
            "we have denied the request.",
            f"We have completed the review of your request for {svc_list}, a course of {n} sessions, for your "
            f"patient {w.name()}. The request is not approved.",
        ])
        if rec:
            s += w.pick([f" We received it on {rec}.", f" The request came in on {rec}."])
        if dec:
            s += w.pick([f" The decision was made on {dec}.", f" Date of decision: {dec}."])
        b.append(w.p(s))
    dx = w.p(w.pick(["Diagnosis submitted: ", "Diagnoses on the request: "]) +
             "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + ".")
    b.append(dx)
    b.append(w.h(w.pick(["Reason for the denial", "Why the request was denied", "Clinical rationale"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([f"Criteria applied: {w.crit(c.criteria[0])}.",
                             f"This review used the {w.crit(c.criteria[0])}. A copy is available on request."])))
    if not _bare(c):
        rows = [["Medication", "Target dose", "Started", "Weeks taken"]]
        for (drug, dose), start, weeks in c.extra["ga_trials"]:
            rows.append([drug, dose, _fd(w, start), str(weeks)])
        b.append(w.p(w.pick(["Antidepressant history in the records we received:",
                             "Medication trials documented for this episode:"]), space_before=6))
        b.append(Block("table", rows=rows, space_before=3, size=st.size - 1.5))
        b.append(w.p(w.pick([
            f"The last office note ({_fd(w, c.extra['ga_visit'])}) records a PHQ-9 score of {c.extra['ga_phq']}.",
            f"PHQ-9 at the visit on {_fd(w, c.extra['ga_visit'])}: {c.extra['ga_phq']}.",
        ]), size=st.size - 0.5))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewer: "]))
        if c.reviewer["phone"]:
            line += w.pick([f". To discuss it, call the reviewer directly at {M('REVIEWER_PHONE', c.reviewer['phone'])}.",
                            f"; direct line {M('REVIEWER_PHONE', c.reviewer['phone'])}."])
        else:
            line += w.pick([f". To discuss it, call our unit at {ph}.", "."])
        b.append(w.p(line, space_before=6))
    if variant == 2:
        when, day = c.extra["ga_p2p"]
        tm = _clock(w, 8 * 60, 16 * 60)
        b.append(w.h(w.pick(["Peer-to-peer discussion", "Talk with the reviewer", "Peer-to-peer conversation"]),
                     space_before=10))
        if when == "before":
            b.append(w.p(w.pick([
                f"Before deciding, our reviewer called your office on {_fd(w, day)} at {tm} to offer a peer-to-peer "
                "discussion and left a message; we did not hear back before the review was completed. You may still "
                f"request a discussion by calling {ph}.",
                f"A peer-to-peer call was attempted on {_fd(w, day)} ({tm}) but could not be completed. The offer "
                f"remains open: call {ph} and ask for the reviewing psychiatrist.",
            ])))
        else:
            b.append(w.p(w.pick([
                f"We have reserved a peer-to-peer call with the reviewer for {_fd(w, day)} at {tm} Eastern time. "
                f"Call {ph} to confirm or to choose another time. The call does not change the member's appeal "
                "deadline.",
                f"If you wish to discuss the case, a peer-to-peer slot is held for you on {_fd(w, day)}, {tm}; "
                f"please confirm with our unit at {ph}. A peer-to-peer discussion is not an appeal.",
            ])))
    b.append(w.p(w.pick([
        "Medication management and psychotherapy remain covered under the member's plan.",
        "Other treatment for depression, including medication visits and psychotherapy, is not affected by this "
        "decision.",
    ])))
    _ga_rights(w, b)
    _closing(w, b, unit, "Kaiser Foundation Health Plan of Georgia, Inc.", w.pick(["Sincerely,", "Regards,"]))
    if variant != 1:
        cc = [f"cc: {w.name()} (member)"] + [f"      {x}" for x in c.member_addr]
        for k, x in enumerate(cc):
            b.append(w.p(x, size=8.0, space_before=6 if k == 0 else 0))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Members can get an interpreter at no cost: call {ph} (TTY 711).",
                             f"Free language services for the member: {ph} (TTY 711)."]), space_before=6))
    b += _offers(w, "GA", f"{ph} (TTY 711)", w.pick([None, "Language services"]), 8)
    return b, st, ["ga_classic_letter", "ga_memo_table", "ga_peer_offer"][variant]


BLIND31_TEMPLATES["blind31_ga_provider_facing_tms"] = (t_b31_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b31_ga))
MODELED_ON["blind31_ga_provider_facing_tms"] = (
    "blind31: Kaiser Permanente Georgia commercial HMO letter addressed to the requesting psychiatrist and copied to "
    "the member, denying transcranial magnetic stimulation (CPT 90867, 90868, sometimes 90869) for recurrent major "
    "depression as not medically necessary (too few or too short antidepressant trials, or no psychotherapy trial); "
    "a classic letter, a memo with a patient table, or a peer-to-peer call section; 180-day appeal, 72-hour expedited "
    "appeal, external review within 4 months (45 CFR 147.136), taglines")


# === 2. Southern California commercial HMO: out-of-network anesthesia claim, EOB-style claim lines ===============

# (base anesthesia line, add-on lines, diagnosis, surgery) per procedure family
_SC_CASES = [
    dict(base=(["Anesthesia, upper abdominal laparoscopy", "Anesth, intraperitoneal upper abdomen incl laparoscopy"],
               "00790", 7),
         extras=[(["TAP block, bilateral, by injection", "Transversus abdominis plane block, bilateral"], "64488")],
         dx=(["Calculus of gallbladder without cholecystitis without obstruction"], "K80.20"),
         surgery="laparoscopic cholecystectomy"),
    dict(base=(["Anesthesia, lower abdominal laparoscopy", "Anesth, intraperitoneal lower abdomen incl laparoscopy"],
               "00840", 6),
         extras=[(["TAP block, bilateral, by injection", "Transversus abdominis plane block, bilateral"], "64488")],
         dx=(["Unilateral inguinal hernia, without obstruction or gangrene, not specified as recurrent"], "K40.90"),
         surgery="laparoscopic inguinal hernia repair"),
    dict(base=(["Anesthesia, total knee arthroplasty", "Anesth, knee joint, total knee arthroplasty"], "01402", 7),
         extras=[(["Femoral nerve block, single injection", "Anesthetic injection, femoral nerve, single"], "64447"),
                 (["Ultrasound guidance for needle placement", "US guidance, needle placement"], "76942")],
         dx=(["Unilateral primary osteoarthritis, right knee", "Unilateral primary osteoarthritis, left knee"],
             "M17.11|M17.12"),
         surgery="total knee replacement"),
    dict(base=(["Anesthesia, shoulder arthroscopy", "Anesth, shoulder joint procedure, NOS"], "01630", 5),
         extras=[(["Brachial plexus block, single injection", "Anesthetic injection, brachial plexus, single"],
                  "64415"),
                 (["Ultrasound guidance for needle placement", "US guidance, needle placement"], "76942")],
         dx=(["Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"], "M75.121"),
         surgery="arthroscopic rotator cuff repair"),
]
_SC_GROUPS = ["Pacific Coast Anesthesia Medical Group", "Harbor View Anesthesia Associates",
              "Inland Valley Anesthesia Partners", "South Bay Anesthesia Consultants, Inc.",
              "Sunset Cliffs Anesthesiology Group"]
_SC_CENTERS = ["Seaside Surgical Pavilion", "Rancho Vista Outpatient Surgery Center", "Mission Hills Surgery Institute",
               "Laguna Crest Ambulatory Surgery Center", "Foothill Day Surgery Center"]
# the remark codes of this plan's statements: the ones a claim line can carry, then ones it never carries here
_SC_USED = {"NP7": "The provider is not a Kaiser Permanente Plan Provider.",
            "RF2": "No approved referral or authorization was on file for this service.",
            "EU4": "The service was not emergency care or urgently needed care.",
            "MB1": "A non-Plan provider may bill you for the amount shown as your responsibility."}
_SC_UNUSED = {"DP3": "This line duplicates a claim we already processed.",
              "TL6": "The claim was received after the filing time limit.",
              "CB8": "Another plan pays first; send us that plan's statement.",
              "IN5": "More information was requested from the provider."}


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b31_sc"):
        return
    c.extra["b31_sc"] = True
    _fmt(w)
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    c.urgency = "standard"
    variant = w.rng.randrange(3)  # 0 letter + table, 1 statement with summary box, 2 table continued on page 2
    c.extra["sc_variant"] = variant
    case = w.pick(_SC_CASES)
    c.extra["sc_case"] = case
    texts, code, base_units = case["base"]
    mods = w.pick([["AA", "P2"], ["QZ", "P2"], ["QK", "P3"], ["AA", "P1"], ["QX", "P2"]])
    minutes = w.rng.randint(48, 175)
    units = base_units + -(-minutes // 15)
    lines = [dict(text=w.pick(texts), codes=[code], decision="denied", mods=mods, units=units,
                  billed=round(units * w.pick([88.0, 96.5, 104.0, 112.25]), 2))]
    extras = case["extras"]
    k = w.rng.randint(1 if variant == 2 else 0, len(extras))
    for texts2, code2 in extras[:k]:
        lines.append(dict(text=w.pick(texts2), codes=[code2], decision="denied", mods=["59"] if code2 != "76942"
                          else [], units=1, billed=round(w.rng.uniform(180, 720), 2)))
    c.services = lines
    c.money["total"] = round(sum(x["billed"] for x in lines), 2)
    c.extra["sc_minutes"] = minutes
    t, codes = case["dx"]
    pairs = list(zip(t, codes.split("|"), strict=False)) if "|" in codes else [(w.pick(t), codes)]
    text, cd = w.pick(pairs)
    c.diagnoses = [dict(text=text, codes=[cd])]
    c.provider = w.pick(_SC_GROUPS)
    c.extra["sc_center"] = w.pick(_SC_CENTERS)
    sname, _, _ = person(w.rng, 0.2)
    c.extra["sc_surgeon"] = f"{sname}, {w.pick(['MD', 'M.D.', 'DO'])}"
    c.extra["sc_tin"] = f"{w.rng.randint(20, 99)}-{w.rng.randint(1000000, 9999999)}"
    c.extra["sc_npi"] = c.ids["npi"]
    c.extra["sc_claim"] = c.ids["claim"]
    c.extra["sc_eft"] = f"{w.pick(['EFT', 'CHK'])}{w.rng.randint(10**7, 10**8 - 1)}"
    c.reviewer = None
    c.criteria = []
    a = w.pick(["626", "714", "909", "951", "619"])
    c.extra["sc_phone"] = f"({a}) {w.rng.randint(200, 989)}-{w.rng.randint(0, 9999):04d}"
    c.extra["sc_unit"] = w.pick(["Claims Administration", "Out-of-Plan Claims Unit"])
    c.extra["sc_box"] = f"P.O. Box {w.rng.randint(7000, 9999)}, Downey, CA 902{w.rng.randint(40, 49)}"
    _flags(c)


def reason_b31_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    grp, ctr, surg = c.provider, c.extra["sc_center"], c.extra["sc_case"]["surgery"]
    return w.pick([
        f"{grp} is not a Kaiser Permanente Plan Provider, and the anesthesia was given for a scheduled {surg} at "
        f"{ctr} without a referral from a Plan Physician; it was not emergency or urgently needed care, so the "
        "claim is not covered.",
        f"The anesthesia services were billed by {grp}, which has no contract with Kaiser Permanente. Your {surg} at "
        f"{ctr} was planned in advance, not an emergency, and we had not authorized care outside the Plan, so we "
        "cannot pay this claim.",
        f"We did not authorize your {surg} at {ctr}, a non-Plan facility, and the anesthesia group that billed us, "
        f"{grp}, is outside the Kaiser Permanente network. Non-emergency care from non-Plan Providers without an "
        "approved referral is not covered.",
    ])


def _sc_rows(w: W, lines: list[dict], dos: str, ident: bool) -> list[list[str]]:
    out = []
    for x in lines:
        code = w.code(x["codes"][0])
        mods = " ".join(x["mods"])
        remarks = "NP7, RF2, EU4" + (", MB1" if ident else "")
        row = [dos, code, mods or "-", w.svc(x), str(x["units"])]
        if ident:
            row += [_money(x["billed"]), "0.00", "0.00", _money(x["billed"])]
        else:
            row += ["0.00", "0.00"]
        out.append(row + [remarks])
    return out


def _sc_head(ident: bool) -> list[str]:
    h = ["DOS", "Code", "Mod", "Description", "Units"]
    h += ["Billed", "Allowed", "Plan paid", "You may owe"] if ident else ["Allowed", "Plan paid"]
    return h + ["Remarks"]


def _sc_dmhc(w: W, ms: str) -> Block:
    return w.p(w.pick([
        "The California Department of Managed Health Care regulates health care service plans. If you have a "
        f"grievance against your health plan, first call your plan at {ms} (TTY 711) and use the plan's grievance "
        "process before you contact the Department. Using the grievance process does not take away any legal right "
        "or remedy you may have. If you need help with a grievance about an emergency, with a grievance your plan "
        "has not resolved to your satisfaction, or with a grievance that has stayed unresolved for more than 30 "
        "days, you may call the Department. You may also qualify for an Independent Medical Review (IMR), an "
        "impartial review of a plan's decisions about the medical necessity of a proposed service or treatment, "
        "about coverage of treatments that are experimental or investigational, and about payment disputes for "
        "emergency or urgent medical services. The Department's toll-free number is 1-888-466-2219 and its TDD "
        "line for people with hearing and speech impairments is 1-877-688-9891. Complaint forms, IMR applications "
        "and instructions are on the Department's website, www.dmhc.ca.gov.",
        "Health care service plans are regulated by the California Department of Managed Health Care. Before you "
        f"contact the Department about a grievance, telephone your health plan at {ms} (TTY 711) and use its "
        "grievance process; doing so does not limit any legal rights or remedies open to you. Call the Department "
        "for help with a grievance involving an emergency, a grievance the plan has not satisfactorily resolved, or "
        "one left unresolved for more than 30 days. You may be eligible for an Independent Medical Review (IMR), "
        "which gives an impartial review of medical-necessity decisions, of coverage decisions for experimental or "
        "investigational treatment, and of payment disputes for emergency or urgent medical services. Department "
        "of Managed Health Care: 1-888-466-2219 (toll-free), TDD 1-877-688-9891, www.dmhc.ca.gov (complaint and IMR "
        "forms and instructions online).",
    ]), bold=True, size=12.0, space_before=8)


def _sc_rights(w: W, b: list[Block], ms: str) -> None:
    c = w.c
    b.append(w.h(w.pick(["If you disagree: your grievance rights", "How to file a grievance or appeal",
                         "Your right to ask us to review this claim"]), space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} after the date of this notice. "
            f"Call Member Services at {ms} (TTY 711), file online at kp.org, visit a Member Services office, or "
            f"write to Kaiser Foundation Health Plan, Inc., Member Relations, {c.extra['sc_box']}.",
            f"To ask us to reconsider, file a grievance within {M('APPEAL_DAYS', c.appeal_phrase)} from the date "
            f"on this statement: by phone ({ms}, TTY 711), at kp.org, in person at a Member Services office, or by "
            f"mail to Member Relations, {c.extra['sc_box']}.",
        ])))
    b.append(w.p(w.pick([
        "Tell us why you think the claim should be paid, for example if you believe the care was an emergency, and "
        "include the claim number. Someone you name may file for you.",
        "Include the claim number and any records that show the care was urgent or that a Plan Physician referred "
        "you. You may name a representative to act for you.",
    ])))
    if not _has(c, "notice.claim_identification"):
        b.append(w.p(w.pick([
            "You may ask for the diagnosis and procedure codes on this claim and what they mean; we send them free "
            "of charge, and asking for them is not a grievance.",
            "On request we will give you, at no cost, the diagnosis and treatment codes for this claim and their "
            "meanings.",
        ])))
    b.append(w.p(w.pick([
        "You may also request free copies of the documents and records used to decide this claim.",
        "Copies of the claim file and the records we used are available to you at no charge.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "Free help is available from the Health Consumer Alliance, California's consumer assistance program, at "
            "1-888-804-3536.",
            "For free help with your grievance, call the Health Consumer Alliance at 1-888-804-3536.",
        ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(_sc_dmhc(w, ms))


def t_b31_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = c.extra["sc_variant"]
    st = _style(w, ["helvetica", "times"], [9.0, 9.5])
    ms = "1-800-464-4000"
    ident = not _has(c, "notice.claim_identification")
    claim = c.extra["sc_claim"]
    grp = M("PROVIDER", c.provider)
    ctr, surgeon = c.extra["sc_center"], c.extra["sc_surgeon"]
    surg = c.extra["sc_case"]["surgery"]
    tstyle = w.pick(list(TABLE_STYLES))
    dos_t = _dm(w, "DATE_SERVICE", c.service, tstyle)
    dos = _dm(w, "DATE_SERVICE", c.service)
    rec, dec = _dm(w, "DATE_RECEIVED", c.received), _dm(w, "DATE_DECISION", c.decision)
    total = _money(c.money["total"])
    st.footer = [w.pick([f"Claim {claim} | page {{page}} of {{pages}}",
                         "Kaiser Permanente Southern California - Claims Administration - {page}",
                         f"{claim}-{{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California", c.extra["sc_unit"]],
                   right=["Kaiser Foundation Health Plan, Inc.", c.extra["sc_box"],
                          f"Claims line {c.extra['sc_phone']}"]))
    if variant == 1:
        b.append(w.h(w.pick(["STATEMENT OF CLAIM DENIAL - THIS IS NOT A BILL",
                             "Explanation of claim decision (this is not a bill)"]), align="center",
                     space_before=6, size=st.size + 2))
        rows = [["Claim summary", ""], ["Statement date", _dm(w, "DATE_LETTER", c.letter)], ["Member", w.name()],
                ["Member ID", w.mid()], ["Claim number", claim], ["Provider", grp], ["Date of service", dos]]
        if rec:
            rows.append(["Claim received", rec])
        if dec:
            rows.append(["Claim processed", dec])
        rows += [["Amount billed", total if ident else "see provider"], ["Plan paid", "$0.00"]]
        if ident:
            rows.append(["You may owe the provider", total])
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 0.5))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Claim: {claim}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["Your claim for anesthesia services was denied", "Claim denial: anesthesia from a "
                                                                               "non-Plan provider"]),
                     space_before=10, size=st.size + 1))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
        s = w.pick([
            f"We received a claim from {grp} for anesthesia during your {surg} at {ctr} on {dos}. We have denied "
            "the claim.",
            f"{grp} sent us a bill for anesthesia care you received on {dos} at {ctr} ({surg}). We are not able to "
            "pay it.",
        ])
        if rec:
            s += w.pick([f" The claim reached us on {rec}.", f" Date the claim was received: {rec}."])
        if dec:
            s += w.pick([f" We processed it on {dec}.", f" It was processed on {dec}."])
        b.append(w.p(s))
    if variant == 1:
        b.append(w.p(w.pick([f"This statement explains our decision on the claim that {grp} sent for your {surg} "
                             f"at {ctr}.", f"About this claim: anesthesia for your {surg} at {ctr}."])))
    b.append(w.h(w.pick(["Why this claim was denied", "Reason for denial", "Why we did not pay"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"Surgeon on the claim: {surgeon}. Anesthesia time billed: {c.extra['sc_minutes']} minutes.",
        f"Anesthesia minutes reported: {c.extra['sc_minutes']}. Operating surgeon: {surgeon}.",
    ]), size=st.size - 0.5))
    if ident and w.chance(0.6):
        b.append(w.p(w.pick([
            f"Because {c.provider} is not a Plan Provider, it may bill you for {total}. Contact the provider about "
            "the bill.",
            f"A non-Plan provider is not required to accept our decision and may ask you to pay the amount billed "
            f"({total}).",
        ])))
    b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnosis billed: "]) + w.dx(c.diagnoses[0], w.rng.randrange(3))
                 + ".", size=st.size - 0.5))
    prov_ids = w.pick([f"Provider tax ID {c.extra['sc_tin']}  |  NPI {c.extra['sc_npi']}",
                       f"Billed by: {c.provider}  TIN {c.extra['sc_tin']}  NPI {c.extra['sc_npi']}"])
    head = _sc_head(ident)
    body = _sc_rows(w, c.services, dos_t, ident)
    tot = ["", "", "", "Claim total", ""] + ([total, "0.00", "0.00", total] if ident else ["0.00", "0.00"]) + [""]
    b.append(w.h(w.pick([f"Claim lines - claim {claim}", "Claim detail", "Services on this claim"]),
                 space_before=10))
    b.append(w.p(prov_ids, size=st.size - 1, space_before=2))
    rights: list[Block] = []
    if variant == 2:
        first, rest = body[:1], body[1:]
        tail = [Block("table", rows=[head] + first, space_before=4, size=st.size - 1.5),
                w.p(w.pick(["(claim lines continue on page 2)", "Continued on next page"]), italic=True,
                    size=st.size - 1, space_before=3)]
        _sc_rights(w, rights, ms)
        # the rights come first when they fit, so that the table starts low on page 1 and runs onto page 2
        k = next(k for k in range(len(rights), -1, -1)
                 if k == 0 or len(layout(b[:-2] + rights[:k] + b[-2:] + tail, st)) == 1)
        b[-2:-2] = rights[:k]
        rights = rights[k:]
        b += tail
        b.append(Block("pagebreak"))
        b.append(w.p(w.pick([f"Claim {claim} - lines continued", f"Claim detail, continued ({claim})"]),
                     bold=True, space_before=0))
        b.append(Block("table", rows=[head] + rest + [tot], space_before=4, size=st.size - 1.5))
    else:
        b.append(Block("table", rows=[head] + body + [tot], space_before=4, size=st.size - 1.5))
    pay = w.pick([f"Remittance/EFT trace number: {c.extra['sc_eft']}. Amount paid on this claim: $0.00.",
                  f"Payment issued on this claim: none ($0.00). Check/EFT reference {c.extra['sc_eft']}."])
    b.append(w.p(pay, size=st.size - 1, space_before=4))
    legend = dict(_SC_USED)
    if not ident:
        legend.pop("MB1")
    extra = w.rng.sample(sorted(_SC_UNUSED), w.rng.randint(2, 4))
    codes = list(legend) + extra
    if w.chance(0.5):
        codes.sort()
    b.append(w.p(w.pick(["Remark codes", "What the remark codes mean", "Remark code legend"]), bold=True,
                 space_before=8))
    for code in codes:
        b.append(w.p(f"{code}  {legend.get(code) or _SC_UNUSED[code]}", size=st.size - 1, space_before=1, indent=8))
    if variant == 2:
        b += rights
    else:
        _sc_rights(w, b, ms)
    b.append(w.p(w.pick(["Sincerely,", "Kaiser Permanente"]), space_before=10))
    b.append(w.p(c.extra["sc_unit"] + ", Southern California",
                 space_before=0))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreter services are free. Call Member Services at {ms} (TTY 711).",
                             f"Free language help: {ms} (TTY 711)."]), space_before=8))
    b += _offers(w, "CA", f"{ms} (TTY 711)", w.pick([None, "Language assistance"]), 11)
    return b, st, ["scal_letter_table", "scal_statement_box", "scal_table_continued"][variant]


BLIND31_TEMPLATES["blind31_scal_eob_anesthesia_claim"] = (t_b31_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["payment_denial"], cats=["out_of_network"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b31_sc))
MODELED_ON["blind31_scal_eob_anesthesia_claim"] = (
    "blind31: Kaiser Permanente Southern California commercial HMO payment denial of an out-of-network anesthesia "
    "claim (an anesthesia code with modifiers, sometimes a nerve block and ultrasound guidance) for a scheduled "
    "surgery at a non-Plan surgery center; an EOB-like claim lines table with billed, allowed, plan paid, member "
    "responsibility and remark codes with a legend; a letter, a statement with a summary box, or a table continued "
    "on page 2; 180-day grievance, codes on request, the DMHC statement, Health Consumer Alliance, taglines")


# === 3. Mid-Atlantic Medicare Advantage: microprocessor-controlled prosthetic knee below the functional level ======

_MA_KNEE = [
    (["Microprocessor-controlled prosthetic knee, swing and stance phase control, with electronic sensors",
      "Addition to endoskeletal knee-shin system, microprocessor control of swing and stance phase"], "L5856"),
    (["Microprocessor-controlled prosthetic knee, stance phase control only",
      "Addition to endoskeletal knee-shin system, microprocessor control of stance phase only"], "L5858"),
    (["Microprocessor-controlled prosthetic knee, swing phase control only"], "L5857"),
]
_MA_ADD = [(["Replacement lithium ion battery charger for the prosthesis", "Lithium ion battery charger"], "L7368"),
           (["Rechargeable lithium ion battery for the prosthesis", "Lithium ion battery, rechargeable"], "L7367")]
_MA_SIDE = {"right": (["Acquired absence of right leg above knee"], "Z89.611",
                      ["Neuroma of amputation stump, right lower extremity"], "T87.33"),
            "left": (["Acquired absence of left leg above knee"], "Z89.612",
                     ["Neuroma of amputation stump, left lower extremity"], "T87.34")}
_MA_CRIT = ["Local Coverage Determination (LCD) L33787, Lower Limb Prostheses", "LCD L33787: Lower Limb Prostheses"]
_MA_INTERNAL = ["Kaiser Permanente Mid-Atlantic Prosthetic Device Clinical Guideline",
                "Kaiser Permanente Regional Criteria for Microprocessor Knee Systems"]
_MA_SUPPLIERS = ["Chesapeake Orthotics & Prosthetics", "Potomac Limb and Brace", "Old Line Prosthetic Services",
                 "Blue Ridge Orthopedic Appliances"]
_MA_NP = ["Prosthetics Benefit Coordinator", "Durable Medical Equipment Review Specialist",
          "Utilization Review Nurse, Medicare"]
_K = {"K1": "can use a prosthesis to move on level surfaces at a fixed speed; limited or unlimited household walking",
      "K2": "can get over low barriers such as curbs, stairs or uneven ground; limited community walking",
      "K3": "can walk at variable speeds and get over most barriers; community walking, therapy or exercise",
      "K4": "goes beyond basic walking, with high impact, stress or energy levels (for example a child, an active "
            "adult or an athlete)"}


def _ma_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b31_ma"):
        return
    c.extra["b31_ma"] = True
    _fmt(w)
    c.region = "Mid-Atlantic States"
    c.member_addr = address(w.rng, c.state)
    c.urgency = "standard"
    c.service = None
    end = c.decision or c.letter
    _within(w, 7 if end >= dt.date(2026, 1, 1) else 14)
    c.extra["ma_variant"] = w.rng.randrange(3)
    t, code = w.pick(_MA_KNEE[:2] if w.chance(0.85) else _MA_KNEE[2:])
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    if w.chance(0.4):
        t, code = w.pick(_MA_ADD)
        c.services.append(dict(text=w.pick(t), codes=[code], decision="denied"))
    side = w.pick(["right", "left"])
    c.extra["ma_side"] = side
    t1, c1, t2, c2 = _MA_SIDE[side]
    c.diagnoses = [dict(text=w.pick(t1), codes=[c1])]
    extra = w.rng.randrange(3)
    if extra == 1:
        c.diagnoses.append(dict(text=w.pick(t2), codes=[c2]))
    elif extra == 2:
        c.diagnoses.append(dict(text="Peripheral vascular disease, unspecified", codes=["I73.9"]))
    c.extra["ma_kind"] = w.rng.randrange(3)  # 0 K2 on evaluation, 1 K1 on evaluation, 2 records disagree (K2)
    c.extra["ma_level"] = "K1" if c.extra["ma_kind"] == 1 else "K2"
    base = c.received or c.letter
    c.extra["ma_eval"] = _weekday(_before(base, 6, 30, w))
    c.extra["ma_clinic"] = _weekday(_before(base, 2, 12, w))
    c.extra["ma_amp"] = _before(base, 300, 1400, w)
    c.extra["ma_current"] = _before(c.extra["ma_amp"], -200, -90, w)
    c.extra["ma_walk"] = w.pick(["a single-point cane", "a front-wheeled walker", "a quad cane"])
    c.extra["ma_dist"] = w.pick([60, 80, 100, 150, 200])
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, DO", f"Dr. {pname}"])
    c.extra["ma_prov_last"] = plast
    c.extra["ma_supplier"] = w.pick(_MA_SUPPLIERS)
    c.extra["ma_cpo"] = person(w.rng, 0.1)[0] + w.pick([", CPO", ", CP"])
    c.extra["ma_pt"] = person(w.rng, 0.1)[0] + w.pick([", PT, DPT", ", DPT", ", PT"])
    area = {"MD": ["301", "410", "240"], "VA": ["703", "571"], "DC": ["202"]}[c.state]
    c.extra["ma_supplier_ph"] = f"({w.pick(area)}) {w.rng.randint(200, 989)}-{w.rng.randint(0, 9999):04d}"
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_MA_INTERNAL)]
    elif _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = [w.pick(_MA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _MA_NP, [None, "RN"])
    elif w.chance(0.75):
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Physical Medicine and Rehabilitation", "Orthopaedic Surgery"])
                          if w.chance(0.7) else None, phone=None)
        c.reviewer_title = w.pick(["Physician Reviewer, Medicare Utilization Management", "Medical Director",
                                   "Associate Medical Director, Senior Advantage"])
    else:
        c.reviewer = None
    c.extra["ma_phone"] = phone(w.rng, c.state)
    c.extra["ma_fax"] = phone(w.rng, c.state)
    c.extra["ma_box"] = f"P.O. Box {w.rng.randint(1000, 9999)}, Rockville, MD 208{w.rng.randint(49, 59)}"
    _flags(c)


def reason_b31_ma(w: W) -> str:
    _ma_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The prosthetic knee is not medically necessary.", "Coverage requirements are not met.",
                       "This item is not reasonable and necessary."])
    aid, dist = c.extra["ma_walk"], c.extra["ma_dist"]
    k = c.extra["ma_kind"]
    if k == 0:
        return w.pick([
            f"Your physical therapy and prosthetist evaluations rate your functional level as K2: you walk with "
            f"{aid}, at one speed, for about {dist} feet at a time. A microprocessor-controlled knee is covered only "
            "for people at functional level K3 or K4, who can walk at different speeds.",
            f"The evaluations we received place you at functional level K2 (limited community walking with {aid}, "
            f"up to about {dist} feet, without changing speed). This type of knee is covered for functional level K3 "
            "or higher, so it is not medically necessary for you.",
        ])
    if k == 1:
        return w.pick([
            f"Your records show that you walk inside your home with {aid} and use a wheelchair outside, which is "
            "functional level K1. A microprocessor-controlled knee requires functional level K3 or K4, so we cannot "
            "approve it.",
            f"The evaluations describe walking only short household distances (about {dist} feet) with {aid}, "
            "functional level K1. Microprocessor knees are covered only at functional level K3 or K4.",
        ])
    return w.pick([
        f"Your doctor's request states you can walk at varied speeds, but the physical therapy evaluation measured a "
        f"single walking speed with {aid} over about {dist} feet (functional level K2), and nothing in the records "
        "shows you can reach level K3. The knee is covered only at level K3 or K4.",
        "The physical therapist's measurements do not support the K3 level given on the order: you walked about "
        f"{dist} feet with {aid} at one speed, which is level K2. A microprocessor knee needs level K3 or K4, so it is "
        "not medically necessary.",
    ])


def _ma_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    ph, fax, box = c.extra["ma_phone"], c.extra["ma_fax"], c.extra["ma_box"]
    b.append(head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to ask us to "
                                                                                        "reconsider"])))
    if c.appeal_phrase:
        by = _fd(w, c.letter + dt.timedelta(days=c.appeal_days))
        s = w.pick([
            f"You have the right to ask us to reconsider this decision (an appeal). We must receive your request "
            f"within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice",
            f"Ask for an appeal (called a reconsideration) within {M('APPEAL_DAYS', c.appeal_phrase)} from the date "
            "of this notice",
        ])
        s += w.pick([f"; for this notice that means by {by}.", "."])
        b.append(w.p(s))
    b.append(w.p(w.pick([
        "Standard appeal: we give you our decision within 30 days after we receive your appeal.",
        "We decide a standard appeal within 30 days of getting it.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or any doctor believe waiting 30 days could seriously harm your health or your "
            "ability to function, ask for a fast appeal. We decide fast appeals within 72 hours. If a doctor asks "
            "for a fast appeal for you, we will give you one.",
            "You can ask for an expedited (fast) appeal when a standard appeal could seriously harm your health. "
            "Expedited appeals are decided within 72 hours, and a doctor's request for one is always granted.",
        ])))
    b.append(w.p(w.pick([
        f"To appeal, write to Medicare Appeals, Kaiser Permanente Mid-Atlantic States, {box}, or fax {fax}. "
        f"For a fast appeal, call {ph} (TTY 711).",
        f"Send a written appeal to Medicare Appeals, {box} (fax {fax}). To ask for a fast appeal, call {ph}, "
        "TTY 711.",
    ] if not _has(c, "notice.expedited_review") else [
        f"To appeal, write to Medicare Appeals, Kaiser Permanente Mid-Atlantic States, {box}, or fax {fax}.",
        f"Send a written appeal to Medicare Appeals, {box} (fax {fax}).",
    ])))
    b.append(w.p(w.pick([
        "Include new information that shows how you walk with your prosthesis, such as an updated physical therapy "
        "evaluation. You may ask someone, such as a relative or your doctor, to appeal for you, and you may ask for "
        "a free copy of the information we used.",
        "Send anything that supports your appeal, for example a new evaluation of your walking. A representative "
        "may appeal for you. You can get a free copy of the records used for this decision.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we still deny your request after the appeal, we will send your case automatically to an "
            "Independent Review Entity that Medicare hires and that is not part of our plan. If you disagree with "
            "that decision, you can go on to an Administrative Law Judge, then the Medicare Appeals Council, and "
            "then federal court.",
            "An appeal we do not decide fully in your favor goes on its own to the Independent Review Entity, an "
            "outside reviewer working for Medicare. Further levels are an Administrative Law Judge hearing, the "
            "Medicare Appeals Council and federal court.",
        ])))
    b.append(w.p(w.pick([
        f"Questions? Call our prosthetics review unit at {ph} (TTY 711). You can also call 1-800-MEDICARE "
        "(1-800-633-4227), TTY 1-877-486-2048, 24 hours a day.",
        f"For help, call {ph} (TTY 711), or call Medicare at 1-800-MEDICARE (1-800-633-4227); TTY users call "
        "1-877-486-2048.",
    ])))


def t_b31_ma(w: W):
    _ma_setup(w)
    c = w.c
    variant = c.extra["ma_variant"]  # 0 notice in plain sections, 1 letter with a level box, 2 large-print insert
    st = _style(w, ["helvetica", "times"], [10.0, 10.5])
    ref = c.ids["ref"]
    ph, fax = c.extra["ma_phone"], c.extra["ma_fax"]
    prov = M("PROVIDER", c.provider)
    level = c.extra["ma_level"]
    sup, cpo, pt = c.extra["ma_supplier"], c.extra["ma_cpo"], c.extra["ma_pt"]
    st.footer = [w.pick([f"Ref. {ref} - {{page}} of {{pages}}", "Senior Advantage | Mid-Atlantic States | {page}",
                         f"{ref}  p. {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    count = [0]

    def sec(text: str) -> Block:
        count[0] += 1
        return w.h(f"{count[0]}. {text}" if variant == 0 else text, space_before=10,
                   shade=variant == 0, size=st.size + 0.5)

    svcs = join_and([f"{w.svc(s)} ({w.code(s['codes'][0])})" for s in c.services])
    rec, dec = _dm(w, "DATE_RECEIVED", c.received), _dm(w, "DATE_DECISION", c.decision)
    side = c.extra["ma_side"]
    if variant == 0:
        b.append(w.p("Kaiser Permanente Senior Advantage (HMO) - Mid-Atlantic States", bold=True, space_before=0))
        b.append(w.h(w.pick(["Notice of Denial of Medical Coverage (or Payment)",
                             "NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)"]), align="center", space_before=8,
                     size=st.size + 3))
        rows = [["Date", _dm(w, "DATE_LETTER", c.letter)], ["Name", w.name()], ["Member number", w.mid()],
                ["Reference", ref]]
        b.append(Block("table", rows=rows, header_row=False, space_before=8, size=st.size - 0.5))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Senior Advantage", "Mid-Atlantic States"],
                       right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.", c.extra["ma_box"],
                              f"Prosthetics review {ph}  Fax {fax}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member number {w.mid()}  |  Reference {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(w.pick(["We denied coverage of a prosthetic knee", "Decision on your prosthetic knee request"]),
                     space_before=10, size=st.size + 1))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=8))
    b.append(sec(w.pick(["What we decided", "Our decision", "We have denied the coverage your doctor asked for"])))
    s = w.pick([
        f"Your doctor, {prov}, asked us to cover {svcs} for your {side} leg prosthesis. We have denied this request.",
        f"We denied coverage of {svcs}, which {prov} ordered for your {side} above-knee prosthesis.",
    ])
    if rec:
        s += w.pick([f" We received the request on {rec}.", f" The request arrived on {rec}."])
    if dec:
        s += w.pick([f" We decided on {dec}.", f" Date of our decision: {dec}."])
    b.append(w.p(s))
    amp = _fd(w, c.extra["ma_amp"])
    b.append(w.p(w.pick([f"The knee would be made and fitted by {sup} (prosthetist {cpo}, {c.extra['ma_supplier_ph']}). "
                         f"Your records date the amputation to {amp}.",
                         f"Supplier named on the order: {sup}, {c.extra['ma_supplier_ph']}; prosthetist {cpo}. "
                         f"Amputation date on the order: {amp}."]),
                 size=st.size - 0.5))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnoses on the order: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + ".", size=st.size - 0.5))
    b.append(sec(w.pick(["Why we denied your request", "The reason for our decision", "Why we said no"])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick([f"We used Medicare's coverage rules for this item: {w.crit(c.criteria[0])}.",
                             f"Rule applied: {w.crit(c.criteria[0])}."]
                            if not _has(c, "medicare.internal_criteria") else
                            [f"We used the {w.crit(c.criteria[0])} to make this decision.",
                             f"Guideline applied: {w.crit(c.criteria[0])}."])))
    if not _bare(c):
        if variant == 1:
            rows = [["Your functional level", ""],
                    ["Level on your evaluation", level],
                    ["Level needed for this knee", "K3 or K4"],
                    ["Evaluated by", pt],
                    ["Evaluation date", _fd(w, c.extra["ma_eval"])],
                    ["Walking aid noted", c.extra["ma_walk"]]]
            b.append(Block("table", rows=rows, space_before=8, size=st.size - 0.5))
        else:
            b.append(w.p(w.pick([
                f"The evaluation by {pt} on {_fd(w, c.extra['ma_eval'])} and the prosthetic clinic note from "
                f"{_fd(w, c.extra['ma_clinic'])} were reviewed.",
                f"We reviewed the physical therapy evaluation ({pt}, {_fd(w, c.extra['ma_eval'])}) and your "
                f"prosthetic clinic visit on {_fd(w, c.extra['ma_clinic'])}.",
            ])))
        b.append(w.p(w.pick(["Functional levels used for leg prostheses:", "What the K-levels mean:"]),
                     space_before=6, size=st.size - 0.5))
        for k in ("K1", "K2", "K3", "K4"):
            b.append(w.p(f"{k}: {_K[k]}", indent=10, size=st.size - 1, space_before=1))
    b.append(w.p(w.pick([
        f"Your current prosthesis, delivered on {_fd(w, c.extra['ma_current'])}, is not affected; repairs and "
        "adjustments to it remain covered.",
        f"This decision does not change coverage of the prosthesis you have used since {_fd(w, c.extra['ma_current'])} "
        "or of its repairs.",
    ])))
    if c.reviewer:
        line = _who(w, w.pick(["The decision was reviewed by ", "Reviewer: "])) + "."
        b.append(w.p(line, space_before=6))
    _ma_rights(w, b, sec)
    if variant != 0:
        _closing(w, b, "Medicare Utilization Management", "Kaiser Permanente Mid-Atlantic States",
                 w.pick(["Sincerely,", "Respectfully,"]))
    b.append(w.p(f"cc: {prov}; {sup}", size=8.0, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters, large print and braille are free of charge: {ph} (TTY 711).",
                             f"You can get free interpreter help or this notice in another format: {ph} (TTY 711)."]),
                     space_before=8))
    b += _offers(w, "MAS", f"{ph} (TTY 711)", w.pick([None, "Free language help"]), 7)
    if variant == 2:
        big = 16.0
        b.append(Block("pagebreak"))
        b.append(w.h("LARGE PRINT", size=20.0, align="center", space_before=0))
        b.append(w.p(w.pick(["This page repeats the most important parts of your notice in large print.",
                             "A large-print summary of your notice."]), size=big, space_before=10))
        b.append(w.p(w.pick([f"We denied coverage of the prosthetic knee your doctor ordered ({c.services[0]['codes'][0]}).",
                             f"Your request for a microprocessor knee ({c.services[0]['codes'][0]}) is denied."]),
                     size=big, space_before=10))
        b.append(w.p(w.pick(["Your evaluations show functional level " + level + ". This knee is covered at level "
                             "K3 or K4.", f"Functional level on your evaluation: {level}. Level needed: K3 or K4."])
                     if not _bare(c) else "The knee was found not medically necessary.", size=big, space_before=8))
        if c.appeal_phrase:
            b.append(w.p(f"To appeal, ask us within {c.appeal_phrase} from the date of this notice.", size=big,
                         space_before=8))
        b.append(w.p(f"Call {ph} (TTY 711).", size=big, space_before=8))
    return b, st, ["ma_ndmc_plain", "ma_k_level_box", "ma_large_print_insert"][variant]


BLIND31_TEMPLATES["blind31_ma_microprocessor_knee"] = (t_b31_ma, dict(
    plans=["medicare_advantage"], states=["MD", "VA"], kinds=["initial_denial"], cats=["medical_necessity"],
    reason=reason_b31_ma))
MODELED_ON["blind31_ma_microprocessor_knee"] = (
    "blind31: Kaiser Permanente Mid-Atlantic States Senior Advantage (Medicare Advantage) denial of a "
    "microprocessor-controlled prosthetic knee (L5856, L5858 or L5857, sometimes a charger or battery) for an "
    "above-knee amputee whose evaluations show functional level K1 or K2, citing LCD L33787; a notice of denial of "
    "medical coverage in numbered sections, a letter with a functional-level box, or a letter with a large-print "
    "insert; 60-day reconsideration, 30-day and 72-hour appeals, the Independent Review Entity, 1-800-MEDICARE, "
    "taglines")
