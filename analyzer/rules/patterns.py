"""Detection patterns from rules.md's detection notes and general plan wording, plus three small parsers.

Kept apart from the predicates so a reviewer can read every pattern in one place. Patterns are matched
case-insensitively over the whole packet (``text.FLAGS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..context import Context
from . import text as T

# --- reasons, criteria, clinical facts ------------------------------------------------------------------------
CONCRETE_FACT = (r"\d|\byour (?:records?|medical records?|chart|doctor|physician|surgeon|symptoms?|condition|tests?"
                 r"|imaging|results?|history|enrollment ended|coverage ended)\b|\brecords? (?:show|do not|did not)"
                 r"|\b(?:information|documentation|notes) (?:\w+ ){0,3}(?:shows?|does not|did not|indicates?)"
                 r"|\bnot a Plan (?:Provider|Physician)\b|\bbecause (?!(?:it|this|the (?:\w+ )?(?:service|request|care|item)) (?:is|was|"
                 r"were) not (?:medically necessary|covered|a covered benefit)\b)|\bcriteri(?:a|on) (?:\w+ ){0,3}not met"
                 r"|\b(?:after|before) the (?:date|service)\b|\bwithout (?:a |prior )?(?:authori[sz]ation|referral|approval)"
                 r"|\bno (?:prior )?authori[sz]ation\b|\bFDA\b|\bbefore you (?:get|got|receive|received)\b|\bM\.D\.|\bD\.O\."
                 r"|\bduplicate|\balready (?:processed|paid)|\bfiling limit|\beligib\w*|\b(?:coverage|membership) "
                 r"(?:ended|terminated)|(?-i:\b(?:from|by|at) [A-Z][a-z]+ [A-Z])|\bporque\b|\bsu (?:historial|expediente|m[ée]dic[oa]"
                 r"|afecci[óo]n|s[íi]ntomas?|diagn[óo]stico)\b|\bno (?:es|forma[n]?) parte de la red\b")
BOILERPLATE_REASON_ONLY = r"^\W*(?:not medically necessary|does not meet (?:\w+ )?criteria|not (?:a )?covered\w*)\W*$"
CLINICAL_FACT = (r"\d|\byour (?:records?|medical records?|chart|symptoms?|condition|tests?|imaging|scans?|MRI|x-?rays?"
                 r"|biopsy|lab\w*|results?|history|diagnosis|doctor|physician|surgeon|weight|BMI|pain|function\w*)\b"
                 r"|\b(?:records?|information|documentation|notes|chart) (?:\w+ ){0,4}(?:shows?|showed|does not|did not"
                 r"|do not|indicates?|documents?)|\b(?:tried|trial of|failed|improv\w*|symptoms?|diagnos\w*|imaging|MRI"
                 r"|CT scan|biopsy|lab(?:oratory)? (?:tests?|results?)|physical therapy|medication|dose|withdrawal"
                 r"|stable|severity|score|x-?rays?|ultrasound|endoscop\w*|colonoscop\w*|scan|pain|bleeding|arthritis|wound"
                 r"|ulcer|infection|fracture|BMI|weight|blood pressure|A1c|grade|stage|level of care|relapse|sobriety"
                 r"|function\w*|mobility|exam\w*|evaluation|therapy|surgery|treatment|conservative|standard care)\b"
                 r"|\b(?:has|have) not (?:yet )?been (?:done|tried|performed|completed|attempted)\b|\b(?:su (?:historial|expediente|afecci[óo]n|s[íi]ntomas?|diagn[óo]stico)"
                 r"|s[íi]ntomas?|diagn[óo]stic\w*|tratamiento|medicamento|estudios|resultados|informaci[óo]n cl[íi]nica"
                 r"|no muestra|nivel de atenci[óo]n|expediente|historial|dolor|prueba\w*)\b")
NAMED_CRITERIA = (r"\bInterQual\b|\bMCG\b|\bMilliman\b|\bASAM\b|\bLOCUS\b|\bCALOCUS\b|\bECSII\b|\bWPATH\b|\bNCCN\b"
                  r"|\bNational Coverage Determination\b|\bLocal Coverage Determination\b|\bNCD\b|\bLCD\b|\bL\d{5}\b"
                  r"|\bMedical Policy\b|\bClinical Review Criteria\b|\bTechnology Assessment\b|\bClinical Practice Guidelines?"
                  r"|\bMedicare Benefit Policy Manual\b|\bProvider Manual\b|\bCode of Regulations\b|\bTitle 22\b"
                  r"|\bWelfare (?:and|&) Institutions Code\b|\bClinical Guidelines?\b|\b42 CFR (?:§ ?)?\d|\b(?:Kaiser Permanente|KP|Regional|National)"
                  r"\b[^.]{0,60}\b(?:Guidelines?|Criteria|Pathway|Policy|Protocol)\b|\bHayes\b|\bUpToDate\b"
                  r"|\bAmerican (?:College|Academy|Society|Association) of [\w ]{3,60}?(?:guidelines?|criteria|"
                  r"recommendations|standards)\b|(?-i:\b[A-Z][\w-]+(?: (?:of|for|and|[A-Z][\w-]+)){1,7}) "
                  r"(?:Guidelines?|Criteria|Clinical Policy|Medical Policy|Pathway|Protocol)\b")
GENERIC_CRITERIA_ONLY = (r"^\W*(?:our|the|plan|kaiser(?:'s)?|health plan)?\s*(?:internal\s+)?(?:review|clinical|medical|"
                         r"coverage|utilization)?\s*(?:review\s+)?(?:criteria|guidelines?|polic(?:y|ies))\W*$")
CRITERIA_WORD = (r"\b(?:criteria|guidelines?|clinical polic(?:y|ies)|medical polic(?:y|ies))\b"
                 r"|\b(?:criterios|pautas|gu[íi]as cl[íi]nicas|pol[íi]tica m[ée]dica)\b")
COPY_OFFER = (r"\b(?:cop(?:y|ies)|free of charge|at no cost|no charge|without charge|upon request|on request)\b"
              r"|\b(?:copias?|gratis|sin costo)\b")
DOCUMENTS_BOILERPLATE = r"\b(?:documents|records|other information|documentos|expedientes)\b"
FREE_ON_REQUEST = (r"\b(?:free of charge|at no cost|no cost|no charge|without charge|upon request|on request"
                   r"|you may (?:ask|request)|ask for|request (?:a|the|them|these)"
                   # plain-language letters: "If you'd like the codes ..., just ask - it's free"
                   r"|(?:just|simply|please) ask|ask us|(?:it'?s|it is|they are|are) free)\b"
                   r"|\b(?:gratis|gratuitas?|gratuitos?|sin (?:ning[úu]n )?(?:costo|cargo)|puede pedir|puede solicitar)\b")

# --- reviewer -------------------------------------------------------------------------------------------------
REVIEWER_LINE = (r"\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][A-Za-z'-]+,? (?:M\.?D\.?|D\.?O\.?|PharmD|Ph\.?D\.?)\b"
                 r"|\b(?:Physician Reviewer|Medical Director)\b")
GENERIC_PLAN_NUMBERS = {"8004644000", "8007771370", "8007880616", "8004430815", "8007777902", "8889014636",
                        "8889014600", "8006329700", "8889865581", "8009665955", "8008132000"}
CLINICIAN_CRED = (r"\b(?:M\.?D|D\.?O|MBBS|PharmD|Ph\.?D|Psy\.?D|DDS|DMD|DPM|LCSW|LMFT|physician|psychologist"
                  r"|psychiatrist|pharmacist|surgeon|medical director)\b")
NONCLINICAL_CRED = (r"\b(?:RN|R\.N|LVN|LPN|BSN|nurse|coordinator|specialist|analyst|representative|case manager|"
                    r"technician|assistant|administrator|clerk)\b")
NONCLINICAL_SIGNER = (r"\b(?:Utilization (?:Review|Management) (?:Nurse|Coordinator|Specialist)|Review Nurse|Nurse Reviewer"
                      r"|Case Manager|(?:Authorization|Referral|Intake|Claims|Appeals?|Benefits?|Member Services|Care|"
                      r"Utilization|Review|Prior Authorization) (?:Coordinator|Specialist|Analyst|Representative|Associate"
                      r"|Technician|Assistant))\b|(?-i:\b(?:Coordinator|Analyst|Representative|Clerk)\b)")
PHYSICIAN_REVIEWED = (r"\b(?:reviewed|decided|made|determined) by (?:a|an|our) (?:\w+ ){0,2}(?:physician|doctor"
                      r"|medical director)|\b(?:a|our) (?:\w+ ){0,2}(?:physician|medical director) (?:\w+ ){0,2}"
                      r"(?:reviewed|made this decision|decided|completed the review)")
AUTOMATED = (r"\b(?:automated (?:review|system|decision|process)|algorithm\w*|decided by (?:a|the|our) (?:computer|"
             r"system)|artificial intelligence)\b")

# --- provisions -----------------------------------------------------------------------------------------------
_PLAN_DOC = (r"(?:Evidence of Coverage|\bEOC\b|Membership Agreement|Summary Plan Description|\bSPD\b|Certificate of "
             r"Coverage|Combined Evidence of Coverage|\bbrochure\b|Member Handbook|plan document|Disclosure Form"
             r"|(?:managed care |state |Medicaid )contract|\bcontrato\b|Evidencia de Cobertura|Manual (?:para|del|de) (?:los )?Miembros?|Acuerdo de Membres[íi]a)")
_NOT_END = r"(?:[^.]|\b(?:Inc|Co|Corp|No|St|Art|Sec)\.)"
PROVISION_REF = (_PLAN_DOC + _NOT_END + r"{0,120}?(?:\b(?:section|chapter|article|part|page|item|paragraph|secci[óo]n"
                 r"|cap[íi]tulo|art[íi]culo|p[áa]gina)\s*[\dIVX]+"
                 r"|[\"“][^\"”]{3,80}[\"”])"
                 r"|\b(?:section|chapter|article|page|secci[óo]n|cap[íi]tulo|p[áa]gina)\s*[\dIVX]+(?:\.\d+)*[^.]{0,110}"
                 + _PLAN_DOC)
PROVISION_REF += (r"|\b(?:section|chapter|part) (?:titled|called|named|entitled)\b|[\"“](?:Exclusions|Limitations)"
                  r"[^\"”]{0,60}[\"”]|\b(?:Exclusions|Limitations)(?:,? (?:and|&) (?:Limitations|Exclusions))? "
                  r"(?:section|chapter)|\b(?:section|secci[óo]n|chapter|cap[íi]tulo|article|art[íi]culo)\s+[\"“][^\"”]{3,80}"
                  r"[\"”]" + _NOT_END + r"{0,80}" + _PLAN_DOC)
REGULATION_REF = (r"\b(?:T[íi]tulo 22|C[óo]digo de Regulaciones|Title 22|22 CCR|California Code of Regulations|Welfare (?:and|&) Institutions Code|W&I Code"
                  r"|\d+ CFR|C\.F\.R\.|Code of Federal Regulations)\b")

# --- rights ---------------------------------------------------------------------------------------------------
APPEAL_WORD = (r"\b(?:appeal|grievance|reconsideration|redetermination|complaint)s?\b"
               r"|\b(?:apelaci[óo]n|apelaciones|apelar|queja|quejas|reclamo|reclamaci[óo]n|reconsideraci[óo]n)\b")
CHANNEL = (str(T.PHONE.pattern) + r"|\b\d{2,6} [A-Z][\w. ]{2,40}\b(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd|Road|Rd\.?"
           r"|Way|Drive|Dr\.)|\bP\.?\s?O\.? Box\b|\bkp\.org\b|\bwww\.|https?://|\.(?:gov|org|com)\b|\bonline\b"
           r"|\bin writing\b|\bwrite (?:to )?us\b|\bwrite to\b|\bby mail\b|\bfax\b|\bin person\b|\bcall\b"
           r"|\bllame\b|\bpor tel[ée]fono\b|\bpor escrito\b|\bescriba\b|\ben l[íi]nea\b|\bpor correo\b|\ben persona\b")
DEADLINE = (r"\b(?:within|no later than|up to|have|has|in)\s+(?:\d{1,3}|one hundred (?:and )?eighty|sixty|sixty-five"
            r"|ninety|thirty|six|four|twelve)\s*(?:\(\d+\)\s*)?(?:calendar |business |working )?(?:days|months)\b"
            r"|\b\d{1,3} (?:calendar )?days (?:from|of|after)\b")
DEADLINE_FROM_SERVICE = r"\b\d{1,3} (?:calendar )?days (?:from|of|after) the date (?:of|you received) (?:the )?service"
EXTERNAL_WORD = (r"Revisi[óo]n M[ée]dica Independiente|Audiencia Estatal|audiencia (?:imparcial|estatal)"
                 r"|Independent Medical Review|\bIMR\b|external review|independent review (?:organization|entity)"
                 r"|\bIRO\b|Independent Review Entity|\bIRE\b|Maximus|State Hearing|fair hearing|Department of Social "
                 r"Services|Administrative Law Judge|Office of Personnel Management|\bOPM\b|independent (?:external )?"
                 r"(?:review|reviewer)|external appeal|Office of Medicare Hearings")
DMHC_PARTS = {
    "Department of Managed Health Care": r"Department of Managed Health Care|Departamento de (?:Atenci[óo]n|Cuidado"
                                         r"|Administraci[óo]n)[\w\s]{0,40}?(?:Administrad[oa]|Salud)",
    "the DMHC toll-free number 1-888-466-2219": r"(?:1[-. ]?)?\(?888\)?[-. ]?(?:466|HMO)[-. ]?2219",
    "the TDD line 1-877-688-9891": r"(?:1[-. ]?)?\(?877\)?[-. ]?688[-. ]?9891",
    "the DMHC website (www.dmhc.ca.gov)": r"dmhc\.ca\.gov|hmohelp\.ca\.gov|healthhelp\.ca\.gov",
}
EXPEDITED_WORD = (r"\b(?:expedited|fast(?:-track)? (?:appeal|review|decision|grievance)|urgent (?:appeal|review|grievance"
                  r"|case|request)s?|(?:quick|rapid|fast) decision|(?:72|24)[- ]hours?(?! a day)|(?:three|3) (?:calendar |business "
                  r"|working )?days)\b|\b(?:acelerad[ao]s?|r[áa]pid[ao]s?|urgentes?"
                  r"|72 horas|tres d[íi]as|3 d[íi]as|24 horas)\b")
LANGUAGE_HELP = (r"\basistencia (?:gratuita )?(?:con el|en su|de) idioma|\bint[ée]rpretes? (?:\w+ ){0,4}gratis"
                 r"|\b(?:free language (?:assistance|services|help)|language (?:assistance|services) (?:\w+ ){0,4}(?:free|no "
                 r"cost)|interpret\w* (?:\w+ ){0,5}(?:free|no cost|at no charge))|\bATENCI[ÓO]N\b")
CODES_WORD = (r"\b(?:diagnosis|treatment|procedure|billing) (?:and (?:treatment|procedure) )?codes?\b"
              r"|\bc[óo]digos? de (?:diagn[óo]stico|tratamiento|procedimiento)")
MONEY = r"\$\s?\d"
PROVIDER_WORD = r"\b(?:provider|physician|facility|hospital|medical center|clinic)\b"
# a named consumer-assistance program; a state insurance regulator counts only where the letter offers its help
# (the same regulator is often named merely as the body that assigns external review)
CONSUMER_ASSISTANCE = (r"for free help with your (?:appeal|grievance|complaint)|\b(?:free )?help is available from"
                       r"|can help you (?:file|with|prepare) (?:an? |your )?(?:appeal|grievance|complaint)|Consumer Assistance|\bombudsman\b"
                       r"|Defensor[ií]a|Alianza de Consumidores|Health Consumer Alliance|1-888-804-3536|Employee Benefits "
                       r"Security Administration|1-866-444-(?:EBSA|3272)|Health Education and Advocacy|Consumer Services")
CONSUMER_REGULATOR = (r"Insurance (?:Division|Department|Bureau|Commissioner|Administration)|Division of Financial "
                      r"Regulation|Department of Financial (?:Regulation|Services)|(?:Division|Department|Bureau)"
                      r" of Insurance|Office of (?:the )?(?:Commissioner of )?Insurance")
CONSUMER_HELP = r"\b(?:help|assist\w*|questions?|complaints?|ayuda)\b"
DOCUMENTS_WORD = r"\b(?:cop(?:y|ies)|documents?|records|case file|copias?|documentos?|expedientes?|registros)\b"
CONTINUATION = (r"ayuda pagada pendiente|seguir recibiendo|continuar recibiendo|aid paid pending|continue (?:to receive|receiving|getting|your) (?:\w+ )?(?:services?|benefits?|care"
                r"|treatment)|continuation of (?:benefits|services)|keep (?:getting|receiving) (?:\w+ )?(?:services?|care"
                r"|benefits?)|benefits (?:will )?continue")
# what the plan still needs, named concretely ("we need: the results of your MRI"); "the records we asked for"
# does not say what is missing
DELAY_WHAT = (r"\b(?:(?:information|items?|records|documents) (?:is|are) (?:missing|needed|required)\s*:|we (?:still )?need|we require|needs?:|needed:|please (?:send|provide|have)|(?:ask|asked) (?:Dr\.? |your "
              r"doctor )?\w* ?to send|must (?:send|provide))[^.]{0,100}\b(?:results?|notes|records (?:from|of|for|about)"
              r"|letter|report|test|exam\w*|imaging|documentation (?:of|about|showing)|information (?:about|on|from|showing)"
              r"|history|consult\w*|expert|specialist review)")
# --- process --------------------------------------------------------------------------------------------------
RESCISSION = (r"authori[sz]ation was issued in error|\bretroactive\w*|\brescind\w*|\brescission\b|no longer eligible"
              r"|upon further review|reversed (?:the|our) (?:prior )?authori[sz]ation")
HINDSIGHT = (r"not a true emergency|final diagnosis|could have been (?:treated|seen|provided) (?:in|at|by) (?:a )?"
             r"(?:lower|urgent|primary|outpatient)|did not meet the definition of an emergency|non-?emergen\w*"
             r"|not an emergency")

# --- second opinions ------------------------------------------------------------------------------------------
SO_INVALID_REASON = (r"\bsame (?:conclusion|recommendation|answer|opinion)\b|\bwould not (?:be expected to |likely )?"
                     r"change\b|\bnot (?:be )?expected to change\b|\balready (?:been )?(?:reviewed|evaluated|seen)\b"
                     r"|\bagree[sd]? with (?:your|the) (?:\w+ ){0,3}(?:doctor|physician|surgeon|recommend\w*|plan|opinion)"
                     r"|\bnot (?:medically )?necessary\b|\bnot a covered benefit\b|\bopinions? (?:is|are) not "
                     r"(?:a )?covered\b|\bfor (?:your |our )?convenience\b|\b(?:because of|due to) (?:the )?(?:higher )?"
                     r"costs?\b|\bcosts? (?:of|for) (?:an|the) (?:outside|second|non-Plan)|\bconsistent with (?:our|KP|Kaiser Permanente|the|national|established) (?:[\w:,-]+ )"
                     r"{0,12}(?:guidelines?|pathway|criteria|standards?)\b|\bno clinical (?:indication|reason)\b"
                     r"|\b(?:first|initial|current) (?:physician'?s? |doctor'?s? )?opinion (?:is )?sufficient\b"
                     r"|\bagrees? with (?:our|the|KP|Kaiser Permanente|national|established) (?:[\w-]+ ){0,3}(?:guidelines?"
                     r"|criteria|standards?|pathway)|\b(?:first|initial|treating|current|your) (?:[\w-]+ ){0,3}(?:physician|doctor"
                     r"|surgeon|specialist)'?s? (?:recommendation|opinion|diagnosis|plan)\b[^.]{0,60}\b(?:agrees?|is "
                     r"consistent|is sufficient|is appropriate|is correct)|\bopinion (?:is|was) (?:sufficient|adequate|enough)"
                     r"|\bsecond opinion (?:is|was) not (?:needed|necessary|required|warranted|indicated)")
SO_AVAILABLE_IN_NETWORK = (r"\bavailable (?:within|through|in|from) (?:Kaiser|the Medical Group|our network|the network"
                           r"|Plan Providers|a Plan)|can be provided (?:by|within|through) (?:a )?(?:Plan|Kaiser)")
AVAILABLE_IN_NETWORK = (SO_AVAILABLE_IN_NETWORK + r"|\bnon-Plan (?:Provider|Physician)|\bnot (?:a )?(?:Plan|Kaiser "
                        r"Permanente|network|in-network) (?:provider|physician)|\bout[- ]of[- ]network\b|\bare available"
                        r"\b[^.]{0,60}\b(?:Plan|Kaiser|network|in-network)")

# --- substance ------------------------------------------------------------------------------------------------
PROPRIETARY_CRITERIA = (r"\bInterQual\b[^.]{0,40}|\bMCG\b[^.]{0,40}|\bMilliman\b|\bKP (?:criteria|guidelines?)\b"
                        r"|\bKaiser Permanente (?:\w+ ){0,4}(?:guideline|criteria|policy)\b|\binternal (?:criteria|guidelines?)")
ASSOCIATION_CRITERIA = (r"\bASAM\b|\bLOCUS\b|\bCALOCUS\b|\bCASII\b|\bECSII\b|\bWPATH\b|American Society of Addiction "
                        r"Medicine|American Academy of Child|American Psychiatric Association|Level of Care Utilization"
                        r"|American Academy of (?:Pediatrics|Family Physicians|Neurology|Sleep Medicine)|American "
                        r"Association for Community Psychiatry|American College of Physicians|American Medical Association"
                        r"|\bAACAP\b|\bAAFP\b|\bAASM\b|\bCASII\b")
INTERNAL_CRITERIA_MA = (r"\bour (?:own |internal |clinical |medical |coverage )?(?:criteria|guidelines?|polic(?:y|ies))\b|\bInterQual\b[^.]{0,40}|\bMCG\b[^.]{0,40}|\bMilliman\b|\bKaiser Permanente (?:National |Regional )?"
                        r"(?:\w+ ){0,4}(?:guidelines?|criteria)\b|\b(?:clinical|medical) policy\b|technology assessment")
MEDICARE_RULE = (r"\bNational Coverage Determination\b|\bLocal Coverage Determination\b|\bNCD\b|\bLCD\b|\bL\d{5}\b"
                 r"|Medicare Benefit Policy Manual|Medicare (?:National )?Coverage Manual|\b42 (?:CFR|C\.F\.R\.)"
                 r"|§\s?4(?:09|10|12|14|24)\.|Medicare(?:'s)? (?:coverage )?(?:rules|criteria|requirements) for"
                 r"|Original Medicare (?:rules|criteria|coverage rules)|Traditional Medicare (?:rules|criteria)")
SCIENTIFIC = (r"\b(?:estudios|evidencia|cient[íi]fic\w*|scientific|studies|study|clinical trials?|peer-reviewed|published|literature|evidence shows?"
              r"|medical evidence|FDA)\b")
ALTERNATIVES = r"\balternativ\w*|\botros tratamientos\b|\bopciones de tratamiento\b|\bother (?:covered )?(?:treatments?|options|therapies)|\btreatment options\b"
TERMINAL = r"\bterminal(?:ly)? ill\w*|\bterminal illness\b|\bhospice\b|\bstage IV\b|\blife expectancy\b"

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
          r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
DATE = (_MONTH + r"\s+\d{1,2},?\s*\d{4}|\d{1,2}\s+" + _MONTH + r"\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}"
        r"|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}-" + _MONTH + r"-\d{4}")
# when a delayed decision is expected: a date after "by"/"on or before", or a number of days
DELAY_WHEN = (r"\b(?:by|on or before|no later than|on|before)\s+(?:\w+day,?\s+)?(?:" + DATE + r")|\bwithin \d+ "
              r"(?:calendar |business )?days\b|\b(?:para el|antes del)\s+\d{1,2}\s+de\s+\w+")

_WORDNUM = {"one hundred eighty": 180, "one hundred and eighty": 180, "sixty": 60, "sixty-five": 65, "ninety": 90,
            "thirty": 30, "six": 6, "four": 4, "twelve": 12}
_NEXT_LEVEL_WORDS = re.compile(EXTERNAL_WORD + r"|\bwe will\b|\bwe must\b|\bwe'll\b|\bdecision within\b|\bdecide within\b"
                               r"|\brespond within\b", T.FLAGS)
_FIRST_LEVEL = re.compile(r"\b(?:within|no later than|up to|have|has|in)\s+(\d{1,3}|one hundred (?:and )?eighty|sixty"
                          r"(?:-five)?|ninety|thirty|six|four|twelve)\s*(?:\(\d+\)\s*)?(?:calendar |business |working )?"
                          r"(days|months)\b|\b(\d{1,3}) (?:calendar )?(days) (?:from|of|after)\b", T.FLAGS)


def first_level_deadline(text: str) -> tuple[int, T.Hit] | None:
    """The member's stated time to file the first grievance/appeal, in days, from sentences about filing."""
    for s in T.sentences(text):
        if not re.search(APPEAL_WORD + r"|\bfile\b|\brequest\b|\bask\b", s.text, T.FLAGS):
            continue
        if _NEXT_LEVEL_WORDS.search(s.text):
            continue
        m = _FIRST_LEVEL.search(s.text)
        if not m:
            continue
        num, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = int(num) if num.isdigit() else _WORDNUM.get(num.lower().replace("  ", " "), 0)
        days = n * 30 if unit.lower() == "months" else n
        if days:
            return days, T.Hit(s.start + m.start(), s.start + m.end(), m.group(0))
    return None


