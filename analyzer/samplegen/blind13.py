"""Thirteenth blind evaluation set: four templates written without sight of the extractor, to be measured once.

Registered in ``BLIND13_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind13_wa_adolescent_iop")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set.

1. ``blind13_wa_adolescent_iop``: Kaiser Permanente Washington commercial plan letter to the parent or guardian of a
   teenager, denying an eating-disorder partial hospitalization or intensive outpatient program, or approving fewer
   days or a lower level than asked; the patient is named apart from the addressee, the level-of-care criteria are
   named, and the rights are the internal appeal, the expedited appeal and independent (external) review.
2. ``blind13_ca_genetic_test_lab``: Kaiser Permanente California commercial HMO "authorization determination" on a
   genetic test (hereditary cancer panel, exome sequencing, pharmacogenomic panel) sent to the member with a copy to
   the ordering clinician, with a reference block, a table of CPT 81xxx codes and units, a medical-necessity or
   experimental/investigational reason, the DMHC statement and IMR.
3. ``blind13_ma_part_d_coverage_determination``: Kaiser Permanente Senior Advantage (Medicare) notice denying a
   prescription drug coverage request (formulary exception, tier exception, prior authorization or quantity limit)
   set out like a federal notice, with a drug / strength / quantity block and appeal rights limited to what the
   rule catalogue gives for Medicare health plans (60 days, 72-hour fast appeal, independent review entity).
4. ``blind13_ga_er_claim_out_of_area``: Kaiser Permanente Georgia commercial HMO explanation of benefits for an
   emergency-room claim from an out-of-area hospital, some lines paid and some denied, with a claim-line table
   (dates, codes, billed, allowed, member owes, remark code) and a remark-code legend, 180-day appeal and external
   review.

Dates use this set's own styles (``b13date``): "March 14, 2026", "14 March 2026", "March 14th, 2026",
"MARCH 14, 2026", "Mar 14, 2026", "03/14/2026", "03-14-2026" and "2026/03/14". ``parse_blind13_date`` reads them
all back (numeric dates are always month first, except the year-first style).
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import vocab as V
from .case import _flags, person
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# registry, filled in template by template below
BLIND13_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def b13date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "long":  # March 14, 2026
        return f"{mon} {d.day}, {d.year}"
    if style == "dmy":  # 14 March 2026
        return f"{d.day} {mon} {d.year}"
    if style == "ord":  # March 14th, 2026
        return f"{mon} {_ordinal(d.day)}, {d.year}"
    if style == "upper":  # MARCH 14, 2026
        return f"{mon.upper()} {d.day}, {d.year}"
    if style == "mon3":  # Mar 14, 2026 (no point)
        return f"{mon[:3]} {d.day}, {d.year}"
    if style == "mdy":  # 03/14/2026
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdyd":  # 03-14-2026
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "ymds":  # 2026/03/14
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


STYLES = ("long", "dmy", "ord", "upper", "mon3", "mdy", "mdyd", "ymds")


def parse_blind13_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b13date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})[/-](\d{2})[/-](\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Za-z]+) (\d{1,2})(st|nd|rd|th)?, (\d{4})", t)
        if m:
            name, day = m[1], int(m[2])
            if m[3] and m[3] != _ordinal(day)[-2:]:
                return None
            if name in MONTHS or name.upper() == name and name.title() in MONTHS:
                mon = MONTHS.index(name.title()) + 1
            elif name in _MON3:
                mon = _MON3.index(name) + 1
            else:
                return None
            return dt.date(int(m[4]), mon, day)
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b13_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None, style: str | None = None) -> str:
    return b13date(day, style or w.c.extra["b13_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None, style: str | None = None) -> str:
    return M(label, _fd(w, day, style)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _low(s: str) -> str:
    first = s.split(" ")[0]
    if len(first) > 1 and first[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([48.0, 54.0, 62.0, 70.0]),
               margin_t=w.pick([36.0, 44.0, 52.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0, 12.0])
    return st


def _code(x: str) -> str:
    from .case import code_label

    return M(code_label(x), x)


def _drop_defect(c, defect: str) -> None:
    if defect in c.defects:
        c.defects = [d for d in c.defects if d != defect]
        _flags(c)


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _criteria(c, pick) -> None:
    """Criteria for a decision on medical grounds; none when the letter is planted without them."""
    c.criteria = [] if _bare(c) or "notice.criteria_cited" in c.defects else pick()


def _has(c, defect: str) -> bool:
    return defect in c.defects


_UNNAMED = [("the criteria require", "coverage requires"), ("the criteria ask for", "good practice calls for"),
            ("the criteria call for", "safe care calls for"), ("the criteria cover", "the plan covers"),
            ("does not meet the testing criteria", "does not point to a hereditary cause"),
            ("the criteria for panel testing are not met", "panel testing is not indicated"),
            ("the guideline offers", "testing is offered"), ("the guideline does not recommend",
                                                             "current practice does not call for"),
            ("the guideline recommends", "current practice recommends"),
            ("the guideline supports", "the evidence supports"), ("which meets the criteria for", "which supports")]


def _fact(c, text: str) -> str:
    """A clinical fact; a letter planted without criteria does not point at 'the criteria' or 'the guideline'."""
    if _has(c, "notice.criteria_cited"):
        for a, b in _UNNAMED:
            text = text.replace(a, b)
    return text


def _reviewer_line(w: W, lead: str) -> str:
    """One sentence naming who decided (a non-physician title when that defect is planted)."""
    c = w.c
    r = c.reviewer
    name = M("REVIEWER_NAME", r["name"])
    cred = M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else ""
    who = name + (f", {cred}" if cred else "")
    if _has(c, "process.reviewer_not_physician"):
        t = f"{lead} {who}, {c.reviewer_title}."
    else:
        spec = M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else ""
        t = f"{lead} {who}, a {w.pick(['physician', 'board-certified physician', 'physician reviewer'])}" + (
            f" specializing in {spec}" if spec else "") + "."
    if r["phone"]:
        t += w.pick([f" Direct line: {M('REVIEWER_PHONE', r['phone'])}.",
                     f" The reviewer can be reached at {M('REVIEWER_PHONE', r['phone'])}."])
    return t


# --- language help, written for this set -------------------------------------------------------------------------

_TAG = {
    "es": "¿Habla español? Le ofrecemos ayuda gratuita con el idioma. Llame al número de su tarjeta de "
          "identificación (TTY 711).",
    "zh": "如果您說中文，我們可免費為您提供語言協助。請撥打您會員卡上的電話號碼（TTY 711）。",
    "vi": "Nếu quý vị nói tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Vui lòng gọi số trên thẻ hội "
          "viên (TTY 711).",
    "tl": "Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa numerong nasa iyong "
          "ID card (TTY 711).",
    "ko": "한국어를 하시는 경우 무료 언어 지원을 받으실 수 있습니다. 회원 카드에 있는 번호로 연락하십시오(TTY 711).",
    "hy": "Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն ստանալ։ Զանգահարեք Ձեր քարտի վրա նշված "
          "համարով (TTY 711)։",
    "fa": "اگر به فارسی صحبت می‌کنید، خدمات زبانی رایگان در دسترس شماست. با شماره روی کارت خود تماس بگیرید "
          "(TTY 711).",
    "ru": "Если вы говорите по-русски, вам доступна бесплатная языковая помощь. Звоните по номеру на вашей карте "
          "(TTY 711).",
    "ja": "日本語を話される方は、無料の言語支援をご利用いただけます。カードに記載の番号にお電話ください（TTY 711）。",
    "ar": "إذا كنت تتحدث العربية، تتوفر لك خدمات لغوية مجانية. اتصل بالرقم الموجود على بطاقتك (TTY 711).",
    "pa": "ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਲਈ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਉਪਲਬਧ ਹੈ। ਆਪਣੇ ਕਾਰਡ ਉੱਤੇ ਦਿੱਤੇ ਨੰਬਰ 'ਤੇ ਕਾਲ "
          "ਕਰੋ (TTY 711)।",
    "km": "ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ សេវាជំនួយភាសាឥតគិតថ្លៃមានសម្រាប់អ្នក។ សូមទូរស័ព្ទទៅលេខនៅលើកាតរបស់អ្នក "
          "(TTY 711)។",
    "hmn": "Yog koj hais lus Hmoob, muaj kev pab txhais lus pub dawb rau koj. Hu rau tus xov tooj nyob ntawm koj "
           "daim npav (TTY 711).",
    "hi": "यदि आप हिंदी बोलते हैं, तो आपके लिए मुफ़्त भाषा सहायता उपलब्ध है। अपने कार्ड पर दिए गए नंबर पर कॉल करें "
          "(TTY 711)।",
    "th": "หากท่านพูดภาษาไทย มีบริการช่วยเหลือด้านภาษาให้ท่านฟรี โปรดโทรตามหมายเลขบนบัตรของท่าน (TTY 711)",
    "so": "Haddii aad ku hadasho Af-Soomaali, waxaa laguu heli karaa caawimaad luqadeed oo bilaash ah. Wac lambarka "
          "kaarkaaga ku yaal (TTY 711).",
    "uk": "Якщо ви розмовляєте українською, вам доступна безкоштовна мовна допомога. Телефонуйте за номером на "
          "вашій картці (TTY 711).",
    "am": "አማርኛ የሚናገሩ ከሆነ፣ ነፃ የቋንቋ እርዳታ ያገኛሉ። በካርድዎ ላይ ያለውን ቁጥር ይደውሉ (TTY 711)።",
    "gu": "જો તમે ગુજરાતી બોલતા હો, તો તમારા માટે મફત ભાષા સહાય ઉપલબ્ધ છે. તમારા કાર્ડ પરના નંબર પર કૉલ કરો "
          "(TTY 711).",
    "fr": "Si vous parlez français, une aide linguistique gratuite est à votre disposition. Appelez le numéro "
          "indiqué sur votre carte (TTY 711).",
    "de": "Wenn Sie Deutsch sprechen, steht Ihnen kostenlose Sprachhilfe zur Verfügung. Rufen Sie die Nummer auf "
          "Ihrer Karte an (TTY 711).",
    "pt": "Se você fala português, há assistência gratuita no seu idioma. Ligue para o número do seu cartão "
          "(TTY 711).",
}
_TAG_SETS = {
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "uk", "am", "tl", "pa", "ja", "ar"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "hi", "th"],
    "GA": ["es", "vi", "ko", "zh", "am", "gu", "fr", "de", "ru", "hi", "pt", "ar"],
}


def _taglines(w: W, key: str, heading: str) -> list[Block]:
    """One sentence per language; nothing at all when the language-assistance defect is planted."""
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    langs = head + rest[: w.rng.randint(len(rest) - 1, len(rest))]
    out = [w.h(heading, space_before=12, size=8.0)]
    for code in langs:
        t = _TAG[code]
        out.append(Block("para", text=t, size=6.8, unicode=_uni(t), space_before=1.5))
    return out


def _civil(w: W) -> Block:
    """A short nondiscrimination notice; it offers interpreters only when language help is printed."""
    base = w.pick([
        "Kaiser Permanente does not discriminate on the basis of race, color, national origin, sex, age or "
        "disability.",
        "We follow federal civil rights laws. No one is treated differently because of race, color, national "
        "origin, age, disability or sex.",
    ])
    if not _has(w.c, "notice.language_assistance"):
        base += w.pick([" Interpreters and materials in large print or other formats are free; call the number on "
                        "your card.", " We offer free interpreters and letters in other formats on request."])
    return w.small(base, space_before=10)


# === 1. Kaiser Permanente Washington: adolescent eating-disorder PHP / IOP =========================================

_WA_PROGRAMS = ["Puget Sound Adolescent Eating Disorder Program", "Cascade Youth Eating Recovery Center",
                "Evergreen Teen Eating Disorder Day Program", "Northshore Adolescent Nutrition and Recovery Clinic"]
_WA_PHP = (["Partial hospitalization program, eating disorder", "Eating disorder partial hospitalization (PHP)",
            "Adolescent eating disorder day treatment (partial hospitalization)"], "H0035")
_WA_IOP = (["Intensive outpatient program, eating disorder", "Eating disorder intensive outpatient program (IOP)",
            "Adolescent eating disorder intensive outpatient treatment"], "S9480")
_WA_DX = {
    "an": [(["Anorexia nervosa, restricting type, moderate", "Anorexia nervosa, restricting type, moderate "
             "severity"], "F50.011"),
           (["Anorexia nervosa, restricting type, severe"], "F50.012")],
    "bn": [(["Bulimia nervosa, moderate", "Bulimia nervosa, moderate severity"], "F50.22")],
    "arfid": [(["Avoidant/restrictive food intake disorder", "Avoidant restrictive food intake disorder (ARFID)"],
               "F50.82")],
}
_WA_DX_EXTRA = [(["Major depressive disorder, single episode, moderate"], "F32.1"),
                (["Generalized anxiety disorder"], "F41.1")]
_WA_CRIT = ["CALOCUS-CASII (Child and Adolescent Level of Care Utilization System)",
            "American Psychiatric Association Practice Guideline for the Treatment of Patients With Eating "
            "Disorders, 4th edition",
            "InterQual 2025 Behavioral Health: Child and Adolescent Eating Disorders",
            "MCG 28th Edition, Behavioral Health Care: Eating Disorders, Partial Hospital Program"]
# why the requested level is not approved: (level asked, facts); "down" = a lower level fits, "up" = a higher one
_WA_FACTS = {
    ("php", "down"): [
        "{pt}'s weight is at 91 percent of the expected body weight and has risen for three weeks in a row, heart "
        "rate and blood pressure are stable when standing, and the family meal plan is being followed at home with "
        "only occasional refusal; the full-day program is meant for teens who cannot eat enough outside a "
        "supervised setting",
        "the notes from the program's intake describe {pt} eating three meals and two snacks a day with a parent "
        "present and no purging for the past month; the vital signs are normal and no daily medical monitoring is "
        "needed, so the care can be given in an intensive outpatient program three afternoons a week",
    ],
    ("iop", "down"): [
        "{pt} has been seen weekly by the family-based treatment therapist and dietitian, is gaining weight at the "
        "expected rate and has no vomiting or laxative use recorded; the records do not show that weekly outpatient "
        "care has stopped working, which the criteria ask for before an intensive program",
        "the records show steady weight gain with outpatient family-based treatment and no safety concerns, so the "
        "current weekly therapy and medical visits remain the right level of care",
    ],
    ("iop", "up"): [
        "the pediatric clinic recorded a resting heart rate of 42 and dizziness on standing on the day the request "
        "was sent, and {pt}'s weight is at 74 percent of the expected body weight; with these findings the criteria "
        "call for medical stabilization in the hospital before an outpatient program can be safe",
        "the intake notes describe vomiting several times a day and a low potassium level, which need medical "
        "monitoring in the hospital first; an intensive outpatient program three days a week cannot provide that",
    ],
    ("php", "up"): [
        "the program's own intake notes report a heart rate of 40 at night and a weight at 72 percent of the "
        "expected body weight; the criteria call for a hospital stay for medical stabilization before a day program",
    ],
}
_WA_PARTIAL = [  # requested PHP days; approved fewer days of the same program
    "the program's notes so far show {pt} finishing every supervised meal and gaining about a pound a week, with no "
    "purging, and describe a plan to step down; the remaining days requested are more than the records support, "
    "and care can continue in the intensive outpatient program",
    "{pt}'s weight has reached 90 percent of the expected body weight and meals are completed with parents at home "
    "on weekends; a shorter stay in the day program followed by intensive outpatient care matches the level-of-care "
    "ratings in the records",
]


_WA_STEP = [  # requested PHP; the intensive outpatient program approved instead
    "{pt} eats most meals at home with a parent's support, the weight is at 88 percent of the expected body weight "
    "and stable on standing vital signs, and there is no purging; the intensive outpatient program gives the "
    "structure the records show is needed without a full-day program",
    "the ratings in the intake assessment fall in the range for intensive outpatient care: {pt} is medically stable, "
    "attends school, and needs support with meals and thoughts about food a few days a week rather than all day",
]


def _wa_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b13_wa"):
        return
    c.extra["b13_wa"] = True
    _fmt(w, ("long", "dmy", "ord", "mdy", "upper"))
    c.region = "Washington"
    partial = c.letter_kind == "partial_denial"
    # the patient: a teenager; the addressee: a parent or guardian with the same family name most of the time
    age = w.rng.randint(13, 17)
    year = c.letter.year - age
    c.extra["dob"] = dt.date(year, w.rng.randint(1, 12), w.rng.randint(1, 28))
    c.extra["wa_age"] = age
    pfirst = w.pick(V.FIRST)
    plast = c.member_name.split()[-1] if w.chance(0.8) else w.pick(V.LAST)
    c.extra["wa_parent"] = f"{pfirst} {plast}"
    c.extra["wa_parent_salute"] = w.pick([f"{pfirst} {plast}", f"Parent or Guardian of {c.member_name.split()[0]}",
                                          f"{pfirst}"])
    c.extra["wa_pt"] = c.member_name.split()[0]
    dxkey = w.pick(["an", "an", "bn", "arfid"])
    dx = [w.pick(_WA_DX[dxkey])]
    if w.chance(0.5):
        dx.append(w.pick(_WA_DX_EXTRA))
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    days = w.pick([10, 15, 20, 30])
    c.extra["wa_days"] = days
    if partial:
        level = "php"
        ok_days = w.pick([5, 7, 10]) if days > 10 else 5
        php_texts, php_code = _WA_PHP
        t = w.pick(php_texts)
        if w.chance(0.5):  # fewer days of the same program
            c.services = [dict(text=f"{t}, first {ok_days} days", codes=[php_code], decision="approved",
                               units=ok_days),
                          dict(text=f"{t}, further {days - ok_days} days", codes=[php_code], decision="denied",
                               units=days - ok_days)]
            c.extra["wa_mode"] = "days"
        else:  # the program a step down instead
            iop_t, iop_code = _WA_IOP
            c.services = [dict(text=t, codes=[php_code], decision="denied", units=days),
                          dict(text=w.pick(iop_t), codes=[iop_code], decision="approved", units=w.pick([9, 12]))]
            c.extra["wa_mode"] = "step"
        c.extra["wa_fact"] = w.pick(_WA_PARTIAL) if c.extra["wa_mode"] == "days" else w.pick(_WA_STEP)
        c.extra["wa_dir"] = "down"
    else:
        level = w.pick(["php", "iop"])
        texts, code = _WA_PHP if level == "php" else _WA_IOP
        c.services = [dict(text=w.pick(texts), codes=[code], decision="denied",
                           units=days if level == "php" else w.pick([9, 12, 16]))]
        direction = w.pick(["down", "down", "up"])
        c.extra["wa_dir"] = direction
        c.extra["wa_fact"] = w.pick(_WA_FACTS[(level, direction)])
        c.extra["wa_mode"] = level
    c.extra["wa_fact"] = _fact(c, c.extra["wa_fact"].replace("{pt}", c.extra["wa_pt"]))
    c.extra["wa_level"] = level
    c.extra["wa_program"] = w.pick(_WA_PROGRAMS)
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "PsyD", "PhD", "MD"])
    c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
    c.provider_short = f"Dr. {last}"
    c.service = None
    _criteria(c, lambda: [w.pick(_WA_CRIT)] if w.chance(0.7) else w.rng.sample(_WA_CRIT[:2], 2))
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(["Child and Adolescent Psychiatry", "Psychiatry", "Adolescent Medicine"])
        c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO"])
    _flags(c)


def reason_b13_wa(w: W) -> str:
    _wa_setup(w)
    c = w.c
    pt = c.extra["wa_pt"]
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    if _bare(c):
        return w.pick(["Level of care criteria are not met.", "The requested program is not medically necessary.",
                       "Does not meet medical necessity criteria."])
    fact = c.extra["wa_fact"]
    if c.letter_kind == "partial_denial":
        ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"])
        return w.pick([
            f"We approved the {ok} for {pt}. We did not approve the {names} because {fact}.",
            f"Only part of the request is approved: the {ok}. The {names} is not medically necessary because "
            f"{fact}.",
        ])
    if c.extra["wa_dir"] == "up":
        return w.pick([
            f"We cannot approve the {names} for {pt} because the program is not safe enough for {pt}'s condition "
            f"right now: {fact}.",
            f"The {names} is not the right level of care for {pt} at this time because {fact}.",
        ])
    return w.pick([
        f"We did not approve the {names} for {pt} because {fact}.",
        f"The {names} is not medically necessary for {pt} right now: {fact}.",
        f"After reviewing {pt}'s records, we found that {fact}. For that reason the {names} is not approved.",
    ])


def t_b13_wa(w: W):
    _wa_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "helvetica"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 letter with a patient box, 1 memo-style header lines, 2 banner and summary table
    entity = V.REGION_ENTITY["Washington"][0]
    addr = V.GRIEVANCE_ADDR["Washington"]
    pt = c.extra["wa_pt"]
    parent = c.extra["wa_parent"]
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_ext = _has(c, "notice.external_review")
    no_exp = _has(c, "notice.expedited_review")
    no_ca = _has(c, "notice.consumer_assistance")
    program = c.extra["wa_program"]
    ms = "1-888-901-4636"
    st.footer = [w.pick(["Page {page} of {pages}", f"Ref. {c.ids['ref']} | {{page}}/{{pages}}",
                         "Kaiser Permanente Washington - page {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if w.chance(0.4):
        st.header = [f"Re: {c.member_name} ({c.ids['ref']})"]
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Washington commercial HMO", "Group HMO plan",
                                     "Individual & Family HMO plan", "KP Washington employer group coverage"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Washington')} \u2013 Behavioral Health Care Review",
                         entity], right=addr[1:]))
    title = w.pick(["Coverage decision for behavioral health services", "Notice of adverse benefit determination",
                    "Decision on a request for eating disorder treatment"])
    if urgent:
        title += w.pick([" (expedited review)", " \u2013 EXPEDITED"])
    pinfo = [("Patient", w.name()), ("Member ID", w.mid()),
             ("Date of birth", _fd(w, c.extra["dob"], w.pick(["mdy", c.extra["b13_fmt"]]))),
             ("Case number", c.ids["ref"]), ("Plan", plan_cue)]
    if c.received:
        pinfo.append(("Request received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        pinfo.append(("Date of decision", _dm(w, "DATE_DECISION", c.decision)))
    pinfo.append(("Requested by", f"{w.prov()}, {program}"))
    if variant == 2:
        b.append(w.p(title.upper(), bold=True, size=12, shade=True, space_before=8))
        b.append(w.p(sent, space_before=8))
    else:
        b.append(w.p(sent, space_before=10))
    b.append(w.p(parent if w.chance(0.5) else w.pick([f"Parent or guardian of {w.name()}",
                                                     f"{parent}, parent/guardian"]), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    if variant == 0:
        b.append(w.p(title, bold=True, space_before=10))
        b.append(Block("table", rows=[[k, v] for k, v in pinfo], size=8.5, space_before=6, header_row=False))
    elif variant == 1:
        b.append(w.p(title, bold=True, space_before=10))
        for k, v in pinfo:
            b.append(w.p(f"{k.upper()}: {v}", space_before=0.5, size=st.size - 0.5))
    b.append(w.p(w.pick([f"Dear {c.extra['wa_parent_salute']}:", f"Dear {c.extra['wa_parent_salute']},"]),
                 space_before=10))
    asked = w.pick([
        f"{w.prov()} of {program} asked us to cover eating disorder treatment for your child, {w.name()}. Because "
        f"{pt} is a minor, we are writing to you as {pt}'s parent or guardian.",
        f"We have reviewed a request from {program} ({w.prov()}) for treatment for {w.name()}. We send this letter "
        f"to you because you are the parent or guardian of a member under 18.",
    ])
    b.append(w.p(asked))
    if variant == 2:
        rows = [["Service requested", "Code", "Amount asked", "Decision"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), _code(s["codes"][0]),
                         f"{s['units']} {'days' if s['codes'][0] == 'H0035' else 'sessions'}",
                         "Approved" if s["decision"] == "approved" else "Not approved"])
        b.append(Block("table", rows=rows, size=8.0, space_before=6))
        b.append(Block("table", rows=[[k, v] for k, v in pinfo], size=8.0, space_before=6, header_row=False))
    else:
        b.append(w.h(w.pick(["What was requested", "The request", "Services reviewed"]), space_before=10))
        for s in c.services:
            unit = "days" if s["codes"][0] == "H0035" else "sessions"
            dec = "approved" if s["decision"] == "approved" else w.pick(["not approved", "denied"])
            b.append(w.p(f"- {M('SERVICE', s['text'])} (HCPCS {_code(s['codes'][0])}), {s['units']} {unit}: "
                         f"{dec}", indent=10, space_before=1))
    b.append(w.p("Diagnosis: " + "; ".join(w.dx(d) for d in c.diagnoses), size=st.size - 0.5))
    # decision and reason
    b.append(w.h(w.pick(["Our decision", "What we decided and why", "Decision"]), space_before=10,
                 shade=variant == 1))
    if partial:
        b.append(w.p(w.pick(["We approved part of this request.", "This request is partly approved."]), bold=True))
    else:
        b.append(w.p(w.pick(["We are not able to approve this request.", "This request is denied."]), bold=True))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([
            f"The reviewer used {cs} to make this decision. You can ask us for a free copy of these criteria.",
            f"Clinical criteria applied: {cs}. Call us if you would like a copy; there is no charge.",
        ])))
    if c.extra["wa_dir"] == "up" and not _bare(c) and not no_exp:
        b.append(w.p(w.pick([
            f"Please contact {pt}'s doctor today about a hospital evaluation. If {pt} faints, has chest pain or seems "
            "confused, call 911 or go to the nearest emergency room.",
            f"We have let {w.prov()} know what we found. If {pt} feels faint or has a racing or very slow heartbeat, "
            "get emergency care right away.",
        ])))
    elif not _bare(c) and w.chance(0.6):
        b.append(w.p(w.pick([
            f"Kaiser Permanente continues to cover {pt}'s outpatient therapy, dietitian visits and medical checkups. "
            f"A care coordinator can help you find a program; call {ms} (TTY 711).",
            f"If {pt}'s condition changes, {c.provider_short} can send new records and ask us to review the request "
            "again.",
        ])))
    if c.reviewer and (_has(c, "process.reviewer_not_physician") or w.chance(0.8)):
        b.append(w.p(_reviewer_line(w, w.pick(["This decision was made by", "Reviewed and decided by"]))))
    b.append(w.p(w.pick([
        "You may ask for the diagnosis and treatment codes used for this request and what they mean, free of "
        "charge. Asking for codes is not an appeal.",
        "The codes on this letter and their meanings are available at no cost if you ask. Such a request does not "
        "start an appeal.",
    ]), size=st.size - 0.5))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.h(w.pick(["Your right to appeal", "If you disagree with this decision", "Appeal rights"]),
                 space_before=12, shade=variant != 1))
    b.append(w.p(w.pick([
        f"You, {pt}, or someone you choose (such as {pt}'s doctor) can ask us to review this decision. This is "
        f"called an internal appeal. Send it within {days} of the day you receive this letter to {', '.join(addr)}, "
        f"or call Member Services at {ms} (TTY 711).",
        f"To file an internal appeal, write to {', '.join(addr)} or call {ms} (TTY 711) within {days} after you get "
        "this letter. A parent, guardian or provider may appeal for a minor.",
    ])))
    b.append(w.p(w.pick([
        "With your appeal you may send letters, records or anything else you want us to consider. You have the "
        "right to free copies of all documents and records we used for this decision.",
        "You can add written comments and medical records. We will send you, free of charge, copies of the "
        "records and other information about this decision if you ask.",
    ])))
    if not no_exp:
        b.append(w.p(w.pick([
            f"Expedited appeal: if waiting for a standard appeal could seriously harm {pt}'s life, health or ability "
            "to regain maximum function, ask for an expedited appeal by phone. We decide expedited appeals within "
            "72 hours.",
            "If a standard appeal would put your child's health at serious risk, you or the doctor may ask for an "
            "expedited (urgent) appeal. We will give you our decision within 72 hours.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "Independent review: if we uphold our decision after your appeal, you can ask for review by an "
            "independent review organization (IRO) that has no ties to Kaiser Permanente. Ask within 4 months of "
            "our final appeal decision. It costs you nothing, and the IRO's decision is binding on us."
            + ("" if no_exp else " In urgent situations an expedited independent review is available."),
            "If the appeal does not change the decision, an independent review organization can look at the case. "
            "You must ask within 4 months after our final decision; independent review is free.",
        ])))
    if not no_ca:
        b.append(w.p(w.pick([
            "For help with a health insurance complaint or appeal, you may contact the Washington State Office of "
            "the Insurance Commissioner, which assists consumers.",
            "The Washington State Office of the Insurance Commissioner can also help you with questions about your "
            "coverage and your appeal rights.",
        ])))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,", "With regards,"]), space_before=10))
    b.append(w.p(w.pick(["Behavioral Health Care Review", "Mental Health Utilization Management",
                         "Care Review Department"]), bold=True, space_before=10))
    b.append(w.p(f"Kaiser Permanente Washington \u00b7 {ms} \u00b7 TTY 711", space_before=0))
    b.append(w.p(f"cc: {w.prov()}, {program}", size=8.5, space_before=8))
    b.append(_civil(w))
    b += _taglines(w, "WA", w.pick(["Language help", "Help in your language", "Free language services"]))
    return b, st, ["wa_patient_box", "wa_memo_lines", "wa_banner_table"][variant]


BLIND13_TEMPLATES["blind13_wa_adolescent_iop"] = (t_b13_wa, dict(
    plans=["commercial_hmo"], states=["WA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b13_wa))
MODELED_ON["blind13_wa_adolescent_iop"] = (
    "blind13: Kaiser Permanente Washington commercial HMO letter to the parent or guardian of a teenager denying an "
    "eating-disorder partial hospitalization or intensive outpatient program, or approving fewer days or a lower "
    "level; the patient named apart from the addressee, HCPCS H0035/S9480, level-of-care criteria, 180-day internal "
    "appeal, 72-hour expedited appeal, independent review within 4 months, Office of the Insurance Commissioner")


# === 2. Kaiser Permanente California commercial HMO: authorization determination on a genetic test ================

_CA_LABS = ["Pacific Coast Genomics Laboratory", "Golden State Molecular Diagnostics", "Sierra Hereditary Testing "
            "Services", "Bayshore Clinical Genomics"]
_CA_KP_LAB = ["Kaiser Permanente Regional Genetics Laboratory", "KP Regional Reference Laboratory, Molecular "
              "Genetics"]
# a story: lines are (texts, code, units); "ok" lists codes a partial approval approves; cats it can be decided on
_CA_STORIES = [
    dict(key="hboc", cats=["medical_necessity"],
         lines=[(["Hereditary breast cancer gene panel (10+ genes)", "Breast/ovarian cancer gene panel, sequencing"],
                 "81432", 1),
                (["Hereditary breast cancer panel, deletion/duplication", "Breast cancer panel, dup/del analysis"],
                 "81433", 1)],
         alt=(["BRCA1 and BRCA2 full sequence and dup/del analysis", "BRCA1/BRCA2 gene analysis, full"], "81162", 1),
         dx=[(["Family history of malignant neoplasm of breast"], "Z80.3"),
             (["Family history of malignant neoplasm of ovary"], "Z80.41")],
         spec=["Medical Genetics", "Gynecologic Oncology", "Hematology/Oncology"],
         crit=["NCCN Clinical Practice Guidelines in Oncology: Genetic/Familial High-Risk Assessment: Breast, "
               "Ovarian, Pancreatic, and Prostate", "Kaiser Permanente Genetic Testing Guideline: Hereditary Cancer "
               "Panels"],
         facts=["the family history sent with the order lists one relative with breast cancer, a grandmother on "
                "your father's side diagnosed at age 68, and no relatives with ovarian, pancreatic or male breast "
                "cancer; this history does not meet the testing criteria, and no relative has had a genetic test",
                "your own history does not include cancer, and the only affected relative is an aunt diagnosed with "
                "breast cancer at 61; the guideline offers panel testing when a close relative was diagnosed at 50 "
                "or younger, had ovarian cancer, or more relatives on the same side were affected"],
         pfacts=["the family history shows your mother's sister with ovarian cancer, which meets the criteria for "
                 "BRCA1 and BRCA2 testing, but nothing in the history points to the other genes on the larger panel "
                 "(no colon, uterine or stomach cancers, and no relative with a known variant)"]),
    dict(key="lynch", cats=["medical_necessity"],
         lines=[(["Hereditary colon cancer gene panel (10+ genes)", "Colorectal cancer syndrome panel, sequencing"],
                 "81435", 1),
                (["Hereditary colon cancer panel, deletion/duplication", "Colon cancer panel, dup/del analysis"],
                 "81436", 1)],
         dx=[(["Family history of malignant neoplasm of digestive organs"], "Z80.0"),
             (["Personal history of colonic polyps"], "Z86.010")],
         spec=["Medical Genetics", "Gastroenterology"],
         crit=["NCCN Clinical Practice Guidelines in Oncology: Genetic/Familial High-Risk Assessment: Colorectal, "
               "Endometrial, and Gastric", "Kaiser Permanente Genetic Testing Guideline: Hereditary Colorectal "
               "Cancer"],
         facts=["your colonoscopy found two small tubular adenomas, and your father's colon cancer was diagnosed at "
                "age 74; the criteria for panel testing are not met, and the tumor from your father's surgery has "
                "not been tested for mismatch repair, which is the recommended first step",
                "the records show one relative with colon cancer after age 70 and fewer than ten polyps on your own "
                "colonoscopies; the guideline does not recommend germline panel testing for this history"]),
    dict(key="exome", cats=["medical_necessity", "experimental_investigational"],
         lines=[(["Exome sequence analysis, patient", "Whole exome sequencing (proband)"], "81415", 1),
                (["Exome sequence analysis, each comparator (parents)", "Comparator exome, biological parents"],
                 "81416", 2)],
         alt=(["Chromosomal microarray (copy number and SNP)", "Cytogenomic microarray analysis"], "81229", 1),
         dx=[(["Other disorders of psychological development", "Global developmental delay"], "F88"),
             (["Epilepsy, unspecified, not intractable, without status epilepticus"], "G40.909")],
         spec=["Medical Genetics", "Pediatric Neurology", "Developmental-Behavioral Pediatrics"],
         crit=["ACMG practice guideline: exome and genome sequencing for pediatric patients with congenital "
               "anomalies or intellectual disability (2021)", "Kaiser Permanente Genetic Testing Guideline: Exome "
               "Sequencing"],
         facts=["a chromosomal microarray, the recommended first test for developmental delay, has not been done, "
                "and the genetics consult notes list a specific syndrome that a single-gene test can confirm or rule "
                "out",
                "the records do not show an evaluation by a clinical geneticist, and the microarray and fragile X "
                "testing the guideline recommends first have not been ordered"],
         pfacts=["a chromosomal microarray is the recommended first test for developmental delay and is approved; "
                 "exome sequencing can be requested again if the microarray does not find a cause"],
         xfacts=["the request is for exome sequencing in an adult with long-standing fatigue and muscle aches but no "
                 "findings that suggest a genetic disorder; for this use exome sequencing is investigational because "
                 "studies have not shown that the results change care or outcomes"],
         xcrit=["Kaiser Permanente Medical Technology Assessment: Exome Sequencing in Adults (2025)"]),
    dict(key="pgx", cats=["medical_necessity", "experimental_investigational"],
         lines=[(["Drug metabolism gene panel (pharmacogenomics)", "Pharmacogenomic panel, 5 or more genes"],
                 "81418", 1)],
         alt=(["CYP2C19 gene analysis, common variants", "CYP2C19 genotyping"], "81225", 1),
         dx=[(["Major depressive disorder, recurrent, moderate"], "F33.1"),
             (["Generalized anxiety disorder"], "F41.1")],
         spec=["Psychiatry", "Clinical Pharmacology"],
         crit=["CPIC Guideline for CYP2D6, CYP2C19, CYP2B6, SLC6A4, and HTR2A Genotypes and Serotonin Reuptake "
               "Inhibitor Antidepressants", "Kaiser Permanente Genetic Testing Guideline: Pharmacogenomics"],
         facts=["you have taken two antidepressants so far, and the notes show neither was raised to a full dose "
                "before it was stopped; the guideline supports testing only specific genes tied to a medicine being "
                "chosen, not a broad panel in advance"],
         pfacts=["the medicine your psychiatrist plans to start is dosed by CYP2C19 alone, which is why that test is "
                 "approved, while the larger panel tests genes that do not guide any medicine in your current plan"],
         xfacts=["multi-gene pharmacogenomic panels used to choose among antidepressants are investigational: the "
                 "published studies have not shown that choosing medicines this way leads to better recovery than "
                 "usual care",
                 "the panel is being used to pick an antidepressant in advance, and the evidence does not show that "
                 "this improves how well patients do, so it is considered experimental for this purpose"],
         xcrit=["Kaiser Permanente Medical Technology Assessment: Multi-gene Pharmacogenomic Panels (2025)"]),
]


def _ca_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b13_ca"):
        return
    c.extra["b13_ca"] = True
    # a germline test is no therapy for a terminal illness; the set never plants that rule (see the module notes)
    _drop_defect(c, "experimental.terminal_illness_rights")
    _fmt(w, ("long", "mdy", "mon3", "dmy", "ymds"))
    partial = c.letter_kind == "partial_denial"
    exp = c.category == "experimental_investigational"
    pool = [s for s in _CA_STORIES if c.category in s["cats"] and (not partial or s.get("pfacts"))]
    story = w.pick(pool)
    c.extra["ca_story"] = story
    lines = story["lines"]
    if not partial and len(lines) > 1 and w.chance(0.3):
        lines = lines[:1]
    svcs = [dict(text=w.pick(t), codes=[cd], decision="denied", units=u) for t, cd, u in lines]
    if partial:
        t, cd, u = story["alt"]
        svcs.insert(0, dict(text=w.pick(t), codes=[cd], decision="approved", units=u))
        c.extra["ca_fact"] = w.pick(story["pfacts"])
    else:
        c.extra["ca_fact"] = w.pick(story["xfacts"] if exp else story["facts"])
    c.extra["ca_fact"] = _fact(c, c.extra["ca_fact"])
    c.services = svcs
    dx = story["dx"] if w.chance(0.5) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    name, _, last = person(w.rng, 0.15)
    cred = w.pick(["MD", "M.D.", "MS, CGC", "DO"])
    if cred == "MS, CGC":  # a genetic counselor orders with a physician
        c.provider = f"{name}, MS, CGC"
        c.provider_short = f"{name.split()[0]} {last}"
    else:
        c.provider = w.pick([f"{name}, {cred}", f"Dr. {name}"])
        c.provider_short = f"Dr. {last}"
    c.extra["ca_dept"] = w.pick(["Genetics Department", "Department of Medical Genetics", "Cancer Genetics Clinic",
                                 "Psychiatry Department"] if story["key"] == "pgx" else
                                ["Genetics Department", "Department of Medical Genetics", "Cancer Genetics Clinic"])
    c.extra["ca_lab"] = w.pick(_CA_LABS + _CA_KP_LAB)
    c.extra["ca_facility"] = w.pick(V.facilities("CA", c.region))
    c.service = None
    if exp:
        _criteria(c, lambda: list(story["xcrit"]))
    else:
        _criteria(c, lambda: [w.pick(story["crit"])])
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(story["spec"])
        c.reviewer["credentials"] = w.pick(["MD", "M.D.", "MD, PhD", "DO"])
    _flags(c)


def reason_b13_ca(w: W) -> str:
    _ca_setup(w)
    c = w.c
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    verb = "is" if len(denied) == 1 else "are"
    if _bare(c):
        return w.pick(["The test does not meet medical necessity criteria.", "Criteria for this test are not met.",
                       "This testing is not medically necessary."])
    fact = c.extra["ca_fact"]
    if c.letter_kind == "partial_denial":
        ok = join_and([_low(s["text"]) for s in c.services if s["decision"] == "approved"])
        return w.pick([
            f"We approved the {ok}. The {names} {verb} not approved: {fact}.",
            f"Authorization is given for the {ok} only. We denied the {names}: {fact}.",
        ])
    if c.category == "experimental_investigational":
        return w.pick([
            f"The {names} {verb} not covered because {fact}.",
            f"We denied the {names} as experimental or investigational: {fact}.",
        ])
    return w.pick([
        f"The {names} {verb} not medically necessary for you at this time because {fact}.",
        f"We reviewed the order and the records sent with it. The {names} cannot be authorized because {fact}.",
        f"Denied: {fact}. For this reason the {names} {verb} not medically necessary now.",
    ])


def _dmhc(w: W) -> list[Block]:
    """The California DMHC statement, in this set's words, in bold; nothing when that defect is planted."""
    if _has(w.c, "notice.dmhc_statement"):
        return []
    text = w.pick([
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        "If you have a grievance against Kaiser Permanente, you should first telephone us at 1-800-464-4000 (TTY "
        "711) and use our grievance process before contacting the Department. Using this grievance procedure does "
        "not take away any legal rights or remedies that may be available to you. If you need help with a grievance "
        "involving an emergency, a grievance that has not been satisfactorily resolved by us, or a grievance that "
        "has remained unresolved for more than 30 days, you may call the Department for assistance. You may also "
        "be eligible for an Independent Medical Review (IMR). If you are, the IMR process will provide an impartial "
        "review of medical decisions made by a health plan about the medical necessity of a proposed service or "
        "treatment, coverage decisions for treatments that are experimental or investigational in nature, and "
        "payment disputes for emergency or urgent medical services. The Department has a toll-free telephone number "
        "(1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. The Department's "
        "internet website www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
        "The Department of Managed Health Care (DMHC) of the State of California regulates health plans. Before you "
        "contact the DMHC about a grievance against Kaiser Permanente, please call us first at 1-800-464-4000 (TTY "
        "711) and go through our grievance process. Filing a grievance with us does not limit your legal rights or "
        "remedies. Contact the DMHC for help if your grievance involves an emergency, if you are not satisfied with "
        "how we resolved it, or if it is still unresolved after 30 days. You may qualify for an Independent Medical "
        "Review (IMR), an impartial review of a plan's decisions about medical necessity, about treatments that are "
        "experimental or investigational, and about payment for emergency or urgent care. DMHC toll-free: "
        "1-888-466-2219; TDD: 1-877-688-9891. Complaint and IMR forms and instructions are at www.dmhc.ca.gov.",
    ])
    return [w.p(text, bold=True, size=max(w.c.extra.get("ca_size", 10.0), 9.5), boxed=w.chance(0.5),
                space_before=8)]


