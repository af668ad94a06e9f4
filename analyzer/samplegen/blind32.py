"""Thirty-second blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND32_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind32_co_hypoglossal_stimulator")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind32_co_hypoglossal_stimulator``: Kaiser Permanente Colorado denial of hypoglossal nerve stimulation (CPT
   64582) for obstructive sleep apnea (G47.33) as experimental/investigational for this member: the body mass index or
   the apnea-hypopnea index lies outside the range the device was studied in, or drug-induced sleep endoscopy showed
   complete concentric collapse at the palate. The plan is either the member's Kaiser Foundation Health Plan of
   Colorado commercial coverage ("Evidence of Coverage", a Colorado Division of Insurance line) or an employer group
   plan governed by ERISA ("Summary Plan Description", "plan administrator", section 502(a), EBSA) -- the letter's own
   cues say which. The reasoning is written like a short review article: numbered sections, superscript reference
   numbers (the characters one, two and three superscript) in the evidence sentences, and a numbered list of three
   journal references whose years, volumes, issues and page ranges (for example "2014;370(2):139-149") are neither
   codes nor dates of the letter. Layouts: ``co_academic_letter`` (references right after the rationale),
   ``co_memo_endnotes`` (a memo-style heading block; the references are endnotes on the last page) and
   ``co_footnote_band`` (a two-column facts band; the references sit at the foot of the page where the rationale ends,
   the rights begin on the next page). Rights: 180 days to appeal, a pre-service appeal decided within 30 days, 72 hours when urgent, external
   review by an independent review organization within 4 months after the final internal decision (45 CFR
   147.136), free copies of the documents; ERISA letters add section 502(a) and EBSA 1-866-444-3272 with "check your
   plan documents"; the Colorado Division of Insurance by name only. Member Services 303-338-3800 (Denver/Boulder) and
   1-888-681-7878 (Southern Colorado), TTY 711, as the catalogue gives them. The request is always standard.

   Which date is which: the letter date heads the letter (memo layout: the "Date" line); the request-received and
   decision dates are stated in the opening paragraph or in the facts band, each with its own words. The sleep study
   date, the sleep endoscopy date and the date CPAP was started are earlier events (distractors); the service date is
   never in the truth. Which name is the member: the addressee; the sleep physician who read the study is a
   distractor; the surgeon who asked for the implant is the requesting provider. Which reason is the reason: the
   sentence under the decision heading that says why the device is investigational for this member (no superscript
   is inside it); the rationale paragraphs with superscripts and the references are supporting evidence. The criteria
   are the named plan policy; the journal references are not criteria.

2. ``blind32_nw_home_health_ending``: Kaiser Permanente Northwest Senior Advantage (Medicare Advantage; Oregon or
   southwest Washington) notice that home health skilled nursing visits (HCPCS G0299) and physical therapy visits
   (HCPCS G0151) will end. It looks like a form to be filled in: labels with their values printed on underlines
   (a ``fields`` block), check-style section headings, and at the bottom a dashed tear-off "Request for fast appeal"
   slip (member name and phone lines left blank to write on; the member ID and the notice date filled in). Layouts:
   ``nw_fill_in_form`` (one form), ``nw_form_sections`` (lettered, shaded sections) and ``nw_cover_and_form`` (a short
   cover letter on page 1, the form and slip on page 2). Truth: termination_notice, medical_necessity, urgency
   **standard** -- the notice is not an expedited decision; it only describes the member's right to a fast appeal
   (decided within 72 hours). The catalogue gives no Quality Improvement Organization facts, so the fast appeal is
   the plan's expedited reconsideration. Rights: appeal within 60 days from the date of the notice (65 on some
   letters, which the catalogue accepts), a standard appeal decided within 30 days, an adverse decision sent on to
   the Independent Review Entity automatically, 1-800-MEDICARE (1-800-633-4227, TTY 1-877-486-2048). No Northwest
   Member Services number is printed (the catalogue does not verify one): the home health review unit's own phone
   and fax are used. Criteria: Medicare's home health rules in 42 CFR Part 409 (a planted internal-criteria defect
   names a Kaiser guideline instead).

   Which date is which: the letter date is the "Date of this notice" value (the slip repeats it, with the same
   label); ``request_received`` (some letters) is the day the home health agency's request for more visits reached the
   plan -- the agency, named in that sentence, is then the requesting provider (otherwise there is none);
   ``decision`` (some letters) is the day the physician reviewer decided. The last covered day ("Your services end
   after"), the first day the member would pay, the start-of-care date and the last visit date are distractors;
   ``service`` is never set. The last covered day is always a later day than the notice date. What the truth counts:
   the services that end (nursing and therapy); a medical social worker or aide line that the notice says continues
   is not in the truth. The ordering physician is copied and is a distractor.

3. ``blind32_nca_extension_portal_print``: Kaiser Permanente Northern California commercial HMO delay notice ("we
   need more time") on a request for catheter ablation of atrial fibrillation (CPT 93656, sometimes with the add-on
   93657; I48.x), as the member printed it from kp.org's message center: a browser header on every page (print time
   stamp and page title) and a browser footer (the message URL and "Page n of m"); message headers From / To / Sent /
   Subject. The print time stamp is one to twenty days after the letter date and is never a truth date. The letter
   names the information still needed (monitor results, imaging, the rhythm-drug history, a consultation note), who
   must send it, the date it is due and the new date by which a decision is expected; a planted
   ``notice.delay_requirements`` defect leaves those out. Rights: a grievance about the delay (phone, kp.org, mail, in
   person), an expedited review in 72 hours for urgent cases with the right to call the Department of Managed Health
   Care, the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's
   1-800-464-4000) naming Independent Medical Review, taglines in 15 languages. No appeal window is stated (a delay
   is no decision), so ``stated_appeal_deadline_days`` is null. Layouts: ``nca_portal_message`` (header lines, then
   the letter), ``nca_portal_thread`` (a header grid, and below the letter the member's earlier question in the same
   thread) and ``nca_portal_attachment`` (a short message with the letter as an opened attachment under its own
   letterhead).

   Which date is which: the letter date is the message's "Sent" date (marked) and, where the letter prints one, the
   date at its head (the same day); ``request_received`` (most letters) is the day the request reached the plan;
   ``decision`` is always null (nothing was decided); the due date for the information, the new decision date, the
   member's earlier message date and the print time stamp are distractors; ``service`` is never set. The
   electrophysiologist who asked for the ablation is the requesting provider; a named physician reviewer (some
   letters) has no phone. Which reason is the reason: the sentence that says why no decision can be made yet.

Dates use this set's own styles (``b32date``); ``parse_blind32_date`` reads them back.
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
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND32_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def b32date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "monthe":  # March the 5th, 2026
        return f"{mon} the {_nth(d.day)}, {d.year}"
    if style == "aposyr":  # March 5, '26
        return f"{mon} {d.day}, '{d.year % 100:02d}"
    if style == "wkorddmy":  # Thursday 5th March 2026
        return f"{_WEEKDAYS[d.weekday()]} {_nth(d.day)} {mon} {d.year}"
    if style == "monslash":  # Mar/5/2026
        return f"{mon[:3]}/{d.day}/{d.year}"
    if style == "yrcomma":  # 2026, March 5
        return f"{d.year}, {mon} {d.day}"
    raise ValueError(style)


STYLES = ("monthe", "aposyr", "wkorddmy", "monslash", "yrcomma")


def parse_blind32_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b32date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) the (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in MONTHS and _nth(int(m[2])) == m[2] + m[3]:
            return dt.date(int(m[4]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), '(\d{2})", t)
        if m and m[1] in MONTHS:
            return dt.date(2000 + int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+day) (\d{1,2})(st|nd|rd|th) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[4] in MONTHS and m[1] in _WEEKDAYS and _nth(int(m[2])) == m[2] + m[3]:
            d = dt.date(int(m[5]), MONTHS.index(m[4]) + 1, int(m[2]))
            return d if _WEEKDAYS[d.weekday()] == m[1] else None
        m = re.fullmatch(r"([A-Z][a-z]{2})/(\d{1,2})/(\d{4})", t)
        if m and m[1] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{4}), ([A-Z][a-z]+) (\d{1,2})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[1]), MONTHS.index(m[2]) + 1, int(m[3]))
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b32_fmt"] = w.pick(list(STYLES))


def _fd(w: W, day: dt.date | None) -> str:
    return b32date(day, w.c.extra["b32_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- small shared pieces ------------------------------------------------------------------------------------------


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([56.0, 64.0, 72.0]),
               margin_t=w.pick([44.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 8.0])
    return st


def _days_back(day: dt.date, lo: int, hi: int, w: W) -> dt.date:
    return day - dt.timedelta(days=w.rng.randint(lo, hi))


def _keep_timely(w: W, limit: int) -> None:
    """Receipt date consistent with the planted (or absent) late-decision defect, counted in calendar days."""
    c = w.c
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(limit + 4, limit + 30))
    elif c.received and (end - c.received).days > limit:
        c.received = end - dt.timedelta(days=w.rng.randint(1, min(limit, 10)))


def _np_signer(w: W, titles: list[str]) -> None:
    """The planted non-physician decision-maker: a title that is no physician's, no specialty, no line."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", "LPN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _who(w: W, lead: str) -> str:
    r = w.c.reviewer
    out = lead + M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        out += ", " + M("REVIEWER_CRED", r["credentials"])
    if r["specialty"]:
        out += w.pick([f" ({M('REVIEWER_SPECIALTY', r['specialty'])})",
                       f", board certified in {M('REVIEWER_SPECIALTY', r['specialty'])}"])
    return out


