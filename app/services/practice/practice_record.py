"""The practice itself: first-run set-up and practice-wide settings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import select

from app.models.practice import Practice
from app.services.errors import StaleRecordError, ValidationError
from app.services.kernel import identifiers
from app.services.kernel.context import ServiceContext
from app.services.kernel.shared_texts import LANGUAGES
from app.services.kernel.validation import clean_text
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput, add_staff
from app.services.security.access import require
from app.services.security.actor import SYSTEM, Actor
from app.services.security.relations import CHART_ACCESS, OPEN

IDLE_MIN, IDLE_MAX = 2, 30
#: The postal code of each country: France 5 digits, Switzerland 4.
POSTAL_DIGITS = {"FR": 5, "CH": 4}
PHONE_CHARACTERS = re.compile(r"\+?[\d .\-]+", re.ASCII)
PHONE_DIGITS_MIN, PHONE_DIGITS_MAX = 6, 15   # a short local number … the longest international one (E.164)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
CONTACT_FIELDS = ("phone", "email", "address_line", "postal_code", "city")


@dataclass(frozen=True)
class PracticeContact:
    """How patients and correspondents reach the practice; every part optional."""
    phone: str | None = None
    email: str | None = None
    address_line: str | None = None
    postal_code: str | None = None
    city: str | None = None

#: The published lists for older people the medication review knows (ids of resources/knowledge/elderly.json).
PIM_LISTS = ("EU7-PIM", "PRISCUS-2", "STOPP-V3", "LAROCHE", "BEERS-2023")
#: The lists a practice applies until it chooses: France the French list (Laroche), Switzerland PRISCUS 2.0 (used in
#: German-speaking Switzerland); both STOPP/START v3, EU(7)-PIM and the Beers criteria the review already applied.
DEFAULT_PIM_LISTS = {"FR": ("EU7-PIM", "STOPP-V3", "LAROCHE", "BEERS-2023"),
                     "CH": ("EU7-PIM", "PRISCUS-2", "STOPP-V3", "BEERS-2023")}


def pim_lists_for(country: str, stored: str | None) -> tuple[str, ...]:
    """The lists a practice applies: its stored choice, else its country's default."""
    if stored is None:
        return DEFAULT_PIM_LISTS.get(country, DEFAULT_PIM_LISTS["FR"])
    return tuple(x for x in PIM_LISTS if x in stored.split(","))


def _checked_pim_lists(lists, country: str) -> str | None:
    """The value to store (None: the country's default)."""
    chosen = set(lists)
    unknown = chosen - set(PIM_LISTS)
    if unknown:
        raise ValidationError("pim_lists", "one_of", allowed=", ".join(PIM_LISTS))
    ordered = tuple(x for x in PIM_LISTS if x in chosen)
    return None if ordered == DEFAULT_PIM_LISTS[country] else ",".join(ordered)


@dataclass(frozen=True)
class PracticeRow:
    id: int
    version: int
    name: str
    country: str
    finess: str | None
    gln: str | None
    idle_lock_minutes: int
    language: str = "fr"
    chart_access: str = OPEN
    phone: str | None = None
    email: str | None = None
    address_line: str | None = None
    postal_code: str | None = None
    city: str | None = None
    pim_lists: tuple[str, ...] = DEFAULT_PIM_LISTS["FR"]   # the lists for older people the review applies

    @property
    def contact(self) -> PracticeContact:
        return PracticeContact(self.phone, self.email, self.address_line, self.postal_code, self.city)


def _row(p: Practice) -> PracticeRow:
    return PracticeRow(p.id, p.version, p.name, p.country, p.finess, p.gln, p.idle_lock_minutes, p.language,
                       p.chart_access, p.phone, p.email, p.address_line, p.postal_code, p.city,
                       pim_lists_for(p.country, p.pim_lists))


def checked_contact(contact: PracticeContact, country: str) -> dict:
    """The contact's values, cleaned (empty parts None), or a refusal naming the part: the phone holds 6-15 digits
    with only spaces, + . - between them; the postal code is that of ``country`` (FR 5 digits, CH 4)."""
    values = {"phone": clean_text(contact.phone, "phone", 30), "email": clean_text(contact.email, "email", 200),
              "address_line": clean_text(contact.address_line, "address_line", 200),
              "postal_code": clean_text(contact.postal_code, "postal_code", 10),
              "city": clean_text(contact.city, "city", 100)}
    phone = values["phone"]
    if phone and (not PHONE_CHARACTERS.fullmatch(phone)
                  or not PHONE_DIGITS_MIN <= sum(c.isdigit() for c in phone) <= PHONE_DIGITS_MAX):
        raise ValidationError("phone", "practice.phone_format", min=PHONE_DIGITS_MIN, max=PHONE_DIGITS_MAX)
    if values["email"] and not EMAIL.fullmatch(values["email"]):
        raise ValidationError("email", "practice.not_an_email")
    digits = POSTAL_DIGITS.get(country)
    if values["postal_code"] and digits and not re.fullmatch(rf"\d{{{digits}}}", values["postal_code"], re.ASCII):
        raise ValidationError("postal_code", "digit_count", count=digits)
    return values