def t_b13_ca(w: W):
    _ca_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    c.extra["ca_size"] = st.size
    variant = w.rng.randrange(3)  # 0 determination with reference table, 1 letter with two-column header, 2 parts A-D
    region = c.region
    entity = V.REGION_ENTITY[region][0]
    addr = V.GRIEVANCE_ADDR[region]
    partial = c.letter_kind == "partial_denial"
    exp = c.category == "experimental_investigational"
    urgent = c.urgency == "expedited"
    no_ca = _has(c, "notice.consumer_assistance")
    lab = c.extra["ca_lab"]
    st.footer = [w.pick(["Page {page} of {pages}", f"Authorization {c.ids['auth']} \u2022 {{page}}/{{pages}}",
                         "KP-UM-GEN {page}"])]
    st.footer = [f.replace("\u2022", "|") for f in st.footer]
    st.footer_align = w.pick(["center", "right", "left"])
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente HMO (commercial)", "KP California HMO plan",
                                     "Kaiser Foundation Health Plan HMO"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    ref = [("Authorization no.", c.ids["auth"]), ("Member", w.name()), ("Medical record no.", w.mid()),
           ("Ordering clinician", w.prov()), ("Department", c.extra["ca_dept"]), ("Performing laboratory", lab)]
    if c.received:
        ref.append(("Request received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        ref.append(("Determination date", _dm(w, "DATE_DECISION", c.decision)))
    ref.append(("Review type", "Expedited (urgent)" if urgent else "Standard pre-service"))
    ref.append(("Coverage", plan_cue))
    head, rest = ref[:2], ref[2:]
    w.rng.shuffle(rest)
    ref = head + rest
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', region)} \u2013 Utilization Management", entity],
                   right=[c.extra["ca_facility"], "Genetic Testing Review"]))
    title = w.pick(["AUTHORIZATION DETERMINATION", "Authorization Determination \u2013 Genetic Testing",
                    "Genetic Test Authorization: Determination Notice"])
    part = iter("ABCDEF")

    def heading(text: str) -> Block:
        if variant == 2:
            return w.h(f"Part {next(part)} \u2013 {text}", space_before=10, shade=True)
        return w.h(text, space_before=10)

    if variant == 1:
        left = [sent, "", w.name()] + c.member_addr
        right = [f"**{w.pick(['Reference', 'Our reference', 'Reference information'])}"] + [
            f"{k}: {v}" for k, v in ref if k not in ("Member",)][:6]
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=10))
        b.append(w.p(title, bold=True, size=12, space_before=10))
    else:
        b.append(w.p(title, bold=True, size=12.5, space_before=8, align=w.pick(["left", "center"])))
        if urgent:
            b.append(w.p("Expedited review", bold=True, space_before=1))
        b.append(w.p(sent, space_before=6))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        if variant == 2:
            b.append(heading(w.pick(["Reference", "Request details"])))
        b.append(Block("table", rows=[[k, v] for k, v in ref], size=8.5, space_before=6, header_row=False))
    if variant == 1:
        extra = [(k, v) for k, v in ref if k not in ("Member",)][6:]
        for k, v in extra:
            b.append(w.p(f"{k}: {v}", size=st.size - 0.5, space_before=0.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
    b.append(w.p(w.pick([
        f"{w.prov()} ordered genetic testing for you and asked Kaiser Permanente to authorize it. We have made a "
        "determination on each test code below.",
        f"We received a request to authorize laboratory genetic testing ordered by {w.prov()}. The test codes we "
        "reviewed and what we decided for each are listed here.",
    ])))
    b.append(heading(w.pick(["Tests reviewed", "Test codes and determination", "Codes requested"])))
    rows = [["CPT", "Units", "Test", "Determination"]]
    for s in c.services:
        rows.append([_code(s["codes"][0]), str(s["units"]), M("SERVICE", s["text"]),
                     "Approved" if s["decision"] == "approved" else "Denied"])
    b.append(Block("table", rows=rows, size=8.0, space_before=4, col_align=["left", "right", "left", "left"]))
    b.append(w.p("Diagnosis codes on the order: " + "; ".join(w.dx(d, 1) for d in c.diagnoses) + ".",
                 size=st.size - 0.5))
    b.append(heading(w.pick(["Determination and reason", "Why we made this decision", "Reason"])))
    if partial:
        b.append(w.p(w.pick(["Partly approved.", "Determination: approved in part."]), bold=True))
    else:
        b.append(w.p(w.pick(["Denied.", "Determination: not authorized."]) + (
            " (Experimental/investigational)" if exp and not _bare(c) else ""), bold=True))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([
            f"Guideline applied: {cs}. You and your clinician may ask for a free copy.",
            f"The reviewing physician used {cs}. A copy is available free of charge on request.",
        ])))
    if exp and not _bare(c):
        b.append(w.p(w.pick([
            "Because this decision is about a test considered experimental or investigational, you may apply for an "
            "Independent Medical Review right away, without first filing a grievance with us.",
            "For decisions that a service is experimental or investigational, you do not have to complete our "
            "grievance process before applying for Independent Medical Review.",
        ])))
    if partial:
        b.append(w.p(w.pick([
            f"The approved test can be sent to {lab}. If it does not give an answer, {c.provider_short} may ask us "
            "to review the denied testing again with the results.",
            f"{lab} may run the approved test now; the denied codes will not be paid if they are run anyway.",
        ])))
    r = c.reviewer
    if r:
        b.append(w.p(_reviewer_line(w, w.pick(["Reviewing physician:", "This determination was made by"])
                                    if not _has(c, "process.reviewer_not_physician") else "Determination made by")))
    b.append(w.p(w.pick([
        "You may ask for the diagnosis and procedure codes on this notice and a description of what they mean, at no "
        "cost. A request for codes is not a grievance.",
        "On request we will explain the codes above and their meanings free of charge; asking does not start a "
        "grievance.",
    ]), size=st.size - 0.5))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(heading(w.pick(["Your right to file a grievance (appeal)", "If you disagree", "Grievance and IMR "
                             "rights"])))
    b.append(w.p(w.pick([
        f"You may file a grievance (also called an appeal) within {days} from the date of this notice. Call Member "
        f"Services at 1-800-464-4000 (TTY 711), write to {', '.join(addr)}, file online at kp.org, or visit Member "
        "Services at any Kaiser Permanente facility. Someone you choose, including your clinician, may file for you.",
        f"To appeal, send us a grievance within {days} of the date of this letter: by phone at 1-800-464-4000 (TTY "
        f"711), online at kp.org, or by mail to {', '.join(addr)}. You may ask your clinician or another person to "
        "act for you.",
    ])))
    b.append(w.p(w.pick([
        "We will send a written decision within 30 days. If the matter involves an imminent and serious threat to "
        "your health, ask for an expedited review; we will decide within 72 hours, and you may contact the "
        "Department of Managed Health Care right away without waiting for our decision.",
        "Standard grievances are resolved within 30 days. Urgent grievances, where waiting could seriously "
        "threaten your health, are decided within 3 days, and you do not need to wait before calling the "
        "Department of Managed Health Care.",
    ])))
    b.append(w.p(w.pick([
        "You may send written comments, test results, family history or other records with your grievance. You "
        "have the right to free copies of all documents" + (", records and criteria" if c.criteria else " and records")
        + " used in this determination.",
        "Include any information you want considered. Copies of the documents and records relevant to this "
        "determination are free on request.",
    ])))
    b.append(w.p(w.pick([
        "Independent Medical Review: you may apply to the Department of Managed Health Care for IMR within 6 "
        "months after our written decision on your grievance" + (", or sooner as explained above" if exp and not
                                                                  _bare(c) else "") + ". IMR is free.",
        "If our grievance decision does not resolve the matter, you can ask the DMHC for an Independent Medical "
        "Review within 6 months of our decision. There is no cost to you.",
    ])))
    if not no_ca:
        b.append(w.p(w.pick([
            "Free help with your grievance or IMR is available from the Health Consumer Alliance, California's "
            "consumer assistance program: 1-888-804-3536.",
            "For consumer assistance, contact the Health Consumer Alliance at 1-888-804-3536; its services are "
            "free.",
        ])))
    b += _dmhc(w)
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    b.append(w.p(w.pick(["Utilization Management \u2013 Genetic Testing Review", "Regional Laboratory Utilization "
                         "Review"]), bold=True, space_before=8))
    b.append(w.p(f"{entity}", space_before=0))
    cc = f"cc: {w.prov()}, {c.extra['ca_dept']}, {c.extra['ca_facility']}"
    if w.chance(0.5):
        cc += f"; {lab}"
    b.append(w.p(cc, size=8.5, space_before=8))
    b.append(_civil(w))
    b += _taglines(w, "CA", w.pick(["Language assistance services", "Help in your language", "Free language help"]))
    return b, st, ["ca_determination_table", "ca_twocol_reference", "ca_parts_a_d"][variant]


