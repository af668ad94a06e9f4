"""Fictional people, places and numbers, and coherent clinical scenarios (services, codes, diagnoses, criteria).

All names, addresses and identifiers are invented. Codes follow real formats (CPT 5 digits or 4 digits + F/T,
HCPCS a letter + 4 digits, ICD-10-CM letter + digits with an optional dotted extension).
"""

from __future__ import annotations

FIRST = """Ana Maria Daniel Grace Marcus Priya Wei Luis Fatima Olga Tomas Keisha Hiroshi Leilani Rosa Jamal Emily
Carlos Mei Aaron Nadia Samuel Teresa Kwame Ingrid Diego Lucia Farid Hannah Jorge Mina Patrick Soo-jin Dolores
Victor Alana Omar Beatriz Trevor Yesenia Gabriel Naomi Rahul Colleen Arturo Kalani Irina Desmond Marisol Kenji
Bernadette Xavier Amara Franklin Lorena Dmitri Esther Malik Vanessa Chidi Ruth Ezequiel Noelani Harriet Tuan
Graciela Winston Paloma Everett Anjali Rocio Cedric Imelda Bogdan Latoya Sione Guadalupe Howard Thuy""".split()
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
LAST = """Alvarez Nguyen Okafor Delgado Whitfield Takahashi Kowalski Ramirez Haddad Lindqvist Oyelaran Castellanos
Brennan Kealoha Petrov Mendoza Fitzgerald Chandrasekar Villanueva Abernathy Yamamoto Ochoa Sorensen Mbeki Quintero
Harrington Pham Galvan Rasmussen Adeyemi Lozano Whitaker Nakamura Espinoza Dubois Kapoor Serrano McAllister Tran
Bautista Holloway Ferreira Iwasaki Montoya Prescott Zhang Velasquez Osei Castillo Lindgren Ahmadi Fonseca Kahananui
Sullivan Rivas Brandt Okonkwo Solis Mahoney Vu Echeverria Gallagher Tanaka Ibarra Novak Acosta Pruitt Hwang Medina
Carrington Salazar Duarte Achebe Thibodeaux Gutierrez Yoon Figueroa Lockhart""".split()

CREDS_MD = ["MD", "M.D.", "DO", "D.O.", "MD, FACP", "MD, MPH", "MD, FACS", "MD, PhD"]
CREDS_NONPHYS = [
    ("Utilization Review Coordinator", None),
    ("Utilization Management Specialist", None),
    ("Utilization Review Nurse", "RN"),
    ("Authorization Coordinator", None),
    ("Care Review Analyst", None),
]

STREETS = """Oak Meadow Elm Harbor Vista Sunset Mission Alder Canyon Willow Ridge Park Orchard Lakeview Hillcrest
Cypress Sycamore Magnolia Juniper Redwood Laurel Pine Bluff Granite Birch Maple Chestnut Spruce Walnut""".split()
STREET_TYPES = ["St", "Ave", "Blvd", "Dr", "Way", "Ct", "Ln", "Rd", "Street", "Avenue", "Drive", "Road", "Pl"]

CITIES = {
    "CA": [
        ("Oakland", "946"),
        ("Sacramento", "958"),
        ("Fresno", "937"),
        ("San Jose", "951"),
        ("Walnut Creek", "945"),
        ("Pasadena", "911"),
        ("Riverside", "925"),
        ("Anaheim", "928"),
        ("San Diego", "921"),
        ("Fontana", "923"),
        ("Santa Rosa", "954"),
        ("Bakersfield", "933"),
        ("Vallejo", "945"),
        ("Downey", "902"),
        ("Modesto", "953"),
    ],
    "CO": [("Denver", "802"), ("Aurora", "800"), ("Lakewood", "802"), ("Colorado Springs", "809"), ("Boulder", "803")],
    "GA": [("Atlanta", "303"), ("Marietta", "300"), ("Decatur", "300"), ("Duluth", "300"), ("Stockbridge", "302")],
    "HI": [("Honolulu", "968"), ("Hilo", "967"), ("Kailua", "967"), ("Wailuku", "967"), ("Waipahu", "967")],
    "MD": [("Rockville", "208"), ("Silver Spring", "209"), ("Largo", "207"), ("Columbia", "210"), ("Baltimore", "212")],
    "VA": [
        ("Falls Church", "220"),
        ("Reston", "201"),
        ("Woodbridge", "221"),
        ("Fredericksburg", "224"),
        ("Burke", "220"),
    ],
    "DC": [("Washington", "200")],
    "OR": [("Portland", "972"), ("Salem", "973"), ("Beaverton", "970"), ("Gresham", "970"), ("Hillsboro", "971")],
    "WA": [
        ("Seattle", "981"),
        ("Tacoma", "984"),
        ("Spokane", "992"),
        ("Everett", "982"),
        ("Olympia", "985"),
        ("Bellevue", "980"),
    ],
}

REGIONS = {
    "CA": ["Northern California", "Southern California"],
    "CO": ["Colorado"],
    "GA": ["Georgia"],
    "HI": ["Hawaii"],
    "MD": ["Mid-Atlantic States"],
    "VA": ["Mid-Atlantic States"],
    "DC": ["Mid-Atlantic States"],
    "OR": ["Northwest"],
    "WA": ["Washington", "Northwest"],
}
REGION_ENTITY = {
    "Northern California": ("Kaiser Foundation Health Plan, Inc.", "The Permanente Medical Group, Inc."),
    "Southern California": ("Kaiser Foundation Health Plan, Inc.", "Southern California Permanente Medical Group"),
    "Colorado": ("Kaiser Foundation Health Plan of Colorado", "Colorado Permanente Medical Group, P.C."),
    "Georgia": ("Kaiser Foundation Health Plan of Georgia, Inc.", "The Southeast Permanente Medical Group, Inc."),
    "Hawaii": ("Kaiser Foundation Health Plan, Inc., Hawaii Region", "Hawaii Permanente Medical Group, Inc."),
    "Mid-Atlantic States": (
        "Kaiser Foundation Health Plan of the Mid-Atlantic States, Inc.",
        "Mid-Atlantic Permanente Medical Group, P.C.",
    ),
    "Northwest": ("Kaiser Foundation Health Plan of the Northwest", "Northwest Permanente, P.C."),
    "Washington": ("Kaiser Foundation Health Plan of Washington", "Washington Permanente Medical Group, P.C."),
}
FACILITIES = {
    "CA": [
        "Oakland Medical Center",
        "Roseville Medical Center",
        "Fresno Medical Center",
        "San Jose Medical Center",
        "Walnut Creek Medical Center",
        "Los Angeles Medical Center",
        "Riverside Medical Center",
        "Anaheim Medical Center",
        "San Diego Medical Center",
        "Fontana Medical Center",
        "Santa Rosa Medical Center",
        "Downey Medical Center",
    ],
    "CO": ["Franklin Medical Offices", "Lone Tree Medical Offices", "Rock Creek Medical Offices"],
    "GA": ["Glenlake Medical Center", "Southwood Comprehensive Medical Center", "Town Park Medical Center"],
    "HI": ["Moanalua Medical Center", "Maui Lani Medical Office", "Waipio Medical Office"],
    "MD": ["Largo Medical Center", "Gaithersburg Medical Center", "Marlboro Medical Center"],
    "VA": ["Tysons Corner Medical Center", "Woodbridge Medical Center", "Caton Hill Medical Center"],
    "DC": ["Capitol Hill Medical Center"],
    "OR": ["Sunnyside Medical Center", "Westside Medical Center", "Salem Medical Office"],
    "WA": ["Capitol Hill Campus", "Tacoma Medical Center", "Riverfront Medical Center", "Bellevue Medical Center"],
}
OUTSIDE_PROVIDERS = [
    "Bayview University Medical Center",
    "Cedar Crest Oncology Institute",
    "Summit Ridge Spine Center",
    "Golden Valley Surgical Associates",
    "Harborlight Behavioral Health",
    "Northstar Academic Cancer Center",
    "Pacific Crest Sleep Institute",
    "Silver Lake Orthopedic Group",
    "Meridian Fertility Partners",
    "Lakeshore Neurology Associates",
    "Riverbend Recovery Ranch",
    "Cascadia Proton Therapy Center",
    "Willowbrook Eating Disorder Center",
    "Mesa Verde Regional Hospital",
    "St. Aurelia Community Hospital",
]
_OUTSIDE_BY_KEY = {
    "lumbar_fusion": ["Summit Ridge Spine Center"],
    "knee_scope": ["Silver Lake Orthopedic Group"],
    "cpap": ["Pacific Crest Sleep Institute"],
    "ivf": ["Meridian Fertility Partners"],
    "glioma_second": ["Northstar Academic Cancer Center", "Lakeshore Neurology Associates"],
    "breast_cancer": ["Cedar Crest Oncology Institute", "Northstar Academic Cancer Center"],
    "keytruda": ["Cedar Crest Oncology Institute"],
    "prostate_proton": ["Cascadia Proton Therapy Center"],
    "eating_disorder_rtc": ["Willowbrook Eating Disorder Center"],
    "sud_residential": ["Riverbend Recovery Ranch"],
    "aba": ["Harborlight Behavioral Health"],
    "tms": ["Harborlight Behavioral Health"],
    "ct_perfusion": ["Lakeshore Neurology Associates"],
}
_OUTSIDE_GENERIC = [
    "Bayview University Medical Center",
    "Golden Valley Surgical Associates",
    "Mesa Verde Regional Hospital",
    "St. Aurelia Community Hospital",
    "Crestline Specialty Clinic",
    "Westgate Medical Associates",
]


