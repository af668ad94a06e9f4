"""Thirty-seventh blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND37_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind37_va_ma_blepharoplasty")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md).

1. ``blind37_scal_commercial_spinal_fusion_p2p``: a Kaiser Permanente Southern California letter to a member of a
   commercial HMO (plan_type ``commercial_hmo``, a Knox-Keene plan regulated by the DMHC, state CA) denying a
   one-level lumbar spinal fusion (CPT 22612, posterolateral, or 22630, interbody) with its pedicle-screw
   instrumentation (CPT 22840; some letters deny the fusion alone) as not medically necessary (``medical_necessity``,
   ``initial_denial``): too little nonoperative care, no instability on bending X-rays, active nicotine use, or
   stenosis without instability (decompression alone is enough). Diagnoses M43.16 / M51.36 / M48.062. Standard or
   expedited, as the letter says (an expedited letter says the surgeon asked for a fast review). Layouts:
   ``scal_p2p_offer_box`` (a member letter with a shaded "peer-to-peer" heading and a box addressed to the
   surgeon: the reviewer's direct line, a scheduling coordinator and her line, a call window in Pacific time and a
   last day to ask), ``scal_criteria_checklist`` (the review is a table of criteria with "Met" / "Not met" columns,
   an "X" in one and a dash in the other; the explanation of the one not met follows the table) and
   ``scal_secure_email_print`` (a secure message printed from a browser: a print stamp atop every page with the
   day it was printed, a From / To / Sent / Subject header, a "reply above this line" marker, the letter as the
   message body, a confidentiality disclaimer and a short footer). Rights printed from the catalogue: a grievance
   within 180 days of the notice (the plan's 1-800-464-4000, TTY 711, kp.org), decided in 30 days or within 72 hours
   (3 days) when urgent, with the right to call the DMHC at once in an urgent case; Independent Medical Review within
   6 months of the plan's written decision, free; free copies of records and criteria; the DMHC's Consumer
   Assistance Program (Health Consumer Alliance, 1-888-804-3536); the DMHC statement in 12-point bold
   (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's number); an interpreter line and language-help
   lines in English and 15 other languages on a page of their own. Distractors: the primary care doctor who referred, the physical
   therapist, the radiologist who read the MRI, the surgery date the surgeon had booked, the MRI / X-ray / last
   therapy dates, the p2p coordinator, her line and the call window, the case and authorization numbers, the
   surgeon's NPI, the unit's phone and fax, a code named as the alternative (decompression alone, CPT 63047, or an
   epidural injection, CPT 62323) and, in e-mails, the browser's print date and the member's e-mail address.

   Which date is which: the letter date is the date line under the letterhead (the "Sent:" date of the e-mail,
   whose time is not part of it); the received date is stated as when the request came in and the decision date
   as when the decision was made. The booked surgery date, the MRI, X-ray and therapy dates, the p2p last day and
   the browser's print stamp are never truth; no service date is truth. Which name is the member: the addressee
   ("To:" of the e-mail). Which reason is the reason: the paragraph under "Why we made this decision" (the
   explanation under the checklist); the records list and the alternative that follow are support. The truth
   counts the denied lines only (the fusion and, when asked for, the instrumentation).

2. ``blind37_va_ma_blepharoplasty``: a Kaiser Permanente Mid-Atlantic States letter to a Virginia Medicare
   Advantage member (plan_type ``medicare_advantage``, state VA) denying upper-eyelid blepharoplasty (CPT 15823)
   and/or ptosis repair by levator advancement (CPT 67904), either as cosmetic (``not_covered``: the photographs
   and field test show no vision loss from the lids) or as not medically necessary (``medical_necessity``: taping
   the lids up gains too little upper field; or, for ptosis, the lid margin sits too high to block vision).
   Diagnoses H02.831 / H02.834 (dermatochalasis of the right / left upper lid) and H53.483 (generalized
   contraction of visual field, bilateral). Standard requests only (an expedited letter would blur the planted
   omission of fast appeals). Layouts: ``va_ma_numbered_notice`` (a notice laid out like CMS's integrated denial
   notice, "Notice of Denial of Medical Coverage", with numbered sections 1 to 7), ``va_ma_large_print`` (14-point
   type, "What we decided / Why we decided this / What you can do" headings) and ``va_ma_field_test_table`` (a
   letter that prints the visual field test as a table: test date, eye, degrees with the lids natural and taped,
   the change in degrees and in per cent). Rights from the catalogue: a reconsideration (appeal) within 60 days
   of the date of the notice (65 in some letters), decided within 30 days, or 72 hours when fast (the doctor may
   ask); a plan decision that still says no goes on its own to the Independent Review Entity, with later levels
   beyond it; free copies of the case file; Mid-Atlantic Member Services 1-800-777-7902 / (301) 468-6000, TTY
   (301) 879-6380; 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048; taglines. Criteria: Medicare's local
   coverage determination for eyelid surgery (by name, no number), or (when ``medicare.internal_criteria`` is
   planted) only an internal Kaiser Permanente guideline. Distractors: the optometrist who ran the field test, the
   eye doctor's technician who took the photographs, the photograph, field-test and office-visit dates, degrees
   and per cents, a covered code (the field test itself, CPT 92083), the fax for appeals,
   the reference number.

   Which date is which: the letter date is the date at the head of the notice ("Date of this notice" in the
   numbered notice); received and decision dates are stated as such ("We got the request on", "Date of
   decision"). The test, photograph and visit dates (table cells or prose) are earlier events and never truth;
   no service date is truth. Which name is the member: the addressee. Which reason is the reason: the
   paragraph under "Why did we deny" / "Why we decided this" / "Why"; the test table and the records list are
   support. The truth counts the denied procedures only.

3. ``blind37_or_medicaid_no_prior_auth_imaging_claim``: a Kaiser Permanente Northwest notice to an Oregon Health
   Plan member (plan_type ``medicaid``, state OR) denying payment (``payment_denial``) of an outside imaging
   center's claim for an outpatient MRI or CT (CPT 72148 lumbar MRI, 70553 brain MRI with and without contrast, or
   74177 CT of abdomen and pelvis with contrast; the contrast agent, HCPCS A9579 or Q9967, is a second denied line
   in some claims). Category ``no_prior_authorization`` (no authorization on file) or ``out_of_network`` (the
   center is outside the network and no referral exists). Diagnoses with their ICD-10-CM codes: M54.16, R51.9,
   G43.909, R10.31, R10.9. The requesting provider is the imaging center that billed; the date of service is
   truth. Layouts: ``or_claim_lines_table`` (a claim-lines table: line, date of service, code, billed, allowed,
   denied, remark code; a remark-code legend under it), ``or_member_with_copy`` (a letter to the member with a
   "Copy to" block for the imaging center's billing office) and ``or_sidebar_help`` (the first part of the notice
   beside a shaded "Need help?" box). Oregon Medicaid rights from the catalogue: appeal to the plan within 60 days
   of the date on the notice, decided in 30 days; a hearing with the Oregon Health Authority after the plan's
   appeal decision (that letter gives the deadline, which federal rules let the State set between 90 and 120
   days), or at once when the plan does not decide in 30 days; continued services when an appeal of a stopped or
   reduced service is filed within 10 days of the notice (the notice says there is nothing to continue for a past
   scan); free copies of records; taglines. No Member Services number is printed (the catalogue does not verify
   Kaiser Northwest's): the member calls the number on the ID card. Distractors: the clinician who ordered the
   scan and the earlier office visit with that clinician (CPT 99213, paid, not part of the notice), the center's
   NPI, address, phone and fax (in the copy block), the claim number, billed and allowed amounts, remark codes and
   their legend, the claims unit's phone and fax, the member's OHP (Medicaid) number.

   Which date is which: the letter date heads the notice; the received date is when the claim came in; the
   decision date is "Processed on"; the service date is the scan's date (in the table cells, prose or the
   sidebar, every time marked). Which name is the member: the addressee. Which reason is the reason: the
   paragraph under "Why we did not pay" / "Reason"; the remark legend is support. The truth counts the denied
   claim lines only.

Dates use this set's own styles (``b37date``); ``parse_blind37_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import ordinal as _ordinal
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND37_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _mon3dot(m: int) -> str:
    name = MONTHS[m - 1]
    return name if name == "May" else f"{name[:3]}."


def b37date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "dmonyyap":  # 14 Mar '26
        return f"{d.day} {mon[:3]} '{d.year % 100:02d}"
    if style == "capsmdnc":  # MARCH 14 2026
        return f"{mon.upper()} {d.day} {d.year}"
    if style == "mdyydash":  # 3-14-26
        return f"{d.month}-{d.day}-{d.year % 100:02d}"
    if style == "yrmonday":  # 2026 Mar 14
        return f"{d.year} {mon[:3]} {d.day}"
    if style == "ordmondot":  # 14th Mar. 2026 (May has no dot)
        return f"{_ordinal(d.day)} {_mon3dot(d.month)} {d.year}"
    if style == "wknocomma":  # Saturday March 14 2026
        return f"{_DOW[d.weekday()]} {mon} {d.day} {d.year}"
    if style == "netstamp":  # 3/14/2026 12:00:00 AM (a claims system's date-time cell)
        return f"{d.month}/{d.day}/{d.year} 12:00:00 AM"
    raise ValueError(style)


STYLES = ("dmonyyap", "capsmdnc", "mdyydash", "yrmonday", "ordmondot", "wknocomma", "netstamp")


def parse_blind37_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b37date`` (None for anything else)."""
    t = " ".join(text.split())
    mon3 = [m[:3] for m in MONTHS]
    try:
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) '(\d{2})", t)
        if m and m[2] in mon3:
            return dt.date(2000 + int(m[3]), mon3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z]+) (\d{1,2}) (\d{4})", t)
        if m and m[1] in [x.upper() for x in MONTHS]:
            return dt.date(int(m[3]), [x.upper() for x in MONTHS].index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4}) ([A-Z][a-z]{2}) (\d{1,2})", t)
        if m and m[2] in mon3:
            return dt.date(int(m[1]), mon3.index(m[2]) + 1, int(m[3]))
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th) ([A-Z][a-z]{2}\.|May) (\d{4})", t)
        if m:
            mo = [_mon3dot(k) for k in range(1, 13)].index(m[3]) + 1 if m[3] in [_mon3dot(k) for k in range(1, 13)] \
                else 0
            if mo and _ordinal(int(m[1])) == m[1] + m[2]:
                return dt.date(int(m[4]), mo, int(m[1]))
            return None
        m = re.fullmatch(r"([A-Z][a-z]+day) ([A-Z][a-z]+) (\d{1,2}) (\d{4})", t)
        if m and m[1] in _DOW and m[2] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _DOW[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}) 12:00:00 AM", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b37_fmt"] = w.pick(list(body))
    w.c.extra["b37_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b37_fmt") -> str:
    return b37date(day, w.c.extra.get(key, key) if key.startswith("b37_") else key) if day else ""