BLIND13_TEMPLATES["blind13_ca_genetic_test_lab"] = (t_b13_ca, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity", "experimental_investigational"], reason=reason_b13_ca))
MODELED_ON["blind13_ca_genetic_test_lab"] = (
    "blind13: Kaiser Permanente California commercial HMO authorization determination on a genetic test "
    "(hereditary cancer panel, exome sequencing, pharmacogenomic panel) to the member with a copy to the ordering "
    "clinician, a reference block, a CPT 81xxx table with units, medical-necessity or experimental/investigational "
    "reason, named reviewer with direct line, 180-day grievance, 30-day and 72-hour/3-day decisions, IMR within 6 "
    "months (at once for experimental denials), Health Consumer Alliance and the DMHC statement in bold")


# === 3. Kaiser Permanente Senior Advantage (Medicare Part D): prescription drug coverage determination ============

# request kinds: formulary exception and tier exception are coverage (not_covered) decisions; prior authorization and
# quantity limits are decided on clinical criteria (medical_necessity); only a quantity limit can be approved in part
_PD_DRUGS = [
    dict(key="adalimumab", kind="pa", drug="Adalimumab-adaz (Hyrimoz) pen", strength="40 mg/0.4 mL",
         form="prefilled pen", qty="2 pens", days=28,
         dx=[(["Rheumatoid arthritis, unspecified"], "M06.9")],
         spec=["Rheumatology"],
         crit=["Senior Advantage 2026 Part D prior authorization criteria: adalimumab products"],
         bad=["Kaiser Permanente Regional Pharmacy and Therapeutics internal guideline: biologic therapies"],
         facts=["the records do not show a trial of methotrexate or another standard arthritis medicine for at "
                "least three months, or a reason you cannot take one, which the criteria require before this drug "
                "is covered",
                "the notes from your rheumatology visit show you started methotrexate five weeks ago and the dose "
                "has not yet been raised; the criteria ask for at least a three-month trial at a steady dose first"]),
    dict(key="semaglutide", kind="pa", drug="Semaglutide (Ozempic) pen", strength="1 mg/dose",
         form="pen injector", qty="3 mL", days=28,
         dx=[(["Type 2 diabetes mellitus without complications"], "E11.9")],
         spec=["Endocrinology", "Internal Medicine"],
         crit=["Senior Advantage 2026 Part D prior authorization criteria: GLP-1 receptor agonists"],
         bad=["Kaiser Permanente internal diabetes medication pathway"],
         facts=["your prescriber's notes do not show that you have taken metformin or have a medical reason not to, "
                "and your most recent A1c was 6.6 percent; the criteria ask for a metformin trial first unless it "
                "cannot be used",
                "the request lists weight management as the reason for the medicine and gives no diabetes diagnosis "
                "or A1c result; the criteria cover this drug for type 2 diabetes"]),
    dict(key="sumatriptan", kind="ql", drug="Sumatriptan succinate tablets", strength="50 mg", form="tablet",
         qty="18 tablets", days=30, okqty="9 tablets", extra="9 tablets",
         dx=[(["Migraine, unspecified, not intractable, without status migrainosus"], "G43.909")],
         spec=["Neurology"],
         crit=["Senior Advantage 2026 Part D quantity limit criteria: triptans (9 tablets per 30 days)"],
         bad=["Kaiser Permanente Neurology internal headache protocol"],
         facts=["the records show about eight migraine days a month and no preventive medicine has been tried; "
                "using a triptan more than nine days a month can cause rebound headaches, and the criteria ask for a "
                "preventive trial before a higher amount is covered"],
         pfacts=["the plan's limit of 9 tablets every 30 days matches the migraine days recorded in your chart, and "
                 "no preventive treatment has been tried yet; more than that can cause rebound headaches"]),
    dict(key="zolpidem", kind="ql", drug="Zolpidem tartrate tablets", strength="10 mg", form="tablet",
         qty="60 tablets", days=30, okqty="30 tablets", extra="30 tablets",
         dx=[(["Insomnia, unspecified"], "G47.00")],
         spec=["Psychiatry", "Sleep Medicine", "Geriatric Medicine"],
         crit=["Senior Advantage 2026 Part D quantity limit criteria: sedative-hypnotics"],
         bad=["Kaiser Permanente internal sleep medication guideline"],
         facts=["the request is for two tablets each night, twice the highest dose approved for this medicine; for "
                "adults over 65 the risk of falls and next-day confusion rises with the dose"],
         pfacts=["one tablet a night is the most this medicine is approved for, and at your age a higher dose raises "
                 "the risk of falls and confusion the next day"]),
    dict(key="esomeprazole", kind="fx", drug="Esomeprazole magnesium (Nexium) capsules", strength="40 mg",
         form="delayed-release capsule", qty="30 capsules", days=30,
         dx=[(["Gastro-esophageal reflux disease without esophagitis"], "K21.9")],
         alts=["omeprazole", "pantoprazole", "lansoprazole"],
         facts=["this brand-name drug is not on our drug list (formulary), and your records show you have not taken "
                "{alts}, which are on the drug list and treat the same condition; your prescriber did not tell us "
                "why they would not work for you or would cause harm"]),
    dict(key="trelegy", kind="tx", drug="Fluticasone/umeclidinium/vilanterol (Trelegy Ellipta)",
         strength="100/62.5/25 mcg", form="inhaler", qty="1 inhaler", days=30,
         dx=[(["Chronic obstructive pulmonary disease, unspecified"], "J44.9")],
         alts=["fluticasone-salmeterol", "tiotropium"],
         facts=["you asked us to cover this inhaler at the lower cost-sharing of a preferred tier; inhalers on a lower "
                "tier that treat COPD ({alts}) have not been tried, and the statement from your prescriber does not "
                "explain why they would be less effective or cause side effects for you"]),
]


def _pd_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b13_pd"):
        return
    c.extra["b13_pd"] = True
    _fmt(w, ("long", "mon3", "upper", "mdy", "mdyd", "ord"))
    c.extra["dob"] = dt.date(w.rng.randint(1936, 1959), w.rng.randint(1, 12), w.rng.randint(1, 28))
    if c.state == "WA":
        c.region = "Washington"
    partial = c.letter_kind == "partial_denial"
    if partial:
        pool = [d for d in _PD_DRUGS if d["kind"] == "ql"]
    elif c.category == "not_covered":
        pool = [d for d in _PD_DRUGS if d["kind"] in ("fx", "tx")]
    else:
        pool = [d for d in _PD_DRUGS if d["kind"] in ("pa", "ql")]
    drug = w.pick(pool)
    c.extra["pd_drug"] = drug
    base = drug["drug"]
    if partial:
        c.services = [dict(text=f"{base} (up to {drug['okqty']})", codes=[], decision="approved",
                           qty=drug["okqty"]),
                      dict(text=f"{base} (above {drug['okqty']})", codes=[], decision="denied",
                           qty=f"+{drug['extra']}")]
        fact = w.pick(drug["pfacts"])
    else:
        c.services = [dict(text=base, codes=[], decision="denied", qty=drug["qty"])]
        fact = w.pick(drug["facts"])
    if drug.get("alts"):
        fact = fact.replace("{alts}", join_and(drug["alts"], "or"))
    c.extra["pd_fact"] = _fact(c, fact)
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in drug["dx"]]
    name, _, last = person(w.rng, 0.15)
    c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, NP", f"{name}, DO"])
    c.provider_short = c.provider if c.provider.endswith("NP") else f"Dr. {last}"
    c.service = None
    c.extra["pd_type"] = {"pa": "Prior authorization", "ql": "Quantity limit exception", "fx": "Formulary exception",
                          "tx": "Tier exception"}[drug["kind"]]
    if c.category == "medical_necessity":
        if _has(c, "medicare.internal_criteria"):
            c.criteria = [w.pick(drug["bad"])]
        else:
            _criteria(c, lambda: list(drug["crit"]))
    else:
        c.criteria = []
    if c.reviewer and c.reviewer["specialty"]:
        c.reviewer["specialty"] = w.pick(drug.get("spec", ["Internal Medicine"]))
        c.reviewer["credentials"] = w.pick(["MD", "M.D.", "DO", "MD, MPH"])
    _flags(c)


