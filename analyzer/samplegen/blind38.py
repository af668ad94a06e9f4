"""Thirty-eighth blind evaluation set: templates written without sight of the extractor, to be measured once.

Registered in ``BLIND38_TEMPLATES`` only: ``generate(seed)`` never picks them; ask by name, e.g.
``generate(seed, template="blind38_ga_commercial_authorized_claim_denied")``. Everything printed here (prose,
headings, labels, taglines, layouts) is written for this set; law facts come from the rule catalogue
(shared/domain/rules.md).

1. ``blind38_nca_second_opinion_outside_cancer_center``: a Kaiser Permanente Northern California commercial HMO
   letter (Knox-Keene, DMHC; plan_type ``commercial_hmo``, state CA, letter_kind ``second_opinion_denial``, category
   ``second_opinion``) refusing a second opinion at an outside academic cancer center for prostate cancer (C61) or
   breast cancer (C50.x) before surgery or radiation; the consultation is billed as CPT 99245 or carries no code. The
   refusal offers an appropriately qualified plan specialist of the same specialty instead (HSC 1383.15 as the
   catalogue restates it). Some requests are urgent (expedited, decided within 72 hours). Layouts:
   ``nca_so_three_heads`` (a short letter under "Your request" / "Our decision" / "Other options" headings),
   ``nca_so_offered_list`` (the plan specialists offered are listed with clinic, phone and first opening; never the
   reviewer) and ``nca_so_fax_packet`` (a fax: a routing header atop every page, a cover sheet with a "Pages: 3"
   line, the letter on page 2 and the rights on page 3). Rights from the catalogue: a grievance within 180 days
   (phone 1-800-464-4000, TTY 711, kp.org, in writing or in person), decided in 30 days or 72 hours (3 days) when
   urgent with the right to call the DMHC at once, IMR within 6 months of the plan's written decision when the
   dispute qualifies, the plan's second-opinion timelines on request, free copies, the Health Consumer Alliance
   (1-888-804-3536), the DMHC statement in 12-point bold (1-888-466-2219, TDD 1-877-688-9891, www.dmhc.ca.gov), and
   language-help lines in 17 languages. A planted ``second_opinion.eligible_denied`` refuses outright ("your
   doctor's plan is sufficient") and offers nobody (that letter never uses the offered-list layout);
   ``second_opinion.untimely`` is an urgent request decided after 72 hours. Distractors: the treating plan
   urologist or surgeon, the outside center's physician, the biopsy, MRI and tumor-board dates, the planned
   treatment date, the offered specialists, their clinics, phones and appointment dates, the referral number, the
   unit's phone and fax, the PSA or tumor size.

   Which date is which: the letter date heads the letter (the fax's "Date:" on the cover sheet in the fax packet);
   received and decision dates are stated as such ("We received your request on", "Decision date"). Biopsy, MRI,
   tumor board, planned treatment and appointment dates are never truth; no service date is truth. Which name is
   the member: the addressee (the cover sheet's "Re:" in the fax). Which reason is the reason: the paragraph under
   "Our decision" / "Why we decided this"; the clinical summary is support. The truth counts the outside
   consultation only.

2. ``blind38_ga_commercial_authorized_claim_denied``: a Kaiser Permanente Georgia commercial HMO payment denial
   (plan_type ``commercial_hmo``, state GA, letter_kind ``payment_denial``) of a claim for a procedure that had been
   authorized: knee arthroscopy (authorized 29881; billed 29881, or 29880 when both menisci were trimmed) or carpal
   tunnel release (authorized open release 64721; billed 64721, or the endoscopic release 29848). Category
   ``administrative`` when the code billed differs from the code authorized, ``no_prior_authorization`` when the
   authorization had lapsed before the surgery date (the surgery was moved). Diagnoses M23.2xx / S83.2xxA for the
   knee, G56.0x for the wrist. Layouts: ``ga_claim_summary`` (a claim summary: claim, authorization and its valid
   dates, then a table of billed lines), ``ga_quoted_authorization`` (the earlier authorization letter quoted in an
   indented block) and ``ga_explanation_codes`` (remark codes on the billed lines and an "Explanation codes" legend
   at the end). Georgia commercial rights from the catalogue: appeal within 180 days of receiving the notice,
   decided within 60 days for care already received; external review by an independent review organization within
   4 months of the final internal decision (45 CFR 147.136); free copies of documents; the diagnosis and treatment
   codes and their meanings on request (asking is not an appeal); the Georgia Office of Commissioner of Insurance by
   name and, for employer plans, EBSA 1-866-444-3272 with the catalogue's caveat; the Kaiser Permanente Health Line
   404-365-0966 / 1-800-611-1811; taglines. ``process.emergency_prior_auth`` is refused (an elective scheduled
   surgery); ``process.retro_denial_of_authorized`` does not apply in Georgia (catalogue: CA and Medicare only).
   Distractors: the authorization number, its issue and valid-from/to dates, the original surgery date, the claim
   number, the NPI, a paid line on the same claim (crutches E0114 or a wrist orthosis L3908), the authorized code
   when it differs from the billed one, the surgery center or surgeon who did not bill, amounts.

   Which date is which: the letter date heads the letter; the received date is when the claim arrived ("Claim
   received"), the decision date is when it was processed ("Processed" / "Date of this decision"); the service date
   is the date of surgery ("Date of service"). The authorization's issue date, valid-from and valid-to dates and the
   first scheduled surgery date are never truth. Which name is the member: the addressee ("Patient" in the table).
   Which reason is the reason: the paragraph under "Why we denied this claim" (the legend lines are support). The
   truth counts the denied line only (the paid line is a distractor).

3. ``blind38_scal_medi_cal_out_of_network_childrens_specialist``: a Kaiser Permanente Southern California Medi-Cal
   Notice of Action (plan_type ``medi_cal``, state CA, letter_kind ``initial_denial``, category ``out_of_network``)
   to the parent or guardian of a child member, denying a referral to a pediatric specialist at an outside
   children's hospital (a pediatric gastroenterology consultation, CPT 99244, sometimes with an upper endoscopy
   with biopsy, CPT 43239; or a pediatric endocrinology consultation, 99244) because a plan pediatric specialist is
   available; the NOA names that specialist and an appointment. Diagnoses K90.0, K50.90, R62.51, K21.9 or R62.52.
   Layouts: ``mc_noa_rights_insert_es`` (the NOA, a "Your Rights" insert page, and a page in Spanish with the
   notice date and the taglines), ``mc_noa_boxed_form`` (the NOA laid out as a form of labelled boxes; dates in
   the boxes are printed as box digits "MM DD YYYY") and ``mc_noa_continuity`` (a letter with a continuity-of-care
   paragraph naming the doctor the child sees now outside the plan). Medi-Cal rights from the catalogue: appeal to
   the plan within 60 days of the date on the NOA, decided in 30 days or 72 hours when urgent; a State Hearing
   within 120 days of the plan's appeal decision letter, or without waiting when the plan does not decide in 30
   days (CDSS (800) 743-8525, TDD (800) 952-8349, the CDSS mailing address); IMR through the DMHC if no State
   Hearing was asked for first; continued services when the appeal is filed within 10 days of the notice or before
   the change takes effect; free copies; the Medi-Cal Managed Care Ombudsman 1-888-452-8609; the DMHC statement;
   taglines. Distractors: the parent (the addressee, never the member), the Medi-Cal CIN, the outside specialist
   and hospital, the plan specialist offered and the appointment date, the pediatrician's visit, lab and growth
   dates, the referral number, the child's date of birth.

   Which date is which: the letter date is the NOA's date ("Date of notice" box, the date line, the Spanish page's
   "Fecha del aviso"); the received date is when the referral request came in; the decision date is stated as such.
   Visit, lab, weight-check, appointment and birth dates are never truth; no service date is truth. Which name is
   the member: the child (the parent is only the addressee). Which reason is the reason: the paragraph under "Why
   we made this decision" (or the boxed "Reason" field). The truth counts the denied referral lines only.

Dates use this set's own styles (``b38date``); ``parse_blind38_date`` reads them back.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .blind_parts import has as _has
from .blind_parts import uni as _uni
from .blind_parts import who as _who
from .case import _flags, address, person
from .layout import Block, Style, layout
from .markup import M
from .vocab import facilities
from .writer import W, join_and

BLIND38_TEMPLATES: dict[str, tuple] = {}
MODELED_ON: dict[str, str] = {}

# --- dates ------------------------------------------------------------------------------------------------------

MONTHS = D.MONTHS_EN
MESES = D.MONTHS_ES
_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DOW3 = [x[:3].upper() for x in _DOW]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def b38date(d: dt.date, style: str) -> str:
    """A date in one of this set's printed styles."""
    mon = MONTHS[d.month - 1]
    if style == "faxwk":  # 03/14/2026 SAT (a fax machine's stamp: date, then the weekday in capitals)
        return f"{d.month:02d}/{d.day:02d}/{d.year} {_DOW3[d.weekday()]}"
    if style == "yrmon":  # 2026 Mar 14
        return f"{d.year} {mon[:3]} {d.day}"
    if style == "capsmon":  # MAR 14, 2026
        return f"{mon[:3].upper()} {d.day}, {d.year}"
    if style == "mdyy2":  # 3-14-26 (month first, no padding, two-digit year)
        return f"{d.month}-{d.day}-{d.year % 100:02d}"
    if style == "slashwk":  # 3/14/2026 (Saturday)
        return f"{d.month}/{d.day}/{d.year} ({_DOW[d.weekday()]})"
    if style == "boxes":  # 03 14 2026 (a form's MM DD YYYY boxes)
        return f"{d.month:02d} {d.day:02d} {d.year}"
    if style == "es_wkdel":  # sábado, 14 de marzo del 2026
        return f"{_DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} del {d.year}"
    raise ValueError(style)


EN_STYLES = ("faxwk", "yrmon", "capsmon", "mdyy2", "slashwk", "boxes")
ES_STYLES = ("es_wkdel",)
STYLES = EN_STYLES + ES_STYLES


