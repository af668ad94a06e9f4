"""Twentieth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND20_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind20_scal_sidebar_continuity")``. Everything printed here (prose, headings, labels,
taglines, layouts) is written for this set; law facts come from the rule catalogue (shared/domain/rules.md) only.

1. ``blind20_scal_sidebar_continuity``: Kaiser Permanente Southern California commercial HMO (Knox-Keene) letter
   refusing to let a member keep seeing a provider who is not (or no longer) a plan provider, or to refer the member
   to a named non-plan specialist, because plan providers can take over the care. Page 1 carries a boxed summary
   beside the letter text (right or left side; the text layer reads both columns line by line, so marked values in
   either column are kept on one line), or a shaded summary strip across the top. A named plan specialist and an
   appointment are offered (a planted ``network.no_timely_in_network_alternative`` names neither). DMHC statement in
   12-point bold, Independent Medical Review within 6 months, 180-day grievance, 72-hour (3-day) urgent grievance,
   Health Consumer Alliance. The reviewer is a plan physician in some letters; in the others a non-clinical
   coordinator signs for the department and the reviewer is null (nobody is said to have reviewed the request).
2. ``blind20_hi_ma_large_print_dme``: Kaiser Permanente Hawaii Senior Advantage (Medicare Advantage) organization
   determination on durable medical equipment (power wheelchair, wheelchair repair parts, hospital bed, CPAP
   supplies; HCPCS E/K/A codes), denied or approved in part; most letters are large print (16-20 point body type,
   labels on lines of their own, so a date or the reviewer's name may land on the page after its label), the rest use
   normal type and the order of the CMS denial notice. 60-day reconsideration, 30-day standard and 72-hour fast
   appeal, automatic Independent Review Entity, 1-800-MEDICARE. No Hawaii Member Services number is printed (the
   catalogue does not verify one); the letter gives a regional appeals phone and fax instead.
3. ``blind20_co_erisa_portal_exclusion``: Kaiser Permanente Colorado ERISA employer plan (self-funded with Kaiser as
   claims administrator, or insured) denial of an excluded benefit (in vitro fertilization or egg freezing on
   self-funded plans only, adult hearing aids, bariatric surgery, cosmetic eyelid or nose surgery), printed from the
   member portal: a message header (From, To, Sent, Subject, Message ID), the body with the plan's words quoted
   ("> " lines or an indented block), and a footer with the print time and the page's path. Some copies were
   forwarded: a later outer header sits above "Forwarded message" and the plan's own header. 180-day appeal, 30-day
   pre-service appeal decision, 72-hour urgent appeal, external review within 4 months, ERISA section 502(a), EBSA
   with the catalogue's caveat; insured plans add the Colorado Division of Insurance by name (no number).

   Which date is the letter date: the Sent time of the plan's own message header (in a forwarded copy, the inner,
   earlier header). A secure message has no other letter date; a "Notice date" line in the body, when printed, is the
   same day. The outer Sent time of a forwarded copy and the print time in the portal footer are later days and are
   never the letter date (unmarked distractors).

Dates use this set's own styles (``b20date``); ``parse_blind20_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from . import vocab as V
from .case import _flags, address, person, phone
from .layout import Block, Style
from .markup import M
from .writer import W, join_and

BLIND20_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
_MON3 = [m[:3] for m in MONTHS]
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def b20date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "mondash":  # Mar-05-2025
        return f"{mon[:3]}-{d.day:02d}-{d.year}"
    if style == "ymon":  # 2025 March 5
        return f"{d.year} {mon} {d.day}"
    if style == "mdyhint":  # 03/05/2025 (mm/dd/yyyy)
        return f"{d.month:02d}/{d.day:02d}/{d.year} (mm/dd/yyyy)"
    if style == "wkfull":  # Wednesday, March 5, 2025
        return f"{_WEEK[d.weekday()]}, {mon} {d.day}, {d.year}"
    if style == "dotymd":  # 2025.03.05
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "theord":  # the 5th of March, 2025
        return f"the {_ordinal(d.day)} of {mon}, {d.year}"
    raise ValueError(style)


STYLES = ("mondash", "ymon", "mdyhint", "wkfull", "dotymd", "theord")


def parse_blind20_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b20date`` (None for anything else)."""
    t = " ".join(text.split())
    try:
        m = re.fullmatch(r"([A-Z][a-z]{2})-(\d{2})-(\d{4})", t)
        if m and m[1] in _MON3:
            return dt.date(int(m[3]), _MON3.index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{4}) ([A-Z][a-z]+) (\d{1,2})", t)
        if m and m[2] in MONTHS:
            return dt.date(int(m[1]), MONTHS.index(m[2]) + 1, int(m[3]))
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4}) \(mm/dd/yyyy\)", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Z][a-z]+day), ([A-Z][a-z]+) (\d{1,2}), (\d{4})", t)
        if m and m[2] in MONTHS and m[1] in _WEEK:
            d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
            return d if _WEEK[d.weekday()] == m[1] else None
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"the (\d{1,2})(st|nd|rd|th) of ([A-Z][a-z]+), (\d{4})", t)
        if m and m[3] in MONTHS and _ordinal(int(m[1])) == m[1] + m[2]:
            return dt.date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[1]))
    except ValueError:
        return None
    return None


def _fmt(w: W, styles) -> None:
    w.c.extra["b20_fmt"] = w.pick(list(styles))


