"""Sixty-sixth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND66_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind66_md_erisa_pediatric_occupational_therapy_claim")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts (deadlines, citations, phone numbers, which
rights a plan type's letter carries) come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind66_nca_commercial_second_opinion_outside_neurosurgeon``: a Kaiser Permanente Northern California
   commercial HMO (plan_type ``commercial_hmo``, state CA) letter that turns down a member's request for a second
   opinion from a neurosurgeon at an outside academic spine center (``second_opinion_denial``, category
   ``second_opinion``) about the cervical spine surgery a Kaiser neurosurgeon recommended. The service is the outside
   consultation (CPT 99245, one line). Diagnosis M47.12, M50.122 or M48.02. On most letters the plan offers a second
   opinion from another plan neurosurgeon instead (the valid ground); when ``second_opinion.eligible_denied`` is
   planted the letter says the first opinion is enough and offers no one. The request came from the member's
   primary care physician on some letters and from the member on others (then ``requesting_provider`` is null);
   some are urgent (a 72-hour decision). Layouts: ``nca_letterhead_letter`` (a letterhead letter with a RE block),
   ``nca_request_summary_box`` (a letter opening with a ruled "Your request" box) and ``nca_secure_message_printout``
   (a kp.org secure message as printed: From/To/Sent/Subject header, the body, the rights as an attachment). Rights
   from the catalogue: a grievance within 180 days (30 or 60 when ``notice.appeal_deadline`` is planted) by phone
   1-800-464-4000 (TTY 711), kp.org, mail to the Northern California grievance address or in person; an expedited
   grievance decided within 72 hours (and calling the DMHC right away); the DMHC statement in 12-point bold
   (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, IMR); the Health Consumer Alliance (1-888-804-3536);
   taglines in fifteen languages. Distractors: the Kaiser neurosurgeon who gave the first opinion and its date, the
   outside center with its street address and ZIP, the outside surgeon named on the request, the surgery he
   recommended (with its CPT code 22551, 22600 or 22856 on the summary box), the plan neurosurgeon offered and the
   scheduled date of that visit, the referral number, the secure message's print date.

   Which date is which: the letter date is the date line (the "Sent:" stamp on the secure message); ``request_received``
   and ``decision`` are stated in the opening (or the summary box). The first opinion and the offered visit are other
   dates; ``service`` is always null (no care was given; the offered visit is scheduled, not a service). Which name is
   the member: the addressee (the "To:" line). Which reason is the reason: the paragraph that says why the outside
   opinion is not approved. The truth counts the outside consultation (99245) only, never the surgery or the plan
   visit; ``criteria_cited`` holds "California Health and Safety Code section 1383.15" and the regional second-opinion
   guideline when the letter says it applied them; the reviewer is the physician who decided (null when the letter
   is signed by the referral team).

2. ``blind66_va_medicaid_private_duty_nursing_reduction``: a Kaiser Permanente Virginia Medicaid (plan_type
   ``medicaid``, state VA, region Mid-Atlantic States) notice that reduces a child's private duty nursing (HCPCS
   T1000, one line) from 16 to 10 hours a day at the renewal of the authorization (``termination_notice``, category
   ``medical_necessity``, always ``standard``). Diagnosis Z93.0 or J96.11, with Z93.1 or G80.9 on some letters.
   The notice is addressed to the child's parent or guardian; the child is the member. The renewal was asked for by
   the child's pediatrician on most letters, on others the plan's own reassessment started it (then
   ``requesting_provider`` is null). Layouts: ``va_noa_hours_table`` (a notice of action with a table of hours
   before and after), ``va_plain_letter`` (a letter with the hours in the prose) and ``va_keep_services_box`` (a notice
   with a shaded "Keeping your services during an appeal" box). Medicaid rights from the catalogue: an appeal within
   60 days of the date of the notice (30 or 15 when ``notice.appeal_deadline`` is planted), a 72-hour expedited
   appeal, keeping the 16 hours during the appeal when it is filed within 10 days of the notice or before the
   effective date (with the warning that the member may have to pay), a State Fair Hearing with the Virginia
   Department of Medical Assistance Services after the appeal (within 120 days of the appeal decision; no number:
   the catalogue verifies none), free copies of the records and criteria, Member Services 1-800-777-7902 (TTY 711),
   the Mid-Atlantic appeals address, taglines. Distractors: the nursing agency with its phone and NPI, the hours and
   15-minute units before and after, the effective date and the end of the current authorization, the guardian
   (addressee), the child's date of birth, the home health aide hours (HCPCS S9122, unchanged), the nurse care
   coordinator and the date of her home visit, the authorization number.

   Which date is which: the letter date is the date line (the "Date of notice" field on the notice of action);
   ``request_received`` is the date the renewal request came and ``decision`` the date of the decision, both in the
   opening or the fields. The effective date, the end of the current authorization and the home visit are other
   dates; ``service`` is always null. Which name is the member: the child on the "Member" line, never the addressee.
   Which reason is the reason: the paragraph under the reason heading. The truth counts T1000 only, never S9122;
   the reviewer is the physician (or, when ``process.reviewer_not_physician`` is planted, the nurse) who decided.

3. ``blind66_md_erisa_pediatric_occupational_therapy_claim``: a Kaiser Permanente Mid-Atlantic (Maryland) employer
   group plan (plan_type ``erisa_group``, state MD) payment denial (``payment_denial``, category ``not_covered``) of a
   child's outpatient occupational therapy: the evaluation (CPT 97165) and therapeutic activities (CPT 97530) on one
   date of service, denied under the plan's developmental-delay exclusion. Diagnosis F82 (with R62.0 on some
   letters). The billing therapy practice is the requesting provider. Layouts: ``md_eob_statement`` (an explanation
   of benefits with a claim line table), ``md_remark_code_legend`` (a letter whose claim lines carry remark codes
   explained in a legend; the denial code's text is the reason) and ``md_appeal_rights_insert`` (a letter followed by
   a separate "Your appeal rights" insert page). ERISA claim rights from the catalogue: an appeal within 180 days of
   receiving the notice (60 or 90 when ``notice.appeal_deadline`` is planted), decided within 60 days, free copies of
   the documents, the right to sue under ERISA section 502(a) after the appeal, external review asked within 4
   months of the final internal decision (45 CFR 147.136), EBSA 1-866-444-3272 and the Maryland Health Education and
   Advocacy Unit (410-528-1840, 1-877-261-8807), the diagnosis and treatment codes with their meanings free on
   request, Member Services 1-800-777-7902 (TTY 711), the plan provision (Evidence of Coverage / Summary Plan
   Description exclusion), taglines. Distractors: the subscriber (the parent, the addressee) and the employer, the
   claim number and the claim numbers of later sessions with their dates, the therapist who gave the care, the
   billed amounts and the amount the member may owe, the group number, the provider's NPI and patient account
   number, remark codes that are not the denial's.

   Which date is which: the letter date is the statement date; ``request_received`` is the date the claim was
   received, ``decision`` the date it was processed (when printed) and ``service`` the date of service of the claim.
   The later sessions are other dates. Which name is the member: the patient (the child), never the subscriber.
   Which reason is the reason: the sentences that say why the claim is not paid (the denial code's legend text on
   the remark-code letter). The truth counts 97165 and 97530; ``criteria_cited`` is always empty and the reviewer is
   always null.

Refused: ``process.emergency_prior_auth`` for the therapy claim (its category is not_covered; nothing here is an
emergency). Every other rule the catalogue allows for these plan types, kinds and categories is planted. Dates use
this set's own styles (``b66date``): "March 14, 2026", "March 14th, 2026" (date lines), "Sat, Mar 14, 2026" (a
secure message's Sent stamp), "3-14-2026" (cells), "03/14/2026" (fields and cells), "2026-03-14" (a claims
system's cells) and "MARCH 14, 2026" (a statement's date line); ``parse_blind66_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import money as _money
from .blind_parts import np_reviewer as _np_reviewer
from .blind_parts import taglines as _taglines_of
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style
from .markup import M
from .vocab import GRIEVANCE_ADDR, facilities
from .writer import W

BLIND66_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def b66date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "b66long":  # March 14, 2026
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "b66ordfull":  # March 14th, 2026 (a mail merge's date line: full month, ordinal day)
        return f"{MONTHS[d.month - 1]} {_ord(d.day)}, {d.year}"
    if style == "b66wkabbr":  # Sat, Mar 14, 2026 (a secure message's Sent stamp: short weekday and month, no points)
        return f"{_WK3[d.weekday()]}, {_MON3[d.month - 1]} {d.day}, {d.year}"
    if style == "b66mdydash":  # 3-14-2026 (cells: not padded, dashes, four-digit year)
        return f"{d.month}-{d.day}-{d.year}"
    if style == "b66mdy4pad":  # 03/14/2026 (fields and cells: padded)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "b66isodash":  # 2026-03-14 (a claims system's cells)
        return d.isoformat()
    if style == "b66capslong":  # MARCH 14, 2026 (a statement's date line in capitals)
        return f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
    raise ValueError(style)


STYLES = ("b66long", "b66ordfull", "b66wkabbr", "b66mdydash", "b66mdy4pad", "b66isodash", "b66capslong")


def parse_blind66_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b66date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) ([1-9]\d?)(st|nd|rd|th)?, (\d{4})", t)
        if m and m[1] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[1]) + 1, int(m[2]))
            return d if not m[3] or _ord(d.day) == m[2] + m[3] else None
        m = re.fullmatch(r"([A-Z]+) ([1-9]\d?), (\d{4})", t)
        if m:
            names = [x.upper() for x in MONTHS]
            return dt.date(int(m[3]), names.index(m[1]) + 1, int(m[2])) if m[1] in names else None
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]{2}) ([1-9]\d?), (\d{4})", t)
        if m and m[2] in _MON3 and m[1] in _WK3:
            d = dt.date(int(m[4]), _MON3.index(m[2]) + 1, int(m[3]))
            return d if _WK3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([1-9]\d?)-([1-9]\d?)-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...], cell: tuple[str, ...]) -> None:
    w.c.extra["b66_fmt"] = w.pick(list(body))
    w.c.extra["b66_head"] = w.pick(list(head))
    w.c.extra["b66_cell"] = w.pick(list(cell))


def _fd(w: W, day: dt.date | None, key: str = "b66_fmt") -> str:
    if not day:
        return ""
    return b66date(day, w.c.extra[key] if key.startswith("b66_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b66_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str], style: int | None = None) -> str:
    a, n, m = w.pick(areas), w.rng.randint(233, 967), w.rng.randint(0, 9999)
    forms = [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"]
    return forms[style] if style is not None else w.pick(forms)


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([42.0, 48.0, 54.0]))
    st.margin_r = st.margin_l + w.pick([-6.0, 0.0, 6.0])
    return st


def _clock(w: W) -> str:
    h, m = w.rng.randint(7, 18), w.rng.randint(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _sign(w: W, b: list[Block], close: str, team: str, org: str) -> None:
    """A sign-off: the reviewer (marked) when one decided, else the team."""
    c = w.c
    b.append(w.p(close, space_before=10))
    r = c.reviewer
    if r:
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        b.append(w.p(M("REVIEWER_NAME", r["name"]) + cred, space_before=14))
        title = c.reviewer_title
        if r["specialty"]:
            title += f", {M('REVIEWER_SPECIALTY', r['specialty'])}"
        b.append(w.p(title, space_before=0))
        if r["phone"]:
            b.append(w.p(f"Direct telephone: {M('REVIEWER_PHONE', r['phone'])}", space_before=0))
    else:
        b.append(w.p(team, space_before=14))
    b.append(w.p(org, space_before=0))


# tagline sentences written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "English: We can give you this letter in another language, or an interpreter to talk with you, at no "
          "cost. Call {ph}.",
    "es": "Español: Podemos darle esta carta en otro idioma o un intérprete para hablar con usted, sin costo. "
          "Llame al {ph}.",
    "zh": "中文：我們可以免費為您提供本信函的其他語言版本，或安排口譯員與您交談。請致電 {ph}。",
    "vi": "Tiếng Việt: Chúng tôi có thể cung cấp thư này bằng ngôn ngữ khác hoặc thông dịch viên, miễn phí. "
          "Hãy gọi {ph}.",
    "tl": "Tagalog: Maibibigay namin ang sulat na ito sa ibang wika, o isang tagapagsalin, nang walang bayad. "
          "Tumawag sa {ph}.",
    "ko": "한국어: 이 편지를 다른 언어로 받으시거나 통역 서비스를 무료로 받으실 수 있습니다. {ph}번으로 전화하십시오.",
    "hy": "Հայերեն. Մենք կարող ենք այս նամակը տրամադրել այլ լեզվով կամ անվճար թարգմանիչ։ Զանգահարեք {ph}։",
    "fa": "فارسی: ما می‌توانیم این نامه را به زبان دیگری یا با مترجم شفاهی، به‌طور رایگان ارائه دهیم. با {ph} تماس بگیرید.",
    "ru": "Русский: Мы можем бесплатно предоставить это письмо на другом языке или переводчика. Звоните {ph}.",
    "ja": "日本語：この手紙を他の言語でお届けするか、通訳を無料でご用意できます。{ph} までお電話ください。",
    "ar": "العربية: يمكننا أن نقدم لك هذه الرسالة بلغة أخرى أو مترجمًا فوريًا مجانًا. اتصل على {ph}.",
    "pa": "ਪੰਜਾਬੀ: ਅਸੀਂ ਇਹ ਚਿੱਠੀ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਜਾਂ ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਮੁਫ਼ਤ ਦੇ ਸਕਦੇ ਹਾਂ। {ph} 'ਤੇ ਕਾਲ ਕਰੋ।",
    "km": "ភាសាខ្មែរ៖ យើងអាចផ្តល់លិខិតនេះជាភាសាផ្សេង ឬអ្នកបកប្រែ ដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទមក {ph}។",
    "hmn": "Hmoob: Peb muab tau tsab ntawv no ua lwm hom lus, los yog ib tug neeg txhais lus, pub dawb. Hu rau {ph}.",
    "hi": "हिंदी: हम यह पत्र किसी अन्य भाषा में या दुभाषिए के साथ निःशुल्क दे सकते हैं। {ph} पर कॉल करें।",
    "th": "ภาษาไทย: เราสามารถจัดเตรียมจดหมายฉบับนี้เป็นภาษาอื่น หรือจัดหาล่ามให้ได้โดยไม่มีค่าใช้จ่าย โทร {ph}",
    "am": "አማርኛ፦ ይህንን ደብዳቤ በሌላ ቋንቋ ወይም አስተርጓሚ በነጻ ልናቀርብልዎ እንችላለን። በ{ph} ይደውሉ።",
    "fr": "Français : Nous pouvons vous fournir cette lettre dans une autre langue, ou un interprète, sans frais. "
          "Appelez le {ph}.",
    "pt": "Português: Podemos fornecer esta carta em outro idioma, ou um intérprete, sem custo. Ligue para {ph}.",
    "de": "Deutsch: Wir können Ihnen diesen Brief kostenlos in einer anderen Sprache oder einen Dolmetscher "
          "anbieten. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "VA": ["es", "ko", "vi", "zh", "ar", "am", "tl", "fa", "fr", "ru", "hi", "de"],
    "MD": ["es", "zh", "ko", "vi", "fr", "am", "ru", "tl", "ar", "pt", "hi", "fa"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0) -> list[Block]:
    return _taglines_of(w, _TAG, _TAG_SETS[key], ph, heading, size)


# === 1. Northern California commercial: outside neurosurgery second opinion ========================================

_SO_MS = "1-800-464-4000"
_SO_AREAS = ["510", "408", "916", "415", "925", "650", "707"]
_SO_ADDR = GRIEVANCE_ADDR["Northern California"]
_SO_SVC = ["Second opinion consultation with an outside neurosurgeon",
           "Outside neurosurgery consultation for a second opinion",
           "Second opinion visit, neurosurgery, non-plan provider"]
_SO_CENTERS = [
    ("Stanbridge University Spine Center", "860 Quarry Road Extension, Suite 210", "Palo Alto, CA 94304"),
    ("Golden Gate Academic Neurosurgery Institute", "1725 Mission Bay Boulevard, 4th Floor",
     "San Francisco, CA 94158"),
    ("Sacramento Valley University Medical Center, Department of Neurological Surgery",
     "4921 Alhambra Court, Suite 3700", "Sacramento, CA 95817"),
]
_SO_SURGERY = [("anterior cervical discectomy and fusion (ACDF) at C5-C6", "22551"),
               ("posterior cervical fusion from C4 to C6", "22600"),
               ("cervical disc replacement (arthroplasty) at C5-C6", "22856")]
_SO_DX = [("Spondylosis with myelopathy, cervical region", "M47.12"),
          ("Cervical disc disorder at C5-C6 level with radiculopathy", "M50.122"),
          ("Spinal stenosis, cervical region", "M48.02")]
_SO_CRIT = ["California Health and Safety Code section 1383.15",
            "Kaiser Permanente Northern California Second Opinion Referral Guideline"]


def _so_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b66_so"):
        return
    c.extra["b66_so"] = True
    variant = c.extra["so_variant"] = w.rng.randrange(3)  # 0 letterhead, 1 summary box, 2 secure message
    _fmt(w, ("b66long", "b66ordfull"), ("b66wkabbr",) if variant == 2 else ("b66long", "b66ordfull"),
         ("b66mdy4pad", "b66mdydash"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.category = "second_opinion"
    c.service = None
    c.services = [dict(text=w.pick(_SO_SVC), codes=["99245"], decision="denied")]
    k = w.rng.randrange(3)
    c.diagnoses = [dict(text=_SO_DX[k][0], codes=[_SO_DX[k][1]])]
    c.extra["so_surgery"] = w.pick(_SO_SURGERY)
    c.extra["so_center"] = w.pick(_SO_CENTERS)
    c.extra["so_outside_md"] = "Dr. " + person(w.rng, 0.0)[0]
    fac1, fac2 = w.rng.sample(facilities("CA", "Northern California"), 2)
    c.extra["so_first"] = (person(w.rng, 0.2)[0] + w.pick([", MD", ", M.D."]), fac1)
    base = c.received or c.letter
    c.extra["so_first_date"] = base - dt.timedelta(days=w.rng.randint(9, 45))
    c.extra["so_ref"] = f"REF-{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["so_print"] = c.letter + dt.timedelta(days=w.rng.randint(0, 4))
    c.extra["so_sent"] = _clock(w)
    c.extra["so_unit"] = _phone(w, _SO_AREAS, 0)
    if w.chance(0.45):
        name = person(w.rng, 0.15)[0]
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    else:
        c.provider = None
    denied_outright = _has(c, "second_opinion.eligible_denied")
    if denied_outright:
        c.extra["so_offer"] = None
    else:
        appt = D.add_business(c.letter, w.rng.randint(3, 8))
        c.extra["so_offer"] = (person(w.rng, 0.2)[0] + w.pick([", MD", ", M.D."]), fac2, appt)
        c.innet = dict(name=c.extra["so_offer"][0], short="", specialty="Neurosurgery", facility=fac2, appt=appt)
    if w.chance(0.8) or denied_outright:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Neurological Surgery", "Neurosurgery", None]),
                          phone=_phone(w, _SO_AREAS, 0) if w.chance(0.7) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Chief of Neurosurgery", "Assistant Physician in Chief"])
    else:
        c.reviewer = None
    if denied_outright or w.chance(0.3):
        c.criteria = []
    else:
        c.criteria = [_SO_CRIT[0]] + ([_SO_CRIT[1]] if w.chance(0.5) else [])
    _flags(c)


def reason_b66_so(w: W) -> str:
    _so_setup(w)
    c = w.c
    first, _fac = c.extra["so_first"]
    center = c.extra["so_center"][0]
    if c.extra["so_offer"] is None:
        return w.pick([
            f"{first} has already evaluated your neck and recommended a treatment plan that follows accepted "
            f"practice. Another opinion would not change the plan of care, so a second opinion is not medically "
            f"necessary and we are not approving it.",
            "Your Kaiser Permanente neurosurgeon's recommendation is sufficient. A second opinion is not needed "
            "because the diagnosis is clear from your MRI and examination.",
        ])
    ns, fac2, _appt = c.extra["so_offer"]
    return w.pick([
        f"Kaiser Permanente has board-certified neurosurgeons in Northern California who treat cervical spine "
        f"conditions like yours and who were not involved in your care. {ns}, a neurosurgeon at {fac2}, can give "
        f"you a second opinion on the surgery that was recommended. Because an appropriately qualified neurosurgeon "
        f"is available in our network, we are not approving a second opinion at {center}.",
        f"A second opinion about your cervical spine surgery is available from a plan neurosurgeon who has the "
        f"training and experience for your condition: {ns} at {fac2}. Your records do not show a need that our "
        f"neurosurgeons cannot meet, so the consultation at {center}, which is outside our network, is not approved.",
    ])


def _so_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    unit = c.extra["so_unit"]
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_SO_ADDR)
    head(w.pick(["If you disagree with this decision", "Your right to file a grievance"]))
    b.append(w.p(w.pick([
        f"You, your doctor, or someone you name to act for you may file a grievance (appeal) within {days} of the "
        f"date of this letter. Call Member Services at {_SO_MS} (TTY 711), file online at kp.org, write to {addr}, "
        f"or visit the Member Services office at any Kaiser Permanente medical center.",
        f"To appeal, file a grievance no later than {days} after the date of this letter: by phone at {_SO_MS} "
        f"(TTY 711), on kp.org, in person at a Member Services office, or by mail to {addr}. Send any records or a "
        f"letter from your doctor that you want us to consider.",
    ])))
    b.append(w.p(w.pick([
        "If waiting for a standard decision could seriously harm your health, including severe pain, ask for an "
        "expedited grievance. We will decide it within 72 hours, and you may contact the Department of Managed "
        "Health Care right away without waiting for our decision.",
        "Urgent cases: when your condition poses an imminent and serious threat to your health, we decide an "
        "expedited grievance within 72 hours. You do not have to wait for us before calling the Department of "
        "Managed Health Care.",
    ])))
    if not _has(c, "notice.dmhc_statement"):
        b.append(w.p(
            "The California Department of Managed Health Care is responsible for regulating health care service "
            f"plans. If you have a grievance against your health plan, you should first telephone your health plan at "
            f"{_SO_MS} (TTY 711) and use your health plan's grievance process before contacting the department. "
            "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may be "
            "available to you. If you need help with a grievance involving an emergency, a grievance that has not "
            "been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more "
            "than 30 days, you may call the department for assistance. You may also be eligible for an Independent "
            "Medical Review (IMR). If you are eligible for IMR, the IMR process will provide an impartial review of "
            "medical decisions made by a health plan related to the medical necessity of a proposed service or "
            "treatment, coverage decisions for treatments that are experimental or investigational in nature and "
            "payment disputes for emergency or urgent medical services. The department also has a toll-free "
            "telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. "
            "The department's internet website www.dmhc.ca.gov has complaint forms, IMR application forms and "
            "instructions online.", bold=True, size=12.0))
    b.append(w.p(w.pick([
        "Free help is also available from the Health Consumer Alliance at 1-888-804-3536.",
        "The Health Consumer Alliance (1-888-804-3536) can help you with a grievance at no cost.",
    ])))
    b.append(w.p(f"Questions about this letter: Referral Review, {unit}, Monday through Friday, 8:30 a.m. to 5 p.m."))


def t_b66_so(w: W):
    _so_setup(w)
    c = w.c
    variant = c.extra["so_variant"]
    st = _style(w, ["helvetica", "times"] if variant != 2 else ["helvetica", "courier"], [9.5, 10.0],
                [56.0, 62.0, 68.0])
    svc = c.services[0]
    first, fac1 = c.extra["so_first"]
    first_date = c.extra["so_first_date"]
    center, street, city = c.extra["so_center"]
    outside_md = c.extra["so_outside_md"]
    surgery, surg_code = c.extra["so_surgery"]
    offer = c.extra["so_offer"]
    ref = c.extra["so_ref"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    urgent = c.urgency == "expedited"
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    asker = (f"{M('PROVIDER', c.provider)}, your primary care physician, asked us" if c.provider
             else "You asked us")
    item = f"{w.svc(svc)} (CPT {w.code('99245')})"
    st.footer = [w.pick([f"Referral {ref} | page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "KFHP Northern California - {page}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    if variant == 2:
        b.append(w.p(f"Printed from kp.org on {b66date(c.extra['so_print'], 'b66mdy4pad')}", size=st.size - 1.5,
                     space_before=0))
        b.append(w.h("Message Center", space_before=6, size=st.size + 2))
        b.append(Block("keyed", rows=[["From:", "Referral Review - Neurosurgery, Kaiser Permanente"],
                                      ["To:", w.name()],
                                      ["Sent:", f"{_dm(w, 'DATE_LETTER', c.letter, 'b66_head')} "
                                                f"{c.extra['so_sent']}"],
                                      ["Subject:", "Your request for an outside second opinion"]],
                       side_w=0.16, space_before=6, size=st.size - 0.3))
        b.append(w.p(f"Medical record number: {w.mid()}    Referral: {ref}", space_before=8))
        b.append(w.p(f"Dear {c.member_salute},", space_before=8))
    else:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Northern California"],
                       right=["Kaiser Foundation Health Plan, Inc.", "Regional Referral Review",
                              f"Member Services {_SO_MS} (TTY 711)"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b66_head"), space_before=12))
        b.append(w.p(w.name(), space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        if variant == 0:
            b.append(w.p("RE: Request for a second opinion outside Kaiser Permanente", bold=True, space_before=10))
            b.append(w.p(f"Medical record number: {w.mid()}", space_before=0, indent=22))
            b.append(w.p(f"Referral number: {ref}", space_before=0, indent=22))
        else:
            rows = [["Member", f"{w.name()} (MRN {w.mid()})"],
                    ["Service asked for", w.svc(svc)],
                    ["Code", f"CPT {w.code('99245')}"],
                    ["Where", f"{outside_md}, {center}"],
                    ["Address", f"{street}, {city}"],
                    ["First opinion", f"{first}, Neurosurgery, {fac1}, seen {_fd(w, first_date, 'b66_cell')}"],
                    ["Surgery recommended", f"{surgery[0].upper()}{surgery[1:]} (CPT {surg_code})"]]
            if rec:
                rows.append(["Request received", rec])
            if dec:
                rows.append(["Decision made", dec])
            rows.append(["Decision", "Not approved" + ("; second opinion offered in network" if offer else "")])
            b.append(w.h("Your request", space_before=12, size=st.size + 1))
            b.append(Block("keyed", rows=rows, side_w=0.27, shade=True, space_before=4, size=st.size - 0.4))
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
    if variant == 1:
        intro = f"{asker} to cover the second opinion described above."
    else:
        intro = (f"{asker} for a referral outside Kaiser Permanente: {item}. The request names {outside_md} of "
                 f"{center}, {street}, {city}.")
        intro += (f" You saw {first} of our Neurosurgery Department at {fac1} on {_fd(w, first_date)}, who "
                  f"recommended {surgery}.")
        if rec:
            intro += f" We received the request on {rec}."
        if dec:
            intro += f" A decision was made on {dec}."
    if urgent:
        intro += " Because you asked for a fast decision, we handled it as urgent."
    b.append(w.p(intro))
    b.append(w.p(w.pick(["We are not able to approve the outside second opinion.",
                         "Our decision: the second opinion at the outside center is not approved."]), bold=True))
    b.append(w.p(f"Diagnosis on the referral: {dxs}."))
    head(w.pick(["Why we made this decision", "Reason for our decision"]))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        crits = " and ".join(f"the {w.crit(x)}" if x.startswith("Kaiser") else w.crit(x) for x in c.criteria)
        b.append(w.p(f"We reviewed your request under {crits}."))
    if offer:
        ns, fac2, appt = offer
        head(w.pick(["Your second opinion in our network", "What we can offer"]))
        b.append(w.p(w.pick([
            f"We have arranged a second opinion visit with {ns}, Neurosurgery, at {fac2}. The visit is scheduled for "
            f"{_fd(w, appt)}. If that time does not work for you, or if travel there is hard for you, call {c.extra['so_unit']} and we "
            f"will find another time or place.",
            f"A referral for a second opinion with {ns} (Neurosurgery, {fac2}) is in place, and an appointment is "
            f"held for you on {_fd(w, appt)}. Call {c.extra['so_unit']} to change it.",
        ])))
        b.append(w.p("You may ask the neurosurgeon to review your MRI and the notes from your first visit. The visit "
                     "costs what any specialist visit costs under your plan."))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["This decision was made by ", "The physician who reviewed your request is "]),
                          ".")))
    _so_rights(w, b, head)
    if variant == 2:
        b.append(w.p("Attachments: Your rights (PDF); Language assistance (PDF)", italic=True, space_before=8))
    _sign(w, b, w.pick(["Sincerely,", "Regards,"]), "Regional Referral Review Team",
          "Kaiser Foundation Health Plan, Inc., Northern California Region")
    if c.provider:
        b.append(w.p(f"cc: {c.provider}; {first}", space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language help is free. Call {_SO_MS} (TTY 711).",
                             f"Free interpreter services: {_SO_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "CA", _SO_MS, w.pick([None, "Help in your language"]))
    return b, st, ["nca_letterhead_letter", "nca_request_summary_box", "nca_secure_message_printout"][variant]


BLIND66_TEMPLATES["blind66_nca_commercial_second_opinion_outside_neurosurgeon"] = (t_b66_so, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial"], cats=["second_opinion"],
    reason=reason_b66_so))
MODELED_ON["blind66_nca_commercial_second_opinion_outside_neurosurgeon"] = (
    "blind66: Kaiser Permanente Northern California commercial HMO denial of a second opinion from a neurosurgeon at "
    "an outside academic spine center (99245) about recommended cervical spine surgery, a plan neurosurgeon offered "
    "instead; a letterhead letter, a letter with a 'Your request' box, or a kp.org secure message printout; 180-day "
    "grievance, 72-hour expedited grievance, DMHC statement with IMR, Health Consumer Alliance, taglines")


# === 2. Virginia Medicaid: private duty nursing reduced from 16 to 10 hours a day ==================================

_VA_MS = "1-800-777-7902"
_VA_AREAS = ["703", "571", "804", "757", "540"]
_VA_ADDR = GRIEVANCE_ADDR["Mid-Atlantic States"]
_VA_SVC = ["Private duty nursing, licensed nurse, per 15 minutes", "Private duty nursing (RN/LPN) in the home",
           "In-home private duty nursing services"]
_VA_AGENCIES = ["Tidewater Pediatric Home Nursing", "Blue Ridge Private Duty Nursing, Inc.",
                "Commonwealth Kids Home Care", "Potomac Pediatric Nursing Services"]
_VA_DX1 = [("Tracheostomy status", "Z93.0"), ("Chronic respiratory failure with hypoxia", "J96.11")]
_VA_DX2 = [("Gastrostomy status", "Z93.1"), ("Cerebral palsy, unspecified", "G80.9")]
_VA_CRIT = ["InterQual Home Care Criteria: Private Duty Nursing (Pediatric)",
            "Kaiser Permanente Mid-Atlantic States Private Duty Nursing Guideline"]
_VA_REL = ["mother", "father", "grandmother", "legal guardian", "aunt"]


def _va_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b66_va"):
        return
    c.extra["b66_va"] = True
    variant = c.extra["va_variant"] = w.rng.randrange(3)  # 0 hours table, 1 plain letter, 2 keep-services box
    _fmt(w, ("b66long",), ("b66mdy4pad",) if variant == 0 else ("b66long", "b66ordfull"),
         ("b66mdy4pad", "b66mdydash"))
    c.state, c.region = "VA", "Mid-Atlantic States"
    c.member_addr = address(w.rng, "VA", "Mid-Atlantic States")
    c.category = "medical_necessity"
    c.urgency = "standard"
    c.service = None
    c.services = [dict(text=w.pick(_VA_SVC), codes=["T1000"], decision="denied")]
    dx = [w.pick(_VA_DX1)] + ([w.pick(_VA_DX2)] if w.chance(0.5) else [])
    c.diagnoses = [dict(text=t, codes=[cd]) for t, cd in dx]
    first = c.member_name.split()[0]
    last = c.member_name.split()[-1]
    c.extra["dob"] = dt.date(w.rng.randint(2012, 2023), w.rng.randint(1, 12), w.rng.randint(1, 28))
    g_first = person(w.rng, 0.0)[1]
    rel = w.pick(_VA_REL)
    c.extra["va_guardian"] = (f"{g_first} {last}", rel)
    c.member_salute = f"{g_first} {last}"
    c.extra["va_child"] = first
    c.extra["va_agency"] = (w.pick(_VA_AGENCIES), _phone(w, _VA_AREAS, w.rng.randrange(2)),
                            f"1{w.rng.randint(10**8, 10**9 - 1)}")
    c.extra["va_effective"] = c.letter + dt.timedelta(days=w.rng.randint(11, 16))
    c.extra["va_visit"] = (person(w.rng, 0.0)[0] + ", RN",
                           (c.received or c.letter) - dt.timedelta(days=w.rng.randint(3, 15)))
    c.extra["va_aide"] = w.pick([2, 3, 4])
    c.extra["va_auth"] = f"PA{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["va_unit"] = _phone(w, ["301", "703"], 0)
    if w.chance(0.7):
        name = person(w.rng, 0.15)[0]
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, M.D."])
    else:
        c.provider = None
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, ["Utilization Management Nurse Reviewer", "Care Review Specialist"], ["RN", "RN, BSN"])
    else:
        c.reviewer = dict(name=person(w.rng, 0.2)[0], credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Pediatrics", "Pediatric Pulmonology", None]),
                          phone=_phone(w, ["301", "703"], 0) if w.chance(0.6) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Medicaid", "Associate Medical Director"])
    if _has(c, "notice.criteria_cited") or _bare(c):
        c.criteria = []
    else:
        c.criteria = w.rng.sample(_VA_CRIT, w.pick([1, 1, 2]))
    _flags(c)


def reason_b66_va(w: W) -> str:
    _va_setup(w)
    c = w.c
    if _bare(c):
        return "Private duty nursing for more than 10 hours a day is not medically necessary."
    child = c.extra["va_child"]
    return w.pick([
        f"The nursing notes from the last 60 days show that {child} has not needed deep suctioning, oxygen changes "
        f"or other skilled nursing care during the overnight hours, and {child}'s oxygen level stayed at 95% or higher "
        f"on room air while asleep. A nurse is still needed during the day for tube feedings, medicines and "
        f"tracheostomy care, which 10 hours a day covers. The care at night, such as turning and watching the "
        f"monitor, can be given by a trained family caregiver and does not need a nurse.",
        f"{child}'s breathing has been stable since the last review: the records show no emergency visits or "
        f"hospital stays in the past 6 months, and the overnight nursing notes list only routine checks. Skilled "
        f"nursing needs happen during the day, when {child} gets feedings and treatments. Ten hours of nursing a day "
        f"meets those needs; the other 6 hours asked for are for care a trained caregiver can give.",
    ])


def _va_rights(w: W, b: list[Block], head, box: bool) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_VA_ADDR)
    eff = _fd(w, c.extra["va_effective"])
    head(w.pick(["Your right to appeal", "If you do not agree with this decision"]))
    b.append(w.p(w.pick([
        f"You may ask us to look at this decision again. This is called an appeal. You, {c.extra['va_child']}'s "
        f"doctor, or someone you choose may ask for an appeal within {days} from the date of this notice. Call "
        f"Member Services at {_VA_MS} (TTY 711), or write to {addr}.",
        f"To appeal, call {_VA_MS} (TTY 711) or send a letter to {addr} within {days} of the date on this notice. "
        f"Tell us why you think the decision is wrong and send any records that help show it.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting for a regular appeal could seriously harm your child's life or health, ask for an expedited "
            "(fast) appeal. We will decide it within 72 hours.",
            "Fast appeals: when your child's doctor tells us that waiting could put your child's health in serious "
            "danger, we decide the appeal within 72 hours.",
        ])))
    if not _has(c, "notice.continuation_of_benefits") and not box:
        b.append(w.p(w.pick([
            f"Your child can keep getting 16 hours of nursing a day while the appeal is decided if you ask for the "
            f"appeal within 10 days of the date of this notice or before {eff}, whichever is later, and ask to keep "
            f"the services. If the appeal is denied, you may have to pay for the extra hours received during the "
            f"appeal.",
            f"To keep the current 16 hours a day during your appeal, file the appeal and ask for continued services "
            f"within 10 days from the date on this notice, or by {eff}. If we win the appeal, you may be asked to pay "
            f"back the cost of the hours above 10 a day.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we do not change our decision after the appeal, you may ask for a State Fair Hearing with the "
            "Virginia Department of Medical Assistance Services (DMAS), Appeals Division. You must ask within 120 "
            "days of the date of our appeal decision letter. Our appeal decision letter will explain how.",
            "After our appeal, if you still disagree, you can ask the Department of Medical Assistance Services "
            "(DMAS) for a State Fair Hearing within 120 days from the date of the appeal decision. If we do not "
            "decide the appeal in time, you may ask for the State Fair Hearing without waiting.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of your child's records, the nursing notes and the guidelines we used to make "
        "this decision.",
        "We will send you, free of charge, copies of all documents and criteria used in this decision if you ask.",
    ])))


def t_b66_va(w: W):
    _va_setup(w)
    c = w.c
    variant = c.extra["va_variant"]
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 60.0, 66.0])
    svc = c.services[0]
    g_name, rel = c.extra["va_guardian"]
    child = c.extra["va_child"]
    agency, ag_ph, ag_npi = c.extra["va_agency"]
    eff = c.extra["va_effective"]
    nurse, visit = c.extra["va_visit"]
    aide = c.extra["va_aide"]
    auth = c.extra["va_auth"]
    unit = c.extra["va_unit"]
    cell = c.extra["b66_cell"]
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    end = eff - dt.timedelta(days=1)
    box = variant == 2 and not _has(c, "notice.continuation_of_benefits")
    st.footer = [w.pick([f"Authorization {auth} - page {{page}} of {{pages}}", "Page {page}",
                         "Kaiser Permanente Virginia Medicaid {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Virginia Medicaid"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Utilization Management", f"Member Services {_VA_MS} (TTY 711)"]))
    if variant == 0:
        b.append(w.h("NOTICE OF ACTION", align="center", space_before=10, size=st.size + 2))
        b.append(w.p("Change in your child's private duty nursing hours", align="center", space_before=0))
        b.append(w.p(f"{g_name}, {rel} of {c.member_name}", space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "b66_head"),
                                        "Authorization:", auth],
                                       ["Member:", w.name(), "Member ID:", w.mid()],
                                       ["Date of birth:", b66date(c.extra["dob"], cell), "Received:", rec or "-"],
                                       ["Decision date:", dec or "-", "Effective:", b66date(eff, cell)]],
                       space_before=8, size=st.size - 0.4))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b66_head"), space_before=12))
        b.append(w.p(f"To the parent or guardian of {c.member_name}", space_before=10) if w.chance(0.3)
                 else w.p(g_name, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Member: {w.name()}    Member ID: {w.mid()}    Date of birth: {b66date(c.extra['dob'], cell)}",
                     bold=True, space_before=8))
        if variant == 2:
            b.append(w.h("NOTICE: YOUR CHILD'S NURSING HOURS WILL CHANGE", space_before=8, size=st.size + 1))
    b.append(w.p(f"Dear {g_name}:", space_before=10))
    asker = (f"{M('PROVIDER', c.provider)} asked us to renew" if c.provider
             else "We reviewed, as we do before each authorization ends,")
    intro = (f"{asker} {child}'s nursing authorization: {w.svc(svc)} (HCPCS {w.code('T1000')}), 16 hours a day, "
             f"given by {agency}. "
             f"The current authorization ends on {_fd(w, end)}.")
    if rec and variant != 0:
        intro += f" We received the renewal request on {rec}."
    if dec and variant != 0:
        intro += f" We made our decision on {dec}."
    b.append(w.p(intro))
    b.append(w.p(w.pick([
        f"We approved 10 hours a day instead of 16. The change starts on {_fd(w, eff)}.",
        f"Starting {_fd(w, eff)}, we will cover 10 hours a day of private duty nursing. We did not approve the other "
        f"6 hours a day.",
    ]), bold=variant != 1))
    if variant == 0:
        b.append(Block("table", rows=[
            ["Service", "Code", "Hours now", "Hours approved", "15-min units a day", "Starting"],
            [w.svc(svc), w.code("T1000"), "16 a day", "10 a day", "64 -> 40", b66date(eff, cell)],
            ["Home health aide (no change)", "S9122", f"{aide} a day", f"{aide} a day", "-", "-"]],
            space_before=6, size=st.size - 1.0))
    else:
        b.append(w.p(f"This is a change from 64 to 40 units of 15 minutes a day. The home health aide hours "
                     f"(S9122, {aide} hours a day) are not part of this decision and stay the same."))
    b.append(w.p(f"Diagnosis: {dxs}."))
    head(w.pick(["Why we made this decision", "The reason for this change"]))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"Our nurse care coordinator, {nurse}, visited your home on {_fd(w, visit)} and reviewed {child}'s care plan "
        f"with you. We also reviewed the nursing notes from {agency} and the plan of care signed by "
        f"{c.provider or 'the doctor'}.",
        f"We looked at the plan of care, the notes from {agency}, and the home visit by {nurse} on {_fd(w, visit)}.",
    ])))
    if c.criteria:
        b.append(w.p("We used " + " and ".join(w.crit(x) for x in c.criteria) + " to make this decision."))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["The reviewer who made this decision is ", "This decision was made by "]), ".")))
    b.append(w.p(f"{agency} has a copy of this notice. You can reach the agency at {ag_ph} (NPI {ag_npi})."))
    if box:
        b.append(w.h("Keeping your services during an appeal", space_before=10, size=st.size + 0.5, shade=True))
        b.append(w.p(
            f"If you appeal within 10 days of the date of this notice, or before {_fd(w, eff)} (whichever is later), "
            f"and ask to keep the nursing hours, {child} will keep getting 16 hours a day until the appeal is "
            f"decided. If the appeal is denied, you may have to pay for the extra hours given during the appeal. "
            f"Call {_VA_MS} (TTY 711) to ask.", boxed=True, space_before=2))
    _va_rights(w, b, head, box)
    b.append(w.p(f"Questions? Call our Utilization Management team at {unit}, Monday through Friday, 8 a.m. to 5 p.m."))
    _sign(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Utilization Management",
          "Kaiser Permanente Virginia Medicaid")
    cc = [x for x in (c.provider, agency) if x]
    b.append(w.p("cc: " + "; ".join(cc), space_before=8, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: {_VA_MS} (TTY 711).",
                             f"Interpreters are free. Call {_VA_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "VA", _VA_MS, w.pick([None, "Language services"]))
    return b, st, ["va_noa_hours_table", "va_plain_letter", "va_keep_services_box"][variant]


BLIND66_TEMPLATES["blind66_va_medicaid_private_duty_nursing_reduction"] = (t_b66_va, dict(
    plans=["medicaid"], states=["VA"], kinds=["termination_notice"], cats=["medical_necessity"], reason=reason_b66_va))
MODELED_ON["blind66_va_medicaid_private_duty_nursing_reduction"] = (
    "blind66: Kaiser Permanente Virginia Medicaid notice reducing a child's private duty nursing (T1000) from 16 to 10 "
    "hours a day; a notice of action with a table of hours, a plain letter, or a notice with a 'Keeping your services "
    "during an appeal' box; 60-day appeal, 72-hour expedited appeal, continued services if appealed within 10 days, "
    "State Fair Hearing with DMAS, free copies, taglines")


# === 3. Maryland ERISA group: pediatric occupational therapy claim, developmental delay =============================

_MD_MS = "1-800-777-7902"
_MD_ADDR = GRIEVANCE_ADDR["Mid-Atlantic States"]
_MD_EVAL = ["Occupational therapy evaluation, low complexity", "OT evaluation - low complexity",
            "Occupational therapy initial evaluation"]
_MD_ACT = ["Therapeutic activities, each 15 minutes", "Therapeutic activities (per 15 min)",
           "Therapeutic activities, direct one-on-one"]
_MD_PRACTICES = ["Chesapeake Kids Therapy, LLC", "Little Sprouts Pediatric Therapy", "Bay Country Pediatric OT",
                 "Patuxent Pediatric Therapy Center"]


def _md_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b66_md"):
        return
    c.extra["b66_md"] = True
    variant = c.extra["md_variant"] = w.rng.randrange(3)  # 0 EOB, 1 remark-code legend, 2 appeal-rights insert
    _fmt(w, ("b66long",), ("b66mdy4pad", "b66isodash") if variant == 0 else ("b66capslong", "b66long"),
         ("b66isodash", "b66mdy4pad"))
    c.state, c.region = "MD", "Mid-Atlantic States"
    c.member_addr = address(w.rng, "MD", "Mid-Atlantic States")
    c.category = "not_covered"
    c.urgency = "standard"
    k = w.rng.randrange(3)
    units = w.pick([2, 3, 4])
    ev, act = round(w.rng.uniform(195, 320), 0), round(w.rng.uniform(58, 92), 0)
    c.services = [dict(text=_MD_EVAL[k], codes=["97165"], decision="denied", billed=ev, units=1),
                  dict(text=_MD_ACT[k], codes=["97530"], decision="denied", billed=act * units, units=units)]
    c.money["total"] = ev + act * units
    c.diagnoses = [dict(text="Specific developmental disorder of motor function", codes=["F82"])]
    if w.chance(0.4):
        c.diagnoses.append(dict(text="Delayed milestone in childhood", codes=["R62.0"]))
    last = c.member_name.split()[-1]
    c.extra["md_subscriber"] = f"{person(w.rng, 0.0)[1]} {last}"
    c.member_salute = c.extra["md_subscriber"]
    c.extra["dob"] = dt.date(w.rng.randint(2016, 2022), w.rng.randint(1, 12), w.rng.randint(1, 28))
    c.provider = w.pick(_MD_PRACTICES)
    c.extra["md_therapist"] = person(w.rng, 0.0)[0] + w.pick([", OTR/L", ", MS, OTR/L"])
    c.extra["md_acct"] = f"{w.rng.randint(10**5, 10**6 - 1)}"
    c.extra["md_later"] = sorted({c.service + dt.timedelta(days=7 * i + w.rng.randint(0, 1)) for i in (1, 2)})
    c.extra["md_later_claims"] = [f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}" for _ in range(2)]
    c.reviewer = None
    c.criteria = []
    _flags(c)


def reason_b66_md(w: W) -> str:
    _md_setup(w)
    c = w.c
    child = c.member_name.split()[0]
    return w.pick([
        f"Your plan does not cover therapy for developmental delay. The claim lists a diagnosis of specific "
        f"developmental disorder of motor function (F82), and the therapist's evaluation describes delays in "
        f"{child}'s fine motor and coordination skills; it does not show an injury, illness or surgery that the "
        f"therapy treats.",
        f"Occupational therapy to help a child reach developmental milestones is excluded from your coverage. The "
        f"evaluation sent with this claim shows the therapy was for {child}'s delayed motor development (F82), not "
        f"to restore function lost to an illness or injury.",
    ])


def _md_rights(w: W, b: list[Block], head) -> None:
    c = w.c
    days = M("APPEAL_DAYS", c.appeal_phrase)
    addr = ", ".join(_MD_ADDR)
    head(w.pick(["How to appeal", "Your right to appeal this decision"]))
    b.append(w.p(w.pick([
        f"You may appeal this decision. Send your appeal in writing within {days} after you receive this notice to "
        f"{addr}, or call Member Services at {_MD_MS} (TTY 711). You may send written comments, records and other "
        f"information, and someone you choose may file for you.",
        f"If you disagree, file an appeal within {days} of receiving this notice. Write to {addr} or call "
        f"{_MD_MS} (TTY 711). Include the claim number and anything you want us to consider, such as a letter from "
        f"the child's doctor.",
    ])))
    b.append(w.p(w.pick([
        "We will decide your appeal within 60 days after we receive it. A reviewer who took no part in this "
        "decision will look at everything you send.",
        "A person who was not involved in the first decision will review your appeal, and we will send you a "
        "written decision within 60 days.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your claim.",
        "On request, and free of charge, we will give you copies of the documents and records we used for this "
        "claim.",
    ])))
    b.append(w.p(w.pick([
        "If we uphold the denial on appeal, you have the right to bring a civil action under section 502(a) of the "
        "Employee Retirement Income Security Act (ERISA). You may also be able to ask for an external review by an "
        "independent review organization within 4 months after you receive our final decision (45 CFR 147.136).",
        "After our final decision you may ask for external review by an independent reviewer within 4 months "
        "(45 CFR 147.136), and you may file suit under ERISA section 502(a).",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, contact the Employee Benefits Security Administration at 1-866-444-3272 "
            "(1-866-444-EBSA), or the Maryland Health Education and Advocacy Unit of the Attorney General's office at "
            "410-528-1840 or toll-free 1-877-261-8807.",
            "Help is available: U.S. Department of Labor, Employee Benefits Security Administration, 1-866-444-3272; "
            "Maryland Attorney General's Health Education and Advocacy Unit, 1-877-261-8807 (410-528-1840).",
        ])))


def t_b66_md(w: W):
    _md_setup(w)
    c = w.c
    variant = c.extra["md_variant"]
    st = _style(w, ["helvetica", "times"] if variant else ["helvetica", "courier"], [9.0, 9.5, 10.0],
                [50.0, 56.0, 62.0])
    ev, act = c.services
    sub = c.extra["md_subscriber"]
    ther = c.extra["md_therapist"]
    cell = c.extra["b66_cell"]
    claim = c.ids["claim"]
    group = c.ids["group"]
    npi = c.ids["npi"]
    emp = c.extra["employer"]
    noamt = _has(c, "notice.claim_identification")
    prov = M("PROVIDER", c.provider)
    rec = _dm(w, "DATE_RECEIVED", c.received, "b66_cell" if variant == 0 else "b66_fmt")
    dec = _dm(w, "DATE_DECISION", c.decision, "b66_cell" if variant == 0 else "b66_fmt")
    dos_cell = _dm(w, "DATE_SERVICE", c.service, "b66_cell")
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    later = ", ".join(f"{_fd(w, d)} (claim {n})" for d, n in zip(c.extra["md_later"], c.extra["md_later_claims"],
                                                                 strict=True))
    code = w.pick(["EX47", "DX12", "X208"])
    st.footer = [w.pick([f"Claim {claim} - page {{page}} of {{pages}}", "Page {page} of {pages}",
                         "Kaiser Permanente Mid-Atlantic States"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5, shade=variant == 0))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States"],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.", "Claims Administration",
                          f"Member Services {_MD_MS} (TTY 711)"]))
    if variant == 0:
        b.append(w.h("EXPLANATION OF BENEFITS", align="center", space_before=8, size=st.size + 2))
        b.append(w.p("THIS IS NOT A BILL", align="center", space_before=0, bold=True))
        b.append(w.p(sub, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(Block("fields", rows=[["Statement date:", _dm(w, "DATE_LETTER", c.letter, "b66_head"),
                                        "Group:", f"{group} ({emp})"],
                                       ["Subscriber:", sub, "Patient:", w.name()],
                                       ["Patient ID:", w.mid(), "Claim number:", claim],
                                       ["Provider:", prov, "Received:", rec or "-"],
                                       ["Processed:", dec or "-", "Rendering:", ther]],
                       space_before=8, size=st.size - 0.5))
        hdr = ["Date of service", "Service", "Code", "Units"] + ([] if noamt else ["Billed", "Plan paid", "You may owe"])
        hdr.append("Remark")
        rows = [hdr]
        for i, s in enumerate(c.services):
            r = [dos_cell if i == 0 else b66date(c.service, cell), w.svc(s), w.code(s["codes"][0]), str(s["units"])]
            if not noamt:
                r += [_money(s["billed"]), "$0.00", _money(s["billed"])]
            rows.append(r + [code])
        if not noamt:
            rows.append(["Total", "", "", "", _money(c.money["total"]), "$0.00", _money(c.money["total"]), ""])
        b.append(Block("table", rows=rows, space_before=8, size=st.size - 1.0))
        b.append(w.p(f"Diagnosis: {dxs}.", space_before=6))
        head(f"Remark {code}")
        b.append(w.p(M("REASON", w.reason)))
    else:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b66_head"), space_before=12))
        b.append(w.p(sub, space_before=10))
        b.extend(w.p(x, space_before=0) for x in c.member_addr)
        b.append(w.p(f"Patient: {w.name()}    Member ID: {w.mid()}", bold=True, space_before=8))
        b.append(w.p(f"Claim number: {claim}    Group number: {group}", space_before=0))
        b.append(w.p(f"Dear {sub}:", space_before=10))
        intro = (f"We received a claim from {prov} for occupational therapy that {c.member_name.split()[0]} "
                 f"received on {_dm(w, 'DATE_SERVICE', c.service)} from {ther}.")
        if rec:
            intro += f" The claim reached us on {rec}."
        if dec:
            intro += f" We processed it on {dec}."
        if noamt:
            intro += " We are not able to pay this claim."
        else:
            intro += (f" The provider billed {_money(c.money['total'])}. We are not able to pay this claim, and you "
                      f"may owe the provider the full amount.")
        b.append(w.p(intro))
        if variant == 1:
            hdr = ["Line", "Service", "Code", "Units"] + ([] if noamt else ["Billed", "Paid"]) + ["Remark codes"]
            rows = [hdr]
            for i, s in enumerate(c.services):
                r = [str(i + 1), w.svc(s), w.code(s["codes"][0]), str(s["units"])]
                if not noamt:
                    r += [_money(s["billed"]), "$0.00"]
                rows.append(r + [f"{code}, PR1" if i == 0 else f"{code}, PR1, K04"])
            b.append(Block("table", rows=rows, space_before=6, size=st.size - 1.0))
            b.append(w.p(f"Diagnosis on the claim: {dxs}.", space_before=6))
            head(w.pick(["What the remark codes mean", "Remark code legend"]))
            b.append(w.p(f"{code}: " + M("REASON", w.reason), indent=10))
            b.append(w.p("PR1: The amount not paid may be billed to you by the provider. Ask the provider about a "
                         "payment plan.", indent=10))
            b.append(w.p("K04: Units over the number usually billed for one visit were reviewed; no change was made.",
                         indent=10))
        else:
            b.append(w.p("Services on this claim: " + "; ".join(
                f"{w.svc(s)} ({w.code(s['codes'][0])}, {s['units']} unit{'s' if s['units'] > 1 else ''}"
                + ("" if noamt else f", {_money(s['billed'])}") + ")" for s in c.services) + "."))
            b.append(w.p(f"Diagnosis on the claim: {dxs}."))
            head(w.pick(["Why we did not pay", "Reason for the denial"]))
            b.append(w.p(M("REASON", w.reason)))
    if not _has(c, "notice.plan_provision"):
        b.append(w.p(w.pick([
            "This exclusion appears in your Evidence of Coverage under \"Exclusions, Limitations, and Reductions,\" "
            "item \"Services for developmental delay,\" and in the Summary Plan Description your employer gave you.",
            "See the Summary Plan Description and the Evidence of Coverage, section \"Exclusions\": services to treat "
            "delays in development are not covered unless the plan lists them as a benefit.",
        ])))
    b.append(w.p(f"Claims for the visits of {later} were for the same therapy and will be handled the same way. "
                 f"You will get a separate statement for each."))
    if not noamt:
        b.append(w.p(w.pick([
            "You may ask for the diagnosis and treatment codes on this claim and what they mean. We will send them "
            "free of charge; asking for them is not an appeal.",
            "The diagnosis codes and treatment codes for this claim, and their meanings, are available free on "
            "request. A request for them does not count as an appeal.",
        ])))
    if variant == 2:
        b.append(w.p("Please read the enclosed insert, \"Your appeal rights,\" to learn how to ask us to review this "
                     "decision."))
        _sign(w, b, "Sincerely,", "Claims Administration", "Kaiser Permanente Mid-Atlantic States")
        b.append(w.p(f"Provider NPI {npi}; patient account {c.extra['md_acct']}.", size=st.size - 1.5,
                     space_before=8))
        b.append(Block("pagebreak"))
        b.append(w.h("YOUR APPEAL RIGHTS", align="center", space_before=0, size=st.size + 2))
        b.append(w.p(f"Claim {claim}  |  Patient {c.member_name}", align="center", space_before=0,
                     size=st.size - 0.5))
        _md_rights(w, b, head)
    else:
        _md_rights(w, b, head)
        _sign(w, b, "Sincerely,", "Claims Administration", "Kaiser Permanente Mid-Atlantic States")
        b.append(w.p(f"Provider NPI {npi}; patient account {c.extra['md_acct']}.", size=st.size - 1.5,
                     space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: {_MD_MS} (TTY 711).",
                             f"Interpreters are free of charge: {_MD_MS}, TTY 711."]), space_before=8))
    b += _taglines(w, "MD", _MD_MS, w.pick([None, "Language assistance"]))
    return b, st, ["md_eob_statement", "md_remark_code_legend", "md_appeal_rights_insert"][variant]


BLIND66_TEMPLATES["blind66_md_erisa_pediatric_occupational_therapy_claim"] = (t_b66_md, dict(
    plans=["erisa_group"], states=["MD"], kinds=["payment_denial"], cats=["not_covered"], reason=reason_b66_md,
    refuse_defects=("process.emergency_prior_auth",)))
MODELED_ON["blind66_md_erisa_pediatric_occupational_therapy_claim"] = (
    "blind66: Kaiser Permanente Mid-Atlantic (Maryland) employer group plan denial of a claim for a child's "
    "occupational therapy (97165, 97530; F82) under a developmental-delay exclusion; an explanation of benefits, a "
    "letter with a remark-code legend, or a letter with an appeal-rights insert; 180-day appeal, 60-day decision, "
    "ERISA 502(a), external review in 4 months (45 CFR 147.136), EBSA and the Maryland Health Education and Advocacy "
    "Unit, codes on request, the EOC/SPD exclusion, taglines")
