"""Twenty-eighth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND28_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind28_co_erisa_ivf_exclusion")``. Everything printed here (prose in both languages,
headings, labels, taglines, layouts) is written for this set; law facts come from the rule catalogue
(shared/domain/rules.md) only.

1. ``blind28_wa_apple_health_wheelchair``: Washington Apple Health (Washington Medicaid) notice from Kaiser Permanente
   Washington on a power wheelchair request: a power wheelchair base and two to eight accessories, each with its
   HCPCS code, quantity and its own decision. The Group 3 base is always denied (a standard Group 2 power chair meets
   the need once no power seating is approved); the power tilt-and-recline system (with its motor connection) is
   denied in most letters and a power seat elevator in some; the cushion and the other accessories are approved.
   Letter kind ``partial_denial``. Layouts: ``wa_item_table`` (an item table in the body), ``wa_item_paragraphs``
   (each item is a short paragraph, "Item 2 of 6"), ``wa_summary_then_table`` (a boxed count of approved and denied
   items on page 1, the item table on an attachment page after the signature). Medicaid rights from the catalogue:
   appeal within 60 days of the date on the notice, appeal decided within 30 days or 72 hours when fast, a state
   fair hearing after the plan's appeal (the state sets 90 to 120 days from the appeal decision), services continue
   during an appeal filed within 10 days, free copies of the file and criteria, taglines. The only Member Services
   number printed is Kaiser Permanente Washington's 1-888-901-4636 (TTY 711), which the catalogue verifies; the
   review unit's phone and fax are printed too. The request is always standard.

   What the truth counts: every line of the order, denied (the base, and the seating lines when denied) and approved,
   is a service in the truth, each with its HCPCS code, in the order the notice prints them, as the devset's README
   defines services for a partial decision ("Approved lines of a partial decision are listed too"; the set's first
   measure counted the denied lines only).
   Which date is which: the letter date heads the notice; the received and decision dates are stated in the opening
   paragraph. The seating evaluation, the doctor's face-to-face visit and the supplier's quote date are earlier
   visits (distractors). Which name is the member: the addressee (the physical therapist who did the seating
   evaluation, the ordering doctor and the supplier's contact are distractors; the ordering doctor is the requesting
   provider). Which reason is the reason: the paragraph under the reason heading that says why the denied lines are
   not medically necessary; the short per-line notes in the table ("see reason") are not the reason.

2. ``blind28_scal_medi_cal_bilingual_pt``: Kaiser Permanente Southern California Medi-Cal Notice of Action printed in
   English and Spanish, denying (``initial_denial``) or modifying (``partial_denial``: fewer visits approved than
   asked) more outpatient physical therapy visits after a total knee replacement. Layouts: ``scal_side_by_side`` (the
   facts and the reason across the page, then English on the left and Spanish on the right on the same pages),
   ``scal_english_then_spanish`` (the English notice, then the Spanish notice starting on a new page) and
   ``scal_stacked_rights_columns`` (English then Spanish letter text, the rights on an enclosure page in two
   columns). Medi-Cal rights from the catalogue: appeal within 60 days of the date on the notice, 30-day and 72-hour
   appeal decisions, a State Hearing within 120 days of the appeal decision (or sooner if the plan does not decide in
   30 days) with the CDSS numbers, Independent Medical Review when no State Hearing was asked first, aid paid pending
   within 10 days, the Medi-Cal Managed Care Ombudsman, free copies, the DMHC statement in 12-point bold, Member
   Services 1-800-464-4000 (TTY 711), taglines.

   Truth language: ``en``, decided as blind_bilingual_notice and blind11_ca_second_opinion_bilingual decide it: the
   English text comes first (first column or first pages), carries every marked value and is the text the Spanish
   translates; the Spanish text repeats the same facts (its dates print in Spanish styles and read back to the same
   days) and its reason is a translation, not the truth's reason. A bilingual letter cannot honestly be said to lack
   language help, so the template refuses ``notice.language_assistance``.
   Which date is which: the letter date heads each half; received and decision dates are in the opening paragraph
   of each half; the surgery date and the last therapy visit are distractors. Which reason is the reason: the English
   paragraph under "Why"/the reason heading. What the truth counts: the one physical therapy service with its CPT
   codes (in a modification some visits are approved, but the service still counts because the rest are denied).

3. ``blind28_co_erisa_ivf_exclusion``: Kaiser Permanente Colorado letter for a self-funded employer group plan
   (ERISA; Kaiser Permanente administers the claims) denying in vitro fertilization services (oocyte retrieval, embryo
   culture, embryo transfer, sometimes ICSI; each with its CPT code) as excluded by the plan, quoting the Summary Plan
   Description's exclusion in a box. Layouts: ``co_mailed_letter`` (a plain letter), ``co_fax_every_page`` (a fax
   transmission header atop every page: the sender's fax number, a date-time stamp, "P. 002/004"-style counter) and
   ``co_fax_cover_sheet`` (the same, starting with a fax cover sheet page to the fertility clinic). ERISA rights from
   the catalogue: 180 days to appeal, a pre-service appeal decided within 30 days (72 hours when urgent), external
   review within 4 months of the final internal decision (45 CFR 147.136), ERISA section 502(a), free copies and the
   codes on request, EBSA 1-866-444-3272 with the catalogue's caveat. Colorado Member Services 303-338-3800 (the
   catalogue's Denver/Boulder number) appears in some letters; the unit's own phone and fax in all. The request is
   standard.

   Which date is which: the letter date heads the letter; the received and decision dates are in the opening
   paragraph. The fax stamp's date-time (one to three business days after the letter), the cover sheet's date, the
   consultation date and the planned cycle start are distractors. The fax counter and the fax numbers are
   distractors. Which reason is the reason: the sentence under the reason heading that says IVF is excluded; the
   boxed plan text is the plan provision, not the reason. What the truth counts: every requested IVF service (all
   denied).

Dates use this set's own styles (``b28date``): English "Wed, March 5th, 2025", "5 Mar, 2025", "5 March 2025 (Wed.)",
"2025-MAR-05", "MAR-05-25" (month first, two-digit year); Spanish "5 DE MARZO DE 2025", "mié. 5 de marzo de 2025",
"5 de Marzo, 2025". ``parse_blind28_date`` reads them all back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import PAGE_W, Block, Style, width
from .markup import M, strip
from .writer import W, join_and

BLIND28_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_CAPS3 = [m[:3].upper() for m in MONTHS]
_WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_WKP = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
_DIAS3 = ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b28date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    mes = MESES[d.month - 1]
    if style == "wkord":  # Wed, March 5th, 2025
        return f"{_WK3[d.weekday()]}, {mon} {_ordinal(d.day)}, {d.year}"
    if style == "dmonc":  # 5 Mar, 2025
        return f"{d.day} {mon[:3]}, {d.year}"
    if style == "dmywk":  # 5 March 2025 (Wed.)
        return f"{d.day} {mon} {d.year} ({_WKP[d.weekday()]})"
    if style == "ycapsdash":  # 2025-MAR-05
        return f"{d.year}-{_CAPS3[d.month - 1]}-{d.day:02d}"
    if style == "capsdashyy":  # MAR-05-25
        return f"{_CAPS3[d.month - 1]}-{d.day:02d}-{d.year % 100:02d}"
    if style == "es_capsde":  # 5 DE MARZO DE 2025
        return f"{d.day} DE {mes.upper()} DE {d.year}"
    if style == "es_wkabbr":  # mié. 5 de marzo de 2025
        return f"{_DIAS3[d.weekday()]} {d.day} de {mes} de {d.year}"
    if style == "es_capmes":  # 5 de Marzo, 2025
        return f"{d.day} de {mes.capitalize()}, {d.year}"
    raise ValueError(style)


STYLES = ("wkord", "dmonc", "dmywk", "ycapsdash", "capsdashyy")
ES_STYLES = ("es_capsde", "es_wkabbr", "es_capmes")
ALL_STYLES = STYLES + ES_STYLES


def parse_blind28_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b28date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2}), ([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th), (\d{4})", t)
        if m and m[1] in _WK3 and m[2] in MONTHS and _ordinal(int(m[3])) == m[3] + m[4]:
            d = dt.date(int(m[5]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _WK3[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}), (\d{4})", t)
        if m and m[2] in [x[:3] for x in MONTHS]:
            return dt.date(int(m[3]), [x[:3] for x in MONTHS].index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4}) \(([A-Z][a-z]{2}\.)\)", t)
        if m and m[2] in MONTHS and m[4] in _WKP:
            d = dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
            return d if _WKP[d.weekday()] == m[4] else None
        m = re.fullmatch(r"(\d{4})-([A-Z]{3})-(\d{2})", t)
        if m and m[2] in _CAPS3:
            return dt.date(int(m[1]), _CAPS3.index(m[2]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z]{3})-(\d{2})-(\d{2})", t)
        if m and m[1] in _CAPS3:
            return dt.date(2000 + int(m[3]), _CAPS3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) DE ([A-ZÁÉÍÓÚ]+) DE (\d{4})", t)
        if m and m[2].lower() in MESES:
            return dt.date(int(m[3]), MESES.index(m[2].lower()) + 1, int(m[1]))
        m = re.fullmatch(r"([a-zé]{3}\.) (\d{1,2}) de ([a-z]+) de (\d{4})", t.replace("á", "a"))
        if m and m[3] in MESES:
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if _DIAS3[d.weekday()].replace("á", "a") == m[1] else None
        m = re.fullmatch(r"(\d{1,2}) de ([A-Z][a-z]+), (\d{4})", t)
        if m and m[2].lower() in MESES:
            return dt.date(int(m[3]), MESES.index(m[2].lower()) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b28_fmt"] = w.pick(list(STYLES))
    w.c.extra["b28_es"] = w.pick(list(ES_STYLES))


def _fd(w: W, day: dt.date | None) -> str:
    return b28date(day, w.c.extra["b28_fmt"]) if day else ""


def _fe(w: W, day: dt.date | None) -> str:
    return b28date(day, w.c.extra["b28_es"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


def _dme(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fe(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([52.0, 60.0, 68.0]),
               margin_t=w.pick([44.0, 52.0, 60.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0])
    return st


def _before(day: dt.date, lo: int, hi: int, w: W) -> dt.date:
    return day - dt.timedelta(days=w.rng.randint(lo, hi))


def _np_reviewer(w: W, titles: list[str]) -> None:
    """A planted non-physician decision maker: no specialty."""
    c = w.c
    name, _, _ = person(w.rng, 0.2)
    c.reviewer = dict(name=name, credentials=w.pick(["RN", "LPN", None]), specialty=None, phone=None)
    c.reviewer_title = w.pick(titles)


def _rev(w: W, lead: str) -> str:
    r = w.c.reviewer
    out = lead + M("REVIEWER_NAME", r["name"])
    if r["credentials"]:
        out += ", " + M("REVIEWER_CRED", r["credentials"])
    if r["specialty"]:
        out += w.pick([f" ({M('REVIEWER_SPECIALTY', r['specialty'])})",
                       f", a specialist in {M('REVIEWER_SPECIALTY', r['specialty'])}"])
    return out


def _signoff(w: W, b: list[Block], unit: str, org: str) -> None:
    c = w.c
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=16))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(unit, space_before=16))
    b.append(w.p(org, space_before=0))


# taglines written for this set: (name of the language in itself, sentence with {ph})
_TAG = {
    "es": ("Español", "Tiene derecho a recibir ayuda gratuita en su idioma. Llame al {ph}."),
    "zh": ("中文", "您有權免費獲得中文語言協助。請致電 {ph}。"),
    "vi": ("Tiếng Việt", "Quý vị có quyền được trợ giúp miễn phí bằng tiếng Việt. Hãy gọi số {ph}."),
    "ko": ("한국어", "귀하는 한국어로 무료 언어 지원을 받을 권리가 있습니다. {ph}번으로 연락하십시오."),
    "tl": ("Tagalog", "May karapatan kang makakuha ng libreng tulong sa Tagalog. Tumawag sa {ph}."),
    "ru": ("Русский", "Вы имеете право на бесплатную помощь на русском языке. Позвоните по номеру {ph}."),
    "uk": ("Українська", "Ви маєте право на безкоштовну допомогу українською мовою. Телефонуйте за номером {ph}."),
    "so": ("Soomaali", "Waxaad xaq u leedahay caawimaad luqadeed oo bilaash ah. Wac {ph}."),
    "ar": ("العربية", "يحق لك الحصول على مساعدة مجانية بلغتك. اتصل بالرقم {ph}."),
    "km": ("ខ្មែរ", "អ្នកមានសិទ្ធិទទួលបានជំនួយភាសាខ្មែរដោយឥតគិតថ្លៃ។ សូមហៅទៅលេខ {ph}។"),
    "am": ("አማርኛ", "በአማርኛ ነፃ የቋንቋ እርዳታ የማግኘት መብት አለዎት። በ {ph} ይደውሉ።"),
    "hy": ("Հայերեն", "Դուք իրավունք ունեք անվճար լեզվական օգնություն ստանալու հայերենով։ Զանգահարեք {ph}։"),
    "fa": ("فارسی", "شما حق دارید به زبان فارسی کمک رایگان دریافت کنید. با شماره {ph} تماس بگیرید."),
    "ja": ("日本語", "日本語による無料の言語支援を受けることができます。{ph} にお電話ください。"),
    "pa": ("ਪੰਜਾਬੀ", "ਤੁਹਾਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਲੈਣ ਦਾ ਹੱਕ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।"),
    "hmn": ("Hmoob", "Koj muaj cai tau kev pab txhais lus dawb. Hu rau {ph}."),
    "hi": ("हिंदी", "आपको हिंदी में मुफ़्त भाषा सहायता पाने का अधिकार है। {ph} पर फ़ोन करें।"),
    "th": ("ไทย", "คุณมีสิทธิ์ได้รับความช่วยเหลือด้านภาษาไทยฟรี โทร {ph}"),
    "de": ("Deutsch", "Sie haben das Recht, kostenlose Sprachhilfe auf Deutsch zu erhalten. Rufen Sie {ph} an."),
    "fr": ("Français", "Vous avez le droit d'obtenir gratuitement de l'aide en français. Appelez le {ph}."),
    "ne": ("नेपाली", "तपाईंलाई नेपालीमा निःशुल्क भाषा सहायता पाउने अधिकार छ। {ph} मा फोन गर्नुहोस्।"),
}
_TAG_SETS = {
    "WA": ["es", "ru", "vi", "zh", "so", "ko", "uk", "ar", "km", "am", "tl"],
    "CA": ["es", "zh", "tl", "vi", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de", "fr", "ne", "ja", "tl"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, keep_min: int, size: float = 7.3,
              skip: tuple[str, ...] = ()) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = [x for x in _TAG_SETS[key] if x not in skip]
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    rest = rest[: w.rng.randint(min(keep_min, len(rest)), len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.2) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        name, sent = _TAG[code]
        t = f"{name}: {sent.replace('{ph}', ph)}"
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.4))
    return out


def _wrap_keep(text: str, font: str, size: float, avail: float) -> list[str]:
    """Greedy wrap at spaces, never inside a marked value; returns marked lines."""
    words, cur, depth = [], "", 0
    for ch in text:
        if ch == "\x01":
            depth += 1
        elif ch == "\x03":
            depth -= 1
        if ch == " " and depth == 0:
            words.append(cur)
            cur = ""
        else:
            cur += ch
    words.append(cur)
    lines, line = [], ""
    for wd in words:
        trial = f"{line} {wd}" if line else wd
        if line and width(strip(trial)[0], font, size) > avail:
            lines.append(line)
            line = wd
        else:
            line = trial
    lines.append(line)
    return lines


def _columns(w: W, st: Style, en: str, es: str, bold: bool = False, size: float | None = None) -> list[Block]:
    """English left, Spanish right on shared baselines; full-width paragraphs when a line cannot fit its column."""
    size = size or st.size - 0.5
    total = PAGE_W - st.margin_l - st.margin_r
    font = st.font(bold=bold)
    lw, rw = total * 0.52 - 12, total * 0.48 - 4
    left, right = _wrap_keep(en, font, size, lw), _wrap_keep(es, font, size, rw)
    if any(width(strip(x)[0], font, size) > lw + 2 for x in left) or \
            any(width(strip(x)[0], font, size) > rw + 2 for x in right):
        return [w.p(en, bold=bold, size=size, space_before=6), w.p(es, bold=bold, italic=not bold, size=size,
                                                                   space_before=2)]
    if bold:
        left, right = ["**" + x for x in left], ["**" + x for x in right]
    return [Block("twocol", left=left, right=right, size=size, space_before=6)]


# === 1. Washington Apple Health: power wheelchair, some lines approved and some denied ============================

_WA_BASES = [("K0861", ["Power wheelchair, Group 3 standard, multiple power option",
                        "Group 3 power wheelchair base, multiple power options"]),
             ("K0856", ["Power wheelchair, Group 3 standard, single power option",
                        "Group 3 power wheelchair base, single power option"])]
_WA_TILT = [("E1007", ["Power seating system, tilt and recline, with shear reduction",
                       "Power tilt and recline seating, mechanical shear reduction"]),
            ("E1006", ["Power seating system, tilt and recline, no shear reduction",
                       "Power tilt and recline seating system"])]
_WA_MOTOR = ("E2311", ["Electronic connection for two or more seating motors",
                       "Controller connection, two or more power seat motors"])
_WA_ELEV = ("E2300", ["Power seat elevation system", "Power seat elevator, any type"])
_WA_APPROVED = [("E2622", "Skin protection seat cushion, adjustable, under 22 in. wide", 1),
                ("E2611", "General use back cushion, under 22 in. wide, with mounting", 1),
                ("E0973", "Armrest, adjustable height, detachable, complete", 2),
                ("E0990", "Elevating leg rest, complete assembly", 2),
                ("E0978", "Positioning belt with pelvic strap", 1),
                ("E1028", "Swing-away mounting hardware for the joystick", 1)]
_WA_DX = [(["Hemiplegia following cerebral infarction affecting left non-dominant side",
            "Left hemiplegia after stroke (non-dominant side)"], "I69.354"),
          (["Hemiplegia following cerebral infarction affecting right dominant side"], "I69.351"),
          (["Parkinson's disease without dyskinesia, without mention of fluctuations"], "G20.A1"),
          (["Muscle weakness (generalized)"], "M62.81")]
_WA_DX2 = [(["Other reduced mobility"], "Z74.09"), (["Other abnormalities of gait and mobility"], "R26.89")]
_WA_CRIT = ["Kaiser Permanente Washington Clinical Review Criteria: Power Mobility Devices",
            "MCG Durable Medical Equipment Guideline: Power Wheelchairs and Power Seating",
            "KP Washington Medical Necessity Criteria for Power Seating Systems"]
_WA_SUPPLIERS = ["Cascade Mobility Supply, Kent", "Evergreen Rehab Equipment, Lynnwood", "Puget Seating & Mobility, "
                 "Tacoma", "Inland Northwest Medical Equipment, Spokane"]
_WA_NP = ["DME Authorization Coordinator", "Utilization Review Nurse", "Benefit Review Specialist"]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b28_wa"):
        return
    c.extra["b28_wa"] = True
    _fmt(w)
    c.region = "Washington"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "WA")
    code, texts = w.pick(_WA_BASES)
    denied = [dict(text=w.pick(texts), codes=[code], decision="denied", qty=1, what="base")]
    tilt = w.chance(0.75)
    if tilt:
        code, texts = w.pick(_WA_TILT)
        denied.append(dict(text=w.pick(texts), codes=[code], decision="denied", qty=1, what="tilt"))
        if w.chance(0.6):
            denied.append(dict(text=w.pick(_WA_MOTOR[1]), codes=[_WA_MOTOR[0]], decision="denied", qty=1,
                               what="motor"))
    if w.chance(0.3 if tilt else 0.6):
        denied.append(dict(text=w.pick(_WA_ELEV[1]), codes=[_WA_ELEV[0]], decision="denied", qty=1, what="elev"))
    c.services = denied
    pool = list(_WA_APPROVED[1:])
    w.rng.shuffle(pool)
    approved = [_WA_APPROVED[0]] + pool[: w.rng.randint(1, 4)]
    lines = [dict(s, approved=False) for s in denied] + [
        dict(text=t, codes=[cd], qty=q, approved=True) for cd, t, q in approved]
    if w.chance(0.5):  # some notices list the lines in the order the supplier quoted them
        first, rest = lines[:1], lines[1:]
        w.rng.shuffle(rest)
        lines = first + rest
    c.extra["wa_lines"] = lines
    # the approved lines are services too, in the order printed (the devset's README: "Approved lines of a partial
    # decision are listed too"; the set's first measure counted the denied lines only)
    c.services = [dict(s, decision="approved" if s["approved"] else "denied") for s in lines]
    c.extra["wa_tilt"] = tilt
    t, cd = w.pick(_WA_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[cd])]
    if w.chance(0.45):
        t, cd = w.pick(_WA_DX2)
        c.diagnoses.append(dict(text=w.pick(t), codes=[cd]))
    c.extra["wa_facts"] = dict(lb=w.rng.randint(150, 265), hours=w.rng.randint(5, 10), feet=w.rng.choice([150, 200,
                                                                                                        300, 500]))
    # timing: a standard Medicaid authorization, decided within 7 calendar days unless the late defect is planted
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(19, 34))
    elif c.received:
        c.received = end - dt.timedelta(days=w.rng.randint(1, 6))
    rec = c.received or c.letter
    c.extra["wa_eval"] = _before(rec, 9, 40, w)
    c.extra["wa_f2f"] = _before(c.extra["wa_eval"], 3, 30, w)
    c.extra["wa_quote"] = _before(rec, 1, 8, w)
    c.service = None
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"{pname}, DO", f"Dr. {pname}"])
    c.extra["wa_prov_last"] = plast
    c.extra["wa_pt"] = person(w.rng, 0.1)[0] + w.pick([", PT, ATP", ", DPT, ATP", ", OTR/L, ATP"])
    c.extra["wa_supplier"] = w.pick(_WA_SUPPLIERS)
    c.extra["wa_sup_contact"] = person(w.rng, 0.0)[0]
    c.extra["wa_sup_phone"] = phone(w.rng, "WA")
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_WA_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _WA_NP)
    elif w.chance(0.25):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Physical Medicine and Rehabilitation", "Physiatry", "Neurology"])
                          if w.chance(0.75) else None,
                          phone=phone(w.rng, "WA") if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management",
                                   "Reviewing Physician, Durable Medical Equipment"])
    c.extra["wa_phone"] = phone(w.rng, "WA")
    c.extra["wa_fax"] = phone(w.rng, "WA")
    _flags(c)


def reason_b28_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["The denied items are not medically necessary.", "Medical necessity was not shown for the "
                       "denied items.", "These items do not meet medical necessity criteria."])
    f = c.extra["wa_facts"]
    whats = {s.get("what") for s in c.services}
    parts = []
    if "tilt" in whats:
        parts.append(w.pick([
            f"The power tilt and recline system is not medically necessary because your seating evaluation shows you "
            f"can shift your weight and change position by yourself, you have never had a pressure injury, and you "
            f"sit upright for about {f['hours']} hours a day without tiring.",
            f"You do not need power tilt and recline: the evaluation notes say you lean and shift your weight on "
            f"your own, your skin has no history of pressure sores, and you sit up for {f['hours']} hours a day.",
        ]))
    if "elev" in whats:
        parts.append(w.pick([
            "The power seat elevator is not medically necessary because you transfer in and out of the chair at a "
            "standard seat height with stand-by help.",
            "A power seat elevator is not needed for your transfers, which you do at standard height with someone "
            "standing by.",
        ]))
    parts.append(w.pick([
        f"Without power seating, a standard Group 2 power wheelchair meets your mobility needs: you weigh "
        f"{f['lb']} pounds, you drive the chair inside your home and on paved sidewalks, and you do not need a "
        "base built to run power seating motors, so the Group 3 base is not medically necessary.",
        f"The Group 3 base is not medically necessary because a standard Group 2 power wheelchair does what you "
        f"need: it carries your weight of {f['lb']} pounds and handles the {f['feet']} feet of indoor and paved "
        "outdoor travel in your evaluation, and no power seating function was approved that would need a "
        "Group 3 base.",
    ]))
    if "tilt" not in whats and "elev" not in whats and w.chance(0.5):
        parts.reverse()
    return " ".join(parts)


def _wa_table(w: W, st: Style) -> Block:
    lines = w.c.extra["wa_lines"]
    head = w.pick([["Line", "HCPCS", "Item", "Qty", "Decision"], ["#", "Code", "Equipment", "Units", "Our decision"]])
    rows = [head]
    for k, s in enumerate(lines, 1):
        if s["approved"]:
            rows.append([str(k), w.code(s["codes"][0]), w.svc(s), str(s["qty"]), w.pick(["Approved", "APPROVED"])])
        else:
            rows.append([str(k), w.code(s["codes"][0]), w.svc(s), str(s["qty"]),
                         w.pick(["Denied (see reason)", "DENIED - see reason", "Denied"])])
    return Block("table", rows=rows, space_before=8, size=st.size - 1,
                 col_align=["right", "left", "left", "right", "left"],
                 cont_label=w.pick(["Items (continued)", "Equipment decisions, continued"]))


def _wa_paragraphs(w: W) -> list[Block]:
    lines = w.c.extra["wa_lines"]
    out = []
    n = len(lines)
    for k, s in enumerate(lines, 1):
        if s["approved"]:
            t = (f"Item {k} of {n}: HCPCS {w.code(s['codes'][0])}, {w.svc(s)}. Quantity {s['qty']}. "
                 + w.pick(["Decision: approved.", "We approved this item."]))
        else:
            t = (f"Item {k} of {n}: HCPCS {w.code(s['codes'][0])}, {w.svc(s)}. Quantity {s['qty']}. "
                 + w.pick(["Decision: denied. The reason is explained below.", "We denied this item (see Why we "
                           "denied some items)."]))
        out.append(w.p(t, indent=14, space_before=4))
    return out


def _wa_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ph, fax = "1-888-901-4636", c.extra["wa_fax"]
    b.append(w.h(w.pick(["Your rights if you disagree", "How to appeal this decision", "Appeal and hearing rights"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You can ask us to review the denied items again. This is called an appeal. You must ask within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} of the date on this notice. Call Member Services at {ph} (TTY 711), "
            f"fax your request to {fax}, or mail it to the address at the top. Your doctor or another person can "
            "appeal for you if you say so in writing.",
            f"To appeal, contact us no later than {M('APPEAL_DAYS', c.appeal_phrase)} from the date this notice was "
            f"sent: by phone at {ph} (TTY 711), by fax at {fax}, or in writing. Someone you choose, such as your "
            "doctor, may file for you with your written consent.",
        ])))
    b.append(w.p(w.pick([
        "We will decide your appeal within 30 days after we get it. If we need more time and it helps you, we may "
        "take up to 14 more days and will tell you why in writing.",
        "Appeals are answered within 30 days. An extension of up to 14 days is possible; we would write to tell you.",
    ])))
    if not _has(c, "notice.expedited_review"):
        b.append(w.p(w.pick([
            "If you or your doctor believe waiting 30 days could seriously harm your health or your ability to "
            "function, ask for an expedited (fast) appeal. We will decide it within 72 hours.",
            "Fast appeals: when the normal time frame could put your health at serious risk, we decide the appeal "
            "within 72 hours. Tell us you need a fast appeal when you call.",
        ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "If you still disagree after our appeal decision, you can ask for a state fair hearing (an "
            "administrative hearing) for Apple Health. The state sets the deadline, which is no less than 90 days and "
            "no more than 120 days from the date of our appeal decision; that letter will tell you the date. If we "
            "do not decide your appeal in time, you may ask for a hearing right away.",
            "After the appeal, Apple Health members may request a state fair hearing. You will have at least 90 and "
            "at most 120 days (as the state sets) from our appeal decision to ask for it. If our appeal decision is "
            "late, you can go to a hearing without waiting for it.",
        ])))
    b.append(w.p(w.pick([
        "Keeping your services: if this notice ends or reduces equipment or a service you already have, it can "
        "continue during your appeal if you appeal within 10 days of the date on this notice (or before the change "
        "takes effect) and ask for it to continue. If you lose the appeal, you may have to pay for what you received "
        "during the appeal.",
        "Continued benefits: when a decision stops or cuts a service you already get, you can keep it while the "
        "appeal is decided by appealing and asking for continued benefits within 10 days of this notice's date. You "
        "might owe the cost if the decision is upheld.",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of everything we used to make this decision, including the medical necessity "
        "criteria and your seating evaluation.",
        "At no cost to you, we will send copies of your case file and the criteria we applied. Just ask.",
    ])))


def t_b28_wa(w: W):
    _wa_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 item table, 1 item paragraphs, 2 boxed summary + table on an attachment page
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    ref = c.ids["ref"]
    ph, fax = c.extra["wa_phone"], c.extra["wa_fax"]
    ms = "1-888-901-4636"
    st.footer = [w.pick([f"Apple Health notice {ref} - page {{page}} of {{pages}}",
                         "Kaiser Permanente Washington | DME review | {page}", f"{ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    prov = M("PROVIDER", c.provider)
    lines = c.extra["wa_lines"]
    n_ok = sum(1 for s in lines if s["approved"])
    n_no = len(lines) - n_ok
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Washington", w.pick(["Durable Medical Equipment Review",
                                                                   "Utilization Management - Equipment",
                                                                   "Clinical Review, Mobility Devices"])],
                   right=["Kaiser Foundation Health Plan of Washington", "Washington Apple Health (Medicaid)",
                          "1300 SW 27th Street, Renton, WA 98057", f"Phone {ph}  Fax {fax}"]))
    b.append(w.p(w.pick(["", "Date of notice: ", "Sent: "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Notice number: {ref}", size=st.size - 0.5, space_before=8))
    sup = c.extra["wa_supplier"]
    b.append(w.p(w.pick([f"Equipment supplier: {sup} ({c.extra['wa_sup_phone']})",
                         f"Supplier on the order: {sup}, contact {c.extra['wa_sup_contact']}, "
                         f"{c.extra['wa_sup_phone']}"]), size=st.size - 0.5, space_before=1))
    b.append(w.h(w.pick(["Notice of Action: Part of Your Request Is Approved",
                         "Apple Health Notice - Power Wheelchair Request Partly Approved",
                         "NOTICE OF ADVERSE BENEFIT DETERMINATION (PARTIAL APPROVAL)"]), space_before=10,
                 size=st.size + 1.5))
    if variant == 2:
        box = w.pick([f"Summary: {n_ok} of the {len(lines)} items on your power wheelchair order are approved and "
                      f"{n_no} are denied. The list of every item and its decision is attached at the end of this "
                      "notice.",
                      f"In brief: we approved {n_ok} items and denied {n_no} items. See the attached item list for "
                      "the code, quantity and decision of each one."])
        b.append(w.p(box, boxed=True, space_before=8, size=st.size - 0.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Hello {c.member_salute},"]), space_before=8))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    intro = w.pick([f"{prov} asked Kaiser Permanente to approve a power wheelchair and accessories for you.",
                    f"We reviewed an order from {prov} for a power wheelchair with seating and accessories."])
    if rec:
        intro += w.pick([f" We received the request on {rec}.", f" The request reached us on {rec}."])
    if dec:
        intro += w.pick([f" We made our decision on {dec}.", f" The decision was made on {dec}."])
    intro += w.pick([f" We approved {n_ok} items and denied {n_no}.",
                     " Some items are approved and some are denied, as shown below."
                     if variant != 2 else " Some items are approved and some are denied."])
    b.append(w.p(intro))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b.append(w.p(w.pick(["Diagnosis on the order: ", "Medical condition: "]) + dxs + "."))
    if variant == 0:
        b.append(w.p(w.pick(["The items you asked for and our decision on each:", "Decision by item:"]),
                     bold=True, space_before=8))
        b.append(_wa_table(w, st))
    elif variant == 1:
        b.append(w.h(w.pick(["What was ordered and what we decided", "Items on the order"]), space_before=10))
        b += _wa_paragraphs(w)
    b.append(w.h(w.pick(["Why we denied some items", "Reason for the denied items", "Why"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We read the seating and mobility evaluation done by {c.extra['wa_pt']} on "
            f"{_fd(w, c.extra['wa_eval'])} and the notes from your visit with {prov} on {_fd(w, c.extra['wa_f2f'])}.",
            f"Records reviewed: the face-to-face visit note from {_fd(w, c.extra['wa_f2f'])}, the seating evaluation "
            f"by {c.extra['wa_pt']} dated {_fd(w, c.extra['wa_eval'])}, and the supplier's quote of "
            f"{_fd(w, c.extra['wa_quote'])}.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["We used ", "Criteria applied: ", "Our decision follows "]) +
                     M("CRITERIA", c.criteria[0]) + w.pick([". You can ask for a free copy.", "."])))
    b.append(w.p(w.pick([
        f"What happens next: {sup} will be told which items are approved and will contact you to deliver them. "
        "Your doctor may send a new request for a standard Group 2 power wheelchair base (for example K0823), or send "
        "more records if your needs change.",
        f"The approved items go to {sup}, who will call you. If you want a standard Group 2 power chair instead of "
        "the denied base, your doctor can ask for it; a new request with new records can be made at any time.",
    ])))
    if c.reviewer:
        line = _rev(w, w.pick(["Reviewed by ", "The person who made this decision: "])) + "."
        if c.reviewer["phone"]:
            line += f" Your doctor may call {M('REVIEWER_PHONE', c.reviewer['phone'])} to talk about it."
        b.append(w.p(line, space_before=8))
    _wa_rights(w, b)
    b.append(w.p(w.pick([f"Questions? Call Member Services at {ms} (TTY 711).",
                         f"If you have questions, call us at {ms}, TTY 711, or the review unit at {ph}."])))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    _signoff(w, b, "Durable Medical Equipment Review", "Kaiser Foundation Health Plan of Washington")
    b.append(w.p(f"cc: {prov}; {sup}", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"You can get this notice in other languages, large print or braille at no cost. Call "
                             f"{ms} (TTY 711).", f"Free interpreters and other formats: {ms} (TTY 711)."]),
                     space_before=6))
    b += _taglines(w, "WA", f"{ms} (TTY 711)", w.pick([None, "Language services", "Help in your language"]), 6)
    if variant == 2:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["Attachment: decision on each item", "ITEM LIST - POWER WHEELCHAIR ORDER"]),
                     size=st.size + 1))
        b.append(w.p(f"Member ID {w.mid()} - notice {ref}", size=st.size - 1, space_before=2))
        b.append(_wa_table(w, st))
        b.append(w.p(w.pick(["Approved items are subject to your Apple Health eligibility on the delivery date.",
                             "Quantities are per item. Denied items are explained in the notice."]),
                     size=st.size - 1, space_before=6))
    return b, st, ["wa_item_table", "wa_item_paragraphs", "wa_summary_then_table"][variant]


BLIND28_TEMPLATES["blind28_wa_apple_health_wheelchair"] = (t_b28_wa, dict(
    plans=["medicaid"], states=["WA"], kinds=["partial_denial"], cats=["medical_necessity"], reason=reason_b28_wa))
MODELED_ON["blind28_wa_apple_health_wheelchair"] = (
    "blind28: Washington Apple Health (Medicaid) notice from Kaiser Permanente Washington on a power wheelchair order "
    "with a HCPCS code, quantity and decision per line: the Group 3 base denied because a standard Group 2 power chair "
    "meets the need, power tilt/recline (and seat elevation) denied in most, the cushion and other accessories "
    "approved; an item table, item paragraphs, or a boxed summary with the table on an attachment page; 60-day "
    "appeal from the notice date, 30-day and 72-hour appeals, state fair hearing in 90 to 120 days, continued "
    "benefits within 10 days, free copies, Member Services 1-888-901-4636, taglines")


# === 2. Southern California Medi-Cal: physical therapy after knee replacement, in English and Spanish ==============

_PT_CODES = ["97110", "97140", "97116", "97530"]
_PT_SVC = [("outpatient physical therapy", "fisioterapia ambulatoria"),
           ("physical therapy, outpatient", "fisioterapia (paciente ambulatorio)"),
           ("outpatient physical therapy for knee rehabilitation", "fisioterapia ambulatoria para la rodilla")]
_PT_CRIT = ["MCG Care Guidelines: Physical Therapy after Total Knee Arthroplasty",
            "Kaiser Permanente Southern California Outpatient Rehabilitation Criteria",
            "KP SCAL Clinical Guideline: Outpatient Therapy Following Joint Replacement"]
_PT_NP = ["Rehabilitation Authorization Coordinator", "Utilization Review Nurse", "Referral Specialist"]
_SCAL_AREAS = ["626", "714", "909", "951", "619", "818", "323", "562"]


def _scal_phone(w: W) -> str:
    a, n, m = w.pick(_SCAL_AREAS), w.rng.randint(200, 989), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}"])


def _pt_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b28_pt"):
        return
    c.extra["b28_pt"] = True
    _fmt(w)
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    side = w.pick(["right", "left"])
    c.extra["pt_side"] = side
    en, es = w.pick(_PT_SVC)
    codes = sorted(w.rng.sample(_PT_CODES, w.rng.randint(2, 3)), key=_PT_CODES.index)
    c.services = [dict(text=en, codes=codes, decision="denied" if c.letter_kind == "initial_denial" else "modified")]
    c.extra["pt_svc_es"] = es
    c.diagnoses = [dict(text="Aftercare following joint replacement surgery", codes=["Z47.1"])]
    knee = (f"Presence of {side} artificial knee joint", "Z96.651" if side == "right" else "Z96.652")
    if w.chance(0.6):
        c.diagnoses.append(dict(text=knee[0], codes=[knee[1]]))
    if w.chance(0.5):
        c.diagnoses.reverse()
    asked = w.pick([8, 10, 12])
    ok = w.rng.randint(2, 4) if c.letter_kind == "partial_denial" else 0
    c.extra["pt_n"] = dict(asked=asked, ok=ok, done=w.rng.randint(12, 20), flex=w.rng.randint(108, 121),
                           tug=w.rng.randint(8, 12), feet=w.pick([300, 500, 600, 1000]))
    # California Medi-Cal: 5 business days (72 hours when urgent) from receipt, unless the late defect is planted
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = D.add_business(end, -w.rng.randint(9, 16))
    elif c.urgency == "expedited":
        c.received = end - dt.timedelta(days=w.rng.randint(0, 2))
    elif c.received and D.business_between(c.received, end) > 5:
        c.received = D.add_business(end, -w.rng.randint(1, 4))
    rec = c.received or c.letter
    c.extra["pt_surgery"] = _before(rec, 45, 90, w)
    c.extra["pt_last"] = _before(rec, 1, 6, w)
    c.service = None
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}"])
    c.extra["pt_therapist"] = person(w.rng, 0.1)[0] + w.pick([", PT, DPT", ", PT", ", DPT"])
    c.extra["pt_fac"] = w.pick(["Downey Medical Center", "Fontana Medical Center", "San Diego Medical Center",
                                "Baldwin Park Medical Center", "Anaheim Medical Center"])
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    else:
        c.criteria = [w.pick(_PT_CRIT)]
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _PT_NP)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Physical Medicine and Rehabilitation", "Orthopaedic Surgery"])
                          if w.chance(0.8) else None, phone=_scal_phone(w) if w.chance(0.7) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Medical Director, Utilization Management",
                                   "Physician Advisor"])
    c.extra["pt_phone"] = _scal_phone(w)
    c.extra["pt_fax"] = _scal_phone(w)
    _flags(c)


def reason_b28_pt(w: W) -> str:
    _pt_setup(w)
    c = w.c
    n = c.extra["pt_n"]
    a, k, rest = n["asked"], n["ok"], n["asked"] - n["ok"]
    if _bare(c):
        pairs = [("These services are not medically necessary.", "Estos servicios no son médicamente necesarios."),
                 ("The request does not meet medical necessity criteria.",
                  "La solicitud no cumple con los criterios de necesidad médica.")]
    elif c.letter_kind == "initial_denial":
        pairs = [
            (f"More outpatient physical therapy is not medically necessary for you now. You have had {n['done']} "
             f"therapy visits since your knee replacement. Your therapist's latest note says your knee bends to "
             f"{n['flex']} degrees, you walk without a cane or walker, and you go up and down stairs with a handrail. "
             "You can keep building strength with the home exercise program you were taught.",
             f"No es médicamente necesario que reciba más fisioterapia ambulatoria por ahora. Usted ha tenido "
             f"{n['done']} visitas de terapia desde su reemplazo de rodilla. La nota más reciente de su terapeuta "
             f"dice que su rodilla se dobla {n['flex']} grados, que camina sin bastón ni andador y que sube y baja "
             "escaleras con pasamanos. Puede seguir fortaleciéndose con el programa de ejercicios en casa que le "
             "enseñaron."),
            (f"The {a} extra visits are not medically necessary because you have reached the goals set at the start "
             f"of therapy: {n['flex']} degrees of knee bending, walking {n['feet']} feet without a walker, and a "
             f"Timed Up and Go test of {n['tug']} seconds. The rest of your recovery can be done with exercises at "
             "home.",
             f"Las {a} visitas adicionales no son médicamente necesarias porque usted ya alcanzó las metas fijadas al "
             f"inicio de la terapia: {n['flex']} grados de flexión de la rodilla, caminar {n['feet']} pies sin "
             f"andador y una prueba Timed Up and Go de {n['tug']} segundos. El resto de su recuperación puede "
             "hacerse con ejercicios en casa."),
        ]
    else:
        pairs = [
            (f"We approved {k} of the {a} visits asked for, so your therapist can check and update your home "
             f"exercise program. The other {rest} visits are not medically necessary because your knee already bends "
             f"to {n['flex']} degrees and you walk without a cane or walker; you can keep improving with exercises "
             "at home.",
             f"Aprobamos {k} de las {a} visitas solicitadas para que su terapeuta revise y actualice su programa de "
             f"ejercicios en casa. Las otras {rest} visitas no son médicamente necesarias porque su rodilla ya se "
             f"dobla {n['flex']} grados y usted camina sin bastón ni andador; puede seguir mejorando con ejercicios "
             "en casa."),
            (f"Only {k} more visits are medically necessary, to move you safely to a home program. Your records show "
             f"{n['done']} visits completed, knee bending of {n['flex']} degrees and a Timed Up and Go time of "
             f"{n['tug']} seconds, which meet the discharge goals, so the remaining {rest} visits are not approved.",
             f"Solo {k} visitas más son médicamente necesarias, para pasar con seguridad a un programa en casa. Sus "
             f"expedientes muestran {n['done']} visitas completadas, una flexión de rodilla de {n['flex']} grados y "
             f"un tiempo de {n['tug']} segundos en la prueba Timed Up and Go, que cumplen las metas para terminar la "
             f"terapia; por eso no aprobamos las otras {rest} visitas."),
        ]
    en, es = w.pick(pairs)
    c.extra["pt_reason_es"] = es
    return en


def _pt_dmhc(ms: str) -> tuple[str, str]:
    en = ("The California Department of Managed Health Care (DMHC) regulates health care service plans. If you have "
          f"a grievance against your health plan, call your plan first at {ms} (TTY 711) and use the plan's "
          "grievance process before you contact the department. Using this grievance process does not take away "
          "any legal rights or remedies you may have. If your grievance involves an emergency, if your plan has not "
          "resolved it to your satisfaction, or if it has stayed unresolved for more than 30 days, you may call the "
          "department for help. You may also qualify for an Independent Medical Review (IMR). An IMR gives you an "
          "impartial review of the plan's medical decisions about whether a proposed service or treatment is "
          "medically necessary, of coverage decisions on experimental or investigational treatment, and of payment "
          "disputes for emergency or urgent medical services. The department's toll-free number is 1-888-466-2219 "
          "and its TDD line for the hearing and speech impaired is 1-877-688-9891. Complaint forms, IMR application "
          "forms and instructions are on the department's website, www.dmhc.ca.gov.")
    es = ("El Departamento de Administración de Servicios de Salud de California (DMHC) regula los planes de "
          "servicios de salud. Si tiene una queja contra su plan de salud, primero llame a su plan al "
          f"{ms} (TTY 711) y use el proceso de quejas del plan antes de comunicarse con el departamento. Usar este "
          "proceso no le quita ningún derecho ni recurso legal que pueda tener. Si su queja tiene que ver con una "
          "emergencia, si su plan no la resolvió de forma satisfactoria o si lleva más de 30 días sin resolverse, "
          "puede llamar al departamento para pedir ayuda. También puede tener derecho a una Revisión Médica "
          "Independiente (IMR). La IMR es una revisión imparcial de las decisiones médicas del plan sobre si un "
          "servicio o tratamiento propuesto es médicamente necesario, de las decisiones de cobertura sobre "
          "tratamientos experimentales o de investigación y de las disputas de pago por servicios médicos de "
          "emergencia o urgencia. El número gratuito del departamento es 1-888-466-2219 y su línea TDD para "
          "personas con problemas de audición o del habla es 1-877-688-9891. Los formularios de queja, las "
          "solicitudes de IMR y las instrucciones están en el sitio web del departamento, www.dmhc.ca.gov.")
    return en, es


def _pt_rights(w: W) -> list[tuple[str, str, str]]:
    """The rights sections as (kind, English, Spanish)."""
    c = w.c
    ms = "1-800-464-4000"
    out: list[tuple[str, str, str]] = [("head", w.pick(["Your rights", "Your appeal and hearing rights"]),
                                        w.pick(["Sus derechos", "Sus derechos de apelación y audiencia"]))]
    if c.appeal_phrase:
        d = c.appeal_days
        out.append(("para", w.pick([
            f"If you disagree, you can file an appeal with Kaiser Permanente. You must file within "
            f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this notice. Call Member Services at {ms} "
            "(TTY 711), go to kp.org, write to us, or visit a Member Services office. Your doctor or someone you "
            "choose can file for you.",
            f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this Notice of Action to ask us for an "
            f"appeal. You can call {ms} (TTY 711), file online at kp.org, or send or bring a written appeal to "
            "Member Services. Someone else, such as your doctor, may appeal for you with your permission.",
        ]), f"Si no está de acuerdo, puede presentar una apelación ante Kaiser Permanente dentro de los {d} días a "
            f"partir de la fecha de este aviso. Llame a Servicios a los Miembros al {ms} (TTY 711), visite kp.org, "
            "escríbanos o vaya a una oficina de Servicios a los Miembros. Su médico u otra persona que usted elija "
            "puede apelar por usted."))
    out.append(("para", w.pick([
        "We will send you our written decision, a Notice of Appeal Resolution, within 30 days. If waiting that long "
        "could seriously harm your health, ask for an expedited appeal; we decide it within 72 hours.",
        "Appeals are decided within 30 days (72 hours for an expedited appeal, when the usual time could put your "
        "health in serious danger). You will get our answer in writing.",
    ]), "Le enviaremos nuestra decisión por escrito (Aviso de Resolución de la Apelación) dentro de 30 días. Si "
        "esperar tanto podría dañar gravemente su salud, pida una apelación acelerada; la decidimos dentro de "
        "72 horas."))
    if not _has(c, "notice.external_review"):
        out.append(("para", w.pick([
            "State Hearing: if we do not change our decision, you can ask for a State Hearing within 120 days from "
            "the date of our appeal decision. If we do not answer your appeal within 30 days, you can ask for a State "
            "Hearing without waiting. Call the California Department of Social Services at (800) 743-8525 (TDD "
            "(800) 952-8349) or write to CDSS State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, "
            "Sacramento, CA 94244-2430.",
            "After our appeal, you may ask the California Department of Social Services for a State Hearing. Ask "
            "within 120 days of our appeal decision letter, or right away if we have not decided your appeal in 30 "
            "days. Phone (800) 743-8525, TDD (800) 952-8349; mail: CDSS State Hearings Division, P.O. Box 944243, "
            "Mail Station 9-17-37, Sacramento, CA 94244-2430.",
        ]), "Audiencia Estatal (State Hearing): si no cambiamos nuestra decisión, puede pedir una Audiencia Estatal "
            "dentro de los 120 días a partir de la fecha de nuestra decisión sobre la apelación. Si no contestamos "
            "su apelación en 30 días, puede pedir la audiencia sin esperar. Llame al Departamento de Servicios "
            "Sociales de California al (800) 743-8525 (TDD (800) 952-8349) o escriba a CDSS State Hearings "
            "Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430."))
    if not _has(c, "notice.dmhc_statement"):
        out.append(("para", w.pick([
            "Independent Medical Review: after the appeal you may also ask the Department of Managed Health Care for "
            "an IMR, but only if you have not asked for a State Hearing first.",
            "You can ask the Department of Managed Health Care for an Independent Medical Review instead of a State "
            "Hearing, as long as you have not already asked for the State Hearing.",
        ]), "Revisión Médica Independiente: después de la apelación también puede pedir una IMR al Departamento de "
            "Administración de Servicios de Salud, pero solo si no pidió antes una Audiencia Estatal."))
    if not _has(c, "notice.continuation_of_benefits"):
        out.append(("para", w.pick([
            "Keeping your therapy during the appeal (aid paid pending): if you are getting therapy visits now and "
            "this notice stops or lowers them, you can keep getting them while your appeal is decided. Appeal within "
            "10 days of the date of this notice, or before the services stop, and ask to keep them.",
            "Aid paid pending: to keep visits you already have while you appeal, file the appeal within 10 days of "
            "the date on this notice (or before the change happens) and ask for your services to continue.",
        ]), "Seguir recibiendo la terapia durante la apelación (ayuda pagada pendiente): si ahora recibe visitas de "
            "terapia y este aviso las suspende o las reduce, puede seguir recibiéndolas mientras se decide su "
            "apelación. Apele dentro de los 10 días a partir de la fecha de este aviso, o antes de que se suspendan "
            "los servicios, y pida seguir recibiéndolos."))
    out.append(("para", w.pick([
        "You can ask for free copies of the records, guidelines and other information we used to make this decision.",
        "Copies of everything we used to decide, including the criteria, are free if you ask for them.",
    ]), "Puede pedir copias gratuitas de los expedientes, las guías y la demás información que usamos para tomar "
        "esta decisión."))
    out.append(("para", w.pick([
        "For free help, call the Medi-Cal Managed Care and Mental Health Office of the Ombudsman at 1-888-452-8609 "
        "(TTY 711), Monday to Friday, 8 a.m. to 5 p.m.",
        "The Office of the Ombudsman for Medi-Cal managed care can help you at 1-888-452-8609 (TTY 711).",
    ]), "Para recibir ayuda gratuita, llame a la Oficina del Ombudsman de Atención Médica Administrada y Salud "
        "Mental de Medi-Cal al 1-888-452-8609 (TTY 711), de lunes a viernes, de 8 a.m. a 5 p.m."))
    if not _has(c, "notice.dmhc_statement"):
        en, es = _pt_dmhc(ms)
        out.append(("dmhc", en, es))
    return out


def _pt_body(w: W) -> list[tuple[str, str, str]]:
    """The letter's sections before the rights, as (kind, English, Spanish)."""
    c = w.c
    n = c.extra["pt_n"]
    prov = M("PROVIDER", c.provider)
    svc_en = M("SERVICE", c.services[0]["text"])
    svc_es = c.extra["pt_svc_es"].lower()
    codes = ", ".join(w.code(x) for x in c.services[0]["codes"])
    side_es = "derecha" if c.extra["pt_side"] == "right" else "izquierda"
    out: list[tuple[str, str, str]] = []
    if c.letter_kind == "initial_denial":
        title = (w.pick(["NOTICE OF ACTION - Denial of Requested Services", "Notice of Action: Request Denied"]),
                 w.pick(["AVISO DE ACCIÓN - Negación de servicios solicitados", "Aviso de Acción: Solicitud negada"]))
    else:
        title = (w.pick(["NOTICE OF ACTION - Modified Request", "Notice of Action: Request Approved with Changes"]),
                 w.pick(["AVISO DE ACCIÓN - Solicitud modificada", "Aviso de Acción: Solicitud aprobada con cambios"]))
    if c.urgency == "expedited":
        title = (title[0] + " (expedited)", title[1] + " (acelerada)")
    out.append(("title", *title))
    rec_en, rec_es = _dm(w, "DATE_RECEIVED", c.received), _dme(w, "DATE_RECEIVED", c.received)
    dec_en, dec_es = _dm(w, "DATE_DECISION", c.decision), _dme(w, "DATE_DECISION", c.decision)
    en = w.pick([f"{prov} asked Kaiser Permanente to approve {n['asked']} more visits of {svc_en} (CPT {codes}) for "
                 f"your {c.extra['pt_side']} knee.",
                 f"We reviewed a request from {prov} for {n['asked']} additional visits: {svc_en}, CPT {codes}, "
                 f"{c.extra['pt_side']} knee."])
    es = (f"{prov} nos pidió aprobar {n['asked']} visitas más de {svc_es} (CPT {', '.join(c.services[0]['codes'])}) "
          f"para su rodilla {side_es}.")
    if rec_en:
        en += w.pick([f" We received the request on {rec_en}.", f" The request arrived on {rec_en}."])
        es += f" Recibimos la solicitud el {rec_es}."
    if dec_en:
        en += w.pick([f" We made our decision on {dec_en}.", f" The decision date is {dec_en}."])
        es += f" Tomamos la decisión el {dec_es}."
    out.append(("intro", en, es))
    if c.letter_kind == "initial_denial":
        out.append(("decision", w.pick(["We have denied this request.", "Our decision: denied."]),
                    "Hemos negado esta solicitud."))
    else:
        k, rest = n["ok"], n["asked"] - n["ok"]
        out.append(("decision", w.pick([f"We have modified this request: {k} visits are approved and {rest} visits "
                                        "are denied.", f"Decision: approved in part. {k} visits approved, {rest} "
                                        "visits not approved."]),
                    f"Hemos modificado esta solicitud: aprobamos {k} visitas y negamos {rest} visitas."))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    out.append(("dx", f"Diagnosis: {dxs}.", "Diagnóstico: " + "; ".join(
        {"Z47.1": "cuidados posteriores a una cirugía de reemplazo de articulación (Z47.1)",
         "Z96.651": "rodilla artificial derecha (Z96.651)", "Z96.652": "rodilla artificial izquierda (Z96.652)"}[
            d["codes"][0]] for d in c.diagnoses) + "."))
    out.append(("reason", M("REASON", w.reason), c.extra["pt_reason_es"]))
    if not _bare(c):
        surg, last = c.extra["pt_surgery"], c.extra["pt_last"]
        out.append(("para", w.pick([
            f"We reviewed the notes from your surgery on {_fd(w, surg)} and your last therapy visit on {_fd(w, last)} "
            f"with {c.extra['pt_therapist']} at {c.extra['pt_fac']}.",
            f"Records reviewed: operative report ({_fd(w, surg)}); physical therapy progress note by "
            f"{c.extra['pt_therapist']}, {_fd(w, last)}.",
        ]), f"Revisamos las notas de su cirugía del {_fe(w, surg)} y de su última visita de terapia del "
            f"{_fe(w, last)} con {c.extra['pt_therapist']} en {c.extra['pt_fac']}."))
    if c.criteria:
        out.append(("para", w.pick(["We used ", "Guideline applied: "]) + M("CRITERIA", c.criteria[0]) + ".",
                    f"Usamos la guía {M('CRITERIA', c.criteria[0])}."))
    if c.reviewer:
        r = c.reviewer
        en = _rev(w, w.pick(["This decision was made by ", "Reviewer: "])) + "."
        es = f"Esta decisión la tomó {M('REVIEWER_NAME', r['name'])}" + (f", {r['credentials']}" if r["credentials"]
                                                                          else "") + "."
        if r["phone"]:
            en += f" Your doctor may call {M('REVIEWER_PHONE', r['phone'])} to discuss it."
            es += f" Su médico puede llamar al {r['phone']} para hablar de ella."
        out.append(("para", en, es))
    return out