def _dm(w: W, label: str, day: dt.date | None, key: str = "b37_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str]) -> str:
    a, n, m = w.pick(areas), w.rng.randint(201, 988), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}"])


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([48.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _sign(w: W, b: list[Block], close: str, fallback: str, org: str, size: float | None = None) -> None:
    c = w.c
    kw = {"size": size} if size else {}
    b.append(w.p(close, space_before=10, **kw))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=14, **kw))
        b.append(w.p(c.reviewer_title, space_before=0, **kw))
    else:
        b.append(w.p(fallback, space_before=14, **kw))
    b.append(w.p(org, space_before=0, **kw))


# language-help lines written for this set; {ph} is the number (or the words) the letter prints
_LANG = {
    "en": "ENGLISH: Free help in your language is available to you. Call {ph}.",
    "es": "ESPAÑOL: Tiene a su disposición ayuda gratuita en su idioma. Llame al {ph}.",
    "zh": "中文：我們可以免費以您的語言為您提供協助。請致電 {ph}。",
    "vi": "TIẾNG VIỆT: Quý vị được hỗ trợ miễn phí bằng ngôn ngữ của mình. Xin gọi {ph}.",
    "tl": "TAGALOG: May libreng tulong para sa inyo sa sarili ninyong wika. Tumawag sa {ph}.",
    "ko": "한국어: 귀하의 언어로 된 무료 도움을 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "hy": "ՀԱՅԵՐԵՆ. Ձեր լեզվով անվճար օգնություն է տրամադրվում։ Զանգահարեք {ph}։",
    "ru": "РУССКИЙ: Вы можете бесплатно получить помощь на своём языке. Звоните по номеру {ph}.",
    "fa": "فارسی: کمک رایگان به زبان خودتان در اختیار شماست. با {ph} تماس بگیرید.",
    "ja": "日本語：ご自身の言語による無料サポートをご利用いただけます。{ph} にお電話ください。",
    "pa": "ਪੰਜਾਬੀ: ਤੁਹਾਡੀ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਸਹਾਇਤਾ ਮਿਲ ਸਕਦੀ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ខ្មែរ៖ អ្នកអាចទទួលបានជំនួយឥតគិតថ្លៃជាភាសារបស់អ្នក។ សូមហៅទូរស័ព្ទ {ph}។",
    "hmn": "HMOOB: Muaj kev pab dawb ua koj hom lus rau koj. Hu rau {ph}.",
    "ar": "العربية: تتوفر لك مساعدة مجانية بلغتك. اتصل بالرقم {ph}.",
    "hi": "हिंदी: आपकी अपनी भाषा में मुफ़्त सहायता उपलब्ध है। {ph} पर फ़ोन करें।",
    "th": "ภาษาไทย: คุณรับความช่วยเหลือในภาษาของคุณได้ฟรี โทร {ph}",
    "am": "አማርኛ፦ በራስዎ ቋንቋ ነጻ እርዳታ ማግኘት ይችላሉ። ወደ {ph} ይደውሉ።",
    "fr": "FRANÇAIS : Une aide gratuite dans votre langue est à votre disposition. Appelez le {ph}.",
    "de": "DEUTSCH: Sie erhalten kostenlose Hilfe in Ihrer Sprache. Rufen Sie {ph} an.",
    "uk": "УКРАЇНСЬКА: Ви можете безкоштовно отримати допомогу своєю мовою. Телефонуйте {ph}.",
    "ro": "ROMÂNĂ: Puteți primi ajutor gratuit în limba dumneavoastră. Sunați la {ph}.",
    "so": "SOOMAALI: Waxaad heli kartaa caawimaad bilaash ah oo luqaddaada ah. Wac {ph}.",
}
_LANG_SETS = {
    "SCAL": ["en", "es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "km", "hmn", "ar", "hi", "th"],
    "VA": ["es", "ko", "vi", "zh", "am", "ar", "fr", "fa", "de", "ru", "tl", "hi"],
    "OR": ["es", "vi", "zh", "ru", "ko", "uk", "so", "ar", "ro", "ja", "fa"],
}


def _lang_lines(w: W, key: str, ph: str, heading: str | None, keep_all: bool, size: float = 7.4) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_LANG_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    out: list[Block] = [w.h(heading, space_before=10, size=size + 1.5) if heading else Block("rule", space_before=8)]
    for code in first + rest:
        t = _LANG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Southern California commercial HMO: lumbar spinal fusion, peer-to-peer ====================================

_SC_MS = "1-800-464-4000"
_SC_AREAS = ["626", "714", "909", "951", "619", "818", "562", "323", "661", "760"]
_SC_LEVELS = ["L4-L5", "L5-S1", "L3-L4"]
_SC_FUSION = {
    "22612": ["posterolateral lumbar spinal fusion, one level ({lvl})",
              "lumbar arthrodesis, posterior/posterolateral technique, single level ({lvl})"],
    "22630": ["posterior lumbar interbody fusion (PLIF), one interspace ({lvl})",
              "lumbar interbody arthrodesis through a posterior approach, single interspace ({lvl})"],
}
_SC_INSTR = (["pedicle screw and rod instrumentation across one interspace",
              "posterior non-segmental spinal instrumentation (pedicle screws and rods)"], "22840")
_SC_DX = {
    "M43.16": ["Spondylolisthesis, lumbar region", "Degenerative spondylolisthesis of the lumbar spine"],
    "M51.36": ["Other intervertebral disc degeneration, lumbar region", "Lumbar degenerative disc disease"],
    "M48.062": ["Spinal stenosis, lumbar region with neurogenic claudication",
                "Lumbar spinal stenosis with neurogenic claudication"],
}
_SC_CRIT = ["Kaiser Permanente Southern California Spine Surgery Criteria: Lumbar Fusion",
            "InterQual Procedures Criteria: Fusion, Lumbar Spine",
            "MCG Care Guidelines: Lumbar Fusion"]
_SC_SPEC = ["Orthopaedic Spine Surgery", "Neurological Surgery", "Physical Medicine and Rehabilitation"]
_SC_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b37_sc"):
        return
    c.extra["b37_sc"] = True
    _fmt(w, ("mdyydash", "dmonyyap", "yrmonday"), ("capsmdnc", "wknocomma", "ordmondot"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    lvl = c.extra["sc_lvl"] = w.pick(_SC_LEVELS)
    why = c.extra["sc_why"] = w.pick(["conservative", "instability", "nicotine", "decompress"])
    code = w.pick(["22612", "22630"])
    c.services = [dict(text=w.pick(_SC_FUSION[code]).format(lvl=lvl), codes=[code], decision="denied")]
    if w.chance(0.75):
        c.services.append(dict(text=w.pick(_SC_INSTR[0]), codes=[_SC_INSTR[1]], decision="denied"))
    if why == "decompress":
        dxs = ["M48.062"] + (["M51.36"] if w.chance(0.4) else [])
    elif why == "instability":
        dxs = ["M51.36"] + (["M48.062"] if w.chance(0.3) else [])
    else:
        dxs = w.rng.sample(["M43.16", "M51.36", "M48.062"], w.pick([1, 2]))
    c.diagnoses = [dict(text=w.pick(_SC_DX[x]), codes=[x]) for x in dxs]
    c.extra["sc_slip"] = "M43.16" in dxs
    c.service = None
    base = c.received or c.decision or c.letter
    c.extra["sc_mri"] = base - dt.timedelta(days=w.rng.randint(30, 120))
    c.extra["sc_xray"] = c.extra["sc_mri"] + dt.timedelta(days=w.rng.randint(3, 20))
    c.extra["sc_pt_last"] = base - dt.timedelta(days=w.rng.randint(5, 25))
    c.extra["sc_booked"] = (c.letter + dt.timedelta(days=w.rng.randint(12, 45)))
    c.extra["sc_p2p_by"] = D.add_business(c.letter, w.pick([5, 7, 10]))
    c.extra["sc_pt_visits"] = w.rng.randint(3, 7)
    c.extra["sc_pt_weeks"] = w.rng.randint(3, 7)
    c.extra["sc_mm"] = w.pick([1, 2, 2, 3])
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["sc_pcp"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["sc_pt"] = person(w.rng, 0.1)[0] + w.pick([", PT, DPT", ", DPT", ", PT"])
    c.extra["sc_rad"] = person(w.rng, 0.1)[0] + ", MD"
    c.extra["sc_coord"] = person(w.rng, 0.0)[0]
    c.extra["sc_fac"] = w.pick(facilities("CA", "Southern California"))
    c.extra["sc_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.criteria = [w.pick(_SC_CRIT)] if not _bare(c) and not _has(c, "notice.criteria_cited") else []
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse Coordinator", "Authorization Specialist, Spine Services",
                         "Utilization Management Case Reviewer"], ["RN", None, "LVN"])
    elif w.chance(0.12):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(_SC_SPEC) if w.chance(0.7) else None,
                          phone=_phone(w, _SC_AREAS) if w.chance(0.75) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Physician Advisor, Spine Review",
                                   "Associate Medical Director, Utilization Management"])
    c.extra["sc_coord_ph"] = _phone(w, _SC_AREAS)
    c.extra["sc_phone"] = _phone(w, _SC_AREAS)
    c.extra["sc_fax"] = _phone(w, _SC_AREAS)
    c.extra["sc_case"] = f"SPN-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["sc_auth"] = f"{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["sc_window"] = w.pick(["7:30 to 9:00 a.m. or 12:00 to 1:30 p.m. Pacific time, Monday through Friday",
                                   "weekdays between 8:00 a.m. and 4:30 p.m. PT",
                                   "Monday-Friday, 11:00 a.m.-2:00 p.m. (Pacific)"])
    first = re.sub(r"[^a-z]", "", c.member_name.split()[0].lower())
    last = re.sub(r"[^a-z]", "", c.member_name.split()[-1].lower())
    c.extra["sc_email"] = f"{first}.{last}{w.rng.randint(1, 99)}@{w.pick(_SC_MAIL)}"
    c.extra["sc_time"] = f"{w.rng.randint(1, 12)}:{w.rng.randint(0, 59):02d} {w.pick(['AM', 'PM'])}"
    c.extra["sc_print"] = c.letter + dt.timedelta(days=w.rng.randint(1, 9))
    _flags(c)


def reason_b37_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The requested surgery is not medically necessary.",
                       "Medical necessity criteria are not met.",
                       "Not medically necessary."])
    why, lvl = c.extra["sc_why"], c.extra["sc_lvl"]
    n, wk, mm = c.extra["sc_pt_visits"], c.extra["sc_pt_weeks"], c.extra["sc_mm"]
    if why == "conservative":
        return w.pick([
            f"A lumbar fusion is approved after at least 3 months of structured nonsurgical care that did not help. "
            f"Your records show {n} physical therapy visits over {wk} weeks and no other treatment, such as a trial "
            "of an epidural steroid injection, so the surgery is not medically necessary at this time.",
            f"Our criteria ask for 3 months or more of nonsurgical treatment before a fusion. The notes we received "
            f"list only {wk} weeks of physical therapy ({n} visits) for your back and leg pain, so fusion at {lvl} "
            "is not medically necessary yet.",
        ])
    if why == "instability":
        return w.pick([
            f"For back pain from a worn disc, a fusion is approved when X-rays taken while bending forward and "
            f"backward show abnormal movement at the level to be fused. Your bending X-rays show {mm} mm of movement "
            f"at {lvl}, less than the 4 mm our criteria require, so the fusion is not medically necessary.",
            f"Your flexion-extension X-rays show {mm} mm of motion at {lvl}. Without instability (4 mm or more), "
            "fusing the disc space is not shown to help back pain from disc degeneration, so the surgery is not "
            "medically necessary for you.",
        ])
    if why == "nicotine":
        return w.pick([
            "Before a planned spinal fusion, our criteria require 6 weeks without any nicotine, because nicotine "
            "stops the bones from healing together. Your cotinine test was positive and your surgeon's note says "
            "you vape daily, so the fusion is not medically necessary until a repeat test is negative.",
            "Your urine cotinine test shows current nicotine use. Planned fusion surgery needs at least 6 weeks "
            "nicotine-free, since the fusion often fails otherwise; the surgery is not medically necessary now.",
        ])
    return w.pick([
        f"Your MRI shows narrowing of the spinal canal at {lvl}, but no slipped vertebra, and your X-rays show no "
        "abnormal movement. For stenosis without instability, removing the bone and tissue pressing on the nerves "
        "(decompression) treats the leg pain; adding a fusion with screws is not medically necessary for you.",
        f"The imaging shows stenosis at {lvl} with a stable spine. Our criteria approve fusion with stenosis only "
        "when there is a slip or instability, or when the decompression itself would make the spine unstable; "
        "neither applies, so the fusion is not medically necessary.",
    ])