def parse_blind38_date(text: str) -> dt.date | None:
    """Read back a date printed by ``b38date`` (None for anything else)."""
    t = " ".join(text.split())
    mon3 = [m[:3] for m in MONTHS]
    try:
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4}) ([A-Z]{3})", t)
        if m:
            d = dt.date(int(m[3]), int(m[1]), int(m[2]))
            return d if _DOW3[d.weekday()] == m[4] else None
        m = re.fullmatch(r"(\d{4}) ([A-Z][a-z]{2}) (\d{1,2})", t)
        if m and m[2] in mon3:
            return dt.date(int(m[1]), mon3.index(m[2]) + 1, int(m[3]))
        m = re.fullmatch(r"([A-Z]{3}) (\d{1,2}), (\d{4})", t)
        if m and m[1] in [x.upper() for x in mon3]:
            return dt.date(int(m[3]), [x.upper() for x in mon3].index(m[1]) + 1, int(m[2]))
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{2})", t)
        if m:
            return dt.date(2000 + int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}) \(([A-Z][a-z]+)\)", t)
        if m:
            d = dt.date(int(m[3]), int(m[1]), int(m[2]))
            return d if _DOW[d.weekday()] == m[4] else None
        m = re.fullmatch(r"(\d{2}) (\d{2}) (\d{4})", t)
        if m:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        m = re.fullmatch(r"([a-zá-ú]+), (\d{1,2}) de ([a-z]+) del (\d{4})", t)
        if m and m[1] in _DIAS and m[3] in MESES:
            d = dt.date(int(m[4]), MESES.index(m[3]) + 1, int(m[2]))
            return d if _DIAS[d.weekday()] == m[1] else None
    except ValueError:
        return None
    return None


def _fmt(w: W, body: tuple[str, ...], head: tuple[str, ...]) -> None:
    w.c.extra["b38_fmt"] = w.pick(list(body))
    w.c.extra["b38_head"] = w.pick(list(head))


def _fd(w: W, day: dt.date | None, key: str = "b38_fmt") -> str:
    if not day:
        return ""
    return b38date(day, w.c.extra.get(key, key) if key.startswith("b38_") else key)


def _dm(w: W, label: str, day: dt.date | None, key: str = "b38_fmt") -> str:
    return M(label, _fd(w, day, key)) if day else ""


# --- shared small pieces ------------------------------------------------------------------------------------------


def _phone(w: W, areas: list[str]) -> str:
    a, n, m = w.pick(areas), w.rng.randint(202, 987), w.rng.randint(0, 9999)
    return w.pick([f"({a}) {n}-{m:04d}", f"{a}-{n}-{m:04d}"])


def _style(w: W, families: list[str], sizes: list[float], margins: list[float]) -> Style:
    st = Style(family=w.pick(families), size=w.pick(sizes), margin_l=w.pick(margins),
               margin_t=w.pick([44.0, 50.0, 56.0]))
    st.margin_r = st.margin_l + w.pick([-4.0, 0.0, 8.0])
    return st


def _signature(w: W, b: list[Block], close: str, unit: str, org: str) -> None:
    c = w.c
    b.append(w.p(close, space_before=10))
    if c.reviewer:
        r = c.reviewer
        b.append(w.p(r["name"] + (f", {r['credentials']}" if r["credentials"] else ""), space_before=12))
        b.append(w.p(c.reviewer_title, space_before=0))
    else:
        b.append(w.p(unit, space_before=12))
    b.append(w.p(org, space_before=0))


# language-help lines written for this set; {ph} is the number the letter prints
_TAG = {
    "en": "ENGLISH: If you need help in your language, call {ph}. Help for people with disabilities, such as "
          "documents in large print or braille, is also available. These services are free.",
    "es": "ESPAÑOL: Si necesita ayuda en su idioma, llame al {ph}. También ofrecemos ayuda para personas con "
          "discapacidades. Estos servicios son gratuitos.",
    "zh": "简体中文：如果您需要以您的语言获得帮助，请致电 {ph}。这些服务均为免费。",
    "vi": "TIẾNG VIỆT: Nếu quý vị cần trợ giúp bằng ngôn ngữ của mình, vui lòng gọi {ph}. Các dịch vụ này "
          "đều miễn phí.",
    "tl": "TAGALOG: Kung kailangan mo ng tulong sa iyong wika, tumawag sa {ph}. Libre ang mga serbisyong ito.",
    "ko": "한국어: 귀하의 언어로 도움이 필요하시면 {ph} 번으로 전화하십시오. 이 서비스는 무료입니다.",
    "hy": "ՀԱՅԵՐԵՆ. Եթե Ձեզ օգնություն է պետք Ձեր լեզվով, զանգահարեք {ph}։ Այս ծառայություններն անվճար են։",
    "ru": "РУССКИЙ: Если вам нужна помощь на вашем языке, позвоните по номеру {ph}. Эти услуги бесплатны.",
    "fa": "فارسی: اگر به کمک به زبان خود نیاز دارید، با {ph} تماس بگیرید. این خدمات رایگان است.",
    "ja": "日本語：ご自分の言語での支援が必要な場合は、{ph} までお電話ください。これらのサービスは無料です。",
    "km": "ខ្មែរ៖ ប្រសិនបើអ្នកត្រូវការជំនួយជាភាសារបស់អ្នក សូមទូរស័ព្ទទៅ {ph}។ សេវាទាំងនេះឥតគិតថ្លៃ។",
    "pa": "ਪੰਜਾਬੀ: ਜੇ ਤੁਹਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ ਤਾਂ {ph} 'ਤੇ ਕਾਲ ਕਰੋ। ਇਹ ਸੇਵਾਵਾਂ ਮੁਫ਼ਤ ਹਨ।",
    "hmn": "HMOOB: Yog koj xav tau kev pab ua koj hom lus, hu rau {ph}. Cov kev pab no yog pab dawb.",
    "ar": "العربية: إذا كنت بحاجة إلى المساعدة بلغتك، فاتصل على {ph}. هذه الخدمات مجانية.",
    "hi": "हिंदी: यदि आपको अपनी भाषा में सहायता चाहिए, तो {ph} पर कॉल करें। ये सेवाएँ निःशुल्क हैं।",
    "th": "ภาษาไทย: หากคุณต้องการความช่วยเหลือในภาษาของคุณ โปรดโทร {ph} บริการเหล่านี้ไม่มีค่าใช้จ่าย",
    "lo": "ພາສາລາວ: ຖ້າທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອເປັນພາສາຂອງທ່ານ, ໃຫ້ໂທຫາ {ph}. ບໍລິການເຫຼົ່ານີ້ບໍ່ເສຍຄ່າ.",
    "fr": "FRANÇAIS : Si vous avez besoin d'aide dans votre langue, appelez le {ph}. Ces services sont gratuits.",
    "gu": "ગુજરાતી: જો તમને તમારી ભાષામાં મદદની જરૂર હોય, તો {ph} પર કૉલ કરો. આ સેવાઓ મફત છે.",
    "am": "አማርኛ፦ በቋንቋዎ እርዳታ ከፈለጉ በ{ph} ይደውሉ። እነዚህ አገልግሎቶች ነፃ ናቸው።",
    "de": "DEUTSCH: Wenn Sie Hilfe in Ihrer Sprache brauchen, rufen Sie {ph} an. Diese Dienste sind kostenlos.",
}
_TAG_SETS = {
    "CA": ["en", "es", "zh", "vi", "tl", "ko", "hy", "ru", "fa", "ja", "km", "pa", "hmn", "ar", "hi", "th", "lo"],
    "GA": ["es", "vi", "ko", "zh", "gu", "fr", "am", "de", "ar", "hi", "ru", "ja"],
}


def _taglines(w: W, key: str, ph: str, heading: str | None, size: float = 7.2, skip: tuple = ()) -> list[Block]:
    if _has(w.c, "notice.language_assistance"):
        return []
    langs = [x for x in _TAG_SETS[key] if x not in skip]
    out: list[Block] = [w.h(heading, space_before=8, size=size + 1.6) if heading else Block("rule", space_before=6)]
    for code in langs:
        t = _TAG[code].replace("{ph}", ph)
        out.append(Block("para", text=t, size=size, unicode=_uni(t), space_before=1.0))
    return out


_CA_MS = "1-800-464-4000"


def _dmhc(w: W, ph: str, size: float = 12.0) -> Block:
    """The HSC 1368.02(b) statement in this set's own English wording (12-point bold)."""
    return w.p(w.pick([
        "The California Department of Managed Health Care (DMHC) regulates health care service plans. If you have a "
        f"grievance against your health plan, first call your plan at {ph} and use the plan's grievance process "
        "before you contact the Department. Using this grievance process does not take away any legal rights or "
        "remedies you may have. If you need help with a grievance about an emergency, a grievance your plan has not "
        "resolved to your satisfaction, or a grievance that has stayed unresolved for more than 30 days, you may "
        "call the Department for help. You may also be eligible for an Independent Medical Review (IMR). If you "
        "are, the IMR process will give an impartial review of medical decisions made by a health plan about the "
        "medical necessity of a proposed service or treatment, coverage decisions for treatments that are "
        "experimental or investigational in nature, and payment disputes for emergency or urgent medical services. "
        "The Department has a toll-free number (1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and "
        "speech impaired. Complaint forms, IMR application forms and instructions are on the Department's website, "
        "www.dmhc.ca.gov.",
        "Your health plan is regulated by the California Department of Managed Health Care (DMHC). Before you "
        f"contact the Department about a grievance, please call us at {ph} and go through our grievance process. "
        "Doing so does not limit any legal right or remedy that may be open to you. Call the Department if your "
        "grievance involves an emergency, if we did not resolve it to your satisfaction, or if it is still not "
        "resolved after 30 days. You may qualify for an Independent Medical Review (IMR), an impartial review of a "
        "plan's decisions about whether a proposed service or treatment is medically necessary, about coverage of "
        "experimental or investigational treatment, and about payment for emergency or urgent care. DMHC toll-free: "
        "1-888-466-2219; TDD for the hearing and speech impaired: 1-877-688-9891. Complaint forms, IMR applications "
        "and instructions: www.dmhc.ca.gov.",
    ]), bold=True, size=size, space_before=8)