def _fd(w: W, day: dt.date | None) -> str:
    return b20date(day, w.c.extra["b20_fmt"]) if day else ""


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
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick([46.0, 54.0, 62.0]),
               margin_t=w.pick([40.0, 48.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([0.0, 5.0, 10.0])
    return st


def _clinician(w: W) -> str:
    name, _, _ = person(w.rng, 0.2)
    return w.pick([f"{name}, MD", f"{name}, M.D.", f"{name}, DO", f"Dr. {name}"])


def _clock(w: W) -> str:
    h, mnt = w.rng.randint(7, 18), w.rng.randrange(60)
    return f"{(h - 1) % 12 + 1}:{mnt:02d} {'AM' if h < 12 else 'PM'}"


# taglines written for this set; {ph} is a number the letter prints
_TAGS = {
    "es": "Si usted habla español, puede pedir gratis ayuda con el idioma, incluido un intérprete. Llame al {ph}.",
    "zh": "如果您講中文，可以免費獲得語言協助，包括口譯服務。請撥打 {ph}。",
    "vi": "Nếu quý vị nói tiếng Việt, quý vị có thể yêu cầu trợ giúp ngôn ngữ miễn phí, kể cả thông dịch viên. "
          "Xin gọi {ph}.",
    "tl": "Kung Tagalog ang wika mo, maaari kang humingi ng libreng tulong sa wika, kasama ang tagasalin. "
          "Tumawag sa {ph}.",
    "ko": "한국어를 하시면 통역 서비스를 포함한 언어 지원을 무료로 요청하실 수 있습니다. {ph}번으로 연락하십시오.",
    "hy": "Եթե խոսում եք հայերեն, կարող եք անվճար լեզվական օգնություն խնդրել, ներառյալ թարգմանիչ։ Զանգահարեք {ph}։",
    "fa": "اگر به فارسی صحبت می‌کنید، می‌توانید به‌طور رایگان کمک زبانی، از جمله مترجم شفاهی، درخواست کنید. با {ph} "
          "تماس بگیرید.",
    "ru": "Если вы говорите по-русски, вы можете бесплатно получить языковую помощь, в том числе устного "
          "переводчика. Звоните {ph}.",
    "ja": "日本語をお話しになる方は、通訳を含む言語支援を無料でご依頼いただけます。{ph} までお電話ください。",
    "ar": "إذا كنت تتحدث العربية، يمكنك طلب مساعدة لغوية مجانية، بما في ذلك مترجم فوري. اتصل على {ph}.",
    "pa": "ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਏ ਸਮੇਤ ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ ਮੰਗ ਸਕਦੇ ਹੋ। {ph} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "km": "ប្រសិនបើអ្នកនិយាយភាសាខ្មែរ អ្នកអាចស្នើសុំជំនួយភាសាដោយឥតគិតថ្លៃ។ សូមទូរស័ព្ទទៅ {ph}។",
    "hmn": "Yog koj hais lus Hmoob, koj thov tau kev pab txhais lus dawb. Hu rau {ph}.",
    "th": "หากคุณพูดภาษาไทย คุณสามารถขอความช่วยเหลือด้านภาษาได้ฟรี รวมถึงล่าม โทร {ph}",
    "hi": "यदि आप हिंदी बोलते हैं, तो आप दुभाषिए सहित निःशुल्क भाषा सहायता माँग सकते हैं। {ph} पर कॉल करें।",
    "ilo": "No agsasao ka iti Ilocano, mabalin mo ti agkiddaw iti libre a tulong iti pagsasao. Tawagan ti {ph}.",
    "sm": "Afai e te tautala i le gagana Samoa, e mafai ona e talosagaina se fesoasoani i le gagana e aunoa ma se "
          "totogi. Vala'au i le {ph}.",
    "am": "አማርኛ የሚናገሩ ከሆነ፣ አስተርጓሚን ጨምሮ የቋንቋ እርዳታ በነጻ መጠየቅ ይችላሉ። ወደ {ph} ይደውሉ።",
    "fr": "Si vous parlez français, vous pouvez demander gratuitement une aide linguistique, y compris un "
          "interprète. Appelez le {ph}.",
}
_TAG_SETS = {
    "CA": ["es", "zh", "vi", "tl", "ko", "hy", "fa", "ru", "ja", "ar", "pa", "km", "hmn", "th", "hi"],
    "HI": ["es", "ilo", "tl", "zh", "ja", "ko", "vi", "sm"],
    "CO": ["es", "vi", "zh", "ko", "ru", "am", "ar", "fr"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.0, keep_all: bool = False) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = list(_TAG_SETS[key])
    head, rest = langs[:1], langs[1:]
    w.rng.shuffle(rest)
    if not keep_all:
        rest = rest[: w.rng.randint(len(rest) - 3, len(rest))]
    out: list[Block] = [w.h(heading, space_before=12, size=size + 1) if heading else Block("rule", space_before=10)]
    for code in head + rest:
        t = _TAGS[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.2))
    return out


# === 1. Southern California: keep seeing a non-plan provider, with a summary box beside the letter =================

# what was asked for: who the outside provider is, services, diagnoses, plan specialty, why plan care fits
_SC_REQ = [
    dict(key="endo", kind="continuity",
         outside=["Dr. Miriam Achterberg, an endocrinologist in Pasadena", "Foothill Diabetes & Thyroid Associates"],
         services=[(["Follow-up visits with a non-plan endocrinologist", "Endocrinology office visits, established "
                     "patient"], "99214")],
         dx=[(["Type 2 diabetes mellitus without complications"], "E11.9"), (["Hypothyroidism, unspecified"],
                                                                            "E03.9")],
         spec="Endocrinology",
         why="your diabetes and thyroid treatment is stable and is not in the middle of a course of treatment that "
             "would be unsafe to move; our endocrinologists can review your records and continue the same plan"),
    dict(key="allergy", kind="continuity",
         outside=["Dr. Raymond Okafor of Coastal Allergy & Asthma", "South Bay Allergy Center"],
         services=[(["Allergy shots (allergen immunotherapy) from a non-plan allergist", "Allergen immunotherapy "
                     "injections, two or more"], "95117")],
         dx=[(["Allergic rhinitis due to pollen"], "J30.1"), (["Mild intermittent asthma, uncomplicated"], "J45.20")],
         spec="Allergy and Immunology",
         why="allergy shots can be continued at a plan allergy clinic using the extract schedule your current "
             "allergist sends us, so there is no clinical need to keep getting them outside the plan"),
    dict(key="pt", kind="continuity",
         outside=["Harbor Motion Physical Therapy", "Inland Empire Sports Rehab"],
         services=[(["Physical therapy with a non-plan therapist after knee surgery", "Outpatient physical "
                     "therapy, therapeutic exercise"], "97110")],
         dx=[(["Derangement of posterior horn of medial meniscus due to old tear or injury, right knee"],
              "M23.221")],
         spec="Physical Medicine and Rehabilitation",
         why="your therapy can be picked up by a plan physical therapist without interrupting your recovery, "
             "because the goals and exercises in your current plan of care transfer directly"),
    dict(key="rheum", kind="referral",
         outside=["Dr. Lorraine Visconti, a rheumatologist at Westside Arthritis Institute",
                  "Mission Valley Rheumatology Group"],
         services=[(["Consultation with a non-plan rheumatologist", "New patient rheumatology consultation"],
                    "99204")],
         dx=[(["Rheumatoid arthritis, unspecified"], "M06.9")],
         spec="Rheumatology",
         why="plan rheumatologists diagnose and treat rheumatoid arthritis, including starting and adjusting "
             "biologic medicines, so a referral outside the plan is not needed"),
    dict(key="derm", kind="referral",
         outside=["Sunridge Dermatology & Phototherapy", "Dr. Anand Mehrotra of Valley Skin Institute"],
         services=[(["Light treatment for psoriasis at a non-plan dermatology office", "Ultraviolet light therapy "
                     "(actinotherapy)"], "96900")],
         dx=[(["Psoriasis vulgaris"], "L40.0")],
         spec="Dermatology",
         why="plan dermatology offices give the same ultraviolet light treatment, and our dermatologists can "
             "start it after a first visit"),
    dict(key="cardio", kind="continuity",
         outside=["Dr. Evelyn Castellanos, a cardiologist who left the plan's medical group",
                  "Orange Coast Heart Associates"],
         services=[(["Continued cardiology follow-up with a provider no longer in the plan", "Cardiology office "
                     "visits, established patient"], "99214"),
                   (["Holter monitor, 48 hours"], "93224")],
         dx=[(["Unspecified atrial fibrillation"], "I48.91")],
         spec="Cardiology",
         why="your heart rhythm has been controlled on the same medicines for over a year, which is not an "
             "acute or serious condition in the sense used for completing care with a departing provider, and "
             "plan cardiologists can continue your monitoring"),
]
_SC_MS = ("1-800-464-4000", "711")
_SC_COORD = ["Continuity of Care Coordinator", "Referral Services Coordinator", "Outside Services Specialist"]


def _sc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b20_sc"):
        return
    c.extra["b20_sc"] = True
    _fmt(w, ("mondash", "ymon", "mdyhint", "wkfull", "dotymd"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    req = w.pick(_SC_REQ)
    c.extra["sc_req"] = req
    c.extra["sc_out"] = w.pick(req["outside"])
    svcs = req["services"] if w.chance(0.7) else req["services"][:1]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in svcs]
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in req["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.provider = _clinician(w) if w.chance(0.6) else None  # a plan doctor asked, or the member did
    c.service = None
    c.criteria = []
    if w.chance(0.45):
        c.criteria = [w.pick(["Kaiser Permanente Southern California Continuity of Care Policy",
                              "KP SCAL completion-of-covered-services guideline",
                              "Southern California Permanente Medical Group outside referral criteria"])]
    days = c.appeal_days if _has(c, "notice.appeal_deadline") else 180
    c.appeal_days = days
    c.appeal_phrase = w.pick([f"{days} days", f"{days} calendar days"])
    # who decided: a plan physician (sometimes), otherwise a coordinator signs for the department
    if w.chance(0.55):
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]) if w.chance(0.85) else None,
                          specialty=w.pick([req["spec"], "Internal Medicine", "Family Medicine"]) if w.chance(0.6)
                          else None, phone=phone(w.rng, "CA") if w.chance(0.5) else None)
    else:
        c.reviewer = None
    cname, _, _ = person(w.rng, 0.1)
    c.extra["sc_coord"] = (cname, w.pick(_SC_COORD))
    # the plan specialist offered, and an appointment within the 15-business-day standard
    iname, _, _ = person(w.rng, 0.2)
    c.innet = dict(name=f"{iname}, {w.pick(['MD', 'M.D.', 'DO'])}", short="", specialty=req["spec"],
                   facility=w.pick(V.facilities("CA", "Southern California")),
                   appt=D.add_business(c.letter, w.rng.randint(3, 11)))
    c.extra["sc_time"] = _clock(w)
    c.extra["sc_fax"] = phone(w.rng, "CA")
    _flags(c)


def reason_b20_sc(w: W) -> str:
    _sc_setup(w)
    c = w.c
    req = c.extra["sc_req"]
    out = c.extra["sc_out"].split(",")[0]
    why = req["why"]
    if req["kind"] == "continuity":
        return w.pick([
            f"We cannot approve continued care with {out} because {why}.",
            f"Your request to keep seeing {out} is denied: {why}.",
            f"{_cap(why)}. For this reason, care with {out}, who is not a plan provider, is not approved.",
        ])
    return w.pick([
        f"The referral to {out} is not approved because {why}.",
        f"We denied the referral to {out}, a non-plan provider, because {why}.",
        f"{_cap(why)}; the referral to {out} is therefore denied.",
    ])


def _sc_dmhc(w: W, ms: str, tty: str) -> Block:
    text = w.pick([
        "The California Department of Managed Health Care regulates health care service plans. If you have a "
        f"grievance against your health plan, you should first telephone your health plan at {ms} (TTY {tty}) and "
        "use your plan's grievance process before contacting the Department. Using this grievance procedure does "
        "not prohibit any legal rights or remedies that may be available to you. If you need help with a grievance "
        "involving an emergency, a grievance that has not been satisfactorily resolved by your plan, or a grievance "
        "that has remained unresolved for more than 30 days, you may call the Department for assistance. You may "
        "also be eligible for an Independent Medical Review (IMR). If you are eligible for IMR, the IMR process "
        "will provide an impartial review of medical decisions made by a health plan related to the medical "
        "necessity of a proposed service or treatment, coverage decisions for treatments that are experimental or "
        "investigational in nature, and payment disputes for emergency or urgent medical services. The Department "
        "also has a toll-free telephone number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing "
        "and speech impaired. The Department's internet website www.dmhc.ca.gov has complaint forms, IMR "
        "application forms and instructions online.",
        "Your health plan is regulated by the California Department of Managed Health Care (DMHC). Before you "
        f"contact the DMHC with a grievance, call us at {ms} (TTY {tty}) and go through our grievance process. "
        "Doing so does not take away any of your legal rights or remedies. You may ask the DMHC for help if your "
        "grievance involves an emergency, if we did not resolve it to your satisfaction, or if it is still "
        "unresolved after 30 days. You may also qualify for an Independent Medical Review (IMR), an impartial "
        "review of a plan's decisions about the medical necessity of a proposed service or treatment, about "
        "coverage of experimental or investigational treatment, and about payment for emergency or urgent care. "
        "DMHC toll-free: 1-888-466-2219. TDD for the hearing and speech impaired: 1-877-688-9891. Complaint "
        "forms, IMR applications and instructions: www.dmhc.ca.gov.",
    ])
    return w.p(text, bold=True, size=12.0, space_before=8)


def t_b20_sc(w: W):
    _sc_setup(w)
    c = w.c
    req = c.extra["sc_req"]
    ms, tty = _SC_MS
    fax = c.extra["sc_fax"]
    urgent = c.urgency == "expedited"
    no_alt = _has(c, "network.no_timely_in_network_alternative")
    no_dmhc = _has(c, "notice.dmhc_statement")
    no_ca = _has(c, "notice.consumer_assistance")
    st = _style(w, ["helvetica", "times"], [9.0, 9.5, 10.0])
    variant = w.rng.randrange(3)  # 0 box on the right, 1 box on the left, 2 shaded strip across the top
    out = c.extra["sc_out"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Southern California")
    prov = M("PROVIDER", c.provider) if c.provider else ""
    reason = M("REASON", w.reason)
    ref = c.ids["ref"]
    svc = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    cont = req["kind"] == "continuity"
    st.footer = [w.pick(["{page} of {pages}", f"Ref {ref} - page {{page}}", "KP SCAL Outside Services | {page}"])]
    st.footer_align = w.pick(["center", "right", "left"])
    b: list[Block] = []
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", f"{region}", w.pick(["Outside Services and Referrals",
                                                                    "Continuity of Care Unit",
                                                                    "Member Referral Review"])],
                   right=["Kaiser Foundation Health Plan, Inc.", f"Member Services {ms}", f"TTY {tty} | Fax {fax}"]))
    subject = w.pick(["Decision on your request to continue care outside the plan",
                      "Your request to keep your current provider",
                      "Continuity of care request: our decision"] if cont else
                     ["Decision on your referral to a non-plan specialist", "Your outside referral request",
                      "Referral outside the plan: our decision"])
    asked = w.pick(["Continue care with current provider", "Keep seeing a non-plan provider",
                    "Completion of care outside the plan"] if cont else
                   ["Referral to a non-plan specialist", "Care from an outside specialist"])
    decided = w.pick(["Not approved", "Denied", "NOT APPROVED"])
    # the summary (box or strip): short, marked values only (each stays on one line)
    summ: list[tuple[str, str]] = [("Member", w.name()), ("Member ID", w.mid()), ("Reference", ref)]
    if w.chance(0.5):
        summ.append(("Letter date", sent))
    if rec:
        summ.append((w.pick(["Request received", "Received", "We got your request"]), rec))
    if dec:
        summ.append((w.pick(["Decision date", "Decided", "Decision made"]), dec))
    summ.append((w.pick(["You asked for", "Request", "What was asked"]), asked))
    summ.append((w.pick(["Our decision", "Decision", "Outcome"]), decided))
    if urgent:
        summ.append(("Review type", "Urgent (expedited)"))
    summ.append((w.pick(["Questions?", "Help line", "Need help?"]), f"{ms}, TTY {tty}"))
    box_title = w.pick(["At a glance", "AT A GLANCE", "Your request in brief", "Summary"])
    greet = w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},", f"Hello {c.member_salute},"])
    if cont:
        who = (f"{prov} asked on your behalf" if c.provider else "You asked us") + \
            f" to let you keep receiving care from {out}, who is not a Kaiser Permanente plan provider."
    else:
        who = (f"{prov} asked us" if c.provider else "You asked us") + f" to refer you to {out}, outside our network."
    intro = [who, w.pick(["We have finished reviewing the request.", "This letter explains what we decided.",
                          "We reviewed it and explain our decision below."])]
    addr = [sent, "", w.name()] + c.member_addr
    if variant in (0, 1):
        side = [f"**{box_title}", ""]
        stacked = w.chance(0.6)  # label above value, or "label: value" on one (wrapped) item
        for lab, val in summ:
            side += [f"**{lab}", val] if stacked else [f"{lab}: {val}"]
        main = addr + ["", f"**{subject}", "", greet, ""] + [" ".join(intro)]
        if urgent:
            main += ["", "**We handled this request as urgent (expedited)."]
        b.append(Block("sidebar", left=main, right=side, align="left" if variant == 1 else "right",
                       boxed=w.chance(0.6), shade=w.chance(0.5), side_w=w.pick([0.32, 0.36, 0.38]),
                       space_before=10))
    else:
        b.append(w.p(sent, space_before=10))
        b.append(w.p(w.name(), space_before=6))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(box_title.upper(), bold=True, shade=True, space_before=10))
        pairs = [f"{lab}: {val}" for lab, val in summ]
        per = w.pick([2, 3])
        for k in range(0, len(pairs), per):
            b.append(w.p("    ".join(pairs[k:k + per]), shade=True, size=st.size - 0.5, space_before=0))
        b.append(w.p(subject, bold=True, size=st.size + 1.5, space_before=10))
        b.append(w.p(greet, space_before=8))
        if urgent:
            b.append(w.p("We handled this request as urgent (expedited).", bold=True))
        b.append(w.p(" ".join(intro)))
    # the decision, full width
    b.append(w.h(w.pick(["What we decided and why", "Our decision", "Why we said no"]), space_before=10))
    b.append(w.p(w.pick([f"Request: {svc}.", f"The care requested: {svc}."])))
    b.append(w.p(reason))
    b.append(w.p(w.pick(["Diagnosis: ", "Condition on the request: "]) + dxs + "."))
    if c.criteria:
        b.append(w.p(w.pick(["We made this decision under the ", "Our review applied the "]) +
                     M("CRITERIA", c.criteria[0]) + "."))
    b.append(w.p(w.pick([
        "Under your Evidence of Coverage, care from providers who are not plan providers is covered only in an "
        "emergency, for urgent care outside our service area, for completion of covered services that qualifies "
        "under the plan's rules, or with an approved referral.",
        "Your Evidence of Coverage limits non-emergency care to plan providers unless we approve a referral or "
        "the request qualifies for completion of covered services.",
    ])))
    # the plan care offered
    b.append(w.h(w.pick(["Getting this care from a plan provider", "Your next step", "Care in our network"]),
                 space_before=10))
    if no_alt:
        b.append(w.p(w.pick([
            "Plan providers in Southern California can give you this care. Call Member Services to find one.",
            "This care is available from plan providers. Please contact your primary care doctor to arrange it.",
        ])))
    else:
        inn = c.innet
        appt = _fd(w, inn["appt"])
        b.append(w.p(w.pick([
            f"We have arranged a first visit with {inn['name']} ({inn['specialty']}) at {inn['facility']} on "
            f"{appt}. Call {ms} if you need a different time.",
            f"A plan specialist, {inn['name']}, {inn['specialty']}, can see you at {inn['facility']}; the first "
            f"open appointment is {appt}. To keep or change it, call {ms}.",
        ])))
        b.append(w.p(w.pick(["Your records from your current provider will be sent to the new team if you "
                             "sign a release.", "Ask your current provider to send your records so nothing is "
                                                "repeated."])))
    # signature
    b.append(w.p(w.pick(["Sincerely,", "Respectfully,"]), space_before=10))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        b.append(w.p(f"{nm}{cred}", space_before=4))
        line = w.pick(["Physician Reviewer", "Reviewing Physician", "Associate Medical Director"])
        if r["specialty"]:
            line += f", {M('REVIEWER_SPECIALTY', r['specialty'])}"
        b.append(w.p(line, space_before=0))
        if r["phone"]:
            b.append(w.p(w.pick([f"Direct line: {M('REVIEWER_PHONE', r['phone'])}",
                                 f"Your doctor may call me at {M('REVIEWER_PHONE', r['phone'])}."]),
                         space_before=0))
    else:
        cn, ct = c.extra["sc_coord"]
        b.append(w.p(cn, space_before=4))
        b.append(w.p(ct, space_before=0))
    b.append(w.p("Kaiser Foundation Health Plan, Inc., Southern California Region", space_before=0))
    if c.provider and w.chance(0.6):
        b.append(w.p(f"cc: {prov}", size=8.4, space_before=6))
    # rights
    if w.chance(0.6):
        b.append(Block("pagebreak"))
    b.append(w.h(w.pick(["If you disagree: your grievance rights", "How to file a grievance (appeal)",
                         "Your right to ask us to reconsider"]), space_before=10))
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick([
        f"You may file a grievance within {days} from the date of this letter. Call Member Services at {ms} "
        f"(TTY {tty}), use the form at kp.org, or write to the Member Services office at any plan facility. A "
        "doctor or someone you choose may file for you.",
        f"You have {days} after the date of this notice to file a grievance: by phone at {ms} (TTY {tty}), "
        "online at kp.org, by mail, or in person at a Member Services office. Include anything you want us to "
        "consider.",
    ])))
    fast = w.pick([
        "If waiting could seriously threaten your health, including severe pain or the loss of life, limb or a "
        "major bodily function, ask for an urgent grievance. We decide urgent grievances within 72 hours",
        "Urgent grievance: when your health faces an imminent and serious threat, we give you a decision within "
        "3 days (72 hours)",
    ])
    if no_dmhc:
        fast += "."
    else:
        fast += w.pick([", and you may contact the Department of Managed Health Care right away without waiting "
                        "for us.", ". You do not have to wait for our decision to call the DMHC in that case."])
    b.append(w.p(fast))
    if not no_dmhc:
        b.append(w.p(w.pick([
            "Independent Medical Review: you may apply to the DMHC within 6 months after our written grievance "
            "decision, or sooner if we have not resolved your grievance within 30 days. It is free.",
            "If your grievance is denied, or not resolved within 30 days, you may ask the DMHC for an "
            "Independent Medical Review; apply within 6 months of our decision. You pay nothing.",
        ])))
    b.append(w.p(w.pick(["You may ask for free copies of the documents, records and policies we used.",
                         "Copies of the information used in this decision are free on request."])))
    if not no_dmhc:
        b.append(_sc_dmhc(w, ms, tty))
    if not no_ca:
        b.append(w.p(w.pick([
            "Free help with your grievance is available from the Health Consumer Alliance, 1-888-804-3536.",
            "The Health Consumer Alliance (1-888-804-3536) can help you file a grievance or IMR at no charge.",
        ])))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters and translated notices are free: {ms} (TTY {tty}).",
                             f"No-cost language help is available at {ms}."]), space_before=6))
    b += _taglines(w, "CA", f"{ms} (TTY {tty})", w.pick([None, "Language assistance at no cost"]), keep_all=True)
    return b, st, ["scal_sidebar_right", "scal_sidebar_left", "scal_summary_strip"][variant]