def _signoff(w: W, b: list[Block], unit: str, org: str, close: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=12))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(unit, space_before=12))
    b.append(w.p(org, space_before=0))


# one-sentence language-help lines written for this set; {ph} is the number the letter prints
_HELP = {
    "es": "¿Habla español? Le ayudamos sin costo en su idioma. Llame al {ph}.",
    "zh": "您說中文嗎？我們可以免費用中文協助您。請致電 {ph}。",
    "vi": "Quý vị nói tiếng Việt? Chúng tôi giúp quý vị miễn phí bằng tiếng Việt. Xin gọi số {ph}.",
    "tl": "Nagsasalita ka ba ng Tagalog? Tutulungan ka namin nang libre sa iyong wika. Tumawag sa {ph}.",
    "ko": "한국어를 사용하십니까? 한국어로 무료 도움을 드립니다. {ph}번으로 연락하십시오.",
    "hy": "Խոսու՞մ եք հայերեն։ Մենք ձեզ կօգնենք անվճար ձեր լեզվով։ Զանգեք {ph}։",
    "ru": "Говорите по-русски? Мы бесплатно поможем вам на вашем языке. Звоните {ph}.",
    "fa": "فارسی صحبت می‌کنید؟ ما به زبان شما رایگان کمک می‌کنیم. با {ph} تماس بگیرید.",
    "ja": "日本語をお話しになりますか。日本語での支援を無料でご提供します。{ph} へお電話ください。",
    "pa": "ਕੀ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ? ਅਸੀਂ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਦਿੰਦੇ ਹਾਂ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "តើអ្នកនិយាយភាសាខ្មែរទេ? យើងជួយអ្នកដោយឥតគិតថ្លៃជាភាសារបស់អ្នក។ ទូរស័ព្ទ {ph}។",
    "hmn": "Koj puas hais lus Hmoob? Peb pab tau koj dawb ua koj hom lus. Hu rau {ph}.",
    "ar": "هل تتحدث العربية؟ نساعدك مجانًا بلغتك. اتصل بالرقم {ph}.",
    "hi": "क्या आप हिंदी बोलते हैं? हम आपकी भाषा में मुफ़्त मदद देते हैं। {ph} पर फ़ोन करें।",
    "th": "คุณพูดภาษาไทยหรือไม่ เราช่วยเหลือคุณเป็นภาษาไทยได้ฟรี โทร {ph}",
    "uk": "Розмовляєте українською? Ми безкоштовно допоможемо вам вашою мовою. Телефонуйте {ph}.",
    "ro": "Vorbiți românește? Vă ajutăm gratuit în limba dumneavoastră. Sunați la {ph}.",
    "so": "Ma ku hadashaa Af-Soomaali? Si bilaash ah ayaan kuugu caawinaynaa luqaddaada. Wac {ph}.",
    "am": "አማርኛ ይናገራሉ? በቋንቋዎ ነጻ እርዳታ እንሰጥዎታለን። በ {ph} ይደውሉ።",
    "fr": "Vous parlez français ? Nous vous aidons gratuitement dans votre langue. Appelez le {ph}.",
    "de": "Sprechen Sie Deutsch? Wir helfen Ihnen kostenlos in Ihrer Sprache. Rufen Sie {ph} an.",
}
_HELP_SETS = {
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "fr", "de", "ja"],
    "NW": ["es", "ru", "vi", "zh", "uk", "ko", "ro", "so", "ar", "ja"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "pa", "km", "hmn", "ar", "hi", "th"],
}


def _help_lines(w: W, key: str, ph: str, heading: str | None, keep_all: bool, size: float = 7.6) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    codes = list(_HELP_SETS[key])
    first, rest = codes[:1], codes[1:]
    if not keep_all:
        w.rng.shuffle(rest)
        rest = rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.2) if heading else Block("rule", space_before=10)]
    for code in first + rest:
        t = _HELP[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.4))
    return out


# === 1. Colorado: hypoglossal nerve stimulation, experimental/investigational ======================================

_CO_SVC = ["Hypoglossal nerve stimulator implantation (stimulation lead, pulse generator and respiratory sensor)",
           "Implantation of a hypoglossal nerve neurostimulator system",
           "Upper airway stimulation: open implantation of hypoglossal nerve neurostimulator array, pulse generator "
           "and distal respiratory sensor"]
_CO_OSA = ["Obstructive sleep apnea (adult)", "Obstructive sleep apnea of adult", "Obstructive sleep apnea"]
_CO_CRIT = ["Kaiser Permanente Colorado Medical Policy: Hypoglossal Nerve Stimulation for Obstructive Sleep Apnea",
            "KP Colorado Clinical Coverage Policy, Upper Airway (Hypoglossal Nerve) Stimulation",
            "Kaiser Permanente Interregional New Technologies Committee review: Hypoglossal Nerve Stimulation"]
_CO_NP = ["Utilization Review Coordinator", "Prior Authorization Specialist", "Clinical Review Nurse"]
_CO_REV = ["Otolaryngology", "Sleep Medicine", "Pulmonary and Sleep Medicine"]

# the three journal references: (authors, title, journal, year, volume, issue, first page, last page)
_CO_REFS = {
    "star": ("Strollo PJ Jr, Soose RJ, Maurer JT, et al", "Upper-airway stimulation for obstructive sleep apnea",
             "N Engl J Med", 2014, 370, 2, 139, 149),
    "star3": ("Woodson BT, Soose RJ, Gillespie MB, et al", "Three-year outcomes of cranial nerve stimulation for "
              "obstructive sleep apnea: the STAR trial", "Otolaryngol Head Neck Surg", 2016, 154, 1, 181, 188),
    "dise": ("Vanderveken OM, Maurer JT, Hohenhorst W, et al", "Evaluation of drug-induced sleep endoscopy as a "
             "patient selection tool for implanted upper airway stimulation for obstructive sleep apnea",
             "J Clin Sleep Med", 2013, 9, 5, 433, 438),
}
_SUP = ["\u00b9", "\u00b2", "\u00b3"]