def _pt_render(w: W, kind: str, text: str, lang: str, st: Style) -> list[Block]:
    """One section in one language as full-width blocks."""
    it = lang == "es" and kind not in ("title", "head", "dmhc")
    if kind == "title":
        return [w.p(text, bold=True, size=st.size + 2, space_before=10)]
    if kind == "head":
        return [w.h(text, space_before=12)]
    if kind == "dmhc":
        return [w.p(text, bold=True, size=12.0, space_before=8)]
    if kind == "reason":
        return [w.h("Why we made this decision" if lang == "en" else "Por qué tomamos esta decisión",
                    space_before=10), w.p(text, italic=it)]
    return [w.p(text, italic=it, space_before=6)]


def t_b28_pt(w: W):
    _pt_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 side by side, 1 English then Spanish, 2 stacked with a two-column rights page
    st = _style(w, ["helvetica", "times"], [9.0, 9.5] if variant != 1 else [9.5, 10.0])
    if variant == 0:
        st.margin_l = st.margin_r = w.pick([44.0, 50.0])
    ms = "1-800-464-4000"
    ref = c.ids["ref"]
    ph, fax = c.extra["pt_phone"], c.extra["pt_fax"]
    st.footer = [w.pick([f"Medi-Cal NOA {ref} | Page {{page}} of {{pages}} / Página {{page}} de {{pages}}",
                         "Kaiser Permanente Medi-Cal - {page}/{pages}", f"{ref} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    body, rights = _pt_body(w), _pt_rights(w)
    n = c.extra["pt_n"]
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California", "Medi-Cal"],
                   right=["Kaiser Foundation Health Plan, Inc.", "Utilization Management / Manejo de la Utilización",
                          f"Tel {ph}  Fax {fax}"]))
    lead = w.pick(["This notice is in English and Spanish. / Este aviso está en inglés y en español.",
                   "Español: la versión en español sigue a la versión en inglés." if variant else
                   "English on the left, Spanish on the right. / Inglés a la izquierda, español a la derecha."])
    b.append(w.p(lead, size=8.5, italic=True, space_before=4))
    sign_en = w.pick(["Utilization Management, Kaiser Permanente Southern California",
                      "Kaiser Permanente Medi-Cal Review Services"])
    sign_es = "Kaiser Permanente del Sur de California - " + w.pick(["Manejo de la Utilización",
                                                                     "Servicios de Revisión de Medi-Cal"])
    if variant == 0:
        title = body[0]
        b.append(w.p(f"{title[1]} / {title[2]}", bold=True, size=st.size + 2, align="center", space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        rows = [["Notice date / Fecha del aviso", _dm(w, "DATE_LETTER", c.letter)],
                ["Member / Miembro", w.name()], ["Member ID / Número de miembro", w.mid()],
                ["Notice number / Número de aviso", ref], ["Requested by / Solicitado por", w.prov()]]
        b.append(Block("table", rows=[["Case / Caso", ""]] + rows, size=st.size - 0.5, space_before=8))
        svc = c.services[0]
        b.append(Block("table", rows=[["Service / Servicio", "CPT", "Visits asked / Pedidas",
                                       "Approved / Aprobadas"],
                                      [M("SERVICE", svc["text"]), ", ".join(w.code(x) for x in svc["codes"]),
                                       str(n["asked"]), str(n["ok"])]],
                       size=st.size - 0.5, space_before=6))
        b.append(w.p(f"({c.extra['pt_svc_es']})", italic=True, size=st.size - 1, space_before=1))
        for kind, en, es in body[1:]:
            if kind == "reason":
                b.append(w.h("Why we made this decision / Por qué tomamos esta decisión", space_before=10))
                b.append(w.p(en, boxed=True, space_before=4))
                b.append(w.p(es, italic=True, space_before=4))
            elif kind == "dx":
                b.append(w.p(en, space_before=6))
                b.append(w.p(es, italic=True, space_before=1))
            else:
                b += _columns(w, st, en, es)
        for kind, en, es in rights:
            if kind == "dmhc":
                b.append(w.p(en, bold=True, size=12.0, space_before=8))
                b.append(w.p(es, bold=True, size=12.0, space_before=6))
            else:
                b += _columns(w, st, en, es, bold=kind == "head")
        b += _columns(w, st, w.pick(["Sincerely,", "Respectfully,"]), "Atentamente,", size=st.size - 0.5)
        if c.reviewer:
            r = c.reviewer
            sig = r["name"] + (f", {r['credentials']}" if r["credentials"] else "")
            b += _columns(w, st, f"{sig} - {c.reviewer_title}", f"{sig} - {sign_es}")
        else:
            b += _columns(w, st, sign_en, sign_es)
    else:
        def half(lang: str) -> list[Block]:
            k = 1 if lang == "en" else 2
            out: list[Block] = []
            out += _pt_render(w, "title", body[0][k], lang, st)
            date = _dm(w, "DATE_LETTER", c.letter) if lang == "en" else _dme(w, "DATE_LETTER", c.letter)
            out.append(w.p(("Date: " if lang == "en" else "Fecha: ") + date, space_before=6))
            out.append(w.p(w.name(), space_before=6))
            if lang == "en" or w.chance(0.5):
                out += [w.p(x, space_before=0) for x in c.member_addr]
            out.append(w.p((f"Member ID: {w.mid()}    Notice: {ref}" if lang == "en" else
                            f"Número de miembro: {w.mid()}    Aviso: {ref}"), size=st.size - 0.5, space_before=4))
            out.append(w.p((f"Dear {c.member_salute}:" if lang == "en" else f"Estimado(a) {c.member_salute}:"),
                           space_before=8))
            for kind, en, es in body[1:]:
                out += _pt_render(w, kind, en if lang == "en" else es, lang, st)
            if variant == 1:
                for kind, en, es in rights:
                    out += _pt_render(w, kind, en if lang == "en" else es, lang, st)
            else:
                out.append(w.p("Your appeal and hearing rights are on the last page(s) of this notice." if lang == "en"
                               else "Sus derechos de apelación y audiencia están en la(s) última(s) página(s) de "
                                    "este aviso.", bold=True, space_before=8))
            out.append(w.p(("Questions? Call Member Services at " if lang == "en" else
                            "¿Preguntas? Llame a Servicios a los Miembros al ") + f"{ms} (TTY 711).", space_before=8))
            out.append(w.p("Sincerely," if lang == "en" else "Atentamente,", space_before=10))
            if c.reviewer and lang == "en":
                _signoff(w, out, sign_en, "Kaiser Foundation Health Plan, Inc.")
            else:
                out.append(w.p(sign_en if lang == "en" else sign_es, space_before=14))
            return out

        b += half("en")
        b.append(Block("pagebreak") if variant == 1 or w.chance(0.5) else Block("rule", size=1.2, space_before=14))
        b.append(w.p(w.pick(["VERSIÓN EN ESPAÑOL", "Aviso en español", "TRADUCCIÓN AL ESPAÑOL"]), bold=True,
                     size=st.size + 1, space_before=6))
        b += half("es")
        if variant == 2:
            b.append(Block("pagebreak"))
            b.append(w.p("YOUR RIGHTS / SUS DERECHOS", bold=True, size=st.size + 2, align="center"))
            b.append(w.p(f"Member ID / Número de miembro: {w.mid()} - {ref}", size=st.size - 1, align="center",
                         space_before=2))
            for kind, en, es in rights:
                if kind == "dmhc":
                    b.append(w.p(en, bold=True, size=12.0, space_before=8))
                    b.append(w.p(es, bold=True, size=12.0, space_before=6))
                elif kind != "head":
                    b += _columns(w, st, en, es)
    b.append(w.p(w.pick([f"Free language help / Ayuda gratuita con el idioma: {ms} (TTY 711).",
                         f"Interpreters at no cost / Intérpretes sin costo: {ms} (TTY 711)."]), space_before=8,
                 size=8.5))
    b += _taglines(w, "CA", f"{ms} (TTY 711)", w.pick([None, "Language assistance / Asistencia con el idioma"]), 13,
                   skip=("es",))
    return b, st, ["scal_side_by_side", "scal_english_then_spanish", "scal_stacked_rights_columns"][variant]


BLIND28_TEMPLATES["blind28_scal_medi_cal_bilingual_pt"] = (t_b28_pt, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial", "partial_denial"], cats=["medical_necessity"],
    reason=reason_b28_pt, refuse_defects=["notice.language_assistance"]))
MODELED_ON["blind28_scal_medi_cal_bilingual_pt"] = (
    "blind28: Kaiser Permanente Southern California Medi-Cal Notice of Action in English and Spanish (side by side "
    "in two columns, English then Spanish, or stacked with a two-column rights page) denying or modifying more "
    "outpatient physical therapy visits after a knee replacement; 60-day appeal, 30-day and 72-hour appeal "
    "decisions, State Hearing within 120 days with the CDSS numbers, IMR, aid paid pending within 10 days, the "
    "Medi-Cal Ombudsman, the DMHC statement in both languages, taglines")


# === 3. Colorado self-funded employer plan (ERISA): in vitro fertilization excluded, received by fax ===============

_IVF_CORE = [("58970", ["Follicle puncture for oocyte retrieval", "Oocyte retrieval (follicle puncture), any method"]),
             ("89250", ["Culture of oocytes/embryos, less than 4 days", "Embryo culture, under 4 days"]),
             ("58974", ["Embryo transfer, intrauterine", "Intrauterine embryo transfer"])]
_IVF_EXT = ("89272", ["Extended culture of oocytes/embryos, 4 to 7 days", "Extended embryo culture (4-7 days)"])
_IVF_ICSI = ("89280", ["Assisted oocyte fertilization (ICSI), 10 or fewer oocytes",
                       "Intracytoplasmic sperm injection, up to 10 oocytes"])
_IVF_DX = [(["Female infertility of tubal origin"], "N97.1"), (["Female infertility associated with anovulation"],
                                                              "N97.0"),
           (["Female infertility, unspecified"], "N97.9"), (["Polycystic ovarian syndrome"], "E28.2")]
_IVF_DX2 = (["Encounter for assisted reproductive fertility procedure cycle"], "Z31.83")
_IVF_CLINICS = ["Front Range Reproductive Medicine", "Cherry Creek Fertility Partners", "Pikes Peak Center for "
                "Reproductive Health", "Boulder Valley Fertility Institute"]
_CO_AREAS = ["303", "720", "719"]


def _co_phone(w: W, style: int | None = None) -> str:
    a, n, m = w.pick(_CO_AREAS), w.rng.randint(200, 989), w.rng.randint(0, 9999)
    style = w.rng.randrange(3) if style is None else style
    return [f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}", f"{a}.{n}.{m:04d}"][style]


def _fax_stamp(day: dt.date, hh: int, mm: int, style: int) -> str:
    """A fax machine's transmission time (never one of this set's letter styles)."""
    if style == 0:
        return f"{day.month:02d}/{day.day:02d}/{day.year} {hh:02d}:{mm:02d}"
    if style == 1:
        h12 = hh % 12 or 12
        return f"{day.year}/{day.month:02d}/{day.day:02d} {h12:02d}:{mm:02d}{'PM' if hh >= 12 else 'AM'}"
    return f"{_WK3[day.weekday()].upper()} {day.month:02d}/{day.day:02d}/{day.year % 100:02d} {hh:02d}:{mm:02d}"


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b28_co"):
        return
    c.extra["b28_co"] = True
    _fmt(w)
    c.region = "Colorado"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "CO")
    svcs = [(cd, w.pick(t)) for cd, t in _IVF_CORE]
    if w.chance(0.4):
        svcs[1] = (_IVF_EXT[0], w.pick(_IVF_EXT[1]))
    if w.chance(0.4):
        svcs.insert(1, (_IVF_ICSI[0], w.pick(_IVF_ICSI[1])))
    c.services = [dict(text=t, codes=[cd], decision="denied") for cd, t in svcs]
    t, cd = w.pick(_IVF_DX)
    c.diagnoses = [dict(text=w.pick(t), codes=[cd])]
    if w.chance(0.4):
        c.diagnoses.append(dict(text=_IVF_DX2[0][0], codes=[_IVF_DX2[1]]))
    # ERISA pre-service claim: decided within 15 days unless the late defect is planted
    end = c.decision or c.letter
    if _has(c, "process.decision_untimely"):
        c.received = end - dt.timedelta(days=w.rng.randint(21, 40))
    elif c.received and (end - c.received).days > 15:
        c.received = end - dt.timedelta(days=w.rng.randint(2, 12))
    rec = c.received or c.letter
    c.extra["co_consult"] = _before(rec, 10, 45, w)
    c.extra["co_cycle"] = c.letter + dt.timedelta(days=w.rng.randint(14, 50))
    c.extra["co_fax_day"] = D.add_business(c.letter, w.rng.randint(1, 3))
    c.extra["co_fax_time"] = (w.rng.randint(8, 17), w.rng.randint(0, 59))
    c.service = None
    pname, _, plast = person(w.rng, 0.15)
    c.provider = w.pick([f"{pname}, MD", f"{pname}, M.D.", f"Dr. {pname}"])
    c.extra["co_prov_last"] = plast
    c.extra["co_clinic"] = w.pick(_IVF_CLINICS)
    c.extra["co_clinic_fax"] = _co_phone(w)
    c.extra["co_nurse"] = person(w.rng, 0.0)[0] + w.pick([", RN", ", BSN, RN", ""])
    c.criteria = []
    if w.chance(0.55):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=_co_phone(w) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Benefit Determination Specialist", "Senior Claims Review Analyst",
                                   "Coverage Review Specialist"])
    emp = c.extra["employer"]
    c.extra["co_plan"] = w.pick([f"{emp} Employee Health Plan", f"{emp} Group Medical Plan",
                                 f"The {emp} Health Benefit Plan"])
    c.extra["co_sec"] = w.pick(["Section 7.4, item (r)", "Article IX, Exclusion 22", "Section 8.2(m)",
                                "Exclusions and Limitations, paragraph 31"])
    c.extra["co_page"] = w.rng.randint(41, 88)
    c.extra["co_phone"] = _co_phone(w)
    c.extra["co_fax"] = _co_phone(w)
    _flags(c)