BLIND20_TEMPLATES["blind20_scal_sidebar_continuity"] = (t_b20_sc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["initial_denial"], cats=["out_of_network"],
    reason=reason_b20_sc))
MODELED_ON["blind20_scal_sidebar_continuity"] = (
    "blind20: Kaiser Permanente Southern California commercial HMO (Knox-Keene) letter refusing continued care with "
    "a provider who is not (or no longer) a plan provider, or a referral to a named non-plan specialist, because "
    "plan providers can take over; page 1 has a boxed summary beside the letter text (right or left) or a shaded "
    "strip across the top; a named plan specialist and appointment offered; physician reviewer or a coordinator's "
    "signature; 180-day grievance, 72-hour urgent grievance, IMR within 6 months, DMHC statement, Health Consumer "
    "Alliance, 15 taglines")


# === 2. Hawaii Senior Advantage: durable medical equipment, mostly in large print ==================================

# one request: lines (texts, HCPCS code, approved in a partial decision?), diagnoses, reviewer specialties, Medicare
# criteria, the reason clause for a full denial and for a partial one
_HI_DME = [
    dict(key="power_chair", what="a power wheelchair",
         lines=[(["Power wheelchair, group 2 standard, captain's chair", "Group 2 power wheelchair with "
                  "captain's seat"], "K0823", False)],
         alt=(["Standard manual wheelchair", "Manual wheelchair, standard"], "K0001"),
         dx=[(["Unilateral primary osteoarthritis, left hip"], "M16.12"),
             (["Chronic obstructive pulmonary disease, unspecified"], "J44.9")],
         specs=["Physical Medicine and Rehabilitation", "Internal Medicine"],
         crit=["the Medicare Local Coverage Determination for Power Mobility Devices",
               "Medicare coverage rules for mobility equipment (42 CFR § 422.101)"],
         why="the home visit by our physical therapist found that you move around your home safely with a walker "
             "and can push a manual wheelchair for longer distances, so a power wheelchair is not medically "
             "necessary for you now",
         part="the therapist's home visit showed you can use a manual wheelchair safely at home, so we approved "
              "a standard manual wheelchair instead of the power wheelchair"),
    dict(key="chair_repair", what="repair parts for your power wheelchair",
         lines=[(["Replacement batteries for power wheelchair, group 24 sealed lead acid, each",
                  "Power wheelchair battery, group 24 sealed lead acid (replacement)"], "E2363", False),
                (["Replacement pneumatic drive wheel tire for power wheelchair, each",
                  "Drive wheel tire, pneumatic, replacement"], "E2381", True)],
         alt=None,
         dx=[(["Multiple sclerosis"], "G35")],
         specs=["Physical Medicine and Rehabilitation", "Neurology"],
         crit=["Medicare rules for repair and replacement of durable medical equipment (42 CFR § 422.101)"],
         why="the supplier's service report shows that your wheelchair batteries were replaced less than a year "
             "ago and still pass a load test, and it lists no wear or damage on the drive wheel tires",
         part="the supplier's report shows a worn drive wheel tire, which we approved, but your batteries were "
              "replaced less than a year ago and still pass a load test, so new batteries are not needed now"),
    dict(key="hospital_bed", what="a hospital bed",
         lines=[(["Hospital bed, total electric, with side rails and mattress", "Total electric hospital bed "
                  "with rails and mattress"], "E0265", False)],
         alt=(["Hospital bed, semi-electric, with side rails and mattress", "Semi-electric hospital bed with "
               "rails and mattress"], "E0260"),
         dx=[(["Heart failure, unspecified"], "I50.9"), (["Chronic obstructive pulmonary disease, unspecified"],
                                                       "J44.9")],
         specs=["Internal Medicine", "Cardiology"],
         crit=["the Medicare Local Coverage Determination for Hospital Beds and Accessories",
               "Medicare coverage rules for durable medical equipment (42 CFR § 422.101)"],
         why="your records do not show that you need to be positioned in ways an ordinary bed does not allow, "
             "and the nurse's notes say you get in and out of bed on your own",
         part="your records show you need the head of the bed raised to breathe comfortably, which a "
              "semi-electric bed does, but they do not show a need to change the bed's height often, which is "
              "what a total electric bed adds; we approved the semi-electric bed"),
    dict(key="cpap_supplies", what="supplies for your CPAP machine",
         lines=[(["Full face mask for CPAP, each", "CPAP full face mask"], "A7030", False),
                (["Replacement cushion for full face mask, each", "Full face mask cushion (replacement)"], "A7031",
                 False),
                (["Heated tubing for CPAP, each", "CPAP tubing with heating element"], "A4604", True)],
         alt=None,
         dx=[(["Obstructive sleep apnea (adult) (pediatric)"], "G47.33")],
         specs=["Sleep Medicine", "Pulmonary Disease"],
         crit=["the Medicare Local Coverage Determination for Positive Airway Pressure Devices for Obstructive "
               "Sleep Apnea"],
         why="a new full face mask and cushions were delivered to you five weeks ago, and the request does not "
             "describe damage or a change in fit that would call for another set this soon",
         part="we approved the heated tubing, but a new full face mask and cushions were delivered five weeks "
              "ago and the request does not describe damage or a change in fit"),
]
_HI_INTERNAL = ["Kaiser Permanente Hawaii DME Clinical Review Guideline", "KP Hawaii home equipment criteria"]
_HI_SUPPLIERS = ["Island Mobility Repair & Supply", "Pacific Home Medical Equipment", "Windward Medical Supply"]