def _ref_text(key: str, n: int, style: int) -> str:
    au, ti, jo, yr, vol, iss, p1, p2 = _CO_REFS[key]
    if style == 0:  # Vancouver
        return f"{n}. {au}. {ti}. {jo}. {yr};{vol}({iss}):{p1}-{p2}."
    if style == 1:  # the last page shortened to the digits that differ (139-49)
        a, e = str(p1), str(p2)
        k = 0
        while k < len(e) - 1 and len(a) == len(e) and a[k] == e[k]:
            k += 1
        return f"[{n}] {au}. {ti}. {jo} {yr}; {vol}: {p1}-{e[k:]}."
    return f"{n}) {au}. ({yr}). {ti}. {jo}, {vol}({iss}), {p1}\u2013{p2}."


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b32_co"):
        return
    c.extra["b32_co"] = True
    _fmt(w)
    c.region, c.urgency = "Colorado", "standard"
    c.member_addr = address(w.rng, "CO", "Colorado")
    c.services = [dict(text=w.pick(_CO_SVC), codes=["64582"], decision="denied")]
    why = c.extra["co_why"] = w.pick(["bmi", "ahi_high", "ahi_low", "concentric"])
    bmi = round(w.rng.uniform(32.6, 39.8), 1) if why == "bmi" else round(w.rng.uniform(24.2, 31.7), 1)
    if why == "ahi_high":
        ahi = float(w.rng.randint(68, 104))
    elif why == "ahi_low":
        ahi = round(w.rng.uniform(7.5, 14.4), 1)
    else:
        ahi = float(w.rng.randint(19, 58))
    c.extra["co_bmi"], c.extra["co_ahi"] = bmi, (int(ahi) if ahi.is_integer() else ahi)
    c.extra["co_central"] = w.rng.randint(2, 14)
    c.diagnoses = [dict(text=w.pick(_CO_OSA), codes=["G47.33"])]
    if why == "bmi" and w.chance(0.6):
        band = int(bmi)
        c.diagnoses.append(dict(text=f"Body mass index [BMI] {band}.0-{band}.9, adult", codes=[f"Z68.{band}"]))
    _keep_timely(w, 15)
    rec = c.received or c.letter
    c.extra["co_psg"] = _days_back(rec, 40, 150, w)
    c.extra["co_dise"] = _days_back(rec, 8, 35, w)
    c.extra["co_cpap"] = w.rng.randint(2015, 2023)
    c.service = None
    pname, _, plast = person(w.rng, 0.2)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}", f"{pname}, DO"])
    c.extra["co_prov_last"] = plast
    c.extra["co_sleepdoc"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", DO", ", MD, MPH"])
    c.criteria = [w.pick(_CO_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_signer(w, _CO_NP)
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FAASM"]),
                          specialty=w.pick(_CO_REV) if w.chance(0.8) else None,
                          phone=phone(w.rng, "CO") if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management",
                                   "Reviewing Physician, Sleep and Airway Surgery"])
    order = ["star", "star3", "dise"]
    w.rng.shuffle(order)
    c.extra["co_refs"] = order  # numbered in the order first cited
    c.extra["co_refstyle"] = w.rng.randrange(3)
    c.extra["co_unit"] = phone(w.rng, "CO")
    c.extra["co_fax"] = phone(w.rng, "CO")
    _flags(c)


def reason_b32_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    why, bmi, ahi = c.extra["co_why"], c.extra["co_bmi"], c.extra["co_ahi"]
    if why == "bmi":
        return w.pick([
            f"Hypoglossal nerve stimulation is investigational for you because your body mass index is {bmi}, and "
            "the device has been shown to work only in adults with a BMI of 32 or less.",
            f"For a person with a BMI of {bmi}, as in your records, this implant has not been proven safe and "
            "effective; our policy treats it as experimental above a BMI of 32.",
            f"Your BMI of {bmi} is above the range in which the stimulator was studied (32 or less), so for you the "
            "procedure is considered experimental/investigational.",
        ])
    if why == "ahi_high":
        return w.pick([
            f"Your sleep study recorded {ahi} breathing events per hour, which is above the range of 15 to 65 per "
            "hour in which the evidence supports the stimulator, so for you it is considered investigational.",
            f"With an apnea-hypopnea index of {ahi}, your sleep apnea is more severe than the 15-65 range the "
            "device's evidence covers; for you, hypoglossal nerve stimulation remains experimental.",
        ])
    if why == "ahi_low":
        return w.pick([
            f"Your apnea-hypopnea index of {ahi} events per hour is below 15, the lowest level at which the "
            "evidence supports the stimulator, so for you it is considered investigational.",
            f"Your sleep apnea is mild (AHI {ahi}); the evidence for this implant covers only an AHI of 15 to 65, "
            "so for you it remains experimental.",
        ])
    return w.pick([
        "The sleep endoscopy showed complete concentric collapse of your airway at the level of the soft palate, a "
        "pattern in which hypoglossal nerve stimulation has not been shown to work, so for you it is investigational.",
        "Because your airway closes in a complete circle at the soft palate (complete concentric collapse on sleep "
        "endoscopy), the implant is experimental for you: the studies excluded that pattern.",
    ])


def _co_rationale(w: W) -> list[str]:
    """The evidence paragraphs, each with superscript reference numbers (numbered by first citation)."""
    c = w.c
    order = c.extra["co_refs"]

    def sup(*keys: str) -> str:
        return ",".join(_SUP[order.index(k)] for k in sorted(keys, key=order.index))

    paras = {
        "star": w.pick([
            "The main evidence comes from a multicenter prospective trial of 126 adults with moderate-to-severe "
            "obstructive sleep apnea who could not use CPAP; people with a BMI over 32, mostly central apnea or "
            f"complete concentric collapse were not enrolled{sup('star')}.",
            "A single-group, multicenter study reported that the apnea-hypopnea index fell substantially at twelve "
            f"months in carefully chosen patients{sup('star')}; it had no control group.",
        ]),
        "star3": w.pick([
            "Follow-up of the same group at three years showed that the benefit lasted in those who stayed in the "
            f"study{sup('star3')}; it did not add patients outside the first selection limits.",
            f"Longer-term results{sup('star3')} come from the same selected cohort, so they tell us nothing new about "
            "patients who fall outside it.",
        ]),
        "dise": w.pick([
            "Drug-induced sleep endoscopy is used to choose patients: those with complete concentric collapse at the "
            f"palate did poorly and were excluded from later studies{sup('dise')}.",
            "Patient selection relies on drug-induced sleep endoscopy; complete concentric collapse at the velum "
            f"predicted failure of the therapy{sup('dise')}.",
        ]),
    }
    out = [paras[k] for k in order]
    out.append(w.pick([
        f"Taken together{sup('star', 'star3')}, the studies support the device only inside the selection limits used "
        "in them, and those limits are the ones our policy applies.",
        "Because no controlled study includes patients like you, the evidence does not show that the implant "
        f"improves health outcomes outside those limits{sup('star', 'dise')}.",
    ]))
    return out


def _co_refs(w: W) -> list[str]:
    c = w.c
    return [_ref_text(k, i + 1, c.extra["co_refstyle"]) for i, k in enumerate(c.extra["co_refs"])]


