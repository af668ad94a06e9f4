"""Twenty-third blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND23_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind23_co_pharmacy_step_therapy")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind23_co_pharmacy_step_therapy``: Kaiser Permanente Colorado commercial HMO or ERISA employer plan pharmacy
   prior-authorization decision on a drug. Medical-necessity (step therapy) letters refuse a psoriasis biologic
   (risankizumab), a CGRP migraine preventive (erenumab), an infused ulcerative-colitis biologic (vedolizumab, HCPCS
   J3380) or an infused iron (ferric carboxymaltose, HCPCS J1439) until the plan's preferred alternatives have been
   tried; not-covered letters refuse a GLP-1 drug prescribed for weight management (semaglutide 2.4 mg or
   tirzepatide) under the drug benefit's weight-loss exclusion, citing the Evidence of Coverage (commercial) or the
   Summary Plan Description (ERISA). Self-administered drugs carry no CPT/HCPCS code. The preferred alternatives (some
   with real HCPCS codes, e.g. Q5103, J1756) are printed as distractors that are never the denied service: in a
   two-column "Drug requested / Preferred alternatives" table (layout ``co_rx_two_column``; its first cell names
   the drug by its generic name, the service itself is printed in the letter's opening), as numbered steps
   (``co_rx_steps``) or in a sentence under a boxed decision summary printed beside the address block
   (``co_rx_summary_box``). The reason and the alternatives come in either order; the rights come before or after
   the signature; some letters end with a nondiscrimination notice. The prescriber is the
   requesting provider; the decision is signed by a physician reviewer or by the pharmacy unit (no person named);
   a clinical pharmacist the prescriber may call about a formulary exception is an unmarked distractor name. Rights:
   180-day appeal, 72-hour expedited appeal, external review within 4 months (45 CFR 147.136), the Colorado
   Division of Insurance by name only (commercial) or EBSA 1-866-444-3272 with the catalogue's caveat and ERISA
   section 502(a) (ERISA). The pharmacy unit's own phone is printed; Member Services 303-338-3800 (Denver/Boulder,
   catalogue [V]) appears in some letters.

   Which date is which: the letter date is the date at the top; ``request_received`` is the day the prescriber's
   request reached the pharmacy unit; ``decision`` (only in some letters) is the day the reviewer decided. The
   prescription's written date, the last office visit and the start and stop dates of earlier drug trials are
   printed as unmarked distractors, all before the request date.

2. ``blind23_medi_cal_home_nursing_noa``: Kaiser Permanente (Northern or Southern California) Medi-Cal Notice of
   Action reducing or ending skilled nursing home visits (HCPCS G0299), home health aide visits (G0156) or hourly
   in-home nursing (S9123/S9124). Page 1 opens with a mailing-window block (return address, a line of digits like
   a postal barcode, the member's name and address). The change takes effect on an effective date that is printed
   but is not one of the truth's dates. Rights as the catalogue gives them: appeal within 60 days of the date on
   the notice; aid paid pending if the appeal is filed within 10 days of the notice or before the effective date;
   72-hour expedited appeal; a State Hearing within 120 days of the plan's appeal decision (CDSS (800) 743-8525, TDD
   (800) 952-8349); Independent Medical Review through the DMHC unless a State Hearing was asked for first; the
   DMHC statement (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov, the plan's phone) in 12-point bold; the Medi-Cal
   Managed Care Ombudsman 1-888-452-8609; Member Services 1-800-464-4000 (TTY 711); and taglines in 15 languages on
   their own page(s). Layouts: ``mcal_noa_table`` (a before/after table of the visits), ``mcal_noa_prose`` and
   ``mcal_noa_rights_grid`` (rights as a two-column "If you want to / What to do" grid of shaded label boxes).
   Half the letters add a nondiscrimination page after the taglines (2-4 pages in all).

   Which date is which: the letter date is the notice date printed under the window block; ``request_received``
   (some letters) is the day the home health agency's request to continue the visits reached the plan;
   ``decision`` (some letters) is the day the physician reviewer decided. The effective date, the start-of-care
   date, the current authorization period and the date of the last nurse's visit note are unmarked distractors.
   ``service`` is never set. The ordering physician is the requesting provider; the home health agency is named
   but is not the requesting provider.

3. ``blind23_wa_or_ma_snf_ending``: Kaiser Permanente Washington (Medicare Advantage) or Kaiser Permanente Northwest
   (Senior Advantage, Oregon or southwest Washington) narrative letter (not the CMS form) telling a member that
   coverage of a skilled nursing facility stay, and the skilled therapy in it, ends. A timeline of the stay (hospital
   discharge, admission, therapy evaluations, care conference, last covered day) is printed as a table
   (``snf_timeline_table``), as a dated list (``snf_timeline_list``) or as a side box beside the letter text
   (``snf_timeline_sidebar``, the discharge plan printed beside it); every date in the timeline is a distractor
   (no truth date is printed there). The member's discharge plan is described, with the facility's case manager
   and attending physician named as distractor clinicians. The catalogue gives no Quality Improvement
   Organization facts, so the fast appeal described is the plan's expedited reconsideration (72 hours); the appeal
   window is 60 days (or the 65 days the catalogue accepts), a standard appeal is decided in 30 days, an adverse
   reconsideration goes automatically to the Independent Review Entity, 1-800-MEDICARE is printed. Washington
   letters print Member Services for Medicare members 1-888-901-4600 (TTY 711); Northwest letters print no Member
   Services number (the catalogue does not verify one) and use the unit's own phone. Criteria: Medicare Benefit
   Policy Manual chapter 8 or 42 CFR 409.31 (internal criteria only when that defect is planted).

   Which date is which: the letter date is the date at the top; ``request_received`` (some letters) is the day the
   facility's request for more covered days reached the plan (the facility is then the requesting provider, named
   in that sentence); ``decision`` (some letters) is the day the physician reviewer decided. The last covered day
   and the first day the member would pay are printed but are not truth dates; ``service`` is never set.

Dates use this set's own styles (``b23date``); ``parse_blind23_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

BLIND23_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DOWFULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def b23date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "nocomma":  # March 5 2025
        return f"{mon} {d.day} {d.year}"
    if style == "dmonslash":  # 05/Mar/2025
        return f"{d.day:02d}/{mon[:3]}/{d.year}"
    if style == "capsdot":  # MAR. 5, 2025 (MAY has no dot)
        return f"{mon[:3].upper()}{'' if mon == 'May' else '.'} {d.day}, {d.year}"
    if style == "dashyy":  # 03-05-25 (month first, two-digit year)
        return f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}"
    if style == "isodow":  # 2025-03-05 (Wed)
        return f"{d.isoformat()} ({_DOW3[d.weekday()]})"
    if style == "wkdmy":  # Wednesday 5 March 2025
        return f"{_DOWFULL[d.weekday()]} {d.day} {mon} {d.year}"
    raise ValueError(style)


STYLES = ("nocomma", "dmonslash", "capsdot", "dashyy", "isodow", "wkdmy")


def parse_blind23_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b23date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) (\d{4})", t)
        if m and m[1] in MONTHS:
            return dt.date(int(m[3]), MONTHS.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{2})/([A-Z][a-z]{2})/(\d{4})", t)
        if m and m[2] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[2]) + 1, int(m[1]))
        m = re.fullmatch(r"([A-Z]{3})(\.?) (\d{1,2}), (\d{4})", t)
        if m and m[1].capitalize() in _MON3 and (m[2] == "") == (m[1] == "MAY"):
            return dt.date(int(m[4]), _MON3.index(m[1].capitalize()) + 1, int(m[3]))
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}) \(([A-Z][a-z]{2})\)", t)
        if m and m[4] in _DOW3:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d if _DOW3[d.weekday()] == m[4] else None
        m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}) ([A-Z][a-z]+) (\d{4})", t)
        if m and m[1] in _DOWFULL and m[3] in MONTHS:
            d = dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[2]))
            return d if _DOWFULL[d.weekday()] == m[1] else None
    except ValueError:
        return None
    return None


def _fmt(w: W) -> None:
    w.c.extra["b23_fmt"] = w.pick(list(STYLES))


def _fd(w: W, day: dt.date | None) -> str:
    return b23date(day, w.c.extra["b23_fmt"]) if day else ""


def _dm(w: W, label: str, day: dt.date | None) -> str:
    return M(label, _fd(w, day)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _has(c, defect: str) -> bool:
    return defect in c.defects


def _bare(c) -> bool:
    return "notice.reason_specific" in c.defects


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _uni(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _style(w: W, families: list[str], sizes: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([54.0, 62.0, 70.0]),
               margin_t=w.pick([40.0, 48.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 6.0])
    return st


def _doctor(w: W, creds=("MD", "M.D.", "DO")) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, {w.pick(list(creds))}", f"Dr. {name}"])


def _np_reviewer(w: W, titles: list[str]) -> None:
    """A planted non-physician signer: no specialty, no direct line."""
    name, _, _ = person(w.rng, 0.2)
    w.c.reviewer = dict(name=name, credentials=w.pick(["RN", "CPhT", None]), specialty=None, phone=None)
    w.c.reviewer_title = w.pick(titles)


def _md_reviewer(w: W, specs: list[str], titles: list[str], state: str, p_spec: float = 0.7,
                 p_phone: float = 0.5) -> None:
    name, _, _ = person(w.rng, 0.25)
    w.c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO", "MD, FACP"]),
                        specialty=w.pick(specs) if w.chance(p_spec) else None,
                        phone=phone(w.rng, state) if w.chance(p_phone) else None)
    w.c.reviewer_title = w.pick(titles)


def _reviewer_line(w: W, lead: str) -> str:
    r = w.c.reviewer
    nm = M("REVIEWER_NAME", r["name"])
    cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
    spec = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
    out = f"{lead} {nm}{cred}{spec}."
    if r["phone"]:
        out += w.pick([f" Your doctor can talk with the reviewer at {M('REVIEWER_PHONE', r['phone'])}.",
                       f" Direct line for the treating doctor: {M('REVIEWER_PHONE', r['phone'])}."])
    return out


def _signoff(w: W, unit: str, entity: str) -> list[Block]:
    c = w.c
    out = [w.p(w.pick(["Sincerely,", "Respectfully,", "With regards,"]), space_before=10)]
    if c.reviewer:
        r = c.reviewer
        out.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=4))
        out.append(w.p(c.reviewer_title, space_before=0))
    else:
        out.append(w.p(unit, space_before=4))
    out.append(w.p(entity, space_before=0))
    return out


# language-help lines written for this set; {ph} is a number the letter prints
_TAGS = {
    "en": "Need this in another language or format? Help is free. Call {ph}.",
    "es": "Si habla español, puede pedir sin costo la ayuda de un intérprete o esta carta en español. Llame al {ph}.",
    "zh": "如果您說中文，可免費獲得口譯服務及中文版信件。請撥打 {ph}。",
    "vi": "Nếu quý vị nói tiếng Việt, quý vị có thể nhận thông dịch viên và bản dịch miễn phí. Xin gọi {ph}.",
    "tl": "Kung Tagalog ang wika mo, may libreng interpreter at salin ng sulat na ito. Tumawag sa {ph}.",
    "ko": "한국어를 하시면 통역 서비스와 번역본을 무료로 받으실 수 있습니다. {ph}번으로 연락하십시오.",
    "hy": "Եթե խոսում եք հայերեն, կարող եք անվճար թարգմանչի օգնություն ստանալ։ Զանգահարեք {ph}։",
    "fa": "اگر به فارسی صحبت می‌کنید، مترجم و ترجمه این نامه به طور رایگان در دسترس است. با {ph} تماس بگیرید.",
    "ru": "Если вы говорите по-русски, вам бесплатно предоставят переводчика и перевод письма. Звоните {ph}.",
    "ja": "日本語を話される方は、通訳と翻訳を無料でご利用いただけます。{ph} までお電話ください。",
    "pa": "ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮਦਦ ਮੁਫ਼ਤ ਮਿਲ ਸਕਦੀ ਹੈ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "បើអ្នកនិយាយភាសាខ្មែរ អ្នកអាចទទួលបានអ្នកបកប្រែដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទមក {ph}។",
    "hmn": "Yog koj hais lus Hmoob, koj tau txais kev pab txhais lus dawb. Hu rau {ph}.",
    "ar": "إذا كنت تتحدث العربية، يمكنك الحصول على مترجم فوري وترجمة لهذه الرسالة مجانا. اتصل على {ph}.",
    "hi": "यदि आप हिंदी बोलते हैं, तो आपको दुभाषिया और अनुवाद की सेवा मुफ़्त मिल सकती है। {ph} पर कॉल करें।",
    "th": "หากคุณพูดภาษาไทย คุณขอรับล่ามและคำแปลจดหมายนี้ได้ฟรี โทร {ph}",
    "am": "አማርኛ የሚናገሩ ከሆነ የአስተርጓሚ እርዳታ በነጻ ማግኘት ይችላሉ። {ph} ይደውሉ።",
    "uk": "Якщо ви розмовляєте українською, ви можете безкоштовно отримати перекладача. Телефонуйте {ph}.",
    "so": "Haddii aad ku hadasho Af-Soomaali, waxaad bilaash ku heli kartaa turjubaan. Wac {ph}.",
    "ro": "Dacă vorbiți limba română, puteți primi gratuit un interpret. Sunați la {ph}.",
    "de": "Wenn Sie Deutsch sprechen, erhalten Sie kostenlos die Hilfe eines Dolmetschers. Rufen Sie {ph} an.",
}
_TAG_SETS = {
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "de"],
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "pa", "km", "hmn", "ar", "hi", "th"],
    "NW": ["es", "vi", "zh", "ru", "ko", "uk", "so", "ro", "tl"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.4, keep_all: bool = False,
              english_first: bool = False) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 2, len(rest))]
    if english_first:
        head = ["en"] + head
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1.5) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.5))
    return out


def _nondiscrimination(w: W, ph: str, page: bool) -> list[Block]:
    """An optional notice that the plan does not discriminate and offers aids (written for this set)."""
    out: list[Block] = [Block("pagebreak")] if page else []
    out.append(w.h(w.pick(["Nondiscrimination Notice", "We do not discriminate", "Notice of Nondiscrimination"]),
                   space_before=12))
    out.append(w.p(w.pick([
        "Kaiser Permanente follows federal civil rights laws. We do not treat people differently or leave them out "
        "because of race, color, national origin, age, disability or sex.",
        "Kaiser Permanente does not exclude people or treat them differently because of their race, color, national "
        "origin, age, disability or sex, and follows the federal civil rights laws that apply to it.",
    ])))
    out.append(w.p(w.pick([
        f"We give free aids to people with disabilities, such as large print, audio and accessible electronic "
        f"formats, and free language services such as qualified interpreters. Call {ph} to ask.",
        f"Free help is available: sign language interpreters, written information in other formats, and interpreters "
        f"for people whose first language is not English. Ask for it at {ph}.",
    ])))
    out.append(w.p(w.pick([
        "If you believe we failed to provide these services or treated you unfairly, you can file a grievance with "
        "us by phone, by mail or in person.",
        "You can file a grievance with Kaiser Permanente if you think we did not give you these services or "
        "discriminated against you.",
    ])))
    return out


# === 1. Colorado: pharmacy prior authorization / step therapy ====================================================

_CO_DRUGS = [
    dict(key="risankizumab", cat="medical_necessity", code=None,
         texts=["Skyrizi (risankizumab-rzaa) 150 mg/mL pen, every 12 weeks",
                "Risankizumab-rzaa (Skyrizi) 150 mg subcutaneous injection"],
         dx=[(["Psoriasis vulgaris"], "L40.0")],
         alts=[("adalimumab-adaz (Hyrimoz), preferred biosimilar", None),
               ("methotrexate tablets for 12 weeks", None),
               ("narrowband UVB phototherapy", None)],
         tried=("methotrexate", 5),
         specs=["Dermatology", "Internal Medicine"],
         crit=["Kaiser Permanente Colorado Drug Use Criteria: Biologic Agents for Plaque Psoriasis",
               "KP Colorado Pharmacy and Therapeutics Committee step therapy criteria for targeted immunomodulators"],
         why="the criteria call for a 12-week trial of methotrexate or phototherapy and then a preferred adalimumab "
             "biosimilar before risankizumab, and your records show methotrexate was stopped after {wk} weeks and "
             "no adalimumab biosimilar has been tried",
         what="risankizumab"),
    dict(key="erenumab", cat="medical_necessity", code=None,
         texts=["Aimovig (erenumab-aooe) 70 mg autoinjector, monthly",
                "Erenumab-aooe (Aimovig) 70 mg/mL monthly injection"],
         dx=[(["Chronic migraine without aura, not intractable, without status migrainosus"], "G43.709")],
         alts=[("propranolol or metoprolol (beta blockers)", None), ("amitriptyline or nortriptyline", None),
               ("candesartan", None)],
         tried=("topiramate", 6),
         specs=["Neurology", "Headache Medicine"],
         crit=["Kaiser Permanente Colorado Drug Use Criteria: CGRP Antagonists for Migraine Prevention",
               "KP Colorado formulary step therapy criteria for migraine preventive medicines"],
         why="the criteria ask for trials of two preventive medicines from different drug classes, each for at least "
             "8 weeks, and your records show a trial of topiramate only; propranolol and amitriptyline have not "
             "been tried and nothing in the chart says you cannot take them",
         what="erenumab"),
    dict(key="vedolizumab", cat="medical_necessity", code="J3380",
         texts=["Entyvio (vedolizumab) 300 mg intravenous infusion, weeks 0, 2 and 6",
                "Vedolizumab 300 mg IV infusion (Entyvio), induction doses"],
         dx=[(["Ulcerative colitis, unspecified, without complications"], "K51.90")],
         alts=[("infliximab-dyyb (Inflectra), HCPCS Q5103", None), ("adalimumab-adaz (Hyrimoz)", None),
               ("mesalamine 4.8 g a day plus budesonide", None)],
         tried=("mesalamine", 10),
         specs=["Gastroenterology"],
         crit=["Kaiser Permanente Colorado Drug Use Criteria: Biologics for Inflammatory Bowel Disease",
               "KP Colorado medical drug policy: vedolizumab"],
         why="the plan asks that a preferred infliximab biosimilar be tried first for moderate ulcerative colitis "
             "that has not responded to mesalamine, and your records show no trial of infliximab-dyyb and no reason "
             "it would be unsafe for you",
         what="vedolizumab"),
    dict(key="fcm", cat="medical_necessity", code="J1439",
         texts=["Injectafer (ferric carboxymaltose) 750 mg IV, two doses",
                "Ferric carboxymaltose injection 750 mg (Injectafer), 2 infusions 7 days apart"],
         dx=[(["Iron deficiency anemia, unspecified"], "D50.9")],
         alts=[("iron sucrose (Venofer) infusions, HCPCS J1756", None),
               ("ferrous sulfate 325 mg every other day", None)],
         tried=("ferrous sulfate", 4),
         specs=["Hematology", "Internal Medicine"],
         crit=["Kaiser Permanente Colorado Medical Drug Criteria: Intravenous Iron Products",
               "KP Colorado Infusion Center preferred IV iron policy"],
         why="iron sucrose is the plan's preferred intravenous iron, and your records show you have not received it "
             "and have had no reaction to iron sucrose or any other IV iron, so the criteria for ferric "
             "carboxymaltose are not met",
         what="ferric carboxymaltose"),
    dict(key="semaglutide_wt", cat="not_covered", code=None,
         texts=["Wegovy (semaglutide) 2.4 mg weekly pen", "Semaglutide 2.4 mg/0.75 mL pen (Wegovy), weekly"],
         dx=[(["Obesity, unspecified"], "E66.9"), (["Body mass index [BMI] 36.0-36.9, adult"], "Z68.36")],
         alts=[("weight management classes and dietitian visits", None),
               ("bariatric surgery evaluation (when criteria are met)", None)],
         what="semaglutide"),
    dict(key="tirzepatide_wt", cat="not_covered", code=None,
         texts=["Zepbound (tirzepatide) 5 mg/0.5 mL weekly pen", "Tirzepatide 5 mg weekly injection (Zepbound)"],
         dx=[(["Obesity, unspecified"], "E66.9"), (["Body mass index [BMI] 38.0-38.9, adult"], "Z68.38")],
         alts=[("weight management classes and dietitian visits", None),
               ("bariatric surgery evaluation (when criteria are met)", None)],
         what="tirzepatide"),
]
_CO_NP_TITLES = ["Pharmacy Prior Authorization Technician", "Formulary Exception Coordinator",
                 "Pharmacy Benefits Specialist"]


def _co_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b23_co"):
        return
    c.extra["b23_co"] = True
    _fmt(w)
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    drug = w.pick([d for d in _CO_DRUGS if d["cat"] == c.category])
    c.extra["co_drug"] = drug
    c.services = [dict(text=w.pick(drug["texts"]), codes=[drug["code"]] if drug["code"] else [], decision="denied")]
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in drug["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.3):
        c.diagnoses = c.diagnoses[:1]
    mn = c.category == "medical_necessity"
    if mn and not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(drug["crit"])]
    else:
        c.criteria = []
    c.service = None
    c.provider = _doctor(w)
    c.extra["co_clinic"] = w.pick(["Franklin Medical Offices", "Lone Tree Medical Offices", "Rock Creek Medical Offices",
                                   "Arapahoe Medical Offices", "Westminster Medical Offices",
                                   "Colorado Springs Briargate Medical Offices"])
    if c.received:
        c.extra["co_written"] = c.received - dt.timedelta(days=w.rng.randint(1, 6))
    else:
        c.extra["co_written"] = c.letter - dt.timedelta(days=w.rng.randint(4, 12))
    c.extra["co_visit"] = c.extra["co_written"] - dt.timedelta(days=w.rng.randint(0, 3))
    if drug.get("tried"):
        stop = c.extra["co_visit"] - dt.timedelta(days=w.rng.randint(20, 120))
        c.extra["co_trial"] = (drug["tried"][0], stop - dt.timedelta(weeks=drug["tried"][1]), stop)
    else:
        c.extra["co_trial"] = None
    c.extra["co_wk"] = drug.get("tried", ("", 5))[1]
    c.extra["co_rx_phone"] = phone(w.rng, "CO")
    c.extra["co_rx_fax"] = phone(w.rng, "CO")
    ph, _, _ = person(w.rng, 0.1)
    c.extra["co_pharmacist"] = f"{ph}, PharmD"
    c.extra["co_pharmacist_phone"] = phone(w.rng, "CO")
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _CO_NP_TITLES)
    elif not mn or w.chance(0.25):
        c.reviewer = None
    else:
        _md_reviewer(w, drug["specs"], ["Physician Reviewer, Pharmacy Utilization Management", "Reviewing Physician",
                                        "Associate Medical Director, Pharmacy"], "CO")
    _flags(c)


def reason_b23_co(w: W) -> str:
    _co_setup(w)
    c = w.c
    drug = c.extra["co_drug"]
    if _bare(c):
        return w.pick(["The drug does not meet plan requirements.", "This medication is not covered as requested.",
                       "Coverage criteria were not met."])
    if c.category == "not_covered":
        return w.pick([
            f"Your plan's prescription drug benefit excludes drugs used for weight loss, and {drug['what']} was "
            "prescribed to help you lose weight.",
            f"We cannot cover {drug['what']} because it was prescribed for weight management, and medicines for "
            "weight loss are excluded from your outpatient prescription drug benefit.",
        ])
    why = drug["why"].format(wk=c.extra["co_wk"])
    return w.pick([
        f"We did not approve {drug['what']} because {why}.",
        f"{_cap(why)}; for that reason {drug['what']} is not approved at this time.",
        f"The request does not meet the step therapy criteria: {why}.",
    ])


def t_b23_co(w: W):
    _co_setup(w)
    c = w.c
    drug = c.extra["co_drug"]
    erisa = c.plan_type == "erisa_group"
    mn = c.category == "medical_necessity"
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 two-column table, 1 numbered steps, 2 boxed summary on top
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5])
    rx_ph, rx_fax = c.extra["co_rx_phone"], c.extra["co_rx_fax"]
    ref = c.ids["ref"]
    st.footer = [w.pick([f"Pharmacy case {ref}  -  page {{page}} of {{pages}}", "KP Colorado Pharmacy | {page}",
                         f"{{page}}/{{pages}}   {ref}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    svc = c.services[0]
    b: list[Block] = []
    unit = w.pick(["Pharmacy Prior Authorization", "Clinical Pharmacy Services - Drug Review",
                   "Pharmacy Utilization Management"])
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Colorado", unit],
                   right=["Kaiser Foundation Health Plan of Colorado", f"Tel {rx_ph}  Fax {rx_fax}", "TTY 711"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    ids = [f"Member number: {w.mid()}", f"Case: {ref}"]
    if erisa:
        ids.append(f"Group: {c.extra['employer']}")
    addr_blocks = [w.p(w.name(), space_before=8)] + [w.p(x, space_before=0) for x in c.member_addr]
    addr_blocks.append(w.p("   |   ".join(ids), size=st.size - 0.5, space_before=8))
    addr_at = len(b)
    b += addr_blocks
    title = w.pick(["Prior authorization decision for a prescription drug", "Your medication request was not approved",
                    "Notice of pharmacy coverage decision"])
    if urgent:
        title += w.pick([" (expedited review)", " - urgent request"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    written = b23date(c.extra["co_written"], c.extra["b23_fmt"])
    if variant == 2:
        box = [f"Drug: {_cap(drug['what'])}" + (f" ({svc['codes'][0]})" if svc["codes"] else ""),
               f"Prescriber: {prov}", "Decision: " + ("Not covered" if not mn else "Not approved - step therapy")]
        if rec:
            box.append(f"Request received: {rec}")
        if dec:
            box.append(f"Decided: {dec}")
        box = [f"**{w.pick(['Summary of this decision', 'At a glance', 'Decision summary'])}"] + box
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    intro = w.pick([
        f"{prov} asked us to cover {w.svc_with_codes(svc, 0)} for you (prescription dated {written}).",
        f"Your prescriber, {prov}, sent a prior authorization request for {w.svc_with_codes(svc, 2)}. The "
        f"prescription was written on {written}.",
    ])
    if rec and variant != 2:
        intro += w.pick([f" The request reached our pharmacy team on {rec}.", f" We received it {rec}."])
    if dec and variant != 2:
        intro += w.pick([f" A decision was made on {dec}.", f" Our review was completed {dec}."])
    dxline = (w.pick(["Diagnosis on the prescription: ", "Condition being treated: ", "Diagnosis: "]) +
              "; ".join(w.dx(d) for d in c.diagnoses) + ".")
    if variant == 2:  # the summary box sits beside the address block
        b[addr_at:addr_at + len(addr_blocks)] = [Block(
            "sidebar", left=[w.name()] + list(c.member_addr) + [""] + ids, right=box, boxed=True,
            shade=w.chance(0.5), side_w=w.pick([0.44, 0.48]), align="right", space_before=8, size=st.size - 0.5)]
    b.append(w.p(intro))
    b.append(w.p(dxline))
    # the decision and reason
    blocks_reason = [w.h(w.pick(["Our decision", "What we decided and why", "Reason for the decision"]),
                         space_before=10),
                     w.p(w.pick(["", "Reason: ", "Why: "]) + M("REASON", w.reason))]
    trial = c.extra["co_trial"]
    if mn and trial and not _bare(c):
        f = c.extra["b23_fmt"]
        blocks_reason.append(w.p(w.pick([
            f"Medication history we reviewed: {trial[0]} from {b23date(trial[1], f)} to {b23date(trial[2], f)}; "
            f"last visit with your prescriber {b23date(c.extra['co_visit'], f)}.",
            f"Pharmacy records show {trial[0]} filled from {b23date(trial[1], f)} through {b23date(trial[2], f)}. "
            f"Office notes from {b23date(c.extra['co_visit'], f)} were also reviewed.",
        ])))
    if c.criteria:
        blocks_reason.append(w.p(w.pick(["We used ", "Criteria applied: ", "The review followed "]) +
                                 M("CRITERIA", c.criteria[0]) + w.pick([".", "; a free copy is available on request."])))
    if not mn and not _has(c, "notice.plan_provision"):
        doc = "Summary Plan Description" if erisa else "Evidence of Coverage"
        blocks_reason.append(w.p(w.pick([
            f"See your {doc}, \"Outpatient Prescription Drugs\", under \"Exclusions\": drugs prescribed for weight "
            "loss or weight management are not covered.",
            f"The exclusion is in the \"Outpatient Prescription Drug Benefit\" section of your {doc} (excluded "
            "items: medicines used for weight loss).",
        ])))
    # alternatives (distractors)
    alts = [a for a, _ in drug["alts"]]
    alt_blocks: list[Block] = []
    if mn:
        alt_head = w.pick(["Preferred alternatives on the formulary", "Medicines to try first",
                           "Formulary options your prescriber can order"])
    else:
        alt_head = w.pick(["What your plan does cover", "Covered options to discuss with your doctor"])
    alt_blocks.append(w.h(alt_head, space_before=10))
    if variant == 0:
        rows = [["Drug requested", "Preferred alternatives" if mn else "Covered instead"]]
        for k, a in enumerate(alts):
            rows.append([_cap(drug["what"]) if k == 0 else "", a])
        alt_blocks.append(Block("table", rows=rows, space_before=4, size=st.size - 0.5))
    elif variant == 1:
        for k, a in enumerate(alts, 1):
            alt_blocks.append(w.p(f"{'Step' if mn else 'Option'} {k}: {a}", indent=14, space_before=2))
    else:
        lead = (w.pick(["The plan's preferred choices are ", "Try first: "]) if mn
                else w.pick(["Options that are covered: ", "Your plan covers "]))
        alt_blocks.append(w.p(lead + join_and(alts, "or") + "."))
    if mn:
        alt_blocks.append(w.p(w.pick([
            "If you have already tried these medicines, or cannot take them for a medical reason, your prescriber "
            "can ask for a formulary exception and send the records that show it.",
            "A formulary exception may be requested by your prescriber when the preferred drugs were tried and did "
            "not work, caused side effects, or would not be safe for you.",
        ])))
        alt_blocks.append(w.p(w.pick([
            f"Prescribers with questions may call the clinical pharmacist on this case, {c.extra['co_pharmacist']}, "
            f"at {c.extra['co_pharmacist_phone']}.",
            f"Pharmacy contact for your prescriber's office: {c.extra['co_pharmacist']}, "
            f"{c.extra['co_pharmacist_phone']}.",
        ])))
    order = w.chance(0.5)
    b += (blocks_reason + alt_blocks) if order else (alt_blocks + blocks_reason)
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["This decision was made by", "The reviewer for this request was"])),
                     space_before=8))
    elif mn:
        b.append(w.p("This decision was reviewed by a Kaiser Permanente Colorado physician.", space_before=8))
    # rights
    rights: list[Block] = [w.h(w.pick(["Your appeal rights", "If you disagree with this decision",
                                       "How to ask us to reconsider"]), space_before=10)]
    if c.appeal_phrase:
        rights.append(w.p(w.pick([
            f"You, your prescriber or someone you name may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after "
            f"you receive this letter. Call {rx_ph}, fax {rx_fax}, or write to the address above.",
            f"An appeal must be filed within {M('APPEAL_DAYS', c.appeal_phrase)} of the date you get this notice; "
            f"send it in writing or call us at {rx_ph}.",
        ])))
    if not _has(c, "notice.expedited_review"):
        rights.append(w.p(w.pick([
            "If waiting for a standard appeal could seriously jeopardize your life, health or ability to regain "
            "maximum function, ask for an expedited appeal. We decide expedited appeals within 72 hours.",
            "Urgent situations: an expedited (fast) appeal is decided within 72 hours. You or your prescriber can "
            "ask for one by phone.",
        ])))
    if not _has(c, "notice.external_review"):
        rights.append(w.p(w.pick([
            "If we uphold this decision on appeal, you may ask for an external review by an independent review "
            "organization within 4 months after you receive our final decision (45 CFR 147.136). There is no cost "
            "to you.",
            "After our internal appeal you have the right to a free external review by an independent review "
            "organization; the request must be made within 4 months of receiving the final internal decision "
            "(45 CFR \u00a7 147.136). Urgent external reviews are decided within 72 hours.",
        ])))
    if erisa:
        rights.append(w.p(w.pick([
            "Your coverage is provided through an employer plan subject to ERISA. After you complete the appeal "
            "process, you may bring a civil action under section 502(a) of ERISA.",
            "You also have the right to sue under ERISA section 502(a) once the plan's appeal process is complete.",
        ])))
    rights.append(w.p(w.pick([
        "You may ask for free copies of the documents, records and criteria used in this decision, and for the "
        "diagnosis and drug codes and what they mean.",
        "Copies of everything we relied on, including the criteria, are free on request.",
    ])))
    if not _has(c, "notice.consumer_assistance"):
        if erisa:
            rights.append(w.p("Help with ERISA plans: Employee Benefits Security Administration, U.S. Department of "
                              "Labor, 1-866-444-3272 (check your plan documents for current contact information)."))
        else:
            rights.append(w.p(w.pick([
                "The Colorado Division of Insurance can help you with an appeal or a complaint about your "
                "coverage; see its website for current contact details.",
                "Consumer help: you may contact the Colorado Division of Insurance for assistance at no cost.",
            ])))
    if w.chance(0.5):
        rights.append(w.p(w.pick(["Member Services (Denver/Boulder): 303-338-3800, TTY 711.",
                                  "Questions about your benefits: Member Services, 303-338-3800 (TTY 711)."])))
    if w.chance(0.4):
        b += rights
        b += _signoff(w, f"{unit}, Kaiser Permanente Colorado", "Kaiser Foundation Health Plan of Colorado")
    else:
        b += _signoff(w, f"{unit}, Kaiser Permanente Colorado", "Kaiser Foundation Health Plan of Colorado")
        b += rights
    b.append(w.p(f"cc: {prov}, {c.extra['co_clinic']}", size=8.2, space_before=6))
    b += _taglines(w, "CO", f"{rx_ph} (TTY 711)", w.pick([None, "Language assistance", "Free help in your language"]),
                   english_first=w.chance(0.4))
    if w.chance(0.3):
        b += _nondiscrimination(w, f"{rx_ph} (TTY 711)", w.chance(0.5))
    return b, st, ["co_rx_two_column", "co_rx_steps", "co_rx_summary_box"][variant]


BLIND23_TEMPLATES["blind23_co_pharmacy_step_therapy"] = (t_b23_co, dict(
    plans=["commercial_hmo", "erisa_group"], states=["CO"], kinds=["initial_denial"],
    cats=["medical_necessity", "not_covered"], reason=reason_b23_co))
MODELED_ON["blind23_co_pharmacy_step_therapy"] = (
    "blind23: Kaiser Permanente Colorado commercial HMO or ERISA employer plan pharmacy prior-authorization letter: "
    "step therapy refusals of risankizumab, erenumab, vedolizumab (J3380) or ferric carboxymaltose (J1439) naming "
    "the formulary alternatives to try first, and weight-loss exclusion refusals of semaglutide or tirzepatide citing "
    "the Evidence of Coverage or Summary Plan Description; alternatives in a two-column table, numbered steps or "
    "a boxed summary; prescriber as requesting provider, physician reviewer or pharmacy unit, a clinical pharmacist "
    "contact, formulary exception; 180-day appeal, 72-hour expedited appeal, external review within 4 months, "
    "Colorado Division of Insurance by name or EBSA and ERISA 502(a), taglines")


# === 2. Medi-Cal: Notice of Action reducing or ending home nursing ================================================

_MC_SVCS = [
    dict(key="sn_reduce", kind="reduce",
         texts=["Skilled nursing visits in the home by a registered nurse",
                "Home health skilled nursing visits (RN)"], code="G0299",
         before="3 visits a week", after="1 visit a week"),
    dict(key="sn_end", kind="end",
         texts=["Skilled nursing visits in the home by a registered nurse",
                "Registered nurse home visits (home health)"], code="G0299",
         before="2 visits a week", after="none"),
    dict(key="shift_reduce", kind="reduce",
         texts=["In-home nursing care by a licensed vocational nurse, per hour",
                "Hourly in-home LVN nursing"], code="S9124",
         before="56 hours a week", after="40 hours a week"),
    dict(key="shift_rn_reduce", kind="reduce",
         texts=["In-home nursing care by a registered nurse, per hour", "Hourly in-home RN nursing"], code="S9123",
         before="40 hours a week", after="24 hours a week"),
]
_MC_AIDE = dict(texts=["Home health aide visits", "Home health aide services in the home"], code="G0156",
                before="3 visits a week", after="none")
_MC_DX = {
    "wound": dict(dx=[(["Pressure ulcer of sacral region, stage 3"], "L89.153")],
                  facts=["the sacral wound has closed to less than 1 cm and is healing without signs of infection",
                         "your daughter has been trained and now changes the dressing correctly, as the nurse's "
                         "notes confirm"],
                  crit=["InterQual Home Care Criteria: Wound Care", "Kaiser Permanente Home Health Services "
                                                                   "Guideline"]),
    "dm_foot": dict(dx=[(["Type 2 diabetes mellitus with foot ulcer"], "E11.621"),
                        (["Non-pressure chronic ulcer of left heel and midfoot limited to breakdown of skin"],
                         "L97.421")],
                    facts=["the heel ulcer has healed and your blood sugar log has been stable for four weeks",
                           "you now check your feet and give your own insulin, as the nurse's teaching notes show"],
                    crit=["InterQual Home Care Criteria", "Kaiser Permanente Home Health Services Guideline"]),
    "trach": dict(dx=[(["Chronic respiratory failure with hypoxia"], "J96.11"), (["Tracheostomy status"], "Z93.0")],
                  facts=["you have not needed suctioning more than twice a shift for the last 30 days",
                         "your family caregivers have completed tracheostomy care training and passed the "
                         "skills check"],
                  crit=["Medi-Cal Provider Manual: Home Health Agencies", "Kaiser Permanente Private Duty Nursing "
                                                                           "Guideline"]),
    "hf": dict(dx=[(["Chronic diastolic (congestive) heart failure"], "I50.32")],
               facts=["your weight and blood pressure have stayed in your target range for six weeks",
                      "you take your medicines on your own using a pill organizer, as the nurse documented"],
               crit=["InterQual Home Care Criteria", "Kaiser Permanente Home Health Services Guideline"]),
}
_MC_AGENCIES = ["Golden Poppy Home Health", "Bayside Visiting Nurses", "Valley Oak Home Care Services",
                "Sierra Crest Home Health Agency", "Pacific Bloom Home Nursing"]
_MC_NP_TITLES = ["Home Health Authorization Coordinator", "Utilization Review Nurse", "Care Transitions Specialist"]


def _mc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b23_mc"):
        return
    c.extra["b23_mc"] = True
    _fmt(w)
    svc = w.pick(_MC_SVCS)
    if svc["key"].startswith("shift"):
        dxkey = "trach"
    else:
        dxkey = w.pick(["wound", "dm_foot", "hf"])
    c.extra["mc_svc"], c.extra["mc_dx"] = svc, _MC_DX[dxkey]
    lines = [dict(text=w.pick(svc["texts"]), codes=[svc["code"]], decision="denied", before=svc["before"],
                  after=svc["after"])]
    if not svc["key"].startswith("shift") and w.chance(0.4):
        lines.append(dict(text=w.pick(_MC_AIDE["texts"]), codes=[_MC_AIDE["code"]], decision="denied",
                          before=_MC_AIDE["before"], after=_MC_AIDE["after"]))
    c.services = lines
    dxs = _MC_DX[dxkey]["dx"]
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in dxs]
    if len(c.diagnoses) > 1 and w.chance(0.3):
        c.diagnoses = c.diagnoses[:1]
    c.extra["mc_facts"] = list(_MC_DX[dxkey]["facts"])
    c.criteria = [] if _bare(c) or _has(c, "notice.criteria_cited") else [w.pick(_MC_DX[dxkey]["crit"])]
    c.service = None
    c.provider = _doctor(w)
    c.extra["mc_agency"] = w.pick(_MC_AGENCIES)
    c.extra["mc_agency_phone"] = phone(w.rng, "CA")
    c.extra["mc_effective"] = c.letter + dt.timedelta(days=w.rng.randint(10, 14))
    c.extra["mc_soc"] = c.letter - dt.timedelta(days=w.rng.randint(70, 200))
    c.extra["mc_auth_end"] = c.letter + dt.timedelta(days=w.rng.randint(20, 40))
    c.extra["mc_note"] = (c.received or c.letter) - dt.timedelta(days=w.rng.randint(2, 9))
    c.extra["mc_barcode"] = " ".join(f"{w.rng.randint(0, 9999):04d}" for _ in range(5))
    c.extra["mc_pobox"] = f"P.O. Box {w.rng.randint(1200, 9800)}"
    c.extra["mc_unit_phone"] = phone(w.rng, "CA")
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _MC_NP_TITLES)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Internal Medicine", "Family Medicine", "Physical Medicine and Rehabilitation",
                         "Pulmonary Medicine"] if dxkey == "trach" else ["Internal Medicine", "Family Medicine",
                                                                         "Geriatric Medicine"],
                     ["Physician Reviewer", "Medical Director, Continuing Care", "Reviewing Physician"], "CA",
                     p_phone=0.7)
    _flags(c)


def reason_b23_mc(w: W) -> str:
    _mc_setup(w)
    c = w.c
    s = c.services[0]
    if _bare(c):
        return w.pick(["The services are no longer medically necessary.", "Medical necessity criteria are not met.",
                       "This level of service is not needed."])
    facts = c.extra["mc_facts"]
    change = "end" if s["after"] == "none" else f"go down from {s['before']} to {s['after']}"
    return w.pick([
        f"Your nursing care will {change} because {facts[0]}, and {facts[1]}.",
        f"The records show that {facts[0]} and that {facts[1]}; skilled nursing at the current amount is no longer "
        "medically necessary.",
        f"{_cap(facts[0])}. Also, {facts[1]}. For these reasons the visits are no longer medically necessary at "
        "the level you have now.",
    ])


def _mc_dmhc(w: W, ph: str) -> Block:
    t = w.pick([
        "The California Department of Managed Health Care is responsible for regulating health care service plans. "
        f"If you have a grievance against your health plan, you should first telephone your health plan at {ph} "
        "and use your health plan's grievance process before contacting the department. Using this grievance "
        "procedure does not prohibit any potential legal rights or remedies that may be available to you. If you "
        "need help with a grievance involving an emergency, a grievance that has not been satisfactorily resolved "
        "by your health plan, or a grievance that has remained unresolved for more than 30 days, you may call the "
        "department for assistance. You may also be eligible for an Independent Medical Review (IMR). If you are "
        "eligible for IMR, the IMR process will provide an impartial review of medical decisions made by a health "
        "plan related to the medical necessity of a proposed service or treatment, coverage decisions for "
        "treatments that are experimental or investigational in nature and payment disputes for emergency or "
        "urgent medical services. The department also has a toll-free telephone number (1-888-466-2219) and a TDD "
        "line (1-877-688-9891) for the hearing and speech impaired. The department's internet website "
        "www.dmhc.ca.gov has complaint forms, IMR application forms and instructions online.",
    ])
    return Block("para", text=t, bold=True, size=12.0, space_before=8)


def t_b23_mc(w: W):
    _mc_setup(w)
    c = w.c
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 before/after table, 1 prose, 2 rights grid
    st = _style(w, ["helvetica", "times", "courier"] if variant == 1 else ["helvetica", "times"], [9.5, 10.0])
    f = c.extra["b23_fmt"]
    eff = b23date(c.extra["mc_effective"], f)
    ms = "1-800-464-4000"
    unit_ph = c.extra["mc_unit_phone"]
    ref = c.ids["ref"]
    st.footer = [w.pick([f"NOA {ref}   Page {{page}} of {{pages}}", "Medi-Cal Notice of Action - {page}",
                         f"{{page}} | {c.member_id}"])]
    st.footer_align = w.pick(["center", "left", "right"])
    prov = M("PROVIDER", c.provider)
    agency = c.extra["mc_agency"]
    city, zp = w.pick([("Pasadena", "911"), ("Downey", "902")] if c.region == "Southern California"
                      else [("Oakland", "946"), ("Sacramento", "958")])
    b: list[Block] = []
    # mailing window block
    ret = ["Kaiser Permanente", w.pick(["Medi-Cal Continuing Care Review", "Home Health Utilization Review",
                                        "Medi-Cal Member Notices"]), c.extra["mc_pobox"],
           f"{city}, CA {zp}{w.rng.randint(0, 99):02d}"]
    b += [w.p(x, size=8.2, space_before=0) for x in ret]
    b.append(Block("space", height=w.pick([18.0, 26.0, 34.0])))
    b.append(w.p(c.extra["mc_barcode"], size=8.5, space_before=0, indent=36))
    b.append(w.p(w.name(), indent=36, space_before=2))
    b += [w.p(x, indent=36, space_before=0) for x in c.member_addr]
    b.append(Block("space", height=w.pick([16.0, 24.0])))
    b.append(Block("rule", space_before=4))
    hdr = [f"Notice date: {_dm(w, 'DATE_LETTER', c.letter)}", f"Member ID: {w.mid()}", f"Notice number: {ref}"]
    if variant == 2:
        b.append(Block("twocol", left=hdr[:2], right=hdr[2:] + ["Medi-Cal plan: Kaiser Permanente"],
                       space_before=6))
    else:
        b += [w.p(x, space_before=1) for x in hdr]
    title = w.pick(["NOTICE OF ACTION", "Notice of Action", "NOTICE OF ACTION - Change to Your Home Nursing"])
    b.append(w.h(title, space_before=10, size=st.size + 3))
    ending = all(s["after"] == "none" for s in c.services)
    b.append(w.h(w.pick([("Your home nursing visits will stop" if ending else "Your home nursing care will be "
                          "reduced") + f" on {eff}",
                         f"About: {'ending' if ending else 'reducing'} in-home nursing services, effective {eff}"]),
                 space_before=4))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    soc = b23date(c.extra["mc_soc"], f)
    auth_end = b23date(c.extra["mc_auth_end"], f)
    intro = w.pick([
        f"You have been receiving nursing care at home from {agency} since {soc}, ordered by {prov}. ",
        f"{prov} ordered home nursing for you, and {agency} has provided it since {soc}. ",
    ])
    if rec:
        intro += w.pick([f"{agency} asked us to keep the care going, and we received its request on {rec}. ",
                         f"The agency's request to continue your care reached us on {rec}. "])
    else:
        intro += "We reviewed your care to see whether it should continue. "
    if dec:
        intro += w.pick([f"We made our decision on {dec}.", f"Decision date: {dec}."])
    b.append(w.p(intro.strip()))
    b.append(w.p(w.pick([
        f"Kaiser Permanente is {'stopping' if ending else 'reducing'} the following services starting {eff}. Your "
        f"current authorization would otherwise have run through {auth_end}.",
        f"Starting {eff}, the following services will {'end' if ending else 'change'}. (Your approved period had "
        f"been set to end {auth_end}.)",
    ])))
    if variant == 0:
        rows = [["Service", "Code", "Now", f"Starting {eff}"]]
        for s in c.services:
            rows.append([M("SERVICE", s["text"]), w.code(s["codes"][0]), s["before"],
                         "Stopped" if s["after"] == "none" else s["after"]])
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 0.5))
    else:
        for s in c.services:
            change = "will stop" if s["after"] == "none" else f"will change to {s['after']}"
            b.append(w.p(f"- {w.svc_with_codes(s)}: now {s['before']}; {change}.", indent=12, space_before=2))
    b.append(w.p(w.pick(["Health condition: ", "Diagnosis: ", "Your diagnosis on the home health order: "]) +
                 "; ".join(w.dx(d) for d in c.diagnoses) + "."))
    b.append(w.h(w.pick(["Why we are making this change", "The reason for our action", "Reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We read the nurse's visit notes, the latest dated {b23date(c.extra['mc_note'], f)}, and the plan of "
            "care your doctor signed.",
            f"Records reviewed include the home health plan of care and visit notes through "
            f"{b23date(c.extra['mc_note'], f)}.",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["The decision was based on ", "We used "]) + M("CRITERIA", c.criteria[0]) +
                     w.pick([". You can ask for a free copy.", "."])))
    if c.reviewer:
        b.append(w.p(_reviewer_line(w, w.pick(["The reviewer was", "This decision was made by"]))))
    b.append(w.p(w.pick([
        f"Please talk with {prov} or {agency} ({c.extra['mc_agency_phone']}) about how your care will continue.",
        f"Your nurse from {agency} will go over the change with you before {eff}.",
    ])))
    b.append(w.p(w.pick([f"Questions about this notice: Continuing Care Review, {unit_ph} (weekdays).",
                         f"To talk about this notice, call our review nurses at {unit_ph}."])))
    if urgent:
        b.append(w.p("Your doctor asked for a fast review, so this review was expedited."))
    b.append(w.p(w.pick(["Sincerely,", "Sincerely yours,"]), space_before=8))
    if c.reviewer:
        b.append(w.p(c.reviewer["name"] + (f", {c.reviewer['credentials']}" if c.reviewer["credentials"] else "")
                     + f" - {c.reviewer_title}", space_before=3))
    else:
        b.append(w.p("Continuing Care Utilization Management", space_before=3))
    b.append(w.p("Kaiser Foundation Health Plan, Inc., Medi-Cal", space_before=0))
    b.append(w.p(f"cc: {prov}; {agency}", size=8.2, space_before=6))
    # YOUR RIGHTS
    b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["YOUR RIGHTS", "Your Rights Under Medi-Cal", "YOUR RIGHTS - Read this page"]),
                 size=st.size + 2, space_before=4))
    days = M("APPEAL_DAYS", c.appeal_phrase) if c.appeal_phrase else ""
    cob = not _has(c, "notice.continuation_of_benefits")
    if variant == 2:
        rows = []
        if days:
            rows.append(["Appeal this decision", f"Ask Kaiser Permanente for an appeal within {days} from the date "
                                                 f"of this notice. Call {ms} (TTY 711) or write to us."])
        rows.append(["Get a fast appeal", "If waiting could seriously harm your health, ask for an expedited "
                                          "appeal; we decide within 72 hours."])
        if cob:
            rows.append(["Keep your current services during the appeal", "File the appeal within 10 days of the "
                         f"date of this notice or before {eff}, whichever is later, and ask that your services "
                         "continue (aid paid pending)."])
        rows.append(["Ask for a State Hearing", "After our appeal decision, if you still disagree, ask the "
                     "California Department of Social Services for a State Hearing within 120 days of the date of "
                     "our appeal decision letter. Call (800) 743-8525, TDD (800) 952-8349."])
        rows.append(["Ask for an Independent Medical Review", "Apply to the Department of Managed Health Care, if "
                     "you have not already asked for a State Hearing."])
        b.append(Block("twocol", left=["**If you want to"], right=["**What to do"], space_before=6))
        for label, text in rows:
            b.append(Block("sidebar", left=[text], right=[f"**{label}"], align="left", side_w=0.3, shade=True,
                           space_before=3, size=st.size - 0.5))
    else:
        if days:
            b.append(w.p(w.pick([
                f"Appeal: You have {days} from the date of this notice to ask Kaiser Permanente for an appeal. "
                f"Call Member Services at {ms} (TTY 711), or write to us at the address above.",
                f"You may file an appeal with us. The appeal must be made within {days} from the date on this "
                f"notice, by phone ({ms}, TTY 711) or in writing.",
            ])))
        b.append(w.p(w.pick([
            "Expedited appeal: if your doctor or you believe that waiting 30 days could seriously harm your health, "
            "ask for an expedited appeal. We will decide within 72 hours.",
            "If your health could be seriously harmed by waiting, ask for a fast (expedited) appeal; we answer "
            "within 72 hours.",
        ])))
        if cob:
            b.append(w.p(w.pick([
                "Continuing your services: you can keep getting the services that are being reduced or stopped "
                "while your appeal is decided (aid paid pending). To do this, file your appeal within 10 days of "
                f"the date of this notice or before {eff}, whichever is later, and ask for your services to "
                "continue.",
                f"Aid paid pending: if you appeal within 10 days from the date of this notice, or before {eff}, and "
                "say you want to keep your services, they will continue until the appeal is decided.",
            ])))
        b.append(w.p(w.pick([
            "State Hearing: if we do not decide the appeal in your favor, you may ask for a State Hearing with "
            "the California Department of Social Services within 120 days from the date of our appeal decision. "
            "If we do not answer your appeal within 30 days, you may ask for a State Hearing then. Call (800) "
            "743-8525 (TDD (800) 952-8349) or write to the CDSS State Hearings Division.",
            "After the appeal, you can ask the California Department of Social Services for a State Hearing. Ask "
            "within 120 days of the date on our appeal decision letter (or sooner if we do not decide within 30 "
            "days). Phone (800) 743-8525; TDD (800) 952-8349.",
        ])))
        b.append(w.p(w.pick([
            "Independent Medical Review: you may also ask the Department of Managed Health Care for an "
            "Independent Medical Review, unless you have already asked for a State Hearing.",
            "You may be able to get an Independent Medical Review from the DMHC instead; an IMR is not available "
            "once you have asked for a State Hearing on the same issue.",
        ])))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and criteria we used to make this decision.",
        "Free of charge, we will send you copies of the records and the medical necessity criteria used.",
    ])))
    b.append(w.p(w.pick([
        "Help: the Medi-Cal Managed Care and Mental Health Office of the Ombudsman, 1-888-452-8609, can help you "
        "with problems with your plan.",
        "For free help, call the Office of the Ombudsman for Medi-Cal managed care at 1-888-452-8609 (TTY: "
        "California Relay 711).",
    ])))
    b.append(w.p("You may have someone, such as a family member, friend or lawyer, help you or speak for you."))
    if not _has(c, "notice.dmhc_statement"):
        b.append(_mc_dmhc(w, ms))
    # taglines on their own page
    tags = _taglines(w, "CA", f"{ms} (TTY 711)", w.pick(["Language Assistance Services", "Free language help",
                                                          "Help in your language"]), keep_all=True,
                     english_first=True)
    if tags:
        b.append(Block("pagebreak"))
        b += tags
    if w.chance(0.5):
        b += _nondiscrimination(w, f"{ms} (TTY 711)", True)
    return b, st, ["mcal_noa_table", "mcal_noa_prose", "mcal_noa_rights_grid"][variant]


BLIND23_TEMPLATES["blind23_medi_cal_home_nursing_noa"] = (t_b23_mc, dict(
    plans=["medi_cal"], states=["CA"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b23_mc))
MODELED_ON["blind23_medi_cal_home_nursing_noa"] = (
    "blind23: Kaiser Permanente Medi-Cal Notice of Action reducing or ending skilled nursing home visits, home health "
    "aide visits or hourly in-home nursing with an effective date; mailing-window block with return address, a "
    "barcode-like line of digits and the member address; before/after table, prose list or rights grid; Your "
    "Rights page with 60-day appeal, aid paid pending within 10 days or before the effective date, 72-hour "
    "expedited appeal, State Hearing within 120 days (CDSS numbers), IMR unless a State Hearing was asked first, "
    "DMHC statement in bold, Ombudsman; taglines in 15 languages on their own page")


# === 3. Washington / Northwest Medicare Advantage: skilled nursing facility coverage ends ======================

_SNF_CASES = [
    dict(key="hip", dx=[(["Displaced intertrochanteric fracture of right femur, subsequent encounter for closed "
                          "fracture with routine healing"], "S72.141D"), (["Unsteadiness on feet"], "R26.81")],
         fact="you now walk 150 feet with a front-wheeled walker and supervision and climb four steps with a rail, "
              "which your family can help with at home",
         therapy=("Physical therapy, therapeutic exercise", "97110"),
         plan="home with your spouse, with home physical therapy and a shower chair"),
    dict(key="stroke", dx=[(["Hemiplegia and hemiparesis following cerebral infarction affecting right dominant "
                             "side"], "I69.351")],
         fact="you dress and feed yourself with set-up help only and move from bed to chair with standby assistance, "
              "and your therapy gains have levelled off over the last two weeks",
         therapy=("Occupational therapy, therapeutic activities", "97530"),
         plan="to your daughter's home, with outpatient occupational therapy twice a week"),
    dict(key="knee", dx=[(["Aftercare following joint replacement surgery"], "Z47.1"),
                         (["Presence of left artificial knee joint"], "Z96.652")],
         fact="your knee bends to 95 degrees, you walk independently with a cane and you manage stairs, so your "
              "remaining therapy can be given as an outpatient",
         therapy=("Physical therapy, gait training", "97116"),
         plan="home alone with a cane, outpatient physical therapy and a follow-up with your surgeon"),
    dict(key="pneumonia", dx=[(["Pneumonia, unspecified organism"], "J18.9"), (["Other malaise"], "R53.81")],
         fact="you no longer need oxygen, your antibiotics are finished, and you walk the hallway twice a day on "
              "your own",
         therapy=("Physical therapy, therapeutic exercise", "97110"),
         plan="home, with a visiting nurse for two weeks and your regular primary care follow-up"),
]
_SNF_FACILITIES = {
    "WA": ["Evergreen Terrace Rehabilitation", "Puget Heights Post-Acute Center", "Cascade View Care Center",
           "Lakeside Transitional Care of Bellevue"],
    "NW": ["Willamette Gardens Rehabilitation", "Columbia River Post-Acute", "Rose City Transitional Care",
           "Mount Tabor Health and Rehab"],
}
_NW_CITIES = {"OR": [("Portland", "972"), ("Beaverton", "970"), ("Salem", "973"), ("Gresham", "970"),
                     ("Hillsboro", "971")],
              "WA": [("Vancouver", "986"), ("Camas", "986"), ("Longview", "986"), ("Battle Ground", "986")]}
_SNF_NP_TITLES = ["Skilled Nursing Utilization Coordinator", "Care Transitions Nurse", "Post-Acute Care Specialist"]


def _snf_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b23_snf"):
        return
    c.extra["b23_snf"] = True
    _fmt(w)
    nw = c.region == "Northwest"
    if nw:
        city, zp = w.pick(_NW_CITIES[c.state])
        c.member_addr = [f"{w.rng.randint(100, 9899)} {w.pick(['NE', 'SE', 'NW', 'SW'])} "
                         f"{w.pick(['Alder', 'Fremont', 'Hawthorne', 'Division', 'Mill Plain', 'Stark'])} "
                         f"{w.pick(['St', 'Ave', 'Blvd'])}", f"{city}, {c.state} {zp}{w.rng.randint(0, 99):02d}"]
    else:
        c.member_addr = address(w.rng, "WA", "Washington")
    case = w.pick(_SNF_CASES)
    c.extra["snf_case"] = case
    stay = w.pick(["skilled nursing facility care (continued stay)", "continued skilled nursing facility stay",
                   "skilled nursing facility days"])
    c.services = [dict(text=stay, codes=[], decision="denied")]
    if w.chance(0.6):
        c.services.append(dict(text=case["therapy"][0], codes=[case["therapy"][1]], decision="denied"))
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in case["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.3):
        c.diagnoses = c.diagnoses[:1]
    if _bare(c) or _has(c, "notice.criteria_cited"):
        c.criteria = []
    elif _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(["InterQual Subacute and SNF Criteria",
                              "Kaiser Permanente Skilled Nursing Facility Level of Care Guideline"])]
    else:
        c.criteria = [w.pick(["Medicare Benefit Policy Manual, Chapter 8, Section 30 (skilled nursing facility "
                              "level of care)", "42 CFR 409.31"])]
    c.service = None
    fac = w.pick(_SNF_FACILITIES["NW" if nw else "WA"])
    c.extra["snf_facility"] = fac
    # the facility's request for more days: printed in some letters (then the facility is the requesting provider)
    if w.chance(0.7):
        c.provider = fac
        c.received = c.letter - dt.timedelta(days=w.rng.randint(1, 3))
        if c.decision and c.decision < c.received:
            c.decision = c.received
    else:
        c.provider = None
        c.received = None
    last = D.add_business(c.letter, 2) if w.chance(0.5) else c.letter + dt.timedelta(days=2)
    c.extra["snf_last"] = last
    adm = c.letter - dt.timedelta(days=w.rng.randint(12, 30))
    c.extra["snf_hosp_out"] = adm
    c.extra["snf_adm"] = adm
    c.extra["snf_hosp_in"] = adm - dt.timedelta(days=w.rng.randint(3, 6))
    c.extra["snf_pt_eval"] = adm + dt.timedelta(days=1)
    c.extra["snf_reeval"] = adm + dt.timedelta(days=w.rng.randint(8, 11))
    if c.extra["snf_reeval"] >= c.letter:
        c.extra["snf_reeval"] = c.letter - dt.timedelta(days=2)
    c.extra["snf_conf"] = D.add_business(c.letter, -1)
    att, _, _ = person(w.rng, 0.1)
    c.extra["snf_attending"] = f"Dr. {att}"
    cm, _, _ = person(w.rng, 0.1)
    c.extra["snf_cm"] = cm
    c.extra["snf_fac_phone"] = phone(w.rng, "OR" if nw else "WA")
    c.extra["snf_unit_phone"] = phone(w.rng, "OR" if nw else "WA")
    if _has(c, "process.reviewer_not_physician"):
        _np_reviewer(w, _SNF_NP_TITLES)
    elif w.chance(0.2):
        c.reviewer = None
    else:
        _md_reviewer(w, ["Geriatric Medicine", "Physical Medicine and Rehabilitation", "Internal Medicine"],
                     ["Physician Reviewer, Post-Acute Care", "Medical Director, Skilled Nursing Services",
                      "Reviewing Physician"], "OR" if nw else "WA")
    _flags(c)


def reason_b23_snf(w: W) -> str:
    _snf_setup(w)
    c = w.c
    fact = c.extra["snf_case"]["fact"]
    if _bare(c):
        return w.pick(["Skilled care is no longer needed.", "You no longer meet the skilled level of care.",
                       "Continued stay is not medically necessary."])
    return w.pick([
        f"You no longer need daily skilled nursing or therapy care: {fact}.",
        f"Our review of the facility's notes shows that {fact}; daily skilled care in a nursing facility is no "
        "longer medically necessary.",
        f"{_cap(fact)}, so you no longer need the daily skilled services that Medicare covers in a skilled nursing "
        "facility.",
    ])


def t_b23_snf(w: W):
    _snf_setup(w)
    c = w.c
    nw = c.region == "Northwest"
    urgent = c.urgency == "expedited"
    variant = w.rng.randrange(3)  # 0 timeline table, 1 dated list, 2 timeline side box
    st = _style(w, ["helvetica", "times"], [10.0, 10.5, 11.0])
    f = c.extra["b23_fmt"]
    last = b23date(c.extra["snf_last"], f)
    pays = b23date(c.extra["snf_last"] + dt.timedelta(days=1), f)
    fac = c.extra["snf_facility"]
    unit_ph = c.extra["snf_unit_phone"]
    plan_name = "Kaiser Permanente Senior Advantage" if nw else "Kaiser Permanente Medicare Advantage"
    entity = "Kaiser Foundation Health Plan of the Northwest" if nw else "Kaiser Foundation Health Plan of Washington"
    ms_line = (f"our Skilled Nursing Review team at {unit_ph} (TTY 711)" if nw
               else "Member Services for Medicare members at 1-888-901-4600 (TTY 711)")
    ref = c.ids["ref"]
    st.footer = [w.pick([f"{plan_name}  |  {ref}  |  page {{page}}", "Page {page} of {pages}",
                         f"{c.member_id} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northwest" if nw else "Washington",
                         w.pick(["Post-Acute Care Management", "Skilled Nursing Review", "Continuing Care Services"])],
                   right=[entity, f"Phone {unit_ph}", "TTY 711"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    if w.chance(0.5):
        b.append(w.p(w.pick([f"Now staying at: {fac}", f"Copy delivered at {fac}"]), size=st.size - 1,
                     space_before=2))
    b.append(w.p(f"Member ID {w.mid()}   Plan: {plan_name}   Review number: {ref}", size=st.size - 0.5,
                 space_before=8))
    title = w.pick([f"Your skilled nursing facility coverage ends {last}",
                    "Important: your covered stay at the nursing facility is ending",
                    "We are ending coverage of your skilled nursing facility stay"])
    if urgent:
        title += " (expedited review)"
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=8))
    svcs = join_and([w.svc_with_codes(s) if s["codes"] else w.svc(s) for s in c.services])
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    adm = b23date(c.extra["snf_adm"], f)
    open_ = w.pick([
        f"You have been staying at {fac} since {adm} for care after your hospital stay. ",
        f"Since your admission to {fac} on {adm}, {plan_name} has covered your care there. ",
    ])
    if c.provider:
        open_ += w.pick([f"{M('PROVIDER', c.provider)} asked us to approve more covered days",
                         f"We reviewed a request from {M('PROVIDER', c.provider)} to extend your stay"])
        open_ += f", which we received on {rec}. " if rec else ". "
    else:
        open_ += "We review skilled nursing stays regularly to make sure they still meet Medicare's rules. "
    open_ += w.pick([f"Coverage of {svcs} will end after {last}.",
                     f"Your last covered day for {svcs} is {last}."])
    b.append(w.p(open_))
    if dec:
        b.append(w.p(w.pick([f"Our physician reviewer made this decision on {dec}.",
                             f"This decision was made on {dec}."])))
    b.append(w.p(w.pick(["Diagnoses on your facility record: ", "Your conditions: ", "Diagnosis: "]) +
                 "; ".join(w.dx(d) for d in c.diagnoses) + "."))
    b.append(w.p(w.pick([
        f"If you choose to stay at {fac} after {last}, you may have to pay for your care starting {pays}.",
        f"Days after {last} are not covered; care from {pays} on may be billed to you.",
    ]), bold=w.chance(0.5)))
    # timeline of the stay (distractor dates)
    tl = [("Hospital admission", c.extra["snf_hosp_in"]), ("Admitted to " + fac, c.extra["snf_adm"]),
          ("Therapy evaluation", c.extra["snf_pt_eval"]), ("Therapy re-evaluation", c.extra["snf_reeval"]),
          ("Care conference with you and your family", c.extra["snf_conf"]), ("Last covered day", c.extra["snf_last"])]
    tl_head = w.pick(["Timeline of your stay", "Your stay at a glance", "Key dates of your stay"])
    if variant == 0:
        rows = [["Event", "Date"]] + [[e, b23date(d, f)] for e, d in tl]
        b.append(w.h(tl_head, space_before=10))
        b.append(Block("table", rows=rows, space_before=4, size=st.size - 0.5))
    elif variant == 1:
        b.append(w.h(tl_head, space_before=10))
        for e, d in tl:
            b.append(w.p(f"{b23date(d, f)} - {e}", indent=12, space_before=1.5))
    else:
        side = [f"**{tl_head}"] + [f"{e}: {b23date(d, f)}" for e, d in tl]
        box_left = w.chance(0.5)
        main = [f"**{w.pick(['Your discharge plan', 'Planning for your discharge'])}",
                w.pick([f"The team at {fac} has planned your discharge {c.extra['snf_case']['plan']}.",
                        f"Your discharge plan, made with you at the care conference: {c.extra['snf_case']['plan']}."]),
                "", f"Case manager: {c.extra['snf_cm']}, {c.extra['snf_fac_phone']}.", "",
                w.pick([f"The dates in the box {'at left' if box_left else 'at right'} are for your records.",
                        "Keep this letter with your discharge papers."])]
        b.append(Block("sidebar", left=main, right=side, side_w=0.46, space_before=8, size=st.size - 1,
                       align="left" if box_left else "right"))
    # reason
    b.append(w.h(w.pick(["Why your coverage is ending", "The reason for our decision", "Reason"]), space_before=10))
    b.append(w.p(M("REASON", w.reason)))
    if not _bare(c):
        b.append(w.p(w.pick([
            f"We looked at the therapy notes, the nursing notes and the report from your care conference, and we "
            f"spoke with {c.extra['snf_attending']}, the attending physician at {fac}.",
            f"The review included the facility's therapy and nursing records and input from {c.extra['snf_cm']}, "
            f"the case manager at {fac} ({c.extra['snf_fac_phone']}).",
        ])))
    if c.criteria:
        b.append(w.p(w.pick(["Coverage rule applied: ", "We applied "]) + M("CRITERIA", c.criteria[0]) + "."))
    if c.reviewer:
        md = c.reviewer["credentials"] not in (None, "RN", "CPhT")
        b.append(w.p(_reviewer_line(w, w.pick(["The physician who reviewed your stay is", "Reviewed by"]) if md
                                    else "Reviewed by")))
    # discharge plan
    plan_blk = [w.h(w.pick(["Your discharge plan", "Planning for your discharge", "What happens next"]),
                    space_before=10),
                w.p(w.pick([f"The team at {fac} has planned your discharge {c.extra['snf_case']['plan']}.",
                            f"Your discharge plan, made with you at the care conference: "
                            f"{c.extra['snf_case']['plan']}."])),
                w.p(w.pick([f"{c.extra['snf_cm']} at {fac} ({c.extra['snf_fac_phone']}) can help arrange "
                            "equipment and rides.",
                            f"Questions about the plan: call {c.extra['snf_cm']}, case manager, at "
                            f"{c.extra['snf_fac_phone']}."]))]
    rights = [w.h(w.pick(["If you disagree: your appeal rights", "You have the right to appeal",
                          "How to appeal this decision"]), space_before=10)]
    if not _has(c, "notice.expedited_review"):
        rights.append(w.p(w.pick([
            "Fast appeal: because your care is ending, you can ask for a fast (expedited) appeal. Call us right "
            f"away at {unit_ph}. We will decide within 72 hours. If your doctor asks for a fast appeal, we will "
            "give you one.",
            f"Ask for an expedited appeal by calling {unit_ph} or faxing a request. We give our answer within 72 "
            "hours; a doctor's request is always handled as expedited.",
        ])))
    if c.appeal_phrase:
        rights.append(w.p(w.pick([
            f"You may ask for an appeal (reconsideration) within {M('APPEAL_DAYS', c.appeal_phrase)} from the date "
            "of this letter. A standard appeal is decided within 30 days.",
            f"The deadline to request an appeal is {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
            "notice. If you ask for a standard appeal, we answer within 30 days.",
        ])))
    if not _has(c, "notice.external_review"):
        rights.append(w.p(w.pick([
            "If we say no to your appeal, we automatically send it to an Independent Review Entity that Medicare "
            "contracts with. If you disagree with that decision, further levels include an Administrative Law "
            "Judge hearing.",
            "An appeal we do not decide fully in your favor goes on its own to the Independent Review Entity, an "
            "organization outside Kaiser Permanente hired by Medicare.",
        ])))
    rights.append(w.p("You can ask for a free copy of your case file, including the rules we used."))
    rights.append(w.p(w.pick([
        "For more information about your Medicare rights, call 1-800-MEDICARE (1-800-633-4227), TTY "
        "1-877-486-2048, or visit www.medicare.gov.",
        "Medicare: 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048; www.medicare.gov.",
    ])))
    rights.append(w.p(f"Questions about this letter: {ms_line}."))
    if variant == 2:
        b += rights
    elif w.chance(0.5):
        b += plan_blk + rights
    else:
        b += rights + plan_blk
    b.append(w.p(w.pick(["Sincerely,", "Regards,"]), space_before=10))
    if c.reviewer:
        b.append(w.p(c.reviewer["name"] + (f", {c.reviewer['credentials']}" if c.reviewer["credentials"] else ""),
                     space_before=4))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p("Post-Acute Care Management Team", space_before=4))
    b.append(w.p(entity, space_before=0))
    b.append(w.p(f"cc: {fac}; {c.extra['snf_attending']}", size=8.2, space_before=6))
    if w.chance(0.4):
        b += _nondiscrimination(w, f"{'1-888-901-4600' if not nw else unit_ph} (TTY 711)", w.chance(0.6))
    b += _taglines(w, "NW", f"{'1-888-901-4600' if not nw else unit_ph} (TTY 711)",
                   w.pick([None, "Free language services", "Interpreter services at no cost"]), english_first=True)
    return b, st, ["snf_timeline_table", "snf_timeline_list", "snf_timeline_sidebar"][variant]


BLIND23_TEMPLATES["blind23_wa_or_ma_snf_ending"] = (t_b23_snf, dict(
    plans=["medicare_advantage"], states=["WA", "OR"], kinds=["termination_notice"], cats=["medical_necessity"],
    reason=reason_b23_snf))
MODELED_ON["blind23_wa_or_ma_snf_ending"] = (
    "blind23: Kaiser Permanente Washington Medicare Advantage or Kaiser Permanente Northwest Senior Advantage narrative "
    "letter ending coverage of a skilled nursing facility stay and its therapy; last covered day and first paid day; "
    "a timeline of the stay (hospital, admission, therapy evaluations, care conference) as a table, list or side "
    "box; the discharge plan; the facility's request for more days in some letters; Medicare Benefit Policy Manual "
    "chapter 8 or 42 CFR 409.31; 72-hour fast appeal, 60-day appeal, 30-day standard appeal, Independent Review "
    "Entity, 1-800-MEDICARE; Washington Medicare Member Services 1-888-901-4600 or the Northwest unit's own phone; "
    "taglines")