def _hm_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b20_hm"):
        return
    c.extra["b20_hm"] = True
    _fmt(w, ("theord", "wkfull", "mondash", "ymon", "mdyhint"))
    c.region = "Hawaii"
    c.member_addr = address(w.rng, "HI", "Hawaii")
    item = w.pick(_HI_DME)
    c.extra["hm_item"] = item
    partial = c.letter_kind == "partial_denial"
    lines = item["lines"]
    if len(lines) > 1 and not partial and w.chance(0.3):
        lines = lines[:1]
    c.services = [dict(text=w.pick(t), codes=[code], decision="approved" if partial and ok else "denied")
                  for t, code, ok in lines]
    if partial and item["alt"]:
        t, code = item["alt"]
        c.services.append(dict(text=w.pick(t), codes=[code], decision="approved"))
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in item["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.4):
        c.diagnoses = c.diagnoses[:1]
    c.criteria = []
    if _has(c, "medicare.internal_criteria"):
        c.criteria = [w.pick(_HI_INTERNAL)]
    elif not _bare(c) and not _has(c, "notice.criteria_cited"):
        c.criteria = [w.pick(item["crit"])]
    c.provider = w.pick(_HI_SUPPLIERS) if item["key"] == "chair_repair" and w.chance(0.5) else _clinician(w)
    c.service = None
    if not _has(c, "notice.appeal_deadline"):
        c.appeal_days = 60
        c.appeal_phrase = w.pick(["60 days", "60 calendar days", "sixty (60) days"])
    # reviewer: a plan physician (sometimes without specialty or phone), none, or (planted) a nurse
    if _has(c, "process.reviewer_not_physician"):
        if not c.reviewer:
            name, _, _ = person(w.rng, 0.2)
            c.reviewer = dict(name=name, credentials="RN", specialty=None, phone=None)
            c.reviewer_title = "Utilization Review Nurse"
        c.reviewer["specialty"] = None
        c.reviewer["phone"] = None
    elif w.chance(0.2):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]) if w.chance(0.85) else None,
                          specialty=w.pick(item["specs"]) if w.chance(0.6) else None,
                          phone=phone(w.rng, "HI") if w.chance(0.45) else None)
    c.extra["hm_box"] = f"P.O. Box {w.rng.randint(1000, 9999)}, Honolulu, HI 968{w.rng.randint(10, 50)}"
    _flags(c)