def reason_b28_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    if _bare(c):
        return w.pick(["This service is not a covered benefit.", "These services are excluded from coverage.",
                       "Not a covered service under your plan."])
    if _has(c, "notice.plan_provision"):
        return w.pick([
            "Your employer's plan does not pay for in vitro fertilization, so the egg retrieval, embryo culture and "
            "embryo transfer your doctor asked for cannot be covered.",
            "In vitro fertilization and the procedures that make up an IVF cycle (retrieval, embryo culture and "
            "transfer) are not benefits of your employer's plan.",
        ])
    return w.pick([
        "In vitro fertilization is excluded from your employer's plan: the plan covers tests to diagnose infertility, "
        "but it does not cover assisted reproductive technology, and the egg retrieval, embryo culture and embryo "
        "transfer requested are all part of an IVF cycle.",
        "The services requested are the steps of an IVF cycle (egg retrieval, embryo culture and embryo transfer). "
        "Your plan excludes assisted reproductive technology, including IVF, so none of them can be covered.",
        "We cannot approve this request because your plan document excludes in vitro fertilization and every "
        "service done as part of it, including retrieval, embryo culture and transfer.",
    ])


def _co_exclusion(w: W) -> str:
    return w.pick([
        "Assisted reproductive technology. The Plan does not cover in vitro fertilization (IVF), gamete or zygote "
        "intrafallopian transfer, intracytoplasmic sperm injection, embryo culture, cryopreservation or transfer of "
        "embryos, or any drug, laboratory test or procedure provided for or in connection with these services. "
        "Services to diagnose infertility and artificial insemination are covered as described in the Schedule of "
        "Benefits.",
        "Excluded: services, supplies and drugs for achieving pregnancy through assisted reproductive technology, "
        "including but not limited to IVF, egg retrieval, embryo culture, embryo transfer and related laboratory "
        "procedures, whether or not a diagnosis of infertility has been made.",
    ])