# === 1. Northern California commercial: outside second opinion at an academic cancer center =========================

_NC_AREAS = ["510", "415", "916", "925", "408", "707", "209", "650"]
_NC_CENTERS = ["Bayshore University Comprehensive Cancer Center", "Sierra Foothills Academic Cancer Institute",
               "Golden Gate University Health - Cancer Center", "Delta Valley University Cancer Center",
               "Pacific Heights University Medical Center, Oncology Program"]
_NC_CANCERS = {
    "prostate": dict(dx=[("Malignant neoplasm of prostate", "C61")], what="prostate cancer",
                     plan=["radical prostatectomy", "robotic-assisted radical prostatectomy",
                           "external beam radiation with hormone therapy"],
                     spec=["Urologic Oncology", "Urology"], outside_dept="Genitourinary Oncology",
                     offered_spec="Urologic Oncology",
                     tests=("prostate biopsy", "prostate MRI", "PSA {x} ng/mL")),
    "breast": dict(dx=[("Malignant neoplasm of upper-outer quadrant of right female breast", "C50.411"),
                       ("Malignant neoplasm of upper-outer quadrant of left female breast", "C50.412"),
                       ("Malignant neoplasm of unspecified site of right female breast", "C50.911"),
                       ("Malignant neoplasm of unspecified site of left female breast", "C50.912")],
                   what="breast cancer",
                   plan=["lumpectomy followed by radiation", "mastectomy", "chemotherapy before surgery"],
                   spec=["Breast Surgical Oncology", "Medical Oncology"], outside_dept="Breast Cancer Program",
                   offered_spec="Breast Surgical Oncology",
                   tests=("core needle biopsy", "breast MRI", "tumor size {x} cm")),
}
_NC_SO_SVC = ["Second opinion consultation at {center} (outside Kaiser Permanente)",
              "Outside second-opinion office consultation, {dept}, {center}",
              "Consultation for a second opinion with a non-plan specialist at {center}"]
_NC_CLINICS = ["Oakland Medical Center", "San Francisco Medical Center", "Roseville Medical Center",
               "Walnut Creek Medical Center", "Santa Clara Medical Center", "South Sacramento Medical Center",
               "Vallejo Medical Center"]


def _nc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b38_nc"):
        return
    c.extra["b38_nc"] = True
    _fmt(w, ("yrmon", "mdyy2"), ("capsmon", "slashwk"))
    c.region = "Northern California"
    c.member_addr = address(w.rng, "CA", "Northern California")
    kind = c.extra["nc_kind"] = w.pick(["prostate", "breast"])
    ca = _NC_CANCERS[kind]
    center = c.extra["nc_center"] = w.pick(_NC_CENTERS)
    text = w.pick(_NC_SO_SVC).format(center=center, dept=ca["outside_dept"])
    c.services = [dict(text=text, codes=["99245"] if w.chance(0.6) else [], decision="denied")]
    t, code = w.pick(ca["dx"])
    c.diagnoses = [dict(text=t, codes=[code])]
    c.criteria = []
    c.service = None
    c.category = "second_opinion"
    c.extra["nc_plan"] = w.pick(ca["plan"])
    c.extra["nc_x"] = w.pick(["6.8", "9.1", "11.4", "14.2"]) if kind == "prostate" else w.pick(["1.4", "2.2", "2.9"])
    base = c.received or c.letter
    c.extra["nc_biopsy"] = base - dt.timedelta(days=w.rng.randint(20, 60))
    c.extra["nc_mri"] = c.extra["nc_biopsy"] + dt.timedelta(days=w.rng.randint(4, 12))
    c.extra["nc_board"] = min(base - dt.timedelta(days=1), c.extra["nc_mri"] + dt.timedelta(days=w.rng.randint(3, 9)))
    c.extra["nc_start"] = c.letter + dt.timedelta(days=w.rng.randint(12, 35))
    c.extra["nc_outside_md"] = "Dr. " + person(w.rng, 0.1)[0]
    c.extra["nc_treating"] = c.provider or (person(w.rng, 0.1)[0] + ", MD")
    # the plan specialists offered instead: same specialty, first openings within a few business days of the letter
    offered = []
    if not _has(c, "second_opinion.eligible_denied"):
        for _ in range(w.rng.randint(2, 3)):
            name, _, _ = person(w.rng, 0.2)
            offered.append(dict(name=f"{name}, {w.pick(['MD', 'M.D.', 'DO'])}", clinic=w.pick(_NC_CLINICS),
                                phone=_phone(w, _NC_AREAS), appt=D.add_business(c.letter, w.rng.randint(2, 8))))
        offered.sort(key=lambda o: o["appt"])
        c.innet["appt"] = offered[0]["appt"]
        c.innet["name"] = offered[0]["name"]
    c.extra["nc_offered"] = offered
    if w.chance(0.15):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(ca["spec"]) if w.chance(0.7) else None,
                          phone=_phone(w, _NC_AREAS) if w.chance(0.5) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Chief, Outside Referrals", "Reviewing Physician"])
    c.extra["nc_ref"] = f"NCR-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["nc_phone"] = _phone(w, _NC_AREAS)
    c.extra["nc_fax"] = _phone(w, _NC_AREAS)
    c.extra["nc_doc_fax"] = _phone(w, _NC_AREAS)
    c.extra["nc_time"] = f"{w.rng.randint(7, 17):02d}:{w.rng.randint(0, 59):02d}"
    _flags(c)


def reason_b38_nc(w: W) -> str:
    _nc_setup(w)
    c = w.c
    ca = _NC_CANCERS[c.extra["nc_kind"]]
    center, sub, what = c.extra["nc_center"], ca["offered_spec"], ca["what"]
    if _has(c, "second_opinion.eligible_denied"):
        return w.pick([
            f"Your doctor's treatment plan for your {what} ({c.extra['nc_plan']}) follows national guidelines and "
            "was reviewed by our tumor board. Another opinion would not change that plan, so a second opinion is not "
            "needed.",
            f"We reviewed your records and agree with your treating doctor. The recommended {c.extra['nc_plan']} is "
            f"the standard treatment for your {what}, and your doctor's opinion is sufficient; we are not approving a "
            "second opinion.",
        ])
    return w.pick([
        f"{center} is not part of the Kaiser Permanente network. Kaiser Permanente has specialists in {sub} who "
        f"treat {what} and are qualified to give you a second opinion, so we are approving a second opinion with one "
        "of them instead of the outside visit.",
        f"You can get a second opinion on your {what} from a Plan specialist in {sub}, the same specialty as the "
        f"doctor who recommended your treatment. Because qualified Plan specialists are available, the consultation "
        f"at {center}, which is outside our network, is not approved.",
        f"State law lets you have a second opinion from a qualified health professional. Our network includes "
        f"specialists in {sub} with training and experience in {what}; a second opinion is available from them, so "
        f"we will not authorize one at {center}, a non-Plan provider.",
    ])


def _nc_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    urgent = c.urgency == "expedited"
    head(w.pick(["If you disagree: your grievance rights", "Your right to file a grievance", "How to file a grievance"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You may file a grievance (appeal) within {M('APPEAL_DAYS', c.appeal_phrase)} from the date of this "
            f"letter. Call Member Services at {_CA_MS} (TTY 711), file online at kp.org, write to us, or bring it to "
            "the Member Services office at any Kaiser Permanente facility. Your doctor or someone you name in writing "
            "may file for you.",
            f"To disagree with this decision, file a grievance no later than {M('APPEAL_DAYS', c.appeal_phrase)} after "
            f"the date of this letter: by phone ({_CA_MS}, TTY 711), online at kp.org, by mail, or in person at a "
            "Member Services office. You may name a representative, including your doctor.",
        ]), size=size))
    b.append(w.p(w.pick([
        "We send a written decision within 30 days. If your health is under an imminent and serious threat (for "
        "example severe pain or possible loss of life, limb or major bodily function), ask for an expedited review: "
        "we decide within 72 hours (3 days), and you may contact the DMHC right away without waiting.",
        "Grievances are decided within 30 days; urgent ones, where a delay could seriously threaten your health, "
        "within 72 hours. In an urgent case you do not have to wait for us before calling the Department of Managed "
        "Health Care.",
    ]) + (" Because your request was urgent, we reviewed it on an expedited basis." if urgent else ""), size=size))
    b.append(w.p(w.pick([
        "If the dispute qualifies, you may ask the DMHC for an Independent Medical Review (IMR) within 6 months "
        "after our written grievance decision. IMR is free.",
        "Independent Medical Review (IMR) through the DMHC is free; apply within 6 months of our written decision on "
        "your grievance if your case qualifies.",
    ]), size=size))
    b.append(w.p(w.pick([
        "On request we will send you our timelines for answering second-opinion requests, and free copies of the "
        "records and documents we used to decide.",
        "You may ask us, at no cost, for copies of the documents used in this decision and for our written timelines "
        "for second-opinion requests.",
    ]), size=size))
    b.append(w.p(w.pick([
        "Free help with a grievance or IMR: the Health Consumer Alliance, the DMHC's Consumer Assistance Program, "
        "1-888-804-3536.",
        "For free help, call the DMHC Consumer Assistance Program (Health Consumer Alliance) at 1-888-804-3536.",
    ]), size=size))


def _nc_offered_rows(w: W) -> list[list[str]]:
    rows = [["Specialist", "Department", "Location", "Phone", "First opening"]]
    sub = _NC_CANCERS[w.c.extra["nc_kind"]]["offered_spec"]
    for o in w.c.extra["nc_offered"]:
        rows.append([o["name"], sub, o["clinic"], o["phone"], _fd(w, o["appt"])])
    return rows