def _checked_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("language", "one_of", allowed=LANGUAGES)
    return language


def _checked(name: str, country: str, finess: str | None, gln: str | None) -> dict:
    name = (name or "").strip()
    if not name:
        raise ValidationError("practice_name", "required")
    if len(name) > 200:
        raise ValidationError("practice_name", "too_long", max=200)
    if country not in ("FR", "CH"):
        raise ValidationError("country", "one_of", allowed=("FR", "CH"))
    return {"name": name, "country": country,
            "finess": identifiers.normalise_finess(finess) if (finess or "").strip() else None,
            "gln": identifiers.normalise_gln(gln) if (gln or "").strip() else None}


def setup_practice(ctx: ServiceContext, *, name: str, country: str, admin: StaffInput, admin_password: str,
                   finess: str | None = None, gln: str | None = None, language: str = "fr",
                   contact: PracticeContact | None = None) -> Actor:
    """First run: the practice (with its ``contact``, if given) and its first administrator. Refused once a
    practice exists."""
    values = _checked(name, country, finess, gln) | {"language": _checked_language(language)}
    values |= checked_contact(contact or PracticeContact(), values["country"])
    if "admin" not in admin.roles:
        admin.roles = [*admin.roles, "admin"]
    system = ctx.as_actor(SYSTEM)
    with system.transaction() as session:
        if session.exec(select(Practice)).first() is not None:
            raise ValidationError("practice", "practice.already_set_up")
        session.add(Practice(**values, updated_by="setup"))
        member = add_staff(session, admin, admin_password, "setup")
        system.audit(session, "practice.setup", entity_type="practice", detail=values["name"])
        actor = actor_for(member)
        system.as_actor(actor).audit(session, "staff.create", entity_type="staff", entity_id=member.id,
                                     detail=f"first administrator, roles={member.roles}")
        return actor


def get_practice(ctx: ServiceContext) -> PracticeRow | None:
    with ctx.transaction() as session:
        p = session.exec(select(Practice)).first()
        return _row(p) if p else None


def update_practice(ctx: ServiceContext, expected_version: int, *, name: str, country: str,
                    finess: str | None, gln: str | None, idle_lock_minutes: int, language: str | None = None,
                    chart_access: str | None = None, contact: PracticeContact | None = None,
                    pim_lists: Sequence[str] | None = None) -> int:
    """Change the practice settings (``language``, ``chart_access``, ``contact``, ``pim_lists`` None: unchanged; a
    contact's empty part clears it; the stored postal code must still fit a changed country).

    ``pim_lists``: the published lists for older people the medication review applies (ids of ``PIM_LISTS``); the
    country's default (``DEFAULT_PIM_LISTS``) is stored as "no choice", so that it follows a change of country.

    ``chart_access``: "open" (every clinician of the practice reads every chart, the default) or "circle" (a chart
    is read by the patient's care team only: médecin traitant, care circle, those with a task or an alert on the
    patient; the front desk keeps the register — identity cards — of every patient)."""
    require(ctx, "practice.configure")
    values = _checked(name, country, finess, gln)
    if language is not None:
        values["language"] = _checked_language(language)
    if chart_access is not None:
        if chart_access not in CHART_ACCESS:
            raise ValidationError("chart_access", "one_of", allowed=", ".join(CHART_ACCESS))
        values["chart_access"] = chart_access
    if not IDLE_MIN <= int(idle_lock_minutes) <= IDLE_MAX:
        raise ValidationError("idle_lock_minutes", "practice.idle_lock_range", min=IDLE_MIN, max=IDLE_MAX)
    with ctx.transaction() as session:
        p = session.exec(select(Practice)).one()
        if p.version != expected_version:
            raise StaleRecordError("practice", p.id, p.updated_by, p.updated_at)
        values |= checked_contact(contact or _row(p).contact, values["country"])
        changed = [k for k in CONTACT_FIELDS if getattr(p, k) != values[k]]
        for k, v in values.items():
            setattr(p, k, v)
        if pim_lists is not None:
            p.pim_lists = _checked_pim_lists(pim_lists, p.country)
        elif p.pim_lists is not None and p.pim_lists == ",".join(DEFAULT_PIM_LISTS[p.country]):
            p.pim_lists = None
        p.idle_lock_minutes = int(idle_lock_minutes)
        p.version += 1
        p.updated_by = ctx.actor.display_name
        session.add(p)
        ctx.audit(session, "practice.configure", entity_type="practice", entity_id=p.id,
                  detail=f"chart_access={p.chart_access}, "
                         f"pim_lists={','.join(pim_lists_for(p.country, p.pim_lists))}"
                         + (f"; contact: {', '.join(changed)}" if changed else ""))
        ctx.announce("practice.changed", practice_id=p.id)
        return p.version