def _co_rights(w: W, b: list[Block]) -> None:
    c = w.c
    ph, fax = c.extra["co_phone"], c.extra["co_fax"]
    b.append(w.h(w.pick(["Your right to appeal", "Appeal rights under ERISA", "If you disagree with this decision"]),
                 space_before=12))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or your authorized representative may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after "
            f"you receive this letter. Send the appeal in writing to Kaiser Permanente Colorado, Appeals Program, "
            f"at the address above, fax it to {fax}, or call {ph}. Include anything you want us to consider, such as "
            "letters from your doctor.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the date you receive this notice. "
            f"Write to the Appeals Program, fax {fax}, or phone {ph}. You may send comments, records and other "
            "information with your appeal.",
        ])))
    b.append(w.p(w.pick([
        "Because your request was made before the services, we will decide your appeal within 30 days after we get "
        "it. Someone who did not make this decision will review it. If waiting could seriously jeopardize your life, "
        "health or ability to regain maximum function, ask for an urgent appeal; we decide urgent appeals within 72 "
        "hours.",
        "A pre-service appeal is decided within 30 days by a reviewer not involved in this determination. Urgent "
        "appeals, when the standard time could seriously jeopardize your health, are decided within 72 hours.",
    ])))
    if not _has(c, "notice.external_review"):
        b.append(w.p(w.pick([
            "After the internal appeal, you may ask for an external review by an independent review organization "
            "(45 CFR \u00a7 147.136). You must ask within 4 months after you receive our final internal appeal "
            "decision. The review costs you nothing.",
            "If the denial is upheld on appeal, an independent review organization can review it. Ask for this "
            "external review within 4 months of receiving our final internal decision (45 CFR \u00a7 147.136).",
        ])))
    b.append(w.p(w.pick([
        "You also have the right to bring a civil action under ERISA \u00a7 502(a) after you have completed the appeal "
        "process.",
        "Once the plan's appeals are exhausted, you may file a lawsuit under ERISA \u00a7 502(a).",
    ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to your claim. The "
        "diagnosis and treatment codes on this request, and their meanings, are also available on request.",
        "On request and at no charge, we will provide copies of the documents and records relevant to your claim, and the "
        "diagnosis and procedure codes with what they mean.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, you may contact the Employee Benefits Security Administration, U.S. "
            "Department of Labor, at 1-866-444-3272 (check your plan documents for current contact information).",
            "Questions about ERISA rights: Employee Benefits Security Administration, 1-866-444-3272 (check your "
            "plan documents for current contact information).",
        ])))