# language name or script -> tagline language (rules.md § notice.language_assistance)
_LANGS = {
    "Spanish": r"\bEspañol\b|\bATENCI[ÓO]N\b|\bgratuit[ao]s?\b|\bLlame\b",
    "Chinese": r"[\u4e00-\u9fff]{4}",
    "Vietnamese": r"Tiếng Việt|\bmiễn phí\b",
    "Tagalog": r"\bTagalog\b|\bTumawag\b|\blibreng\b",
    "Korean": r"[\uac00-\ud7af]{2}",
    "Armenian": r"[\u0530-\u058f]{3}",
    "Persian": r"فارسی|رایگان",
    "Russian": r"[\u0400-\u04ff]{4}",
    "Japanese": r"[\u3040-\u30ff]{2}",
    "Arabic": r"العربية|مجانية|ملحوظة",
    "Punjabi": r"[\u0a00-\u0a7f]{2}",
    "Khmer": r"[\u1780-\u17ff]{2}",
    "Hmong": r"\bHmoob\b|\bpub dawb\b",
    "Hindi": r"[\u0900-\u097f]{3}",
    "Thai": r"[\u0e00-\u0e7f]{3}",
    "Lao": r"[\u0e80-\u0eff]{3}",
    "French": r"\bFrançais\b|\bgratuitement\b",
    "Portuguese": r"\bPortuguês\b",
    "Navajo": r"\bDiné\b|\bNavajo\b",
    "Amharic": r"[\u1200-\u137f]{3}",
    "Ukrainian": r"\bУкраїнська\b",
    "Polish": r"\bPolski\b|\bbezpłatn",
    "Haitian Creole": r"\bKreyòl\b",
    "Samoan": r"\bSamoa\b|\bGagana\b",
    "German": r"\bDeutsch\b|\bkostenlos\b",
    "Ilocano": r"\bIlokano\b|\bIlocano\b",
}


