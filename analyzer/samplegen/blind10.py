"""Tenth blind evaluation set: four templates written without sight of the extractor, to be measured once.

Registered in ``BLIND10_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind10_ga_erisa_post_service_claim")``. Everything printed here (prose, headings, labels,
taglines, the DMHC statement in Spanish, layouts) is written for this set.

1. ``blind10_wa_residential_bh_fax``: Kaiser Permanente Washington utilization review of residential substance-use
   treatment, faxed to the facility or referring clinician: a cover sheet first, a fax header with the page count on
   every page, ASAM dimensions, a peer-to-peer offer, appeal and IRO external review.
2. ``blind10_midatlantic_fehb_bariatric``: Mid-Atlantic States FEHB denial of bariatric surgery with a services table
   and the FEHB disputed-claims process (reconsideration within 6 months, then OPM review).
3. ``blind10_ga_erisa_post_service_claim``: Georgia ERISA group plan claim denial laid out as an explanation of
   benefits: claim lines with billed, allowed and member amounts, remark codes and their legend, ERISA appeal rights.
4. ``blind10_ca_experimental_es``: California commercial HMO denial (or appeal decision) of an oncology drug or
   procedure as experimental or investigational, written in Spanish, with IMR, the terminal-illness conference and an
   English tagline block.

Dates use styles of their own: "2026-03-14", "14 March 2026", "Mar. 14, 2026", "3/14/26" (month first),
"Saturday, March 14, 2026" and "14-MAR-2026"; in Spanish "14 de marzo de 2026", "sábado, 14 de marzo de 2026",
"14/03/2026" (day first) and "14 mar. 2026". ``parse_blind10_date`` reads them all back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import vocab as V
from .case import phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b10date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    if style == "iso":  # 2026-03-14
        return d.isoformat()
    if style == "dmy":  # 14 March 2026
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr_dot":  # Mar. 14, 2026 (May has no dot)
        m = MONTHS[d.month - 1]
        return f"{m if m == 'May' else m[:3] + '.'} {d.day}, {d.year}"
    if style == "yy":  # 3/14/26, month first
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "wk_long":  # Saturday, March 14, 2026
        return f"{_DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmonU":  # 14-MAR-2026
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    if style == "es_de":  # 14 de marzo de 2026
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_wk":  # sábado, 14 de marzo de 2026
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "es_dmy":  # 14/03/2026, day first
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es_abbr":  # 14 mar. 2026
        return f"{d.day} {MESES[d.month - 1][:3]}. {d.year}"
    raise ValueError(style)


STYLES = ("iso", "dmy", "abbr_dot", "yy", "wk_long", "dmonU")
STYLES_ES = ("es_de", "es_wk", "es_dmy", "es_abbr")


def parse_blind10_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b10date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", t)  # two-digit year: month first
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)  # four-digit year: day first (Spanish letters)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(?:[A-Z][a-z]+, )?([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", t)
        if m:
            mon = [x[:3] for x in MONTHS].index(m[1][:3]) + 1
            if m[1] not in (MONTHS[mon - 1], MONTHS[mon - 1][:3]):
                return None
            return dt.date(int(m[3]), mon, int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{2})-([A-Z]{3})-(\d{4})", t)
        if m:
            return dt.date(int(m[3]), [x[:3].upper() for x in MONTHS].index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(?:[a-záéíóúñ]+,? )?(\d{1,2}) de ([a-z]+) de (\d{4})", t)
        if m:
            return dt.date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"(\d{1,2}) ([a-z]{3})\. (\d{4})", t)
        if m:
            return dt.date(int(m[3]), [x[:3] for x in MESES].index(m[2]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b10_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b10date(day, w.c.extra["b10_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


def _stamp(w: W, day: dt.date) -> str:
    """A fax machine's own date and time (never marked: it is the transmission, not the letter)."""
    hh, mm = w.rng.randint(7, 17), w.rng.randint(0, 59)
    return w.pick([
        f"{day.month:02d}/{day.day:02d}/{day.year} {hh:02d}:{mm:02d}",
        f"{MONTHS[day.month - 1][:3].upper()}-{day.day:02d}-{day.year % 100:02d} {hh % 12 or 12}:{mm:02d}"
        f"{'PM' if hh >= 12 else 'AM'}",
        f"{day.year}/{day.month:02d}/{day.day:02d} {hh:02d}{mm:02d}",
    ])


# --- shared small pieces ------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    """Lower-case a service's first letter unless it opens with an acronym or a name."""
    first = s.split(" ")[0]
    if s[:2].isupper() or first[:1].isupper() and any(ch.isupper() for ch in first[1:]):
        return s
    return s[:1].lower() + s[1:]


def _denied(c) -> list[dict]:
    return c.denied_services() or c.services


def _dx(d: dict, shape: int) -> str:
    t = M("DIAGNOSIS", d["text"])
    if not d["codes"]:
        return t
    cs = ", ".join(M("ICD10", x) for x in d["codes"])
    return [f"{t} ({cs})", f"{cs}: {t}", f"{t} \u2013 ICD-10-CM {cs}", f"{cs} {t}"][shape]


def _rev(w: W) -> tuple[str, str, str, str]:
    """Marked name, credentials, specialty and phone of the reviewer (empty strings for what is missing)."""
    r = w.c.reviewer
    return (M("REVIEWER_NAME", r["name"]), M("REVIEWER_CRED", r["credentials"]) if r["credentials"] else "",
            M("REVIEWER_SPECIALTY", r["specialty"]) if r["specialty"] else "",
            M("REVIEWER_PHONE", r["phone"]) if r["phone"] else "")


def _show_rev(w: W, p: float) -> bool:
    """Print the reviewer? Always when a non-physician signed (that is the planted defect)."""
    c = w.c
    return c.reviewer is not None and ("process.reviewer_not_physician" in c.defects or w.chance(p))


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([50.0, 58.0, 66.0, 72.0]),
               margin_t=w.pick([38.0, 46.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 4.0, 10.0])
    return st


def _dob(w: W) -> str:
    """The member's birth date in the letter's style (a weekday would be odd on a birth date)."""
    st = w.c.extra["b10_fmt"]
    return b10date(w.c.extra["dob"], {"wk_long": "dmy", "es_wk": "es_de"}.get(st, st))


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- taglines (language assistance), written for this set ---------------------------------------------------------

_TAG = {
    "es": "ATENCIÓN: Si usted habla español, puede pedir ayuda gratis con el idioma. Llame al {ph} (TTY 711).",
    "en": "ATTENTION: If you speak English, you can get free help with language, including an interpreter or this "
          "letter read aloud. Call {ph} (TTY 711).",
    "zh": "注意：如果您說中文，可以免費獲得語言協助服務。請致電 {ph}（TTY：711）。",
    "vi": "LƯU Ý: Nếu quý vị nói tiếng Việt, quý vị có thể nhận trợ giúp ngôn ngữ miễn phí. Xin gọi {ph} (TTY: 711).",
    "tl": "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang humingi ng libreng tulong sa wika. Tumawag sa {ph} "
          "(TTY: 711).",
    "ko": "안내: 한국어를 사용하시는 경우 무료 통역 서비스를 받으실 수 있습니다. {ph} (TTY: 711)번으로 연락해 주십시오.",
    "ru": "ВНИМАНИЕ: Если вы говорите по-русски, вы можете бесплатно получить помощь переводчика. Звоните по номеру "
          "{ph} (TTY: 711).",
    "uk": "УВАГА: Якщо ви розмовляєте українською, ви можете безкоштовно отримати допомогу перекладача. Телефонуйте "
          "{ph} (TTY: 711).",
    "ja": "ご案内：日本語をお話しになる方は、無料で通訳サービスをご利用いただけます。{ph}（TTY：711）までお電話ください。",
    "ar": "تنبيه: إذا كنت تتحدث العربية، يمكنك الحصول على مساعدة لغوية مجانية. اتصل على {ph} (الهاتف النصي 711).",
    "fa": "توجه: اگر به زبان فارسی صحبت می کنید، می توانید به طور رایگان از کمک زبانی استفاده کنید. با {ph} "
          "(TTY: 711) تماس بگیرید.",
    "hi": "सूचना: यदि आप हिंदी बोलते हैं, तो आप मुफ़्त भाषा सहायता पा सकते हैं। {ph} (TTY: 711) पर कॉल करें।",
    "pa": "ਸੂਚਨਾ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਲੈ ਸਕਦੇ ਹੋ। {ph} (TTY: 711) 'ਤੇ ਕਾਲ ਕਰੋ।",
    "hmn": "LUS CEEV: Yog koj hais lus Hmoob, koj muaj cai tau kev pab txhais lus dawb. Hu rau {ph} (TTY: 711).",
    "th": "โปรดทราบ: หากคุณพูดภาษาไทย คุณสามารถขอรับความช่วยเหลือด้านภาษาได้ฟรี โทร {ph} (TTY: 711)",
    "fr": "AVIS : Si vous parlez français, vous pouvez obtenir gratuitement l'aide d'un interprète. Composez le {ph} "
          "(ATS : 711).",
    "pt": "ATENÇÃO: Se você fala português, pode receber ajuda gratuita com o idioma. Ligue para {ph} (TTY: 711).",
    "de": "HINWEIS: Wenn Sie Deutsch sprechen, erhalten Sie kostenlos Hilfe durch einen Dolmetscher. Rufen Sie {ph} "
          "(TTY: 711) an.",
    "so": "FIIRO GAAR AH: Haddii aad ku hadasho Af-Soomaali, waxaad heli kartaa caawimo luqadeed oo bilaash ah. Wac "
          "{ph} (TTY: 711).",
    "am": "ማሳሰቢያ፦ አማርኛ የሚናገሩ ከሆነ፣ ያለ ክፍያ የቋንቋ እርዳታ ማግኘት ይችላሉ። {ph} (TTY: 711) ይደውሉ።",
    "gu": "સૂચના: જો તમે ગુજરાતી બોલતા હો, તો તમે મફત ભાષા સહાય મેળવી શકો છો. {ph} (TTY: 711) પર કૉલ કરો.",
}
_TAG_SETS = {
    "WA": ["es", "zh", "vi", "ko", "ru", "so", "uk", "tl", "ar", "am", "ja", "pa"],
    "MD": ["es", "am", "zh", "ko", "vi", "fr", "tl", "ar", "fa", "ru", "hi", "pt"],
    "GA": ["es", "vi", "ko", "zh", "gu", "fr", "ar", "hi", "pt", "de", "ru", "tl"],
    "CA": ["en", "zh", "vi", "tl", "ko", "ru", "ja", "ar", "fa", "hi", "pa", "hmn", "th", "uk", "fr"],
}


def _taglines(w: W, states_key: str, heading: str, ph: str, lead_en: bool = False) -> list[Block]:
    """A block of one-sentence taglines; none at all when the language-assistance defect is planted."""
    if "notice.language_assistance" in w.c.defects:
        return []
    langs = list(_TAG_SETS[states_key])
    first, rest = langs[:2], langs[2:]
    w.rng.shuffle(rest)
    langs = first + rest[: w.rng.randint(len(rest) - 3, len(rest))]
    if lead_en and "en" not in langs:
        langs.insert(0, "en")
    out = [w.h(heading, space_before=10, size=9)]
    for code in langs:
        out.append(Block("para", text=_TAG[code].format(ph=ph), size=7.5, unicode=code not in ("es", "en", "fr", "de"),
                         space_before=2))
    return out


# === 1. Kaiser Permanente Washington: residential substance-use treatment review, sent by fax ======================

_WA_FACILITIES = ["Cascade Ridge Recovery Center", "Puget Lowlands Recovery Lodge", "Evergreen Crossing Treatment Center",
                  "Olympic Foothills Behavioral Health", "Skagit Valley Recovery House", "Columbia Basin Treatment Center",
                  "Salish Shores Residential Program", "North Sound Recovery Campus"]