def _sc_dmhc(w: W, size: float = 12.0) -> Block:
    return w.p(
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {_SC_MS} "
        "(TTY 711) and use your health plan's grievance process before contacting the Department. Using this "
        "grievance procedure does not take away any legal rights or remedies that may be available to you. If you "
        "need help with a grievance about an emergency, a grievance your plan has not resolved to your "
        "satisfaction, or a grievance that has stayed unresolved for more than 30 days, you may call the Department "
        "for help. You may also be eligible for an Independent Medical Review (IMR). If you are, the IMR process "
        "will give an impartial review of medical decisions made by a health plan about the medical necessity of a "
        "proposed service or treatment, coverage decisions for treatments that are experimental or "
        "investigational, and payment disputes for emergency or urgent medical services. The Department also has a "
        "toll-free number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. "
        "The Department's internet website, www.dmhc.ca.gov, has complaint forms, IMR application forms and "
        "instructions online.",
        bold=True, size=size, space_before=8)


def _sc_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    c = w.c
    kw = {"size": size} if size else {}
    head(w.pick(["If you disagree with our decision", "Your grievance and appeal rights",
                 "How to ask us to look at this again"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
            f"letter. Call Member Services at {_SC_MS} (TTY 711), file online at kp.org, write to us, or visit the "
            "Member Services office at any Kaiser Permanente medical center. Your surgeon or anyone you name in "
            "writing may file for you.",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice: by phone "
            f"({_SC_MS}, TTY 711), on kp.org, by mail or in person at a Member Services office. You can send records "
            "or a letter from your doctor with your appeal.",
        ]), **kw))
    b.append(w.p(w.pick([
        "We will send our written decision within 30 days. If your health is in serious and immediate danger (for "
        "example severe pain, or a risk to life, limb or a major bodily function), ask for an expedited review: we "
        "decide those within 72 hours (3 days), and you do not have to wait to contact the Department of Managed "
        "Health Care.",
        "Standard grievances are decided within 30 days. Urgent ones, where waiting could seriously harm your "
        "health, are expedited and decided within 72 hours; in an urgent case you may also call the Department of "
        "Managed Health Care right away.",
    ]), **kw))
    head(w.pick(["Independent Medical Review", "Review outside Kaiser Permanente"]))
    b.append(w.p(w.pick([
        "Because this is a decision about medical necessity, you may ask the Department of Managed Health Care "
        "for an Independent Medical Review (IMR) at no cost. Usually you must first go through our grievance "
        "process for 30 days; you then have 6 months from our written decision to apply.",
        "Medical necessity decisions can be reviewed by doctors who do not work for Kaiser Permanente through the "
        "DMHC's Independent Medical Review (IMR). It is free. Apply within 6 months after our written response to "
        "your grievance, or sooner if your case is urgent.",
    ]), **kw))
    head(w.pick(["Copies and free help", "Other rights"]))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, the criteria and any other documents we used to make this "
        "decision.",
        "At no cost to you, we will send copies of the documents and the clinical criteria behind this decision.",
    ]), **kw))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "The Health Consumer Alliance, the DMHC's Consumer Assistance Program, can help you file a grievance "
            "or an IMR for free: 1-888-804-3536.",
            "Free help with your appeal is available from the Health Consumer Alliance (the DMHC's Consumer "
            "Assistance Program) at 1-888-804-3536.",
        ]), **kw))