def outside_for(scenario: dict) -> list[str]:
    """Outside (non-Plan) providers that plausibly offer the scenario's care."""
    return _OUTSIDE_BY_KEY.get(scenario.get("key", ""), []) + _OUTSIDE_GENERIC[:2]


SCAL_CITIES = {"Pasadena", "Riverside", "Anaheim", "San Diego", "Fontana", "Bakersfield", "Downey"}
SCAL_FACILITIES = {"Los Angeles Medical Center", "Riverside Medical Center", "Anaheim Medical Center", "San Diego Medical Center",
                   "Fontana Medical Center", "Downey Medical Center"}


def cities(state: str, region: str | None = None) -> list[tuple[str, str]]:
    """Cities of a state; in California, only those of the Kaiser region (north or south)."""
    cs = CITIES[state]
    if state == "CA" and region:
        south = region == "Southern California"
        cs = [c for c in cs if (c[0] in SCAL_CITIES) == south]
    return cs


def facilities(state: str, region: str | None = None) -> list[str]:
    fs = FACILITIES[state]
    if state == "CA" and region:
        south = region == "Southern California"
        fs = [f for f in fs if (f in SCAL_FACILITIES) == south]
    return fs


GRIEVANCE_ADDR = {
    "Northern California": [
        "Kaiser Foundation Health Plan, Inc.",
        "Member Relations Grievance Operations",
        "P.O. Box 23280",
        "Oakland, CA 94623",
    ],
    "Southern California": [
        "Kaiser Foundation Health Plan, Inc.",
        "Member Relations Grievance Operations",
        "P.O. Box 939001",
        "San Diego, CA 92193",
    ],
    "Colorado": ["Kaiser Permanente", "Appeals Program", "P.O. Box 378066", "Denver, CO 80237-8066"],
    "Georgia": [
        "Kaiser Permanente",
        "Appeals Department",
        "Nine Piedmont Center",
        "3495 Piedmont Road NE",
        "Atlanta, GA 30305",
    ],
    "Hawaii": ["Kaiser Permanente", "Member Services - Appeals", "711 Kapiolani Blvd", "Honolulu, HI 96813"],
    "Mid-Atlantic States": [
        "Kaiser Permanente",
        "Attention: Appeals and Correspondence",
        "P.O. Box 6831",
        "Rockville, MD 20849-6831",
    ],
    "Northwest": ["Kaiser Permanente", "Member Relations", "500 NE Multnomah St., Suite 100", "Portland, OR 97232"],
    "Washington": ["Kaiser Permanente", "Member Appeals Department", "P.O. Box 34593", "Seattle, WA 98124-1593"],
}
MEMBER_SERVICES = {  # phone, tty
    "Northern California": ("1-800-464-4000", "711"),
    "Southern California": ("1-800-464-4000", "711"),
    "Colorado": ("303-338-3800", "711"),
    "Georgia": ("404-365-0966", "711"),
    "Hawaii": ("1-800-966-5955", "711"),
    "Mid-Atlantic States": ("1-800-777-7902", "711"),
    "Northwest": ("1-800-813-2000", "711"),
    "Washington": ("1-888-901-4636", "711"),
}
SENIOR_ADVANTAGE_PHONE = "1-800-443-0815"
CONSUMER_ASSIST = {  # state: (name, phone) for non-ERISA commercial
    "CA": ("Health Consumer Alliance", "1-888-804-3536"),
    "MD": ("Maryland Health Education and Advocacy Unit", "1-877-261-8807"),
    "VA": ("Office of the Managed Care Ombudsman", "1-877-310-6560"),
    "DC": ("DC Office of Health Care Ombudsman and Bill of Rights", "1-877-685-6391"),
    "CO": ("Colorado Division of Insurance", "303-894-7490"),
    "GA": ("Georgia Office of Commissioner of Insurance", "1-800-656-2298"),
    "HI": ("Hawaii Insurance Division", "(808) 586-2790"),
    "OR": ("Oregon Division of Financial Regulation", "1-888-877-4894"),
    "WA": ("Washington Office of the Insurance Commissioner", "1-800-562-6900"),
}
EMPLOYERS = [
    "Sierra Logistics Group",
    "Harbor Point Unified School District",
    "Redline Fabrication LLC",
    "Copperleaf Software, Inc.",
    "Tri-County Transit Authority",
    "Evergreen Grocers Cooperative",
    "Blue Mesa Hospitality",
    "Pinnacle Aerospace Components",
    "Delta Crossing Credit Union",
    "Brightwater Logistics",
    "Ironwood Construction Co.",
]

