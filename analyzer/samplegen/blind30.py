"""Thirtieth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND30_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind30_hi_ma_travel_dialysis")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind30_hi_ma_travel_dialysis``: Kaiser Permanente Hawaii Senior Advantage (Medicare Advantage) notice, laid out
   like a Medicare denial-of-medical-coverage notice, denying outpatient hemodialysis sessions (CPT 90935 or 90999,
   sometimes with a renal function panel, CPT 80069) that the member's nephrologist asked for while the member
   travels to a city outside the service area (Las Vegas, Phoenix, Reno, Boise, Salt Lake City, Anchorage). The
   category is ``out_of_network``: every reason says the outside dialysis unit is not a plan provider and that
   scheduled dialysis on a planned trip is neither emergency nor urgently needed care. Standard or expedited (the
   member asks for a fast decision before the trip). Layouts: ``hi_ndmc_form`` (a form: title, a field grid with
   the notice date, the member's name and number, question headings on shaded bars), ``hi_ndmc_letter`` (a
   letterhead letter with numbered headings; the appeal rights start on page 2) and ``hi_ndmc_sessions_table`` (the
   form with a table of the requested sessions: date, unit, city, decision). Medicare rights as the catalogue
   states them: reconsideration within 60 days from the date of the notice (some notices also print the last day,
   a distractor date), a standard appeal decided within 30 days, a fast appeal within 72 hours (a doctor's request
   for a fast appeal is granted), an adverse reconsideration sent on automatically to the Independent Review Entity,
   the later levels (Administrative Law Judge, Medicare Appeals Council, federal court) named without deadlines,
   1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. No Hawaii Member Services number is printed (the catalogue
   does not verify one): the Senior Advantage review unit's own phone and fax are used. Taglines in Hawaii's
   languages. Distractors: the travel dates and every session date, the outside unit (name, city, phone), the home
   dialysis unit, the nephrologist's clinic, the appeal-by date, the reference number.

   Which date is which: the letter date is the notice date (the "Date of this notice" field or the date line of the
   letter); ``request_received`` and ``decision`` are the dates the decision paragraph states ("We received the
   request on", "We made this decision on"). The departure and return dates, the session dates and the appeal-by
   date are distractors; ``service`` is null (the sessions are in the future). Which name is the member: the
   addressee (the nephrologist is the requesting provider). What the truth counts: the dialysis sessions (and the
   lab panel when asked for); all are denied. Which reason is the reason: the paragraph under "Why we denied" (the
   sentence about the outside unit and the trip); the sentences after it (home unit, emergencies) are not the
   reason.

2. ``blind30_nw_mainframe_printout``: Kaiser Permanente Northwest (Oregon) commercial HMO letter printed by an old
   authorization system in Courier: a block of all-capitals fields with abbreviated labels (MBR NAME, MBR NO, GRP NO,
   AUTH NO, SVC CD, DX CD, REQ PROV, RCVD DT, DECN DT, RVWR, RUN DT) and two-digit-year dates ("05MAR25",
   "05-MAR-25", "030525"), followed by a short prose letter denying a bone growth stimulator after lumbar spinal
   fusion: an electrical spinal stimulator (HCPCS E0748, or implanted E0749) as not medically necessary (one-level
   fusion with no risk factor for non-union, or x-rays that show the fusion healing), or a low-intensity ultrasound
   stimulator (E0760) as experimental/investigational for spinal fusion. Layouts: ``nw_fields_then_prose`` (fields in
   capitals, the letter in mixed case), ``nw_all_caps`` (the whole letter, fields and prose, in capitals; then the
   truth's names, service and diagnosis texts, criteria and reason are the capitalized strings the letter prints)
   and ``nw_run_header`` (a system run line atop every page, the fields, the letter, and the rights on a second
   page). Oregon commercial rights from the catalogue only: appeal within 180 days, pre-service appeal decided within
   30 days, urgent appeal within 72 hours, external review by an independent review organization within 4 months
   after the final internal decision (45 CFR 147.136), free copies of documents and criteria, codes on request,
   the Oregon Division of Financial Regulation by name only. No Northwest Member Services number is printed (the
   catalogue does not verify one): the authorization unit's phone is used. Always standard. The language page is an
   insert in normal (not capital) letters.

   Which date is which: the letter date is the date line of the letter and the RUN DT field (always the same day);
   ``request_received`` is RCVD DT (and the prose's "received" date when printed); ``decision`` is DECN DT. The
   fusion surgery date (SURG DT and the prose) and the x-ray date are distractors; ``service`` is null. Which name is
   the member: the addressee; the header prints the same person as "LAST, FIRST M" (not marked). Distractors: the
   DME vendor and its phone, the reason code (RSN CD), the system report id, the group and authorization numbers,
   the reviewer's short form in the RVWR field. What the truth counts: the one stimulator requested (denied).

3. ``blind30_fehb_aba_hours_reduction``: Kaiser Permanente Mid-Atlantic States (MD, VA, DC) Federal Employees Health
   Benefits letter to a parent that approves fewer applied behavior analysis hours than the child's ABA provider
   asked for (``partial_denial``, ``medical_necessity``): a "units requested / units approved" table by CPT code
   (97153 direct treatment always reduced, e.g. 30 hours a week requested and 15 approved; 97155 protocol
   modification sometimes reduced; 97156 caregiver guidance and 97151 reassessment approved as asked). The child is
   the member (patient name, member ID, date of birth); the parent, the federal employee who holds the enrollment,
   is the addressee. Layouts: ``fehb_units_table_letter`` (the units table after the decision paragraph),
   ``fehb_summary_box`` (a boxed summary first, the units table on an attachment page) and ``fehb_field_grid`` (a
   grid of the case fields heads the letter). Rights exactly as the catalogue states them: ask us to reconsider
   within 6 months from the date of this notice (5 CFR 890.105), we answer within 30 days of getting the request,
   then review by the U.S. Office of Personnel Management (address with the catalogue's caveat; OPM's final answer
   within 60 days); no OPM filing window and no urgent time frame is printed (the catalogue does not verify them).
   Member Services (301) 468-6000 / 1-800-777-7902, TTY (301) 879-6380.

   Which date is which: the letter date heads the letter; ``request_received`` and ``decision`` are stated in the
   first paragraph (or the field grid). The child's date of birth, the authorization period (start and end) and the
   date of the provider's last progress report are distractors; ``service`` is null. Which name is the member: the
   child. What the truth counts: only the reduced lines (97153, and 97155 when it is cut); lines approved in full are
   unmarked distractors. Which reason is the reason: the paragraph that says why the approved hours meet the child's
   needs (school hours, goals, progress data); the hours arithmetic in the table is not the reason.

Dates use this set's own styles (``b30date``): "Mar 05, 2025", "Wednesday, Mar 5, 2025", "5 March, 2025" in prose and
"05MAR25", "05-MAR-25", "030525" in the mainframe fields; ``parse_blind30_date`` reads them back, in any case.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import bare as _bare
from .blind_parts import has as _has
from .blind_parts import uni as _uni
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M, plain
from .writer import W, join_and

BLIND30_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b30date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "mon3pad":  # Mar 05, 2025
        return f"{mon[:3]} {d.day:02d}, {d.year}"
    if style == "dowmon3":  # Wednesday, Mar 5, 2025
        return f"{_DOW[d.weekday()]}, {mon[:3]} {d.day}, {d.year}"
    if style == "dmycomma":  # 5 March, 2025
        return f"{d.day} {mon}, {d.year}"
    if style == "mfdmy":  # 05MAR25
        return f"{d.day:02d}{mon[:3].upper()}{d.year % 100:02d}"
    if style == "mfdash":  # 05-MAR-25
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year % 100:02d}"
    if style == "mfcompact":  # 030525 (month, day, two-digit year)
        return f"{d.month:02d}{d.day:02d}{d.year % 100:02d}"
    raise ValueError(style)


PROSE_STYLES = ("mon3pad", "dowmon3", "dmycomma")
MAINFRAME_STYLES = ("mfdmy", "mfdash", "mfcompact")
STYLES = PROSE_STYLES + MAINFRAME_STYLES


def _mon(name: str, full: bool) -> int | None:
    t = name[:1].upper() + name[1:].lower()
    pool = MONTHS if full else _MON3
    return pool.index(t) + 1 if t in pool else None


def parse_blind30_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b30date``, in mixed case or in capitals (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Za-z]{3}) (\d{2}), (\d{4})", t)
        if m and _mon(m[1], False):
            return dt.date(int(m[3]), _mon(m[1], False), int(m[2]))
        m = re.fullmatch(r"([A-Za-z]+), ([A-Za-z]{3}) ([1-9]\d?), (\d{4})", t)
        if m and _mon(m[2], False):
            d = dt.date(int(m[4]), _mon(m[2], False), int(m[3]))
            return d if _DOW[d.weekday()].lower() == m[1].lower() else None
        m = re.fullmatch(r"([1-9]\d?) ([A-Za-z]+), (\d{4})", t)
        if m and _mon(m[2], True):
            return dt.date(int(m[3]), _mon(m[2], True), int(m[1]))
        m = re.fullmatch(r"(\d{2})-?([A-Za-z]{3})-?(\d{2})", t)
        if m and _mon(m[2], False) and (t.count("-") in (0, 2)):
            return dt.date(2000 + int(m[3]), _mon(m[2], False), int(m[1]))
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles=PROSE_STYLES) -> None:
    w.c.extra["b30_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b30date(day, style or w.c.extra["b30_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _style(w: W, families: list[str], sizes: list[float], margins=(54.0, 60.0, 68.0)) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(list(margins)),
               margin_t=w.pick([40.0, 48.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 8.0])
    return st


def _after(day: dt.date, lo: int, hi: int, w: W) -> dt.date:
    return day + dt.timedelta(days=w.rng.randint(lo, hi))


def _before(day: dt.date, lo: int, hi: int, w: W) -> dt.date:
    return day - dt.timedelta(days=w.rng.randint(lo, hi))


def _keep_timely(w: W, limit_days: int) -> None:
    """A standard request: the receipt date agrees with the planted (or absent) late-decision defect."""
    c = w.c
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(limit_days + 5, limit_days + 25))
    elif c.received is None or (end - c.received).days > limit_days - 4 or (end - c.received).days < 1:
        c.received = end - dt.timedelta(days=w.rng.randint(2, limit_days - 5))


def _ph(w: W, areas: list[str]) -> str:
    a, n, m = w.pick(areas), w.rng.randint(200, 989), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}"])


def _rev_line(w: W, lead: str) -> str:
    r = w.c.reviewer
    out = lead + M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        out += ", " + M("REVIEWER_CRED", r["credentials"])
    if r["specialty"]:
        out += w.pick([f", {M('REVIEWER_SPECIALTY', r['specialty'])}",
                       f" (board certified in {M('REVIEWER_SPECIALTY', r['specialty'])})"])
    return out


def _signature(w: W, b: list[Block], unit: str, org: str) -> None:
    c = w.c
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=16))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(unit, space_before=16))
    b.append(w.p(org, space_before=0))


# language-help lines written for this set; {ph} is the number the letter prints
_TAG30 = {
    "es": "Español: Tenemos ayuda con el idioma sin costo para usted. Llame al {ph}.",
    "zh": "中文：我們免費為您提供口譯及翻譯服務。請致電 {ph}。",
    "vi": "Tiếng Việt: Chúng tôi có dịch vụ thông dịch miễn phí cho quý vị. Xin gọi số {ph}.",
    "tl": "Tagalog: May libreng serbisyo ng interpreter para sa inyo. Tumawag sa {ph}.",
    "ko": "한국어: 통역 및 번역 서비스를 무료로 이용하실 수 있습니다. {ph}번으로 연락해 주십시오.",
    "ja": "日本語：通訳・翻訳サービスを無料でご利用いただけます。{ph} にお電話ください。",
    "ilo": "Ilokano: Adda libre a serbisio ti panangipatarus para kadakayo. Awaganyo ti {ph}.",
    "sm": "Gagana Samoa: E maua fua se tagata faaliliu upu mo oe. Vala'au i le {ph}.",
    "haw": "ʻŌlelo Hawaiʻi: He kōkua unuhi manuahi nou. E kelepona mai iā {ph}.",
    "mh": "Kajin Ṃajeļ: Ewōr jipañ in ukok ilo ejjeļọk wōnāān ñan kwe. Kūr {ph}.",
    "chk": "Chuukese: Mei wor aninis ren kapasen fonu ese kamo ngonuk. Kori {ph}.",
    "ru": "Русский: Услуги переводчика предоставляются вам бесплатно. Звоните по номеру {ph}.",
    "uk": "Українська: Послуги перекладача надаються вам безкоштовно. Телефонуйте {ph}.",
    "ro": "Română: Serviciile de interpretare vă sunt oferite gratuit. Sunați la {ph}.",
    "ar": "العربية: خدمات الترجمة الفورية متوفرة لك مجانًا. اتصل على الرقم {ph}.",
    "so": "Soomaali: Adeegga turjubaanka waa lacag la'aan adiga. Wac {ph}.",
    "fr": "Français : Les services d'interprète vous sont offerts gratuitement. Appelez le {ph}.",
    "am": "አማርኛ፦ የትርጉም አገልግሎት ያለ ክፍያ ይቀርብልዎታል። በ {ph} ይደውሉ።",
    "fa": "فارسی: خدمات مترجم شفاهی به‌طور رایگان در اختیار شماست. با {ph} تماس بگیرید.",
    "ur": "اردو: ترجمانی کی سہولت آپ کے لیے مفت دستیاب ہے۔ {ph} پر کال کریں۔",
}
_TAG30_SETS = {
    "HI": ["es", "ilo", "tl", "ja", "zh", "ko", "vi", "sm", "haw", "mh", "chk"],
    "OR": ["es", "vi", "ru", "zh", "ko", "uk", "ar", "ro", "so"],
    "MAS": ["es", "ko", "zh", "vi", "fr", "am", "ar", "ru", "tl", "fa", "ur"],
}


def _tags(w: W, key: str, ph: str, heading: str | None, keep: int, size: float = 7.6) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG30_SETS[key])
    first, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(min(keep, len(rest)), len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5, unicode=_uni(heading)) if heading
                        else Block("rule", space_before=12)]
    for code in first + rest:
        t = _TAG30[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.5))
    return out


# === 1. Hawaii Senior Advantage: dialysis while travelling outside the service area ===============================

_HI_TRIPS = [
    ("Las Vegas, Nevada", "702", ["Desert Palms Dialysis Center", "Silver State Kidney Center"]),
    ("Phoenix, Arizona", "602", ["Camelback Renal Care", "Sonoran Dialysis Associates"]),
    ("Reno, Nevada", "775", ["Truckee Meadows Dialysis", "High Desert Kidney Care"]),
    ("Boise, Idaho", "208", ["Treasure Valley Renal Center", "Boise River Dialysis"]),
    ("Salt Lake City, Utah", "801", ["Wasatch Dialysis Clinic", "Great Basin Renal Services"]),
    ("Anchorage, Alaska", "907", ["Chugach Dialysis Unit", "Cook Inlet Kidney Center"]),
]
_HI_HOME = ["Moanalua Dialysis Unit", "Kapolei Kidney Center (Plan-contracted)", "Hilo Dialysis Center (Plan-contracted)",
            "Wailuku Renal Care (Plan-contracted)", "Pearl City Dialysis (Plan-contracted)"]
_HI_SVC = [(["Hemodialysis procedure with single evaluation by a physician", "Outpatient hemodialysis session with "
             "one physician evaluation"], "90935"),
           (["Unlisted dialysis procedure (outpatient hemodialysis sessions)", "Outpatient maintenance dialysis, "
             "facility sessions"], "90999")]
_HI_LAB = (["Renal function panel", "Renal function blood panel"], "80069")
_HI_DX = [(["End stage renal disease", "End-stage renal disease"], "N18.6")]
_HI_DX2 = [(["Dependence on renal dialysis"], "Z99.2"),
           (["Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"],
            "I12.0"),
           (["Type 2 diabetes mellitus with diabetic chronic kidney disease"], "E11.22")]
_HI_TITLES = ["Physician Reviewer, Senior Advantage", "Medical Director, Medicare Utilization Review",
              "Associate Medical Director"]


def _hi_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b30_hi"):
        return
    c.extra["b30_hi"] = True
    _fmt(w)
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    c.extra["hi_variant"] = w.rng.randrange(3)
    t, code = w.pick(_HI_SVC)
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    if w.chance(0.35):
        c.services.append(dict(text=w.pick(_HI_LAB[0]), codes=[_HI_LAB[1]], decision="denied"))
    c.diagnoses = [dict(text=w.pick(_HI_DX[0][0]), codes=[_HI_DX[0][1]])]
    if w.chance(0.6):
        t, code = w.pick(_HI_DX2)
        c.diagnoses.append(dict(text=w.pick(t), codes=[code]))
    city, area, units = w.pick(_HI_TRIPS)
    c.extra["hi_city"], c.extra["hi_unit"] = city, w.pick(units)
    c.extra["hi_unit_ph"] = f"({area}) {w.rng.randint(200, 989)}-{w.rng.randint(0, 9999):04d}"
    c.extra["hi_home"] = w.pick(_HI_HOME)
    depart = _after(c.letter, 6 if c.urgency == "expedited" else 12, 40, w)
    back = depart + dt.timedelta(days=w.rng.randint(9, 24))
    c.extra["hi_depart"], c.extra["hi_back"] = depart, back
    sessions, d = [], depart + dt.timedelta(days=1)
    while d < back:
        if d.weekday() in (0, 2, 4):
            sessions.append(d)
        d += dt.timedelta(days=1)
    c.extra["hi_sessions"] = sessions or [depart + dt.timedelta(days=1)]
    c.service = None
    pname, _, plast = person(w.rng, 0.2)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}"])
    c.extra["hi_prov_last"] = plast
    c.extra["hi_clinic"] = w.pick(["Nephrology, Moanalua Medical Center", "Kidney Clinic, Waipio Medical Office",
                                   "Nephrology Department, Maui Lani Medical Office"])
    c.criteria = []
    if w.chance(0.55):
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Nephrology", "Internal Medicine"]) if w.chance(0.6) else None,
                          phone=phone(w.rng, "HI") if w.chance(0.5) else None)
        c.reviewer_title = w.pick(_HI_TITLES)
    else:
        c.reviewer = None
    c.extra["hi_phone"] = phone(w.rng, "HI")
    c.extra["hi_fax"] = phone(w.rng, "HI")
    c.extra["hi_box"] = f"P.O. Box {w.rng.randint(1000, 39999)}, Honolulu, HI 968{w.rng.randint(10, 59)}"
    _flags(c)


def reason_b30_hi(w: W) -> str:
    _hi_setup(w)
    c = w.c
    unit, city = c.extra["hi_unit"], c.extra["hi_city"].split(",")[0]
    return w.pick([
        f"{unit} in {city} is not a Kaiser Permanente plan provider, and dialysis scheduled ahead of a planned trip "
        "is routine care, not an emergency or an urgently needed service, so Senior Advantage does not cover it there.",
        f"Dialysis you plan before a trip is not emergency care or an urgently needed service. Because {unit} has no "
        f"contract with Kaiser Permanente and {city} is outside our service area, we cannot approve these sessions.",
        f"The sessions would be given by {unit}, which is outside our network, while you are away in {city}; regular "
        "dialysis arranged before you leave does not count as emergency or urgently needed care, which is the only "
        "care we cover from providers outside the network and the service area.",
    ])


def _hi_rights(w: W, b: list[Block], heads: dict) -> None:
    c = w.c
    ph, fax = c.extra["hi_phone"], c.extra["hi_fax"]
    b.append(heads["h"](w.pick(["You have the right to appeal", "Your right to ask for an appeal",
                                "If you disagree with our decision"])))
    if c.appeal_phrase:
        by = b30date(c.letter + dt.timedelta(days=c.appeal_days), c.extra["b30_fmt"])
        s = w.pick([
            f"You can ask us to look at this decision again. This is called an appeal, or a reconsideration. Your "
            f"request must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice",
            f"To appeal, ask us for a reconsideration within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of "
            "this notice",
        ])
        s += w.pick([f" (on or before {by}).", "."])
        b.append(w.p(s))
    b.append(heads["h2"](w.pick(["Standard appeal or fast appeal", "Two ways we can handle your appeal",
                                 "How fast we answer"] if not _has(c, "notice.expedited_review") else
                                ["How long an appeal takes", "When we answer"])))
    b.append(w.p(w.pick([
        "Standard appeal: we send you our answer within 30 days after we get your appeal.",
        "A standard appeal is decided within 30 days of the day we receive it.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "Fast appeal: if you or your doctor believe that waiting 30 days could seriously harm your health or "
            "your ability to function, ask for a fast (expedited) appeal. We answer a fast appeal within 72 hours. "
            "If a doctor asks for a fast appeal for you, we will give you one.",
            "You can ask for an expedited appeal when waiting for a standard answer could seriously harm your life "
            "or health. We decide expedited appeals within 72 hours, and we always grant a doctor's request for one.",
        ])))
    b.append(heads["h2"](w.pick(["How to ask for an appeal", "How to appeal", "Sending us your appeal"])))
    how = w.pick([
        f"Write to Senior Advantage Appeals, Kaiser Permanente Hawaii, {c.extra['hi_box']}, or fax your request to "
        f"{fax}.",
        f"Mail your appeal to Senior Advantage Appeals, {c.extra['hi_box']}, or fax it to {fax}.",
    ])
    if not _has(c, "notice.expedited_review"):
        how += w.pick([f" For a fast appeal you may call {ph} (TTY 711).",
                       f" You or your doctor can ask for a fast appeal by phone at {ph} (TTY 711)."])
    b.append(w.p(how))
    b.append(w.p(w.pick([
        "Include your name, member number and the reference number at the top of this notice, and send any "
        "information that supports your appeal, such as a letter from your doctor. Someone you name can appeal for "
        "you.",
        "Tell us why you disagree and send anything that helps your case, for example your nephrologist's notes. "
        "You may name a relative, friend or doctor to act for you.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(heads["h2"](w.pick(["What happens next", "After your appeal", "If we still say no"])))
        b.append(w.p(w.pick([
            "If we do not decide fully in your favor, we send your case on our own to an Independent Review Entity, "
            "an organization that Medicare contracts with and that is not part of Kaiser Permanente. You do not need "
            "to ask for this. If you disagree with its decision, further levels of appeal follow: an Administrative "
            "Law Judge, the Medicare Appeals Council and federal court.",
            "When our appeal answer is still a full or partial denial, your file goes automatically to the "
            "Independent Review Entity, a reviewer outside our plan that works for Medicare. Later levels are a "
            "hearing before an Administrative Law Judge, review by the Medicare Appeals Council and, after that, "
            "federal court.",
        ])))
    b.append(heads["h2"](w.pick(["Get help and more information", "Questions and help", "Where to get help"])))
    b.append(w.p(w.pick([
        f"Senior Advantage review unit: {ph}, TTY 711, weekdays 8 a.m. to 4:30 p.m. Medicare: 1-800-MEDICARE "
        "(1-800-633-4227); TTY 1-877-486-2048; www.medicare.gov.",
        f"Call us at {ph} (TTY 711). You can also call Medicare at 1-800-MEDICARE (1-800-633-4227); TTY users "
        "call 1-877-486-2048.",
    ])))


def t_b30_hi(w: W):
    _hi_setup(w)
    c = w.c
    variant = c.extra["hi_variant"]  # 0 form, 1 letter with rights on page 2, 2 form with a sessions table
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    ref = c.ids["ref"]
    ph, fax = c.extra["hi_phone"], c.extra["hi_fax"]
    city, unit, home = c.extra["hi_city"], c.extra["hi_unit"], c.extra["hi_home"]
    dep, back = _fd(w, c.extra["hi_depart"]), _fd(w, c.extra["hi_back"])
    n = len(c.extra["hi_sessions"])
    fast = c.urgency == "expedited"
    st.footer = [w.pick([f"Reference {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Senior Advantage "
                                                                          "(Hawaii) | {page}",
                         f"{ref} | {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    b: list[Block] = []

    def bar(text: str) -> Block:
        return w.h(text, shade=True, space_before=10, size=st.size + 0.5)

    numbered = [0]

    def num(text: str) -> Block:
        numbered[0] += 1
        return w.h(f"{numbered[0]}. {text}", space_before=10)

    heads = dict(h=bar, h2=lambda t: w.h(t, space_before=8)) if variant != 1 else dict(h=num, h2=num)
    title = w.pick(["Notice of Denial of Medical Coverage", "NOTICE OF DENIAL OF MEDICAL COVERAGE",
                    "Medicare Notice of Denial of Medical Coverage"])
    if fast:
        title += w.pick([" (fast decision)", " - expedited decision"])
    if variant == 1:
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Senior Advantage - Hawaii", "Medicare Utilization Review"],
                       right=["Kaiser Foundation Health Plan, Inc., Hawaii Region", c.extra["hi_box"],
                              f"Phone {ph}  Fax {fax}"]))
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member number: {w.mid()}    Reference: {ref}", space_before=8, size=st.size - 0.5))
        b.append(w.h(title, space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Aloha {c.member_salute},"]), space_before=8))
    else:
        b.append(w.p("Kaiser Permanente Senior Advantage (HMO) - Hawaii", bold=True, space_before=0))
        b.append(w.h(title, align="center", space_before=8, size=st.size + 3))
        rows = [["Date of this notice", _dm(w, "DATE_LETTER", c.letter)], ["Name", w.name()],
                ["Member number", w.mid()], ["Reference", ref]]
        if w.chance(0.5):
            rows.insert(2, ["Mailing address", ", ".join(c.member_addr)])
        b.append(Block("table", rows=rows, header_row=False, space_before=8, size=st.size - 0.5))
    # the decision
    svcs = join_and([f"{w.svc(s)} (CPT {w.code(s['codes'][0])})" for s in c.services])
    rec, dec = _dm(w, "DATE_RECEIVED", c.received), _dm(w, "DATE_DECISION", c.decision)
    b.append(heads["h"](w.pick(["What we decided", "Our decision", "We have denied the coverage you asked for"])))
    s = w.pick([
        f"We denied coverage for {svcs} that your doctor, {prov}, asked for on your behalf: {n} sessions at {unit} "
        f"in {city} while you travel there from {dep} to {back}.",
        f"Your nephrologist, {prov}, asked us to cover {svcs} at {unit}, {city}, during your trip ({dep} to "
        f"{back}; {n} sessions). We have denied this request.",
    ])
    if rec:
        s += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if dec:
        s += w.pick([f" We made this decision on {dec}.", f" Decision date: {dec}."])
    b.append(w.p(s))
    if fast:
        b.append(w.p(w.pick(["Because you asked for a fast decision before your trip, we reviewed your request on "
                             "the expedited (72-hour) timeline.",
                             "You asked for a fast decision, so we handled this request as expedited."])))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + ".",
                 size=st.size - 0.5))
    if variant == 2:
        rows = [["Session date", "Dialysis unit", "City", "Decision"]]
        for d in c.extra["hi_sessions"]:
            rows.append([_fd(w, d), unit, city.split(",")[0], "Denied"])
        b.append(w.p(w.pick(["Sessions in the request:", "The sessions your doctor asked for:"]), space_before=8))
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 1.5, cont_label="Sessions (continued)"))
    b.append(heads["h"](w.pick(["Why we denied your request", "Why did we deny your request?",
                                "The reason for our decision"])))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        f"Your regular treatments at {home} are not affected. If you need emergency care while you are away, "
        "go to the nearest emergency room; this decision does not apply to emergency care.",
        f"You can keep your usual schedule at {home} before and after the trip. This denial does not change "
        "coverage of emergency care anywhere you travel.",
    ])))
    b.append(w.p(w.pick([
        f"{unit} can be reached at {c.extra['hi_unit_ph']} if you want to change or cancel your sessions there.",
        f"The outside unit's phone number is {c.extra['hi_unit_ph']}; please let them know about this decision.",
    ]), size=st.size - 0.5))
    if c.reviewer:
        line = _rev_line(w, w.pick(["A physician reviewed this request: ", "Reviewing physician: "])) + "."
        if c.reviewer["phone"]:
            line += w.pick([f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}.",
                            f" Direct line for your doctor: {M('REVIEWER_PHONE', c.reviewer['phone'])}."])
        b.append(w.p(line, space_before=6))
    if variant == 1:
        b.append(w.p(w.pick(["Sincerely,", "Mahalo,"]), space_before=10))
        _signature(w, b, "Senior Advantage Utilization Review", "Kaiser Permanente Hawaii")
        b.append(w.p(f"cc: {prov}, {c.extra['hi_clinic']}", size=8.2, space_before=6))
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Your Medicare appeal rights", "IMPORTANT: your appeal rights"]), size=st.size + 1.5))
    _hi_rights(w, b, heads)
    if variant != 1:
        b.append(w.p(f"cc: {prov}, {c.extra['hi_clinic']}", size=8.2, space_before=8))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters and large-print copies are free. Call {ph} (TTY 711).",
                             f"You can get this notice in another language or format at no cost: {ph} (TTY 711)."]),
                     space_before=8))
        b.append(w.p("Kaiser Permanente complies with federal civil rights laws and does not discriminate on the "
                     "basis of race, color, national origin, age, disability or sex.", size=st.size - 1.5))
    b += _tags(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Language help / Kōkua ʻōlelo"]), 6)
    return b, st, ["hi_ndmc_form", "hi_ndmc_letter", "hi_ndmc_sessions_table"][variant]


BLIND30_TEMPLATES["blind30_hi_ma_travel_dialysis"] = (t_b30_hi, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["initial_denial"], cats=["out_of_network"],
    reason=reason_b30_hi))
MODELED_ON["blind30_hi_ma_travel_dialysis"] = (
    "blind30: Kaiser Permanente Hawaii Senior Advantage (Medicare Advantage) notice of denial of medical coverage for "
    "outpatient hemodialysis sessions (90935 or 90999, sometimes 80069) at a non-plan dialysis unit while the member "
    "travels outside the service area (out of network; not emergency or urgently needed care); a form, a letter "
    "with rights on page 2, or a form with a sessions table; 60-day reconsideration, 30-day standard and 72-hour "
    "fast appeal, automatic Independent Review Entity, ALJ/Council/court, 1-800-MEDICARE, taglines")


# === 2. Northwest (Oregon) commercial: a mainframe printout denying a bone growth stimulator =======================

_NW_DEV = {
    "electric": (["Osteogenesis stimulator, electrical, non-invasive, spinal applications", "Non-invasive electrical "
                  "bone growth stimulator for the spine"], "E0748", "OSTEOGEN STIM ELEC NONINV SPINAL"),
    "implant": (["Osteogenesis stimulator, electrical, surgically implanted", "Implanted electrical bone growth "
                 "stimulator"], "E0749", "OSTEOGEN STIM ELEC IMPLANTED"),
    "ultrasound": (["Osteogenesis stimulator, low intensity ultrasound, non-invasive", "Low-intensity ultrasound bone "
                    "growth stimulator"], "E0760", "OSTEOGEN STIM LIPUS NONINV"),
}
_NW_DX = [(["Spondylolisthesis, lumbar region"], "M43.16"),
          (["Spinal stenosis, lumbar region with neurogenic claudication"], "M48.062"),
          (["Spondylosis without myelopathy or radiculopathy, lumbar region"], "M47.816")]
_NW_DX2 = (["Arthrodesis status"], "Z98.1")
_NW_CRIT = {
    "medical_necessity": ["KPNW Clinical Review Criteria: Osteogenic Stimulators, Spinal",
                          "MCG Ambulatory Care Guideline: Electrical Bone Growth Stimulation, Spinal Fusion",
                          "Kaiser Permanente Northwest DME Coverage Criteria - Bone Growth Stimulators"],
    "experimental_investigational": ["Kaiser Permanente Medical Technology Assessment: Low-Intensity Pulsed "
                                     "Ultrasound After Spinal Fusion",
                                     "KPNW Clinical Review Criteria: Osteogenic Stimulators, Spinal"],
}
_NW_VENDORS = ["Cascade Orthotic Supply", "Willamette Medical Equipment", "Columbia Home Medical", "Rose City DME"]
_NW_NP = ["Utilization Review Coordinator", "Authorization Specialist", "UM Nurse Reviewer"]


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b30_nw"):
        return
    c.extra["b30_nw"] = True
    _fmt(w)
    c.extra["nw_mf"] = w.pick(list(MAINFRAME_STYLES))
    c.region = "Northwest"
    c.urgency = "standard"
    c.decision = c.decision or c.letter  # the system's DECN DT field is never blank (the letter goes out that day)
    _keep_timely(w, 15)
    c.member_addr = address(w.rng, "OR", "Northwest")
    variant = c.extra["nw_variant"] = w.rng.randrange(3)
    caps = variant == 1
    exp = c.category == "experimental_investigational"
    dev = "ultrasound" if exp else w.pick(["electric", "electric", "implant"])
    texts, code, short = _NW_DEV[dev]
    c.extra["nw_dev"], c.extra["nw_short"] = dev, short
    c.services = [dict(text=w.pick(texts), codes=[code], decision="denied")]
    t, code = w.pick(_NW_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    if w.chance(0.5):
        c.diagnoses.append(dict(text=_NW_DX2[0][0], codes=[_NW_DX2[1]]))
    c.extra["nw_levels"] = w.pick(["L4-L5", "L5-S1", "L3-L4"]) if exp or w.chance(0.7) else w.pick(["L4-S1", "L3-L5"])
    c.extra["nw_why"] = "exp" if exp else ("norisk" if c.extra["nw_levels"].count("-") == 1 and w.chance(0.6)
                                         else "healing")
    rec = c.received or c.letter
    c.extra["nw_surg"] = _before(rec, 4, 50, w)
    c.extra["nw_xray"] = _after(c.extra["nw_surg"], 1, 3, w) if c.extra["nw_why"] != "healing" else \
        min(_before(rec, 0, 3, w), _after(c.extra["nw_surg"], 3, 40, w))
    c.service = None
    pname, pfirst, plast = person(w.rng, 0.0)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, DO"])
    c.extra["nw_prov_short"] = f"{plast.upper()}, {pfirst[0].upper()}"
    c.extra["nw_vendor"] = w.pick(_NW_VENDORS)
    c.extra["nw_vendor_ph"] = phone(w.rng, "OR")
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_NW_CRIT[c.category])]
    if _has(c, "process.reviewer_not_physician"):
        name, _, _ = person(w.rng, 0.0)
        c.reviewer = dict(name=name, credentials=w.pick(["RN", None]), specialty=None, phone=None)
        c.reviewer_title = w.pick(_NW_NP)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.0)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "DO"]),
                          specialty=w.pick(["Orthopedic Surgery", "Physical Medicine and Rehabilitation",
                                            "Neurosurgery"]) if w.chance(0.7) else None,
                          phone=phone(w.rng, "OR") if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Associate Medical Director, Utilization Management"])
    c.extra["nw_phone"] = phone(w.rng, "OR")
    c.extra["nw_fax"] = phone(w.rng, "OR")
    c.extra["nw_rsn"] = {"exp": "EI04", "norisk": "MN02", "healing": "MN07"}[c.extra["nw_why"]]
    if caps:  # the whole letter prints in capitals, so the truth's strings are the capitalized ones
        c.member_name = c.member_name.upper()
        c.member_salute = c.member_salute.upper()
        c.member_addr = [x.upper() for x in c.member_addr]
        c.provider = c.provider.upper()
        for s in c.services:
            s["text"] = s["text"].upper()
        for d in c.diagnoses:
            d["text"] = d["text"].upper()
        c.criteria = [x.upper() for x in c.criteria]
        if c.reviewer:
            c.reviewer = {k: (v.upper() if isinstance(v, str) and k != "phone" else v) for k, v in c.reviewer.items()}
            c.reviewer_title = c.reviewer_title.upper()
    _flags(c)


def reason_b30_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    out = _nw_reason(w)
    return out.upper() if c.extra["nw_variant"] == 1 else out


def _nw_reason(w: W) -> str:
    c = w.c
    lv = c.extra["nw_levels"]
    if _bare(c):
        return w.pick(["The bone growth stimulator is not medically necessary.", "Criteria are not met.",
                       "This item is not medically necessary."])
    why = c.extra["nw_why"]
    if why == "norisk":
        return w.pick([
            f"A bone growth stimulator is not medically necessary after your one-level fusion at {lv}: the records "
            "show none of the risk factors for a fusion that does not heal (no earlier failed fusion, no smoking, no "
            "diabetes, no long-term steroid use), and the criteria require at least one of them.",
            f"Your surgery fused one level ({lv}), and your surgeon's notes list no condition that raises the risk of "
            "non-union, such as smoking, diabetes or a previous failed fusion. Without such a risk factor, a "
            "stimulator is not medically necessary.",
        ])
    if why == "healing":
        xr = _fd(w, c.extra["nw_xray"])
        return w.pick([
            f"The x-rays taken on {xr} show the fusion at {lv} healing as expected, and a stimulator is medically "
            "necessary only when a fusion has failed to heal or is at high risk of failing; neither is shown.",
            f"A stimulator is not medically necessary now: your x-rays from {xr} show bone forming across the "
            f"{lv} fusion, with no sign of a failed or delayed fusion.",
        ])
    return w.pick([
        "Low-intensity ultrasound bone growth stimulators are investigational for spinal fusion: published studies "
        f"have not shown that they help a spinal fusion such as yours at {lv} heal, so the device is not covered.",
        f"The ultrasound stimulator requested for your {lv} fusion is considered experimental for the spine; the "
        "medical evidence supports ultrasound stimulation only for certain fractures of the limbs, not for spinal "
        "fusion.",
    ])


def _pad(pairs: list[tuple[str, str]], widths: list[int]) -> str:
    """A row of LABEL: value fields padded to fixed columns (markers take no room on the page)."""
    out = ""
    for k, (lab, val) in enumerate(pairs):
        cell = f"{lab}: {val}"
        if k < len(pairs) - 1:
            cell += " " * max(2, widths[k] - len(plain(cell)))
        out += cell
    return out


def _nw_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ph, fax = c.extra["nw_phone"], c.extra["nw_fax"]
    b.append(w.h(w.pick(["YOUR RIGHT TO APPEAL", "Appeal rights", "If you disagree"]), space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may appeal this decision within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive this "
            f"letter. Call {ph}, fax {fax}, or write to the Appeals Unit at the address above. Your doctor or another "
            "person you choose may appeal for you.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the date you get this letter: by "
            f"phone at {ph}, by fax at {fax} or by mail to the Appeals Unit. Someone you authorize may file for you.",
        ])))
    b.append(w.p(w.pick([
        "We decide an appeal of a request for care you have not yet received within 30 days after we receive it.",
        "Appeals of pre-service requests are decided within 30 days.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously jeopardize your life, health or ability to regain maximum function, "
            "ask for an urgent (expedited) appeal; we decide it within 72 hours.",
            "Urgent appeals: when the standard time frame could seriously harm your health, we decide your appeal "
            "within 72 hours. Your doctor can ask for this.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold our decision after your appeal, you may ask for an external review by an independent "
            "review organization (45 CFR 147.136). Ask within 4 months after you receive our final appeal decision. "
            "External review is free, and we must follow its decision.",
            "After our final internal decision, an independent review organization can review the case at no cost "
            "to you; the request must be made within 4 months after you receive that decision (45 CFR 147.136).",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents and records used in this decision, including the criteria, "
        "and for the diagnosis and treatment codes and what they mean.",
        "On request we will send you, at no charge, copies of the documents, records and criteria we used, and the "
        "diagnosis and procedure codes with their meanings.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with an appeal or external review you may also contact the Oregon Division of Financial "
            "Regulation, which oversees health insurance in Oregon.",
            "The Oregon Division of Financial Regulation can help you with questions or complaints about your "
            "health plan.",
        ])))


def _caps(blocks: list[Block]) -> list[Block]:
    for bl in blocks:
        if bl.kind == "para" and not bl.unicode:
            bl.text = bl.text.upper()
        elif bl.kind == "table":
            bl.rows = [[x.upper() for x in r] for r in bl.rows]
    return blocks


def t_b30_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = c.extra["nw_variant"]  # 0 fields then mixed-case prose, 1 all capitals, 2 run header + rights page
    caps = variant == 1
    st = _style(w, ["courier"], [9.0, 9.5], margins=(50.0, 54.0, 58.0))
    ref = c.ids["ref"]
    mf = c.extra["nw_mf"]
    ph = c.extra["nw_phone"]
    rpt = f"UMLT{w.rng.randint(10, 99)}"
    run_dt = _dm(w, "DATE_LETTER", c.letter, mf)
    if variant == 2:
        st.header = [f"KPNW UM/AUTH  {rpt}  RUN {b30date(c.letter, mf)}  AUTH {c.ids['auth']}  PAGE {{page}}"]
        st.header_all_pages = True
        st.header_numbered = True
    st.footer = [w.pick([f"{rpt}-{ref}", "KAISER PERMANENTE NORTHWEST - AUTHORIZATION NOTICE", f"REF {ref}"])]
    st.footer_align = w.pick(["left", "center"])
    b: list[Block] = []
    # the printout's field block: capitals, abbreviated labels, two-digit-year dates
    last, first = c.member_name.split()[-1], c.member_name.split()[0]
    mid_init = c.member_name.split()[1][0] if len(c.member_name.split()) > 2 else ""
    mname = f"{last}, {first}{' ' + mid_init if mid_init else ''}".upper()
    if c.reviewer:
        r = c.reviewer
        rv = f"{r['name'].split()[-1]}, {r['name'].split()[0][0]}".upper() + (f" {r['credentials']}".upper()
                                                                            if r["credentials"] else "")
    else:
        rv = "UM-" + str(w.rng.randint(100, 999))
    rec = _dm(w, "DATE_RECEIVED", c.received, mf) or "--"
    dec = _dm(w, "DATE_DECISION", c.decision, mf)
    surg = b30date(c.extra["nw_surg"], mf)
    code = c.services[0]["codes"][0]
    dxs = "  ".join(d["codes"][0] for d in c.diagnoses)
    sys_line = w.pick(["KAISER FOUNDATION HEALTH PLAN OF THE NORTHWEST", "KFHP-NW  UTILIZATION MANAGEMENT SYSTEM",
                       "KP NORTHWEST  AUTHORIZATION SUBSYSTEM"])
    lines = [sys_line + ("" if variant == 2 else f"   {rpt}"),
             _pad([("RUN DT", run_dt), ("PG", "001")], [30, 10]) if variant != 2 else
             _pad([("RUN DT", run_dt), ("LTR TYPE", "DENIAL")], [30, 10]),
             "-" * 78,
             _pad([("MBR NAME", mname), ("MBR NO", w.mid())], [44, 20]),
             _pad([("GRP NO", c.ids["group"]), ("PLAN", w.pick(["OR COMM HMO", "KPOR HMO-LG GRP", "OR HMO"])),
                   ("AUTH NO", c.ids["auth"])], [18, 26, 20]),
             _pad([("SVC CD", code), ("QTY", "001"), ("DESC", c.extra["nw_short"])], [16, 10, 40]),
             _pad([("DX CD", dxs), ("SURG DT", surg)], [30, 20]),
             _pad([("REQ PROV", c.extra["nw_prov_short"]), ("SPEC", w.pick(["ORTHO SPINE", "NEUROSURG", "ORTHO"]))],
                  [32, 20]),
             _pad([("RCVD DT", rec), ("DECN DT", dec), ("STATUS", "DENIED")], [20, 20, 16]),
             _pad([("RVWR", rv), ("RSN CD", c.extra["nw_rsn"]), ("PRIORITY", "STD")], [26, 14, 14]),
             "-" * 78]
    if w.chance(0.5):
        lines.insert(8, _pad([("DME VNDR", c.extra["nw_vendor"].upper()), ("PH", c.extra["nw_vendor_ph"])], [40, 20]))
    for k, ln in enumerate(lines):
        b.append(w.p(ln.upper(), space_before=0 if k else 2, size=st.size - 0.5))
    # the letter
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=12))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    svc = c.services[0]
    svc_txt = w.pick([f"{w.svc(svc)} (HCPCS {w.code(svc['codes'][0])})", f"{w.code(svc['codes'][0])} {w.svc(svc)}"])
    b.append(w.p(w.pick([f"Re: Bone growth stimulator - authorization {c.ids['auth']}",
                         f"Subject: Request for {svc_txt}"]), space_before=8, bold=True))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([
        f"Your surgeon, {M('PROVIDER', c.provider)}, asked us to cover {svc_txt} after your spinal fusion "
        f"({c.extra['nw_levels']}) on {_fd(w, c.extra['nw_surg'])}.",
        f"We reviewed a request from {M('PROVIDER', c.provider)} for {svc_txt}, to be used after your "
        f"{c.extra['nw_levels']} lumbar fusion.",
    ])
    prec = _dm(w, "DATE_RECEIVED", c.received)
    if prec and w.chance(0.5):
        intro += w.pick([f" We received the request on {prec}.", f" The request came in on {prec}."])
    intro += w.pick([" We cannot approve it.", " The request is denied.", " We are not able to approve this item."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Condition: "]) + "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
                 + "."))
    b.append(w.p(w.pick(["Reason: ", "Why: ", "The reason for this decision: "]) + M("REASON", w.reason)))
    if c.criteria:
        b.append(w.p(w.pick(["Guideline used: ", "We based this decision on "]) + M("CRITERIA", c.criteria[0]) +
                     w.pick([". You may ask for a free copy.", "."])))
    b.append(w.p(w.pick([
        f"Please tell the equipment supplier, {c.extra['nw_vendor']} ({c.extra['nw_vendor_ph']}), not to deliver the "
        "device unless you decide to pay for it yourself.",
        f"If {c.extra['nw_vendor']} has already contacted you, let them know about this decision; their number is "
        f"{c.extra['nw_vendor_ph']}.",
    ])))
    if c.reviewer:
        line = _rev_line(w, w.pick(["Reviewed by ", "The reviewer was "])) + "."
        if c.reviewer["phone"]:
            line += f" Your surgeon may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss this decision."
        b.append(w.p(line))
    if variant == 2:
        b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
        _signature(w, b, "Utilization Management", "Kaiser Foundation Health Plan of the Northwest")
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", space_before=6, size=st.size - 1))
        b.append(Block("pagebreak"))
        _nw_rights(w, b)
        b.append(w.p(f"Questions: call {ph} (TTY 711), Monday through Friday.", space_before=8))
    else:
        _nw_rights(w, b)
        b.append(w.p(f"Questions: call {ph} (TTY 711), Monday through Friday.", space_before=8))
        b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
        _signature(w, b, "Utilization Management", "Kaiser Foundation Health Plan of the Northwest")
        b.append(w.p(f"cc: {M('PROVIDER', c.provider)}", space_before=6, size=st.size - 1))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: call {ph} (TTY 711).",
                             f"Language help is free of charge: {ph} (TTY 711)."]), space_before=8))
    if caps:
        _caps(b)
    tags = _tags(w, "OR", f"{ph} (TTY 711)", w.pick(["Language assistance insert", "Help in your language"]), 5)
    if tags:
        b.append(Block("pagebreak"))
        b += tags
    return b, st, ["nw_fields_then_prose", "nw_all_caps", "nw_run_header"][variant]


BLIND30_TEMPLATES["blind30_nw_mainframe_printout"] = (t_b30_nw, dict(
    plans=["commercial_hmo"], states=["OR"], kinds=["initial_denial"],
    cats=["medical_necessity", "experimental_investigational"], reason=reason_b30_nw))
MODELED_ON["blind30_nw_mainframe_printout"] = (
    "blind30: Kaiser Permanente Northwest (Oregon) commercial HMO letter printed by an old authorization system: "
    "a Courier block of all-capitals fields (MBR NAME, MBR NO, SVC CD, DX CD, RCVD DT, DECN DT, RVWR, two-digit-year "
    "dates) over a short prose letter denying a bone growth stimulator after lumbar fusion (E0748/E0749 not medically "
    "necessary, or E0760 investigational); mixed-case prose, the whole letter in capitals, or a run header with the "
    "rights on page 2; 180-day appeal, 30-day and 72-hour appeal decisions, external review within 4 months "
    "(45 CFR 147.136), free copies and codes, Oregon Division of Financial Regulation by name, taglines insert")


# === 3. Mid-Atlantic FEHB: fewer ABA hours approved than requested ==================================================

_MAS_AREAS = {"MD": ["301", "410", "240"], "VA": ["703", "571"], "DC": ["202"]}
_ABA = {
    "97153": ["Adaptive behavior treatment by protocol, administered by technician", "Adaptive behavior treatment by "
              "protocol (direct 1:1 therapy by a behavior technician)"],
    "97155": ["Adaptive behavior treatment with protocol modification by a qualified health care professional",
              "Protocol modification by the supervising analyst (BCBA)"],
    "97156": ["Family adaptive behavior treatment guidance", "Caregiver training (family adaptive behavior treatment "
              "guidance)"],
    "97151": ["Behavior identification assessment", "Behavior identification reassessment by the analyst"],
}
_MAS_DX = (["Autistic disorder", "Autism spectrum disorder (autistic disorder)"], "F84.0")
_MAS_DX2 = (["Mixed receptive-expressive language disorder"], "F80.2")
_MAS_CRIT = ["Kaiser Permanente Mid-Atlantic States Clinical Review Criteria: Applied Behavior Analysis",
             "Council of Autism Service Providers, Applied Behavior Analysis Practice Guidelines for the Treatment of "
             "Autism Spectrum Disorder"]
_MAS_AGENCIES = ["Chesapeake Behavior Partners", "Potomac Autism Services", "Blue Ridge ABA Therapy",
                 "Capital Kids Behavioral Health", "Patuxent Learning and Behavior Center"]


def _mas_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b30_mas"):
        return
    c.extra["b30_mas"] = True
    _fmt(w)
    c.region = "Mid-Atlantic States"
    c.urgency = "standard"
    _keep_timely(w, 15)
    c.member_addr = address(w.rng, c.state, "Mid-Atlantic States")
    c.extra["mas_variant"] = w.rng.randrange(3)
    # hours a week: the technician's direct therapy is always cut; the analyst's time sometimes
    req_h = w.pick([25, 30, 30, 35, 40])
    app_h = w.pick([h for h in (10, 12, 15, 20) if h <= req_h - 10])
    sup_req = w.pick([4, 5, 6, 8])
    sup_cut = w.chance(0.4)
    sup_app = max(2, sup_req // 2) if sup_cut else sup_req
    fam = w.pick([1, 2])
    weeks = w.pick([12, 26])
    c.extra.update(mas_req_h=req_h, mas_app_h=app_h, mas_sup_req=sup_req, mas_sup_app=sup_app, mas_fam=fam,
                   mas_weeks=weeks, mas_sup_cut=sup_cut, mas_reassess=w.chance(0.5))
    c.services = [dict(text=w.pick(_ABA["97153"]), codes=["97153"], decision="modified")]
    if sup_cut:
        c.services.append(dict(text=w.pick(_ABA["97155"]), codes=["97155"], decision="modified"))
    c.extra["mas_other_txt"] = {k: w.pick(v) for k, v in _ABA.items()}
    c.diagnoses = [dict(text=w.pick(_MAS_DX[0]), codes=[_MAS_DX[1]])]
    if w.chance(0.35):
        c.diagnoses.append(dict(text=_MAS_DX2[0][0], codes=[_MAS_DX2[1]]))
    # the child (the member) and the parent (the enrollee and addressee)
    parts = c.member_name.split()
    kid_first, kid_last = parts[0], parts[-1]
    c.extra["mas_kid"] = kid_first
    age = w.rng.randint(3, 9)
    c.extra["mas_age"] = age
    c.extra["mas_dob"] = c.letter - dt.timedelta(days=365 * age + w.rng.randint(15, 340))
    pfirst = person(w.rng, 0.0)[1]
    while pfirst == kid_first:
        pfirst = person(w.rng, 0.0)[1]
    c.extra["mas_parent"] = f"{pfirst} {kid_last if w.chance(0.7) else person(w.rng, 0.0)[2]}"
    c.extra["mas_school"] = ("a half-day preschool program" if age == 3 else "a public pre-kindergarten program"
                             if age == 4 else "kindergarten" if age == 5 else "first grade" if age == 6 else
                             w.pick(["second grade", "third grade"]))
    c.extra["mas_school_h"] = w.pick([6, 6.5]) if age >= 5 else w.pick([3, 4])
    c.extra["mas_goals"] = w.rng.randint(10, 16)
    c.extra["mas_met"] = w.rng.randint(3, c.extra["mas_goals"] - 4)
    c.extra["mas_why"] = w.pick(["school", "progress"])
    c.extra["mas_report"] = _before(c.received or c.letter, 3, 25, w)
    start = _after(c.letter, 2, 12, w)
    c.extra["mas_start"], c.extra["mas_end"] = start, start + dt.timedelta(days=7 * weeks - 1)
    c.service = None
    pname, _, _ = person(w.rng, 0.0)
    c.provider = w.pick([f"{pname}, BCBA", f"{pname}, MS, BCBA", f"{pname}, MA, BCBA, LBA"])
    c.extra["mas_agency"] = w.pick(_MAS_AGENCIES)
    areas = _MAS_AREAS[c.state]
    c.extra["mas_agency_ph"] = _ph(w, areas)
    if _bare(c):
        c.criteria = []
    else:
        c.criteria = [w.pick(_MAS_CRIT)] if w.chance(0.7) else list(_MAS_CRIT)
    if w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Developmental-Behavioral Pediatrics", "Child and Adolescent Psychiatry",
                                            "Pediatrics"]) if w.chance(0.75) else None,
                          phone=_ph(w, areas) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer, Behavioral Health", "Medical Director, Utilization Management",
                                   "Reviewing Physician"])
    c.extra["mas_phone"] = _ph(w, areas)
    c.extra["mas_fax"] = _ph(w, areas)
    _flags(c)


def reason_b30_mas(w: W) -> str:
    _mas_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The additional hours are not medically necessary.", "Medical necessity criteria are not met.",
                       "The request exceeds what is medically necessary."])
    kid, x = c.extra["mas_kid"], c.extra
    if x["mas_why"] == "school":
        return w.pick([
            f"{kid} attends {x['mas_school']} about {x['mas_school_h']} hours a day, five days a week, and the "
            f"treatment plan's {x['mas_goals']} goals can be worked on in {x['mas_app_h']} hours a week of direct "
            f"therapy; {x['mas_req_h']} hours a week on top of the school day is more than the goals in the plan "
            "call for.",
            f"The treatment plan lists {x['mas_goals']} goals, and they can be addressed in {x['mas_app_h']} hours a "
            f"week of 1:1 therapy outside {kid}'s school day ({x['mas_school']}, about {x['mas_school_h']} hours a "
            f"day). The plan does not explain why {x['mas_req_h']} hours a week are needed to meet them.",
        ])
    return w.pick([
        f"The progress report shows {kid} met {x['mas_met']} of {x['mas_goals']} treatment goals over the last "
        f"six months at the current level of services, and the plan does not show why increasing direct therapy to "
        f"{x['mas_req_h']} hours a week is needed; {x['mas_app_h']} hours a week continue the progress documented.",
        f"With {x['mas_met']} of {x['mas_goals']} goals met in the last authorization period and steady gains in the "
        f"data, {kid}'s needs can be met with {x['mas_app_h']} hours a week of direct therapy; the records do not "
        f"support {x['mas_req_h']} hours a week.",
    ])


def _mas_table(w: W) -> Block:
    c, x = w.c, w.c.extra
    per_week = w.chance(0.5)
    k = 1 if per_week else x["mas_weeks"]
    lines = [("97153", x["mas_req_h"] * 4, x["mas_app_h"] * 4, True),
             ("97155", x["mas_sup_req"] * 4, x["mas_sup_app"] * 4, x["mas_sup_cut"]),
             ("97156", x["mas_fam"] * 4, x["mas_fam"] * 4, False)]
    head = ["CPT", "Service", "Units requested" + (" per week" if per_week else ""),
            "Units approved" + (" per week" if per_week else ""), "Decision"]
    rows = [head]
    marked = {s["codes"][0]: s for s in c.services}
    for code, rq, ap, cut in lines:
        txt = w.svc(marked[code]) if code in marked else x["mas_other_txt"][code]
        cd = w.code(code) if code in marked else code
        rows.append([cd, txt, str(rq * k), str(ap * k), "Partly approved" if cut else "Approved"])
    if x["mas_reassess"]:
        rows.append(["97151", x["mas_other_txt"]["97151"], "8", "8", "Approved"])
    return Block("table", rows=rows, space_before=6, col_align=["left", "left", "right", "right", "left"])


def _mas_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ms = "1-800-777-7902"
    b.append(w.h(w.pick(["Your right to ask us to reconsider", "The disputed claims process",
                         "If you disagree with this decision"]), space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may ask us in writing to reconsider our decision. Your request must be sent within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice (5 CFR 890.105). Tell us why you "
            "believe the hours should be approved and include any records that support the request, such as a new "
            "progress report.",
            f"Write to us within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice and ask us to "
            "reconsider (5 CFR 890.105). Send anything that supports the full number of hours, for example a letter "
            f"from {c.extra['mas_kid']}'s analyst or pediatrician.",
        ])))
    b.append(w.p(w.pick([
        "We will answer within 30 days after we receive your request for reconsideration: we will either approve the "
        "hours, ask you or the provider for more information, or uphold this decision in writing.",
        "Our reconsideration decision is sent within 30 days of the day your request reaches us.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we uphold our decision after reconsideration, or do not answer in time, you may ask the U.S. Office "
            "of Personnel Management (OPM) to review it. Write to U.S. Office of Personnel Management, Healthcare "
            "and Insurance, 1900 E Street NW, Washington, DC 20415 (check Section 8 of your plan brochure for the OPM "
            "office that handles our plan and the time limit for asking). OPM sends its final answer within 60 days.",
            "After our reconsideration, you can ask the Office of Personnel Management to review the case; see "
            "Section 8 of your FEHB brochure for the OPM office and the deadline (OPM, Healthcare and Insurance, "
            "1900 E Street NW, Washington, DC 20415; please check your plan brochure). OPM gives a final response "
            "within 60 days.",
        ])))
    b.append(w.p(w.pick([
        "If your child's care is urgent, call us and say so; the brochure explains how urgent claims are handled.",
        "Call us right away if waiting could seriously harm your child's health; your brochure describes the urgent "
        "claims process.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of the records, the criteria and other documents we used for this decision.",
        "Copies of everything we relied on, including the clinical review criteria, are free on request.",
    ])))
    b.append(w.p(w.pick([
        f"Member Services: (301) 468-6000 in the Washington, DC area or {ms} toll free; TTY (301) 879-6380.",
        f"Questions? Call Member Services at {ms} or (301) 468-6000 (TTY (301) 879-6380).",
    ])))


def t_b30_mas(w: W):
    _mas_setup(w)
    c, x = w.c, w.c.extra
    variant = x["mas_variant"]  # 0 table after the decision, 1 boxed summary + table on an attachment, 2 field grid
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    ref = c.ids["ref"]
    ph = c.extra["mas_phone"]
    kid, parent = x["mas_kid"], x["mas_parent"]
    st.footer = [w.pick([f"FEHB authorization {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Mid-Atlantic "
                                                                                 "States | {page}",
                         f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Mid-Atlantic States", w.pick(["Behavioral Health Utilization Review",
                                                                            "Autism Services Authorization"])],
                   right=["Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
                          "Federal Employees Health Benefits Program", f"Phone {ph}  Fax {c.extra['mas_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(parent, space_before=8))
    b += [w.p(a, space_before=0) for a in c.member_addr]
    dob = _fd(w, x["mas_dob"])
    period = f"{_fd(w, x['mas_start'])} through {_fd(w, x['mas_end'])}"
    rec, dec = _dm(w, "DATE_RECEIVED", c.received), _dm(w, "DATE_DECISION", c.decision)
    if variant == 2:
        rows = [["Patient (member)", w.name(), "Member ID", w.mid()],
                ["Date of birth", dob, "Enrollee", parent],
                ["Requested by", prov, "Provider group", x["mas_agency"]],
                ["Authorization period", period, "Reference", ref]]
        if c.received:
            rows.append(["Request received", rec, "Decision date", dec or "-"])
        b.append(Block("table", rows=rows, header_row=False, space_before=10, size=st.size - 1))
    else:
        b.append(w.p(f"Patient: {w.name()}    Member ID: {w.mid()}    Date of birth: {dob}", space_before=8,
                     size=st.size - 0.5))
        b.append(w.p(f"Enrollee: {parent}    Reference: {ref}", space_before=1, size=st.size - 0.5))
    b.append(w.h(w.pick(["Applied behavior analysis: partial approval", "Notice of partial approval - ABA services",
                         "Your request for ABA therapy hours"]), space_before=10, size=st.size + 1.5))
    if variant == 1:
        b.append(w.p(w.pick([
            f"At a glance: we approved {x['mas_app_h']} hours a week of direct ABA therapy for {kid} (the request "
            f"was {x['mas_req_h']}). The units we approved for each service are listed on the attached page.",
            f"Summary: {x['mas_app_h']} of the {x['mas_req_h']} weekly hours of 1:1 ABA therapy requested for {kid} "
            "are approved. See the attachment for the units approved by code.",
        ]), boxed=True, space_before=8))
    b.append(w.p(w.pick([f"Dear {parent}:", f"Dear {parent.split()[0]},"]), space_before=8))
    s = w.pick([
        f"{prov} of {x['mas_agency']} asked us to approve applied behavior analysis (ABA) for your child, {w.name()}, "
        f"at {x['mas_req_h']} hours a week of direct therapy for {period}.",
        f"We reviewed the request from {prov} ({x['mas_agency']}) for ABA services for {w.name()}: "
        f"{x['mas_req_h']} hours a week of 1:1 therapy plus supervision and caregiver training.",
    ])
    if variant != 2 or w.chance(0.4):
        if rec:
            s += w.pick([f" We received it on {rec}.", f" The request arrived on {rec}."])
        if dec:
            s += w.pick([f" We made our decision on {dec}.", f" The decision was made on {dec}."])
    s += w.pick([f" We approved {x['mas_app_h']} hours a week, fewer than requested.",
                 f" We approved part of the request: {x['mas_app_h']} hours a week of direct therapy."])
    b.append(w.p(s))
    dx = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dx + "."))
    if variant != 1:
        b.append(w.p(w.pick(["Units requested and approved (1 unit = 15 minutes):",
                             "What was requested and what we approved, by code (units of 15 minutes):"]),
                     space_before=8))
        b.append(_mas_table(w))
    b.append(w.h(w.pick(["Why we did not approve all of the hours", "Reason for the partial approval",
                         "Why we approved fewer hours"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We reviewed the treatment plan and the progress report dated {_fd(w, x['mas_report'])}. The hours we "
            "approved include supervision by the analyst and caregiver training, which help carry skills into home "
            "and school.",
            f"Records reviewed: the treatment plan and the analyst's progress report of {_fd(w, x['mas_report'])}. "
            "Caregiver training is approved as requested.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Criteria used: ", "We applied "]) + join_and([M("CRITERIA", k) for k in c.criteria]) +
                     "."))
    b.append(w.p(w.pick([
        f"The provider may send a new request at any time with updated data, for example if {kid}'s school "
        "schedule changes or new behaviors appear.",
        "If the treatment plan changes, the provider can ask for more hours with new progress data.",
    ])))
    if c.reviewer:
        line = _rev_line(w, w.pick(["This decision was made by ", "Reviewing physician: "])) + "."
        if c.reviewer["phone"]:
            line += f" The provider may call {M('REVIEWER_PHONE', c.reviewer['phone'])} for a peer-to-peer discussion."
        b.append(w.p(line, space_before=6))
    _mas_rights(w, b)
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    _signature(w, b, "Behavioral Health Utilization Review", "Kaiser Permanente Mid-Atlantic States")
    b.append(w.p(f"cc: {prov}, {x['mas_agency']} ({x['mas_agency_ph']})", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Interpreter services are free. Call 1-800-777-7902 (TTY (301) 879-6380).",
                             "Free language assistance: 1-800-777-7902; TTY (301) 879-6380."]), space_before=6))
    if variant == 1:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Attachment: authorization detail", "ATTACHMENT - UNITS BY CODE"]), size=st.size + 1))
        b.append(w.p(f"Patient: {c.member_name}    Member ID: {c.member_id}    Period: {period}", space_before=6,
                     size=st.size - 0.5))
        b.append(_mas_table(w))
        b.append(w.p("One unit is 15 minutes. Approved units may be used at any time during the period.",
                     size=st.size - 1, space_before=6))
    b += _tags(w, "MAS", "1-800-777-7902 (TTY (301) 879-6380)", w.pick([None, "Language assistance"]), 6)
    return b, st, ["fehb_units_table_letter", "fehb_summary_box", "fehb_field_grid"][variant]


BLIND30_TEMPLATES["blind30_fehb_aba_hours_reduction"] = (t_b30_mas, dict(
    plans=["fehb"], states=["MD", "VA", "DC"], kinds=["partial_denial"], cats=["medical_necessity"],
    reason=reason_b30_mas))
MODELED_ON["blind30_fehb_aba_hours_reduction"] = (
    "blind30: Kaiser Permanente Mid-Atlantic States FEHB letter to a parent approving fewer applied behavior "
    "analysis hours than requested for a child with autism (97153 reduced, 97155 sometimes reduced; 97156 and 97151 "
    "approved), with a units requested / units approved table by CPT code; the table after the decision, a boxed "
    "summary with the table on an attachment, or a field grid; 6-month reconsideration (5 CFR 890.105), 30-day "
    "answer, OPM review with the catalogue's caveat, Mid-Atlantic Member Services, taglines")