def tagline_languages(text: str) -> set[str]:
    return {lang for lang, rx in _LANGS.items() if re.search(rx, text, T.FLAGS)}


# --- the in-network alternative a second-opinion / referral letter offers --------------------------------------
@dataclass(frozen=True)
class Offer:
    kind: str  # qualified | same_provider | none
    hit: T.Hit | None = None
    when: date | None = None

    @property
    def qualified(self) -> bool:
        return self.kind == "qualified"


_DR = r"(?:Dr\.?|Dra\.)\s+((?-i:(?:[A-Z][a-zá-ú]+\s+)?[A-Z][A-Za-zá-ú'-]+(?:-[A-Z][A-Za-zá-ú'-]+)?))"
_TREATING = re.compile(r"(?i:\byour) (?:\w+ ){0,4}(?:doctor|physician|surgeon|specialist|oncologist|\w+ologist|\w+ist|PCP)"
                       r"[^.]{0,40}?\b" + _DR + r"|" + _DR + r"[^.]{0,40}\b(?:has |had )?recommended\b"
                       r"|\bsame (?:doctor|physician|surgeon|department)\b", re.MULTILINE)
_NAME_MD = r"(?-i:[A-Z][a-z]+ (?:[A-Z]\. )?([A-Z][A-Za-z'-]+)),? (?:M\.D\.|MD\b|D\.O\.|DO\b)"
_OFFER = re.compile(r"\b(?:appointment|visit|consultation|second opinion|evaluation)\b[^.]{0,80}\bwith\s+" + _DR
                    + r"|\b(?:appointment|visit|consultation|second opinion|evaluation)\b[^.]{0,80}\bwith\s+" + _NAME_MD
                    + r"|(?-i:\b[A-Z][a-z]+(?: [A-Z]\.)? ([A-Z][A-Za-z'-]+)), (?:M\.?D\.?|D\.?O\.?)[^.]{0,100}\b(?:can see you"
                    r"|will see you|is available to see you|has an appointment|appointment)"
                    r"|\b(?:cita|consulta|visita|segunda opini[óo]n)\b[^.]{0,80}\bcon\s+(?:el\s+|la\s+)?" + _DR
                    + r"|\b(?:cita|consulta|visita|segunda opini[óo]n)\b[^.]{0,80}\bcon\s+(?:el\s+|la\s+)?" + _NAME_MD
                    + r"|\b" + _DR + r"[^.]{0,80}\b(?:will see you|can see you|is available to see you)"
                    r"|\b(?:approved|authorized|arranged|scheduled|offer\w*)\b[^.]{0,60}\b(?:a |an )?(?:Plan|in-network|"
                    r"Kaiser Permanente|network) (?:physician|doctor|specialist|surgeon|neurosurgeon|\w+ologist|\w+ist)",
                    re.MULTILINE | re.IGNORECASE)