# --- clinical scenarios -------------------------------------------------------------------------
# Each scenario: services [(texts, codes)], diagnoses [(texts, codes)], specialty, tags, facts per category.
SCENARIOS: list[dict] = [
    dict(
        key="lumbar_fusion",
        specialty="Orthopedic Surgery",
        alt_specialty="Spine Surgery",
        services=[
            (["Lumbar spinal fusion, L4-L5", "Posterior lumbar interbody fusion, single level"], ["22630"]),
            (["Inpatient admission, 2 days", "Inpatient hospital stay (2 days)"], []),
        ],
        diagnoses=[
            (["Lumbar radiculopathy", "Radiculopathy, lumbar region"], ["M54.16"]),
            (["Lumbar disc displacement", "Other intervertebral disc displacement, lumbar region"], ["M51.26"]),
        ],
        cats=["medical_necessity", "second_opinion", "out_of_network"],
        mn=[
            "your records do not show that you completed at least 6 weeks of supervised physical therapy",
            "the imaging sent to us does not show instability or a slipped vertebra at L4-L5",
            "there is no record of a trial of epidural steroid injection or other conservative care in the last 12 months",
        ],
        criteria=[
            "MCG Care Guidelines, 28th Edition, Lumbar Fusion (S-820)",
            "InterQual 2025 Procedures: Spine Surgery, Lumbar Fusion",
            "Kaiser Permanente Regional Criteria for Spinal Fusion Surgery",
        ],
        ma_rules=["Medicare Benefit Policy Manual, Chapter 1, Section 10 (inpatient hospital services)"],
        condition="chronic low back pain with leg symptoms",
        surgery=True,
        serious=False,
    ),
    dict(
        key="breast_cancer",
        specialty="Surgical Oncology",
        alt_specialty="Breast Surgery",
        services=[
            (["Mastectomy, modified radical", "Modified radical mastectomy"], ["19307"]),
            (["Sentinel lymph node biopsy", "Sentinel node excision, axillary"], ["38525"]),
        ],
        diagnoses=[
            (["Malignant neoplasm of upper-outer quadrant of right female breast"], ["C50.411"]),
            (["Malignant neoplasm of unspecified site of right female breast", "Right breast cancer"], ["C50.911"]),
        ],
        cats=["second_opinion", "out_of_network", "experimental_investigational"],
        exp=[
            "the requested gene-expression assay has not been shown in peer-reviewed studies to change treatment for your tumor type",
            "current evidence does not show improved survival with this treatment compared with standard chemotherapy",
        ],
        condition="breast cancer",
        surgery=True,
        serious=True,
        cancer=True,
    ),
    dict(
        key="prostate_proton",
        specialty="Radiation Oncology",
        alt_specialty="Radiation Oncology",
        services=[
            (["Proton beam treatment delivery, complex", "Proton treatment delivery; complex"], ["77525"]),
            (["Treatment planning, complex", "Therapeutic radiology treatment planning; complex"], ["77263"]),
        ],
        diagnoses=[(["Malignant neoplasm of prostate", "Prostate cancer"], ["C61"])],
        cats=["experimental_investigational", "medical_necessity", "second_opinion"],
        exp=[
            "proton beam therapy for localized prostate cancer has not been shown to work better than intensity-modulated photon radiation, which is available to you",
            "published studies do not show a benefit of proton therapy over standard radiation for your stage of disease",
        ],
        mn=[
            "intensity-modulated radiation therapy (IMRT), a covered and equally effective treatment, is available in-network for your stage of prostate cancer"
        ],
        criteria=[
            "Kaiser Permanente National Technology Assessment: Proton Beam Therapy",
            "MCG Health Ambulatory Care, 28th Edition: Proton Beam Radiotherapy",
        ],
        ma_rules=["Local Coverage Determination (LCD) L35075 Proton Beam Therapy"],
        condition="prostate cancer",
        surgery=False,
        serious=True,
        cancer=True,
    ),
    dict(
        key="cpap",
        specialty="Sleep Medicine",
        alt_specialty="Pulmonology",
        services=[
            (["CPAP device", "Continuous positive airway pressure (CPAP) device"], ["E0601"]),
            (["Full face mask interface", "Full face mask used with positive airway pressure device"], ["A7030"]),
        ],
        diagnoses=[(["Obstructive sleep apnea (adult)", "Obstructive sleep apnea"], ["G47.33"])],
        cats=["medical_necessity", "no_prior_authorization"],
        mn=[
            "the sleep study sent with the request shows an apnea-hypopnea index of 4 events per hour, which is below the level needed for coverage",
            "we did not receive a sleep study showing obstructive sleep apnea",
        ],
        criteria=[
            "Kaiser Permanente Clinical Review Criteria for Positive Airway Pressure Devices",
            "InterQual 2025 Durable Medical Equipment: CPAP",
        ],
        ma_rules=[
            "Medicare National Coverage Determination (NCD) 240.4 Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA)",
            "Local Coverage Determination (LCD) L33718 Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea",
        ],
        condition="sleep apnea",
        surgery=False,
        serious=False,
    ),
    dict(
        key="power_wheelchair",
        specialty="Physical Medicine and Rehabilitation",
        alt_specialty="Physiatry",
        services=[
            (["Power wheelchair, group 2 standard", "Power wheelchair, group 2, captain's chair"], ["K0823"]),
            (["Wheelchair seat cushion, general use", "General use seat cushion"], ["E2601"]),
        ],
        diagnoses=[(["Multiple sclerosis"], ["G35"]), (["Difficulty in walking, not elsewhere classified"], ["R26.2"])],
        cats=["medical_necessity", "not_covered"],
        mn=[
            "the home assessment shows you can move around your home safely with a manual wheelchair",
            "the records do not show that an optimally configured manual wheelchair or scooter was tried",
        ],
        criteria=[
            "MCG Health Durable Medical Equipment Guidelines: Power Mobility Devices",
            "Kaiser Permanente DME Formulary Criteria: Power Mobility",
        ],
        ma_rules=[
            "Medicare National Coverage Determination (NCD) 280.3 Mobility Assistive Equipment (MAE)",
            "Local Coverage Determination (LCD) L33789 Power Mobility Devices",
        ],
        condition="multiple sclerosis",
        surgery=False,
        serious=True,
    ),
    dict(
        key="mri_lumbar",
        specialty="Internal Medicine",
        alt_specialty="Family Medicine",
        services=[
            (
                [
                    "MRI lumbar spine without contrast",
                    "Magnetic resonance imaging, lumbar spine; without contrast material",
                ],
                ["72148"],
            )
        ],
        diagnoses=[
            (["Low back pain", "Low back pain, unspecified"], ["M54.50"]),
            (["Sciatica, left side"], ["M54.32"]),
        ],
        cats=["medical_necessity", "no_prior_authorization", "out_of_network"],
        mn=[
            "your back pain began 3 weeks ago and you do not have warning signs such as weakness, numbness in the groin or loss of bladder control",
            "the notes do not show 6 weeks of treatment such as medicine and exercise before imaging",
        ],
        criteria=[
            "American College of Radiology Appropriateness Criteria: Low Back Pain",
            "Kaiser Permanente Imaging Guidelines: Lumbar Spine MRI",
        ],
        ma_rules=["Medicare Benefit Policy Manual, Chapter 15, Section 80 (diagnostic tests)"],
        condition="back pain",
        surgery=False,
        serious=False,
    ),
    dict(
        key="eating_disorder_rtc",
        specialty="Psychiatry",
        alt_specialty="Child and Adolescent Psychiatry",
        mh=True,
        services=[
            (
                [
                    "Residential treatment, eating disorder program, 30 days",
                    "Eating disorder residential treatment (30 days)",
                ],
                ["H0018"],
            ),
            (
                ["Psychiatric diagnostic evaluation", "Psychiatric diagnostic evaluation with medical services"],
                ["90792"],
            ),
        ],
        diagnoses=[
            (["Anorexia nervosa, restricting type"], ["F50.01"]),
            (["Major depressive disorder, recurrent, moderate"], ["F33.1"]),
        ],
        cats=["medical_necessity"],
        mn=[
            "your weight has been stable at 88 percent of your expected body weight for the past month and you have been taking meals without supervision",
            "the records show you do not need 24-hour supervision and can be treated safely in a partial hospital program",
        ],
        criteria_ok=[
            "LOCUS (Level of Care Utilization System) version 20",
            "American Psychiatric Association Practice Guideline for the Treatment of Patients With Eating Disorders",
        ],
        criteria_bad=[
            "InterQual 2025 Behavioral Health: Residential Treatment Center criteria",
            "MCG Behavioral Health Care Guidelines, 28th Edition: Eating Disorders, Residential",
            "Kaiser Permanente Internal Behavioral Health Level of Care Guidelines",
        ],
        condition="anorexia nervosa",
        surgery=False,
        serious=True,
    ),
    dict(
        key="sud_residential",
        specialty="Addiction Medicine",
        alt_specialty="Psychiatry",
        mh=True,
        services=[
            (
                [
                    "Residential substance use disorder treatment, 28 days",
                    "Alcohol and/or drug services, residential (28 days)",
                ],
                ["H0018"],
            ),
            (
                ["Medically monitored withdrawal management", "Alcohol and/or drug services; acute detoxification"],
                ["H0011"],
            ),
        ],
        diagnoses=[
            (["Alcohol dependence, uncomplicated"], ["F10.20"]),
            (["Opioid dependence, uncomplicated"], ["F11.20"]),
        ],
        cats=["medical_necessity"],
        mn=[
            "your withdrawal symptoms have resolved and you have a stable place to live and family support",
            "the assessment shows you can safely take part in an intensive outpatient program while living at home",
        ],
        criteria_ok=["The ASAM Criteria, 4th Edition", "ASAM Criteria Dimension 1-6 assessment"],
        criteria_bad=[
            "MCG Behavioral Health Care Guidelines: Substance Use Disorder, Residential",
            "InterQual 2025 Behavioral Health: Substance Use Disorders",
            "Kaiser Permanente Chemical Dependency Residential Criteria",
        ],
        condition="alcohol use disorder",
        surgery=False,
        serious=True,
    ),
    dict(
        key="aba",
        specialty="Developmental-Behavioral Pediatrics",
        alt_specialty="Child Psychology",
        mh=True,
        services=[
            (
                [
                    "Adaptive behavior treatment by protocol, 25 hours per week",
                    "Adaptive behavior treatment by protocol (ABA), 100 units per week",
                ],
                ["97153"],
            ),
            (
                ["Behavior identification assessment", "Behavior identification assessment by qualified professional"],
                ["97151"],
            ),
        ],
        diagnoses=[(["Autistic disorder", "Autism spectrum disorder"], ["F84.0"])],
        cats=["medical_necessity"],
        mn=[
            "the progress report shows that your child met most treatment goals at 15 hours per week and the plan does not explain why more hours are needed"
        ],
        criteria_ok=[
            "CALOCUS-CASII (Child and Adolescent Level of Care Utilization System)",
            "American Academy of Pediatrics Clinical Report on Autism Spectrum Disorder",
        ],
        criteria_bad=[
            "Kaiser Permanente Behavioral Health Therapy Hours Guideline",
            "MCG Behavioral Health Care Guidelines: Applied Behavior Analysis",
        ],
        condition="autism",
        surgery=False,
        serious=False,
    ),
    dict(
        key="bariatric",
        specialty="General Surgery",
        alt_specialty="Bariatric Surgery",
        services=[
            (
                [
                    "Laparoscopic sleeve gastrectomy",
                    "Laparoscopy, surgical, gastric restrictive procedure; longitudinal gastrectomy",
                ],
                ["43775"],
            )
        ],
        diagnoses=[
            (["Morbid (severe) obesity due to excess calories"], ["E66.01"]),
            (["Body mass index 40.0-44.9, adult"], ["Z68.41"]),
            (["Type 2 diabetes mellitus with hyperglycemia"], ["E11.65"]),
        ],
        cats=["medical_necessity", "not_covered"],
        mn=[
            "the records do not show that you finished the 6-month supervised weight management program",
            "we did not receive the psychological evaluation required before surgery",
        ],
        criteria=[
            "Kaiser Permanente Regional Criteria for Bariatric Surgery",
            "MCG Care Guidelines, 28th Edition, Bariatric Surgery (A-0210)",
            "InterQual 2025 Procedures: Bariatric Surgery",
        ],
        ma_rules=[
            "Medicare National Coverage Determination (NCD) 100.1 Bariatric Surgery for Treatment of Co-Morbid Conditions Related to Morbid Obesity"
        ],
        condition="severe obesity",
        surgery=True,
        serious=False,
    ),
    dict(
        key="blepharoplasty",
        specialty="Ophthalmology",
        alt_specialty="Oculoplastic Surgery",
        services=[
            (
                [
                    "Blepharoplasty, upper eyelid, with excessive skin",
                    "Upper eyelid blepharoplasty, excessive skin weighting down lid",
                ],
                ["15823"],
            )
        ],
        diagnoses=[
            (["Dermatochalasis of right upper eyelid"], ["H02.831"]),
            (["Dermatochalasis of left upper eyelid"], ["H02.834"]),
        ],
        cats=["not_covered", "medical_necessity"],
        nc=[
            "the photographs and visual field test do not show that your eyelids block your vision, so the surgery is considered cosmetic",
            "cosmetic services that are meant to change or improve appearance are excluded from your coverage",
        ],
        mn=["the visual field test shows less than 12 degrees of improvement when the eyelid is taped up"],
        criteria=[
            "Kaiser Permanente Clinical Review Criteria: Blepharoplasty",
            "MCG Care Guidelines: Blepharoplasty (A-0180)",
        ],
        ma_rules=["Local Coverage Determination (LCD) L34528 Blepharoplasty, Eyelid Surgery, and Brow Lift"],
        condition="drooping eyelids",
        surgery=True,
        serious=False,
    ),
    dict(
        key="ivf",
        specialty="Reproductive Endocrinology",
        alt_specialty="Obstetrics and Gynecology",
        services=[
            (["In vitro fertilization cycle", "Assisted oocyte fertilization, microtechnique"], ["89280"]),
            (["Fertility medications (follitropin alfa)", "Follitropin alfa injection"], []),
        ],
        diagnoses=[(["Female infertility, unspecified"], ["N97.9"])],
        cats=["not_covered"],
        nc=[
            "in vitro fertilization is not a covered benefit under your plan",
            "your plan excludes assisted reproductive technology services such as IVF",
        ],
        condition="infertility",
        surgery=False,
        serious=False,
    ),
    dict(
        key="humira",
        specialty="Rheumatology",
        alt_specialty="Rheumatology",
        services=[(["Adalimumab (Humira) 40 mg every 2 weeks", "Humira (adalimumab) 40 mg/0.4 mL pen"], [])],
        diagnoses=[
            (["Rheumatoid arthritis, multiple sites, without rheumatoid factor"], ["M06.09"]),
            (["Psoriasis vulgaris"], ["L40.0"]),
        ],
        cats=["medical_necessity", "not_covered"],
        mn=[
            "the records do not show that you tried methotrexate for at least 3 months, which our formulary requires first",
            "a biosimilar (adalimumab-adaz) that works the same way is on our formulary and has not been tried",
        ],
        nc=["brand-name Humira is not on the drug formulary and a covered biosimilar is available"],
        criteria=[
            "Kaiser Permanente Drug Formulary Criteria for TNF Inhibitors",
            "Kaiser Permanente Pharmacy and Therapeutics Committee Guideline: Biologic DMARDs",
        ],
        ma_rules=["Medicare Part B Drug coverage rules, Medicare Benefit Policy Manual, Chapter 15, Section 50"],
        condition="rheumatoid arthritis",
        surgery=False,
        serious=False,
    ),
    dict(
        key="keytruda",
        specialty="Medical Oncology",
        alt_specialty="Hematology and Oncology",
        services=[
            (
                ["Pembrolizumab injection, 200 mg every 3 weeks", "Injection, pembrolizumab, 1 mg (200 units)"],
                ["J9271"],
            ),
            (
                [
                    "Chemotherapy administration, IV infusion, up to 1 hour",
                    "Chemotherapy administration, intravenous infusion; up to 1 hour",
                ],
                ["96413"],
            ),
        ],
        diagnoses=[
            (["Malignant neoplasm of unspecified part of unspecified bronchus or lung"], ["C34.90"]),
            (["Secondary malignant neoplasm of bone"], ["C79.51"]),
        ],
        cats=["experimental_investigational", "medical_necessity", "no_prior_authorization"],
        exp=[
            "the use of pembrolizumab as a fourth-line treatment after progression on immunotherapy is not FDA-approved and is not supported by the National Comprehensive Cancer Network guidelines",
            "there is not enough published evidence that restarting immunotherapy after disease progression improves survival",
        ],
        mn=[
            "your tumor testing shows PD-L1 expression below 1 percent and your oncologist did not send results for other markers"
        ],
        criteria=[
            "NCCN Clinical Practice Guidelines in Oncology: Non-Small Cell Lung Cancer, Version 3.2026",
            "Kaiser Permanente Oncology Drug Criteria: Immune Checkpoint Inhibitors",
        ],
        ma_rules=["Medicare Benefit Policy Manual, Chapter 15, Section 50.4.5 (off-label anticancer drugs)"],
        condition="lung cancer",
        surgery=False,
        serious=True,
        cancer=True,
    ),
    dict(
        key="glioma_second",
        specialty="Neuro-Oncology",
        alt_specialty="Neurosurgery",
        services=[
            (["Consultation, neuro-oncology, new patient", "Office consultation, high complexity"], ["99245"]),
            (
                ["Craniotomy for excision of brain tumor", "Craniectomy for excision of brain tumor, supratentorial"],
                ["61510"],
            ),
        ],
        diagnoses=[(["Malignant neoplasm of brain, unspecified", "Glioblastoma of brain"], ["C71.9"])],
        cats=["second_opinion", "out_of_network", "experimental_investigational"],
        exp=[
            "tumor-treating fields for recurrent glioblastoma are considered investigational because studies have not shown longer survival"
        ],
        condition="brain tumor",
        surgery=True,
        serious=True,
        cancer=True,
    ),
    dict(
        key="cardiac_second",
        specialty="Cardiothoracic Surgery",
        alt_specialty="Cardiology",
        services=[
            (
                [
                    "Coronary artery bypass, 3 arterial grafts",
                    "Coronary artery bypass, using arterial graft(s); three coronary arterial grafts",
                ],
                ["33535"],
            ),
            (
                ["Outpatient consultation, cardiothoracic surgery", "Office consultation, moderate complexity"],
                ["99244"],
            ),
        ],
        diagnoses=[
            (["Atherosclerotic heart disease of native coronary artery without angina pectoris"], ["I25.10"]),
            (["Unstable angina"], ["I20.0"]),
        ],
        cats=["second_opinion", "out_of_network"],
        condition="coronary artery disease",
        surgery=True,
        serious=True,
    ),
    dict(
        key="knee_scope",
        specialty="Orthopedic Surgery",
        alt_specialty="Sports Medicine",
        services=[
            (["Arthroscopy, knee, with meniscectomy, medial", "Knee arthroscopy with medial meniscectomy"], ["29881"]),
            (
                [
                    "Physical therapy, therapeutic exercise, 12 visits",
                    "Therapeutic exercises, each 15 minutes (12 visits)",
                ],
                ["97110"],
            ),
        ],
        diagnoses=[
            (["Unilateral primary osteoarthritis, right knee"], ["M17.11"]),
            (["Tear of medial meniscus, current injury, right knee"], ["S83.241A"]),
        ],
        cats=["medical_necessity", "second_opinion", "out_of_network"],
        mn=[
            "the X-rays show moderate arthritis, and arthroscopic surgery does not help knee pain from arthritis",
            "you have not yet had a course of physical therapy for the knee",
        ],
        criteria=[
            "MCG Care Guidelines, 28th Edition: Knee Arthroscopy (S-640)",
            "InterQual 2025 Procedures: Knee Arthroscopy",
            "Kaiser Permanente Orthopedic Surgery Guideline: Arthroscopic Knee Surgery",
        ],
        ma_rules=[
            "Medicare National Coverage Determination (NCD) 150.9 Arthroscopic Lavage and Arthroscopic Debridement for the Osteoarthritic Knee"
        ],
        condition="knee pain",
        surgery=True,
        serious=False,
    ),
    dict(
        key="home_health",
        specialty="Internal Medicine",
        alt_specialty="Geriatric Medicine",
        services=[
            (
                [
                    "Skilled nursing visits in the home, 2 per week for 6 weeks",
                    "Services of skilled nurse in home health setting (12 visits)",
                ],
                ["G0299"],
            ),
            (
                ["Home physical therapy visits", "Services of physical therapist in home health setting (8 visits)"],
                ["G0151"],
            ),
        ],
        diagnoses=[(["Heart failure, unspecified"], ["I50.9"]), (["Muscle weakness (generalized)"], ["M62.81"])],
        cats=["medical_necessity", "administrative"],
        mn=[
            "you are able to leave your home for medical visits without great effort, so you are not homebound",
            "the records show you no longer need skilled nursing care; your needs can be met by a caregiver",
        ],
        criteria=["InterQual 2025 Home Care Criteria", "Kaiser Permanente Home Health Services Guideline"],
        ma_rules=[
            "Medicare Benefit Policy Manual, Chapter 7, Section 30 (conditions to qualify for home health services)",
            "42 CFR 409.42",
        ],
        condition="heart failure",
        surgery=False,
        serious=False,
    ),
    dict(
        key="snf",
        specialty="Internal Medicine",
        alt_specialty="Geriatric Medicine",
        services=[
            (["Skilled nursing facility stay, continued", "Continued skilled nursing facility care"], []),
            (["Occupational therapy, therapeutic activities", "Therapeutic activities, each 15 minutes"], ["97530"]),
        ],
        diagnoses=[
            (["Displaced intertrochanteric fracture of right femur, subsequent encounter"], ["S72.141D"]),
            (["Unsteadiness on feet"], ["R26.81"]),
        ],
        cats=["medical_necessity"],
        mn=[
            "you can now walk 150 feet with a walker and climb stairs with supervision, so you no longer need daily skilled care"
        ],
        criteria=[
            "InterQual 2025 Subacute and SNF Criteria",
            "Kaiser Permanente Skilled Nursing Facility Level of Care Guideline",
        ],
        ma_rules=[
            "Medicare Benefit Policy Manual, Chapter 8, Section 30 (skilled nursing facility level of care)",
            "42 CFR 409.31",
        ],
        condition="hip fracture",
        surgery=False,
        serious=False,
    ),
    dict(
        key="genetic_test",
        specialty="Medical Genetics",
        alt_specialty="Genetic Counseling",
        services=[
            (
                [
                    "Hereditary cancer panel, 47 genes",
                    "Hereditary breast cancer-related disorders genomic sequence analysis panel",
                ],
                ["81432"],
            ),
            (["Genetic counseling, each 30 minutes"], ["96040"]),
        ],
        diagnoses=[(["Family history of malignant neoplasm of breast"], ["Z80.3"])],
        cats=["medical_necessity", "experimental_investigational", "out_of_network"],
        mn=[
            "your family history does not include a close relative diagnosed with breast or ovarian cancer before age 50",
            "a targeted test for the known family variant is available and was not done first",
        ],
        exp=[
            "the multigene panel includes genes whose link to cancer risk has not been shown, so the test is considered investigational for you"
        ],
        criteria=[
            "NCCN Guidelines: Genetic/Familial High-Risk Assessment: Breast, Ovarian, and Pancreatic",
            "Kaiser Permanente Genetic Testing Clinical Guideline",
        ],
        ma_rules=["Medicare National Coverage Determination (NCD) 90.2 Next Generation Sequencing (NGS)"],
        condition="family history of breast cancer",
        surgery=False,
        serious=True,
    ),
    dict(
        key="tms",
        specialty="Psychiatry",
        alt_specialty="Psychiatry",
        mh=True,
        services=[
            (
                [
                    "Transcranial magnetic stimulation, 36 sessions",
                    "Therapeutic repetitive transcranial magnetic stimulation (TMS) treatment; subsequent delivery and management",
                ],
                ["90868"],
            )
        ],
        diagnoses=[(["Major depressive disorder, recurrent severe without psychotic features"], ["F33.2"])],
        cats=["medical_necessity", "experimental_investigational"],
        mn=[
            "you have tried one antidepressant medicine; the records do not show trials of at least two medicines from different classes"
        ],
        exp=["maintenance TMS after a completed course is considered investigational"],
        criteria_ok=[
            "American Psychiatric Association Practice Guideline for the Treatment of Patients With Major Depressive Disorder",
            "LOCUS version 20",
        ],
        criteria_bad=[
            "Kaiser Permanente Clinical Policy: Transcranial Magnetic Stimulation",
            "MCG Behavioral Health Care Guidelines: TMS",
        ],
        condition="depression",
        surgery=False,
        serious=False,
    ),
    dict(
        key="capsule",
        specialty="Gastroenterology",
        alt_specialty="Gastroenterology",
        services=[
            (
                [
                    "Capsule endoscopy of the small bowel",
                    "Gastrointestinal tract imaging, intraluminal (capsule endoscopy), esophagus through ileum",
                ],
                ["91110"],
            )
        ],
        diagnoses=[
            (["Crohn's disease, unspecified, without complications"], ["K50.90"]),
            (["Iron deficiency anemia, unspecified"], ["D50.9"]),
        ],
        cats=["medical_necessity", "no_prior_authorization"],
        mn=["a colonoscopy and upper endoscopy have not yet been done to look for the source of bleeding"],
        criteria=[
            "Kaiser Permanente GI Clinical Guideline: Capsule Endoscopy",
            "MCG Care Guidelines: Capsule Endoscopy (A-0168)",
        ],
        ma_rules=["Local Coverage Determination (LCD) L38781 Wireless Capsule Endoscopy"],
        condition="Crohn's disease",
        surgery=False,
        serious=False,
    ),
    dict(
        key="hyperbaric",
        specialty="Wound Care",
        alt_specialty="Infectious Disease",
        services=[
            (
                [
                    "Hyperbaric oxygen therapy, 30 sessions",
                    "Hyperbaric oxygen under pressure, full body chamber, per 30 minute interval",
                ],
                ["G0277"],
            ),
            (["Physician attendance and supervision of hyperbaric oxygen therapy"], ["99183"]),
        ],
        diagnoses=[
            (["Type 2 diabetes mellitus with foot ulcer"], ["E11.621"]),
            (["Non-pressure chronic ulcer of other part of right foot with fat layer exposed"], ["L97.512"]),
        ],
        cats=["medical_necessity", "experimental_investigational"],
        mn=[
            "the foot ulcer is Wagner grade 2, and coverage requires a grade 3 or higher wound that has not healed after 30 days of standard care"
        ],
        exp=["hyperbaric oxygen for this type of wound has not been shown in good-quality studies to improve healing"],
        criteria=[
            "Kaiser Permanente Clinical Review Criteria: Hyperbaric Oxygen Therapy",
            "InterQual 2025 Procedures: Hyperbaric Oxygen",
        ],
        ma_rules=["Medicare National Coverage Determination (NCD) 20.29 Hyperbaric Oxygen Therapy"],
        condition="diabetic foot ulcer",
        surgery=False,
        serious=False,
    ),
    dict(
        key="ct_perfusion",
        specialty="Neurology",
        alt_specialty="Neurology",
        services=[
            (["CT perfusion study of the brain", "Computed tomography, cerebral perfusion analysis"], ["0042T"]),
            (
                [
                    "CT angiography, head, with contrast",
                    "Computed tomographic angiography, head, with contrast material(s)",
                ],
                ["70496"],
            ),
        ],
        diagnoses=[(["Transient cerebral ischemic attack, unspecified"], ["G45.9"])],
        cats=["experimental_investigational", "medical_necessity"],
        exp=[
            "CT perfusion imaging after a transient ischemic attack is a Category III (emerging technology) service that has not been shown to change treatment"
        ],
        mn=[
            "your symptoms resolved within an hour and the standard CT angiogram already answered the clinical question"
        ],
        criteria=[
            "Kaiser Permanente Technology Assessment: CT Perfusion Imaging",
            "American College of Radiology Appropriateness Criteria: Cerebrovascular Disease",
        ],
        ma_rules=["Medicare Benefit Policy Manual, Chapter 15, Section 80"],
        condition="mini-stroke",
        surgery=False,
        serious=True,
    ),
]