def _sc_svcs(w: W) -> str:
    return join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in w.c.services])


def _sc_checklist(w: W) -> list[list[str]]:
    c = w.c
    why = c.extra["sc_why"]
    rows = [["#", "Criterion", "Met", "Not met"]]
    items = [("img", "Diagnosis shown on MRI or CT of the lumbar spine"),
             ("conservative", "3 months or more of nonsurgical care that did not help"),
             ("instability", "Slip or abnormal motion on flexion-extension X-rays"),
             ("nicotine", "Nicotine-free for 6 weeks before surgery (negative test)"),
             ("level", "Symptoms and exam match the level to be fused")]
    if why == "decompress":
        items[2] = ("decompress", "Instability or slip present with the stenosis")
    for k, (key, label) in enumerate(items, 1):
        miss = key == why
        rows.append([str(k), label, "–" if miss else "X", "X" if miss else "–"])
    return rows


def _sc_body(w: W, b: list[Block], variant: int, head, size: float) -> None:
    c = w.c
    prov = M("PROVIDER", c.provider)
    svcs = _sc_svcs(w)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    intro = w.pick([f"Your surgeon, {prov}, asked us to approve {svcs}.",
                    f"We reviewed a request from {prov} for {svcs}."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request came in on {rec}."])
    if urgent:
        intro += w.pick([" Your surgeon asked for a fast review, so we handled it as an expedited (urgent) request.",
                         " This was reviewed as an expedited request because your surgeon said waiting could harm "
                         "your health."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" Decision date: {dec}."])
    intro += w.pick([" We are not approving this surgery.", " Kaiser Permanente has denied the request."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis on the request: ", "Diagnosis: "]) + dxs + "."))
    if variant == 1 and not _bare(c):
        head(w.pick(["How your request compared with our criteria", "Criteria checklist"]))
        b.append(Block("table", rows=_sc_checklist(w), space_before=4, size=size - 0.8,
                       col_align=["left", "left", "left", "left"]))
        head(w.pick(["Why we made this decision (criterion not met)", "Explanation of the criterion not met"]))
    else:
        head(w.pick(["Why we made this decision", "The reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        mri, xr, pt = (_fd(w, c.extra[k]) for k in ("sc_mri", "sc_xray", "sc_pt_last"))
        b.append(w.p(w.pick([
            f"Records we reviewed: lumbar MRI of {mri} read by {c.extra['sc_rad']}; flexion-extension X-rays of {xr}; "
            f"physical therapy notes from {c.extra['sc_pt']} (last visit {pt}); the referral from "
            f"{c.extra['sc_pcp']}; and your surgeon's consultation note.",
            f"We looked at your MRI ({mri}, reported by {c.extra['sc_rad']}), X-rays taken {xr}, therapy notes by "
            f"{c.extra['sc_pt']} through {pt}, and the notes of {c.extra['sc_pcp']} and your surgeon.",
        ])))
        if c.extra["sc_why"] == "decompress":
            b.append(w.p(w.pick([
                "Your surgeon may send a new request for decompression alone (laminectomy, CPT 63047).",
                "A request for decompression without fusion (CPT 63047) would be reviewed on its own.",
            ])))
        else:
            b.append(w.p(w.pick([
                "Your doctors may also consider an epidural steroid injection (CPT 62323) or more therapy, and may "
                "send a new request with more information.",
                "Other options your care team can discuss include a lumbar epidural injection (CPT 62323). A new "
                "request with more records can be sent at any time.",
            ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + w.pick([". You may ask for a free copy.", "."])))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "This decision was made by "]), ".")
        if c.reviewer["phone"] and variant != 0:
            line += f" Your surgeon may call the reviewer directly at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    booked = _fd(w, c.extra["sc_booked"])
    b.append(w.p(w.pick([f"Your surgeon's office told us a surgery date of {booked} at {c.extra['sc_fac']} was "
                         "being held; please talk with them before that date.",
                         f"Your surgeon's office had your surgery on the calendar for {booked}; it is not "
                         "authorized unless this decision changes."])))


def _sc_p2p_box(w: W, b: list[Block], size: float) -> None:
    c = w.c
    prov = M("PROVIDER", c.provider)
    by = _fd(w, c.extra["sc_p2p_by"])
    b.append(w.h(w.pick(["PEER-TO-PEER DISCUSSION AVAILABLE", "Peer-to-peer review offered to your surgeon"]),
                 space_before=10, shade=True, size=size + 0.5))
    txt = w.pick([f"For {prov} (NPI {c.extra['sc_npi']}): you may discuss this decision with the reviewing "
                  "physician before filing an appeal.",
                  f"To the treating surgeon, {prov} (NPI {c.extra['sc_npi']}): a peer-to-peer call with our reviewer "
                  "is available."])
    if c.reviewer and c.reviewer["phone"]:
        txt += f" Reviewer's direct line: {M('REVIEWER_PHONE', c.reviewer['phone'])}."
    txt += w.pick([f" To schedule, call {c.extra['sc_coord']}, Peer-to-Peer Coordinator, at "
                   f"{c.extra['sc_coord_ph']}. Calls are held {c.extra['sc_window']}. Please ask by {by}.",
                   f" Scheduling line: {c.extra['sc_coord_ph']} ({c.extra['sc_coord']}). Available times: "
                   f"{c.extra['sc_window']}. Requests are taken until {by}."])
    txt += " A peer-to-peer discussion is not an appeal and does not change the member's appeal deadline."
    b.append(w.p(txt, boxed=True, space_before=2, size=size - 0.5))


def t_b37_sc(w: W):
    _sc_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 peer-to-peer box, 1 criteria checklist, 2 printed secure e-mail
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    case = c.extra["sc_case"]
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        stamp = b37date(c.extra["sc_print"], "mdyydash")
        st.header = [f"{stamp}, {w.rng.randint(7, 11)}:{w.rng.randint(10, 59)} AM    kp.org - Secure Message Center"]
        st.header_all_pages = True
        st.footer = ["Confidential - for the named recipient only.   Page {page} of {pages}"]
        st.footer_align = "left"
        rows = [["From:", w.pick(["Kaiser Permanente Utilization Management (Secure Message)",
                                  "KP Southern California - Authorizations <securemessage@kp.org>"])],
                ["To:", f"{w.name()} <{c.extra['sc_email']}>"],
                ["Sent:", f"{_dm(w, 'DATE_LETTER', c.letter, 'b37_head')} {c.extra['sc_time']}"],
                ["Subject:", w.pick([f"Decision on your spine surgery request - Case {case}",
                                     f"Important: authorization decision, case {case}"])]]
        b.append(Block("fields", rows=rows, space_before=0, size=st.size - 0.3, bold=True))
        b.append(w.p("##- Please type your reply above this line -##", space_before=10, align="center",
                     size=st.size - 1))
        b.append(Block("rule", space_before=4))
        b.append(w.p(f"Member ID: {w.mid()}   Case: {case}   Authorization #: {c.extra['sc_auth']}",
                     size=st.size - 0.8, space_before=8))
        b.append(w.p(w.pick([f"Dear {c.member_salute},", f"Hello {c.member_salute},"]), space_before=8))
        b.append(w.p(w.pick(["This secure message is your written notice of a decision about a surgery request. "
                             "A paper copy is also being mailed to you.",
                             "We are sending this decision to your kp.org inbox because you chose to get notices "
                             "online. You can print it or ask us to mail a copy."])))
        _sc_body(w, b, variant, head, st.size)
    else:
        st.footer = [w.pick([f"Case {case} | Page {{page}} of {{pages}}", "Kaiser Permanente | {page}",
                             f"{case} - {{page}}/{{pages}}"])]
        st.footer_align = w.pick(["center", "right"])
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Southern California Region",
                             w.pick(["Utilization Management - Spine", "Regional Referral & Authorization Unit"])],
                       right=["Kaiser Foundation Health Plan, Inc.", c.extra["sc_fac"],
                              f"Phone {c.extra['sc_phone']}  Fax {c.extra['sc_fax']}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b37_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member ID: {w.mid()}    Case: {case}    Authorization #: {c.extra['sc_auth']}",
                     size=st.size - 0.8, space_before=8))
        title = w.pick(["Notice of Denial: Lumbar Spine Surgery", "Your request for spine surgery was not approved",
                        "DENIAL OF SERVICE REQUEST"])
        if c.urgency == "expedited":
            title = "EXPEDITED DECISION - " + title
        b.append(w.h(title, space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
        _sc_body(w, b, variant, head, st.size)
        if variant == 0:
            _sc_p2p_box(w, b, st.size)
    _sc_rights(w, b, head)
    if not _has(c, "notice.dmhc_statement"):
        b.append(_sc_dmhc(w))
    if variant == 2:
        _sign(w, b, w.pick(["Thank you,", "Sincerely,"]), "Utilization Management",
              "Kaiser Permanente Southern California")
        b.append(w.p(w.pick([
            "CONFIDENTIALITY NOTICE: This message and any attachment may contain protected health information. It "
            "is meant only for the person named above. If you received it by mistake, do not read, copy or share "
            "it; delete it and let us know through kp.org.",
            "This e-mail was sent through a secure system. It may include private health information intended only "
            "for the addressee. If it reached you in error, please delete it and tell the sender.",
        ]), size=st.size - 1.5, space_before=8, italic=True))
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)} (by fax)", size=st.size - 1, space_before=4))
    else:
        _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
              "Kaiser Permanente Southern California")
        b.append(w.p(w.pick([f"cc: {M('PROVIDER', c.provider)}; {c.extra['sc_pcp']}, primary care",
                             f"Copy to: {M('PROVIDER', c.provider)}, treating surgeon"]),
                     size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters are free. Call {_SC_MS} (TTY 711).",
                             f"Need this in another language or format? Free help: {_SC_MS} (TTY 711)."]),
                     space_before=6))
        b.append(Block("pagebreak"))
    b += _lang_lines(w, "SCAL", f"{_SC_MS} (TTY 711)", w.pick(["Language help", None, "Help in your language"]),
                     True, 7.2)
    return b, st, ["scal_p2p_offer_box", "scal_criteria_checklist", "scal_secure_email_print"][variant]


BLIND37_TEMPLATES["blind37_scal_commercial_spinal_fusion_p2p"] = (t_b37_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["medical_necessity"],
    refuse_defects=("mh_parity.non_association_criteria",), reason=reason_b37_sc))