def _co_rights(w: W, b: list[Block]) -> None:
    c = w.c
    erisa = c.plan_type == "erisa_group"
    ms = "303-338-3800"
    b.append(w.h(w.pick(["Your right to appeal", "If you disagree with this decision", "Appeal rights"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may ask us to review this decision. Your appeal must be filed within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} after you receive this letter. Write to the Appeals Program at the "
            f"address above, fax {c.extra['co_fax']}, or call Member Services at {ms} (TTY 711).",
            f"To appeal, contact us within {M('APPEAL_DAYS', c.appeal_phrase)} of receiving this notice: by phone "
            f"({ms} in Denver/Boulder, 1-888-681-7878 in Southern Colorado, TTY 711), by fax to {c.extra['co_fax']} "
            "or in writing. Your doctor or another person you name can appeal for you.",
        ])))
    b.append(w.p(w.pick([
        "We will decide your appeal of this pre-service request within 30 days after we receive it. Send any "
        "records, letters from your doctors or new studies you want us to consider.",
        "An appeal of a request for care you have not yet received is decided within 30 days. You may send written "
        "comments and any new medical information with it.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously jeopardize your life or health or your ability to regain maximum "
            "function, you or your doctor can ask for an expedited appeal, which we decide within 72 hours.",
            "Urgent situations: ask for a fast (expedited) appeal if the standard time could seriously harm your "
            "health; we answer within 72 hours.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "After our final internal decision you may ask for an external review by an independent review "
            "organization that has no tie to Kaiser Permanente. Ask within 4 months after you receive the final "
            "internal decision (45 CFR \u00a7 147.136). External review costs you nothing.",
            "Independent (external) review: once the internal appeal is decided, an independent review organization "
            "can review it at no cost to you. You have 4 months from receipt of our final internal decision to ask "
            "(45 CFR \u00a7 147.136).",
        ])))
    if erisa:
        b.append(w.p(w.pick([
            "Your employer's plan is governed by ERISA. If your appeal is denied, you have the right to bring a "
            "civil action under section 502(a) of ERISA.",
            "Because your coverage is an employee benefit plan under ERISA, you may file suit under ERISA section "
            "502(a) after the plan's appeal process is finished.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your request, "
        "including the full policy named above and the studies we relied on.",
        "On request, and free of charge, we will send you everything we used to decide, including the policy and "
        "the articles listed in the references.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        if erisa:
            b.append(w.p(w.pick([
                "For help with your rights under an employer plan, contact the Employee Benefits Security "
                "Administration at 1-866-444-3272 (check your plan documents for current contact information). The "
                "Colorado Division of Insurance can also help.",
                "Help is available from the U.S. Department of Labor's Employee Benefits Security Administration, "
                "1-866-444-3272 (please check your plan documents for current contact information), and from the "
                "Colorado Division of Insurance.",
            ])))
        else:
            b.append(w.p(w.pick([
                "If you need help with a complaint or an appeal, you may contact the Colorado Division of Insurance.",
                "The Colorado Division of Insurance can help you with questions about this decision or your appeal "
                "rights.",
            ])))


def t_b32_co(w: W):
    _co_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 academic letter, 1 memo with endnotes, 2 facts band with page-foot references
    st = _style(w, ["times", "helvetica"], [9.5, 10.0, 10.5] if variant != 2 else [9.5, 10.0])
    erisa = c.plan_type == "erisa_group"
    ref = c.ids["ref"]
    emp = c.extra["employer"]
    unit, fax = c.extra["co_unit"], c.extra["co_fax"]
    st.footer = [w.pick([f"Case {ref}  \u00b7  {{page}}/{{pages}}", "Kaiser Permanente Colorado - Utilization "
                         "Management - page {page}", f"{ref} | p. {{page}} of {{pages}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    prov = M("PROVIDER", c.provider)
    svc = w.svc_with_codes(c.services[0], w.rng.randrange(3))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    plan_line = (f"{emp} group health plan (insured by Kaiser Foundation Health Plan of Colorado)"
                 if erisa and w.chance(0.5) else f"{emp} employee group health plan" if erisa
                 else "Kaiser Foundation Health Plan of Colorado")
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", w.pick(["Utilization Management", "Clinical Review and "
                                                                 "Authorizations", "Medical Review Program"])],
                   right=["Kaiser Foundation Health Plan of Colorado", "2500 South Havana Street, Aurora, CO",
                          f"Phone {unit}  Fax {fax}"]))
    title = w.pick(["Coverage decision: hypoglossal nerve stimulation", "Notice of adverse benefit determination",
                    "Decision on a request for upper airway stimulation"])
    if variant == 1:
        rows = [["TO:", w.name()], ["MEMBER ID:", w.mid()], ["DATE:", _dm(w, "DATE_LETTER", c.letter)],
                ["FROM:", w.pick(["Medical Review Program", "Utilization Management, Kaiser Permanente Colorado"])],
                ["PLAN:", plan_line], ["RE:", title]]
        for k, (lab, val) in enumerate(rows):
            b.append(w.p(f"{lab}  {val}", space_before=10 if k == 0 else 1.5))
        b.append(w.p("Mailing address: " + ", ".join(c.member_addr), size=st.size - 1, space_before=2))
        b.append(Block("rule", space_before=6))
    else:
        b.append(w.p(w.pick(["", "Aurora, ", "Date: "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    if variant == 2:
        left = [f"Member: {w.name()}", f"Member ID: {w.mid()}", f"Reference: {ref}"]
        right = [f"Requested by: {prov}"]
        if c.received:
            right.append("Request received: " + M("DATE_RECEIVED", _fd(w, c.received)))
        if c.decision:
            right.append("Decision made: " + M("DATE_DECISION", _fd(w, c.decision)))
        b.append(w.h(title, space_before=10, size=st.size + 1.5))
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=6))
        b.append(w.p(f"Plan: {plan_line}", size=st.size - 0.5, space_before=2))
    elif variant == 0:
        b.append(w.p(f"Member ID {w.mid()}    Reference {ref}    Plan: {plan_line}", size=st.size - 0.5,
                     space_before=8))
        b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([f"{prov} asked us to cover {svc} for your sleep apnea.",
                    f"We have finished reviewing the request from {prov} for {svc}."])
    if variant != 2:
        if rec:
            intro += w.pick([f" We received it on {rec}.", f" The request reached us on {rec}."])
        if dec:
            intro += w.pick([f" Our decision was made on {dec}.", f" We decided on {dec}."])
    intro += w.pick([" We are not able to approve it.", " Coverage is denied."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Condition being treated: "]) + dxs + "."))
    n = 0 if variant == 1 else None

    def sec(text: str) -> Block:
        nonlocal n
        if n is None:
            return w.h(text, space_before=10)
        n += 1
        return w.h(f"{n}. {text}", space_before=10)

    b.append(sec(w.pick(["Decision and reason", "Summary of our decision", "Why we denied the request"])))
    b.append(w.p(M("REASON", w.reason)))
    b.append(w.p(w.pick([
        "An experimental or investigational service is one whose safety and benefit for the member's condition have "
        "not been shown in the medical literature. " + ("Your Summary Plan Description" if erisa else
                                                       "Your Evidence of Coverage") +
        " excludes experimental or investigational services.",
        ("The plan document (Summary Plan Description)" if erisa else "The Evidence of Coverage") +
        " does not cover services that are experimental or investigational for the member's condition.",
    ])))
    b.append(sec(w.pick(["Your sleep evaluation", "What we reviewed", "Clinical information reviewed"])))
    psg, dise = _fd(w, c.extra["co_psg"]), _fd(w, c.extra["co_dise"])
    b.append(w.p(w.pick([
        f"{w.pick(['In-laboratory sleep study', 'Home sleep apnea test'])} of {psg}, read by {c.extra['co_sleepdoc']}: apnea-hypopnea index "
        f"{c.extra['co_ahi']} per hour, central and mixed events {c.extra['co_central']}%. Body mass index "
        f"{c.extra['co_bmi']}. Drug-induced sleep endoscopy on {dise}. CPAP prescribed since {c.extra['co_cpap']}, "
        "used too little to help.",
        f"We read the sleep study done on {psg} (AHI {c.extra['co_ahi']}; {c.extra['co_central']}% central or mixed "
        f"events; interpreted by {c.extra['co_sleepdoc']}), the sleep endoscopy report from {dise}, your weight "
        f"record (BMI {c.extra['co_bmi']}) and notes showing you have not tolerated CPAP since {c.extra['co_cpap']}.",
    ])))
    b.append(sec(w.pick(["Scientific evidence", "Review of the medical literature", "Evidence considered"])))
    for para in _co_rationale(w):
        b.append(w.p(para))
    b.append(sec(w.pick(["Policy applied", "Criteria used", "Coverage policy"])))
    b.append(w.p(w.pick(["We applied ", "This request was reviewed under "]) +
                 join_and([M("CRITERIA", x) for x in c.criteria]) + w.pick([
                     ", which covers hypoglossal nerve stimulation only for adults with an AHI of 15 to 65, a BMI "
                     "of 32 or less, fewer than 25% central or mixed events and no complete concentric collapse.",
                     ". It treats the implant as investigational outside the limits of the published trials.",
                 ])))
    refs = _co_refs(w)
    if variant == 0:
        b.append(w.h(w.pick(["References", "Literature cited"]), space_before=10))
        for r in refs:
            b.append(w.p(r, size=st.size - 1, indent=10, space_before=2))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Reviewing clinician: "]))
        if c.reviewer["phone"]:
            line += w.pick([f". Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to discuss it",
                            f"; direct line {M('REVIEWER_PHONE', c.reviewer['phone'])}"])
        b.append(w.p(line + ".", space_before=8))
    b.append(w.p(w.pick([
        f"What you can do now: Dr. {c.extra['co_prov_last']} can talk with you about other "
        "treatments for sleep apnea, such as a different mask or CPAP setting, an oral appliance, positional "
        "therapy or airway surgery.",
        "Other treatments for obstructive sleep apnea remain covered. Please talk with your surgeon or sleep "
        "physician about them.",
    ])))
    if variant == 2:
        b.append(Block("footnotes", left=refs, size=st.small))
    _co_rights(w, b)
    b.append(w.p(w.pick(["Questions? Call Member Services at 303-338-3800 (Denver/Boulder) or 1-888-681-7878 "
                         "(Southern Colorado), TTY 711.",
                         "Member Services: 303-338-3800 in the Denver/Boulder area; 1-888-681-7878 in Southern "
                         "Colorado (TTY 711)."]), space_before=8))
    _signoff(w, b, "Medical Review Program", "Kaiser Foundation Health Plan of Colorado",
             w.pick(["Sincerely,", "Respectfully,"]))
    b.append(w.p(f"cc: {prov}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick(["Language help and other formats are free. Call 303-338-3800 (TTY 711).",
                             "You can get free interpreter services and this letter in other formats: 303-338-3800, "
                             "TTY 711."]), space_before=6))
    b += _help_lines(w, "CO", "303-338-3800", w.pick([None, "Language help / Ayuda con el idioma"]), False)
    if variant == 1:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Notes", "Endnotes: references cited in section 3"]), size=st.size + 1))
        for r in refs:
            b.append(w.p(r, size=st.size - 0.5, space_before=4))
    return b, st, ["co_academic_letter", "co_memo_endnotes", "co_footnote_band"][variant]


BLIND32_TEMPLATES["blind32_co_hypoglossal_stimulator"] = (t_b32_co, dict(
    plans=["commercial_hmo", "erisa_group"], states=["CO"], kinds=["initial_denial"],
    cats=["experimental_investigational"], reason=reason_b32_co))
MODELED_ON["blind32_co_hypoglossal_stimulator"] = (
    "blind32: Kaiser Permanente Colorado commercial or ERISA employer-plan denial of hypoglossal nerve stimulation "
    "(64582) for obstructive sleep apnea (G47.33) as experimental/investigational for this member (BMI, AHI or "
    "concentric collapse outside the studied range), in an academic style with superscript reference numbers and a "
    "numbered list of journal references; 180-day appeal, 30-day and 72-hour appeal decisions, external review "
    "within 4 months (45 CFR 147.136), ERISA 502(a) and EBSA, the Colorado Division of Insurance, taglines")


# === 2. Northwest Senior Advantage: home health visits end ========================================================

_NW_SN = (["Skilled nursing visits (registered nurse)", "Home health skilled nursing visits",
           "Skilled nursing care at home by a registered nurse"], "G0299")
_NW_PT = (["Physical therapy visits at home", "Home health physical therapy visits",
           "Physical therapy in the home"], "G0151")
_NW_DX = [(["Aftercare following joint replacement surgery"], "Z47.1"),
          (["Heart failure, unspecified"], "I50.9"),
          (["Chronic obstructive pulmonary disease with (acute) exacerbation"], "J44.1"),
          (["Muscle weakness (generalized)"], "M62.81"),
          (["Non-pressure chronic ulcer of left lower leg with fat layer exposed"], "L97.922")]
_NW_AGENCY = {"OR": ["Willamette Valley Home Health", "Tualatin River Home Care and Therapy",
                     "Rose City Visiting Nurses", "Clackamas Home Health Partners"],
              "WA": ["Clark County Visiting Nurses", "Columbia River Home Health", "Salmon Creek Home Care Services"]}
_NW_NP = ["Utilization Review Nurse", "Home Health Review Coordinator", "Care Transitions Specialist"]
_NW_REV = ["Geriatric Medicine", "Physical Medicine and Rehabilitation", "Internal Medicine", "Family Medicine"]
_NW_CRIT = ["Medicare home health coverage rules, 42 CFR Part 409",
            "the Medicare home health benefit conditions in 42 CFR Part 409"]
_NW_INTERNAL = ["Kaiser Permanente Northwest Home Health Continued Care Guideline",
                "KPNW Skilled Home Services Review Criteria"]


_NW_WA_CITIES = [("Vancouver", "98661"), ("Vancouver", "98684"), ("Camas", "98607"), ("Battle Ground", "98604"),
                 ("Longview", "98632"), ("Washougal", "98671"), ("Ridgefield", "98642")]


def _nw_tel(w: W, state: str) -> str:
    a = w.pick(["503", "971"]) if state == "OR" else "360"
    n, m = w.rng.randint(200, 989), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"])


def _nw_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b32_nw"):
        return
    c.extra["b32_nw"] = True
    _fmt(w)
    c.region, c.urgency = "Northwest", "standard"
    c.member_addr = address(w.rng, c.state, "Northwest")
    if c.state == "WA":  # Kaiser Permanente Northwest serves southwest Washington
        city, zp = w.pick(_NW_WA_CITIES)
        c.member_addr = [c.member_addr[0], f"{city}, WA {zp}"]
    pair = [_NW_SN, _NW_PT]
    w.rng.shuffle(pair)
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in pair]
    dx = list(_NW_DX)
    w.rng.shuffle(dx)
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in dx[: w.rng.randint(1, 2)]]
    c.extra["nw_keep"] = w.pick([None, None, ("Medical social services visits", "G0155"),
                                 ("Home health aide visits for bathing", "G0156")])
    c.extra["nw_agency"] = w.pick(_NW_AGENCY[c.state])
    # the notice, the last covered day (always later) and the plan's own dates
    c.extra["nw_end"] = c.letter + dt.timedelta(days=w.rng.randint(2, 6))
    c.extra["nw_soc"] = _days_back(c.letter, 24, 70, w)
    c.extra["nw_lastvisit"] = _days_back(c.letter, 1, 5, w)
    c.decision = c.letter - dt.timedelta(days=w.rng.randint(0, 2)) if w.chance(0.6) else None
    if w.chance(0.6):
        c.received = (c.decision or c.letter) - dt.timedelta(days=w.rng.randint(1, 5))
        c.provider = c.extra["nw_agency"]
    else:
        c.received, c.provider = None, None
    c.service = None
    c.extra["nw_md"] = person(w.rng, 0.15)[0] + w.pick([", MD", ", DO", ", NP"])
    c.extra["nw_walk"] = w.rng.choice([150, 200, 250, 300, 400])
    c.extra["nw_aid"] = w.pick(["a cane", "a front-wheeled walker", "no walking aid"])
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_NW_INTERNAL)]
    else:
        c.criteria = [w.pick(_NW_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_signer(w, _NW_NP)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(_NW_REV) if w.chance(0.7) else None,
                          phone=_nw_tel(w, c.state) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Medicare Utilization Review",
                                   "Reviewing Physician"])
    c.extra["nw_phone"] = _nw_tel(w, c.state)
    c.extra["nw_fax"] = _nw_tel(w, c.state)
    _flags(c)