def t_b38_nc(w: W):
    _nc_setup(w)
    c = w.c
    ca = _NC_CANCERS[c.extra["nc_kind"]]
    eligible = _has(c, "second_opinion.eligible_denied")
    variant = w.pick([0, 2]) if eligible else w.rng.randrange(3)  # 0 three headings, 1 offered list, 2 fax packet
    st = _style(w, ["helvetica", "times"], [9.5, 10.0, 10.5], [58.0, 64.0, 72.0])
    ref, ph, fax = c.extra["nc_ref"], c.extra["nc_phone"], c.extra["nc_fax"]
    center = c.extra["nc_center"]
    prov = M("PROVIDER", c.provider) if c.provider else ""
    urgent = c.urgency == "expedited"
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    b: list[Block] = []
    small = st.size - 0.5

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    cover = None
    if variant == 2:
        st.header = [f"{_fd(w, c.letter, 'faxwk')} {c.extra['nc_time']} FROM KP NCAL OUTSIDE REFERRALS {fax}  "
                     "P. {page}/{pages}"]
        st.header_all_pages = True
        st.header_numbered = True
        b.append(w.h("FAX", size=st.size + 10, space_before=4))
        b.append(w.p(w.pick(["Kaiser Permanente Northern California - Outside Referral Services",
                             "The Permanente Medical Group - Referral Review Unit"]), space_before=2))
        rows = [["To:", w.name(), "Fax:", c.extra["nc_doc_fax"]],
                ["From:", "Outside Referral Services", "Fax:", fax],
                ["Date:", _dm(w, "DATE_LETTER", c.letter, "b38_head"), "Phone:", ph],
                ["Re:", w.name(), "MRN:", w.mid()]]
        if c.provider:
            rows[0][1] = prov
        b.append(Block("fields", rows=rows, space_before=10, size=st.size, bold=True))
        cover = w.p("Pages: 3 (including this cover sheet)", bold=True, space_before=8)
        b.append(cover)
        b.append(w.p(w.pick([
            "Attached: decision on the request for an outside second opinion. A copy has been mailed to the member.",
            "Enclosed is the second-opinion decision letter and the member's rights. The member receives a copy by "
            "mail.",
        ]), space_before=8))
        b.append(w.p("CONFIDENTIALITY NOTICE: This fax contains protected health information. If you received it "
                     f"in error, please call {ph} and destroy all pages.", size=st.size - 1.5, space_before=14))
        b.append(Block("pagebreak"))
    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Northern California", w.pick(["Outside Referral Services",
                                                                            "Second Opinion Review",
                                                                            "Regional Referral Review Unit"])],
                   right=["The Permanente Medical Group, Inc.", "Kaiser Foundation Health Plan, Inc.",
                          f"Tel {ph} | Fax {fax}"]))
    if variant != 2:
        b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b38_head"), space_before=8))
        b.append(w.p(w.name(), space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Medical record number: {w.mid()}    Referral: {ref}", space_before=6, size=small))
    title = w.pick(["Decision on your request for an outside second opinion",
                    "Your second opinion request", "SECOND OPINION REQUEST - DECISION NOTICE"])
    if urgent:
        title += w.pick([" (expedited)", " - urgent review"])
    b.append(w.h(title, space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=6))
    # Your request
    if variant == 0:
        head("Your request")
    who_asked = f"{prov}, your {w.pick(['treating doctor', 'doctor'])}," if c.provider else "You"
    intro = w.pick([f"{who_asked} asked for {svcs}.", f"{who_asked} requested {svcs}."])
    intro += w.pick([f" The question is your treatment plan for {ca['what']}: {c.extra['nc_plan']}.",
                     f" You want another opinion about the recommended {c.extra['nc_plan']}."])
    if rec:
        intro += w.pick([f" We received your request on {rec}.", f" Request received: {rec}."])
    if urgent:
        intro += w.pick([" We handled it as an urgent (expedited) request.", " It was reviewed as urgent."])
    if dec:
        intro += w.pick([f" Decision date: {dec}.", f" We made our decision on {dec}."])
    b.append(w.p(intro))
    b.append(w.p(w.pick(["Diagnosis: ", "Diagnosis on the request: "]) + dxs + "."))
    head("Our decision" if variant == 0 else w.pick(["Why we decided this", "Our decision and the reason"]))
    b.append(w.p(M("REASON", w.reason)))
    x = c.extra["nc_x"]
    t_biopsy, t_mri, t_val = ca["tests"]
    b.append(w.p(w.pick([
        f"We reviewed your {t_biopsy} of {_fd(w, c.extra['nc_biopsy'])}, the {t_mri} of {_fd(w, c.extra['nc_mri'])} "
        f"({t_val.format(x=x)}) and the tumor board note of {_fd(w, c.extra['nc_board'])}.",
        f"Records reviewed: {t_biopsy} ({_fd(w, c.extra['nc_biopsy'])}), {t_mri} ({_fd(w, c.extra['nc_mri'])}), "
        f"tumor board ({_fd(w, c.extra['nc_board'])}); {t_val.format(x=x)}.",
    ]) + w.pick([f" Your treatment is planned to start around {_fd(w, c.extra['nc_start'])}.",
                 f" Treatment is tentatively scheduled for {_fd(w, c.extra['nc_start'])}.", ""])))
    if c.reviewer:
        line = _who(w, w.pick(["This decision was made by ", "Physician reviewer: "]), ".")
        if c.reviewer["phone"]:
            line += f" Your doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    offered = c.extra["nc_offered"]
    if variant == 0:
        head("Other options")
    if offered:
        sub = ca["offered_spec"]
        if variant == 1:
            b.append(w.p(w.pick([f"The following Plan specialists in {sub} can see you for a second opinion:",
                                 f"Second opinion appointments are available with these {sub} specialists:"])))
            b.append(Block("table", rows=_nc_offered_rows(w), space_before=4, size=st.size - 1.2))
            b.append(w.p(w.pick(["Call the clinic of your choice, or call us and we will book it for you.",
                                 "You may choose any of them; call the number listed to confirm."])))
        else:
            o = offered[0]
            b.append(w.p(w.pick([
                f"We have arranged a second opinion appointment with {o['name']}, {sub}, at {o['clinic']} on "
                f"{_fd(w, o['appt'])}. To change it or choose another {sub} specialist, call {o['phone']}.",
                f"A second opinion with a Plan specialist is approved: {o['name']} ({sub}), {o['clinic']}, first "
                f"opening {_fd(w, o['appt'])}, phone {o['phone']}.",
            ])))
    else:
        b.append(w.p(w.pick([f"Please continue your care with {c.extra['nc_treating']}.",
                             f"Your care continues with your current team and {c.extra['nc_treating']}."])))
    b.append(w.p(w.pick([
        f"If you choose to go to {center} (for example to see {c.extra['nc_outside_md']}) without an authorization, "
        "you may have to pay for that visit yourself.",
        f"A visit with {c.extra['nc_outside_md']} or anyone else at {center} without our approval would not be "
        "covered.",
    ])))
    if variant == 2:
        _signature(w, b, "Sincerely,", "Outside Referral Services", "Kaiser Permanente Northern California")
        b.append(w.p(f"cc: {c.extra['nc_treating']}", size=st.size - 1, space_before=4))
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["YOUR RIGHTS", "Important information about your rights"]), space_before=0,
                     size=st.size + 1))
        rsize = st.size - 1.5
        _nc_rights(w, b, lambda t: b.append(w.h(t, space_before=5, size=rsize + 0.5)), rsize)
        if not _has(c, "notice.dmhc_statement"):
            b.append(_dmhc(w, f"{_CA_MS} (TTY 711)", 12.0))
        b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", None, 5.6)
    else:
        _nc_rights(w, b, head, small)
        if not _has(c, "notice.dmhc_statement"):
            b.append(_dmhc(w, f"{_CA_MS} (TTY 711)", 12.0))
        _signature(w, b, w.pick(["Sincerely,", "Regards,"]), "Outside Referral Services",
                   "Kaiser Permanente Northern California")
        if c.provider:
            b.append(w.p(f"cc: {prov}", size=st.size - 1, space_before=4))
        b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick(["Language assistance", None]))
    if cover is not None:
        n = len(layout(b, st))
        cover.text = f"Pages: {n} (including this cover sheet)"
    return b, st, ["nca_so_three_heads", "nca_so_offered_list", "nca_so_fax_packet"][variant]


BLIND38_TEMPLATES["blind38_nca_second_opinion_outside_cancer_center"] = (t_b38_nc, dict(
    plans=["commercial_hmo"], states=["CA"], kinds=["second_opinion_denial"], cats=["second_opinion"],
    reason=reason_b38_nc))
MODELED_ON["blind38_nca_second_opinion_outside_cancer_center"] = (
    "blind38: Kaiser Permanente Northern California commercial HMO letter refusing a second opinion at an outside "
    "academic cancer center for prostate or breast cancer (99245 or no code) and offering a Plan specialist of the "
    "same specialty; three headed sections, a list of offered specialists, or a fax packet with a routing header and "
    "a 'Pages: 3' cover line; 180-day grievance, 30 days / 72 hours, IMR within 6 months, second-opinion timelines "
    "on request, Health Consumer Alliance, the DMHC statement, language-help lines")


# === 2. Georgia commercial HMO: a claim for an authorized surgery denied ============================================

_GA_HL = "404-365-0966"
_GA_HL_TF = "1-800-611-1811"
_GA_AREAS = ["404", "770", "678"]
_GA_PROC = {
    "knee": dict(
        auth=(["Arthroscopy, knee, surgical; with meniscectomy (medial OR lateral, including any meniscal shaving)",
               "Knee arthroscopy with partial meniscectomy, one compartment"], "29881"),
        alt=(["Arthroscopy, knee, surgical; with meniscectomy (medial AND lateral, including any meniscal shaving)",
              "Knee arthroscopy with meniscectomy of both the medial and lateral meniscus"], "29880"),
        dx=[("Derangement of posterior horn of medial meniscus due to old tear or injury, right knee", "M23.221"),
            ("Derangement of posterior horn of medial meniscus due to old tear or injury, left knee", "M23.222"),
            ("Other tear of medial meniscus, current injury, right knee, initial encounter", "S83.241A"),
            ("Other tear of medial meniscus, current injury, left knee, initial encounter", "S83.242A")],
        paid=(["Crutches, underarm, other than wood, adjustable or fixed, pair", "Underarm crutches (pair)"], "E0114"),
        spec="Orthopaedic Surgery", part="knee"),
    "wrist": dict(
        auth=(["Neuroplasty and/or transposition; median nerve at carpal tunnel",
               "Open carpal tunnel release (median nerve decompression)"], "64721"),
        alt=(["Arthroscopy, wrist, surgical; with release of transverse carpal ligament",
              "Endoscopic carpal tunnel release"], "29848"),
        dx=[("Carpal tunnel syndrome, right upper limb", "G56.01"),
            ("Carpal tunnel syndrome, left upper limb", "G56.02")],
        paid=(["Wrist hand orthosis, prefabricated", "Prefabricated wrist splint"], "L3908"),
        spec="Hand Surgery", part="wrist"),
}
_GA_ASC = ["Perimeter Outpatient Surgery Center", "Chattahoochee Ambulatory Surgery Center",
           "Cobb Orthopedic Surgery Center", "Gwinnett Day Surgery"]