def reason_b20_hm(w: W) -> str:
    _hm_setup(w)
    c = w.c
    item = c.extra["hm_item"]
    if _bare(c):
        return w.pick(["This equipment is not medically necessary.", "The request does not meet medical "
                       "necessity requirements.", "Coverage criteria for this item are not met."])
    if c.letter_kind == "partial_denial":
        return w.pick([f"We approved part of this request: {item['part']}.", _cap(item["part"]) + "."])
    return w.pick([f"We cannot approve {item['what']} because {item['why']}.",
                   f"Medicare covers {item['what']} only when it is medically necessary, and {item['why']}.",
                   _cap(item["why"]) + "; for that reason the request is denied."])


def t_b20_hm(w: W):
    _hm_setup(w)
    c = w.c
    item = c.extra["hm_item"]
    partial = c.letter_kind == "partial_denial"
    urgent = c.urgency == "expedited"
    no_fast = _has(c, "notice.expedited_review")
    no_ext = _has(c, "notice.external_review")
    variant = w.rng.choices([0, 1, 2], weights=[40, 30, 30])[0]  # 0 large, 1 large with boxes, 2 normal CMS order
    big = variant < 2
    if variant == 0:
        st = _style(w, ["helvetica"], [18.0, 19.0, 20.0])
    elif variant == 1:
        st = _style(w, ["helvetica", "times"], [16.0, 17.0])
    else:
        st = _style(w, ["helvetica", "times"], [9.5, 10.0])
    st.leading = 1.2 if big else 1.25
    if big:
        st.small = 11.0
    hs = st.size + (4 if big else 2)
    ph, fax, box = c.phones["dept"], c.phones["fax"], c.extra["hm_box"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Hawaii")
    prov = M("PROVIDER", c.provider)
    reason = M("REASON", w.reason)
    st.footer = [w.pick(["Page {page} of {pages}", "{page}/{pages}", f"Senior Advantage {c.ids['ref']} - {{page}}"])]
    st.footer_align = w.pick(["center", "right"])
    b: list[Block] = []

    def label(text: str, value: str, sb: float = 6) -> list[Block]:
        """A label on its own line and its value on the next (large print), or both on one line."""
        if big:
            return [w.p(text, bold=True, space_before=sb), w.p(value, space_before=1)]
        return [w.p(f"{text} {value}", space_before=2)]

    def head(text: str) -> Block:
        return w.h(text, size=hs, space_before=14 if big else 10, shade=variant == 1)

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=12 if big else 9,
                   left=["KAISER PERMANENTE", f"Senior Advantage | {region}",
                         w.pick(["Medicare Coverage Decisions", "Durable Medical Equipment Review"])],
                   right=[box, f"Phone {ph} (TTY 711)", f"Fax {fax}"]))
    if big:
        b.append(w.p(w.pick(["LARGE PRINT NOTICE", "Large-print copy", "This notice is printed in large type"]),
                     bold=True, space_before=8))
    title = w.pick(["Notice of Denial of Medical Coverage", "Your equipment request: our decision",
                    "Decision about medical equipment"])
    if variant == 2:
        b.append(w.p(title, bold=True, size=hs + 2, align="center", space_before=10))
        grid = [["Date", sent], ["Member name", w.name()], ["Member ID", w.mid()], ["Reference", c.ids["ref"]]]
        if rec:
            grid.append(["Request received", rec])
        if dec:
            grid.append(["Decision date", dec])
        grid.append(["Requested by", prov])
        b.append(Block("table", rows=grid, header_row=False, size=9.0, space_before=8))
    else:
        b += label(w.pick(["Date of this notice:", "Notice date:", "Date:"]), sent, sb=10)
        b.append(w.p(w.name(), space_before=10))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b += label("Member ID:", w.mid())
        b.append(w.p(title, bold=True, size=hs, space_before=14))
    if big or w.chance(0.5):
        b.append(w.p(w.pick([
            f"This notice tells you what we decided about {item['what']}, why, and how to ask us to change our "
            "decision.",
            f"We reviewed a request for {item['what']} under your Senior Advantage plan. Please read this notice "
            "to learn what we decided and what you can do next.",
        ]), space_before=6))
    if urgent:
        b.append(w.p(w.pick(["Because your doctor said waiting could harm your health, we decided this request "
                             "within 72 hours.", "FAST DECISION: this request was reviewed on the 72-hour "
                             "timeline."]), bold=True))
    # what was asked
    b.append(head(w.pick(["What was asked for", "Your request", "The equipment requested"])))
    for s in c.services:
        if partial and s["decision"] == "approved" and s["codes"][0] not in [x[1] for x in item["lines"]]:
            continue
        b.append(w.p(f"- {w.svc(s)} (HCPCS {w.code(s['codes'][0])})", indent=12 if big else 8, space_before=2))
    if variant != 2:
        b += label(w.pick(["Ordered by:", "Asked for by:", "Request sent by:"]), prov)
        if rec:
            b += label(w.pick(["We received the request:", "Date we got the request:"]), rec)
        if dec:
            b += label(w.pick(["We decided on:", "Decision date:"]), dec)
    # decision and reason
    b.append(head(w.pick(["Why we made this decision", "Our decision and the reason", "Why we said no"]
                         if not partial else ["What we approved and what we did not", "Our decision"])))
    if partial:
        ok = [s for s in c.services if s["decision"] == "approved"]
        no = [s for s in c.services if s["decision"] != "approved"]
        b.append(w.p(w.pick(["Approved:", "We approved:"]), bold=True, space_before=4))
        b += [w.p(f"- {w.svc(s)} (HCPCS {w.code(s['codes'][0])})", indent=12, space_before=1) for s in ok]
        b.append(w.p(w.pick(["Not approved:", "Denied:"]), bold=True, space_before=4))
        b += [w.p(f"- {w.svc(s)} (HCPCS {w.code(s['codes'][0])})", indent=12, space_before=1) for s in no]
    b.append(w.p(reason, space_before=6))
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    b += label(w.pick(["Diagnosis:", "Health condition on the request:"]), dxs + ("" if big else "."))
    if c.criteria:
        b.append(w.p(w.pick(["We based this decision on ", "The rules we used: "]) + M("CRITERIA", c.criteria[0])
                     + "."))
    r = c.reviewer
    if r:
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        who = f"{nm}{cred}"
        if _has(c, "process.reviewer_not_physician"):
            who += f", {c.reviewer_title}"
        elif r["specialty"]:
            who += f" ({M('REVIEWER_SPECIALTY', r['specialty'])})"
        b += label(w.pick(["Reviewed by:", "Who made this decision:", "Reviewer:"]), who)
        if r["phone"]:
            b.append(w.p(w.pick([f"Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}.",
                                 f"Reviewer's phone for your doctor: {M('REVIEWER_PHONE', r['phone'])}"])))
    # appeal rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(head(w.pick(["Your right to appeal", "If you disagree with this decision",
                          "You can ask us to look again"])))
    b.append(w.p(w.pick([
        f"You may ask us for a reconsideration (an appeal). We must get your request within {days} from the "
        "date of this notice.",
        f"To appeal, ask for a reconsideration within {days} of the date on this notice.",
    ])))
    b.append(w.p(w.pick([
        "You, your doctor, or a person you name as your representative can ask. A standard appeal is decided "
        "within 30 days.",
        "A standard appeal gets an answer within 30 days. Your doctor or a representative you choose may ask "
        "for you.",
    ])))
    if not no_fast:
        if variant == 2:
            b.append(w.h("Standard and fast appeals", space_before=8))
        b.append(w.p(w.pick([
            "If waiting 30 days could seriously harm your health or your ability to function, ask for a fast "
            "appeal. We decide fast appeals within 72 hours. If a doctor says you need a fast appeal, you get one.",
            "Fast (expedited) appeal: when your health could be seriously harmed by waiting, we answer within 72 "
            "hours. A request backed by your doctor is made fast automatically.",
        ])))
    b.append(w.h(w.pick(["Someone to act for you", "Asking someone to help you appeal"]),
                 size=st.size + (1 if big else 0), space_before=8))
    b.append(w.p(w.pick([
        "You may name a relative, friend, lawyer or doctor to act for you. Call us and we will send a form you "
        "can both sign.",
        "A family member, friend or anyone else you trust can act as your representative. Ask us for the form "
        "that names them.",
    ])))
    b.append(w.h(w.pick(["How to ask", "How to appeal"]), size=st.size + (1 if big else 0), space_before=8))
    b.append(w.p(w.pick([
        f"Call {ph} (TTY 711), fax {fax}, or write to Medicare Appeals, Kaiser Permanente Hawaii, {box}.",
        f"Write to {box}, or fax {fax}. You can also ask by phone at {ph}; TTY users call 711.",
    ])))
    b.append(w.p(w.pick(["Send any letters or records that support your appeal. You may ask for a free copy "
                         "of the information we used.", "Include any papers that help your case. The records we "
                         "used are free to you on request."])))
    if not no_ext:
        b.append(w.p(w.pick([
            "If we still deny any part of your request after the reconsideration, we send your case to an "
            "Independent Review Entity for a new decision. This happens automatically.",
            "What happens next: if our answer on appeal is still no, your file goes on its own to the Independent "
            "Review Entity, an outside reviewer that works for Medicare.",
        ])))
    b.append(w.p("Medicare: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, www.medicare.gov."))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Interpreters, large print and other formats are free. Call {ph} (TTY 711).",
                             f"Free language help and other formats: {ph}."])))
    b.append(w.p(w.pick(["Mahalo,", "Sincerely,"]), space_before=10))
    b.append(w.p(w.pick(["Medicare Coverage Decisions", "DME Review Team"]) + ", Kaiser Permanente Hawaii",
                 bold=True, space_before=4))
    if w.chance(0.5):
        b.append(w.p(f"cc: {prov}", space_before=6))
    b += _taglines(w, "HI", f"{ph} (TTY 711)", w.pick([None, "Language help"]), size=12.0 if big else 7.0)
    return b, st, ["hi_ma_large_print", "hi_ma_large_print_boxed_heads", "hi_ma_standard_cms_order"][variant]