ER_SCENARIOS: list[dict] = [
    dict(
        key="er_chest_pain",
        facility_kind="emergency department",
        services=[
            (
                [
                    "Emergency department visit, high severity",
                    "Emergency department visit for the evaluation and management of a patient, high complexity",
                ],
                ["99285"],
            ),
            (["Electrocardiogram, routine, with interpretation", "Electrocardiogram, complete"], ["93000"]),
            (["Troponin, quantitative"], ["84484"]),
        ],
        diagnoses=[(["Chest pain, unspecified"], ["R07.9"])],
        symptom="chest pain and shortness of breath",
    ),
    dict(
        key="er_abdominal",
        facility_kind="emergency room",
        services=[
            (
                ["Emergency department visit, moderate severity", "Emergency department visit, moderate complexity"],
                ["99284"],
            ),
            (
                [
                    "CT abdomen and pelvis with contrast",
                    "Computed tomography, abdomen and pelvis; with contrast material(s)",
                ],
                ["74177"],
            ),
        ],
        diagnoses=[
            (["Unspecified abdominal pain"], ["R10.9"]),
            (["Acute appendicitis without perforation"], ["K35.80"]),
        ],
        symptom="severe abdominal pain and vomiting",
    ),
    dict(
        key="er_ambulance",
        facility_kind="emergency department",
        services=[
            (
                [
                    "Ambulance service, advanced life support, emergency transport, level 1",
                    "ALS1 emergency ambulance transport",
                ],
                ["A0427"],
            ),
            (["Ground mileage, per statute mile"], ["A0425"]),
            (["Emergency department visit, high severity"], ["99285"]),
        ],
        diagnoses=[(["Syncope and collapse"], ["R55"])],
        symptom="fainting and a head injury",
    ),
]