MODELED_ON["blind37_scal_commercial_spinal_fusion_p2p"] = (
    "blind37: Kaiser Permanente Southern California commercial HMO letter denying a one-level lumbar fusion (22612 "
    "or 22630, often with 22840 instrumentation) as not medically necessary (too little nonsurgical care, no "
    "instability, nicotine use, or stenosis without instability); a peer-to-peer box for the surgeon, a criteria "
    "checklist with Met / Not met columns, or a printed secure e-mail; 180-day grievance, 30 days / 72 hours, IMR "
    "within 6 months, free copies, Health Consumer Alliance, the DMHC statement, language-help lines")


# === 2. Mid-Atlantic States, Virginia Medicare Advantage: upper-eyelid surgery =====================================

_VA_MS = "1-800-777-7902"
_VA_MS_LOCAL = "(301) 468-6000"
_VA_TTY = "(301) 879-6380"
_VA_AREAS = ["703", "571", "540"]
_VA_BLEPH = (["upper eyelid blepharoplasty, both eyes (removal of excess skin weighing down the lid)",
              "removal of excess upper-lid skin (blepharoplasty), right and left"], "15823")
_VA_PTOSIS = (["repair of drooping upper eyelids by tightening the levator muscle, both eyes",
               "ptosis repair, levator advancement (external approach), both upper lids"], "67904")
_VA_DX = {"H02.831": "Dermatochalasis of right upper eyelid", "H02.834": "Dermatochalasis of left upper eyelid",
          "H53.483": "Generalized contraction of visual field, bilateral"}
_VA_LCD = "Medicare Local Coverage Determination (LCD): Blepharoplasty, Eyelid Surgery, and Brow Lift"
_VA_INTERNAL = ["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Blepharoplasty and Ptosis Repair",
                "Kaiser Permanente Regional Oculoplastic Surgery Guideline"]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b37_va"):
        return
    c.extra["b37_va"] = True
    _fmt(w, ("ordmondot", "dmonyyap", "mdyydash"), ("wknocomma", "capsmdnc", "yrmonday"))
    c.region = "Mid-Atlantic States"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    pick = w.pick(["bleph", "bleph", "both", "ptosis"])
    c.extra["va_kind"] = pick
    c.services = []
    if pick in ("bleph", "both"):
        c.services.append(dict(text=w.pick(_VA_BLEPH[0]), codes=[_VA_BLEPH[1]], decision="denied"))
    if pick in ("ptosis", "both"):
        c.services.append(dict(text=w.pick(_VA_PTOSIS[0]), codes=[_VA_PTOSIS[1]], decision="denied"))
    dx = ["H02.831", "H02.834"] if pick != "ptosis" else []
    if pick != "bleph" or w.chance(0.6):
        dx.append("H53.483")
    c.diagnoses = [dict(text=_VA_DX[x], codes=[x]) for x in dx]
    mn = c.category == "medical_necessity"
    if not mn:
        c.extra["va_why"] = "cosmetic"
    elif pick == "ptosis":
        c.extra["va_why"] = "mrd"
    else:
        c.extra["va_why"] = w.pick(["gain", "untaped"])
    # MA standard organization determination: 14 days (7 from 2026); kept within 6, or late past 16
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(17, 30))
    elif c.received and (end - c.received).days > 6:
        c.received = end - dt.timedelta(days=w.rng.randint(1, 6))
    c.service = None
    base = c.received or end
    c.extra["va_vf"] = base - dt.timedelta(days=w.rng.randint(8, 60))
    c.extra["va_photo"] = c.extra["va_vf"] - dt.timedelta(days=w.rng.randint(0, 14))
    c.extra["va_visit"] = c.extra["va_vf"] + dt.timedelta(days=w.rng.randint(1, 6))
    why = c.extra["va_why"]
    if why == "cosmetic":
        nat = {"R": w.rng.randint(40, 48), "L": w.rng.randint(40, 48)}
        tap = {k: v + w.rng.randint(0, 3) for k, v in nat.items()}
    elif why == "gain":
        nat = {"R": w.rng.randint(24, 34), "L": w.rng.randint(24, 34)}
        tap = {k: v + w.rng.randint(2, 6) for k, v in nat.items()}
    else:
        nat = {"R": w.rng.randint(26, 36), "L": w.rng.randint(26, 36)}
        tap = dict(nat)
    c.extra["va_nat"], c.extra["va_tap"] = nat, tap
    c.extra["va_mrd"] = w.pick(["3.0", "3.5", "3.5", "4.0"])
    name, _, _ = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    c.extra["va_od"] = person(w.rng, 0.1)[0] + ", OD"
    c.extra["va_tech"] = person(w.rng, 0.0)[0] + w.pick([", COA", ", COT"])
    c.extra["va_fac"] = w.pick(facilities("VA"))
    if _has(c, "medicare.internal_criteria"):  # the planted misuse: an internal guideline, even beside a bare reason
        c.criteria = [w.pick(_VA_INTERNAL)]
    elif not mn or _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [_VA_LCD]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Review Nurse", "Medicare Authorization Specialist",
                         "Clinical Review Coordinator"], ["RN", None, "LPN"])
    elif not mn and w.chance(0.5) or w.chance(0.12):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Ophthalmology", "Oculoplastic Surgery", "Oculofacial Plastic Surgery"])
                          if w.chance(0.7) else None,
                          phone=_phone(w, _VA_AREAS) if w.chance(0.35) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Medicare Utilization Management",
                                   "Reviewing Physician"])
    c.extra["va_fax"] = _phone(w, _VA_AREAS)
    c.extra["va_ref"] = f"OD-{c.letter.year}-{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["va_mbi"] = "".join(w.pick(list("123456789")) if k in (0, 3, 6, 9, 10) else
                                w.pick(list("ACDEFGHJKMNPQRTUVWXY")) if k in (1, 4, 7, 8) else
                                w.pick(list("0123456789ACDEFGHJKMNPQRTUVWXY")) for k in range(11))
    _flags(c)