_GA_REMARK = {"mismatch": "AU31", "lapsed": "AU12", "paid": "PD01"}


def _ga_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b38_ga"):
        return
    c.extra["b38_ga"] = True
    _fmt(w, ("mdyy2", "yrmon"), ("capsmon", "slashwk", "yrmon"))
    c.region = "Georgia"
    c.urgency = "standard"
    c.member_addr = address(w.rng, "GA", "Georgia")
    part = c.extra["ga_part"] = w.pick(["knee", "knee", "wrist"])
    pr = _GA_PROC[part]
    why = c.extra["ga_why"] = "mismatch" if c.category == "administrative" else "lapsed"
    auth_t, auth_code = pr["auth"]
    c.extra["ga_auth_code"] = auth_code
    c.extra["ga_auth_text"] = w.pick(auth_t)
    if why == "mismatch":
        t, code = pr["alt"]
        c.services = [dict(text=w.pick(t), codes=[code], decision="denied")]
    else:
        c.services = [dict(text=c.extra["ga_auth_text"], codes=[auth_code], decision="denied")]
    t, code = w.pick(pr["dx"])
    c.diagnoses = [dict(text=t, codes=[code])]
    c.criteria = []
    # dates: surgery (service) before the claim arrived (received) before it was processed (decision)
    svc = c.service or (c.received - dt.timedelta(days=10))
    c.service = svc
    if why == "lapsed":  # the authorization ran out before the surgery, which had been moved to a later day
        a1 = svc - dt.timedelta(days=w.rng.randint(6, 40))
        a0 = a1 - dt.timedelta(days=w.pick([59, 89]))
        c.extra["ga_first_sched"] = a1 - dt.timedelta(days=w.rng.randint(3, 20))
    else:
        a0 = svc - dt.timedelta(days=w.rng.randint(10, 40))
        a1 = a0 + dt.timedelta(days=w.pick([59, 89]))
        c.extra["ga_first_sched"] = None
    c.extra["ga_auth_from"], c.extra["ga_auth_to"] = a0, a1
    c.extra["ga_auth_issued"] = a0 - dt.timedelta(days=w.rng.randint(0, 3))
    c.extra["ga_auth_no"] = f"GA{w.rng.randint(10**7, 10**8 - 1)}"
    name, _, _ = person(w.rng, 0.15)
    surgeon = f"{name}, {w.pick(['MD', 'M.D.', 'DO'])}"
    asc = w.pick(_GA_ASC)
    if w.chance(0.5):
        c.provider, c.extra["ga_other"] = surgeon, asc
    else:
        c.provider, c.extra["ga_other"] = asc, surgeon
    c.extra["ga_surgeon"], c.extra["ga_asc"] = surgeon, asc
    c.extra["ga_npi"] = f"1{w.rng.randint(10**8, 10**9 - 1)}"
    billed = round(w.rng.uniform(1800, 6400), 2)
    c.services[0]["billed"] = billed
    c.money = dict(total=billed)
    pt, pcode = pr["paid"]
    c.extra["ga_paid"] = dict(text=w.pick(pt), code=pcode, billed=round(w.rng.uniform(38, 190), 2))
    c.extra["ga_claim"] = f"{w.rng.randint(10, 99)}{w.rng.randint(10**8, 10**9 - 1)}"
    c.extra["ga_group"] = f"{w.rng.randint(10**4, 10**6 - 1)}"
    if w.chance(0.6):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.2)
        c.reviewer = dict(name=name, credentials=None, specialty=None, phone=None)
        c.reviewer_title = w.pick(["Claims Review Specialist", "Senior Claims Examiner", "Claims Resolution Analyst"])
    c.extra["ga_phone"] = _phone(w, _GA_AREAS)
    c.extra["ga_fax"] = _phone(w, _GA_AREAS)
    _flags(c)


def reason_b38_ga(w: W) -> str:
    _ga_setup(w)
    c = w.c
    pr = _GA_PROC[c.extra["ga_part"]]
    ac, bc = c.extra["ga_auth_code"], c.services[0]["codes"][0]
    if c.extra["ga_why"] == "mismatch":
        return w.pick([
            f"The claim was billed with procedure code {bc}, but the authorization on file approved code {ac} only. "
            f"The service billed is not the service we authorized, so we cannot pay this line. If the surgery "
            f"performed was {ac}, the provider may send a corrected claim.",
            f"Your {pr['part']} surgery was authorized as code {ac}. The provider billed code {bc}, a different "
            "procedure that was not reviewed or approved before the surgery. We denied the line because the billed "
            "service does not match the authorization.",
        ])
    return w.pick([
        f"The authorization for this {pr['part']} surgery expired before the surgery was done. The surgery was "
        "performed after the last day the authorization was valid, and no extension or new authorization was "
        "requested, so the claim had no valid prior authorization on the date of service.",
        "Prior authorization is required for this procedure. The authorization we issued was valid for a set period "
        "that ended before the date of service; because the surgery was rescheduled to a later date without a new "
        "authorization, this line is denied.",
    ])


def _ga_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    head(w.pick(["Your right to appeal", "If you disagree with this decision", "How to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"You or someone you authorize may appeal within {M('APPEAL_DAYS', c.appeal_phrase)} after you receive "
            "this notice. Send us a letter saying why you disagree, with the claim number and any records you want "
            f"us to consider, or call the Kaiser Permanente Health Line at {_GA_HL} (toll-free {_GA_HL_TF}).",
            f"Appeals must reach us within {M('APPEAL_DAYS', c.appeal_phrase)} of the day you receive this letter. "
            f"Write to us or call {_GA_HL} / {_GA_HL_TF}; your surgeon's office may appeal for you with your "
            "written permission.",
        ]), size=size))
    b.append(w.p(w.pick([
        "For a claim for care you already received, we decide the appeal within 60 days.",
        "Because this is a claim for services already provided, your appeal will be decided within 60 days.",
    ]), size=size))
    b.append(w.p(w.pick([
        "If our final internal decision still denies the claim, you may ask for an external review by an "
        "independent review organization within 4 months after you receive that decision (45 CFR 147.136).",
        "External review: after the internal appeal, an independent review organization can look at the denial. "
        "Ask within 4 months of receiving our final decision (45 CFR 147.136).",
    ]), size=size))
    b.append(w.p(w.pick([
        "You may ask for free copies of all documents, records and other information relevant to this claim.",
        "Copies of the documents and records relevant to your claim are free on request.",
    ]), size=size))
    if not _has(c, "notice.consumer_assistance"):
        b.append(w.p(w.pick([
            "For help with your rights, you may contact the Georgia Office of Commissioner of Insurance. If your "
            "coverage comes through an employer, you may also call the Employee Benefits Security Administration at "
            "1-866-444-3272 (please check your plan documents for current contact information).",
            "Consumer help: Georgia Office of Commissioner of Insurance; for employer plans, the U.S. Department of "
            "Labor's Employee Benefits Security Administration, 1-866-444-3272 (check your plan documents for "
            "current contact details).",
        ]), size=size))


def _ga_codes_line(w: W) -> str:
    return w.pick([
        "You may ask for the diagnosis and treatment codes on this claim and what they mean, free of charge. Asking "
        "for them is not an appeal.",
        "The diagnosis codes and treatment codes for this claim, with their meanings, are available on request at no "
        "cost; a request for codes is not treated as an appeal.",
    ])