BLIND20_TEMPLATES["blind20_hi_ma_large_print_dme"] = (t_b20_hm, dict(
    plans=["medicare_advantage"], states=["HI"], kinds=["initial_denial", "initial_denial", "partial_denial"],
    cats=["medical_necessity"], reason=reason_b20_hm))
MODELED_ON["blind20_hi_ma_large_print_dme"] = (
    "blind20: Kaiser Permanente Hawaii Senior Advantage (Medicare Advantage) organization determination on durable "
    "medical equipment (power wheelchair, wheelchair repair parts, hospital bed, CPAP supplies; HCPCS E/K/A codes), "
    "denied or approved in part; large print (16-20 point, labels on their own lines, 3-5 pages) or normal type in "
    "the CMS notice's section order; LCD/Medicare criteria; 60-day reconsideration, 30-day standard and 72-hour "
    "fast appeal, automatic Independent Review Entity, 1-800-MEDICARE, taglines")


# === 3. Colorado ERISA plan: an excluded benefit, printed from the member portal =================================

# one request: services, diagnoses, the plan's wording (section title, quoted text), self-funded plans only?, the
# member-specific reason clause, whether a physician usually reviews it, criteria a reviewer may name
_CO_EXCL = [
    dict(key="ivf", what="in vitro fertilization", self_only=True,
         services=[(["In vitro fertilization, egg retrieval", "Oocyte retrieval for IVF"], "58970"),
                   (["Embryo culture for IVF", "Culture of embryos, less than 4 days"], "89250")],
         dx=[(["Female infertility, unspecified"], "N97.9")],
         title="Infertility services",
         quote="The Plan does not cover treatment of infertility beyond the initial evaluation and diagnostic "
               "tests. Excluded services include in vitro fertilization, egg retrieval, embryo culture, embryo "
               "transfer and related drugs and laboratory services.",
         why="the request from your fertility clinic is for an IVF cycle with egg retrieval and embryo culture, and "
             "your employer's plan covers only the first evaluation and tests for infertility",
         md=False, crit=[]),
    dict(key="egg_freezing", what="egg freezing", self_only=True,
         services=[(["Egg (oocyte) freezing before cancer treatment", "Cryopreservation of mature eggs"], "89337")],
         dx=[(["Encounter for fertility preservation procedure"], "Z31.84"),
             (["Malignant neoplasm of unspecified site of right female breast"], "C50.911")],
         title="Reproductive services",
         quote="Collection, freezing and storage of eggs, sperm or embryos are not covered, including when they "
               "are done before a medical treatment that may affect fertility.",
         why="your oncologist asked us to cover freezing your eggs before chemotherapy, and your employer's plan "
             "excludes collecting and storing eggs for any reason",
         md=False, crit=[]),
    dict(key="hearing_aids", what="hearing aids", self_only=False,
         services=[(["Digital hearing aids, behind the ear, both ears", "Binaural digital hearing aids (behind "
                     "the ear)"], "V5261")],
         dx=[(["Sensorineural hearing loss, bilateral"], "H90.3")],
         title="Hearing services",
         quote="Hearing exams are covered. Hearing aids, their fitting and their batteries are excluded for "
               "members age 18 and older.",
         why="the audiology order is for two behind-the-ear hearing aids for you as an adult member, and the plan "
             "covers hearing tests but not hearing aids for adults",
         md=False, crit=[]),
    dict(key="bariatric", what="weight-loss surgery", self_only=False,
         services=[(["Laparoscopic sleeve gastrectomy", "Sleeve gastrectomy, laparoscopic"], "43775")],
         dx=[(["Morbid (severe) obesity due to excess calories"], "E66.01"),
             (["Body mass index [BMI] 40.0-44.9, adult"], "Z68.41")],
         title="Weight management",
         quote="Surgery for weight loss, including gastric bypass, sleeve gastrectomy and adjustable gastric "
               "banding, is not covered, regardless of medical reason or body mass index.",
         why="your surgeon asked to perform a sleeve gastrectomy for weight loss, and your employer chose a plan "
             "that leaves out weight-loss surgery even when a doctor recommends it",
         md=False, crit=[]),
    dict(key="blepharoplasty", what="eyelid surgery", self_only=False,
         services=[(["Upper eyelid surgery (blepharoplasty), both eyes", "Blepharoplasty, upper eyelids"],
                    "15822")],
         dx=[(["Dermatochalasis of right upper eyelid"], "H02.831"), (["Dermatochalasis of left upper eyelid"],
                                                                     "H02.834")],
         title="Cosmetic services",
         quote="Services that are intended primarily to change or improve your appearance are excluded, "
               "including cosmetic surgery of the eyelids, face or body.",
         why="the visual field test sent with the request shows no loss of side vision caused by your upper "
             "eyelids, so the surgery would mainly change how your eyelids look",
         md=True, crit=["Kaiser Permanente Colorado criteria for functional blepharoplasty",
                        "KP Colorado eyelid surgery coverage guideline"]),
    dict(key="rhinoplasty", what="nose surgery", self_only=False,
         services=[(["Rhinoplasty (reshaping of the nose)", "Primary rhinoplasty"], "30400")],
         dx=[(["Acquired deformity of nose"], "M95.0")],
         title="Cosmetic services",
         quote="Services that are intended primarily to change or improve your appearance are excluded, "
               "including cosmetic surgery of the nose, face or body.",
         why="the surgeon's notes describe the shape of your nose but no blocked breathing, injury or other "
             "problem with how the nose works, so the surgery would be cosmetic",
         md=True, crit=["Kaiser Permanente Colorado criteria for functional nasal surgery"]),
]
_CO_MS = [("303-338-3800", "Denver/Boulder"), ("1-888-681-7878", "Southern Colorado")]
_CO_SIGN = ["Benefit Determination Specialist", "Member Appeals Coordinator", "Claims Review Specialist"]