def reason_b37_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    why = c.extra["va_why"]
    if _bare(c):
        if why == "cosmetic":
            return w.pick(["This service is cosmetic and not covered.", "Cosmetic surgery is not covered."])
        return w.pick(["The surgery is not medically necessary.", "Medical necessity criteria are not met."])
    nat, tap = c.extra["va_nat"], c.extra["va_tap"]
    gain = max(tap["R"] - nat["R"], tap["L"] - nat["L"])
    if why == "cosmetic":
        return w.pick([
            "Your photographs show that the skin of your upper lids does not hang over your lashes, and your "
            f"visual field test found your upper vision reaches about {min(nat.values())} degrees or more with the "
            "lids relaxed. The lids are not blocking your sight, so the surgery would change how the eyelids look; "
            "Medicare and your plan do not cover cosmetic surgery.",
            "The eyelid surgery requested would improve appearance only. Your test results do not show the upper "
            "lids blocking your vision (your upper field is close to normal and barely changes when the lids are "
            "taped up), and cosmetic surgery is not covered by Medicare or by your plan.",
        ])
    if why == "gain":
        return w.pick([
            f"Taping your upper lids up improved the top of your field of vision by only {gain} degrees on your "
            "visual field test. Medicare covers this surgery when drooping lids block the upper vision and lifting "
            "them gives a large part of it back; a change this small does not show that, so the surgery is not "
            "medically necessary.",
            f"Your visual field test shows the upper edge of your vision moved by no more than {gain} degrees when "
            "the lids were taped. That is not enough to show the lids are causing the vision loss, so the "
            "blepharoplasty is not medically necessary under Medicare's rules.",
        ])
    if why == "untaped":
        return w.pick([
            "Your visual field test was done only with the lids in their natural position. Medicare's rules need a "
            "second test with the lids taped up to show how much vision the surgery would restore; without it the "
            "surgery is not shown to be medically necessary.",
            "The request included a visual field test without taping the eyelids. We cannot tell from it whether "
            "lifting your lids would improve your sight, so the surgery is not medically necessary based on the "
            "records sent.",
        ])
    mrd = c.extra["va_mrd"]
    return w.pick([
        f"Your eye exam measured {mrd} mm from the center of the pupil to the edge of the upper lid. Ptosis "
        "repair is covered when the lid edge sits low enough to block the pupil area or the upper field of vision; "
        "at this height it does not, so the repair is not medically necessary.",
        f"The distance from your pupil's center to the upper lid margin is {mrd} mm in the exam notes, and your "
        "field test does not show loss from the lids. Drooping at this level does not interfere with sight, so "
        "ptosis repair is not medically necessary.",
    ])


def _va_vf_rows(w: W) -> list[list[str]]:
    c = w.c
    nat, tap = c.extra["va_nat"], c.extra["va_tap"]
    day = _fd(w, c.extra["va_vf"], "mdyydash")
    rows = [["Test date", "Eye", "Lids natural", "Lids taped", "Change", "Change (%)"]]
    for k, eye in (("R", "Right"), ("L", "Left")):
        if c.extra["va_why"] == "untaped":
            rows.append([day, eye, f"{nat[k]}°", "not done", "–", "–"])
        else:
            ch = tap[k] - nat[k]
            rows.append([day, eye, f"{nat[k]}°", f"{tap[k]}°", f"+{ch}°", f"{round(100 * ch / nat[k])}%"])
    return rows


def _va_rights(w: W, b: list[Block], head, numbered: bool, size: float | None = None) -> None:
    c = w.c
    kw = {"size": size} if size else {}
    n = [3]

    def h(t: str) -> None:
        head(f"{n[0]}. {t}" if numbered else t)
        n[0] += 1

    h(w.pick(["You have the right to appeal", "Your right to an appeal"]))
    txt = w.pick(["If you disagree, you can ask us for a new decision. This is called an appeal (reconsideration). ",
                  "You, your doctor or someone you name can ask us to reconsider. "])
    if c.appeal_phrase:
        txt += (f"Your request must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
                "notice. ")
    txt += (f"Call Member Services at {_VA_MS} or {_VA_MS_LOCAL} (TTY {_VA_TTY}), or send your request in "
            f"writing by fax to {c.extra['va_fax']}. We can give you more time if you have a good reason.")
    b.append(w.p(txt, **kw))
    h(w.pick(["Standard appeal", "How a standard appeal works"]))
    b.append(w.p("We will give you our answer within 30 days after we get your appeal. You may send us more "
                 "information, such as a letter from your eye doctor, with it.", **kw))
    if not _has(c, "notice.expedited_review"):
        h(w.pick(["Fast appeal", "Asking for a fast appeal"]))
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously harm your health or your ability to function, ask for a fast "
            "(expedited) appeal. We decide fast appeals within 72 hours. If your doctor asks for one and says "
            "you need it, we will give it to you.",
            "You or any doctor can ask for an expedited appeal when your health could be seriously hurt by waiting; "
            "we answer within 72 hours. A request from a doctor is handled as a fast appeal.",
        ]), **kw))
    if not _has(c, "notice.external_review"):
        h(w.pick(["What happens next", "After our appeal decision"]))
        b.append(w.p(w.pick([
            "If we still say no to all or part of your appeal, we will send your case to the Independent Review "
            "Entity (IRE), an organization hired by Medicare that is not part of Kaiser Permanente. You do not have "
            "to ask. If you disagree with the IRE, there are further levels of appeal, which its decision letter "
            "explains.",
            "When our appeal decision is not fully in your favor, your file goes automatically to Medicare's "
            "Independent Review Entity for a new look. Its letter will explain the later levels of appeal if you "
            "still disagree.",
        ]), **kw))
    h(w.pick(["Get help and more information", "Help and copies"]))
    b.append(w.p(w.pick([
        "You can ask for a free copy of your case file, including the rules and records we used. For help, call "
        f"Member Services at {_VA_MS} (TTY {_VA_TTY}), or call 1-800-MEDICARE (1-800-633-4227), 24 hours a day; "
        "TTY users call 1-877-486-2048.",
        f"Copies of the records and guidelines used are free on request. Questions: {_VA_MS} or {_VA_MS_LOCAL} "
        "(TTY " + _VA_TTY + "). Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
    ]), **kw))


def _va_body(w: W, b: list[Block], variant: int, head, size: float) -> None:
    c = w.c
    prov = M("PROVIDER", c.provider)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    vf, ph, vis = (_fd(w, c.extra[k]) for k in ("va_vf", "va_photo", "va_visit"))
    what = "we denied" if variant != 1 else "we said no to"
    intro = w.pick([f"{prov} asked us to cover {svcs}.", f"We got a request from {prov} for {svcs}."])
    if rec:
        intro += w.pick([f" We got the request on {rec}.", f" Your doctor's request reached us on {rec}."])
    if dec:
        intro += w.pick([f" Date of decision: {dec}.", f" We decided on {dec}."])
    intro += f" After review, {what} this request."
    b.append(w.p(intro, size=size))
    b.append(w.p(w.pick(["Diagnosis: ", "Reason for the request (diagnosis): "]) + dxs + ".", size=size))
    head({0: "2. Why did we deny your request?", 1: "Why we decided this"}.get(variant, "Why we denied your request"))
    b.append(w.p(M("REASON", w.reason), size=size))
    if variant == 2 and not _bare(c):
        b.append(w.p(w.pick(["Your visual field test (superior field, in degrees from center):",
                             "Results of your visual field test:"]), size=size))
        b.append(Block("table", rows=_va_vf_rows(w), space_before=3, size=size - 1))
        b.append(w.p(f"Test performed by {c.extra['va_od']}. External photographs taken {ph} by "
                     f"{c.extra['va_tech']}.", size=size - 0.5))
    elif not _bare(c):
        nat = c.extra["va_nat"]
        b.append(w.p(w.pick([
            f"We reviewed the visual field test of {vf} done by {c.extra['va_od']} (right eye {nat['R']}°, left "
            f"eye {nat['L']}° with the lids natural), photographs taken {ph} and your visit note of {vis}.",
            f"Records reviewed: photographs ({ph}, {c.extra['va_tech']}); visual field test ({vf}, "
            f"{c.extra['va_od']}); office visit at {c.extra['va_fac']} on {vis}.",
        ]), size=size))
    if c.extra["va_kind"] != "ptosis" and not _bare(c):
        b.append(w.p(w.pick(["The visual field test itself (CPT 92083) is covered and is not part of this decision.",
                             "Your visual field exam (92083) was covered and was paid."]), size=size))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "Rules applied: "]) + join_and([M("CRITERIA", x) for x in c.criteria])
                     + ".", size=size))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewed by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may reach the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line, size=size))


def t_b37_va(w: W):
    _va_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 numbered notice, 1 large print, 2 field-test table
    if variant == 1:
        st = Style(family=w.pick(["helvetica", "times"]), size=14.0, margin_l=60.0, margin_r=60.0, margin_t=54.0,
                   leading=1.3)
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0], [56.0, 62.0, 70.0])
    st.footer = [w.pick([f"Ref. {c.extra['va_ref']} - page {{page}} of {{pages}}", "Kaiser Permanente Medicare "
                                                                                     "Plus | {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=10 if variant == 1 else 8, size=st.size + (1.5 if variant == 1 else 0.5)))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9 if variant != 1 else 11,
                   left=["KAISER PERMANENTE", "Medicare Advantage - Virginia",
                         w.pick(["Medicare Utilization Management", "Organization Determinations"])],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          w.pick(["Kaiser Permanente Medicare Plus", "Medicare Advantage plan"]),
                          f"Fax {c.extra['va_fax']}"]))
    if variant == 0:
        b.append(w.h("NOTICE OF DENIAL OF MEDICAL COVERAGE", space_before=8, size=st.size + 2, align="center"))
        rows = [["Date of this notice:", _dm(w, "DATE_LETTER", c.letter, "b37_head")],
                ["Name:", w.name()], ["Member number:", w.mid()], ["Medicare number:", c.extra["va_mbi"]],
                ["Reference:", c.extra["va_ref"]]]
        b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.3, bold=True))
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        head("1. What we denied")
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b37_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member number: {w.mid()}    Reference: {c.extra['va_ref']}", space_before=8,
                     size=st.size - (2 if variant == 1 else 0.8)))
        if variant == 1:
            b.append(w.p("This letter is printed in large type. Call us if you need it in another format.",
                         italic=True, size=st.size - 2, space_before=4))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
        if variant == 1:
            head("What we decided")
        else:
            b.append(w.h(w.pick(["Decision on your request for eyelid surgery", "Your eyelid surgery request"]),
                         space_before=8, size=st.size + 1))
    _va_body(w, b, variant, head, st.size)
    if variant == 1:
        head("What you can do")
    _va_rights(w, b, head, variant == 0, st.size if variant == 1 else None)
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Medicare Utilization Management",
          "Kaiser Permanente Mid-Atlantic States", st.size if variant == 1 else None)
    b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", size=st.size - 1, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services are available. Call {_VA_MS} (TTY {_VA_TTY}).",
                             f"We offer free interpreters and this notice in other formats: {_VA_MS}."]),
                     space_before=6, size=st.size - (2 if variant == 1 else 0)))
    b += _lang_lines(w, "VA", _VA_MS, w.pick([None, "Language assistance"]), False, 9.0 if variant == 1 else 7.4)
    return b, st, ["va_ma_numbered_notice", "va_ma_large_print", "va_ma_field_test_table"][variant]