def t_b38_ga(w: W):
    _ga_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 claim summary, 1 quoted authorization letter, 2 explanation-code legend
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 62.0, 70.0])
    noid = _has(c, "notice.claim_identification")
    claim, auth_no = c.extra["ga_claim"], c.extra["ga_auth_no"]
    st.footer = [w.pick([f"Claim {claim} | page {{page}} of {{pages}}", "Kaiser Permanente Georgia | {page}",
                         f"{claim} - {{page}}/{{pages}}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider)
    s0 = c.services[0]
    paid = c.extra["ga_paid"]
    ac, why = c.extra["ga_auth_code"], c.extra["ga_why"]
    a0, a1, issued = (_fd(w, c.extra[k]) for k in ("ga_auth_from", "ga_auth_to", "ga_auth_issued"))
    dos = _dm(w, "DATE_SERVICE", c.service)
    rec = _dm(w, "DATE_RECEIVED", c.received)
    dec = _dm(w, "DATE_DECISION", c.decision)
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    svc = w.svc_with_codes(s0, w.rng.randrange(3))
    b: list[Block] = []
    small = st.size - 0.6

    def head(t: str) -> None:
        b.append(w.h(t, space_before=9, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Georgia", w.pick(["Claims Administration", "Member Claims Services",
                                                                "Claims Review"])],
                   right=["Kaiser Foundation Health Plan of Georgia, Inc.", "Atlanta, Georgia",
                          f"Phone {c.extra['ga_phone']} | Fax {c.extra['ga_fax']}"]))
    b.append(w.p(_dm(w, "DATE_LETTER", c.letter, "b38_head"), space_before=8))
    b.append(w.p(w.name(), space_before=8))
    b += [w.p(x, space_before=0) for x in c.member_addr]
    b.append(w.p(f"Member ID: {w.mid()}    Group: {c.extra['employer']} ({c.extra['ga_group']})", size=small,
                 space_before=6))
    b.append(w.h(w.pick(["Notice of claim denial", "Claim decision: not paid", "We did not pay part of your claim"]),
                 space_before=10, size=st.size + 1.5))
    b.append(w.p(w.pick([f"Dear {c.member_salute}:", f"Dear {c.member_salute},"]), space_before=6))
    intro = w.pick([f"We received a claim from {prov} for your {_GA_PROC[c.extra['ga_part']]['part']} surgery.",
                    f"{prov} sent us a claim for surgery you had."])
    if variant != 0:
        intro += w.pick([f" Date of service: {dos}.", f" The surgery was done on {dos}."])
        intro += w.pick([f" Claim received: {rec}.", f" The claim reached us on {rec}."])
        if dec:
            intro += w.pick([f" Date of this decision: {dec}.", f" We processed it on {dec}."])
    intro += w.pick([f" We did not pay {svc}.", f" The line for {svc} is denied."])
    b.append(w.p(intro))
    if variant == 0:
        head(w.pick(["Claim summary", "Your claim at a glance"]))
        rows = [["Claim number", claim, "Authorization", auth_no],
                ["Patient", w.name(), "Provider", prov],
                ["Date of service", dos, "Claim received", rec]]
        rows.append(["Authorized code", ac, "Valid", f"{a0} to {a1}"])
        if dec:
            rows.append(["Processed", dec, "Provider NPI", c.extra["ga_npi"]])
        else:
            rows.append(["Provider NPI", c.extra["ga_npi"], "", ""])
        b.append(Block("fields", rows=rows, space_before=4, size=st.size - 0.8, bold=True))
    hdr = ["Line", "Code", "Description", "Billed", "Status"] if not noid else ["Line", "Code", "Description", "Status"]
    if variant == 2:
        hdr = hdr[:-1] + ["Remark"]
    lines = [(s0["codes"][0], M("SERVICE", s0["text"]), s0["billed"], "Denied", _GA_REMARK[why]),
             (paid["code"], paid["text"], paid["billed"], "Paid", _GA_REMARK["paid"])]
    if w.chance(0.5):
        lines.reverse()
    rows = [hdr]
    for k, (code, text, amt, status, rem) in enumerate(lines, 1):
        r = [str(k), code, text]
        if not noid:
            r.append(f"${amt:,.2f}")
        r.append(rem if variant == 2 else status)
        rows.append(r)
    if variant in (0, 2) or w.chance(0.5):
        b.append(Block("table", rows=rows, space_before=6, size=st.size - 1.2,
                       col_align=["left", "left", "left", "right", "left"] if not noid else []))
    if not noid:
        b.append(w.p(w.pick([f"Amount billed for the denied line: ${s0['billed']:,.2f}. Amount you may owe: see your "
                             "provider's bill.",
                             f"Claim amount denied: ${s0['billed']:,.2f}."]), size=small))
    b.append(w.p(w.pick(["Diagnosis on the claim: ", "Diagnosis: "]) + dxs + "."))
    head(w.pick(["Why we denied this claim", "Reason for the denial", "The reason"]))
    b.append(w.p(M("REASON", w.reason)))
    if variant == 1:
        b.append(w.p(w.pick([f"Our authorization letter of {issued} (authorization {auth_no}) said:",
                             f"Here is what the authorization letter we sent on {issued} said:"])))
        q = (f"\"We have approved the following service: {c.extra['ga_auth_text']} (CPT {ac}), to be performed by "
             f"{c.extra['ga_surgeon']} at {c.extra['ga_asc']}. This approval is valid from {a0} through {a1}. If "
             "the service changes or is not done within these dates, a new request is needed.\"")
        b.append(w.p(q, indent=30, italic=True, size=st.size - 0.5))
    if why == "lapsed" and c.extra["ga_first_sched"]:
        b.append(w.p(w.pick([
            f"The surgery was first scheduled for {_fd(w, c.extra['ga_first_sched'])}, inside the approved "
            f"period, and later moved to {_fd(w, c.service)}.",
            f"Our records show the procedure was originally booked on {_fd(w, c.extra['ga_first_sched'])}.",
        ])))
    elif why == "mismatch" and variant != 1:
        b.append(w.p(w.pick([
            f"Authorization {auth_no} covered code {ac} between {a0} and {a1}.",
            f"Authorization {auth_no}, issued {issued}, approved {ac} only.",
        ])))
    b.append(w.p(w.pick([
        f"The {paid['text'].lower()} ({paid['code']}) on the same claim was paid and is not part of this denial.",
        f"Line {paid['code']} was processed and paid; this notice is about the denied line only.",
    ])))
    if c.reviewer:
        b.append(w.p(_who(w, w.pick(["Reviewed by ", "Claim reviewed by "]), ".")))
    if not noid:
        b.append(w.p(_ga_codes_line(w)))
    b.append(w.p(w.pick([
        f"If you get a bill from {c.extra['ga_other']} or {prov} for this surgery, call us at "
        f"{c.extra['ga_phone']} before you pay it.",
        f"Questions about this claim: {c.extra['ga_phone']}.",
    ])))
    _ga_rights(w, b, head, small)
    _signature(w, b, w.pick(["Sincerely,", "Regards,"]), "Claims Administration", "Kaiser Permanente Georgia")
    if variant == 2:
        b.append(w.h("Explanation codes", space_before=10, size=st.size))
        legend = {"AU31": "Billed procedure differs from the procedure authorized.",
                  "AU12": "Service date falls outside the authorization period.",
                  "PD01": "Paid at the contracted rate under your plan.",
                  "CO45": "Charge exceeds the contracted amount; the member does not owe the difference."}
        for k, v in legend.items():
            b.append(w.p(f"{k} - {v}", size=small, indent=10, space_before=1.5))
    if not _has(c, "notice.language_assistance"):
        b.append(w.p(w.pick([f"Free interpreter services: {_GA_HL_TF}.",
                             f"Need an interpreter? Call {_GA_HL} or {_GA_HL_TF}, free."]), space_before=6))
    b += _taglines(w, "GA", _GA_HL_TF, w.pick([None, "Language help"]))
    return b, st, ["ga_claim_summary", "ga_quoted_authorization", "ga_explanation_codes"][variant]


BLIND38_TEMPLATES["blind38_ga_commercial_authorized_claim_denied"] = (t_b38_ga, dict(
    plans=["commercial_hmo"], states=["GA"], kinds=["payment_denial"], cats=["administrative", "no_prior_authorization"],
    refuse_defects=("process.emergency_prior_auth",), reason=reason_b38_ga))
MODELED_ON["blind38_ga_commercial_authorized_claim_denied"] = (
    "blind38: Kaiser Permanente Georgia commercial HMO payment denial of a claim for an authorized knee arthroscopy "
    "(29881 / 29880) or carpal tunnel release (64721 / 29848) because the billed code differed from the authorized "
    "one or the authorization had lapsed; a claim summary, the authorization letter quoted, or remark codes with an "
    "'Explanation codes' legend; 180-day appeal, 60-day post-service decision, external review within 4 months (45 "
    "CFR 147.136), codes on request, the Georgia insurance commissioner by name, EBSA with caveat, the Health Line, "
    "taglines")


# === 3. Southern California Medi-Cal: a child's referral to an outside children's hospital specialist ===============

_SC_AREAS = ["626", "714", "909", "951", "619", "818", "562", "323", "661"]
_SC_HOSP = ["Harborview Children's Hospital", "St. Brigid Children's Medical Center",
            "Inland Valley Children's Hospital", "Coastal Children's Specialty Center"]
_SC_KIND = {
    "gi": dict(
        consult=["Office consultation, pediatric gastroenterology, new patient",
                 "New patient consultation with a pediatric gastroenterologist",
                 "Pediatric gastroenterology consultation (outpatient)"],
        proc=(["Upper GI endoscopy (esophagogastroduodenoscopy) with biopsy",
               "Esophagogastroduodenoscopy with biopsy, single or multiple"], "43239"),
        dx=[("Celiac disease", "K90.0"), ("Crohn's disease, unspecified, without complications", "K50.90"),
            ("Gastro-esophageal reflux disease without esophagitis", "K21.9")],
        spec="Pediatric Gastroenterology", dept="Division of Pediatric Gastroenterology",
        tests=["tissue transglutaminase IgA", "stool calprotectin", "comprehensive metabolic panel"]),
    "endo": dict(
        consult=["Office consultation, pediatric endocrinology, new patient",
                 "New patient consultation with a pediatric endocrinologist"],
        proc=None,
        dx=[("Short stature (child)", "R62.52")],
        spec="Pediatric Endocrinology", dept="Pediatric Endocrinology and Diabetes Center",
        tests=["bone age X-ray", "IGF-1 level", "thyroid panel"]),
}
_SC_OMB = "1-888-452-8609"
_SC_CDSS = "(800) 743-8525"
_SC_CDSS_TDD = "(800) 952-8349"
_SC_CDSS_ADDR = "CDSS State Hearings Division, P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430"