def reason_b13_pd(w: W) -> str:
    _pd_setup(w)
    c = w.c
    drug = c.extra["pd_drug"]
    name = _low(drug["drug"]) if drug["drug"][0].isupper() and drug["drug"][1].islower() else drug["drug"]
    if _bare(c):
        return w.pick({"not_covered": ["This drug is not covered by your plan.", "The drug is not on our formulary.",
                                       "Exception criteria are not met."],
                       "medical_necessity": ["Coverage criteria are not met.", "The request does not meet criteria.",
                                             "This drug is not medically necessary."]}[c.category])
    fact = c.extra["pd_fact"]
    if c.letter_kind == "partial_denial":
        return w.pick([
            f"We approved {name}, up to {drug['okqty']} every {drug['days']} days. We denied the extra "
            f"{drug['extra']} because {fact}.",
            f"Your request is approved for {drug['okqty']} per {drug['days']} days only: {fact}.",
        ])
    if c.category == "not_covered":
        return w.pick([
            f"We denied your {c.extra['pd_type'].lower()} request for {name} because {fact}.",
            f"We cannot grant the exception for {name}: {fact}.",
        ])
    return w.pick([
        f"We denied coverage of {name} because {fact}.",
        f"{_cap13(name)} is not covered for you at this time: {fact}.",
    ])