_ES_MONTHS = {m: i for i, m in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                            "septiembre", "octubre", "noviembre", "diciembre"), 1)}


def _date_in(s: str) -> date | None:
    from .facts import parse_date

    es = re.search(r"\b(\d{1,2})\s+de\s+(" + "|".join(_ES_MONTHS) + r")\s+de\s+(\d{4})", s, T.FLAGS)
    if es:
        try:
            return date(int(es.group(3)), _ES_MONTHS[es.group(2).lower()], int(es.group(1)))
        except ValueError:
            pass
    m = re.search(DATE, s.replace("\n", " "), T.FLAGS)
    if not m:
        return None
    raw = m.group(0)
    d = parse_date(raw)
    if d is None:
        for fmt_raw in (raw.replace(".", ""),):
            d = parse_date(fmt_raw)
    return d


def second_opinion_offer(ctx: Context) -> Offer:
    """Which in-network alternative the letter offers: a named, different clinician (qualified), only the doctor
    who gave the first opinion (same_provider), or none. Specialty match needs the member's answer
    (fact qualified_in_network_offered)."""
    text = ctx.document.search_text.replace("\n", " ")  # same offsets; phrases wrap across PDF lines
    treating = {g for m in _TREATING.finditer(text) for g in m.groups() if g}
    same_hit = None
    candidates: list[Offer] = []
    for m in _OFFER.finditer(text):
        if re.search(r"\b(?:another|more|follow-?up|return) (?:visit|appointment)\b", text[max(0, m.start() - 30):m.end()],
                     re.I):
            same_hit = same_hit or T.Hit(m.start(), m.end(), m.group(0))
            continue
        name = next((g for g in m.groups() if g), None)
        if name and any(name.split()[-1] == t.split()[-1] for t in treating):
            same_hit = same_hit or T.Hit(m.start(), m.end(), m.group(0))
            continue
        window = text[m.start(): m.end() + 120]
        candidates.append(Offer("qualified", T.Hit(m.start(), m.end(), m.group(0)), _date_in(window)))
    if candidates:
        dated = [c for c in candidates if c.when is not None]
        return dated[0] if dated else candidates[0]
    if same_hit:
        return Offer("same_provider", same_hit)
    return Offer("none")