def _mc_setup(w: W) -> None:
    c = w.c
    if c.extra.get("b38_mc"):
        return
    c.extra["b38_mc"] = True
    _fmt(w, ("yrmon", "mdyy2"), ("slashwk", "capsmon"))
    c.region = "Southern California"
    c.member_addr = address(w.rng, "CA", "Southern California")
    parent, _, last = person(w.rng, 0.2)
    child_first = person(w.rng, 0.0)[1]
    c.member_name = f"{child_first} {last}"
    c.member_salute = parent
    c.extra["mc_parent"] = parent
    c.extra["mc_child_first"] = child_first
    c.extra["mc_dob"] = c.letter - dt.timedelta(days=w.rng.randint(2 * 365, 15 * 365))
    c.extra["mc_cin"] = f"9{w.rng.randint(10**6, 10**7 - 1)}{w.pick('ABCDEFGH')}"
    kind = c.extra["mc_kind"] = w.pick(["gi", "gi", "gi", "endo"])
    k = _SC_KIND[kind]
    c.services = [dict(text=w.pick(k["consult"]), codes=["99244"], decision="denied")]
    if k["proc"] and w.chance(0.35):
        c.services.append(dict(text=w.pick(k["proc"][0]), codes=[k["proc"][1]], decision="denied"))
    dx = [w.pick(k["dx"])]
    if w.chance(0.35):  # poor growth noted beside the main diagnosis
        dx.append(("Failure to thrive (child)", "R62.51"))
    c.diagnoses = [dict(text=t, codes=[code]) for t, code in dx]
    c.criteria = []
    c.service = None
    c.category = "out_of_network"
    c.extra["mc_hosp"] = w.pick(_SC_HOSP)
    c.extra["mc_outside_md"] = person(w.rng, 0.1)[0] + w.pick([", MD", ", M.D."])
    c.extra["mc_hosp_phone"] = f"{w.pick(_SC_AREAS)}-{w.rng.randint(202, 987)}-{w.rng.randint(0, 9999):04d}"
    if w.chance(0.85):
        name, _, _ = person(w.rng, 0.15)
        c.provider = w.pick([f"{name}, MD", f"Dr. {name}", f"{name}, DO"])
    else:
        c.provider = None  # the parent asked
    base = c.received or c.letter
    c.extra["mc_visit"] = base - dt.timedelta(days=w.rng.randint(3, 25))
    c.extra["mc_lab"] = c.extra["mc_visit"] - dt.timedelta(days=w.rng.randint(2, 20))
    c.extra["mc_weight"] = c.extra["mc_lab"] - dt.timedelta(days=w.rng.randint(20, 90))
    c.extra["mc_test"] = w.pick(k["tests"])
    if _has(c, "network.no_timely_in_network_alternative"):
        c.innet["appt"] = None
        c.extra["mc_offer"] = None
    else:
        name, _, _ = person(w.rng, 0.2)
        appt = D.add_business(c.letter, w.rng.randint(2, 8))
        c.innet["appt"] = appt
        c.extra["mc_offer"] = dict(name=f"{name}, {w.pick(['MD', 'M.D.', 'DO'])}", spec=k["spec"],
                                   fac=w.pick(facilities("CA", "Southern California")), appt=appt,
                                   time=f"{w.rng.randint(8, 11)}:{w.pick(['00', '15', '30', '45'])} a.m.",
                                   phone=_phone(w, _SC_AREAS))
    if w.chance(0.5):
        c.reviewer = None
    else:
        name, _, _ = person(w.rng, 0.25)
        c.reviewer = dict(name=name, credentials=w.pick(["MD", "M.D.", "DO"]),
                          specialty=w.pick(["Pediatrics", k["spec"]]) if w.chance(0.6) else None,
                          phone=_phone(w, _SC_AREAS) if w.chance(0.4) else None)
        c.reviewer_title = w.pick(["Physician Reviewer", "Pediatric Physician Advisor", "Medical Director, Referrals"])
    c.extra["mc_ref"] = f"{w.pick(['RFL', 'MCR', 'SCR'])}-{w.rng.randint(10**6, 10**7 - 1)}"
    c.extra["mc_phone"] = _phone(w, _SC_AREAS)
    c.extra["mc_fax"] = _phone(w, _SC_AREAS)
    _flags(c)


def reason_b38_mc(w: W) -> str:
    _mc_setup(w)
    c = w.c
    k = _SC_KIND[c.extra["mc_kind"]]
    hosp, child = c.extra["mc_hosp"], c.extra["mc_child_first"]
    spec = k["spec"].lower()
    return w.pick([
        f"{hosp} is not a Kaiser Permanente Medi-Cal provider. Kaiser Permanente has {spec} specialists who can "
        f"evaluate and treat {child}'s condition, so the referral to an out-of-network specialist is not approved.",
        f"We do not approve care outside our network when a Plan provider can give the same care. {child} can see a "
        f"Kaiser Permanente {spec} specialist, so the referral to {hosp}, which is outside our network, is denied.",
        f"The service can be provided in our network: Kaiser Permanente {spec} doctors see children with this "
        f"condition. A referral to {hosp}, an out-of-network provider, is therefore not approved.",
    ])


def _mc_rights(w: W, b: list[Block], head, size: float) -> None:
    c = w.c
    kw = {"size": size}
    head(w.pick(["Appeal to Kaiser Permanente", "How to appeal"]))
    if c.appeal_phrase:
        b.append(w.p(w.pick([
            f"If you disagree, you may ask us for an appeal within {M('APPEAL_DAYS', c.appeal_phrase)} from the date "
            f"of this Notice of Action. Call Member Services at {_CA_MS} (TTY 711), appeal online at kp.org, or write "
            "to us. You, your child's doctor, or someone you choose may file.",
            f"You have {M('APPEAL_DAYS', c.appeal_phrase)} from the date on this notice to file an appeal with Kaiser "
            f"Permanente: by phone at {_CA_MS} (TTY 711), online at kp.org, by mail, or at a Member Services office.",
        ]), **kw))
    b.append(w.p(w.pick([
        "We will send you our decision within 30 days. If waiting could seriously harm your child's life, health or "
        "ability to function, ask for an expedited (fast) appeal; we decide it within 72 hours.",
        "Appeals are decided within 30 days, or within 72 hours when the appeal is expedited because a delay could "
        "seriously jeopardize your child's health.",
    ]), **kw))
    head(w.pick(["State Hearing", "Asking for a State Hearing"]))
    b.append(w.p(w.pick([
        "If we do not change our decision, you may ask for a State Hearing within 120 days from the date of our "
        "appeal decision letter. If we do not send you a decision within 30 days, you may ask for a State Hearing "
        f"right away. Call the California Department of Social Services at {_SC_CDSS} (TDD {_SC_CDSS_TDD}), ask "
        f"online, or write to {_SC_CDSS_ADDR}.",
        "You can ask for a State Hearing after our appeal: request it within 120 days of our written appeal "
        "decision, or without waiting if we have not decided your appeal in 30 days. State Hearings: "
        f"{_SC_CDSS}, TDD {_SC_CDSS_TDD}; mail: {_SC_CDSS_ADDR}.",
    ]), **kw))
    b.append(w.p(w.pick([
        "A State Hearing is usually decided within 90 days; an expedited hearing within 3 working days after the "
        "State gets the case file.",
        "State Hearing decisions normally come within 90 days, or within 3 working days after the case file is "
        "received if the hearing is expedited.",
    ]), **kw))
    head(w.pick(["Independent Medical Review", "IMR"]))
    b.append(w.p(w.pick([
        "You may also ask the DMHC for an Independent Medical Review (IMR) if you have not already asked for a State "
        "Hearing. IMR is free. If you ask for a State Hearing first, you cannot get an IMR on the same issue.",
        "An Independent Medical Review through the Department of Managed Health Care is another option, as long as "
        "you have not asked for a State Hearing first. It costs nothing.",
    ]), **kw))
    if not _has(c, "notice.continuation_of_benefits"):
        head(w.pick(["Keeping services during your appeal", "Aid paid pending"]))
        b.append(w.p(w.pick([
            "If this notice stops or reduces a service your child already receives, the service can continue while "
            "the appeal is decided. File the appeal within 10 days of the date of this notice, or before the change "
            "takes effect, and ask for the service to continue. If the appeal is not decided in your favor, you may "
            "have to pay for services received during the appeal.",
            "Continuing services: when a service already in place is being stopped or cut, ask for it to continue "
            "and appeal within 10 days from the date on this notice (or before the change starts). You might have to "
            "pay for those services if the decision is upheld.",
        ]), **kw))
    head(w.pick(["Other help", "Records and help"]))
    b.append(w.p(w.pick([
        "You may get free copies of the records, documents and other information we used to make this decision.",
        "Ask us for free copies of everything we used to decide, including your child's records.",
    ]), **kw))
    b.append(w.p(w.pick([
        f"The Medi-Cal Managed Care Office of the Ombudsman can help: {_SC_OMB} (TTY via California Relay 711), "
        "Monday through Friday.",
        f"For free help, call the Office of the Ombudsman for Medi-Cal managed care at {_SC_OMB}.",
    ]), **kw))


def _mc_offer_text(w: W) -> str:
    c = w.c
    o = c.extra["mc_offer"]
    child = c.extra["mc_child_first"]
    spec = _SC_KIND[c.extra["mc_kind"]]["spec"]
    if not o:
        return w.pick([f"{spec} care is available for {child} within Kaiser Permanente.",
                       f"Please ask {child}'s pediatrician about {spec.lower()} care in our network."])
    return w.pick([
        f"We made an appointment for {child} with {o['name']}, {spec}, at {o['fac']} on {_fd(w, o['appt'])} at "
        f"{o['time']}; to change it, call {o['phone']}.",
        f"{child} can see {o['name']} ({spec}) at {o['fac']}. The first opening is {_fd(w, o['appt'])}, "
        f"{o['time']}; call {o['phone']} to confirm or reschedule.",
    ])