def t_b28_co(w: W):
    _co_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 mailed letter, 1 fax header on every page, 2 fax cover sheet first
    st = _style(w, ["helvetica", "times", "courier"] if variant else ["helvetica", "times"], [9.5, 10.0])
    ref = c.ids["ref"]
    ph, fax = c.extra["co_phone"], c.extra["co_fax"]
    clinic, cfax = c.extra["co_clinic"], c.extra["co_clinic_fax"]
    plan = c.extra["co_plan"]
    prov = M("PROVIDER", c.provider)
    hh, mm = c.extra["co_fax_time"]
    stamp = _fax_stamp(c.extra["co_fax_day"], hh, mm, w.rng.randrange(3))
    if variant:
        sender = w.pick(["KP COLORADO CLAIMS ADMIN", "KAISER PERM CO BENEFITS", "KPCO PRE-SERVICE REVIEW"])
        digits = re.sub(r"\D", "", fax)
        sfax = w.pick([f"{digits[:3]} {digits[3:6]} {digits[6:]}", fax])
        st.header = [w.pick([f"{stamp}   FROM: {sender}   {sfax}   TO: {cfax}   P. {{page:03d}}/{{pages:03d}}",
                             f"{sender}  FAX {sfax}  {stamp}  #{w.rng.randint(1000, 9999)}  P.{{page:03d}}/"
                             f"{{pages:03d}}",
                             f"{stamp}  {sfax}  {sender}  PAGE {{page}} OF {{pages}}"])]
        st.header_all_pages = True
        st.header_numbered = True
    st.footer = [w.pick([f"Claim reference {ref} - page {{page}} of {{pages}}", f"{plan} | {{page}}",
                         f"KPCO {ref} / {{page}}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []
    if variant == 2:
        b.append(w.p("FAX", bold=True, size=26, space_before=6))
        b.append(w.p("Kaiser Permanente Colorado - " + w.pick(["Pre-Service Claims Administration",
                                                                "Benefit Determinations"]), bold=True,
                     size=st.size + 1, space_before=2))
        rows = [["To", f"{clinic}, attn. {c.provider}" if w.chance(0.5) else f"{clinic}, attn. "
                 f"{c.extra['co_nurse'] or 'IVF coordinator'}"],
                ["Fax", cfax], ["From", "Kaiser Permanente Colorado, claims administrator"], ["Phone", ph],
                ["Fax", fax], ["Date", stamp], ["Pages", w.pick(["Cover sheet plus letter", "Cover and attached letter"])],
                ["Re", w.pick(["Benefit determination for your patient", f"Pre-service request {ref}"])]]
        b.append(Block("table", rows=rows, header_row=False, space_before=14, size=st.size))
        b.append(w.p(w.pick([
            "Comments: the attached determination was mailed to the member. Please place a copy in the patient's "
            "chart.",
            "Comments: copy of the member's benefit determination letter for your records.",
        ]), space_before=14))
        b.append(w.p("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received "
                     f"it in error, call {ph} and destroy all copies. Do not forward.", size=8, space_before=30,
                     boxed=True))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", w.pick(["Pre-Service Claims Administration",
                                                                 "Benefit Determinations Unit"])],
                   right=["Kaiser Foundation Health Plan of Colorado", "Claims administrator for self-funded plans",
                          "2500 South Havana Street, Aurora, CO 80014", f"Phone {ph}  Fax {fax}"]))
    b.append(w.p(w.pick(["", "Date: ", "Letter date: "]) + _dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Plan: {plan}    Reference: {ref}", size=st.size - 0.5,
                 space_before=8))
    b.append(w.h(w.pick(["Notice of Adverse Benefit Determination", "Benefit Denial - Plan Exclusion",
                         "Your request for IVF services: not covered"]), space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    intro = w.pick([f"{prov} of {clinic} asked us to approve {svcs}.",
                    f"We reviewed a pre-service request from {prov} ({clinic}) for {svcs}."])
    if rec:
        intro += w.pick([f" We received it on {rec}.", f" The request was received on {rec}."])
    if dec:
        intro += w.pick([f" We decided on {dec}.", f" The determination was made on {dec}."])
    intro += w.pick([" These services are denied.", " We cannot approve them."])
    b.append(w.p(intro))
    b.append(w.p(w.pick([f"{plan} is a self-funded group health plan. Your employer pays the claims; Kaiser "
                         "Permanente administers them under the plan's terms.",
                         f"Kaiser Permanente is the claims administrator for {plan}, a self-funded employer plan "
                         "governed by ERISA."])))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) +
                 "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses) + "."))
    b.append(w.h(w.pick(["Reason for the decision", "Why the services are denied", "Reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _has(c, "notice.plan_provision") and not _bare(c):
        cite = M("PLAN_PROVISION", f"Summary Plan Description, {c.extra['co_sec']}")
        b.append(w.p(w.pick([f"The plan language we relied on is in your {cite} (page {c.extra['co_page']}):",
                             f"From your {cite}, page {c.extra['co_page']}:"]), space_before=8))
        b.append(w.p(_co_exclusion(w), boxed=True, italic=True, indent=14, space_before=4, size=st.size - 0.5))
    b.append(w.p(w.pick([
        f"Your consultation at {clinic} on {_fd(w, c.extra['co_consult'])} and the planned cycle start of "
        f"{_fd(w, c.extra['co_cycle'])} were noted in the request. Covered infertility testing and office visits "
        "are not affected by this decision.",
        f"The clinic's records from {_fd(w, c.extra['co_consult'])} were reviewed; they list a cycle planned to begin "
        f"{_fd(w, c.extra['co_cycle'])}. If you go ahead, the charges will not be paid by the plan.",
    ])))
    if c.reviewer:
        r = c.reviewer
        line = w.pick(["Determination made by ", "Reviewed by "]) + M("REVIEWER_NAME", r["name"]) + \
            f", {c.reviewer_title}."
        if r["phone"]:
            line += f" Direct line: {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(line, space_before=8))
    _co_rights(w, b)
    ms = w.pick([f"Member Services at 303-338-3800 (Denver/Boulder), TTY 711, or {ph}", f"us at {ph} (TTY 711)"])
    b.append(w.p(f"Questions about this letter? Call {ms}."))
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    _signoff(w, b, "Pre-Service Claims Administration", "Kaiser Foundation Health Plan of Colorado, claims "
                                                        "administrator")
    b.append(w.p(f"cc: {prov}, {clinic} (fax {cfax})", size=8.2, space_before=6))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Language assistance is available free of charge. Call {ph} (TTY 711).",
                             f"Free interpreter services: {ph} (TTY 711)."]), space_before=6))
    b += _taglines(w, "CO", f"{ph} (TTY 711)", w.pick([None, "Language assistance services"]), 6)
    return b, st, ["co_mailed_letter", "co_fax_every_page", "co_fax_cover_sheet"][variant]


BLIND28_TEMPLATES["blind28_co_erisa_ivf_exclusion"] = (t_b28_co, dict(
    plans=["erisa_group"], states=["CO"], kinds=["initial_denial"], cats=["not_covered"], reason=reason_b28_co))
MODELED_ON["blind28_co_erisa_ivf_exclusion"] = (
    "blind28: Kaiser Permanente Colorado letter for a self-funded employer group plan (ERISA) denying in vitro "
    "fertilization services (58970 retrieval, 89250/89272 culture, 58974 transfer, sometimes 89280 ICSI) as excluded, "
    "quoting the Summary Plan Description's exclusion in a box; a mailed letter, a fax with a transmission header on "
    "every page, or a fax starting with a cover sheet; 180-day appeal, 30-day pre-service appeal and 72-hour urgent "
    "appeal, external review within 4 months (45 CFR 147.136), ERISA 502(a), free copies and codes on request, EBSA "
    "with the catalogue's caveat, taglines")
