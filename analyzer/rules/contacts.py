"""Public contact facts (rules.md § 8) with their verification tags, and the one rule for printing them.

[V] numbers are printed plainly; [P] numbers only with "check your plan documents"; [U] numbers never.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    phone: str  # as written; may be "" when only an address/website is known
    tag: str  # V | P | U
    tty: str = ""
    web: str = ""
    address: str = ""
    states: tuple[str, ...] = ()  # where it applies (empty = everywhere)
    plan_types: tuple[str, ...] = ()
    note: str = ""

    def display(self) -> str | None:
        """What a user may see, or None for an unverified number."""
        if self.tag == "U":
            return None
        parts = [self.name]
        if self.phone:
            parts.append(self.phone)
        if self.tty:
            parts.append(f"TTY/TDD {self.tty}")
        if self.web:
            parts.append(self.web)
        if self.address:
            parts.append(self.address)
        text = ", ".join(parts)
        if self.tag == "P":
            text += " (check your plan documents)"
        return text


CONTACTS: dict[str, Contact] = {c.id: c for c in (
    Contact("dmhc", "California Department of Managed Health Care Help Center", "1-888-466-2219", "V",
            tty="1-877-688-9891", web="www.dmhc.ca.gov", states=("CA",),
            plan_types=("commercial_hmo", "erisa_group", "medi_cal")),
    Contact("dmhc_mail", "DMHC Help Center (mail)", "", "P",
            address="980 Ninth Street, Suite 500, Sacramento, CA 95814-2725", states=("CA",),
            note="address from an older DMHC page; may be outdated"),
    Contact("health_consumer_alliance", "Health Consumer Alliance (DMHC Consumer Assistance Program)",
            "1-888-804-3536", "V", states=("CA",)),
    Contact("cdi", "California Department of Insurance consumer hotline", "1-800-927-4357", "P", states=("CA",),
            note="for PPO/EPO insurers, not Kaiser HMO plans"),
    Contact("medi_cal_ombudsman", "Medi-Cal Managed Care & Mental Health Office of the Ombudsman", "1-888-452-8609",
            "V", tty="711", states=("CA",), plan_types=("medi_cal",)),
    Contact("medi_cal_helpline", "Medi-Cal Member Helpline", "1-800-541-5555", "V", tty="916-635-6491",
            states=("CA",), plan_types=("medi_cal",)),
    Contact("cdss_state_hearings", "CDSS State Hearings Division", "1-800-743-8525", "V", tty="1-800-952-8349",
            address="P.O. Box 944243, Mail Station 9-17-37, Sacramento, CA 94244-2430", states=("CA",),
            plan_types=("medi_cal",)),
    Contact("cdss_public_inquiry", "CDSS Public Inquiry and Response", "1-800-952-5253", "V", states=("CA",),
            plan_types=("medi_cal",)),
    Contact("medicare", "Medicare", "1-800-MEDICARE (1-800-633-4227)", "V", tty="1-877-486-2048",
            web="www.medicare.gov", plan_types=("medicare_advantage",)),
    Contact("hicap", "HICAP (free Medicare counseling)", "1-800-434-0222", "V", states=("CA",),
            plan_types=("medicare_advantage",)),
    Contact("ebsa", "Employee Benefits Security Administration (U.S. Department of Labor)", "1-866-444-3272", "P",
            web="www.dol.gov/ebsa", plan_types=("erisa_group",)),
    Contact("opm", "U.S. Office of Personnel Management, Healthcare and Insurance", "", "P",
            address="1900 E Street NW, Washington, DC 20415 (the group for your plan is in the plan brochure)",
            plan_types=("fehb",)),
    Contact("kp_ca_member_services", "Kaiser Permanente California Member Services", "1-800-464-4000", "V",
            tty="711", states=("CA",)),
    Contact("kp_ca_senior_advantage", "Kaiser Permanente Senior Advantage (California)", "1-800-443-0815", "V",
            tty="711", states=("CA",), plan_types=("medicare_advantage",), note="2014 source; may be outdated"),
    Contact("kp_mid_atlantic", "Kaiser Permanente Mid-Atlantic Member Services", "1-800-777-7902", "V",
            tty="(301) 879-6380", states=("MD", "VA", "DC")),
    Contact("kp_washington", "Kaiser Permanente Washington Member Services", "1-888-901-4636", "V", tty="711",
            states=("WA",)),
    Contact("kp_colorado", "Kaiser Permanente Colorado Member Services (Denver/Boulder)", "303-338-3800", "V",
            states=("CO",), note="2016-2017 source; may be outdated"),
    Contact("kp_georgia_member_services", "Kaiser Permanente Georgia Member Services", "1-888-865-5813", "U",
            states=("GA",)),
    Contact("kp_hawaii", "Kaiser Permanente Hawaii Member Services", "1-800-966-5955", "U", states=("HI",)),
    Contact("kp_northwest", "Kaiser Permanente Northwest Member Services", "1-800-813-2000", "U", states=("OR", "WA")),
    Contact("va_ombudsman", "Virginia Office of the Managed Care Ombudsman", "1-877-310-6560", "V",
            address="P.O. Box 1157, Richmond, VA 23218", states=("VA",)),
    Contact("md_heau", "Maryland Health Education and Advocacy Unit (Attorney General)", "1-877-261-8807", "V",
            states=("MD",), note="older source; may be outdated"),
)}


def contacts_for(plan_type: str | None, state: str | None) -> list[Contact]:
    """Printable contacts (never [U]) that apply to a plan type and state."""
    out = []
    for c in CONTACTS.values():
        if c.tag == "U":
            continue
        if c.states and state not in c.states:
            continue
        if c.plan_types and plan_type not in c.plan_types:
            continue
        out.append(c)
    return out