ROUTINE_PAY = [  # payment denials not in the ER
    dict(
        key="pay_pt",
        services=[
            (["Physical therapy evaluation, moderate complexity"], ["97162"]),
            (["Therapeutic exercise, each 15 minutes"], ["97110"]),
            (["Manual therapy techniques, each 15 minutes"], ["97140"]),
        ],
        diagnoses=[(["Cervicalgia"], ["M54.2"])],
    ),
    dict(
        key="pay_lab",
        services=[
            (["Comprehensive metabolic panel"], ["80053"]),
            (["Lipid panel"], ["80061"]),
            (["Hemoglobin A1c"], ["83036"]),
        ],
        diagnoses=[(["Type 2 diabetes mellitus without complications"], ["E11.9"])],
    ),
    dict(
        key="pay_derm",
        services=[
            (
                [
                    "Destruction of benign lesions, up to 14",
                    "Destruction of benign lesions other than skin tags, up to 14 lesions",
                ],
                ["17110"],
            ),
            (["Office visit, established patient, 25 minutes"], ["99213"]),
        ],
        diagnoses=[(["Seborrheic keratosis, unspecified"], ["L82.1"])],
    ),
    dict(
        key="pay_colonoscopy",
        services=[
            (["Colonoscopy with biopsy", "Colonoscopy, flexible; with biopsy, single or multiple"], ["45380"]),
            (["Anesthesia for lower intestinal endoscopic procedures"], ["00811"]),
        ],
        diagnoses=[(["Personal history of colonic polyps"], ["Z86.010"])],
    ),
    dict(
        key="pay_hearing",
        services=[
            (["Hearing aid, digital, binaural, behind the ear", "Hearing aid, digital, binaural, BTE"], ["V5261"]),
            (["Comprehensive audiometry evaluation"], ["92557"]),
        ],
        diagnoses=[(["Sensorineural hearing loss, bilateral"], ["H90.3"])],
    ),
]