# programs the member was referred to: (services as (texts, code), days offered, ASAM level, lower levels)
_WA_PROGRAMS = {
    "res35": dict(level="3.5", days=[14, 21, 28, 30], texts=[
        "Residential substance use disorder treatment, ASAM Level 3.5, {n} days",
        "Clinically managed high-intensity residential services (ASAM 3.5), {n} days",
        "Adult residential addiction treatment, {n} days"], codes=["H0018", "H2036"], lower=["iop", "php"]),
    "res37": dict(level="3.7", days=[10, 14, 21], texts=[
        "Medically monitored intensive inpatient services, ASAM Level 3.7, {n} days",
        "Medically monitored residential treatment for co-occurring disorders (ASAM 3.7), {n} days"],
        codes=["H0018"], lower=["res35", "php"]),
    "wm37": dict(level="3.7-WM", days=[3, 4, 5, 7], texts=[
        "Medically monitored inpatient withdrawal management (ASAM 3.7-WM), {n} days",
        "Residential withdrawal management, medically monitored, {n} days"],
        codes=["H0011"], lower=["wm2", "wm1"]),
    "long": dict(level="3.1", days=[45, 60, 90], texts=[
        "Long-term residential treatment, {n} days",
        "Clinically managed low-intensity residential services (ASAM 3.1), {n} days"],
        codes=["H0019"], lower=["res35", "iop"]),
}
_WA_LOWER = {  # the level of care the reviewer found appropriate
    "iop": ("Intensive outpatient program (ASAM Level 2.1), 9 hours per week", "H0015", "an intensive outpatient program (ASAM 2.1)"),
    "php": ("Partial hospitalization program (ASAM Level 2.5), 5 days per week", "S0201", "partial hospitalization (ASAM 2.5)"),
    "res35": ("Clinically managed residential treatment (ASAM Level 3.5)", "H0018", "clinically managed residential care (ASAM 3.5)"),
    "wm2": ("Ambulatory withdrawal management with extended on-site monitoring (ASAM 2-WM)", "H0014",
            "ambulatory withdrawal management with extended monitoring (ASAM 2-WM)"),
    "wm1": ("Ambulatory withdrawal management without extended on-site monitoring (ASAM 1-WM)", "H0014",
            "outpatient withdrawal management (ASAM 1-WM)"),
}
_WA_SUBSTANCE = [
    (["Alcohol use disorder, severe", "Alcohol dependence, uncomplicated"], "F10.20", "alcohol"),
    (["Alcohol dependence with withdrawal, uncomplicated"], "F10.230", "alcohol"),
    (["Opioid use disorder, severe", "Opioid dependence, uncomplicated"], "F11.20", "opioid"),
    (["Opioid dependence with withdrawal"], "F11.23", "opioid"),
    (["Stimulant use disorder (methamphetamine), severe", "Other stimulant dependence, uncomplicated"], "F15.20", "stimulant"),
    (["Cannabis dependence, uncomplicated"], "F12.20", "cannabis"),
]
_WA_PSYCH = [
    (["Major depressive disorder, recurrent, moderate"], "F33.1"),
    (["Post-traumatic stress disorder, chronic"], "F43.12"),
    (["Generalized anxiety disorder"], "F41.1"),
    (["Bipolar II disorder"], "F31.81"),
]
# ASAM dimensions in the edition's own wording (4th edition names first, 3rd edition second)
_ASAM_DIMS = [
    ("Intoxication, Withdrawal, and Addiction Medications", "Acute Intoxication and/or Withdrawal Potential"),
    ("Biomedical Conditions", "Biomedical Conditions and Complications"),
    ("Psychiatric and Cognitive Conditions", "Emotional, Behavioral, or Cognitive Conditions and Complications"),
    ("Substance Use-Related Risks", "Readiness to Change"),
    ("Recovery Environment Interactions", "Relapse, Continued Use, or Continued Problem Potential"),
    ("Person-Centered Considerations", "Recovery/Living Environment"),
]
_WA_FINDINGS = {  # per dimension: findings that do not support 24-hour care, keyed by substance where it matters
    0: {"alcohol": ["CIWA-Ar scores have stayed under 8 for four straight days without any withdrawal medicine",
                    "the last drink was 11 days before the review and no tremor, sweating or hallucinations are charted"],
        "opioid": ["COWS scores are 5 or less on a stable buprenorphine dose of 16 mg a day",
                   "buprenorphine was started three weeks ago and cravings are reported as mild"],
        "stimulant": ["the crash phase has passed; sleep and appetite are back to normal",
                      "no intoxication or withdrawal signs are charted over the past week"],
        "cannabis": ["irritability and poor sleep from stopping cannabis have eased and need no medicine"]},
    1: ["no medical condition needs daily nursing or physician monitoring",
        "blood pressure is controlled on an oral medicine and the liver tests are improving",
        "the only medical problem listed, type 2 diabetes, is managed by the primary care team"],
    2: ["no thoughts of self-harm were reported at the last three assessments",
        "the PHQ-9 score fell from 18 to 9 and mood is being treated with a medicine that can be continued as an "
        "outpatient",
        "there is no psychosis, and the member is oriented and able to take part in groups"],
    3: ["the member attends every group, has a written relapse-prevention plan and asks to keep working on recovery",
        "the member describes strong motivation and has already used coping skills to manage two episodes of craving"],
    4: ["the member lives with a partner who does not drink or use drugs and has stable housing",
        "a sober family member is at home, and the member has a sponsor and goes to mutual-help meetings",
        "the member has a safe place to live and transportation to a program three times a week"],
    5: ["the member wants to go back to work and can attend evening sessions",
        "the member prefers treatment close to home so that family can take part"],
}
_WA_CRITERIA = ["The ASAM Criteria, Fourth Edition (2023)", "The ASAM Criteria, Third Edition (2013)",
                "ASAM Criteria, 4th ed., Level of Care Assessment: Dimensions 1-6"]
_WA_CRITERIA_KP = ["Kaiser Permanente Washington Behavioral Health Utilization Review Guideline: Residential "
                   "Substance Use Disorder Treatment",
                   "Kaiser Permanente Washington Clinical Review Criteria, Substance Use Disorder Services"]


_WA_PLAIN = {"res35": "high-intensity residential care", "res37": "medically monitored intensive inpatient care",
             "wm37": "inpatient withdrawal management", "long": "long-term residential care"}


def _no_asam(text: str) -> str:
    """The same service or level without its ASAM label."""
    text = re.sub(r"\s*\(ASAM[^)]*\)", "", text)
    return re.sub(r",\s*ASAM Level [0-9.]+(?:-WM)?", "", text)


def _wa_setup(w: W) -> None:
    """Kaiser Permanente Washington, a residential program, its diagnoses, ASAM findings and an addiction reviewer."""
    c = w.c
    if c.extra.get("b10_wa"):
        return
    c.extra["b10_wa"] = True
    c.region = "Washington"
    c.phones["ms"] = V.MEMBER_SERVICES["Washington"][0]
    dob = c.extra["dob"]
    if dob.year > 2004:  # these are adult programs
        c.extra["dob"] = dob.replace(year=w.rng.randint(1958, 2003))
    key = "res37" if c.urgency == "expedited" and w.chance(0.3) else w.pick(["res35", "res35", "res37", "wm37", "long"])
    if c.letter_kind == "termination_notice" and key == "wm37":
        key = "res35"
    prog = _WA_PROGRAMS[key]
    n = w.pick(prog["days"])
    code = w.pick(prog["codes"])
    lower = _WA_LOWER[w.pick(prog["lower"])]
    asam = bool(c.criteria)  # a letter that cites no criteria does not speak of ASAM levels either
    if not asam:
        lower = (_no_asam(lower[0]), lower[1], _no_asam(lower[2]))
    lvl_txt = f"ASAM Level {prog['level']}" if asam else _WA_PLAIN[key]
    kind = c.letter_kind
    subst = w.pick(_WA_SUBSTANCE if key != "wm37" else [s for s in _WA_SUBSTANCE if s[2] in ("alcohol", "opioid")])
    c.extra.update(wa_key=key, wa_level=prog["level"], wa_lower=lower, wa_subst=subst[2], wa_days=n,
                   wa_lvl=lvl_txt)
    if kind == "termination_notice":
        txt = w.pick([f"Continued stay, residential substance use disorder treatment (ASAM {prog['level']})",
                      f"Additional residential days beyond the current authorization (ASAM {prog['level']})",
                      "Continued residential addiction treatment"])
        c.services = [dict(text=txt, codes=[code], decision="denied")]
    elif kind == "partial_denial" and w.chance(0.5) and n >= 14:
        ok = w.pick([5, 7])
        c.services = [dict(text=f"Residential treatment (ASAM {prog['level']}), days 1-{ok}", codes=[code],
                           decision="approved"),
                      dict(text=f"Residential treatment (ASAM {prog['level']}), days {ok + 1}-{n}", codes=[code],
                           decision="denied")]
        c.extra["wa_split"] = ok
    elif kind == "partial_denial":
        c.services = [dict(text=w.pick(prog["texts"]).format(n=n), codes=[code], decision="denied"),
                      dict(text=lower[0], codes=[lower[1]], decision="approved")]
    else:
        c.services = [dict(text=w.pick(prog["texts"]).format(n=n), codes=[code], decision="denied")]
        if w.chance(0.25):
            c.services.append(dict(text=w.pick(["Psychiatric diagnostic evaluation with medical services",
                                                "Psychiatric evaluation on admission"]), codes=["90792"],
                                   decision="denied"))
    dx = [dict(text=w.pick(subst[0]), codes=[subst[1]])]
    if w.chance(0.55):
        t, cd = w.pick(_WA_PSYCH)
        dx.append(dict(text=w.pick(t), codes=[cd]))
    c.diagnoses = dx
    if not asam:
        for x in c.services:
            x["text"] = _no_asam(x["text"])
    if c.criteria:  # the case chose to cite criteria (not planted away): ASAM, sometimes with the plan's own guideline
        c.criteria = [w.pick(_WA_CRITERIA)] + ([w.pick(_WA_CRITERIA_KP)] if w.chance(0.3) else [])
    c.extra["wa_ed4"] = ("Fourth" in c.criteria[0] or "4th" in c.criteria[0]) if c.criteria else w.chance(0.5)
    r = c.reviewer
    if r and r["specialty"]:
        r["specialty"] = w.pick(["Addiction Medicine", "Psychiatry", "Addiction Psychiatry"])
    if c.provider and w.chance(0.5):
        c.provider = w.pick(_WA_FACILITIES)
        c.provider_short = c.provider
    # findings for the dimension table and the reason: one per dimension
    picks = []
    for i in range(6):
        pool = _WA_FINDINGS[i]
        if isinstance(pool, dict):
            pool = pool[subst[2]]
        picks.append(w.pick(pool))
    c.extra["wa_find"] = picks


def reason_b10_wa(w: W) -> str:
    """Why residential care was not approved (plan voice; about "the member", as the notice goes to the provider)."""
    _wa_setup(w)
    c = w.c
    kind = c.letter_kind
    if "notice.reason_specific" in c.defects:
        return w.pick(["Does not meet medical necessity criteria.", "Residential level of care not medically necessary.",
                       "Not medically necessary."])
    f = c.extra["wa_find"]
    facts = [f[0], f[2], f[4]] if w.chance(0.5) else [f[0], f[1], f[3], f[4]]
    facts = join_and(facts)
    lower = c.extra["wa_lower"][2]
    lvl = c.extra["wa_lvl"]
    if kind == "termination_notice":
        return w.pick([
            f"The most recent clinical update shows that {facts}. Continued stay in {lvl} is no longer "
            f"medically necessary; the member's needs can now be met safely in {lower}.",
            f"Continued residential treatment is not medically necessary. The records sent for this concurrent review "
            f"show that {facts}, so the member no longer needs 24-hour structure and can step down to {lower}.",
        ])
    if kind == "partial_denial" and c.extra.get("wa_split"):
        ok = c.extra["wa_split"]
        return w.pick([
            f"The first {ok} days of residential treatment were approved to stabilize the member. The remaining days "
            f"were not approved because {facts}; the records do not show a need for 24-hour care after that, and "
            f"{lower} can meet the member's needs.",
            f"We approved {ok} days. Further residential days are not medically necessary: {facts}. After the "
            f"approved days the member can continue treatment in {lower}.",
        ])
    if kind == "partial_denial":
        return w.pick([
            f"Residential treatment was not approved, but {lower} was approved instead. The assessment shows that "
            f"{facts}; these findings support a less intensive level of care.",
            f"The request for {lvl} was modified to {lower}. The clinical information shows that "
            f"{facts}, so 24-hour residential care is not medically necessary.",
        ])
    return w.pick([
        f"Admission to {lvl} is not medically necessary at this time. The assessment sent with "
        f"the request shows that {facts}. The member's needs can be met safely in {lower}.",
        f"The information we received shows that {facts}. With these findings the member does not need 24-hour "
        f"residential care; {lower} is the appropriate level of care.",
        f"We could not approve admission to residential treatment: {facts}. These findings match {lower} rather "
        f"than {lvl}.",
    ])


def _wa_dims(w: W) -> list[Block]:
    """The ASAM dimension review, as a table or a list (only when criteria are cited)."""
    c = w.c
    ed4 = c.extra["wa_ed4"]
    f = c.extra["wa_find"]
    ratings = [w.pick(["Low", "Minimal", "None to low"]), w.pick(["Low", "None"]), w.pick(["Low", "Moderate, stable"]),
               w.pick(["Low", "Moderate"]), w.pick(["Low", "Low to moderate"]), w.pick(["Low", "Not a barrier"])]
    names = [d[0] if ed4 else d[1] for d in _ASAM_DIMS]
    head = w.pick(["ASAM dimensional review", "Summary of the ASAM multidimensional assessment",
                   "How the ASAM dimensions were rated"])
    out = [w.h(head, space_before=9)]
    shape = w.rng.randrange(3)
    if shape == 0:  # names and ratings in a table, the findings below it
        rows = [["Dimension", "Risk rating"]] + [[f"{i + 1}. {names[i]}", ratings[i]] for i in range(6)]
        out.append(Block("table", rows=rows, size=8.0))
        for i in range(6):
            out.append(w.p(f"Dimension {i + 1}: {_cap(f[i])}.", indent=14, space_before=1, size=8.5))
    elif shape == 1:  # numbered rows with the findings; the names stay with the criteria
        rows = [["Dim.", "Risk", "What the records show"]] + [[str(i + 1), ratings[i], _cap(f[i])] for i in range(6)]
        out.append(Block("table", rows=rows, size=7.5))
    else:
        for i in range(6):
            out.append(w.p(f"Dimension {i + 1} \u2013 {names[i]} ({ratings[i].lower()} risk): {_cap(f[i])}.",
                           indent=14, space_before=2))
    return out