def _cap13(s: str) -> str:
    return s[:1].upper() + s[1:]


def t_b13_pd(w: W):
    _pd_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 question headings and boxed header, 1 two-column top and capitals, 2 numbered
    drug = c.extra["pd_drug"]
    wa = c.state == "WA"
    entity = V.REGION_ENTITY[c.region][0]
    addr = V.GRIEVANCE_ADDR[c.region]
    phone_ms = "1-888-901-4600" if wa else "1-800-443-0815"
    hours = "" if wa else ", 8 a.m. to 8 p.m., 7 days a week"
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_ext = _has(c, "notice.external_review")
    no_exp = _has(c, "notice.expedited_review")
    ptype = c.extra["pd_type"]
    st.footer = [w.pick(["Page {page} of {pages}", f"{c.ids['ref']} \u00b7 page {{page}}",
                         "Senior Advantage Part D \u00b7 {page}/{pages}"])]
    st.footer_align = w.pick(["center", "left"])
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Senior Advantage (HMO) with Part D",
                                     "Senior Advantage Medicare health plan", "KP Senior Advantage, Medicare Part D"]))
    num = iter(range(1, 20))

    def sec(q: str, caps: str) -> Block:
        if variant == 0:
            return w.h(q, space_before=10, size=st.size + 0.5)
        if variant == 1:
            return w.h(caps.upper(), space_before=10, shade=True)
        return w.h(f"{next(num)}. {caps}", space_before=10)

    sent = _dm(w, "DATE_LETTER", c.letter)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"Senior Advantage \u2013 {M('REGION', c.region)}", entity],
                   right=["Pharmacy Coverage Determinations"] + addr[1:]))
    title = w.pick(["Notice of Denial of Medicare Prescription Drug Coverage",
                    "NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE",
                    "Medicare Part D Coverage Determination: Request Denied"])
    if partial:
        title = w.pick(["Notice of Partial Approval of Medicare Prescription Drug Coverage",
                        "Medicare Part D Coverage Determination: Partly Approved"])
    facts = [("Date", sent), ("Member name", w.name()), ("Member ID", w.mid()), ("Plan", plan_cue),
             ("Request type", ptype), ("Prescriber", w.prov())]
    if c.received:
        facts.append(("Request received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        facts.append(("Decision date", _dm(w, "DATE_DECISION", c.decision)))
    facts.append(("Case number", c.ids["ref"]))
    if variant == 1:
        left = [sent, "", w.name()] + c.member_addr
        right = [f"{k}: {v}" for k, v in facts[2:]]
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=10))
        b.append(w.p(title, bold=True, size=12, space_before=10))
    else:
        b.append(w.p(title, bold=True, size=12.5, space_before=8, align="center" if variant == 0 else "left"))
        if variant == 0:
            b.append(Block("table", rows=[[k, v] for k, v in facts], size=8.5, space_before=6, header_row=False))
        else:
            b.append(w.p(sent, space_before=6))
            b.append(w.p(w.name(), space_before=6))
            b += [w.p(x, space_before=0) for x in c.member_addr]
            for k, v in facts[2:]:
                b.append(w.p(f"{k}: {v}", size=st.size - 0.5, space_before=0.5))
    if urgent:
        b.append(w.p(w.pick(["This is an expedited (fast) coverage decision.", "EXPEDITED REQUEST"]), bold=True,
                     space_before=4))
    # the drug block: a real table
    b.append(sec("What drug did you ask for?", "Drug requested"))
    if variant == 2:
        rows = [["Drug", M("SERVICE", c.services[0]["text"]) if not partial else drug["drug"]],
                ["Strength", drug["strength"]], ["Dosage form", drug["form"]],
                ["Quantity requested", f"{drug['qty']} per {drug['days']} days"], ["Request type", ptype]]
        b.append(Block("table", rows=rows, size=8.5, space_before=4, header_row=False))
        if partial:
            for s in c.services:
                b.append(w.p(f"{M('SERVICE', s['text'])}: {'approved' if s['decision'] == 'approved' else 'denied'}",
                             size=st.size - 0.5, space_before=1))
    else:
        rows = [["Drug", "Strength", "Form", "Quantity", "Days' supply", "Decision"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), drug["strength"], drug["form"], s["qty"], str(drug["days"]),
                         "Approved" if s["decision"] == "approved" else "Denied"])
        b.append(Block("table", rows=rows, size=7.5, space_before=4))
    b.append(w.p("Diagnosis given by your prescriber: " + "; ".join(w.dx(d) for d in c.diagnoses) + ".",
                 size=st.size - 0.5))
    # the decision
    b.append(sec("Why did we deny your request?" if not partial else "What did we decide?",
                 "Our decision and the reason"))
    b.append(w.p(w.pick([
        f"We have {'partly approved' if partial else 'denied'} your request for Medicare prescription drug coverage.",
        f"Kaiser Permanente Senior Advantage {'approved only part of' if partial else 'did not approve'} the drug "
        "coverage you or your prescriber asked for.",
    ])))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        cs = join_and([w.crit(x) for x in c.criteria])
        b.append(w.p(w.pick([f"We used {cs} for this decision.", f"Criteria applied: {cs}."])))
    r = c.reviewer
    if r and (_has(c, "process.reviewer_not_physician") or w.chance(0.75)):
        b.append(w.p(_reviewer_line(w, w.pick(["This request was reviewed by", "Reviewer:"]))))
    if c.category == "not_covered" and not _bare(c):
        b.append(w.p(w.pick([
            f"Ask {c.provider_short} whether {join_and(drug['alts'], 'or')} may work for you. If your prescriber sends "
            "a statement explaining why they would not, you may ask us again.",
            f"Covered choices for the same condition include {join_and(drug['alts'])}. Your prescriber can send us "
            "more information with a new request.",
        ])))
    b.append(w.p(w.pick([
        "You may ask us for a free copy of your case file, including the information we used to make this decision.",
        "If you ask, we will send you a free copy of the records and other information we considered.",
    ])))
    # appeal rights, only as far as the rule catalogue supports them
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(sec("What if I don't agree with this decision?", "Your right to appeal"))
    b.append(w.p(w.pick([
        f"You have the right to appeal. Ask for an appeal within {days} from the date of this notice. You, your "
        "prescriber or someone you name to act for you can ask.",
        f"If you disagree, you can ask us to review our decision (an appeal). Your request must be made within "
        f"{days} of the date of this notice. Your prescriber or a representative may ask for you.",
    ])))
    b.append(sec("How do I ask for an appeal?", "How to appeal"))
    b.append(w.p(w.pick([
        f"Call Member Services at {phone_ms} (TTY 711){hours}, or mail your request to {', '.join(addr)}. Include "
        "your name, member ID, the drug, and why you think we should cover it. A supporting statement from your "
        "prescriber can help.",
        f"Send a written request to {', '.join(addr)}, or phone {phone_ms} (TTY 711){hours}. Tell us which drug and "
        "why you disagree; you may include a letter from your prescriber and any records.",
    ])))
    if not no_exp:
        b.append(sec("What if my health can't wait?", "Fast appeals"))
        b.append(w.p(w.pick([
            "If you or your prescriber believe that waiting for a standard appeal could seriously harm your life, "
            "health or ability to regain maximum function, ask for a fast (expedited) appeal. We will decide a fast "
            "appeal within 72 hours. You can ask by phone.",
            "A fast appeal is decided within 72 hours. Ask for one, by phone or in writing, if a standard appeal "
            "could seriously jeopardize your health.",
        ])))
    if not no_ext:
        b.append(sec("What happens after the appeal?", "Further review"))
        b.append(w.p(w.pick([
            "If our appeal decision is not fully in your favor, your case can be reviewed by an Independent Review "
            "Entity, an organization outside Kaiser Permanente that works for Medicare. Our appeal decision will "
            "explain how. After that come further levels: an Administrative Law Judge, the Medicare Appeals "
            "Council and federal court.",
            "Appeals do not stop with us. An Independent Review Entity, which is not part of Kaiser Permanente, can "
            "review a decision we uphold on appeal, and later levels (Administrative Law Judge, Medicare Appeals "
            "Council, federal court) follow; each decision letter tells you the next step.",
        ])))
    b.append(sec("Where can I get help?", "Help and information"))
    helptext = (f"Senior Advantage Member Services: {phone_ms} (TTY 711). Medicare: 1-800-MEDICARE (1-800-633-4227), "
                "24 hours a day, 7 days a week; TTY 1-877-486-2048; www.medicare.gov.")
    if not wa and w.chance(0.7):
        helptext += " HICAP, free Medicare counseling in California: 1-800-434-0222."
    b.append(w.p(helptext))
    b.append(w.p(w.pick(["Pharmacy Coverage Determinations Unit", "Senior Advantage Part D Review",
                         "Medicare Part D Clinical Review, Kaiser Permanente"]), bold=True, space_before=10))
    b.append(w.p(f"cc: {w.prov()}", size=8.5, space_before=6))
    b.append(_civil(w))
    b += _taglines(w, "WA" if wa else "CA", w.pick(["Multi-language services", "Language help at no cost",
                                                    "Interpreter and translation services"]))
    return b, st, ["pd_questions_form", "pd_twocol_caps", "pd_numbered_vertical"][variant]


