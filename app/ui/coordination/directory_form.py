"""A directory resource's form: kind, name, contacts, address, opening hours, eligibility, active; below, its
local pathways with their steps (a new resource is saved first, then its pathways are added)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import pathways, resources
from app.services.directory.resource_input import ResourceInput
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, choice_combo, combo_value, guarded, set_combo_value, set_invalid
from app.ui.coordination.directory_texts import kind_labels
from app.ui.coordination.pathway_editor import PathwayEditor


class ResourceForm(QDialog):
    sig_saved = Signal(int)
    """The resource or one of its pathways was saved: the resource's id."""

    def __init__(self, session: AppSession, resource_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.resource_id, self.version = resource_id, None
        self.setWindowTitle(self.tr("Directory resource") if resource_id else self.tr("New directory resource"))
        self.banner = ErrorBanner(self)
        self.status = QLabel(self)
        self.kind = choice_combo(list(kind_labels().items()), self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. DAC of the district, Dr Weber (cardiologist)"))
        self.contact_person = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.opening_hours = QLineEdit(self)
        self.opening_hours.setPlaceholderText(self.tr("e.g. Mon–Fri 9:00–17:00"))
        self.eligibility = QPlainTextEdit(self)
        self.eligibility.setTabChangesFocus(True)
        self.eligibility.setFixedHeight(60)
        self.eligibility.setPlaceholderText(self.tr("Who may be referred, and how"))
        self.active = QCheckBox(self.tr("Active (offered in referrals)"), self)
        self.active.setChecked(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Kind"), self.kind), (self.tr("Name"), self.name),
                              (self.tr("Contact person"), self.contact_person), (self.tr("Telephone"), self.phone),
                              (self.tr("E-mail"), self.email), (self.tr("Address"), self.address),
                              (self.tr("Opening hours"), self.opening_hours),
                              (self.tr("Eligibility"), self.eligibility), ("", self.active)):
            form.addRow(label, widget)
        self.fields = {"kind": self.kind, "name": self.name, "contact_person": self.contact_person,
                       "phone": self.phone, "email": self.email, "address": self.address,
                       "opening_hours": self.opening_hours, "eligibility": self.eligibility}
        self.pathway_box = QGroupBox(self.tr("Local pathways"), self)
        self.pathway_editor = PathwayEditor(self.pathway_box)
        self.pathway_editor.sig_save.connect(self.save_pathway)
        self.pathway_note = QLabel(self.tr("Save the resource first to add its pathways."), self.pathway_box)
        box_layout = QVBoxLayout(self.pathway_box)
        box_layout.addWidget(self.pathway_note)
        box_layout.addWidget(self.pathway_editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 2)
        columns.addWidget(self.pathway_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1100, 560)
        self._set_editable(session.can("directory.edit"))
        self._pathways_enabled(resource_id is not None)
        if resource_id is not None:
            self.reload()

    def _set_editable(self, editable: bool) -> None:
        for widget in (*self.fields.values(), self.active, self.pathway_editor):
            widget.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)

    def _pathways_enabled(self, enabled: bool) -> None:
        self.pathway_note.setVisible(not enabled)
        self.pathway_editor.setVisible(enabled)

    def reload(self, pathway_id: int | None = None) -> None:
        ctx, resource_id = self.session.ctx, self.resource_id
        background.run(lambda: resources.open_resource(ctx, resource_id),
                       guarded(self, lambda d: self.show_detail(d, pathway_id)), guarded(self, self._failed))

    def show_detail(self, detail, pathway_id: int | None = None) -> None:
        r = detail.row
        self.version = r.version
        set_combo_value(self.kind, r.kind)
        for name in ("name", "contact_person", "phone", "email", "address", "opening_hours"):
            self.fields[name].setText(getattr(r, name) or "")
        self.eligibility.setPlainText(r.eligibility or "")
        self.active.setChecked(r.active)
        self.pathway_editor.set_pathways(detail.pathways, pathway_id)

    def values(self) -> ResourceInput:
        return ResourceInput(kind=combo_value(self.kind), name=self.name.text(),
                             contact_person=self.contact_person.text(), phone=self.phone.text(),
                             email=self.email.text(), address=self.address.text(),
                             opening_hours=self.opening_hours.text(), eligibility=self.eligibility.toPlainText(),
                             active=self.active.isChecked())

    def _clear_marks(self) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.pathway_editor.mark_invalid(None)
        self.banner.clear()
        self.status.clear()

    def save(self) -> None:
        self._clear_marks()
        ctx, data, resource_id, version = self.session.ctx, self.values(), self.resource_id, self.version

        def run() -> int:
            if resource_id is None:
                return resources.create_resource(ctx, data)
            resources.update_resource(ctx, resource_id, version, data)
            return resource_id

        def done(saved_id: int) -> None:
            self.setEnabled(True)
            self.sig_saved.emit(saved_id)
            if resource_id is None:          # a new resource stays open: its pathways can now be added
                self.resource_id = saved_id
                self.setWindowTitle(self.tr("Directory resource"))
                self._pathways_enabled(True)
                self.reload()
                return
            self.accept()
        self.setEnabled(False)
        background.run(run, guarded(self, done), guarded(self, self._failed))

    def save_pathway(self) -> None:
        self._clear_marks()
        ctx, resource_id, data = self.session.ctx, self.resource_id, self.pathway_editor.values()
        current = self.pathway_editor.current()

        def run() -> int:
            if current is None:
                return pathways.create_pathway(ctx, resource_id, data)
            pathways.update_pathway(ctx, current.id, current.version, data)
            return current.id

        def done(pathway_id: int) -> None:
            self.setEnabled(True)
            self.status.setText(self.tr("The pathway «{name}» is saved.").format(name=data.name.strip()))
            self.sig_saved.emit(resource_id)
            self.reload(pathway_id)
        self.setEnabled(False)
        background.run(run, guarded(self, done), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.banner.show_message(describe(exc))
        field_name = getattr(exc, "field", "")
        widget = self.fields.get(field_name) or self.pathway_editor.mark_invalid(field_name)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