def reason_b32_nw(w: W) -> str:
    _nw_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["Skilled home health services are no longer medically necessary.",
                       "Your home health care no longer meets coverage criteria."])
    ft, aid = c.extra["nw_walk"], c.extra["nw_aid"]
    dxs = [d["codes"][0] for d in c.diagnoses]
    nurse = ("your leg wound has closed" if "L97.922" in dxs else
             "your weight and breathing have been stable for two weeks" if {"I50.9", "J44.1"} & set(dxs) else
             "your incision has healed and you take your medicines correctly on your own")
    return w.pick([
        f"You now walk about {ft} feet with {aid} and get in and out of bed and the shower safely by yourself, and "
        f"{nurse}, so you no longer need a nurse or a physical therapist to come to your home.",
        f"The agency's notes show that {nurse} and that you walk {ft} feet with {aid} without help; skilled "
        "nursing and physical therapy at home are no longer medically necessary for you.",
        f"You have met your therapy goals (walking {ft} feet with {aid}, safe transfers) and {nurse}; your care can "
        "continue with your home exercise program and clinic visits instead of skilled visits at home.",
    ])


def _nw_rights(w: W, b: list[Block], ph: str, head) -> None:
    c = w.c
    fast = not _has(c, "notice.expedited_review")
    b.append(head(w.pick(["How to appeal", "Your right to appeal", "If you disagree"])))
    if fast:
        b.append(w.p(w.pick([
            "Ask for a FAST appeal if you think your services are ending too soon. Call us at "
            f"{ph} (TTY 711), fax the slip at the bottom of this notice to {c.extra['nw_fax']}, or mail it. Your "
            "doctor can ask for you. We will give you our answer within 72 hours.",
            f"You or your doctor can request a fast (expedited) appeal by phone at {ph} (TTY 711) or with the slip "
            "below. A fast appeal is decided within 72 hours. Ask right away so we can decide before your services "
            "end.",
        ])))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice to ask for an appeal. A "
            "standard appeal is decided within 30 days.",
            f"An appeal must be requested within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice; "
            "we decide standard appeals within 30 days.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If we decide against you, your case goes automatically to an Independent Review Entity that Medicare "
            "hires; you do not have to ask. Further levels of appeal are explained in the decision you receive.",
            "When our appeal decision is not fully in your favor, we send your file on to the Independent Review "
            "Entity (an outside reviewer for Medicare) without your having to ask.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for a free copy of your case file and of the rules we used.",
        "Copies of the records and guidelines used in this decision are free on request.",
    ])))
    b.append(w.p(w.pick([
        "Questions about Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day; TTY 1-877-486-2048.",
        "You can also call Medicare at 1-800-MEDICARE (1-800-633-4227); TTY users call 1-877-486-2048.",
    ])))


