"""A patient's chart: a header, the Summary tab, and the tabs the features bring (``app.ui.shell.features``).

Which tabs and buttons a user gets is decided on the patient's record (``AppSession.check``): when charts are open
to every clinician the tabs are built at once from the role; when they are limited to the care circle, once the
record (with its care team) is loaded. The front desk outside the circle gets the identity card only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.break_glass import grants
from app.services.break_glass.grants import GrantRow
from app.services.errors import AccessDenied
from app.services.kernel import identifiers
from app.services.patients import records as patients
from app.services.patients.records import PatientRow
from app.services.security.relations import OPEN
from app.ui.common import background, dates
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.features import ChartHost, ChartTab
from app.ui.common.form_helpers import format_date, guarded
from app.ui.common.permissions import guard
from app.ui.patients.emergency_access_dialog import EmergencyAccessDialog
from app.ui.patients.fhir_summary_dialog import choose_and_export
from app.ui.patients.patient_form import PatientForm
from app.ui.patients.sharing_dialog import SharingDialog

SUMMARY_FIELDS = ("family_name", "given_names", "birth_name", "birth_traits", "birth_date", "sex", "ins", "avs_number",
                  "insurance_card_number", "address", "phone", "preferred_language", "gp", "sharing", "ald",
                  "conditions", "allergies", "notes", "last_change")
CHART_FIELDS = ("ald", "conditions", "allergies", "notes")
"""Summary lines that belong to the chart, not to the identity card."""


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


class PatientChart(QWidget):
    sig_loaded = Signal(int)
    """The record was (re)loaded and shown: the patient id."""

    def __init__(self, session: AppSession, patient_id: int, tabs: Sequence[ChartTab] = (),
                 wirings: Sequence[Callable[[ChartHost], None]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.patient_id = patient_id
        self.row: PatientRow | None = None
        self.form: PatientForm | None = None
        self.header = QLabel(self.tr("Loading…"), self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 4px 2px;")
        self.marker = QLabel(self)   # doubtful / fictitious / homonym: seen before anything else
        self.marker.setTextFormat(Qt.TextFormat.PlainText)
        self.marker.setVisible(False)
        self.subheader = QLabel(self)
        self.subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.emergency_banner = QLabel(self)   # the chart is open through an emergency access: seen at all times
        self.emergency_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.emergency_banner.setStyleSheet("font-weight: 600; padding: 6px 8px; border-radius: 3px; color: white; "
                                            "background: #b3261e;")
        self.emergency_banner.setVisible(False)
        self.emergency_button = QPushButton(self.tr("Emergency access…"), self)
        self.emergency_button.setToolTip(self.tr("Open this chart in an emergency, stating why (recorded, and told "
                                                 "to the médecin traitant and the administrator)."))
        self.emergency_button.clicked.connect(self.ask_emergency_access)
        self.emergency_button.setVisible(False)
        self.emergency_dialog: EmergencyAccessDialog | None = None
        self.tabs = QTabWidget(self)
        self.tab_pages: dict[str, QWidget] = {"summary": self._summary_page()}
        self.tabs.addTab(self.tab_pages["summary"], self.tr("Summary"))
        self._tab_specs, self._wirings, self.tabs_built = tuple(tabs), tuple(wirings), False
        self._unbuilt: dict[str, tuple[ChartTab, QWidget]] = {}
        """Tabs the user may see but has not opened yet: their spec and the empty page standing in for them."""
        self._on_built: dict[str, list[Callable[[QWidget], None]]] = {}
        self.tabs.currentChanged.connect(self._build_current)
        if session.account.chart_access == OPEN:
            self._build_tabs()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addWidget(self.marker)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.subheader)
        layout.addWidget(self.emergency_banner)
        emergency = QHBoxLayout()
        emergency.addWidget(self.emergency_button)
        emergency.addStretch(1)
        layout.addLayout(emergency)
        layout.addWidget(self.tabs, 1)
        session.sig_changed.connect(self._on_changed)
        self.reload()

    @property
    def record(self):
        """The access facts of the patient (médecin traitant, care team) as last loaded."""
        return self.row.record if self.row is not None and self.row.record is not None else \
            self.session.patient_record(self.patient_id)

    def _build_tabs(self) -> None:
        """The features' tabs the user may see on this patient (once), each an empty page until the user first opens
        it; then the features connect them to each other (``when_tab``)."""
        self.tabs_built = True
        record = self.record
        for tab in self._tab_specs:
            if self.session.can(tab.permission, record):
                stand_in = QWidget(self)
                self._unbuilt[tab.key] = (tab, stand_in)
                self.tabs.addTab(stand_in, QCoreApplication.translate("ChartTabs", tab.title))
        for wire in self._wirings:
            wire(self)

    def tab(self, key: str) -> QWidget | None:
        """The page of a feature's tab, built if the user has not opened it yet (None when the feature is absent or
        the user may not see it)."""
        if key in self._unbuilt:
            self._build_page(key)
        return self.tab_pages.get(key)

    def tab_keys(self) -> list[str]:
        """The keys of the tabs shown, in order, whether built or not yet opened."""
        pages = {page: key for key, page in self.tab_pages.items()}
        pages.update({stand_in: key for key, (_spec, stand_in) in self._unbuilt.items()})
        return [pages[self.tabs.widget(i)] for i in range(self.tabs.count())]

    def tab_place(self, key: str) -> QWidget | None:
        """What tab ``key`` shows now: its page, or the empty page standing in until the user opens it (None when
        the user may not see it)."""
        return self._unbuilt[key][1] if key in self._unbuilt else self.tab_pages.get(key)

    def when_tab(self, key: str, connect: Callable[[QWidget], None]) -> None:
        """Call ``connect`` with the page of tab ``key`` once it is built: now if it is, else when first opened
        (never when the user may not see it)."""
        if key in self.tab_pages:
            connect(self.tab_pages[key])
        elif key in self._unbuilt:
            self._on_built.setdefault(key, []).append(connect)

    def _build_current(self, index: int) -> None:
        page = self.tabs.widget(index)
        for key, (_spec, stand_in) in list(self._unbuilt.items()):
            if stand_in is page:
                self._build_page(key)
                return

    def _build_page(self, key: str) -> None:
        """Put the real page of tab ``key`` in place of its stand-in, at the same place and still current if it
        was, and run the connections waiting for it."""
        spec, stand_in = self._unbuilt.pop(key)
        page = spec.make(self.session, self.patient_id, self)
        index, current = self.tabs.indexOf(stand_in), self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)   # the swap is not the user changing tabs
        self.tabs.insertTab(index, page, self.tabs.tabText(index))
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        self.tab_pages[key] = page
        for connect in self._on_built.pop(key, []):
            connect(page)

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.values: dict[str, QLabel] = {}
        self.summary_form = form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        labels = dict(zip(SUMMARY_FIELDS, (
            self.tr("Family name"), self.tr("Given names"), self.tr("Birth name"),
            self.tr("Birth first names, place"), self.tr("Birth date"),
            self.tr("Sex"), self.tr("INS"), self.tr("AVS number"), self.tr("Insurance card number"),
            self.tr("Address"), self.tr("Phone"), self.tr("Preferred language"), self.tr("Médecin traitant"),
            self.tr("Sharing in the care team"), self.tr("Long-term conditions (ALD)"), self.tr("Conditions"), self.tr("Allergies"), self.tr("Notes"),
            self.tr("Last change"))))
        for name in SUMMARY_FIELDS:
            value = QLabel(page)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            form.addRow(labels[name], value)
        self.edit_button = QPushButton(self.tr("Edit…"), page)
        guard(self.edit_button, self.session, "patient.edit", enabled=False)
        self.edit_button.clicked.connect(self.edit)
        self.sharing_button = QPushButton(self.tr("Sharing…"), page)
        self.sharing_button.setToolTip(self.tr("Record that the patient was informed of sharing within the care team, "
                                               "and any objection."))
        guard(self.sharing_button, self.session, "patient.edit", enabled=False)
        self.sharing_button.clicked.connect(self.edit_sharing)
        self.fhir_button = QPushButton(self.tr("Export FHIR summary…"), page)
        guard(self.fhir_button, self.session, "patient.export", enabled=False)
        self.fhir_button.clicked.connect(self.export_fhir)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fhir_button)
        buttons.addWidget(self.sharing_button)
        buttons.addWidget(self.edit_button)
        inner = QVBoxLayout(page)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # -- loading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the record in the background (the service writes the "patient.open" audit event)."""
        ctx, patient_id = self.session.ctx, self.patient_id
        background.run(lambda: patients.open_patient(ctx, patient_id), guarded(self, self._show),
                       guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.header.setText(self.tr("The record could not be opened."))
        self.subheader.setText(describe(exc))
        self.emergency_button.setVisible(isinstance(exc, AccessDenied) and exc.reason == "not_in_circle"
                                         and self.session.can("break_glass.request"))
        guard(self.edit_button, self.session, "patient.edit", enabled=False)
        guard(self.sharing_button, self.session, "patient.edit", enabled=False)
        guard(self.fhir_button, self.session, "patient.export", enabled=False)

    def _show(self, row: PatientRow) -> None:
        if self.session.locked:
            return
        self.row = row
        self.emergency_button.setVisible(False)
        if row.record is not None:
            self.session.remember_patient(row.record)
        self._show_emergency(row)
        if not self.tabs_built and not row.identity_only:
            self._build_tabs()
        for name in CHART_FIELDS:
            self.summary_form.setRowVisible(SUMMARY_FIELDS.index(name), not row.identity_only)
        d = row.data
        self.header.setText(row.display_name)
        self.subheader.setText(self._identity_line(row))
        self._show_marker(row)
        sex = {"F": self.tr("Female"), "M": self.tr("Male"), "X": self.tr("Other"), "U": self.tr("Unknown")}
        languages = {"fr": self.tr("French"), "de": self.tr("German"), "en": self.tr("English"),
                     "it": self.tr("Italian")}
        country = {"FR": self.tr("France"), "CH": self.tr("Switzerland")}.get(d.country, d.country)
        address = ", ".join(x for x in (d.address_line, " ".join(x for x in (d.postal_code, d.city) if x),
                                        country) if x)
        by_kind = {kind: [f"{p.label} ({p.code})" if p.code else p.label for p in d.problems if p.kind == kind]
                   for kind in ("ald", "condition", "allergy")}
        none = self.tr("none recorded")
        texts = {
            "family_name": d.family_name, "given_names": d.given_names, "birth_name": d.birth_name or "",
            "birth_traits": " · ".join(x for x in (d.birth_given_names, self._place_text(d.birth_place_code)) if x),
            "birth_date": self._birth_text(d.birth_date), "sex": sex.get(d.sex, d.sex), "ins": self._ins_text(row),
            "avs_number": identifiers.format_avs(d.avs_number) if d.avs_number else "",
            "insurance_card_number": d.insurance_card_number or "", "address": address, "phone": d.phone or "",
            "preferred_language": languages.get(d.preferred_language, d.preferred_language),
            "gp": row.gp_display or "", "sharing": self._sharing_text(row), "ald": "\n".join(by_kind["ald"]) or none,
            "conditions": "\n".join(by_kind["condition"]) or none,
            "allergies": "\n".join(by_kind["allergy"]) or none, "notes": d.notes or "",
            "last_change": self.tr("Last changed by %1 on %2").replace("%1", row.updated_by).replace(
                "%2", dates.stamp(row.updated_at)),
        }
        for name, text in texts.items():
            self.values[name].setText(text or "—")
        guard(self.edit_button, self.session, "patient.edit", row.record)
        guard(self.sharing_button, self.session, "patient.edit", row.record)
        guard(self.fhir_button, self.session, "patient.export", row.record)
        self.sig_loaded.emit(self.patient_id)

    def _show_emergency(self, row: PatientRow) -> None:
        """The banner of a chart open through the user's emergency access (its end, whether it only reads)."""
        team, me = (row.record.patient if row.record is not None else None), self.session.actor.staff_id
        if team is None or me not in team.emergency or team.includes(self.session.account):
            self.emergency_banner.setVisible(False)
            return
        ctx, patient_id = self.session.ctx, self.patient_id
        background.run(lambda: grants.current_access(ctx, patient_id), guarded(self, self._emergency_loaded),
                       guarded(self, lambda _exc: None))

    def _emergency_loaded(self, grant: GrantRow | None) -> None:
        if grant is None:
            self.emergency_banner.setVisible(False)
            return
        text = self.tr("EMERGENCY ACCESS until %1 — read only, no change possible") if grant.read_only else \
            self.tr("EMERGENCY ACCESS until %1 — changes allowed by the practice")
        reason = self.tr("Reason: %1").replace("%1", grant.reason)
        short = self.emergency_banner.fontMetrics().elidedText(reason, Qt.TextElideMode.ElideRight, 760)
        self.emergency_banner.setText("⚠ " + text.replace("%1", dates.stamp(grant.expires_at)) + "\n" + short)
        self.emergency_banner.setToolTip(reason)
        self.emergency_banner.setVisible(True)
        left_ms = (grant.expires_at - datetime.now(UTC)).total_seconds() * 1000
        QTimer.singleShot(int(min(max(left_ms, 0) + 1000, 2**31 - 1)), self, self.reload)   # ended: closed again

    def ask_emergency_access(self) -> None:
        """Ask for an emergency access to this chart (a reason); granted, the chart opens."""
        self.emergency_dialog = EmergencyAccessDialog(self.session, self.patient_id, parent=self)
        self.emergency_dialog.sig_granted.connect(lambda _pid: self.reload())
        self.emergency_dialog.open()

    def _show_marker(self, row: PatientRow) -> None:
        d = row.data
        words = [text for flag, text in ((d.identity_fictitious, self.tr("FICTITIOUS IDENTITY")),
                                         (d.identity_doubtful, self.tr("DOUBTFUL IDENTITY")),
                                         (d.identity_homonym, self.tr("HOMONYM"))) if flag]
        self.marker.setText("⚠ " + " · ".join(words) if words else "")
        serious = d.identity_fictitious or d.identity_doubtful
        self.marker.setStyleSheet("font-weight: 600; padding: 2px 8px; border-radius: 3px; color: white; "
                                  f"background: {'#b3261e' if serious else '#9a5b00'};")
        self.marker.setToolTip(self.tr("Identity vigilance: check the identity with the patient before any act; "
                                       "the INS is not used while the identity is doubtful or fictitious."))
        self.marker.setVisible(bool(words))

    def _place_text(self, code: str | None) -> str:
        if not code:
            return ""
        if code.startswith("99"):
            return self.tr("born abroad (INSEE %1)").replace("%1", code)
        return self.tr("INSEE %1").replace("%1", code)

    def _sharing_text(self, row: PatientRow) -> str:
        s = row.sharing
        if s is None or (s.informed_on is None and not s.objected):
            return self.tr("not recorded")
        parts = []
        if s.informed_on:
            parts.append(self.tr("informed on %1 by %2").replace("%1", format_date(s.informed_on)).replace(
                "%2", s.informed_by or "—"))
        if s.objection == "team":
            parts.append(self.tr("OBJECTS to sharing with the care team"))
        elif s.objection == "scope":
            parts.append(self.tr("OBJECTS: %1").replace("%1", s.objection_scope or ""))
        else:
            parts.append(self.tr("no objection"))
        return "; ".join(parts)

    def _birth_text(self, birth: date) -> str:
        return self.tr("%1 (%2 years)").replace("%1", format_date(birth)).replace(
            "%2", str(age_on(birth, date.today())))

    def _ins_text(self, row: PatientRow) -> str:
        d = row.data
        if not d.ins_matricule:
            return ""
        status = {"PROV": self.tr("provisional"), "RECUP": self.tr("retrieved"), "VALI": self.tr("validated"),
                  "QUAL": self.tr("qualified")}.get(d.ins_status or "", d.ins_status or "")
        ins = " ".join(d.ins_matricule[a:b] for a, b in ((0, 1), (1, 3), (3, 5), (5, 7), (7, 10), (10, 13),
                                                           (13, 15)))
        return self.tr("%1 (identity %2)").replace("%1", ins).replace("%2", status)

    def _identity_line(self, row: PatientRow) -> str:
        d = row.data
        sex = {"F": self.tr("female"), "M": self.tr("male"), "X": self.tr("other sex"),
               "U": self.tr("sex unknown")}.get(d.sex, d.sex)
        if d.ins_matricule:
            ident = self.tr("INS %1").replace("%1", self._ins_text(row))
        elif d.avs_number:
            ident = self.tr("AVS %1").replace("%1", identifiers.format_avs(d.avs_number))
        else:
            ident = self.tr("no national identifier")
        return self.tr("Born %1 · %2 · %3").replace("%1", self._birth_text(d.birth_date)).replace(
            "%2", sex).replace("%3", ident)

    def title(self) -> str:
        return self.row.display_name if self.row else self.tr("Loading…")

    # -- editing --------------------------------------------------------------------------------------------
    def edit(self) -> None:
        """Open the form on the record as loaded; saving refreshes the chart through sig_changed."""
        if self.row is None or not self.session.can("patient.edit", self.row.record):
            return
        self.form = PatientForm(self.session, self.row, self)
        self.form.open()

    def edit_sharing(self) -> None:
        """Record the patient's say on sharing; saving refreshes the chart through sig_changed."""
        if self.row is None or not self.session.can("patient.edit", self.row.record):
            return
        self.sharing_dialog = SharingDialog(self.session, self.row, self)
        self.sharing_dialog.open()

    def export_fhir(self) -> None:
        """Save the patient's FHIR R4 summary to a file (an audited export)."""
        if self.row is None or not self.session.can("patient.export", self.row.record):
            return
        choose_and_export(self, self.session, self.patient_id, guarded(self, lambda exc: QMessageBox.warning(
            self, self.tr("Export FHIR summary"), describe(exc))))

    def _on_changed(self, topic: str, payload: dict) -> None:
        if self.session.locked:
            return
        if (topic == "patient.changed" and payload.get("patient_id") == self.patient_id) or topic == "access.changed":
            self.reload()