def t_b38_mc(w: W):
    _mc_setup(w)
    c = w.c
    variant = w.rng.randrange(3)  # 0 NOA + Your Rights insert + Spanish page, 1 boxed form, 2 continuity of care
    st = _style(w, ["helvetica", "times"], [9.5, 10.0], [54.0, 62.0, 68.0])
    ref, cin = c.extra["mc_ref"], c.extra["mc_cin"]
    child, parent, hosp = c.extra["mc_child_first"], c.extra["mc_parent"], c.extra["mc_hosp"]
    st.footer = [w.pick([f"NOA {ref} - page {{page}} of {{pages}}", "Kaiser Permanente Medi-Cal | {page}"])]
    st.footer_align = w.pick(["center", "right"])
    prov = M("PROVIDER", c.provider) if c.provider else ""
    svcs = join_and([w.svc_with_codes(s, w.rng.randrange(3)) for s in c.services])
    dxs = "; ".join(w.dx(d, w.rng.randrange(3)) for d in c.diagnoses)
    urgent = c.urgency == "expedited"
    small = st.size - 0.5
    b: list[Block] = []

    def head(t: str) -> None:
        b.append(w.h(t, space_before=8, size=st.size + 0.5))

    b.append(Block("letterhead", logo=w.pick(["ring", "bars", "rays"]), size=9,
                   left=["KAISER PERMANENTE", "Southern California - Medi-Cal", w.pick([
                       "Referral Management", "Utilization Management, Pediatrics", "Outside Services Review"])],
                   right=["Kaiser Foundation Health Plan, Inc.", "Medi-Cal Managed Care",
                          f"Phone {c.extra['mc_phone']} | Fax {c.extra['mc_fax']}"]))
    if variant == 1:
        b.append(w.p(parent, space_before=8))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.h(w.pick(["MEDI-CAL NOTICE OF ACTION - DENIAL OF REQUESTED SERVICE",
                             "NOTICE OF ACTION (NOA): REFERRAL DENIED"]), space_before=10, size=st.size + 1.5))
        rows = [["Date of notice:", _dm(w, "DATE_LETTER", c.letter, "boxes"), "Referral no.:", ref],
                ["Member (child):", w.name(), "Date of birth:", _fd(w, c.extra["mc_dob"], "boxes")],
                ["Medi-Cal ID (CIN):", cin, "KP medical record no.:", w.mid()],
                ["Parent/guardian:", parent, "Requested by:", prov or "Parent/guardian"]]
        if c.received or c.decision:
            rows.append(["Request received:", _dm(w, "DATE_RECEIVED", c.received, "boxes"),
                         "Decision date:", _dm(w, "DATE_DECISION", c.decision, "boxes")])
        b.append(Block("fields", rows=rows, space_before=6, size=st.size - 0.8, bold=True))
        b.append(w.p("Boxes show month, day and year (MM DD YYYY).", size=st.size - 2, space_before=2))
        b.append(w.p("REQUESTED SERVICE: " + svcs + (" (urgent review)" if urgent else ""), boxed=True,
                     space_before=8))
        b.append(w.p("DIAGNOSIS: " + dxs, boxed=True, space_before=4))
        b.append(w.p("ACTION: [X] Denied   [ ] Modified   [ ] Delayed   [ ] Stopped", boxed=True, space_before=4))
        b.append(w.p("REASON: " + M("REASON", w.reason), boxed=True, space_before=4))
        b.append(w.p("IN-NETWORK CARE: " + _mc_offer_text(w), boxed=True, space_before=4))
        b.append(w.p(w.pick([
            f"Records reviewed: visit with the pediatrician on {_fd(w, c.extra['mc_visit'])}; {c.extra['mc_test']} "
            f"on {_fd(w, c.extra['mc_lab'])}; weight check on {_fd(w, c.extra['mc_weight'])}.",
            f"We looked at the pediatric visit note ({_fd(w, c.extra['mc_visit'])}), the {c.extra['mc_test']} "
            f"({_fd(w, c.extra['mc_lab'])}) and the growth record from {_fd(w, c.extra['mc_weight'])}.",
        ]), space_before=6))
    else:
        b.append(w.p(w.pick(["Date: ", "Notice date: ", ""]) + _dm(w, "DATE_LETTER", c.letter, "b38_head"),
                     space_before=8))
        b.append(w.p(w.pick([f"To the parent or guardian of {w.name()}", parent]), space_before=8))
        if not b[-1].text.startswith("To the"):
            b.append(w.p(f"Parent or guardian of {w.name()}", space_before=0))
        b += [w.p(x, space_before=0) for x in c.member_addr]
        b.append(w.p(f"Member: {w.name()}    Medical record no.: {w.mid()}    Medi-Cal CIN: {cin}    "
                     f"Referral: {ref}", size=small, space_before=6))
        b.append(w.h(w.pick(["NOTICE OF ACTION", "Notice of Action: Referral Not Approved",
                             "Medi-Cal Notice of Action"]), space_before=10, size=st.size + 1.5))
        b.append(w.p(w.pick([f"Dear {parent}:", f"Dear Parent or Guardian of {child}:", f"Dear {parent},"]),
                     space_before=6))
        who_asked = f"{child}'s doctor, {prov}," if c.provider else "You"
        intro = w.pick([f"{who_asked} asked Kaiser Permanente to approve a referral for {w.name()}: {svcs}.",
                        f"{who_asked} requested {svcs} for {w.name()} at {hosp}."])
        rec = _dm(w, "DATE_RECEIVED", c.received)
        dec = _dm(w, "DATE_DECISION", c.decision)
        if rec:
            intro += w.pick([f" We received the request on {rec}.", f" Request received {rec}."])
        if urgent:
            intro += w.pick([" We reviewed it as an urgent request.", " It was handled on an expedited basis."])
        if dec:
            intro += w.pick([f" Our decision was made on {dec}.", f" Date of decision: {dec}."])
        intro += w.pick([" This notice tells you that the request is denied.", " We have denied this request."])
        b.append(w.p(intro))
        b.append(w.p(w.pick(["Diagnosis: ", "Your child's diagnosis: "]) + dxs + "."))
        head(w.pick(["Why we made this decision", "Reason for our decision"]))
        b.append(w.p(M("REASON", w.reason)))
        b.append(w.p(w.pick([
            f"We reviewed the pediatrician's note of {_fd(w, c.extra['mc_visit'])}, the {c.extra['mc_test']} from "
            f"{_fd(w, c.extra['mc_lab'])} and the growth chart, last updated {_fd(w, c.extra['mc_weight'])}.",
            f"Information reviewed: office visit {_fd(w, c.extra['mc_visit'])}; {c.extra['mc_test']} "
            f"{_fd(w, c.extra['mc_lab'])}; weight check {_fd(w, c.extra['mc_weight'])}.",
        ])))
        head(w.pick(["Care in our network", "What happens next"]))
        b.append(w.p(_mc_offer_text(w)))
        if variant == 2:
            head(w.pick(["Continuity of care", "If your child already sees this doctor"]))
            b.append(w.p(w.pick([
                f"You told us {child} has been seeing {c.extra['mc_outside_md']} at {hosp} ({c.extra['mc_hosp_phone']}) "
                "since before joining Kaiser Permanente Medi-Cal. If so, you may ask for continuity of care, which "
                f"can let {child} keep seeing that doctor for a period of time. Call Member Services at {_CA_MS} "
                "(TTY 711) and ask for a continuity-of-care review.",
                f"If {child} was already being treated by {c.extra['mc_outside_md']} of {hosp} when your child's "
                "Medi-Cal coverage with us began, you can ask us to review a continuity-of-care request. We will "
                f"need that doctor's records; call {_CA_MS} (TTY 711).",
            ])))
    if c.reviewer:
        line = _who(w, w.pick(["Reviewed by ", "This decision was made by "]), ".")
        if c.reviewer["phone"]:
            line += f" Your child's doctor may call the reviewer at {M('REVIEWER_PHONE', c.reviewer['phone'])}."
        b.append(w.p(line))
    _signature(w, b, w.pick(["Sincerely,", "Respectfully,"]), "Referral Management",
               "Kaiser Permanente Southern California")
    if c.provider:
        b.append(w.p(f"cc: {prov}", size=st.size - 1, space_before=4))
    if variant == 0:
        b.append(Block("pagebreak"))
        b.append(w.h(w.pick(["YOUR RIGHTS", "Your Rights under Medi-Cal"]), space_before=0, size=st.size + 2,
                     align="center"))
        b.append(w.p(w.pick(["Keep this page with the Notice of Action.",
                             "This page is part of your Notice of Action."]), align="center", size=small))
        _mc_rights(w, b, head, small)
        if not _has(c, "notice.dmhc_statement"):
            b.append(_dmhc(w, f"{_CA_MS} (TTY 711)"))
    if variant == 0 and not _has(c, "notice.language_assistance"):  # the Spanish page is itself language help
        b.append(Block("pagebreak"))
        b.append(w.h("Información importante en español", space_before=0, size=st.size + 1.5))
        b.append(w.p(f"Fecha del aviso: {_dm(w, 'DATE_LETTER', c.letter, 'es_wkdel')}", space_before=6))
        b.append(w.p(f"Miembro: {w.name()}", space_before=2))
        b.append(w.p(w.pick([
            "Este Aviso de Acción dice que no aprobamos la remisión de su hijo o hija a un especialista fuera de la "
            "red de Kaiser Permanente. Puede apelar dentro de los 60 días siguientes a la fecha de este aviso; "
            f"después puede pedir una Audiencia Estatal. Para recibir este aviso en español, llame al {_CA_MS} "
            "(TTY 711).",
            "Le informamos que no aprobamos la cita con el especialista fuera de nuestra red. Tiene 60 días a partir "
            "de la fecha de este aviso para apelar. Si desea una copia completa en español, llame sin costo al "
            f"{_CA_MS} (TTY 711).",
        ]) if not _has(c, "notice.appeal_deadline") else w.pick([
            "Este Aviso de Acción dice que no aprobamos la remisión a un especialista fuera de la red. Para recibir "
            f"este aviso en español, llame al {_CA_MS} (TTY 711).",
        ])))
        b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", "Servicios de idiomas sin costo / Language services", 7.4)
    elif variant != 0:
        b.append(w.h(w.pick(["Your rights", "YOUR RIGHTS"]), space_before=12, size=st.size + 1))
        _mc_rights(w, b, head, small)
        if not _has(c, "notice.dmhc_statement"):
            b.append(_dmhc(w, f"{_CA_MS} (TTY 711)"))
        b += _taglines(w, "CA", f"{_CA_MS} (TTY 711)", w.pick([None, "Language services"]))
    return b, st, ["mc_noa_rights_insert_es", "mc_noa_boxed_form", "mc_noa_continuity"][variant]


BLIND38_TEMPLATES["blind38_scal_medi_cal_out_of_network_childrens_specialist"] = (t_b38_mc, dict(
    plans=["medi_cal"], states=["CA"], kinds=["initial_denial"], cats=["out_of_network"], reason=reason_b38_mc))
MODELED_ON["blind38_scal_medi_cal_out_of_network_childrens_specialist"] = (
    "blind38: Kaiser Permanente Southern California Medi-Cal Notice of Action to a child's parent denying a referral "
    "to an out-of-network pediatric specialist at a children's hospital (99244, sometimes 43239) because a Plan "
    "specialist is available; a NOA with a 'Your Rights' insert and a Spanish page, a boxed form, or a letter with a "
    "continuity-of-care paragraph; 60-day appeal, 30 days / 72 hours, State Hearing within 120 days, IMR if no "
    "State Hearing first, continued services within 10 days, free copies, the Medi-Cal ombudsman, the DMHC "
    "statement, taglines")