SPECIALTY_LIST = [
    "Internal Medicine",
    "Family Medicine",
    "Orthopedic Surgery",
    "Neurology",
    "Cardiology",
    "Psychiatry",
    "General Surgery",
    "Oncology",
    "Physical Medicine and Rehabilitation",
    "Emergency Medicine",
    "Pediatrics",
]
EOC_SECTIONS = [
    'the "Exclusions, Limitations, Coordination of Benefits, and Reductions" section of your {year} Evidence of Coverage',
    'Section 5, "Benefits and Your Cost Share", of your Evidence of Coverage',
    'the "Exclusions" part of your {year} Evidence of Coverage (EOC), page {page}',
    'your Membership Agreement and Evidence of Coverage, "Getting a Referral" section',
    'the {year} Evidence of Coverage, Section 3, "How to Obtain Services"',
    'the plan\'s Evidence of Coverage under "Services Not Covered" on page {page}',
]
EOC_SECTIONS_ERISA = [
    'Section {sec} ("Exclusions") of the {employer} Health Benefit Plan Summary Plan Description',
    'the Summary Plan Description for the {employer} Employee Health Plan, Article {sec}, "Covered Services"',
    "page {page} of the Plan Document and Summary Plan Description (SPD)",
]
EOC_SECTIONS_FEHB = [
    'Section 6, "General exclusions", of the {year} Kaiser Foundation Health Plan FEHB brochure (RI 73-{page})',
    "Section 5(b) of your {year} FEHB plan brochure, page {page}",
]
EOC_SECTIONS_MEDI = [
    "Title 22, California Code of Regulations, Section 51303",
    'your Medi-Cal Member Handbook (Evidence of Coverage), "Services you cannot get through our plan"',
    "Title 22 CCR Section 51003 (prior authorization)",
]
EOC_SECTIONS_MEDICAID = [
    'your Member Handbook, "Services that are not covered", page {page}',
    "the state Medicaid managed care contract, Section {sec}",
]