def _ce_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b20_ce"):
        return
    c.extra["b20_ce"] = True
    _fmt(w, ("mondash", "ymon", "mdyhint", "dotymd", "wkfull"))
    c.region = "Colorado"
    c.member_addr = address(w.rng, "CO", "Colorado")
    ex = w.pick(_CO_EXCL)
    c.extra["ce_ex"] = ex
    c.extra["ce_self"] = True if ex["self_only"] else w.chance(0.5)
    svcs = ex["services"] if w.chance(0.7) else ex["services"][:1]
    c.services = [dict(text=w.pick(t), codes=[code], decision="denied") for t, code in svcs]
    c.diagnoses = [dict(text=w.pick(t), codes=[code]) for t, code in ex["dx"]]
    if len(c.diagnoses) > 1 and w.chance(0.35):
        c.diagnoses = c.diagnoses[:1]
    c.provider = _clinician(w) if w.chance(0.75) else None
    c.service = None
    c.criteria = [w.pick(ex["crit"])] if ex["crit"] and w.chance(0.5) else []
    days = c.appeal_days if _has(c, "notice.appeal_deadline") else 180
    c.appeal_days = days
    c.appeal_phrase = w.pick([f"{days} days", f"{days} calendar days"]) if days != 180 else \
        w.pick(["180 days", "180 calendar days"])
    if w.chance(0.65 if ex["md"] else 0.25):
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]) if w.chance(0.85) else None,
                          specialty=w.pick(["Plastic Surgery", "Ophthalmology", "Internal Medicine",
                                            "Family Medicine"]) if w.chance(0.55) else None,
                          phone=phone(w.rng, "CO") if w.chance(0.4) else None)
        if c.reviewer["specialty"] and ex["key"] == "rhinoplasty" and c.reviewer["specialty"] == "Ophthalmology":
            c.reviewer["specialty"] = "Otolaryngology"
    else:
        c.reviewer = None
    sname, _, _ = person(w.rng, 0.1)
    c.extra["ce_signer"] = (sname, w.pick(_CO_SIGN))
    c.extra["ce_ms"] = w.pick(_CO_MS)
    c.extra["ce_sec"] = f"{w.rng.randint(4, 9)}.{w.rng.randint(1, 12)}"
    c.extra["ce_page"] = w.rng.randint(22, 88)
    c.extra["ce_msgid"] = f"MC{w.rng.randint(10**7, 10**8 - 1)}"
    c.extra["ce_times"] = (_clock(w), _clock(w), _clock(w))
    c.extra["ce_fwd"] = c.letter + dt.timedelta(days=w.rng.randint(1, 12))
    c.extra["ce_print"] = c.extra["ce_fwd"] + dt.timedelta(days=w.rng.randint(0, 9))
    c.extra["ce_box"] = w.pick(["P.O. Box 378066, Denver, CO 80237", "P.O. Box 203004, Denver, CO 80220",
                                "2500 South Havana Street, Aurora, CO 80014"])
    _flags(c)


def reason_b20_ce(w: W) -> str:
    _ce_setup(w)
    c = w.c
    ex = c.extra["ce_ex"]
    if _bare(c):
        return w.pick(["This service is not a covered benefit under your plan.", "The requested service is "
                       "excluded from coverage.", "Not a covered benefit."])
    return w.pick([
        f"We cannot cover {ex['what']} because {ex['why']}.",
        f"Your request for {ex['what']} is denied: {ex['why']}.",
        _cap(ex["why"]) + f". For this reason {ex['what']} is not covered.",
    ])


def _quote_lines(w: W, st: Style, text: str, prefix: str) -> list[Block]:
    from .layout import PAGE_W, width, wrap

    font = st.font()
    avail = PAGE_W - st.margin_l - st.margin_r - width(prefix, font, st.size) - 2
    return [w.p(prefix + text[a:e], space_before=0) for a, e in wrap(text, font, st.size, avail)]


