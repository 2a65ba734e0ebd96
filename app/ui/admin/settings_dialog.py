"""Settings: this workstation's login-screen language and server, and (administrators) the practice-wide values."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.break_glass import review as break_glass
from app.services.break_glass.review import MINUTES_MAX, MINUTES_MIN, BreakGlassPolicy
from app.services.errors import ValidationError
from app.services.practice import practice_record as practice_service
from app.services.practice.practice_record import DEFAULT_PIM_LISTS, IDLE_MAX, IDLE_MIN, PracticeContact, PracticeRow
from app.services.security.relations import CIRCLE, OPEN
from app.services.storage.server_url import validate_database_url
from app.ui.common import background, i18n, settings
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe, problem_text
from app.ui.common.form_helpers import guarded

PIM_LIST_NAMES = {"EU7-PIM": QT_TRANSLATE_NOOP("SettingsDialog", "EU(7)-PIM list (2015)"),
                  "PRISCUS-2": QT_TRANSLATE_NOOP("SettingsDialog", "PRISCUS 2.0 list (2023)"),
                  "STOPP-V3": QT_TRANSLATE_NOOP("SettingsDialog", "STOPP/START criteria v3 (2023)"),
                  "LAROCHE": QT_TRANSLATE_NOOP("SettingsDialog", "Laroche list (2007)"),
                  "BEERS-2023": QT_TRANSLATE_NOOP("SettingsDialog", "AGS Beers criteria (2023)")}


class SettingsDialog(QDialog):
    """The login screen's language and the server address (at the next start); practice values for
    administrators."""

    sig_saved = Signal()
    """Everything was stored (workstation settings and, if changed, the practice)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.practice: PracticeRow | None = None
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        mine = QGroupBox(self.tr("This computer"))
        form = QFormLayout(mine)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        self.language.setToolTip(self.tr("The language of the login screen on this computer, from the next start. "
                                         "Each user chooses their own language in File → Language…"))
        form.addRow(self.tr("Language"), self.language)
        self.database_url = QLineEdit(settings.get(settings.DATABASE_URL))
        self.database_url.setPlaceholderText("postgresql://cordee@server.cabinet.local/cordee?sslmode=verify-full")
        form.addRow(self.tr("PostgreSQL server"), self.database_url)
        note = QLabel(self.tr("Leave empty to keep the records in the encrypted file on this computer. With several "
                              "workstations, enter the address of the practice's PostgreSQL server; TLS (sslmode) "
                              "is required unless the server runs on this computer. The change takes effect at "
                              "the next start of Cordée."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(mine)
        self.practice_box = QGroupBox(self.tr("Practice (all workstations)"))
        pform = QFormLayout(self.practice_box)
        self.name = QLineEdit()
        self.country = QComboBox()
        self.country.addItem(self.tr("France"), "FR")
        self.country.addItem(self.tr("Switzerland"), "CH")
        self.finess, self.gln = QLineEdit(), QLineEdit()
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setSuffix(self.tr(" min"))
        self.shared_language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.shared_language.addItem(name, code)
        self.shared_language.setToolTip(self.tr("Task titles and alert texts that Cordée writes itself are read by the "
                                                "whole team: they are written in this language."))
        pform.addRow(self.tr("Practice name"), self.name)
        pform.addRow(self.tr("Country"), self.country)
        pform.addRow(self.tr("FINESS number"), self.finess)
        pform.addRow(self.tr("GLN"), self.gln)
        self.address_line, self.postal_code, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.postal_code.setMaxLength(10)
        self.postal_code.setMaximumWidth(90)
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.city.setAccessibleName(self.tr("City"))
        self.phone.setToolTip(self.tr("Printed on the patient sheet (\"Who to call\") and on every document "
                                      "handed to patients."))
        pform.addRow(self.tr("Address"), self.address_line)
        town = QHBoxLayout()
        town.addWidget(self.postal_code)
        town.addWidget(self.city, 1)
        town_label = QLabel(self.tr("Postal code and city"))
        town_label.setBuddy(self.postal_code)
        pform.addRow(town_label, town)
        pform.addRow(self.tr("Phone"), self.phone)
        pform.addRow(self.tr("E-mail"), self.email)
        pform.addRow(self.tr("Lock the screen after"), self.idle)
        pform.addRow(self.tr("Language of shared texts"), self.shared_language)
        self.chart_access = QComboBox()
        self.chart_access.addItem(self.tr("Open to every clinician of the practice"), OPEN)
        self.chart_access.addItem(self.tr("Limited to each patient's care circle"), CIRCLE)
        pform.addRow(self.tr("Patient charts"), self.chart_access)
        self.chart_access_note = QLabel(self.tr(
            "Limited: a chart is read by the patient's médecin traitant, the members of their care circle and "
            "whoever has a task or an alert on the patient. The front desk (medical assistants, coordinators) still "
            "finds every patient to identify and book them — name, birth date, address, phone, identifiers, médecin "
            "traitant — but not the chart."))
        self.chart_access_note.setWordWrap(True)
        self.chart_access_note.setStyleSheet("font-style: italic;")
        pform.addRow(self.chart_access_note)
        # emergency (break-glass) access to a chart outside the circle: how long, read-only or not
        self.break_glass_minutes = QSpinBox()
        self.break_glass_minutes.setRange(MINUTES_MIN, MINUTES_MAX)
        self.break_glass_minutes.setSingleStep(15)
        self.break_glass_minutes.setValue(240)
        self.break_glass_minutes.setSuffix(self.tr(" min"))
        self.break_glass_read_only = QCheckBox(self.tr("Read only (no change to the chart)"))
        self.break_glass_read_only.setChecked(True)
        emergency = QHBoxLayout()
        emergency.addWidget(self.break_glass_minutes)
        emergency.addWidget(self.break_glass_read_only, 1)
        emergency_label = QLabel(self.tr("Emergency access lasts"))
        emergency_label.setBuddy(self.break_glass_minutes)
        emergency_label.setToolTip(self.tr("When charts are limited to the care circle, a clinician may open another "
                                           "chart in an emergency by giving a reason; the administrator reviews "
                                           "each access (Administration → Emergency accesses to review)."))
        pform.addRow(emergency_label, emergency)
        self.break_glass_policy: BreakGlassPolicy | None = None
        # the published lists for older people the medication review applies
        self.pim_lists = {lid: QCheckBox(self.tr(name)) for lid, name in PIM_LIST_NAMES.items()}
        pim_box = QWidget()
        pim_layout = QGridLayout(pim_box)   # two columns: the dialog stays within a 768 px high screen
        pim_layout.setContentsMargins(0, 0, 0, 0)
        pim_layout.setVerticalSpacing(2)
        for i, box in enumerate(self.pim_lists.values()):
            pim_layout.addWidget(box, i // 2, i % 2)
        pim_box.setToolTip(self.tr("The medication review flags the medicines of the lists ticked here, each from "
                                   "its own age (Laroche from 75, the others from 65). Default: France Laroche, "
                                   "Switzerland PRISCUS 2.0; both STOPP/START v3, EU(7)-PIM and Beers."))
        pform.addRow(self.tr("Lists for older people"), pim_box)
        self.country.currentIndexChanged.connect(self._country_changed)
        self._country_shown = self.country.currentData()
        self.admin_note = QLabel()
        self.admin_note.setWordWrap(True)
        pform.addRow(self.admin_note)
        layout.addWidget(self.practice_box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.can_configure = session.can("practice.configure")
        for widget in self._practice_widgets():
            widget.setEnabled(False)
        self.admin_note.setVisible(not self.can_configure)
        if not self.can_configure:
            self.admin_note.setText(self.tr("Only an administrator can change the practice settings."))
        self.resize(720, self.heightForWidth(720) if self.hasHeightForWidth() else self.sizeHint().height())   # the wrapped notes whole, at once
        ctx = session.ctx
        background.run(lambda: practice_service.get_practice(ctx), guarded(self, self._loaded), guarded(self, self._failed))
        if self.can_configure:
            background.run(lambda: break_glass.get_policy(ctx), guarded(self, self._policy_loaded),
                           guarded(self, self._failed))

    def _policy_loaded(self, policy: BreakGlassPolicy) -> None:
        self.break_glass_policy = policy
        self.break_glass_minutes.setValue(policy.minutes)
        self.break_glass_read_only.setChecked(policy.read_only)

    def _loaded(self, row: PracticeRow | None) -> None:
        self.practice = row
        if row is None:
            return
        self.name.setText(row.name)
        self.country.setCurrentIndex(max(0, self.country.findData(row.country)))
        self.finess.setText(row.finess or "")
        self.gln.setText(row.gln or "")
        self.idle.setValue(row.idle_lock_minutes)
        self.shared_language.setCurrentIndex(max(0, self.shared_language.findData(row.language)))
        self.chart_access.setCurrentIndex(max(0, self.chart_access.findData(row.chart_access)))
        for edit, value in ((self.address_line, row.address_line), (self.postal_code, row.postal_code),
                            (self.city, row.city), (self.phone, row.phone), (self.email, row.email)):
            edit.setText(value or "")
        self._show_pim_lists(row.pim_lists)
        self._country_shown = row.country
        for widget in self._practice_widgets():
            widget.setEnabled(self.can_configure)

    def _practice_widgets(self) -> tuple:
        return (self.name, self.country, self.finess, self.gln, self.address_line, self.postal_code, self.city,
                self.phone, self.email, self.idle, self.shared_language, self.chart_access, *self.pim_lists.values(),
                self.break_glass_minutes, self.break_glass_read_only)

    def _contact(self) -> PracticeContact:
        return PracticeContact(phone=self.phone.text().strip() or None, email=self.email.text().strip() or None,
                               address_line=self.address_line.text().strip() or None,
                               postal_code=self.postal_code.text().strip() or None,
                               city=self.city.text().strip() or None)

    def _show_pim_lists(self, lists) -> None:
        for lid, box in self.pim_lists.items():
            box.setChecked(lid in lists)

    def _chosen_pim_lists(self) -> tuple[str, ...]:
        return tuple(lid for lid, box in self.pim_lists.items() if box.isChecked())

    def _country_changed(self) -> None:
        """A practice that kept its country's default lists gets the new country's default."""
        before, after = self._country_shown, self.country.currentData()
        if before in DEFAULT_PIM_LISTS and self._chosen_pim_lists() == DEFAULT_PIM_LISTS[before]:
            self._show_pim_lists(DEFAULT_PIM_LISTS[after])
        self._country_shown = after

    def _practice_values(self) -> dict:
        return {"name": self.name.text().strip(), "country": self.country.currentData(),
                "finess": self.finess.text().strip() or None, "gln": self.gln.text().strip() or None,
                "idle_lock_minutes": self.idle.value(), "language": self.shared_language.currentData(),
                "chart_access": self.chart_access.currentData(), "contact": self._contact(),
                "pim_lists": self._chosen_pim_lists()}

    def _practice_changed(self) -> bool:
        p = self.practice
        return p is not None and self.can_configure and self._practice_values() != {
            "name": p.name, "country": p.country, "finess": p.finess, "gln": p.gln,
            "idle_lock_minutes": p.idle_lock_minutes, "language": p.language, "chart_access": p.chart_access,
            "contact": p.contact, "pim_lists": p.pim_lists}

    def save(self) -> None:
        """Check, then store the workstation settings and the practice values (in the background)."""
        try:
            url = validate_database_url(self.database_url.text())
        except ValidationError as exc:
            self.database_url.setFocus()
            return self._failed(exc, self.tr("PostgreSQL server"))
        practice_changed, policy = self._practice_changed(), self._policy_change()
        if not practice_changed and policy is None:
            return self._store_workstation(url)
        ctx, version, values = self.session.ctx, self.practice.version, self._practice_values()
        self.buttons.setEnabled(False)

        def store() -> None:
            new_version = practice_service.update_practice(ctx, version, **values) if practice_changed else version
            if policy is not None:
                break_glass.set_policy(ctx, new_version, **policy)

        background.run(store, guarded(self, lambda _v: self._store_workstation(url)), guarded(self, self._failed))

    def _policy_change(self) -> dict | None:
        """The emergency access policy as edited, when it differs from the stored one (None: unchanged)."""
        p = self.break_glass_policy
        if p is None or not self.can_configure or self.practice is None:
            return None
        edited = {"minutes": self.break_glass_minutes.value(), "read_only": self.break_glass_read_only.isChecked()}
        return None if edited == {"minutes": p.minutes, "read_only": p.read_only} else edited

    def _store_workstation(self, url: str) -> None:
        self.buttons.setEnabled(True)
        language = self.language.currentData()
        if language != settings.get(settings.LANGUAGE):   # the login screen's language, from the next start
            settings.put(settings.LANGUAGE, language)
        if url != settings.get(settings.DATABASE_URL):
            settings.put(settings.DATABASE_URL, url)
        self.sig_saved.emit()
        self.accept()

    def _failed(self, exc: Exception, label: str | None = None) -> None:
        self.buttons.setEnabled(True)
        labels = {"practice_name": self.tr("Practice name"), "finess": self.tr("FINESS number"),
                  "gln": self.tr("GLN"), "idle_lock_minutes": self.tr("Lock the screen after"),
                  "language": self.tr("Language of shared texts"), "chart_access": self.tr("Patient charts"),
                  "address_line": self.tr("Address"), "postal_code": self.tr("Postal code"),
                  "city": self.tr("City"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                  "pim_lists": self.tr("Lists for older people"),
                  "break_glass_minutes": self.tr("Emergency access lasts")}
        field = exc.field if isinstance(exc, ValidationError) else ""
        label = label or labels.get(field)
        widget = {"practice_name": self.name, "finess": self.finess, "gln": self.gln, "country": self.country,
                  "address_line": self.address_line, "postal_code": self.postal_code, "city": self.city,
                  "phone": self.phone, "email": self.email, "break_glass_minutes": self.break_glass_minutes}.get(field)
        if widget is not None:
            widget.setFocus()
        if label:
            problem = problem_text(exc)
            self.message.setText(self.tr("%1: %2").replace("%1", label).replace("%2", problem))
        else:
            self.message.setText(describe(exc))