def t_b10_wa(w: W):
    _wa_setup(w)
    c = w.c
    _fmt(w, STYLES)
    st = _style(w, ["helvetica", "courier", "times"], [9.5, 10.0])
    kind, fast = c.letter_kind, c.urgency == "expedited"
    erisa = c.plan_type == "erisa_group"
    entity = V.REGION_ENTITY["Washington"][0]
    dept = w.pick(["Behavioral Health Utilization Management", "Mental Health and Wellness Care Review",
                   "Behavioral Health Care Management", "Utilization Review \u2013 Behavioral Health"])
    no_exp = "notice.expedited_review" in c.defects
    no_ext = "notice.external_review" in c.defects
    um_phone = c.phones["dept"]
    um_fax = c.phones["fax"]
    prov_fax = phone(w.rng, "WA")
    prov_name = c.provider or c.provider_short or "Admissions"
    last = c.member_name.split()[-1]
    # fax header line on every page, cover sheet included
    stamp = _stamp(w, c.letter)
    hdr = w.pick([
        f"{stamp}  FAX {um_fax}  KAISER PERMANENTE WA  BH-UM" + "  P.{page:03d}/{pages:03d}",
        f"{stamp}  From: KP Washington Care Review ({um_fax})  To: {prov_fax}" + "  Page {page} of {pages}",
        f"{stamp}   {um_fax}   KPWA BEHAVIORAL HEALTH UR   #{w.rng.randint(1000, 9999)}" + "   P. {page}/{pages}",
    ])
    st.header = [hdr]  # a format string: the layout fills in {page} and {pages}
    st.header_all_pages = True
    st.header_numbered = True
    if w.chance(0.5):
        st.footer = [w.pick(["CONFIDENTIAL \u2013 protected health information", f"Ref. {c.ids['ref']}",
                             "Kaiser Permanente Washington"])]
        st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []

    # --- page 1: the cover sheet
    b.append(w.p(w.pick(["FAX", "FACSIMILE COVER SHEET", "Confidential Fax Transmission", "FAX TRANSMITTAL"]),
                 bold=True, size=w.pick([16.0, 18.0, 14.0]), space_before=6))
    b.append(w.p(f"Kaiser Permanente Washington \u00b7 {dept}", size=9, space_before=2))
    cover_date = w.pick(["Date:", "Date sent:", "Sent:"])
    pages_lab = w.pick(["Pages (including cover):", "Number of pages:", "Total pages incl. this sheet:"])
    to_line = prov_name if c.provider else "Admissions / Utilization Review"
    rows = [
        ["To:", M("PROVIDER", c.provider) if c.provider else to_line],
        ["Fax:", prov_fax],
        ["From:", f"{dept}, Kaiser Permanente"],
        ["Phone:", um_phone],
        ["Fax:", um_fax],
        [cover_date, _dm(w, "DATE_LETTER", c.letter)],
        [pages_lab, "@@PAGES@@"],
        ["Re:", w.pick(["Utilization review determination", "Level-of-care decision (residential)",
                        "Authorization decision \u2013 see attached notice"])],
    ]
    cover_shape = w.rng.randrange(2)
    if cover_shape == 0:
        cover = Block("table", rows=rows, header_row=False, size=9.5)
    else:
        cover = Block("twocol", left=[r[0] for r in rows], right=[r[1] for r in rows], size=9.5, bold=True)
    b.append(cover)
    urgent_box = (not no_exp) and (fast or w.chance(0.4))
    boxes = ["[X] Urgent" if fast and not no_exp else "[ ] Urgent"] if urgent_box else []
    boxes += [w.pick(["[X] For your records", "[X] Please review"]), "[ ] Please reply", "[ ] Please call"]
    b.append(w.p("   ".join(boxes), space_before=10))
    b.append(w.p(w.pick([
        "Attached is our written determination for your patient, including the notice of appeal rights that is also "
        "being mailed to the member. Please place it in the clinical record.",
        "The following pages contain a utilization review decision. If any page is missing or unreadable, call the "
        "number above.",
        "Please deliver the attached decision to the attending clinician or the admissions team without delay.",
    ]), space_before=10))
    conf = w.pick([
        "CONFIDENTIALITY NOTICE: The documents sent with this cover sheet contain confidential health information "
        "that is legally privileged. They are meant only for the person named above. If you received this fax in "
        "error, do not read, copy or share it; call the sender and destroy the pages.",
        "This fax may contain information about substance use disorder treatment that is protected by federal "
        "confidentiality rules (42 CFR Part 2). Those rules prohibit further disclosure unless the patient consents "
        "in writing or the rules otherwise allow it. If you are not the intended recipient, notify us at the number "
        "above and destroy this transmission.",
    ])
    b.append(w.small(conf, space_before=18, boxed=w.chance(0.5)))
    b.append(Block("pagebreak"))

    # --- the notice itself
    if w.chance(0.5):
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=[f"Kaiser Permanente {M('REGION', 'Washington')}", dept, entity],
                       right=[", ".join(V.GRIEVANCE_ADDR["Washington"][2:]), f"Phone {um_phone}", f"Fax {um_fax}"]))
    else:
        b.append(w.p(f"KAISER PERMANENTE \u00b7 {M('REGION', 'Washington')}", bold=True, size=12, space_before=0))
        b.append(w.p(f"{entity} \u2013 {dept}", size=8.5, space_before=0))
    title = {
        "initial_denial": ["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Level of Care Determination: Not Approved",
                           "Pre-Service Review Decision"],
        "partial_denial": ["NOTICE OF MODIFIED AUTHORIZATION", "Level of Care Determination: Partially Approved",
                           "Authorization Decision \u2013 Approved in Part"],
        "termination_notice": ["NOTICE OF CONCURRENT REVIEW DETERMINATION", "Continued Stay Review: Not Approved",
                               "End of Authorized Residential Days"],
    }[kind]
    b.append(w.p(w.pick(title), bold=True, size=11.5, space_before=10))
    if fast:
        b.append(w.p(w.pick(["EXPEDITED REVIEW", "Urgent (expedited) request"]), bold=True, size=9.5, space_before=2))
    b.append(w.p(w.pick(["Date of notice: ", "Notice date: ", "Date: "]) + _dm(w, "DATE_LETTER", c.letter),
                 space_before=8))
    # addressee
    if c.provider:
        b.append(w.p(w.prov(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.provider_addr]
    # the facts block
    idlab = w.pick(["Member ID", "MRN", "Kaiser Permanente ID", "Subscriber no."])
    facts = [("Member", w.name()), (idlab, w.mid()),
             ("Date of birth", _dob(w))]
    plan_txt = (w.pick([f"{c.extra['employer']} employee health plan (ERISA)",
                        f"Group plan sponsored by {c.extra['employer']}"]) if erisa
                else w.pick(["Kaiser Permanente Washington HMO", "Individual & Family plan, HMO", "Core HMO plan"]))
    facts.append(("Plan", M("PLAN_CUE", plan_txt)))
    if c.provider:
        facts.append(("Requesting provider" if w.chance(0.6) else "Facility / clinician", w.prov()))
    facts.append(("Level of care requested", _cap(c.extra["wa_lvl"])))
    rtype = {"initial_denial": "Pre-service", "partial_denial": "Pre-service",
             "termination_notice": "Concurrent (continued stay)"}[kind]
    facts.append(("Review type", rtype + (", expedited" if fast else ", standard")))
    if c.service:
        facts.append((w.pick(["Admission date", "Admitted"]), _dm(w, "DATE_SERVICE", c.service)))
    if c.received:
        facts.append((w.pick(["Request received", "Received", "Clinical information received"]),
                      _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        facts.append((w.pick(["Decision date", "Determination made", "Decided"]), _dm(w, "DATE_DECISION", c.decision)))
    facts.append(("Reference", c.ids["ref"]))
    fshape = w.rng.randrange(3)
    if fshape == 0:
        b.append(Block("twocol", left=[f"**{k}:" for k, _ in facts], right=[v for _, v in facts], size=9,
                       col_align=["left", "left"]))
    elif fshape == 1:
        b.append(Block("table", rows=[["Item", "Detail"]] + [[k, v] for k, v in facts], size=8.5))
    else:
        for k, v in facts:
            b.append(w.p(f"{k}: {v}", indent=20, space_before=0, size=9))
    if w.chance(0.5) or not c.provider:
        b.append(w.p(w.pick([f"Dear {c.provider_short or 'Provider'}:", "Dear Admissions Team:",
                             f"To the treating team of {w.name()}:"]), space_before=10))

    # determination
    b.append(w.h(w.pick(["Determination", "Our decision", "DECISION"]), space_before=10))
    if kind == "partial_denial":
        rows = [["Service", "Code", "Decision"]]
        for s in c.services:
            rows.append([w.svc(s), ", ".join(w.code(x) for x in s["codes"]),
                         "Approved" if s["decision"] == "approved" else "Not approved"])
        b.append(Block("table", rows=rows, size=8.5))
    else:
        shape = w.rng.randrange(3)
        for s in c.services:
            cs = ", ".join(w.code(x) for x in s["codes"])
            line = [f"{w.svc(s)} (HCPCS {cs})", f"{cs} \u2013 {w.svc(s)}", f"{w.svc(s)}; code {cs}"][shape]
            lead = "Not approved: " if kind == "initial_denial" else "Not approved after the last covered day: "
            b.append(w.p(lead + line, indent=14, space_before=2))
    if kind == "termination_notice":
        lastday = c.letter + dt.timedelta(days=w.pick([1, 2]))
        b.append(w.p(w.pick(["Last covered day: ", "Coverage for residential days ends after "]) + _fd(w, lastday)
                     + ". " + w.pick(["Days already authorized remain covered.",
                                      "Services after that date will not be covered unless an appeal is approved."]),
                     space_before=4))
    dshape = w.rng.randrange(4)
    b.append(w.p(w.pick(["Diagnoses on the request: ", "Diagnosis: ", "Working diagnoses: "])
                 + "; ".join(_dx(d, dshape) for d in c.diagnoses) + ".", space_before=4))
    b.append(w.h(w.pick(["Reason for the decision", "Clinical rationale", "Why this was not approved"]),
                 space_before=9))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        crit = " and ".join(w.crit(x) for x in c.criteria)
        opts = [f"Criteria used: {crit}.", f"Guideline: {crit}. A copy of the criteria is free on request."]
        if len(c.criteria) == 1:
            opts.append(f"This review applied {crit}, the level-of-care criteria of the American Society of "
                        "Addiction Medicine.")
        b.append(w.p(w.pick(opts), space_before=5))
        b += _wa_dims(w)

    # reviewer and peer-to-peer
    p2p_phone = um_phone
    if _show_rev(w, 0.9):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        if not spec:
            t = f"Reviewed by: {nm}, {w.c.reviewer_title}."
        else:
            t = w.pick([f"Reviewing physician: {nm}, board certified in {spec}.",
                        f"This decision was made by {nm}, a physician reviewer ({spec})."])
        if ph:
            t += f" {w.pick(['Direct line:', 'Telephone:'])} {ph}."
            p2p_phone = ph
        b.append(w.p(t, space_before=8))
    if "process.reviewer_not_physician" not in c.defects:
        b.append(w.p(w.pick([
            f"Peer-to-peer review: the attending physician may discuss this case with the reviewing physician before "
            f"or after filing an appeal. Call {p2p_phone} and ask for a peer-to-peer conversation.",
            f"To talk with the physician reviewer about this decision (peer-to-peer), call {p2p_phone}. A peer-to-peer "
            "discussion is not an appeal and does not stop the appeal time limit.",
        ]), space_before=4))

    # rights
    b.append(w.h(w.pick(["Appeal rights", "How the member can appeal", "IF YOU OR THE MEMBER DISAGREE"]),
                 space_before=12))
    addr = ", ".join(V.GRIEVANCE_ADDR["Washington"][1:])
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"The member, someone the member names to act for them, or the treating provider may appeal this decision. "
        f"Send the appeal within {days} after the member receives this notice, by mail to {addr}, by fax to "
        f"{um_fax}, or by calling Member Services at {c.phones['ms']} (TTY 711). Include any records or letters that "
        "support the request.",
        f"To appeal, the member (or you, with the member's consent) must contact us within {days} of receiving this "
        f"letter. Appeals may be made by phone at {c.phones['ms']} (TTY 711), by fax to {um_fax}, or in writing to "
        f"{addr}. Send the most recent clinical notes and the ASAM assessment with the appeal."
        if c.criteria else
        f"To appeal, the member (or you, with the member's consent) must contact us within {days} of receiving this "
        f"letter. Appeals may be made by phone at {c.phones['ms']} (TTY 711), by fax to {um_fax}, or in writing to "
        f"{addr}. Send the most recent clinical notes with the appeal.",
    ])))
    if not no_exp:
        b.append(w.p(w.pick([
            "Expedited appeal: if waiting for a standard decision could seriously jeopardize the member's life, "
            "health or ability to regain maximum function, ask for an expedited appeal by phone. We will decide it "
            "within 72 hours." + ("" if no_ext else " An expedited external review may be requested at the same "
                                  "time."),
            "If the member's condition is urgent, the appeal can be handled on an expedited basis, with a decision "
            "within 72 hours of the request. The treating physician can ask for this by calling the number above.",
        ])))
    if not no_ext:
        b.append(w.p(w.pick([
            "External review: if we uphold this decision on appeal, the member may ask for a review by an "
            "independent review organization (IRO) that is not part of Kaiser Permanente. The request must be made "
            "within four months after the member receives our appeal decision. External review costs the member "
            "nothing, and Kaiser Permanente must follow the IRO's decision.",
            "After our internal appeal, the member has the right to an independent external review of this medical "
            "necessity decision. An independent review organization (IRO) decides; ask within 4 months of the final "
            "appeal decision. There is no charge.",
        ])))
    if erisa:
        b.append(w.p(w.pick([
            "Because this plan is governed by ERISA, the member may also file a civil action under section 502(a) "
            "of ERISA after the appeal process is completed.",
            "The member has the right to bring a civil action under Section 502(a) of the Employee Retirement Income "
            "Security Act following an adverse decision on appeal.",
        ])))
    b.append(w.p(w.pick([
        "On request and free of charge, the member may receive copies of all documents, records and criteria used in "
        "this decision, including the clinical rationale.",
        "Free copies of the records, the criteria and the clinical reasoning used for this review are available on "
        "request.",
    ])))
    if "notice.consumer_assistance" not in c.defects:
        if erisa:
            t = ("Help with an appeal: Employee Benefits Security Administration, U.S. Department of Labor, "
                 "1-866-444-3272.")
        else:
            nm, ph = V.CONSUMER_ASSIST["WA"]
            t = f"Help with an appeal is available from the {nm} at {ph}."
        b.append(w.p(t))
    # signature, copies
    b.append(w.p(w.pick(["Sincerely,", "Regards,", "Thank you,"]), space_before=12))
    b.append(w.p(dept, space_before=8))
    b.append(w.p(f"Kaiser Permanente Washington \u00b7 {um_phone}", space_before=0))
    b.append(w.small(w.pick([f"cc: {w.name()} (member) by U.S. Mail", f"Copy mailed to member: {w.name()}",
                             f"cc: Member ({last}) \u2013 mailed"]), space_before=8))
    b += _taglines(w, "WA", w.pick(["Language help", "Free language assistance", "Interpreter services"]),
                   c.phones["ms"])
    layout_name = ["wa_bh_fax_cover_table", "wa_bh_fax_cover_twocol"][cover_shape]
    _fill_pages(b, st, cover)
    return b, st, layout_name