def t_b20_ce(w: W):
    _ce_setup(w)
    c = w.c
    ex = c.extra["ce_ex"]
    selfund = c.extra["ce_self"]
    urgent = c.urgency == "expedited"
    no_prov = _has(c, "notice.plan_provision")
    no_ext = _has(c, "notice.external_review")
    no_ca = _has(c, "notice.consumer_assistance")
    ms, ms_area = c.extra["ce_ms"]
    fax, box = c.phones["fax"], c.extra["ce_box"]
    st = _style(w, ["helvetica", "times", "courier"], [9.0, 9.5, 10.0])
    if st.family == "courier":
        st.size = 9.0
    variant = w.rng.randrange(3)  # 0 portal message, 1 forwarded copy, 2 portal message with a header grid
    t_sent, t_fwd, t_print = c.extra["ce_times"]
    sent = _dm(w, "DATE_LETTER", c.letter)
    rec = _dm(w, "DATE_RECEIVED", c.received) if c.received else ""
    dec = _dm(w, "DATE_DECISION", c.decision) if c.decision else ""
    region = M("REGION", "Colorado")
    prov = M("PROVIDER", c.provider) if c.provider else ""
    reason = M("REASON", w.reason)
    msgid = c.extra["ce_msgid"]
    first, last = c.member_name.split()[0], c.member_name.split()[-1]
    doc = "Summary Plan Description" if selfund else "Evidence of Coverage"
    employer = c.extra["employer"]
    svc = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    subject = w.pick([f"Coverage decision: {ex['what']}", "Your benefit request - decision",
                      f"Benefit determination for {ex['what']}"])
    path = w.pick([f"kp.org/colorado/secure/message-center/inbox/{msgid}",
                   f"healthy.kaiserpermanente.org/colorado/secure/messages/view?id={msgid}"])
    pr = _fd(w, c.extra["ce_print"])
    st.footer = [w.pick([f"Printed {pr} {t_print} from {path}", f"{path} | printed {pr}, {t_print}"]),
                 w.pick(["Page {page} of {pages}", "{page}/{pages}"])]
    st.footer_align = "left"
    b: list[Block] = []
    b.append(w.p(w.pick(["kp.org | Message Center", "Kaiser Permanente - Secure Message Center",
                         "KP.ORG SECURE MESSAGES"]), bold=True, size=st.size + 2, space_before=0))
    b.append(Block("rule", space_before=4))
    sender = w.pick(["Kaiser Permanente Colorado Benefit Determinations", f"{region} Member Services - Appeals "
                     "and Coverage", "KP Colorado Claims Administration"])
    hdr = [("From", sender), ("To", w.name()), ("Sent", f"{sent} {t_sent} MT"), ("Subject", subject),
           ("Message ID", msgid)]
    if variant == 1:
        fwd = _fd(w, c.extra["ce_fwd"])
        helper, _, _ = person(w.rng, 0.1)
        hf, hl = helper.split()[0], helper.split()[-1]
        outer = [("From", f"{first} {last} <{first.lower()}.{last.lower()}@example.net>"),
                 ("To", f"{helper} <{hf[0].lower()}{hl.lower()}@example.com>"), ("Sent", f"{fwd} {t_fwd}"),
                 ("Subject", f"Fwd: {subject}")]
        b += [w.p(f"{k}: {v}", space_before=1) for k, v in outer]
        b.append(w.p(w.pick([f"{hf}, here is the denial from Kaiser. Can you help me with the appeal?",
                             "Forwarding this so you have a copy for the appeal.", "See below. Thanks!"]),
                     space_before=8))
        b.append(w.p("---------- Forwarded message ---------", space_before=8))
        b += [w.p(f"{k}: {v}", space_before=1) for k, v in hdr]
    elif variant == 2:
        b.append(Block("table", rows=[[k, v] for k, v in hdr], header_row=False, size=st.size - 0.5,
                       space_before=6))
    else:
        b += [w.p(f"{k}: {v}", space_before=1) for k, v in hdr]
    b.append(Block("rule", space_before=6))
    # body
    b.append(w.p(w.pick([f"Member: {w.name()} | Member ID (MRN): {w.mid()} | Reference: {c.ids['ref']}",
                         f"RE: {w.name()}, medical record number {w.mid()}",
                         f"Regarding member {w.mid()} ({w.name()}), reference {c.ids['ref']}"]),
                 size=st.size - 0.5, space_before=6))
    b.append(w.p(w.pick([f"Dear {c.member_salute},", f"Hello {c.member_salute},", f"{c.member_salute},"]),
                 space_before=8))
    if urgent:
        b.append(w.p("You asked for an urgent decision, so we reviewed this request on an expedited basis.",
                     bold=True))
    ask = (f"{prov} asked us to cover {svc}" if c.provider else f"You asked us to cover {svc}")
    b.append(w.p(ask + (f". We received the request on {rec}." if rec else ".") + w.pick([
        " This message explains our decision and your rights.", " Please read this message carefully.", ""])))
    b.append(w.p((f"We made our decision on {dec}. " if dec else "") + reason))
    b.append(w.p(w.pick(["Diagnosis on the request: ", "The request listed: "]) + dxs + "."))
    if selfund:
        b.append(w.p(w.pick([
            f"The {employer} health benefit plan is self-funded: your employer pays the claims, and Kaiser "
            "Permanente is the claims administrator that decides them under the plan's terms.",
            f"Your plan is a self-funded employer plan sponsored by {employer}. Kaiser Permanente administers "
            "claims for the plan as its claims administrator.",
        ])))
    else:
        b.append(w.p(w.pick([f"Your group coverage through {employer} is insured by Kaiser Foundation Health Plan "
                             "of Colorado.", f"{employer} provides your coverage through an insured Kaiser "
                             "Permanente group plan."])))
    if not no_prov:
        sec, pg = c.extra["ce_sec"], c.extra["ce_page"]
        b.append(w.p(w.pick([
            f"Your {doc}, section {sec} (\"{ex['title']}\"), page {pg}, says:",
            f"This is the plan language we relied on, from the {doc}, \"{ex['title']}\" (section {sec}, page "
            f"{pg}):",
        ]), space_before=6))
        if variant == 2 or w.chance(0.3):
            b.append(w.p(ex["quote"], indent=28, italic=True, space_before=3))
        else:
            b += _quote_lines(w, st, ex["quote"], "> ")
    if c.criteria:
        b.append(w.p(w.pick(["The reviewer also applied the ", "We also checked the request against the "]) +
                     M("CRITERIA", c.criteria[0]) + "."))
    if c.reviewer:
        r = c.reviewer
        nm = M("REVIEWER_NAME", r["name"])
        cred = f", {M('REVIEWER_CRED', r['credentials'])}" if r["credentials"] else ""
        sp = f" ({M('REVIEWER_SPECIALTY', r['specialty'])})" if r["specialty"] else ""
        t = w.pick([f"A plan physician, {nm}{cred}{sp}, reviewed the request.",
                    f"Physician reviewer: {nm}{cred}{sp}."])
        if r["phone"]:
            t += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', r['phone'])}."
        b.append(w.p(t))
    # rights
    days = M("APPEAL_DAYS", c.appeal_phrase)
    b.append(w.p(w.pick(["YOUR RIGHT TO APPEAL", "How to appeal this decision", "If you disagree"]), bold=True,
                 space_before=10))
    b.append(w.p(w.pick([
        f"You may appeal within {days} after you receive this notice. Reply to this message, write to Appeals, "
        f"{box}, fax {fax}, or call Member Services at {ms} ({ms_area}; TTY 711). Tell us why you disagree and "
        "send anything that supports your appeal.",
        f"To appeal, send us your request within {days} of receiving this decision: by secure message, by mail "
        f"to {box}, by fax to {fax}, or by phone at {ms} (TTY 711).",
    ])))
    b.append(w.p(w.pick(["We will decide your appeal within 30 days after we receive it, because this is a "
                         "request for care you have not had yet.", "This is a pre-service claim: we decide the "
                         "appeal within 30 days of receiving it."])))
    b.append(w.p(w.pick(["If waiting could seriously jeopardize your life, health or ability to regain maximum "
                         "function, ask for an urgent appeal; we will decide it within 72 hours.",
                         "Urgent appeals are decided within 72 hours when the normal time frame could seriously "
                         "harm your health."])))
    if not no_ext:
        b.append(w.p(w.pick([
            "After our final decision on appeal, you may be able to ask for an external review by an independent "
            "review organization. Ask within 4 months after you receive that decision.",
            "If we uphold the denial, you may have the right to external review by an independent review "
            "organization; the request is due within four months of our final decision.",
        ])))
    b.append(w.p("You have the right to bring a civil action under " + ("ERISA § 502(a)" if no_prov else
                 "section 502(a) of the Employee Retirement Income Security Act (ERISA)") +
                 " after you complete the appeal process."))
    b.append(w.p(w.pick(["You may ask for free copies of all documents, records and other information relevant "
                         "to your claim.", "On request, we send you free copies of the documents and records "
                         "related to this claim."])))
    if not no_ca:
        b.append(w.p("Questions about your rights under ERISA: Employee Benefits Security Administration, "
                     "1-866-444-3272 (check your plan documents for current contact information)."))
        if not selfund:
            b.append(w.p(w.pick(["Because your plan is insured, you may also contact the Colorado Division of "
                                 "Insurance for help.", "The Colorado Division of Insurance can also help with "
                                 "questions about insured plans."])))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free language help: {ms} (TTY 711).", f"Interpreter services at no cost: call "
                             f"{ms}."])))
    sn, stt = c.extra["ce_signer"]
    b.append(w.p(w.pick(["Thank you,", "Sincerely,", "Regards,"]), space_before=8))
    b.append(w.p(sn, space_before=2))
    b.append(w.p(f"{stt}, Kaiser Permanente Colorado", space_before=0))
    b.append(w.p(w.pick(["Please do not reply with urgent medical questions. Call 911 in an emergency.",
                         "This message was sent securely through kp.org."]), size=st.size - 1, italic=True,
                 space_before=8))
    b += _taglines(w, "CO", f"{ms} (TTY 711)", w.pick([None, "Language assistance"]))
    return b, st, ["co_portal_message", "co_portal_forwarded", "co_portal_header_grid"][variant]


BLIND20_TEMPLATES["blind20_co_erisa_portal_exclusion"] = (t_b20_ce, dict(
    plans=["erisa_group"], states=["CO"], kinds=["initial_denial"], cats=["not_covered"], reason=reason_b20_ce))
MODELED_ON["blind20_co_erisa_portal_exclusion"] = (
    "blind20: Kaiser Permanente Colorado ERISA employer plan (self-funded with Kaiser as claims administrator, or "
    "insured) denial of an excluded benefit (IVF or egg freezing on self-funded plans, adult hearing aids, "
    "weight-loss surgery, cosmetic eyelid or nose surgery) printed from the member portal: message header (From, To, "
    "Sent, Subject, Message ID), quoted plan language ('> ' lines or an indented block), print time and path in the "
    "footer, some copies forwarded under a later outer header; 180-day appeal, 30-day pre-service appeal, 72-hour "
    "urgent appeal, external review within 4 months, section 502(a), EBSA with the catalogue's caveat, the Colorado "
    "Division of Insurance by name for insured plans, taglines")