def _nw_slip(w: W, b: list[Block], ph: str) -> None:
    c = w.c
    fast = not _has(c, "notice.expedited_review")
    b.append(w.p("- - - - - - - - - - - - - - - - - - -  " + w.pick(["detach here", "tear along this line",
                                                                     "cut here"]) +
                 "  - - - - - - - - - - - - - - - - - - -", align="center", size=7.5, space_before=14))
    b.append(w.h(w.pick(["REQUEST FOR FAST APPEAL", "Request for fast appeal - home health"]) if fast else
                 w.pick(["REQUEST FOR APPEAL", "Appeal request - home health"]), space_before=4))
    b.append(Block("fields", rows=[["Member name:", "", "Member ID:", c.member_id],
                                   ["Date of this notice:", _dm(w, "DATE_LETTER", c.letter)], ["Phone:", ""],
                                   ["Why the services should continue:", ""], ["Signature:", "", "Date:", ""]],
                   size=8.6, space_before=4))
    b.append(w.p(w.pick([f"Fax to {c.extra['nw_fax']} or mail to Kaiser Permanente Medicare Appeals, 500 NE "
                         "Multnomah Street, Portland, OR. Or call " + ph + ".",
                         f"Return by fax to {c.extra['nw_fax']} or by mail to the address at the top; you may also "
                         f"call {ph}."]), size=7.8, space_before=4))


def t_b32_nw(w: W):
    _nw_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 one form, 1 lettered shaded sections, 2 cover letter then the form
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    st.margin_b = 54.0
    ref = c.ids["ref"]
    ph = c.extra["nw_phone"]
    ag = c.extra["nw_agency"]
    st.footer = [w.pick([f"Form NW-HH-END ({c.extra['year']})  \u00b7  Notice {ref}  \u00b7  page {{page}} of "
                         "{pages}", "KPNW Senior Advantage | home health | {page}", f"{ref}/{{page}}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    end = _fd(w, c.extra["nw_end"])
    pay = _fd(w, c.extra["nw_end"] + dt.timedelta(days=1))
    soc = _fd(w, c.extra["nw_soc"])
    svcs = [w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services]
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    shade = variant == 1
    letters = iter("ABCDEFG")

    def head(text: str) -> Block:
        t = f"Section {next(letters)} - {text}" if variant == 1 else text.upper() if w.chance(0.5) else text
        return w.h(t, space_before=10, shade=shade)

    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Senior Advantage - Northwest", w.pick(["Home Health Review",
                                                                                    "Medicare Utilization Review"])],
                   right=["Kaiser Foundation Health Plan of the Northwest", "500 NE Multnomah Street, Portland, OR",
                          f"Phone {ph}  Fax {c.extra['nw_fax']}  TTY 711"]))
    if variant == 2:  # a short cover letter, then the form on its own page
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Dear {c.member_salute}:", space_before=10))
        b.append(w.p(w.pick([
            f"The enclosed notice tells you that Kaiser Permanente will stop covering some of the home health care "
            f"you get from {ag}. Please read it carefully. If you want to appeal, use the slip at the bottom of the "
            "form or call us.",
            f"This packet contains an important notice about your home health services from {ag}. The form on the "
            "next page shows which services end, when, and why, and how to ask for an appeal.",
        ])))
        b.append(w.p(w.pick([f"If you have questions, call the Home Health Review unit at {ph} (TTY 711).",
                             f"Our Home Health Review team can answer questions at {ph}; TTY 711."])))
        _signoff(w, b, "Home Health Review", "Kaiser Permanente Senior Advantage", "Sincerely,")
        b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["NOTICE: YOUR HOME HEALTH SERVICES WILL END", "Notice of End of Home Health Coverage",
                         "Your covered home health care is ending"]), size=st.size + 2.5, align="center",
                 space_before=8 if variant != 2 else 0))
    b.append(w.p(w.pick(["The top part of this form is for your records.",
                         "Keep this notice. The appeal slip is at the bottom."]), align="center", size=st.size - 1,
                 space_before=2))
    date_row = ["Date of this notice:", _dm(w, "DATE_LETTER", c.letter)]
    rows = [["Member name:", w.name(), "Member ID:", w.mid()], date_row, ["Notice number:", ref],
            ["Home health agency:", ag], ["Start of care:", soc], ["Ordering clinician:", c.extra["nw_md"]]]
    if variant == 1:
        b.append(head("About you"))
    b.append(Block("fields", rows=rows, size=st.size, space_before=8))
    if variant != 2:
        b.append(w.p("    ".join(c.member_addr), size=st.size - 1, space_before=3))
    b.append(head(w.pick(["What is ending", "Services that will stop"])))
    svc_rows = [["Service:", sv] for sv in svcs]
    svc_rows += [["Your services end after:", end], ["You pay starting:", pay]]
    b.append(Block("fields", rows=svc_rows, size=st.size, space_before=4))
    b.append(w.p(w.pick([
        f"Kaiser Permanente Senior Advantage will stop paying for these services after {end}. If you keep getting "
        f"them from {ag} after that day, you may have to pay for them.",
        f"Coverage of the services above stops after {end}. Services you receive on {pay} or later will not be "
        "covered unless an appeal is decided in your favor.",
    ])))
    keep = c.extra["nw_keep"]
    if keep:
        b.append(w.p(w.pick([f"Not affected by this notice: {keep[0]} ({keep[1]}) continue as planned.",
                             f"{keep[0]} ({keep[1]}) are not ending and are not part of this notice."])))
    b.append(head(w.pick(["Why your services are ending", "Reason for this decision"])))
    b.append(w.p(w.pick(["Condition: ", "Diagnosis on the plan of care: "]) + dxs + "."))
    story = []
    if c.received:
        story.append(w.pick([f"On {_dm(w, 'DATE_RECEIVED', c.received)}, {M('PROVIDER', c.provider)} asked us to "
                             "approve more visits.",
                             f"We received a request from {M('PROVIDER', c.provider)} for more visits on "
                             f"{_dm(w, 'DATE_RECEIVED', c.received)}."]))
    if c.decision:
        story.append(w.pick([f"A physician reviewed your records and decided on {_dm(w, 'DATE_DECISION', c.decision)}.",
                             f"Decision date: {_dm(w, 'DATE_DECISION', c.decision)}."]))
    if story:
        b.append(w.p(" ".join(story)))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We looked at the plan of care, the visit notes through {_fd(w, c.extra['nw_lastvisit'])} and the "
            "therapist's latest progress report.",
            f"Records reviewed: the agency's visit notes (most recent {_fd(w, c.extra['nw_lastvisit'])}) and the "
            "physical therapy re-evaluation.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Rules used: ", "We applied "]) + join_and([M("CRITERIA", x) for x in c.criteria]) + "."))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by: ", "Decision made by "]))
        if c.reviewer["phone"]:
            line += f". Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}"
        b.append(w.p(line + "."))
    _nw_rights(w, b, ph, head)
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free help in your language, large print or audio: {ph} (TTY 711).",
                             f"We provide interpreters and other formats at no cost. Call {ph} (TTY 711)."]),
                     space_before=6))
    b += _help_lines(w, "NW", f"{ph} (TTY 711)", w.pick([None, "Language assistance"]), False, size=7.2)
    b.append(w.p(f"cc: {c.extra['nw_md']}; {ag}", size=7.8, space_before=6))
    if variant != 2:
        _signoff(w, b, "Home Health Review", "Kaiser Permanente Senior Advantage", w.pick(["Sincerely,", "Thank you,"]))
    _nw_slip(w, b, ph)
    return b, st, ["nw_fill_in_form", "nw_form_sections", "nw_cover_and_form"][variant]