def _fill_pages(blocks: list[Block], st: Style, cover: Block) -> None:
    """Write the page count onto the cover sheet (the cover is a page of its own, so the count cannot move pages)."""
    from .layout import layout

    n = str(len(layout(blocks, st)))
    if cover.kind == "table":
        cover.rows = [[x.replace("@@PAGES@@", n) for x in r] for r in cover.rows]
    else:
        cover.right = [x.replace("@@PAGES@@", n) for x in cover.right]



# === 2. Kaiser Permanente Mid-Atlantic States, FEHB: bariatric surgery not approved ==============================

_BAR_PROCS = [
    (["Laparoscopic Roux-en-Y gastric bypass", "Gastric bypass surgery, laparoscopic (Roux-en-Y)",
      "Laparoscopic gastric restrictive procedure with gastric bypass and Roux-en-Y gastroenterostomy"], "43644"),
    (["Laparoscopic sleeve gastrectomy", "Vertical sleeve gastrectomy, laparoscopic",
      "Laparoscopic longitudinal (sleeve) gastrectomy"], "43775"),
    (["Laparoscopic adjustable gastric band placement", "Placement of adjustable gastric restrictive device, "
      "laparoscopic"], "43770"),
]
_BAR_WORKUP = [  # pre-operative pieces a partial approval allows
    (["Medical nutrition therapy, initial assessment", "Registered dietitian evaluation (medical nutrition therapy)"],
     "97802"),
    (["Psychological evaluation before bariatric surgery", "Psychiatric diagnostic evaluation (pre-surgical)"], "90791"),
    (["Upper endoscopy (EGD), diagnostic", "Esophagogastroduodenoscopy, diagnostic"], "43235"),
]
_BAR_BMI = [(["Body mass index 40.0-44.9, adult", "BMI 40.0-44.9, adult"], "Z68.41"),
            (["Body mass index 45.0-49.9, adult", "BMI 45.0-49.9, adult"], "Z68.42"),
            (["Body mass index 50.0-59.9, adult"], "Z68.43"),
            (["Body mass index 35.0-35.9, adult"], "Z68.35"),
            (["Body mass index 38.0-38.9, adult", "BMI 38.0-38.9, adult"], "Z68.38")]
_BAR_COMORB = [(["Type 2 diabetes mellitus without complications"], "E11.9"),
               (["Obstructive sleep apnea (adult)", "Obstructive sleep apnea"], "G47.33"),
               (["Essential (primary) hypertension", "Essential hypertension"], "I10"),
               (["Fatty liver, not elsewhere classified", "Nonalcoholic fatty liver disease"], "K76.0")]
# unmet requirements, each with the kind of record that would have shown it
_BAR_GAPS = {
    "program": ["the records do not show a medically supervised weight-management program of at least six "
                "consecutive months within the past two years",
                "the weight-management notes sent with the request cover only three monthly visits, and the criteria "
                "call for six consecutive months of physician-supervised weight management",
                "the notes describe weight loss attempts on your own, but not a supervised program with monthly "
                "weights and visits, which the criteria require before surgery"],
    "psych": ["the psychological evaluation that must be completed before weight-loss surgery was not included with "
              "the request"],
    "diet": ["there is no evaluation by a registered dietitian, which the criteria require before surgery"],
    "nicotine": ["a nicotine test last month was positive, and the criteria require that you be tobacco-free for at "
                 "least six weeks before surgery"],
    "bmi": ["your documented body mass index is 38.4 and the records list no related condition such as type 2 "
            "diabetes, sleep apnea or high blood pressure; at that weight, surgery is covered only when such a "
            "condition is present"],
}
_BAR_CRITERIA = ["Kaiser Permanente Mid-Atlantic States Clinical Criteria: Bariatric Surgery for Adults",
                 "Kaiser Permanente Mid-Atlantic States Medical Policy, Surgical Treatment of Severe Obesity",
                 "Mid-Atlantic Permanente Medical Group Bariatric Surgery Referral Guideline"]
_BAR_CRITERIA_EXT = ["2022 ASMBS/IFSO Guidelines on Indications for Metabolic and Bariatric Surgery"]


def _fehb_setup(w: W) -> None:
    """Bariatric lines, diagnoses that fit the unmet requirement, plan criteria and a surgeon reviewer."""
    c = w.c
    if c.extra.get("b10_fehb"):
        return
    c.extra["b10_fehb"] = True
    gap = w.pick(["program", "program", "program", "psych", "diet", "nicotine", "bmi"])
    texts, code = w.pick(_BAR_PROCS[:2] if w.chance(0.85) else _BAR_PROCS)
    surgery = dict(text=w.pick(texts), codes=[code], decision="denied")
    lines = [surgery]
    if w.chance(0.4):
        lines.append(dict(text=w.pick(["Inpatient hospital stay, 1 day", "Inpatient admission (1-2 days)"]), codes=[],
                          decision="denied"))
    if c.letter_kind == "partial_denial":
        for t, cd in w.rng.sample(_BAR_WORKUP, w.pick([1, 2])):
            if gap == "psych" and cd == "90791" or gap == "diet" and cd == "97802":
                continue
            lines.insert(0, dict(text=w.pick(t), codes=[cd], decision="approved"))
        if all(x["decision"] == "denied" for x in lines):
            t, cd = _BAR_WORKUP[2]
            lines.insert(0, dict(text=w.pick(t), codes=[cd], decision="approved"))
    c.services = lines
    if gap == "bmi":
        dx = [dict(text="Obesity, unspecified", codes=["E66.9"]),
              dict(text=w.pick(_BAR_BMI[4][0]), codes=[_BAR_BMI[4][1]])]
    else:
        t, cd = w.pick(_BAR_BMI[:4])
        dx = [dict(text=w.pick(["Morbid (severe) obesity due to excess calories",
                                "Severe obesity due to excess calories"]), codes=["E66.01"]),
              dict(text=w.pick(t), codes=[cd])]
        if cd == "Z68.35" or w.chance(0.5):
            t2, cd2 = w.pick(_BAR_COMORB)
            dx.append(dict(text=w.pick(t2), codes=[cd2]))
    c.diagnoses = dx
    c.extra["bar_gap"] = gap
    if c.criteria:
        c.criteria = [w.pick(_BAR_CRITERIA)] + ([_BAR_CRITERIA_EXT[0]] if w.chance(0.25) else [])
    r = c.reviewer
    if r and r["specialty"]:
        r["specialty"] = w.pick(["General Surgery", "Bariatric Surgery", "Obesity Medicine"])
    c.extra["fehb_option"] = w.pick(["Standard Option", "High Option", "Basic Option"])


def reason_b10_fehb(w: W) -> str:
    """Why the surgery was not approved (plan voice, to the member)."""
    _fehb_setup(w)
    c = w.c
    if "notice.reason_specific" in c.defects:
        return w.pick(["Criteria not met.", "Not medically necessary.", "The request does not meet plan criteria."])
    fact = w.pick(_BAR_GAPS[c.extra["bar_gap"]])
    den = join_and([_low(x["text"]) for x in _denied(c)])
    ok = [x for x in c.services if x["decision"] == "approved"]
    if ok:
        okt = join_and([_low(x["text"]) for x in ok])
        return w.pick([
            f"We approved {okt}, which {'are' if len(ok) > 1 else 'is'} part of the evaluation before surgery. We did "
            f"not approve {den}: {fact}.",
            f"Part of the request was approved ({okt}). {_cap(den)} could not be approved because {fact}.",
        ])
    return w.pick([
        f"The plan's requirements for weight-loss surgery were not met: {fact}. For that reason {den} is not "
        "approved at this time.",
        f"We reviewed your surgeon's request for {den}. It cannot be approved now because {fact}.",
        f"{_cap(den)} is covered only when the plan's clinical criteria are met. In your case {fact}.",
    ])


def _fehb_provision(w: W) -> str:
    c = w.c
    year, page = c.extra["year"], c.extra["page"]
    return w.pick([
        f'Section 5(b), "Surgical procedures" (bariatric surgery), of the {year} Kaiser Permanente Mid-Atlantic '
        f"States FEHB brochure, page {page}",
        f"your {year} FEHB plan brochure, Section 5(b), the listing for surgical treatment of severe obesity "
        f"(page {page})",
        f'the {year} brochure, Section 3 "How you get care" (prior approval), and Section 5(b) bariatric surgery',
    ])