BLIND13_TEMPLATES["blind13_ma_part_d_coverage_determination"] = (t_b13_pd, dict(
    plans=["medicare_advantage"], states=["CA", "WA"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity", "not_covered"], reason=reason_b13_pd))
MODELED_ON["blind13_ma_part_d_coverage_determination"] = (
    "blind13: Kaiser Permanente Senior Advantage (Medicare Part D) notice denying or partly approving a prescription "
    "drug coverage request (formulary exception, tier exception, prior authorization or quantity limit), laid out "
    "like a federal notice with question, capital or numbered headings and a drug/strength/quantity table; 60-day "
    "appeal from the date of the notice, 72-hour fast appeal, Independent Review Entity and later levels, "
    "1-800-MEDICARE")


# === 4. Kaiser Permanente Georgia commercial HMO: out-of-area emergency-room claim, lines paid and denied =========

_GA_HOSPITALS = [("Gulf Breeze Regional Medical Center", "Pensacola, FL"),
                 ("Blue Ridge Valley Hospital", "Asheville, NC"),
                 ("Lowcountry Memorial Hospital", "Charleston, SC"),
                 ("Cumberland River General Hospital", "Nashville, TN"),
                 ("Bayou Parish Medical Center", "Baton Rouge, LA")]
# ER visit stories: (texts, code, billed range) lines of the emergency visit itself; diagnoses
_GA_ER = [
    dict(key="chest", lines=[(["ER visit, high severity", "Emergency dept visit, level 5"], "99285", (2200, 3400)),
                             (["Electrocardiogram, tracing only", "ECG tracing"], "93005", (180, 320)),
                             (["Chest X-ray, 2 views", "X-ray chest, two views"], "71046", (320, 560)),
                             (["Troponin, quantitative", "Troponin test"], "84484", (140, 260)),
                             (["Comprehensive metabolic panel", "Metabolic panel, complete"], "80053", (220, 380))],
         dx=[(["Chest pain, unspecified"], "R07.9"), (["Other chest pain"], "R07.89")]),
    dict(key="head", lines=[(["ER visit, moderately high severity", "Emergency dept visit, level 4"], "99284",
                             (1500, 2400)),
                            (["CT head/brain without contrast", "CT scan of head, no contrast"], "70450",
                             (1400, 2600)),
                            (["Simple repair of scalp wound, 2.5 cm or less", "Laceration repair, scalp, simple"],
                             "12001", (420, 780))],
         dx=[(["Laceration without foreign body of scalp, initial encounter"], "S01.01XA"),
             (["Unspecified fall, initial encounter"], "W19.XXXA")]),
    dict(key="abd", lines=[(["ER visit, moderately high severity", "Emergency dept visit, level 4"], "99284",
                            (1500, 2400)),
                           (["CT abdomen and pelvis with contrast", "CT abdomen/pelvis, with contrast"], "74177",
                            (2100, 3600)),
                           (["IV hydration, first hour", "Hydration infusion, initial hour"], "96360", (480, 820)),
                           (["Ondansetron injection, 1 mg", "Injection, ondansetron 1 mg"], "J2405", (40, 110)),
                           (["Complete blood count with differential", "CBC with automated differential"], "85025",
                            (90, 170))],
         dx=[(["Calculus of kidney"], "N20.0"), (["Unspecified abdominal pain"], "R10.9")]),
]
# denied lines by category: (texts, code, billed range, days after the visit)
_GA_DENIED = {
    "out_of_network": [(["Office visit, established patient", "Follow-up clinic visit"], "99213", (180, 320), (3, 9)),
                       (["Wound check and suture removal visit", "Follow-up visit, wound care"], "99212",
                        (140, 260), (6, 11))],
    "no_prior_authorization": [(["MRI lumbar spine without contrast", "MRI of lower back, no contrast"], "72148",
                                (1800, 3200), (2, 6)),
                               (["Echocardiogram, complete", "Transthoracic echo, complete"], "93306",
                                (1400, 2600), (2, 5))],
}
_CARC = {
    "PR-3": ["Copayment amount; this is your share of the cost", "Your copay for this service"],
    "CO-45": ["The charge is above the amount the plan allows; you do not owe the difference",
              "Billed amount above the allowed amount; not your responsibility"],
    "CO-242": ["Service not provided by a plan (network) provider; routine follow-up care outside the service area "
               "is not covered", "Provider is not in the plan network and the care was not an emergency"],
    "CO-197": ["Authorization required for this service was not obtained", "No prior authorization on file for "
               "this service"],
    "CO-18": ["Exact duplicate of a line already processed; do not pay this line", "Duplicate charge; already "
              "processed on this claim"],
}


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b13_ga"):
        return
    c.extra["b13_ga"] = True
    _fmt(w, ("long", "mdy", "mdyd", "mon3", "dmy", "ymds"))
    emer = _has(c, "process.emergency_prior_auth")
    story = w.pick(_GA_ER)
    hosp, city = w.pick(_GA_HOSPITALS)
    c.extra["ga_city"] = city
    c.provider = hosp
    c.provider_short = hosp
    copay = w.pick([150.0, 250.0, 300.0, 350.0])
    c.extra["ga_copay"] = copay
    lines = story["lines"] if w.chance(0.6) else story["lines"][: max(2, len(story["lines"]) - 2)]
    svcs = []
    for k, (texts, code, (lo, hi)) in enumerate(lines):
        billed = round(w.rng.uniform(lo, hi), 2)
        if emer:  # the whole emergency visit is denied for want of an authorization: the planted defect
            svcs.append(dict(text=w.pick(texts), codes=[code], decision="denied", billed=billed, allowed=0.0,
                             paid=0.0, owe=billed, carc="CO-197", day=c.service))
            continue
        allowed = round(billed * w.rng.uniform(0.42, 0.68), 2)
        owe = min(copay, allowed) if k == 0 else 0.0
        svcs.append(dict(text=w.pick(texts), codes=[code], decision="approved", billed=billed, allowed=allowed,
                         paid=round(allowed - owe, 2), owe=owe, carc="PR-3" if k == 0 else "CO-45", day=c.service))
    if not emer:
        if c.category == "administrative":  # a line billed twice
            src = w.pick(svcs[1:])
            svcs.append(dict(text=src["text"] + " (repeat)", codes=list(src["codes"]), decision="denied",
                             billed=src["billed"], allowed=0.0, paid=0.0, owe=0.0, carc="CO-18", day=c.service))
        else:
            texts, code, (lo, hi), (d0, d1) = w.pick(_GA_DENIED[c.category])
            billed = round(w.rng.uniform(lo, hi), 2)
            day = c.service + dt.timedelta(days=w.rng.randint(d0, d1))
            svcs.append(dict(text=w.pick(texts), codes=[code], decision="denied", billed=billed, allowed=0.0,
                             paid=0.0, owe=billed, carc="CO-242" if c.category == "out_of_network" else "CO-197",
                             day=day))
    c.services = svcs
    dx = story["dx"] if w.chance(0.6) else story["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    c.money["total"] = round(sum(s["billed"] for s in svcs), 2)
    c.criteria = []
    c.reviewer = None  # a claims statement: no clinical reviewer signs it
    c.extra["ga_trip"] = w.pick(["while you were traveling", "while you were away from the Kaiser Permanente Georgia "
                                 "service area", "during a trip outside Georgia"])
    _flags(c)


def reason_b13_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    hosp = c.provider
    denied = [s for s in c.services if s["decision"] == "denied"]
    names = join_and([_low(s["text"]) for s in denied])
    if _has(c, "process.emergency_prior_auth"):
        return w.pick([
            f"The emergency room charges from {hosp} are denied because {hosp} is not a Kaiser Permanente plan "
            "facility and no prior authorization was obtained for the visit.",
            f"No authorization was on file for the services at {hosp}, a non-plan hospital, so the {names} were not "
            "covered.",
        ])
    paid = "We paid the emergency room visit and the tests done that day as emergency care, at your in-network " \
           "cost share."
    if c.category == "administrative":
        return w.pick([
            f"{paid} The {names} is a second charge for a service already paid on this claim, so it was denied; you "
            "do not owe anything for it.",
            f"The {names} was denied as a duplicate of a line already processed on this claim. The rest of the "
            "emergency visit was paid as emergency care.",
        ])
    if c.category == "out_of_network":
        return w.pick([
            f"{paid} The {names} a few days later was routine follow-up care from {hosp}, which is not a plan "
            "provider. Once an emergency is over, follow-up care outside the service area is covered only from "
            "plan providers or with our approval, and this visit had neither.",
            f"The emergency visit itself was covered. The later {names} was not an emergency and was given by a "
            f"non-plan provider outside the service area, so it is not covered.",
        ])
    return w.pick([
        f"{paid} The {names} was done days after your emergency had been stabilized, as a scheduled outpatient "
        "test. Non-emergency care from a non-plan provider needs our approval in advance, and none was requested.",
        f"The emergency visit was paid. The {names} that followed was planned, non-emergency care; it required prior "
        f"authorization, and {hosp} did not ask for it.",
    ])


def t_b13_ga(w: W):
    _ga_setup(w)
    c = w.c
    st = _style(w, ["helvetica", "times", "courier"], [8.5, 9.0, 9.5])
    variant = w.rng.randrange(3)  # 0 statement with summary box, 1 letter, 2 two-column header with a paid column
    entity = V.REGION_ENTITY["Georgia"][0]
    addr = V.GRIEVANCE_ADDR["Georgia"]
    no_amt = _has(c, "notice.claim_identification")
    no_ca = _has(c, "notice.consumer_assistance")
    hosp = c.provider
    tstyle = w.pick(["mdy", "mdyd", c.extra["b13_fmt"] if c.extra["b13_fmt"] in ("mdy", "mdyd", "ymds") else "mdy"])
    st.footer = [w.pick(["Page {page} of {pages}", f"Claim {c.ids['claim']} \u00b7 {{page}}/{{pages}}",
                         "This is not a bill \u00b7 page {page}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    plan_cue = M("PLAN_CUE", w.pick(["Kaiser Permanente Georgia HMO (group)", "KP Georgia commercial HMO",
                                     "Kaiser Permanente HMO \u2013 Georgia"]))
    sent = _dm(w, "DATE_LETTER", c.letter)
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                   left=["Kaiser Permanente", f"{M('REGION', 'Georgia')} \u2013 Claims Administration", entity],
                   right=["Nine Piedmont Center", "3495 Piedmont Road NE", "Atlanta, GA 30305"]))
    title = w.pick(["EXPLANATION OF BENEFITS", "Explanation of Benefits", "Claim Explanation of Benefits"])
    facts = [("Statement date", sent), ("Patient", w.name()), ("Member ID", w.mid()), ("Plan", plan_cue),
             ("Group number", c.ids["group"]), ("Claim number", c.ids["claim"]),
             ("Provider", f"{w.prov()}, {c.extra['ga_city']}"), ("Date of service", _dm(w, "DATE_SERVICE",
                                                                                        c.service, tstyle))]
    if c.received:
        facts.append(("Claim received", _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        facts.append(("Processed", _dm(w, "DATE_DECISION", c.decision)))
    if variant == 2:
        left = [sent, "", w.name()] + c.member_addr
        right = [f"{k}: {v}" for k, v in facts[2:]]
        b.append(Block("twocol", left=left, right=right, size=st.size - 0.5, space_before=10))
        b.append(w.p(title, bold=True, size=12, space_before=8))
        b.append(w.p("This is not a bill.", italic=True, space_before=1))
    else:
        b.append(w.p(title, bold=True, size=12.5, space_before=8))
        b.append(w.p(w.pick(["THIS IS NOT A BILL", "This is not a bill."]), space_before=1))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(Block("table", rows=[[k, v] for k, v in facts], size=8.0, space_before=6, header_row=False))
    tot_b = sum(s["billed"] for s in c.services)
    tot_a = sum(s["allowed"] for s in c.services)
    tot_p = sum(s["paid"] for s in c.services)
    tot_o = sum(s["owe"] for s in c.services)
    if variant == 0 and not no_amt:
        b.append(Block("table", rows=[["Claim summary", ""], ["Amount billed", _money(tot_b)],
                                      ["Plan paid", _money(tot_p)], ["You may owe", _money(tot_o)]],
                       size=8.5, space_before=8, col_align=["left", "right"]))
    if variant == 1:
        b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=10))
        b.append(w.p(w.pick([
            f"We processed the claim {hosp} sent us for care you received {c.extra['ga_trip']}. "
            + ("Some charges were paid and some were denied." if any(s["decision"] == "approved" for s in c.services)
               else "The charges on it were denied.") + " The details are below.",
            f"{hosp} billed us for your emergency room visit {c.extra['ga_trip']}. This statement explains how each "
            "line of the claim was processed.",
        ])))
    # the claim lines
    b.append(w.h(w.pick(["Claim detail", "How your claim was processed", "Service lines"]), space_before=10))
    if no_amt:
        rows = [["Date", "Code", "Service", "Status", "Remark"]]
    elif variant == 2:
        rows = [["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"]]
    else:
        rows = [["Date", "Code", "Service", "Billed", "Allowed", "You owe", "Remark"]]
    for s in c.services:
        day = _dm(w, "DATE_SERVICE", s["day"], tstyle) if s["day"] == c.service else _fd(w, s["day"], tstyle)
        row = [day, _code(s["codes"][0]), M("SERVICE", s["text"])]
        if no_amt:
            row += ["Paid" if s["decision"] == "approved" else "Denied"]
        else:
            row += [_money(s["billed"]), _money(s["allowed"])]
            if variant == 2:
                row.append(_money(s["paid"]))
            row.append(_money(s["owe"]))
        row.append(s["carc"])
        rows.append(row)
    if not no_amt:
        tot = ["", "", "Totals", _money(tot_b), _money(tot_a)] + ([_money(tot_p)] if variant == 2 else []) + [
            _money(tot_o), ""]
        rows.append(tot)
    ncol = len(rows[0])
    b.append(Block("table", rows=rows, size=7.5, space_before=4,
                   col_align=["left", "left", "left"] + ["right"] * (ncol - 4) + ["left"]))
    b.append(w.p("Diagnosis on the claim: " + "; ".join(w.dx(d, 0) for d in c.diagnoses) + ".", size=st.size - 0.5))
    # remark legend: a second table
    used = list(dict.fromkeys(s["carc"] for s in c.services))
    b.append(w.h(w.pick(["Remark codes", "What the remark codes mean", "Remark code legend"]), space_before=8,
                 size=st.size))
    b.append(Block("table", rows=[["Code", "Meaning"]] + [[k, w.pick(_CARC[k])] for k in used], size=7.5,
                   space_before=3))
    b.append(w.h(w.pick(["Why some charges were denied", "About the denied charges", "Explanation"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _has(c, "process.emergency_prior_auth"):
        b.append(w.p(w.pick([
            "Emergency care is covered anywhere, without approval in advance, until your condition is stable. See "
            f"your Evidence of Coverage, {M('PLAN_PROVISION', 'Emergency Services and Urgent Care')}, and "
            f"{M('PLAN_PROVISION', 'Getting care outside our service area')}.",
            "Your Evidence of Coverage explains what is covered after an emergency ends; see the section "
            f"{M('PLAN_PROVISION', 'Post-Stabilization Care')}.",
        ])))
    if not no_amt:
        if tot_o > 0:
            b.append(w.p(f"Total you may owe {hosp}: {_money(tot_o)}. Do not send payment to Kaiser Permanente."))
        b.append(w.p(w.pick([
            "You may ask us for the diagnosis and treatment codes on this claim and what they mean, at no charge. "
            "Asking for them is not an appeal.",
            "On request, we will give you the diagnosis and treatment codes used on this claim and their meanings "
            "free of charge; such a "
            "request does not count as an appeal.",
        ]), size=st.size - 0.5))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.h(w.pick(["Your appeal rights", "If you disagree with how we processed this claim", "Appeals"]),
                 space_before=12, shade=variant != 1))
    b.append(w.p(w.pick([
        f"You, or someone you name to act for you, may appeal any denied line. Your appeal must be filed within "
        f"{days} after you receive this statement. Write to {', '.join(addr)}, or call Member Services at the "
        "number on your ID card (TTY 711).",
        f"To appeal, send a written request within {days} of receiving this notice to {', '.join(addr)}. You may "
        "also call Member Services at the number on the back of your Kaiser Permanente ID card (TTY 711).",
    ])))
    b.append(w.p(w.pick([
        "Include the claim number, the lines you disagree with and any records, such as a note from the treating "
        "doctor. You may ask for free copies of all documents and records relevant to this claim.",
        "Send any records or letters that support your appeal. Copies of the documents and information about this "
        "claim are available to you free of charge.",
    ])))
    b.append(w.p(w.pick([
        "If we uphold the denial after your appeal, you may request an external review by an independent review "
        "organization. You must ask within 4 months after you receive our final appeal decision. There is no cost "
        "to you.",
        "After our final internal decision you can ask for external review by an independent review organization, "
        "within 4 months of receiving that decision, at no charge.",
    ])))
    if not no_ca:
        b.append(w.p(w.pick([
            "For consumer assistance with your appeal, you may contact the Georgia Office of Commissioner of "
            "Insurance, which helps consumers with health insurance complaints.",
            "The Georgia Office of Commissioner of Insurance can also help you with questions about this claim or "
            "your appeal rights (consumer assistance).",
        ])))
    b.append(w.p(w.pick(["Claims Administration", "Member Claims Services"]) + ", Kaiser Permanente Georgia",
                 bold=True, space_before=10))
    if w.chance(0.5):
        b.append(w.p(f"A copy of this statement was sent to {w.prov()}.", size=8.5, space_before=4))
    b.append(_civil(w))
    b += _taglines(w, "GA", w.pick(["Language assistance", "Help in your language", "Free interpreter services"]))
    return b, st, ["ga_eob_summary_box", "ga_eob_letter", "ga_eob_twocol_paid"][variant]


BLIND13_TEMPLATES["blind13_ga_er_claim_out_of_area"] = (t_b13_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["payment_denial"],
    cats=["out_of_network", "no_prior_authorization", "administrative"], reason=reason_b13_ga))
MODELED_ON["blind13_ga_er_claim_out_of_area"] = (
    "blind13: Kaiser Permanente Georgia commercial HMO explanation of benefits for an emergency-room claim from an "
    "out-of-area hospital, emergency lines paid at in-network cost share and follow-up, unauthorized or duplicate "
    "lines denied (or, when planted, the emergency itself denied for want of authorization), a claim-line table "
    "with dates, CPT/HCPCS codes, billed, allowed and member-owes amounts and remark codes, a remark-code legend, "
    "180-day appeal, external review within 4 months and the state insurance office")