BLIND32_TEMPLATES["blind32_nw_home_health_ending"] = (t_b32_nw, dict(
    plans=["medicare_advantage"], states=["OR", "WA"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b32_nw))
MODELED_ON["blind32_nw_home_health_ending"] = (
    "blind32: Kaiser Permanente Northwest Senior Advantage (Oregon or southwest Washington) notice that home health "
    "skilled nursing (G0299) and physical therapy (G0151) visits will end, laid out as a fill-in form with underlined "
    "values and a tear-off request-for-fast-appeal slip; the last covered day differs from the notice date; 72-hour "
    "fast appeal, 60-day appeal from the notice date, 30-day standard appeal, automatic Independent Review Entity, "
    "1-800-MEDICARE, Part 409 home health rules, taglines")


# === 3. Northern California: more time needed on a catheter ablation request, printed from the portal =============

_NCA_SVC = (["Catheter ablation of atrial fibrillation by pulmonary vein isolation",
             "Comprehensive electrophysiology study with intracardiac catheter ablation of atrial fibrillation "
             "(pulmonary vein isolation)", "Atrial fibrillation ablation (pulmonary vein isolation)"], "93656")
_NCA_ADD = (["Additional linear or focal ablation for atrial fibrillation remaining after pulmonary vein isolation",
             "Additional atrial ablation after pulmonary vein isolation (add-on)"], "93657")
_NCA_DX = [(["Paroxysmal atrial fibrillation"], "I48.0"), (["Longstanding persistent atrial fibrillation"], "I48.11"),
           (["Other persistent atrial fibrillation"], "I48.19"), (["Unspecified atrial fibrillation"], "I48.91")]
_NCA_DX2 = [(["Long term (current) use of anticoagulants"], "Z79.01"), (["Essential (primary) hypertension"], "I10")]
_NCA_NEED = [
    "the results of the 14-day heart rhythm monitor worn after your last clinic visit",
    "the report of your transesophageal echocardiogram",
    "the cardiac CT of the left atrium and pulmonary veins",
    "a list of the rhythm medicines you have tried (for example flecainide or amiodarone) and why each was stopped",
    "the electrophysiology consultation note",
    "a recent 12-lead ECG showing atrial fibrillation",
]
_NCA_AREAS = ["510", "415", "916", "408", "925", "707", "650"]


def _nca_tel(w: W) -> str:
    a, n, m = w.pick(_NCA_AREAS), w.rng.randint(200, 989), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}"])


def _nca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b32_nca"):
        return
    c.extra["b32_nca"] = True
    _fmt(w)
    c.region, c.urgency = "Northern California", "standard"
    c.member_addr = address(w.rng, "CA", "Northern California")
    c.services = [dict(text=w.pick(_NCA_SVC[0]), codes=[_NCA_SVC[1]], decision="pending")]
    if w.chance(0.4):
        c.services.append(dict(text=w.pick(_NCA_ADD[0]), codes=[_NCA_ADD[1]], decision="pending"))
    t, code = w.pick(_NCA_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[code])]
    if w.chance(0.4):
        t, code = w.pick(_NCA_DX2)
        c.diagnoses.append(dict(text=w.pick(t), codes=[code]))
    c.extra["nca_need"] = w.rng.sample(_NCA_NEED, w.rng.randint(1, 3))
    c.decision = None
    c.service = None
    if c.received is None and w.chance(0.6):
        c.received = D.add_business(c.letter, -w.rng.randint(1, 4))
    if c.received and D.business_between(c.received, c.letter) > 5:
        c.received = D.add_business(c.letter, -w.rng.randint(1, 4))
    c.extra["nca_due"] = c.letter + dt.timedelta(days=w.rng.randint(7, 14))
    c.extra["nca_expected"] = D.add_business(c.extra["nca_due"], w.rng.randint(2, 5))
    c.extra["nca_print"] = c.letter + dt.timedelta(days=w.rng.randint(1, 20))
    c.extra["nca_clock"] = f"{w.rng.randint(1, 12)}:{w.rng.randint(0, 59):02d} {w.pick(['AM', 'PM'])}"
    c.extra["nca_sent_clock"] = f"{w.rng.randint(7, 11)}:{w.rng.randint(0, 59):02d} AM" if w.chance(0.5) else \
        f"{w.rng.randint(1, 5)}:{w.rng.randint(0, 59):02d} PM"
    c.extra["nca_asked"] = _days_back(c.received or c.letter, 3, 12, w)
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}"])
    c.extra["nca_prov_last"] = plast
    c.extra["nca_fac"] = w.pick(facilities("CA", "Northern California"))
    c.criteria = []
    if w.chance(0.4):
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Cardiology", "Cardiac Electrophysiology"]) if w.chance(0.6) else None,
                          phone=None)
        c.reviewer_title = "Physician Reviewer"
    else:
        c.reviewer = None
    c.extra["nca_msgid"] = f"{w.rng.randint(10**8, 10**9 - 1)}"
    _flags(c)


def reason_b32_nca(w: W) -> str:
    _nca_setup(w)
    c = w.c
    if _has(c, "notice.delay_requirements"):
        return w.pick(["We need more time to review your request.",
                       "Your request is still under review and we need additional time to decide."])
    need = join_and(c.extra["nca_need"])
    return w.pick([
        f"We cannot make a decision yet because we do not have {need}.",
        f"We need more time because your doctor's office has not yet sent us {need}, which we need to decide.",
        f"To decide whether the ablation is medically necessary for you, our reviewer needs {need}; we have not "
        "received it.",
    ])


def _nca_dmhc(w: W, ms: str) -> Block:
    return w.p(
        "The California Department of Managed Health Care regulates health care service plans. If you have a "
        f"grievance against your health plan, first call your health plan at {ms} (TTY 711) and use its grievance "
        "process before you contact the Department. Using this grievance procedure does not take away any legal "
        "rights or remedies you may have. You may call the Department for help with a grievance about an emergency, "
        "a grievance your plan has not resolved to your satisfaction, or a grievance that is still unresolved after "
        "30 days. You may also qualify for an Independent Medical Review (IMR). If you qualify, IMR gives an "
        "impartial review of medical decisions a health plan makes about the medical necessity of a proposed service "
        "or treatment, coverage decisions for treatments that are experimental or investigational, and payment "
        "disputes for emergency or urgent medical services. The Department's toll-free number is 1-888-466-2219 and "
        "its TDD line for the hearing and speech impaired is 1-877-688-9891. Complaint forms, IMR application forms "
        "and instructions are on the Department's website, www.dmhc.ca.gov.",
        bold=True, size=12.0, space_before=8)