def t_b10_fehb(w: W):
    _fehb_setup(w)
    c = w.c
    _fmt(w, STYLES)
    st = _style(w, ["times", "helvetica"], [10.0, 10.5, 9.5])
    fast = c.urgency == "expedited"
    no_ext = "notice.external_review" in c.defects
    entity = V.REGION_ENTITY["Mid-Atlantic States"][0]
    ms = c.phones["ms"]
    option = c.extra["fehb_option"]
    dept = w.pick(["Utilization Management", "Prior Authorization Unit", "Surgical Services Review",
                   "Clinical Review Department"])
    st.footer = [w.pick(["Page {page} of {pages}", f"{c.ids['ref']} \u2013 page " + "{page}",
                         "KP Mid-Atlantic States \u00b7 FEHB \u00b7 {page}/{pages}"])]
    st.footer_align = w.pick(["center", "right"])
    if w.chance(0.4):
        st.header = [f"{c.member_name} \u00b7 {c.ids['ref']}"]
    b: list[Block] = []
    head = w.rng.randrange(3)
    if head == 0:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["Kaiser Permanente", f"{M('REGION', 'Mid-Atlantic States')} \u2013 {dept}", entity],
                       right=["2101 East Jefferson Street", "Rockville, MD 20852", ms]))
    elif head == 1:
        b.append(w.p("KAISER PERMANENTE", bold=True, size=14, align="center", space_before=0))
        b.append(w.p(f"{entity}", size=9, align="center", space_before=0))
        b.append(w.p(f"{M('REGION', 'Mid-Atlantic States')} \u00b7 {dept}", size=9, align="center", space_before=0))
    else:
        b.append(w.p(f"Kaiser Permanente {M('REGION', 'Mid-Atlantic States')}", bold=True, size=12, align="right",
                     space_before=0))
        for x in ["2101 East Jefferson Street", "Rockville, MD 20852", f"Member Services {ms} (TTY 711)"]:
            b.append(w.p(x, size=8.5, align="right", space_before=0))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=16))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    # the reference block
    cue = w.pick([f"Federal Employees Health Benefits (FEHB) Program \u2013 {option}",
                  f"FEHB {option}, Kaiser Permanente Mid-Atlantic States",
                  f"Kaiser Permanente FEHB plan ({option})"])
    rows = [("Member", w.name()), (w.pick(["Member ID", "Medical record number", "ID no."]), w.mid()),
            ("Coverage", M("PLAN_CUE", cue))]
    if c.provider:
        rows.append((w.pick(["Requested by", "Surgeon", "Requesting physician"]), w.prov()))
    rows.append(("Authorization no.", c.ids["auth"]))
    if c.received:
        rows.append((w.pick(["Request received", "Date received"]), _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        rows.append((w.pick(["Decision date", "Date of decision"]), _dm(w, "DATE_DECISION", c.decision)))
    rshape = w.rng.randrange(3)
    if rshape == 0:
        b.append(Block("twocol", left=[f"**{k}" for k, _ in rows], right=[v for _, v in rows], size=9,
                       col_align=["left", "left"], space_before=12))
    elif rshape == 1:
        b.append(w.p("RE: " + " | ".join(f"{k}: {v}" for k, v in rows), bold=True, size=9, space_before=12))
    else:
        b.append(w.p(w.pick(["Subject: Prior authorization decision", "RE: Your request for bariatric surgery"]),
                     bold=True, space_before=12))
        for k, v in rows:
            b.append(w.p(f"{k}: {v}", indent=24, space_before=0, size=9.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {w.name()}:", "Dear Member:"]), space_before=12))
    intro = w.pick([
        "We have reviewed the request for the services listed below.",
        "Kaiser Permanente received a prior authorization request for weight-loss (bariatric) surgery for you.",
        "This letter gives you our decision on a request for surgery and explains how to ask us to reconsider.",
    ])
    if c.provider and rshape != 0 and w.chance(0.5):
        intro += f" The request came from {w.prov()}."
    if fast:
        intro += " The request was handled as urgent."
    b.append(w.p(intro))
    # services table
    trow = [["Service requested", "CPT", "Decision"]]
    for x in c.services:
        trow.append([w.svc(x), ", ".join(w.code(k) for k in x["codes"]) or "\u2014",
                     "Approved" if x["decision"] == "approved" else w.pick(["Not approved", "Denied"])])
    b.append(w.h(w.pick(["Services reviewed", "What was requested", "Decision by service"]), space_before=10))
    b.append(Block("table", rows=trow, size=8.5))
    dshape = w.rng.randrange(4)
    if w.chance(0.5):
        b.append(Block("table", rows=[["Diagnosis", "ICD-10-CM"]] + [[M("DIAGNOSIS", d["text"]),
                                                                      ", ".join(M("ICD10", x) for x in d["codes"])]
                                                                     for d in c.diagnoses], size=8.5))
    else:
        b.append(w.p("Diagnosis codes on the request: " + "; ".join(_dx(d, dshape) for d in c.diagnoses) + ".",
                     size=9.5))
    # reason
    b.append(w.h(w.pick(["Why we made this decision", "Reason", "Reason for denial"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        crit = "; ".join(w.crit(x) for x in c.criteria)
        b.append(w.p(w.pick([f"We used these criteria: {crit}.", f"Clinical criteria applied: {crit}.",
                             f"The decision is based on {crit}."])))
    b.append(w.p(w.pick(["Your plan brochure describes this benefit in ", "Brochure reference: ",
                         "The benefit and its requirements are described in "])
                 + M("PLAN_PROVISION", _fehb_provision(w)) + "."))
    if "notice.reason_specific" not in c.defects:
        b.append(w.p(w.pick([
            "If you complete what is missing, your surgeon can send us a new request at any time.",
            "This decision does not stop you from continuing the pre-surgery program; once it is complete, your "
            "physician may submit updated records.",
        ])))
    if _show_rev(w, 0.75):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        t = (f"Physician reviewer: {nm}" + (f" ({spec})" if spec else "") + "." if w.chance(0.5)
             else f"The request was reviewed by {nm}" + (f", a specialist in {spec}" if spec else "") + ".")
        if ph:
            t += f" Your doctor may call the reviewer at {ph}."
        b.append(w.p(t))
    # disputed claims
    b.append(w.h(w.pick(["Your right to ask us to reconsider", "If you disagree with our decision",
                         "FEHB DISPUTED CLAIMS PROCESS"]), space_before=12))
    addr = ", ".join(V.GRIEVANCE_ADDR["Mid-Atlantic States"][1:])
    b.append(w.p(w.pick([
        f"Step 1. Ask us in writing to reconsider. Your request must reach us within "
        f"{M('APPEAL_DAYS', c.appeal_phrase)} from the date of this letter. Send it to Kaiser Permanente, {addr}, "
        "and include the reasons you think we are wrong and any records that support your request. We will answer "
        "within 30 days after we receive it.",
        f"To dispute this decision, write to us within {M('APPEAL_DAYS', c.appeal_phrase)} of the date of this "
        f"letter and ask us to reconsider. Mail your request to {addr}. Tell us why you disagree and send medical "
        "records or a letter from your surgeon. We have 30 days from receipt to reconsider.",
    ])))
    b.append(w.p(w.pick([
        "You may ask us for free copies of the records and criteria we used in this decision.",
        "On request, we will send you, at no cost, copies of the documents and the clinical criteria used.",
    ])))
    if not no_ext:
        t = w.pick([
            "Step 2. If we do not change our decision, or do not answer within 30 days, you may ask the U.S. Office "
            "of Personnel Management (OPM) to review it",
            "If we uphold the denial after reconsideration, or fail to respond in 30 days, you may ask OPM, the "
            "federal agency that runs the FEHB Program, to review your claim",
        ])
        if w.chance(0.5):
            t += ". Write to OPM within 90 days after the date of our reconsideration letter"
        t += (". Send your request to U.S. Office of Personnel Management, Healthcare and Insurance, 1900 E Street "
              "NW, Washington, DC 20415, with a copy of this letter and of our reconsideration decision.")
        b.append(w.p(t))
        if w.chance(0.5):
            b.append(w.p("OPM's decision is final within the disputed claims process. OPM usually responds within 60 "
                         "days."))
    if not no_ext or fast:
        b.append(w.p(w.pick([
            "If your surgery has not happened yet and waiting could seriously jeopardize your life or health, tell "
            "us your request is urgent and we will handle it as quickly as your condition requires.",
            "Urgent situations: call Member Services and say that your request for reconsideration is urgent.",
        ])))
    b.append(w.p(f"Questions? Call Member Services at {ms} (TTY 711), Monday through Friday.", space_before=8))
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=12))
    b.append(w.p(dept, space_before=8))
    b.append(w.p(entity, space_before=0))
    if c.provider:
        b.append(w.small(f"cc: {w.prov()}", space_before=8))
    b.append(w.small(w.pick([
        "Kaiser Permanente does not discriminate on the basis of race, color, national origin, age, disability, "
        "or sex. Free aids and services are available, including qualified interpreters and written information "
        "in other formats.",
        "We follow federal civil rights laws. If you need an interpreter or this letter in large print, call "
        "Member Services; there is no cost to you.",
    ]), space_before=10))
    b += _taglines(w, "MD", w.pick(["Language assistance", "Help in your language"]), ms)
    return b, st, ["fehb_letterhead_block", "fehb_centered_head", "fehb_right_return_address"][head]



# === 3. Kaiser Permanente Georgia, ERISA group plan: post-service claim denial as an explanation of benefits =======

_GA_PROVIDERS = {  # per claim bundle: (outside the network, in the network)
    "knee_mri": (["Buckhead Imaging Associates", "Chattahoochee Orthopaedic Partners"], ["Northlake Diagnostic Imaging"]),
    "sleep": (["Perimeter Sleep Diagnostics"], ["Atlanta Metro Sleep Center"]),
    "pt": (["Gwinnett Sports Rehab & Physical Therapy"], ["Cobb Valley Physical Therapy"]),
    "vitd": (["Oconee Clinical Laboratory"], ["Lenox Pathology Laboratory", "Decatur Family Medicine Associates"]),
    "acupuncture": (["Little Five Points Acupuncture"], ["Roswell Integrative Health"]),
    "hearing": (["Sandy Springs Hearing Center"], ["Peachtree Audiology Group"]),
    "skin": (["Midtown Skin & Laser Clinic"], ["Vinings Dermatology Associates"]),
    "er": (["Cumberland Ridge Medical Center", "Lake Lanier Community Hospital", "Stone Creek Regional Hospital"], []),
}
# claim bundles: lines (texts, code, billed range), diagnoses, which line(s) the denial hits, facts, reviewer specialty,
# criteria for medical-necessity reviews
_GA_BUNDLES = {
    "knee_mri": dict(cats=["out_of_network", "medical_necessity"], lines=[
        (["MRI of the right knee without contrast", "Magnetic resonance imaging, lower extremity joint, without "
          "contrast"], "73721", (1400, 2600)),
        (["Office visit, new patient, 45 minutes", "New patient office visit, moderate complexity"], "99204",
         (240, 420))],
        dx=[(["Derangement of posterior horn of medial meniscus due to old tear, right knee"], "M23.221"),
            (["Pain in right knee"], "M25.561")],
        deny=[0], mn=["the knee X-rays from the same visit were normal and the notes do not describe locking, "
                      "giving way or a trial of physical therapy before the MRI"],
        spec="Orthopedic Surgery", crit="Kaiser Permanente Georgia Clinical Review Criteria: Advanced Imaging of the "
                                        "Knee"),
    "sleep": dict(cats=["out_of_network", "medical_necessity"], lines=[
        (["Polysomnography, attended, in a sleep laboratory", "Sleep study, attended, 4 or more parameters"],
         "95810", (2100, 3800)),
        (["Sleep medicine consultation", "Office consultation, new patient, 30 minutes"], "99203", (190, 330))],
        dx=[(["Obstructive sleep apnea (adult)", "Obstructive sleep apnea"], "G47.33"),
            (["Snoring"], "R06.83")],
        deny=[0], mn=["an overnight study in a sleep laboratory is needed only when a home sleep test is not "
                      "suitable, and the records show no heart failure, lung disease or other condition that would "
                      "rule out a home test"],
        spec="Sleep Medicine", crit="Kaiser Permanente Georgia Medical Policy: Diagnosis of Obstructive Sleep Apnea"),
    "pt": dict(cats=["out_of_network", "medical_necessity"], lines=[
        (["Physical therapy evaluation, moderate complexity", "PT evaluation, moderate complexity"], "97162",
         (180, 290)),
        (["Therapeutic exercise, 4 units (15 minutes each)", "Therapeutic exercises, each 15 minutes (4 units)"],
         "97110", (220, 410)),
        (["Manual therapy techniques, 2 units", "Manual therapy, each 15 minutes (2 units)"], "97140", (120, 230))],
        dx=[(["Low back pain, unspecified", "Low back pain"], "M54.50"),
            (["Muscle spasm of back"], "M62.830")],
        deny=[1, 2], mn=["the therapy notes show the goals set at the evaluation were met by the previous visit, and "
                         "skilled therapy is no longer needed to continue the home exercise program"],
        spec="Physical Medicine and Rehabilitation",
        crit="Kaiser Permanente Georgia Rehabilitation Services Guideline: Outpatient Physical Therapy"),
    "vitd": dict(cats=["medical_necessity"], lines=[
        (["Vitamin D, 25-hydroxy (lab test)", "Vitamin D; 25 hydroxy, includes fraction(s), if performed"], "82306",
         (140, 260)),
        (["Comprehensive metabolic panel", "Comprehensive metabolic panel (blood test)"], "80053", (60, 140)),
        (["Complete blood count with automated differential", "CBC with differential"], "85025", (30, 80))],
        dx=[(["Other fatigue"], "R53.83")],
        deny=[0], mn=["vitamin D testing is covered when a condition that affects vitamin D levels is present, and "
                      "the only diagnosis on the claim is fatigue"],
        spec="Internal Medicine", crit="Kaiser Permanente Georgia Laboratory Guideline: Vitamin D Testing"),
    # only with the planted emergency_prior_auth defect: an emergency visit refused for want of prior approval
    "er": dict(cats=["no_prior_authorization"], lines=[
        (["Emergency department visit, high severity", "Emergency department visit, level 5"], "99285", (1800, 3400)),
        (["Chest X-ray, 2 views", "Radiologic examination, chest; 2 views"], "71046", (240, 480)),
        (["Electrocardiogram, 12 leads, with interpretation and report", "ECG with interpretation"], "93000",
         (140, 320)),
        (["Troponin, quantitative", "Troponin test (blood)"], "84484", (90, 210))],
        dx=[(["Chest pain, unspecified"], "R07.9"), (["Shortness of breath"], "R06.02")],
        deny=[0, 1, 2, 3]),
    "acupuncture": dict(cats=["not_covered"], lines=[
        (["Acupuncture, without electrical stimulation, first 15 minutes", "Acupuncture, 1 or more needles, initial "
          "15 minutes"], "97810", (95, 160)),
        (["Acupuncture, each additional 15 minutes"], "97811", (60, 110))],
        dx=[(["Cervicalgia", "Neck pain"], "M54.2")],
        deny=[0, 1], nc=["acupuncture is listed as an excluded service in your employer's plan",
                         "your plan does not include an acupuncture benefit"]),
    "hearing": dict(cats=["not_covered"], lines=[
        (["Hearing aid, digital, behind the ear, both ears", "Hearing aids, digital, binaural, behind the ear"],
         "V5261", (3800, 6200)),
        (["Hearing aid fitting and orientation", "Hearing aid assessment and fitting, binaural"], "V5160",
         (180, 350))],
        dx=[(["Sensorineural hearing loss, bilateral"], "H90.3")],
        deny=[0, 1], nc=["hearing aids and their fitting are excluded under your group plan",
                         "the plan covers hearing exams but not hearing aids or fitting services"]),
    "skin": dict(cats=["not_covered"], lines=[
        (["Destruction of benign skin lesions, up to 14", "Destruction of benign lesions other than skin tags, up to "
          "14 lesions"], "17110", (240, 480)),
        (["Office visit, established patient, 20 minutes", "Established patient visit, low complexity"], "99213",
         (140, 230))],
        dx=[(["Other seborrheic keratosis"], "L82.1")],
        deny=[0], nc=["removing seborrheic keratoses that are not irritated or inflamed is cosmetic, and cosmetic "
                      "services are excluded"]),
}


def _ga_setup(w: W) -> None:
    """Claim lines with amounts and remark codes, the billing provider and, for a clinical review, a reviewer."""
    c = w.c
    if c.extra.get("b10_ga"):
        return
    c.extra["b10_ga"] = True
    cat = c.category
    key = w.pick([k for k, v in _GA_BUNDLES.items() if cat in v["cats"]])
    bund = _GA_BUNDLES[key]
    c.extra["ga_key"] = key
    innet = cat not in ("out_of_network", "no_prior_authorization") and w.chance(0.6)
    c.provider = w.pick(_GA_PROVIDERS[key][1 if innet else 0])
    c.provider_short = c.provider
    c.extra["ga_innet"] = innet
    letters = "BCDFHJKMNPRTWX"
    deny_code = f"{w.pick(list(letters))}{w.rng.randint(10, 89)}"
    pay_code = f"{w.pick([x for x in letters if x != deny_code[0]])}{w.rng.randint(1, 9)}"
    info_code = f"{w.pick(list(letters))}{w.rng.randint(90, 99)}"
    c.extra["ga_codes"] = (deny_code, pay_code, info_code)
    lines = []
    for i, (texts, code, (lo, hi)) in enumerate(bund["lines"]):
        billed = round(w.rng.uniform(lo, hi), 2)
        denied = i in bund["deny"] or cat in ("out_of_network", "no_prior_authorization")
        if denied:
            allowed = paid = 0.0
            owes = 0.0 if (cat == "medical_necessity" and innet) else billed
            remark = deny_code
        else:
            allowed = round(billed * w.rng.uniform(0.42, 0.7), 2)
            owes = min(allowed, float(w.pick([20, 30, 40, 50]))) if code.startswith("99") else round(allowed * 0.2, 2)
            paid = round(allowed - owes, 2)
            remark = pay_code
        lines.append(dict(text=w.pick(texts), codes=[code], decision="denied" if denied else "approved",
                          billed=billed, allowed=allowed, paid=paid, owes=owes, remark=remark))
    c.services = lines
    c.money["total"] = round(sum(x["billed"] for x in lines), 2)
    dx = bund["dx"] if len(bund["dx"]) == 1 or w.chance(0.6) else bund["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    if cat == "medical_necessity":
        if c.reviewer:
            c.reviewer["specialty"] = bund["spec"] if c.reviewer["specialty"] else None
        c.criteria = [bund["crit"]] if w.chance(0.6) else []
    else:
        c.reviewer = None


def reason_b10_ga(w: W) -> str:
    """Why the claim lines were denied (plan voice, to the member)."""
    _ga_setup(w)
    c = w.c
    bund = _GA_BUNDLES[c.extra["ga_key"]]
    den = [x for x in c.services if x["decision"] == "denied"]
    names = join_and([_low(x["text"]) for x in den])
    pl = len(den) > 1
    if c.category == "out_of_network":
        return w.pick([
            f"{c.provider} is not in the Kaiser Permanente network for your plan. The services on this claim were "
            "not emergency or urgent care, and Kaiser Permanente did not refer you or approve them in advance, so "
            "the plan does not cover them.",
            f"Your plan covers care from providers outside the Kaiser Permanente network only for emergencies, urgent "
            f"care away from the service area, or when we approve a referral first. {_cap(names)} from "
            f"{c.provider} {'were' if pl else 'was'} none of these.",
        ])
    if c.category == "no_prior_authorization":
        return w.pick([
            f"The services you received at {c.provider} on this date were not authorized in advance. "
            f"{c.provider} is not a Kaiser Permanente network hospital, and your plan requires prior authorization "
            "for care from providers outside the network.",
            f"No prior authorization was requested for {names} at {c.provider}, a hospital outside the Kaiser "
            "Permanente network, so the claim was denied.",
        ])
    if c.category == "not_covered":
        fact = w.pick(bund["nc"])
        return w.pick([f"{_cap(names)} {'are' if pl else 'is'} not covered: {fact}.",
                       f"We cannot pay for {names} because {fact}."])
    fact = bund["mn"][0]
    return w.pick([
        f"After a clinical review of the records, {names} {'were' if pl else 'was'} found not medically necessary: "
        f"{fact}.",
        f"{_cap(names)} {'do' if pl else 'does'} not meet the plan's definition of medically necessary care because "
        f"{fact}.",
    ])


def _ga_provision(w: W) -> str:
    c = w.c
    emp, sec, page, year = c.extra["employer"], c.extra["sec"], c.extra["page"], c.extra["year"]
    return w.pick([
        f'the {year} Summary Plan Description for the {emp} medical plan, "Exclusions and Limitations", page {page}',
        f"Article {sec} (Services Not Covered) of the {emp} Group Health Plan document",
        f'your Evidence of Coverage and Summary Plan Description, section "What is not covered" (page {page})',
    ])


def t_b10_ga(w: W):
    _ga_setup(w)
    c = w.c
    _fmt(w, STYLES)
    st = _style(w, ["helvetica", "helvetica", "courier"], [9.0, 9.5])
    cat = c.category
    no_id = "notice.claim_identification" in c.defects
    no_cap = "notice.consumer_assistance" in c.defects
    no_prov = "notice.plan_provision" in c.defects
    entity = V.REGION_ENTITY["Georgia"][0]
    emp = c.extra["employer"]
    deny_code, pay_code, info_code = c.extra["ga_codes"]
    ms = c.phones["ms"]
    st.footer = [w.pick(["Claim " + c.ids["claim"] + " \u2013 page {page} of {pages}", "{page} of {pages}",
                         "EOB \u00b7 Kaiser Permanente Georgia \u00b7 {page}"])]
    st.footer_align = w.pick(["right", "center", "left"])
    if w.chance(0.5):
        st.header = [f"Claim {c.ids['claim']} \u00b7 {c.member_name}"]
    b: list[Block] = []
    # banner
    title = w.pick(["EXPLANATION OF BENEFITS", "Explanation of Benefits (EOB)", "CLAIM DETERMINATION NOTICE"])
    if w.chance(0.5):
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=[f"Kaiser Permanente {M('REGION', 'Georgia')}", "Claims Administration", entity],
                       right=["Nine Piedmont Center", "3495 Piedmont Road NE", "Atlanta, GA 30305"]))
        b.append(w.p(title, bold=True, size=13, space_before=6))
    else:
        b.append(w.p(f"{title}  \u2013  Kaiser Permanente {M('REGION', 'Georgia')}", bold=True, size=12,
                     space_before=0, shade=True))
        b.append(w.p(f"{entity} \u00b7 Claims Administration \u00b7 Nine Piedmont Center, Atlanta, GA", size=8,
                     space_before=2))
    b.append(w.p(w.pick(["THIS IS NOT A BILL", "This is not a bill. Keep it for your records."]), bold=True,
                 size=9, space_before=4))
    # who, what, when
    plan = w.pick([f"{emp} Employee Medical Plan (ERISA)", f"{emp} group health plan, self-funded",
                   f"{emp} Benefits Plan, insured by Kaiser Permanente"])
    left = [f"**{w.name()}", *c.member_addr, "", f"Member ID: {w.mid()}", f"Group no.: {c.ids['group']}"]
    right = [f"Statement date: {_dm(w, 'DATE_LETTER', c.letter)}", f"Claim number: {c.ids['claim']}",
             f"Patient: {w.name()}", f"Provider: {w.prov()}",
             "Network status: " + ("In network" if c.extra["ga_innet"] else "Not in network"),
             f"Claim received: {_dm(w, 'DATE_RECEIVED', c.received)}"]
    if c.decision:
        right.append(f"Processed: {_dm(w, 'DATE_DECISION', c.decision)}")
    hshape = w.rng.randrange(2)
    if hshape == 0:
        b.append(Block("twocol", left=left, right=right, size=8.5, space_before=10))
        b.append(w.p(f"Plan: {M('PLAN_CUE', plan)}", size=8.5, space_before=4))
    else:
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(Block("table", rows=[["Claim details", ""]] + [x.split(": ", 1) for x in right + left[-2:]]
                       + [["Plan", M("PLAN_CUE", plan)]], size=8.5))
    # the claim table
    tshape = w.rng.randrange(3)
    money = not no_id
    if tshape == 0:
        head = ["Date of service", "Service", "Code"] + (["Billed", "Allowed", "Plan paid"] if money else []) \
            + ["You owe" if money else "Status", "Remark"]
    elif tshape == 1:
        head = ["Line", "Service (code)", "DOS"] + (["Amount billed", "Allowed", "Your share"] if money else []) \
            + ["Remarks"]
    else:
        head = ["Code", "Description"] + (["Charges", "Not covered", "Plan paid", "You owe"] if money else []) \
            + ["Notes"]
    rows = [head]
    for i, x in enumerate(c.services):
        code = w.code(x["codes"][0])
        dos = _dm(w, "DATE_SERVICE", c.service)
        status = "Denied" if x["decision"] == "denied" else "Paid"
        if tshape == 0:
            r = [dos, w.svc(x), code] + ([_money(x["billed"]), _money(x["allowed"]), _money(x["paid"])] if money
                                            else []) + [_money(x["owes"]) if money else status, x["remark"]]
        elif tshape == 1:
            r = [str(i + 1), f"{w.svc(x)} ({code})", dos] + ([_money(x["billed"]), _money(x["allowed"]),
                                                              _money(x["owes"])] if money else []) + [x["remark"]]
        else:
            r = [code, w.svc(x)] + ([_money(x["billed"]), _money(x["billed"] - x["allowed"]), _money(x["paid"]),
                                      _money(x["owes"])] if money else []) + [x["remark"]]
        rows.append(r)
    if money:
        tb = _money(c.money["total"])
        tot_owes = _money(sum(x["owes"] for x in c.services))
        tot_paid = _money(sum(x["paid"] for x in c.services))
        if tshape == 0:
            rows.append(["Totals", "", "", tb, _money(sum(x["allowed"] for x in c.services)), tot_paid, tot_owes, ""])
        elif tshape == 1:
            rows.append(["", "Totals", "", tb, _money(sum(x["allowed"] for x in c.services)), tot_owes, ""])
        else:
            rows.append(["", "Totals", tb, _money(sum(x["billed"] - x["allowed"] for x in c.services)), tot_paid,
                         tot_owes, ""])
    if tshape == 2:
        b.append(w.p(f"Date of service: {_dm(w, 'DATE_SERVICE', c.service)}", space_before=10, bold=True))
    b.append(w.h(w.pick(["Claim detail", "Services on this claim", "How this claim was processed"]), space_before=10))
    b.append(Block("table", rows=rows, size=8.0))
    dshape = w.rng.randrange(4)
    b.append(w.p("Diagnosis on the claim: " + "; ".join(_dx(d, dshape) for d in c.diagnoses), size=8.5))
    if money:
        b.append(w.p(w.pick([
            f"Amount billed by the provider: {_money(c.money['total'])}. "
            + ("The provider may bill you for your share shown above."
               if any(x["owes"] for x in c.services) else
               "Because the provider is in our network, you owe nothing for the denied services."),
            f"Total claim amount: {_money(c.money['total'])}.",
        ]), size=9))
    # remarks legend
    legend = {
        deny_code: {"out_of_network": "Care from a provider outside the Kaiser Permanente network without a referral "
                                      "or prior approval; not an emergency. Not covered.",
                    "medical_necessity": "Not medically necessary based on the records reviewed. See the explanation "
                                         "below.",
                    "not_covered": "This service is excluded under your plan. See the explanation below.",
                    "no_prior_authorization": "No prior authorization on file for services from a non-network "
                                              "provider."}[cat],
        pay_code: "Processed according to your plan; your share is your copayment or coinsurance.",
    }
    if cat == "medical_necessity" and c.extra["ga_innet"]:
        legend[deny_code] += " The network provider may not bill you for this line."
    used = {x["remark"] for x in c.services}
    b.append(w.h(w.pick(["Remark codes", "What the remark codes mean", "Notes legend"]), space_before=8, size=9.5))
    lshape = w.rng.randrange(2)
    items = [(k, v) for k, v in legend.items() if k in used] + [(info_code, w.pick([
        "Keep this statement with your tax and medical records.",
        "Questions about this claim? Call the number on the back of your ID card."]))]
    if lshape == 0:
        b.append(Block("table", rows=[["Code", "Explanation"]] + [[k, v] for k, v in items], size=8.0))
    else:
        for k, v in items:
            b.append(w.p(f"{k} \u2013 {v}", indent=10, space_before=1, size=8.5))
    # why
    b.append(w.h(w.pick(["Why part of this claim was denied", "Explanation of the denial", "Reason for denial"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if cat == "not_covered" and not no_prov or cat != "not_covered" and w.chance(0.5):
        if cat in ("out_of_network", "no_prior_authorization"):
            prov = (f'the "Getting Care from Plan Providers" section of the {emp} Summary Plan Description (page '
                    f'{c.extra["page"]})')
        elif cat == "medical_necessity":
            prov = f'the definition of "Medically Necessary" in the {emp} Summary Plan Description, Article {c.extra["sec"]}'
        else:
            prov = _ga_provision(w)
        b.append(w.p(w.pick(["Plan provision: ", "This decision is based on "]) + M("PLAN_PROVISION", prov) + "."))
    if c.criteria:
        b.append(w.p(f"Clinical guideline used: {w.crit(c.criteria[0])}. A copy is free on request."))
    if _show_rev(w, 0.4):
        name, cred, spec, ph = _rev(w)
        t = f"Clinical review by {name}" + (f", {cred}" if cred else "") + (f" ({spec})" if spec else "") + "."
        if ph:
            t += f" Phone: {ph}."
        b.append(w.p(t, size=9.5))
    if not no_id:
        b.append(w.p(w.pick([
            "You may ask us for the diagnosis and treatment codes on this claim and what they mean, at no cost.",
            "The diagnosis and treatment codes for this claim, with their meanings, are available free of charge on "
            "request.",
        ]), size=9.5))
    # rights
    b.append(w.h(w.pick(["Your right to appeal", "IMPORTANT INFORMATION ABOUT YOUR APPEAL RIGHTS",
                         "How to appeal this claim decision"]), space_before=12))
    addr = ", ".join(V.GRIEVANCE_ADDR["Georgia"][1:])
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"If you disagree with this decision, you or your authorized representative may file an appeal within "
        f"{days} after you receive this notice. Write to Kaiser Permanente, {addr}, or call Member Services at {ms} "
        "(TTY 711). Include the claim number and any information you want us to consider. We will decide a "
        "post-service appeal within 60 days after we receive it.",
        f"You have {days} from the day you get this statement to ask us to review the claim again. Send a letter "
        f"with the claim number, the reason you disagree and any medical records to {addr}, or call {ms} (TTY 711). "
        "Someone you choose, such as your doctor, can appeal for you. You will have our answer within 60 days.",
    ])))
    b.append(w.p(w.pick([
        "You may review your claim file and receive copies of all documents, records and other information relevant "
        "to your claim free of charge.",
        "On request, and without charge, we will give you reasonable access to and copies of everything relevant to "
        "this claim, including any guideline used.",
    ])))
    if cat == "medical_necessity":
        b.append(w.p("Because this denial was based on medical judgment, if your appeal is denied you may ask for an "
                     "external review by an independent review organization within four months after you receive "
                     "the final appeal decision."))
    b.append(w.p(w.pick([
        "You have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security "
        "Act (ERISA) if your appeal is denied.",
        "After the appeal process, you may file suit under ERISA section 502(a).",
    ])))
    if not no_cap:
        b.append(w.p(w.pick([
            "For help with claims and appeals, contact the Employee Benefits Security Administration at "
            "1-866-444-3272 (1-866-444-EBSA).",
            "Questions about your rights under ERISA? Employee Benefits Security Administration, U.S. Department of "
            "Labor: 1-866-444-3272.",
        ])))
    b.append(w.small(w.pick([
        "Kaiser Permanente complies with federal civil rights laws and does not discriminate based on race, color, "
        "national origin, age, disability or sex.",
        "Free interpreters and materials in other formats are available. Kaiser Permanente does not discriminate "
        "on the basis of race, color, national origin, age, disability, or sex.",
    ]), space_before=10))
    b += _taglines(w, "GA", w.pick(["Language assistance services", "Need help in another language?"]), ms)
    return b, st, ["ga_eob_dos_first", "ga_eob_numbered_lines", "ga_eob_code_first"][tshape]



# === 4. California commercial HMO, in Spanish: oncology drug or procedure denied as experimental ==================

_ONC = {  # services (texts, code), diagnoses (texts, code), reviewer specialty, evidence facts, covered alternatives,
    # criteria, and whether the disease is advanced (metastatic) so that the terminal-illness conference applies
    "pembro": dict(
        services=[(["Pembrolizumab 200 mg por vía intravenosa cada 3 semanas",
                    "Inyección de pembrolizumab, 200 mg cada 21 días"], "J9271"),
                  (["Administración de quimioterapia por infusión intravenosa, hasta 1 hora",
                    "Infusión intravenosa de medicamento oncológico, primera hora"], "96413")],
        dx=[(["Tumor maligno de la cabeza del páncreas"], "C25.0"),
            (["Tumor maligno secundario del hígado y de los conductos biliares intrahepáticos",
              "Metástasis hepáticas"], "C78.7")],
        spec="Oncología Médica",
        facts=["su tumor no tiene inestabilidad alta de microsatélites (MSI-H) ni deficiencia de reparación de "
               "errores de emparejamiento, y para el cáncer de páncreas sin esos marcadores el pembrolizumab no está "
               "aprobado por la FDA ni lo recomiendan las guías de la NCCN",
               "los estudios publicados en cáncer de páncreas sin el marcador MSI-H no muestran que el pembrolizumab "
               "alargue la vida ni detenga el crecimiento del tumor"],
        alts=["quimioterapia con FOLFIRINOX modificado", "gemcitabina con nab-paclitaxel",
              "la participación en un ensayo clínico aprobado, si usted reúne los requisitos"],
        crit=["NCCN Clinical Practice Guidelines in Oncology: Pancreatic Adenocarcinoma",
              "Criterios de Kaiser Permanente para medicamentos oncológicos: inhibidores de puntos de control "
              "inmunitario"],
        advanced=True),
    "hifu": dict(
        services=[(["Ablación de tejido prostático maligno con ultrasonido focalizado de alta intensidad (HIFU)",
                    "Ablación de la próstata con ultrasonido focalizado de alta intensidad"], "55880")],
        dx=[(["Tumor maligno de la próstata", "Cáncer de próstata"], "C61")],
        spec="Urología",
        facts=["no hay estudios comparativos a largo plazo que demuestren que el HIFU controle el cáncer de próstata "
               "tan bien como la cirugía o la radioterapia",
               "la evidencia sobre el HIFU como primer tratamiento del cáncer de próstata localizado proviene de series "
               "pequeñas de pacientes sin un grupo de comparación"],
        alts=["prostatectomía radical", "radioterapia de intensidad modulada (IMRT)",
              "vigilancia activa con controles periódicos"],
        crit=["Evaluación de Tecnología de Kaiser Permanente: ultrasonido focalizado de alta intensidad para el cáncer "
              "de próstata", "NCCN Clinical Practice Guidelines in Oncology: Prostate Cancer"],
        advanced=False),
    "y90": dict(
        services=[(["Radioembolización hepática con microesferas de itrio-90",
                    "Radioembolización con itrio 90 por vía intraarterial"], "79445"),
                  (["Embolización de tumor hepático por catéter, con guía por imágenes",
                    "Embolización vascular del tumor"], "37243")],
        dx=[(["Tumor maligno del colon sigmoide"], "C18.7"),
            (["Tumor maligno secundario del hígado y de los conductos biliares intrahepáticos",
              "Metástasis hepáticas"], "C78.7")],
        spec="Radiología Intervencionista",
        facts=["en metástasis hepáticas de cáncer colorrectal que todavía responden a la quimioterapia, los estudios "
               "aleatorizados no muestran que agregar radioembolización mejore la supervivencia",
               "la radioembolización se estudia para pacientes cuyas metástasis ya no responden a la quimioterapia, y "
               "su tratamiento de primera línea sigue dando resultado"],
        alts=["quimioterapia sistémica con FOLFOX o FOLFIRI", "cirugía o ablación de las metástasis, si el equipo "
              "quirúrgico lo considera posible"],
        crit=["Evaluación de Tecnología de Kaiser Permanente: radioembolización con itrio-90",
              "NCCN Clinical Practice Guidelines in Oncology: Colon Cancer"],
        advanced=True),
    "hipec": dict(
        services=[(["Quimioterapia intraperitoneal hipertérmica (HIPEC) durante la cirugía, primeros 60 minutos",
                    "Perfusión intraoperatoria de quimioterapia intraperitoneal hipertérmica"], "96547")],
        dx=[(["Tumor maligno secundario del retroperitoneo y del peritoneo", "Carcinomatosis peritoneal"], "C78.6"),
            (["Tumor maligno del colon ascendente"], "C18.2")],
        spec="Oncología Quirúrgica",
        facts=["un estudio aleatorizado grande en pacientes con metástasis peritoneales de cáncer colorrectal no "
               "encontró que agregar HIPEC a la cirugía citorreductora prolongara la vida, y sí aumentó las "
               "complicaciones"],
        alts=["cirugía citorreductora sin HIPEC seguida de quimioterapia sistémica", "quimioterapia sistémica"],
        crit=["Evaluación de Tecnología de Kaiser Permanente: quimioterapia intraperitoneal hipertérmica",
              "NCCN Clinical Practice Guidelines in Oncology: Colon Cancer"],
        advanced=True),
    "litt": dict(
        services=[(["Terapia térmica intersticial con láser (LITT) de una lesión cerebral, una trayectoria",
                    "Ablación con láser guiada por resonancia magnética de lesión intracraneal"], "61736")],
        dx=[(["Tumor maligno secundario del encéfalo", "Metástasis cerebral"], "C79.31"),
            (["Tumor maligno del lóbulo superior del pulmón derecho"], "C34.11")],
        spec="Neurocirugía",
        facts=["no hay estudios comparativos que demuestren que la LITT sea tan eficaz como la radiocirugía "
               "estereotáctica para una metástasis cerebral que no ha recibido tratamiento",
               "la lesión mide 3.8 cm y los datos publicados sobre la LITT para metástasis de ese tamaño son muy "
               "limitados"],
        alts=["radiocirugía estereotáctica", "extirpación quirúrgica de la lesión"],
        crit=["Evaluación de Tecnología de Kaiser Permanente: terapia térmica intersticial con láser",
              "NCCN Clinical Practice Guidelines in Oncology: Central Nervous System Cancers"],
        advanced=True),
    "proton": dict(
        services=[(["Radioterapia con haz de protones, tratamiento complejo",
                    "Terapia de protones, administración compleja"], "77525"),
                  (["Planificación compleja de radioterapia", "Planificación del tratamiento de radiología, "
                    "compleja"], "77263")],
        dx=[(["Tumor maligno del cuadrante superior externo de la mama izquierda (mujer)"], "C50.412")],
        spec="Oncología Radioterápica",
        facts=["para el cáncer de mama izquierda, los estudios no han demostrado que la terapia con protones sea mejor "
               "que la radioterapia con fotones usando técnicas que protegen el corazón, que sí está disponible en la "
               "red de Kaiser Permanente"],
        alts=["radioterapia con fotones con control de la respiración (inspiración profunda sostenida)",
              "radioterapia de intensidad modulada (IMRT)"],
        crit=["Evaluación de Tecnología Nacional de Kaiser Permanente: terapia con haz de protones"],
        advanced=False),
}
_TITLES_ES = {  # non-physician titles (the planted reviewer defect) in Spanish
    "Utilization Review Coordinator": "Coordinador(a) de Revisión de Utilización",
    "Utilization Management Specialist": "Especialista en Administración de la Utilización",
    "Utilization Review Nurse": "Enfermero(a) de Revisión de Utilización",
    "Authorization Coordinator": "Coordinador(a) de Autorizaciones",
    "Care Review Analyst": "Analista de Revisión de Atención",
}
_REGION_ES = {"Northern California": "Norte de California", "Southern California": "Sur de California"}


def _es_setup(w: W) -> None:
    """Spanish services, diagnoses, criteria and reviewer for one oncology case."""
    c = w.c
    if c.extra.get("b10_es"):
        return
    c.extra["b10_es"] = True
    advanced_only = "experimental.terminal_illness_rights" in c.defects
    key = w.pick([k for k, v in _ONC.items() if v["advanced"] or not advanced_only])
    o = _ONC[key]
    c.extra["es_key"] = key
    lines = o["services"] if len(o["services"]) == 1 or w.chance(0.7) else o["services"][:1]
    c.services = [dict(text=w.pick(t), codes=[cd], decision="denied") for t, cd in lines]
    dx = o["dx"] if len(o["dx"]) == 1 or w.chance(0.65) else o["dx"][:1]
    c.diagnoses = [dict(text=w.pick(t), codes=[cd]) for t, cd in dx]
    if c.criteria:
        c.criteria = w.rng.sample(o["crit"], min(len(o["crit"]), w.pick([1, 2])))
    r = c.reviewer
    if r:
        if r["specialty"]:
            r["specialty"] = o["spec"]
        c.reviewer_title = _TITLES_ES.get(c.reviewer_title, w.pick(["Médico(a) revisor(a)",
                                                                    "Director(a) Médico(a) Asociado(a)"]))


def _den_es(c) -> str:
    return join_and([_low(x["text"]) for x in _denied(c)], "y")


def reason_b10_es(w: W) -> str:
    """Por qué se negó el tratamiento (voz del plan, al miembro)."""
    _es_setup(w)
    c = w.c
    o = _ONC[c.extra["es_key"]]
    fact = w.pick(o["facts"])
    den = _den_es(c)
    pl = len(_denied(c)) > 1
    if c.letter_kind == "grievance_decision":
        return w.pick([
            f"Después de revisar su apelación y los documentos que la acompañaban, confirmamos la decisión anterior. "
            f"El tratamiento solicitado ({den}) se considera en investigación para su diagnóstico, porque {fact}.",
            f"Mantenemos la negación. Un especialista que no participó en la primera decisión revisó su caso y "
            f"concluyó que {fact}. Por eso, el tratamiento solicitado ({den}) sigue considerándose experimental o en "
            "investigación.",
        ])
    return w.pick([
        f"Negamos la cobertura de {den} porque para su diagnóstico "
        f"{'se consideran tratamientos experimentales' if pl else 'se considera un tratamiento experimental'} o en "
        f"investigación: {fact}.",
        f"Su plan no cubre tratamientos experimentales o en investigación. Revisamos la evidencia científica y "
        f"encontramos que {fact}. Por lo tanto, no podemos aprobar {den}.",
        f"No aprobamos la cobertura de {den}: {fact}. Por esta razón, el tratamiento se considera en investigación "
        "para su caso.",
    ])


def _dmhc_es(ms: str) -> str:
    return (
        "El Departamento de Atención Médica Administrada de California (Department of Managed Health Care) es "
        "responsable de regular los planes de servicios de salud. Si tiene una queja contra su plan de salud, "
        f"primero debe llamar a su plan al {ms} (TTY 711) y usar el proceso de quejas del plan antes de comunicarse "
        "con el Departamento. Usar este procedimiento de quejas no le quita ningún derecho ni recurso legal que "
        "pueda tener. Si necesita ayuda con una queja sobre una emergencia, con una queja que su plan no resolvió a "
        "su satisfacción o con una queja que lleva más de 30 días sin resolverse, puede llamar al Departamento. "
        "También es posible que reúna los requisitos para una Revisión Médica Independiente (IMR). Si la obtiene, "
        "un revisor imparcial examinará las decisiones del plan sobre la necesidad médica de un servicio o "
        "tratamiento propuesto, las decisiones de cobertura de tratamientos experimentales o en investigación y las "
        "disputas de pago por servicios de emergencia o de urgencia. El Departamento tiene un número de teléfono "
        "gratuito (1-888-466-2219) y una línea TDD (1-877-688-9891) para personas con dificultades de audición o del "
        "habla. En su sitio web, www.dmhc.ca.gov, encontrará formularios de queja, formularios de solicitud de IMR e "
        "instrucciones."
    )


def t_b10_es(w: W):
    _es_setup(w)
    c = w.c
    _fmt(w, STYLES_ES)
    st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    kind, fast = c.letter_kind, c.urgency == "expedited"
    o = _ONC[c.extra["es_key"]]
    no_term = "experimental.terminal_illness_rights" in c.defects
    ms = c.phones["ms"]
    reg_es = _REGION_ES[c.region]
    entity = V.REGION_ENTITY[c.region][0]
    gaddr = V.GRIEVANCE_ADDR[c.region]
    den = _den_es(c)
    grievance = kind == "grievance_decision"
    st.footer = [w.pick(["Página {page} de {pages}", f"Ref. {c.ids['ref']} \u00b7 " + "{page}/{pages}",
                         "Kaiser Permanente \u2013 {page}"])]
    st.footer_align = w.pick(["center", "right"])
    if w.chance(0.4):
        st.header = [f"{c.member_name} \u2013 {c.ids['ref']}"]
    b: list[Block] = []
    head = w.rng.randrange(2)
    dept = w.pick(["Departamento de Revisión de Servicios", "Administración de la Utilización",
                   "Relaciones con los Miembros \u2013 Quejas y Apelaciones" if grievance else
                   "Revisión Clínica \u2013 Oncología"])
    if head == 0:
        b.append(Block("letterhead", logo=w.pick(["ring", "rays", "bars"]), size=9,
                       left=["Kaiser Permanente", f"{M('REGION', reg_es)} \u00b7 {dept}", entity],
                       right=[gaddr[-2], gaddr[-1], f"Servicio a los Miembros {ms}"]))
    else:
        b.append(w.p(f"KAISER PERMANENTE \u00b7 {M('REGION', reg_es.upper())}", bold=True, size=12.5, space_before=0))
        b.append(w.p(f"{entity} \u00b7 {dept}", size=8.5, space_before=0))
    city = gaddr[-1].split(",")[0]
    b.append(w.p(w.pick([f"{city}, {_dm(w, 'DATE_LETTER', c.letter)}", f"Fecha: {_dm(w, 'DATE_LETTER', c.letter)}",
                         _dm(w, "DATE_LETTER", c.letter)]), space_before=14, align=w.pick(["left", "right"])))
    b.append(w.p(w.name(), space_before=10))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    subj = ("Asunto: Resolución de su apelación (queja formal)" if grievance else
            w.pick(["Asunto: Negación de servicios por tratamiento experimental o en investigación",
                    "Asunto: Aviso de decisión sobre su solicitud de tratamiento"]))
    b.append(w.p(subj, bold=True, space_before=12))
    rows = [("Miembro", w.name()), (w.pick(["Número de miembro", "Número de historia clínica (MRN)"]), w.mid())]
    if c.provider:
        rows.append(("Médico que hizo la solicitud", w.prov()))
    if c.received:
        rows.append(("Fecha en que recibimos " + ("su apelación" if grievance else "la solicitud"),
                     _dm(w, "DATE_RECEIVED", c.received)))
    if c.decision:
        rows.append(("Fecha de la decisión", _dm(w, "DATE_DECISION", c.decision)))
    rows.append(("Número de referencia", c.ids["ref"]))
    boxed = w.chance(0.5)
    if boxed:
        b.append(Block("table", rows=[["Datos del caso", ""]] + [[k, v] for k, v in rows], size=8.5))
    else:
        for k, v in rows:
            b.append(w.p(f"{k}: {v}", indent=22, space_before=0, size=9.5))
    b.append(w.p(w.pick([f"Estimado(a) {c.member_salute}:", f"Estimado(a) {w.name()}:", "Estimado(a) miembro:"]),
                 space_before=12))
    if grievance:
        intro = "Le escribimos para darle la resolución de la apelación que presentó sobre la cobertura de " + den
        if c.service:
            intro += f", el tratamiento que recibió el {_dm(w, 'DATE_SERVICE', c.service)}"
        intro += ". "
    else:
        intro = f"Revisamos la solicitud de {den}"
        if c.provider and w.chance(0.5):
            intro += f" que nos envió {w.prov()}"
        intro += ". "
    intro += ("Tramitamos su caso como urgente. " if fast else "") + w.pick([
        "Esta carta explica nuestra decisión y sus derechos.",
        "A continuación le explicamos lo que decidimos, por qué y qué puede hacer si no está de acuerdo.",
    ])
    b.append(w.p(intro))
    b.append(w.h(w.pick(["Nuestra decisión", "DECISIÓN", "Lo que decidimos"]), space_before=10))
    if w.chance(0.5):
        trow = [["Servicio solicitado", "Código", "Decisión"]]
        for x in c.services:
            trow.append([w.svc(x), ", ".join(w.code(k) for k in x["codes"]), "No aprobado"])
        b.append(Block("table", rows=trow, size=8.5))
    else:
        for x in c.services:
            cs = ", ".join(w.code(k) for k in x["codes"])
            b.append(w.p(f"\u2013 {w.svc(x)} (código {cs}): no aprobado", indent=14, space_before=1))
    dshape = w.rng.randrange(4)
    b.append(w.p("Diagnóstico: " + "; ".join(_dx(d, dshape) for d in c.diagnoses) + ".", size=9.5))
    b.append(w.h(w.pick(["Por qué tomamos esta decisión", "Motivo de la decisión", "Razones médicas y científicas"]),
                 space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if c.criteria:
        crit = "; ".join(w.crit(x) for x in c.criteria)
        b.append(w.p(w.pick([f"Para esta decisión usamos: {crit}.", f"Criterios y evidencia revisados: {crit}.",
                             f"Guías aplicadas: {crit}. Puede pedir una copia gratuita."])))
    b.append(w.p(w.pick([
        f"Su Evidencia de Cobertura (EOC) de {c.extra['year']} excluye los servicios experimentales o en "
        "investigación (sección \u201cExclusiones\u201d).",
        "La sección de exclusiones de su Evidencia de Cobertura indica que el plan no cubre tratamientos "
        "experimentales o en investigación, salvo lo que exige la ley.",
    ])))
    if not no_term:
        b.append(w.p("Tratamientos alternativos cubiertos: " + "; ".join(o["alts"]) + ". Hable con su médico sobre "
                     "cuál es el más adecuado para usted."))
    if _show_rev(w, 0.8):
        name, cred, spec, ph = _rev(w)
        nm = name + (f", {cred}" if cred else "")
        if spec:
            t = w.pick([f"Revisó su caso: {nm}, especialista en {spec}.",
                        f"La decisión la tomó {nm}, {c.reviewer_title.lower()} con especialidad en {spec}."])
        else:
            t = f"Revisó su caso: {nm}, {c.reviewer_title}."
        if ph:
            t += f" Teléfono directo: {ph}."
        b.append(w.p(t))
    # rights
    b.append(w.h(w.pick(["Sus derechos", "SI NO ESTÁ DE ACUERDO", "Qué puede hacer si no está de acuerdo"]),
                 space_before=12))
    addr = ", ".join(gaddr)
    days = M("APPEAL_DAYS", c.appeal_phrase)
    if grievance:
        b.append(w.p("Con esta carta termina nuestro proceso interno de quejas. Si todavía no está de acuerdo, "
                     f"puede pedir una Revisión Médica Independiente dentro de {days} a partir de la fecha de esta "
                     "carta, como se explica más abajo."))
    else:
        b.append(w.p(w.pick([
            f"Apelación (queja formal) con Kaiser Permanente: puede presentarla dentro de {days} a partir de la "
            f"fecha de esta carta. Llame a Servicio a los Miembros al {ms} (TTY 711), escriba a {addr}, complete el "
            "formulario en kp.org o visite la oficina de Servicio a los Miembros de su centro médico. Su médico u otra "
            "persona que usted elija también puede presentarla por usted. Le daremos una respuesta por escrito "
            "dentro de 30 días.",
            f"Si no está de acuerdo, tiene {days} desde la fecha de esta carta para presentar una queja formal "
            f"(apelación). Puede hacerlo por teléfono al {ms} (TTY 711), por internet en kp.org, en persona en "
            f"cualquier oficina de Servicio a los Miembros o por correo a {addr}. Envíe los informes de su médico o "
            "cualquier otro documento que apoye su solicitud. Resolveremos su queja en un plazo de 30 días.",
        ])))
        b.append(w.p(w.pick([
            "Revisión acelerada: si su salud enfrenta una amenaza inmediata y grave, por ejemplo dolor intenso o "
            "posible pérdida de la vida, de una extremidad o de una función importante del cuerpo, pida una revisión "
            "acelerada. Decidiremos en un plazo de 3 días (72 horas), y usted puede comunicarse de inmediato con el "
            "Departamento de Atención Médica Administrada sin esperar nuestra respuesta.",
            "¿Es urgente? Si esperar 30 días pondría en peligro grave su vida o su salud (por ejemplo, por dolor "
            "intenso o riesgo de perder una función importante del cuerpo), pida que su queja se tramite de "
            "forma acelerada: le responderemos en un máximo de 3 días (72 horas). En ese caso no tiene que esperar para llamar al "
            "Departamento de Atención Médica Administrada.",
        ])))
    if not no_term:
        b.append(w.p(w.pick([
            "Si su enfermedad es terminal: si usted tiene una enfermedad incurable o irreversible con alta "
            "probabilidad de causar la muerte en un año o menos, tiene derecho a pedir una conferencia para revisar "
            "esta decisión (artículo 1368.1 del Código de Salud y Seguridad de California). La conferencia se hará "
            "dentro de 30 días calendario, o dentro de 5 días hábiles si su médico determina que la demora "
            "reduciría de manera importante la eficacia del tratamiento. Puede asistir usted, su médico o un "
            "representante.",
            "Conferencia para personas con una enfermedad terminal: según el artículo 1368.1 del Código de Salud y "
            "Seguridad de California, si su enfermedad no tiene cura y es muy probable que cause la muerte en un año "
            "o menos, puede pedirnos una reunión para hablar de esta decisión. La programaremos dentro de 30 días "
            "calendario; si su médico indica que esperar haría que el tratamiento perdiera gran parte de su eficacia, "
            "la reunión será dentro de 5 días hábiles.",
        ])))
        imr = (
            "Revisión Médica Independiente (IMR) de tratamientos experimentales: como este tratamiento se negó por "
            "considerarse experimental o en investigación, puede pedir una IMR al Departamento de Atención Médica "
            "Administrada sin presentar primero una queja ante Kaiser Permanente (artículos 1370.4 y 1374.30 del "
            "Código de Salud y Seguridad). La IMR no tiene costo para usted. "
        )
        imr += ("Pídala dentro de los 6 meses siguientes a la fecha de esta decisión. " if not grievance else "")
        imr += ("Si su médico certifica que el tratamiento sería mucho menos eficaz si se retrasa, la revisión se "
                "hará de forma acelerada. Si la IMR decide a su favor, Kaiser Permanente cubrirá el servicio.")
        b.append(w.p(imr))
    elif grievance:
        b.append(w.p("Puede solicitar la IMR al Departamento de Atención Médica Administrada; no tiene costo."))
    b.append(w.p(w.pick([
        "Puede pedirnos, sin costo, copias de los documentos, registros y criterios que usamos para esta decisión.",
        "Tiene derecho a recibir gratis copia de los expedientes y de las guías clínicas que revisamos.",
    ])))
    if "notice.consumer_assistance" not in c.defects:
        b.append(w.p("Ayuda gratuita: el Programa de Asistencia al Consumidor del DMHC, Health Consumer Alliance, "
                     "puede ayudarle a presentar su queja o su solicitud de IMR. Llame al 1-888-804-3536."))
    if "notice.dmhc_statement" not in c.defects:
        b.append(w.p(_dmhc_es(ms), bold=True, size=w.pick([10.0, 12.0]), space_before=10))
    b.append(w.p(w.pick(["Atentamente,", "Cordialmente,", "Le saluda atentamente,"]), space_before=12))
    b.append(w.p(dept, space_before=8))
    b.append(w.p(entity, space_before=0))
    if c.provider and w.chance(0.6):
        b.append(w.small(f"c.c.: {w.prov()}", space_before=6))
    b.append(w.small(w.pick([
        "Kaiser Permanente cumple con las leyes federales de derechos civiles y no discrimina por motivos de raza, "
        "color, país de origen, edad, discapacidad o sexo. Ofrecemos sin costo intérpretes y materiales en otros "
        "formatos.",
        "No discriminamos a nadie por su raza, color, país de origen, edad, discapacidad o sexo. Si necesita un "
        "intérprete o esta carta en letra grande, llame a Servicio a los Miembros; es gratis.",
    ]), space_before=10))
    b += _taglines(w, "CA", w.pick(["Language assistance / Asistencia con el idioma", "Help in your language",
                                    "Servicios de idiomas (Language services)"]), ms, lead_en=True)
    return b, st, ["es_onc_letterhead", "es_onc_plain_head"][head] + ("_case_table" if boxed else "_case_lines")


# --- registry -----------------------------------------------------------------------------------------------------

BLIND10_TEMPLATES: dict[str, tuple] = {
    "blind10_wa_residential_bh_fax": (t_b10_wa, dict(
        plans=["commercial_hmo", "erisa_group"], states=["WA"],
        kinds=["initial_denial", "initial_denial", "partial_denial", "termination_notice"],
        cats=["medical_necessity"], scenario_keys=["sud_residential"], reason=reason_b10_wa)),
    "blind10_midatlantic_fehb_bariatric": (t_b10_fehb, dict(
        plans=["fehb"], states=["MD", "VA", "DC"], kinds=["initial_denial", "initial_denial", "partial_denial"],
        cats=["medical_necessity"], scenario_keys=["bariatric"], reason=reason_b10_fehb)),
    "blind10_ga_erisa_post_service_claim": (t_b10_ga, dict(
        plans=["erisa_group"], states=["GA"], kinds=["payment_denial"],
        cats=["out_of_network", "medical_necessity", "not_covered"], reason=reason_b10_ga)),
    "blind10_ca_experimental_es": (t_b10_es, dict(
        plans=["commercial_hmo"], states=["CA"], language="es",
        kinds=["initial_denial", "initial_denial", "grievance_decision"],
        cats=["experimental_investigational"], scenario_keys=["keytruda", "prostate_proton", "breast_cancer"],
        reason=reason_b10_es)),
}
MODELED_ON = {
    "blind10_wa_residential_bh_fax": "blind10: Kaiser Permanente Washington (HMO or ERISA group) review of residential "
                                     "substance-use treatment sent by fax: cover sheet, fax header with page x of y on "
                                     "every page, ASAM dimensions, peer-to-peer offer, addiction or psychiatry "
                                     "reviewer, 180-day appeal, 72-hour expedited appeal and IRO external review",
    "blind10_midatlantic_fehb_bariatric": "blind10: Kaiser Permanente Mid-Atlantic States (MD, VA, DC) FEHB denial "
                                          "or partial approval of bariatric surgery with a services table, plan "
                                          "criteria and brochure section, reconsideration within 6 months and OPM "
                                          "review",
    "blind10_ga_erisa_post_service_claim": "blind10: Kaiser Permanente Georgia ERISA group plan post-service claim "
                                           "denial laid out as an explanation of benefits: claim table with date of "
                                           "service, provider, codes, billed, allowed and member amounts, remark codes "
                                           "with a legend, 180-day appeal and ERISA 502(a)",
    "blind10_ca_experimental_es": "blind10: California commercial HMO (Northern or Southern California) letter in "
                                  "Spanish denying an oncology drug or procedure as experimental or investigational "
                                  "(initial denial or appeal resolution): reasons and evidence, covered alternatives, "
                                  "HSC 1368.1 conference, IMR without a prior grievance (HSC 1370.4), DMHC statement "
                                  "and an English tagline block",
}