BLIND37_TEMPLATES["blind37_va_ma_blepharoplasty"] = (t_b37_va, dict(
    plans=["medicare_advantage"], states=["VA"], kinds=["initial_denial"], cats=["medical_necessity", "not_covered"],
    reason=reason_b37_va))
MODELED_ON["blind37_va_ma_blepharoplasty"] = (
    "blind37: Kaiser Permanente Mid-Atlantic States Virginia Medicare Advantage notice denying upper-eyelid "
    "blepharoplasty (15823) and/or ptosis repair (67904) as cosmetic or not medically necessary (small gain with "
    "taped lids, no taped test, lid margin too high); a numbered notice like CMS's denial notice, a large-print "
    "letter, or a letter with a visual field table; 60-day appeal, 30 days / 72 hours, the IRE, free case file, "
    "Member Services, 1-800-MEDICARE, taglines")


# === 3. Northwest, Oregon Health Plan: an outside imaging center's claim without prior authorization =============

_OR_AREAS = ["503", "971"]
_OR_SCANS = {
    "72148": (["MRI of the lumbar spine without contrast", "magnetic resonance imaging, lumbar spine, no contrast"],
              None, [("M54.16", "Radiculopathy, lumbar region")], "lower back"),
    "70553": (["MRI of the brain without and then with contrast",
               "magnetic resonance imaging of the brain, before and after contrast"],
              (["gadolinium contrast agent for MRI, per mL", "MRI contrast (gadolinium), per milliliter"], "A9579"),
              [("R51.9", "Headache, unspecified"),
               ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus")], "head"),
    "74177": (["CT scan of the abdomen and pelvis with contrast",
               "computed tomography, abdomen and pelvis, with contrast material"],
              (["low osmolar contrast material, per mL", "CT contrast (low osmolar), per milliliter"], "Q9967"),
              [("R10.31", "Right lower quadrant pain"), ("R10.9", "Unspecified abdominal pain")], "abdomen"),
}
_OR_CENTERS = ["Willamette Open MRI & Imaging", "Cascade Diagnostic Imaging Center", "Rose City Outpatient Imaging",
               "Columbia Gorge Advanced Imaging", "Tualatin Valley Imaging Associates"]
_OR_REMARK = {"no_prior_authorization": ("P41", "No prior authorization on file for this service."),
              "out_of_network": ("N17", "Provider is not in the Kaiser Permanente network and no referral is on "
                                        "file.")}
_OR_OTHER_REMARK = [("M02", "Claim line reviewed; see the notice for appeal rights."),
                    ("Z90", "Member is not responsible for this amount while an appeal is pending.")]


def _or_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b37_or"):
        return
    c.extra["b37_or"] = True
    _fmt(w, ("dmonyyap", "mdyydash", "ordmondot"), ("yrmonday", "ordmondot", "capsmdnc"))
    c.extra["b37_tbl"] = w.pick(["netstamp", "mdyydash"])
    c.region = "Northwest"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "OR", "Northwest")
    code = w.pick(list(_OR_SCANS))
    texts, contrast, dxs, part = _OR_SCANS[code]
    c.extra["or_code"], c.extra["or_part"] = code, part
    c.services = [dict(text=w.pick(texts), codes=[code], decision="denied")]
    if contrast and w.chance(0.55):
        c.services.append(dict(text=w.pick(contrast[0]), codes=[contrast[1]], decision="denied"))
        c.services[-1]["units"] = w.pick([10, 15, 20]) if contrast[1] == "A9579" else w.pick([80, 100, 125])
    dx = w.pick(dxs)
    c.diagnoses = [dict(text=dx[1], codes=[dx[0]])]
    for s in c.services:
        s["billed"] = round(w.rng.uniform(1150, 3400), 2) if s["codes"][0] == code else round(
            w.rng.uniform(45, 260), 2)
    c.money["total"] = round(sum(s["billed"] for s in c.services), 2)
    c.provider = w.pick(_OR_CENTERS)
    c.extra["or_center_addr"] = address(w.rng, "OR", "Northwest")
    c.extra["or_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["or_c_phone"] = _phone(w, _OR_AREAS)
    c.extra["or_c_fax"] = _phone(w, _OR_AREAS)
    c.extra["or_orderer"] = w.pick(["Dr. ", ""]) + person(w.rng, 0.1)[0] + w.pick([", MD", ", DO", ", FNP", ", PA-C"])
    c.extra["or_orderer"] = c.extra["or_orderer"].replace("Dr. ", "") if "Dr. " in c.extra["or_orderer"] and \
        not c.extra["or_orderer"].endswith(("MD", "DO")) else c.extra["or_orderer"]
    c.extra["or_claim"] = f"{w.rng.randint(2025, 2026)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["or_visit"] = c.service - dt.timedelta(days=w.rng.randint(3, 25))
    c.extra["or_phone"] = _phone(w, _OR_AREAS)
    c.extra["or_fax"] = _phone(w, _OR_AREAS)
    c.extra["or_ohp"] = f"{w.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{w.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}" \
                        f"{w.rng.randint(10**5, 10**6 - 1)}"
    c.criteria = []
    if w.chance(0.4):
        name, _, _ = person(w.rng, 0.1)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Claims Review Specialist", "Senior Claims Examiner"])
    else:
        c.reviewer = None
    _flags(c)


def reason_b37_or(w: W) -> str:
    _or_setup(w)
    c = w.c
    part = c.extra["or_part"]
    kind = "CT scan" if c.extra["or_code"] == "74177" else "MRI"
    if c.category == "out_of_network":
        return w.pick([
            f"{c.provider} is not part of the Kaiser Permanente network for Oregon Health Plan members, and we have "
            f"no referral from your Kaiser Permanente doctor sending you there. Kaiser Permanente imaging "
            f"departments do this kind of {kind}, so we cannot pay the center for your {part} scan.",
            f"The {kind} of your {part} was done at {c.provider}, which is outside our network. Care outside the "
            "network is paid only with a referral from your Kaiser Permanente clinician (or in an emergency), and "
            "there is no referral on file for this scan.",
        ])
    many = "CT scans" if kind == "CT scan" else "MRI scans"
    return w.pick([
        f"An outpatient {kind} needs approval from Kaiser Permanente before it is done (prior authorization). We "
        f"have no authorization on file for the {kind} of your {part} billed by {c.provider}, so the claim was "
        "denied.",
        f"Outpatient {many} must be authorized ahead of time. Neither the center nor the doctor who ordered "
        f"the scan asked us for approval before the {kind} of your {part} was done, so we did not pay it.",
    ])


def _or_lines(w: W, key: str = "b37_tbl") -> list[list[str]]:
    c = w.c
    code = _OR_REMARK[c.category][0]
    rows = [["Line", "Date of service", "Code", "Billed", "Allowed", "Denied", "Remark"]]
    for k, s in enumerate(c.services, 1):
        rows.append([str(k), _dm(w, "DATE_SERVICE", c.service, key), w.code(s["codes"][0]), _money(s["billed"]),
                     "$0.00", _money(s["billed"]), f"{code}, M02"])
    tot = c.money["total"]
    rows.append(["", "", "Total", _money(tot), "$0.00", _money(tot), ""])
    return rows


def _or_rights(w: W, b: list[Block], head, size: float | None = None) -> None:
    c = w.c
    kw = {"size": size} if size else {}
    head(w.pick(["Your right to appeal", "If you think we made a mistake"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You can ask us to look at this decision again. This is an appeal. Ask within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. Call Member Services at the number "
            "on the back of your member ID card (TTY 711), or write to us. Someone you choose, such as the doctor "
            "who ordered the scan, can appeal for you with your written OK.",
            f"Appeal deadline: {M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice. To appeal, call "
            "Member Services (the number is on your ID card; TTY 711) or send us a letter. You may send records or "
            "a note from your doctor.",
        ]), **kw))
    b.append(w.p(w.pick(["We will decide your appeal within 30 days.",
                         "You will get our written answer within 30 days of your appeal."]), **kw))
    head(w.pick(["Hearing with the Oregon Health Authority", "Asking for a state hearing"]))
    b.append(w.p(w.pick([
        "If we do not change our decision on appeal, you can ask the Oregon Health Authority for a contested case "
        "(fair) hearing. Our appeal decision letter will tell you how and by when; federal rules let the State set "
        "that deadline between 90 and 120 days from that letter. If we take longer than 30 days to decide your "
        "appeal, you can ask for the hearing without waiting for us.",
        "After our appeal decision you may ask for a state fair hearing with the Oregon Health Authority. The "
        "deadline is in the appeal decision letter (the State sets it between 90 and 120 days). If we do not decide "
        "your appeal within 30 days, you may go to a hearing right away.",
    ]), **kw))
    head(w.pick(["Keeping services during an appeal", "Continuing benefits"]))
    b.append(w.p(w.pick([
        "When a notice stops or reduces a service you are getting, you can keep the service during an appeal if "
        "you ask within 10 days of the date on the notice. This notice is about a scan that was already done, so "
        "there is no ongoing service to continue.",
        "Benefits can continue during an appeal of a service that is being stopped or cut back when you appeal "
        "within 10 days of the notice. This claim is for a past scan, so nothing needs to continue.",
    ]), **kw))
    head(w.pick(["Other rights", "Records"]))
    b.append(w.p(w.pick([
        "You can get free copies of the claim, the records and the rules we used for this decision.",
        "Ask us for copies of all documents about this claim; they are free.",
    ]), **kw))


def _or_intro(w: W) -> list[str]:
    c = w.c
    prov = M("PROVIDER", c.provider)
    dos = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    out = [w.pick([f"{prov} sent us a claim for {svcs} done on {dos}.",
                   f"We got a bill from {prov} for {svcs} on {dos}."])]
    s2 = w.pick([f"The scan was ordered by {c.extra['or_orderer']}.",
                 f"Ordering clinician: {c.extra['or_orderer']}."])
    if rec:
        s2 += w.pick([f" We received the claim on {rec}.", f" Claim received: {rec}."])
    if c.decision:
        s2 += w.pick([f" Processed on {dec}.", f" We processed it on {dec}."])
    out.append(s2)
    out.append(w.pick(["We are not paying this claim. This notice is not a bill.",
                       "This claim is denied. This is not a bill."]))
    return out


def t_b37_or(w: W):
    _or_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 claim-lines table, 1 copy to the imaging center, 2 sidebar "Need help?"
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [52.0, 58.0, 64.0])
    claim = c.extra["or_claim"]
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Kaiser Permanente Northwest | {page}"])]
    st.footer_align = w.pick(["center", "left"])
    b: list[Block] = []
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest - Oregon Health Plan",
                         w.pick(["Claims Administration", "Medicaid Claims Review"])],
                   right=["Kaiser Foundation Health Plan of the Northwest",
                          f"Claims phone {c.extra['or_phone']}", f"Fax {c.extra['or_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b37_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    OHP ID: {c.extra['or_ohp']}    Claim number: {claim}",
                 size=st.size - 0.8, space_before=8))
    title = w.pick(["NOTICE OF ADVERSE BENEFIT DETERMINATION - CLAIM DENIED",
                    "Notice of Denial of Payment", "We did not pay a claim for your care"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = _or_intro(w)
    if variant == 2:
        prov = M("PROVIDER", c.provider)
        main = ["**About this notice", w.pick([f"This notice is about a claim from {prov}.",
                                               f"Billed by: {prov}."]), *intro[1:]]
        help_lines = ["**Need help?", "Member Services: the number on the back of your ID card (TTY 711).",
                      "", f"Claims unit: {c.extra['or_phone']}", f"Fax: {c.extra['or_fax']}", "",
                      f"Claim {claim}", f"Date of service: {_dm(w, 'DATE_SERVICE', c.service)}", "",
                      "Interpreters and large print are free." if not _has(c, "notice.language_assistance")
                      else "Ask us for this notice in large print."]
        b.append(Block("sidebar", left=main, right=help_lines, shade=True, space_before=6, side_w=0.33))
        svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
        b.append(w.p(f"Services billed: {svcs}. Diagnosis on the claim: {dxs}."))
    else:
        b.append(w.p(" ".join(intro)))
        b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnosis: "]) + dxs + "."))
    if variant == 0:
        head(w.pick(["Claim lines", "Claim detail"]))
        b.append(Block("table", rows=_or_lines(w), space_before=4, size=st.size - 1.2,
                       col_align=["left", "left", "left", "right", "right", "right", "left"]))
        rc, rtxt = _OR_REMARK[c.category]
        b.append(w.p("Remark codes:", bold=True, size=st.size - 1, space_before=4))
        b.append(w.p(f"{rc} - {rtxt}", size=st.size - 1, indent=10, space_before=1))
        b.append(w.p(f"M02 - {_OR_OTHER_REMARK[0][1]}", size=st.size - 1, indent=10, space_before=1))
    else:
        b.append(w.p(w.pick([f"Amount billed: {_money(c.money['total'])}. Amount we paid: $0.00.",
                             f"Billed {_money(c.money['total'])}; paid $0.00."])))
    head(w.pick(["Why we did not pay", "Reason"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"{c.provider} (NPI {c.extra['or_npi']}) may call us at {c.extra['or_phone']} about this claim.",
        f"The imaging center can reach Claims Administration at {c.extra['or_phone']} (fax {c.extra['or_fax']}).",
    ])))
    if c.category == "no_prior_authorization":
        b.append(w.p(w.pick([
            "If you still need a scan, your doctor can ask us for approval first; most requests are answered "
            "within a few days.",
            "For future scans, ask your doctor to get our approval before the appointment.",
        ])))
    else:
        b.append(w.p(w.pick([
            "Kaiser Permanente imaging departments can do this scan. Ask your primary care clinician for an order "
            "if you still need one.",
            "If you need more imaging, your Kaiser Permanente clinician can order it at one of our medical offices.",
        ])))
    b.append(w.p(w.pick([
        f"Your office visit with {c.extra['or_orderer']} on {_fd(w, c.extra['or_visit'])} (CPT 99213) was paid and "
        "is not part of this notice.",
        f"The visit of {_fd(w, c.extra['or_visit'])} when the scan was ordered (99213) was covered; this notice is "
        "only about the imaging claim.",
    ])))
    if c.reviewer:
        b.append(w.p(_who(w, "Reviewed by ", f", {c.reviewer_title}.")))
    _or_rights(w, b, head)
    _sign(w, b, w.pick(["Sincerely,", "Thank you,"]), "Claims Administration", "Kaiser Permanente Northwest")
    if variant == 1:
        b.append(w.p("Copy to:", space_before=8, size=st.size - 0.5, bold=True))
        ca = c.extra["or_center_addr"]
        for x in (f"{M('PROVIDER', c.provider)}, Attn: Billing Office", *ca,
                  f"Phone {c.extra['or_c_phone']}  Fax {c.extra['or_c_fax']}  NPI {c.extra['or_npi']}"):
            b.append(w.p(x, indent=18, size=st.size - 0.5, space_before=0))
        b.append(w.p(w.pick([
            "To the provider: this member has the appeal rights described above. Please do not bill the member "
            "while an appeal may be filed.",
            "Provider copy: the member has been told of the appeal and hearing rights in this notice.",
        ]), size=st.size - 1, space_before=4))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Free language help and interpreters: call the number on your ID card (TTY 711).",
                             "We provide interpreters at no cost. Call Member Services (TTY 711)."]),
                     space_before=6))
    b += _lang_lines(w, "OR", "the number on your ID card (TTY 711)", w.pick([None, "Language help"]), False)
    return b, st, ["or_claim_lines_table", "or_member_with_copy", "or_sidebar_help"][variant]


BLIND37_TEMPLATES["blind37_or_medicaid_no_prior_auth_imaging_claim"] = (t_b37_or, dict(
    plans=["medicaid"], states=["OR"], kinds=["payment_denial"], cats=["no_prior_authorization", "out_of_network"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b37_or))
MODELED_ON["blind37_or_medicaid_no_prior_auth_imaging_claim"] = (
    "blind37: Kaiser Permanente Northwest Oregon Health Plan notice denying payment of an outside imaging center's "
    "claim for an outpatient MRI or CT (72148, 70553, 74177; contrast A9579 or Q9967) done without prior "
    "authorization or outside the network without a referral; a claim-lines table with a remark legend, a letter "
    "with a copy to the imaging center, or a page with a 'Need help?' sidebar; 60-day appeal, 30 days, a hearing "
    "with the Oregon Health Authority, continued benefits within 10 days, free copies, taglines")