def _nca_letter(w: W, b: list[Block], st: Style, dated: bool) -> None:
    """The notice itself, as the message body (or the opened attachment)."""
    c = w.c
    ms = "1-800-464-4000"
    vague = _has(c, "notice.delay_requirements")
    prov = M("PROVIDER", c.provider)
    if dated:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.pick([f"Dear {c.member_salute},", f"Hello {c.member_salute},", f"Dear {c.member_salute}:"]),
                 space_before=8))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    intro = w.pick([f"{prov} asked us to approve {svcs} for you.",
                    f"We are reviewing the request from {prov} for {svcs}."])
    if c.received:
        intro += w.pick([f" We received the request on {_dm(w, 'DATE_RECEIVED', c.received)}.",
                         f" The request came to us on {_dm(w, 'DATE_RECEIVED', c.received)}."])
    intro += w.pick([" We have not made a decision yet.", " No decision has been made."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Reason for the procedure: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    b.append(w.h(w.pick(["Why we need more time", "We need more time to decide", "Status of your request"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not vague:
        b.append(w.p(w.pick(["What we still need:", "Information needed:", "Please have these sent to us:"]),
                     bold=True))
        for k, item in enumerate(c.extra["nca_need"]):
            b.append(w.p(f"{k + 1}. {item[0].upper() + item[1:]}", indent=14, space_before=1))
        due, exp = _fd(w, c.extra["nca_due"]), _fd(w, c.extra["nca_expected"])
        b.append(w.p(w.pick([
            f"We have asked Dr. {c.extra['nca_prov_last']}'s office at {c.extra['nca_fac']} to send "
            f"this by {due}. You can help by reminding the office. We expect to make our decision by {exp}.",
            f"Dr. {c.extra['nca_prov_last']}'s office must send the information by {due}. Once it arrives we will "
            f"decide, no later than {exp}, and tell you and your doctor.",
        ])))
        b.append(w.p(w.pick([
            f"If we do not receive it by {due}, we will decide using the information we have.",
            "If the information does not arrive in time, we will make our decision with the records we already have.",
        ])))
    else:
        b.append(w.p(w.pick(["We will let you know when a decision has been made.",
                             "We will write to you again as soon as the review is complete."])))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["Physician reviewer assigned: ", "Your request is with "])) + "."))
    b.append(w.h(w.pick(["If you disagree with this delay", "Your right to file a grievance"]), space_before=10))
    b.append(w.p(w.pick([
        f"You may file a grievance about this delay. Call Member Services at {ms} (TTY 711), file online at "
        "kp.org, write to us, or visit a Member Services office. Someone you choose, such as your doctor, can file "
        "for you.",
        f"If you are unhappy that we need more time, you can file a grievance by phone ({ms}, TTY 711), at kp.org, "
        "by mail or in person at a Member Services office.",
    ])))
    b.append(w.p(w.pick([
        "If waiting could seriously threaten your health (for example, severe pain or danger to your life or a "
        "major body function), ask for an expedited review: we decide within 72 hours, and you may contact the "
        "Department of Managed Health Care right away without first completing our process.",
        "Urgent problems get an expedited review, decided within 72 hours. In that case you can also call the "
        "Department of Managed Health Care right away.",
    ])))
    if w.chance(0.5):
        b.append(w.p("Free help with a grievance is available from the Health Consumer Alliance at 1-888-804-3536."))
    if not _has(c, "notice.dmhc_statement"):
        b.append(_nca_dmhc(w, ms))
    b.append(w.p(w.pick(["Sincerely,", "Thank you,"]), space_before=10))
    b.append(w.p(w.pick(["Utilization Management", "Prior Authorization Review"]), space_before=2))
    b.append(w.p("Kaiser Foundation Health Plan, Inc., Northern California", space_before=0))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters and other formats are free. Call {ms} (TTY 711).",
                             f"Language help is available at no cost: {ms} (TTY 711)."]), space_before=6))
    b += _help_lines(w, "CA", f"{ms} (TTY 711)", w.pick([None, "Language assistance / Asistencia con el idioma"]),
                     True)


def t_b32_nca(w: W):
    _nca_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 header lines then letter, 1 header grid + earlier message, 2 opened attachment
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    st.margin_l = st.margin_r = w.pick([36.0, 42.0])
    st.margin_t, st.margin_b = 40.0, 52.0
    pr = c.extra["nca_print"]
    stamp = f"{pr.month}/{pr.day}/{pr.year % 100:02d}, {c.extra['nca_clock']}"
    title = w.pick(["Message Center | kp.org", "Message Details - Kaiser Permanente", "kp.org - Inbox - Message"])
    url = w.pick([f"https://healthy.kaiserpermanente.org/northern-california/secure/message-center/inbox/"
                  f"{c.extra['nca_msgid']}",
                  f"https://healthy.kaiserpermanente.org/secure/messages/view?id={c.extra['nca_msgid']}"])
    st.header = [f"{stamp}{' ' * 18}{title}"]
    st.header_all_pages = True
    st.header_numbered = True
    st.footer = [f"{url}{' ' * 10}Page {{page}} of {{pages}}"]
    st.footer_align = "left"
    subject = w.pick(["We need more time to decide your request", "Update: your authorization request is pending",
                      "Your request for an ablation procedure - more time needed"])
    sent = _dm(w, "DATE_LETTER", c.letter) + " " + c.extra["nca_sent_clock"]
    sender = w.pick(["Kaiser Permanente Utilization Management", "KP Prior Authorization (do not reply)",
                     "Northern California Utilization Management"])
    b: list[Block] = []
    b.append(w.p(w.pick(["KAISER PERMANENTE  |  Message Center", "kp.org   Inbox > Message"]), bold=True,
                 size=st.size + 1, space_before=4))
    if variant == 1:
        rows = [["From", sender], ["To", w.name()], ["Sent", sent], ["Subject", subject]]
        b.append(Block("table", rows=rows, header_row=False, space_before=8, size=st.size - 0.5))
    else:
        for lab, val in (("From:", sender), ("To:", w.name()), ("Sent:", sent), ("Subject:", subject)):
            b.append(w.p(f"{lab} {val}", space_before=1, size=st.size - 0.5))
        b.append(Block("rule", space_before=6))
    b.append(w.p(f"Member ID: {w.mid()}    Case: {c.ids['ref']}", size=st.size - 0.5, space_before=6))
    if variant == 2:
        b.append(w.p(w.pick(["A letter about your request has been added to your message center. It is shown "
                             "below.", "Please read the attached letter about your authorization request."]),
                     space_before=6))
        b.append(w.p(w.pick(["Attachment: Extension_Notice.pdf (opened)", "Attached letter (1 of 1)"]),
                     italic=True, size=st.size - 1))
        b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                       left=["KAISER PERMANENTE", "Northern California", "Utilization Management"],
                       right=["Kaiser Foundation Health Plan, Inc.", "1950 Franklin Street, Oakland, CA",
                              f"Phone {_nca_tel(w)}"]))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        _nca_letter(w, b, st, dated=True)
    else:
        _nca_letter(w, b, st, dated=w.chance(0.5))
    if variant == 1:
        asked = _fd(w, c.extra["nca_asked"])
        b.append(w.p(w.pick(["Earlier in this conversation", "Previous message"]), bold=True, space_before=14))
        b.append(w.p(f"From: {c.member_name}    Sent: {asked}", size=st.size - 1, space_before=2))
        b.append(w.p(w.pick(["Hi, my cardiologist said the ablation paperwork was sent. Can you tell me if it has "
                             "been approved? Thank you.",
                             "Hello - checking on the status of my heart procedure request. When will I hear?"]),
                     size=st.size - 1, italic=True))
    return b, st, ["nca_portal_message", "nca_portal_thread", "nca_portal_attachment"][variant]


BLIND32_TEMPLATES["blind32_nca_extension_portal_print"] = (t_b32_nca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["delay_notice"], cats=["administrative"],
    reason=reason_b32_nca))
MODELED_ON["blind32_nca_extension_portal_print"] = (
    "blind32: Kaiser Permanente Northern California commercial HMO delay notice (more time needed) on a request for "
    "catheter ablation of atrial fibrillation (93656, sometimes 93657; I48.x), printed from the kp.org message center "
    "with a browser header and footer on every page (print time stamp, page title, URL, page n of m) and message "
    "headers; the information still needed, its due date and the new decision date; grievance about the delay, "
    "72-hour expedited review, the DMHC statement with IMR, taglines in 15 languages")