SCENARIOS += [
    dict(key="scs", specialty="Pain Medicine", alt_specialty="Anesthesiology",
         services=[(["Spinal cord stimulator trial, percutaneous electrode array", "Percutaneous implantation of neurostimulator electrode array, epidural"], ["63650"]),
                   (["Implantable neurostimulator pulse generator"], ["L8688"])],
         diagnoses=[(["Chronic pain syndrome"], ["G89.4"]), (["Postlaminectomy syndrome, lumbar region"], ["M96.1"])],
         cats=["medical_necessity", "experimental_investigational"],
         mn=["the records do not include the psychological evaluation that must be done before a stimulator trial",
             "you have not tried a structured pain rehabilitation program"],
         exp=["spinal cord stimulation for your type of pain has not been shown in controlled studies to improve function"],
         criteria=["InterQual 2025 Procedures: Spinal Cord Stimulator", "Kaiser Permanente Clinical Review Criteria: Neurostimulators"],
         ma_rules=["Medicare National Coverage Determination (NCD) 160.7 Electrical Nerve Stimulators"],
         condition="chronic back pain", surgery=True, serious=False),
    dict(key="insulin_pump", specialty="Endocrinology", alt_specialty="Endocrinology",
         services=[(["External insulin infusion pump", "Infusion pump, external, insulin"], ["E0784"]),
                   (["Continuous glucose monitor, receiver", "Blood glucose monitor with integrated continuous glucose receiver"], ["E2103"])],
         diagnoses=[(["Type 1 diabetes mellitus with hyperglycemia"], ["E10.65"])],
         cats=["medical_necessity", "no_prior_authorization"],
         mn=["the records do not show at least 3 months of glucose logs with four or more checks a day",
             "your A1c of 6.8 percent shows good control on injections, and no low blood sugar episodes were reported"],
         criteria=["Kaiser Permanente DME Criteria: Insulin Pumps", "MCG Health Durable Medical Equipment Guidelines: External Insulin Pump"],
         ma_rules=["Medicare National Coverage Determination (NCD) 280.14 Infusion Pumps", "Local Coverage Determination (LCD) L33794 External Infusion Pumps"],
         condition="type 1 diabetes", surgery=False, serious=False),
    dict(key="botox_migraine", specialty="Neurology", alt_specialty="Headache Medicine",
         services=[(["OnabotulinumtoxinA injection, 155 units", "Injection, onabotulinumtoxinA, 1 unit (155 units)"], ["J0585"]),
                   (["Chemodenervation of muscles for chronic migraine", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)"], ["64615"])],
         diagnoses=[(["Chronic migraine without aura, not intractable, without status migrainosus"], ["G43.709"])],
         cats=["medical_necessity"],
         mn=["the headache diary shows 9 headache days a month, and chronic migraine requires 15 or more",
             "the records do not show trials of two preventive medicines such as topiramate or propranolol"],
         criteria=["Kaiser Permanente Drug Use Criteria: OnabotulinumtoxinA for Chronic Migraine", "American Headache Society Consensus Statement on Migraine Prevention"],
         ma_rules=["Local Coverage Determination (LCD) L33646 Botulinum Toxins"],
         condition="chronic migraine", surgery=False, serious=False),
    dict(key="hip_replacement", specialty="Orthopedic Surgery", alt_specialty="Joint Replacement Surgery",
         services=[(["Total hip arthroplasty, right", "Arthroplasty, acetabular and proximal femoral prosthetic replacement (total hip arthroplasty)"], ["27130"]),
                   (["Inpatient admission, 1 day"], [])],
         diagnoses=[(["Unilateral primary osteoarthritis, right hip"], ["M16.11"])],
         cats=["medical_necessity", "second_opinion", "out_of_network"],
         mn=["the X-rays show mild joint space narrowing and you have not tried physical therapy or injections",
             "your body mass index of 47 must be below 40 before elective joint replacement under the guideline"],
         criteria=["MCG Care Guidelines, 28th Edition: Hip Arthroplasty (S-560)", "Kaiser Permanente Total Joint Replacement Guideline"],
         ma_rules=["Medicare Benefit Policy Manual, Chapter 1, Section 10", "42 CFR 412.3 (inpatient admission two-midnight benchmark)"],
         condition="hip arthritis", surgery=True, serious=False),
    dict(key="home_oxygen", specialty="Pulmonology", alt_specialty="Pulmonary and Critical Care Medicine",
         services=[(["Oxygen concentrator, stationary", "Oxygen concentrator, single delivery port"], ["E1390"]),
                   (["Portable gaseous oxygen system, rental"], ["E0431"])],
         diagnoses=[(["Chronic obstructive pulmonary disease, unspecified"], ["J44.9"])],
         cats=["medical_necessity"],
         mn=["your oxygen saturation at rest was 93 percent on room air, which does not meet the level required for home oxygen",
             "the test results sent were taken more than 30 days before the request"],
         criteria=["Kaiser Permanente Home Oxygen Criteria", "InterQual 2025 Durable Medical Equipment: Oxygen"],
         ma_rules=["Medicare National Coverage Determination (NCD) 240.2 Home Use of Oxygen", "Local Coverage Determination (LCD) L33797 Oxygen and Oxygen Equipment"],
         condition="COPD", surgery=False, serious=False),
    dict(key="lecanemab", specialty="Neurology", alt_specialty="Behavioral Neurology",
         services=[(["Lecanemab (Leqembi) infusion every 2 weeks", "Injection, lecanemab-irmb, 1 mg"], ["J0174"]),
                   (["Brain MRI without contrast", "Magnetic resonance imaging, brain; without contrast material"], ["70551"])],
         diagnoses=[(["Alzheimer's disease with early onset"], ["G30.0"]), (["Mild cognitive impairment of uncertain or unknown etiology"], ["G31.84"])],
         cats=["experimental_investigational", "medical_necessity"],
         exp=["the amyloid PET or spinal fluid test needed to confirm amyloid disease was not done, and use without it is investigational"],
         mn=["your cognitive test score of 16 shows moderate dementia, and the treatment is only shown to help in the mild stage"],
         criteria=["Kaiser Permanente Pharmacy Criteria: Anti-Amyloid Monoclonal Antibodies", "Appropriate Use Recommendations for Lecanemab (Cummings et al.)"],
         ma_rules=["Medicare National Coverage Determination (NCD) 200.3 Monoclonal Antibodies Directed Against Amyloid for the Treatment of Alzheimer's Disease"],
         condition="early Alzheimer's disease", surgery=False, serious=True),
    dict(key="speech_therapy", specialty="Pediatrics", alt_specialty="Developmental Pediatrics",
         services=[(["Speech therapy, 24 visits", "Treatment of speech, language, voice, communication disorder; individual (24 visits)"], ["92507"]),
                   (["Evaluation of speech sound production", "Evaluation of speech sound production with evaluation of language comprehension and expression"], ["92523"])],
         diagnoses=[(["Developmental disorder of speech and language, unspecified"], ["F80.9"]), (["Phonological disorder"], ["F80.0"])],
         cats=["medical_necessity", "not_covered"],
         mn=["the progress notes show your child met the treatment goals and now speaks at the level expected for age"],
         nc=["speech therapy for a developmental delay that is not caused by an illness or injury is excluded under your plan"],
         criteria=["Kaiser Permanente Rehabilitation Services Guideline: Speech Therapy", "MCG Care Guidelines: Speech Therapy, Pediatric"],
         condition="speech delay", surgery=False, serious=False),
    dict(key="semaglutide", specialty="Internal Medicine", alt_specialty="Obesity Medicine",
         services=[(["Semaglutide (Wegovy) 2.4 mg weekly", "Wegovy (semaglutide) 2.4 mg/0.75 mL pen"], [])],
         diagnoses=[(["Obesity, unspecified"], ["E66.9"]), (["Body mass index 35.0-35.9, adult"], ["Z68.35"])],
         cats=["not_covered", "medical_necessity"],
         nc=["medicines used for weight loss are excluded from your outpatient prescription drug benefit",
             "Wegovy is not on the formulary for your plan"],
         mn=["the records do not show that you took part in a lifestyle program for at least 6 months"],
         criteria=["Kaiser Permanente Formulary Criteria: GLP-1 Receptor Agonists for Weight Management"],
         condition="obesity", surgery=False, serious=False),
    dict(key="cataract_premium", specialty="Ophthalmology", alt_specialty="Ophthalmology",
         services=[(["Cataract removal with intraocular lens, right eye", "Extracapsular cataract removal with insertion of intraocular lens prosthesis"], ["66984"]),
                   (["Presbyopia-correcting intraocular lens", "Presbyopia correcting function of intraocular lens"], ["V2788"])],
         diagnoses=[(["Combined forms of age-related cataract, bilateral"], ["H25.813"])],
         cats=["not_covered"],
         nc=["the presbyopia-correcting lens is a convenience item; standard monofocal lenses are covered",
             "premium intraocular lenses are excluded, although the cataract surgery itself is covered"],
         condition="cataracts", surgery=True, serious=False),
    dict(key="inpatient_psych", specialty="Psychiatry", alt_specialty="Psychiatry", mh=True,
         services=[(["Continued inpatient psychiatric hospitalization", "Acute inpatient psychiatric care, continued stay"], []),
                   (["Subsequent hospital care, per day", "Subsequent hospital inpatient care, moderate complexity"], ["99232"])],
         diagnoses=[(["Bipolar disorder, current episode manic, severe, with psychotic features"], ["F31.2"])],
         cats=["medical_necessity"],
         mn=["you have had no thoughts of harming yourself or others for 72 hours and are taking your medicine",
             "your symptoms are now stable enough for a partial hospitalization program"],
         criteria_ok=["LOCUS (Level of Care Utilization System) version 20", "American Psychiatric Association Practice Guideline for the Treatment of Patients With Bipolar Disorder"],
         criteria_bad=["InterQual 2025 Behavioral Health: Adult Psychiatry, Acute Inpatient", "MCG Behavioral Health Care Guidelines: Bipolar Disorder, Inpatient"],
         condition="bipolar disorder", surgery=False, serious=True),
    dict(key="varicose", specialty="Vascular Surgery", alt_specialty="Interventional Radiology",
         services=[(["Endovenous radiofrequency ablation, first vein", "Endovenous ablation therapy of incompetent vein, radiofrequency; first vein treated"], ["36475"]),
                   (["Duplex scan of lower extremity veins", "Duplex scan of extremity veins; unilateral"], ["93971"])],
         diagnoses=[(["Varicose veins of right lower extremity with pain"], ["I83.811"])],
         cats=["medical_necessity", "not_covered"],
         mn=["the ultrasound shows reflux of 0.3 seconds, and treatment requires reflux longer than 0.5 seconds",
             "you have not worn prescription compression stockings for 3 months"],
         nc=["treatment of spider veins for appearance is cosmetic and excluded"],
         criteria=["Kaiser Permanente Clinical Review Criteria: Varicose Vein Treatment", "InterQual 2025 Procedures: Venous Ablation"],
         ma_rules=["Local Coverage Determination (LCD) L33575 Treatment of Varicose Veins of the Lower Extremities"],
         condition="varicose veins", surgery=True, serious=False),
]
