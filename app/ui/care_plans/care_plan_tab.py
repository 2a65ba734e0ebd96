"""The Care plan tab of a chart: the plan's sections, its items (add / edit / remove), the lifecycle buttons the
user may use on this plan (hidden when the role never may, disabled with the reason when the relationship forbids
it: "Validate" is the médecin traitant's), progress, printouts and the version history."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.care_plans import action_tasks as care_plan_tasks
from app.services.care_plans import deprescribing
from app.services.care_plans import lifecycle as life
from app.services.care_plans import plans as care_plans
from app.services.care_plans.plans import PlanInput, PlanView
from app.services.directory import resources as directory_resources
from app.services.practice import staff as staff_service
from app.services.tasks import recurrence
from app.ui.care_plans.deprescribing_section import DeprescribingSection
from app.ui.care_plans.plan_fields import Words, form_values, to_input
from app.ui.care_plans.plan_forms import Field, FormDialog
from app.ui.care_plans.plan_history import HistoryDialog
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.fitting import FlowLayout, measure_first_rows
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.common.rows_model import RowsTableModel

KINDS = ("member", "problem", "goal", "action", "unmet_need")
STRETCH = {"member": 3, "problem": 2, "goal": 0, "action": 1, "unmet_need": 0}   # the column that takes the room


class CarePlanTab(QWidget):
    sig_loaded = Signal(object)
    """The plan was (re)loaded and shown: the PlanView, or None when the patient has no plan."""

    def __init__(self, session: AppSession, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.view: PlanView | None = None
        self.staff: list[tuple[int, str]] = []
        self.directory: list[tuple[int, str]] = []   # the resources an outside member can be copied from
        self.dialog: FormDialog | None = None
        self.w = Words(self)
        self.banner = ErrorBanner(self)
        self.status_label = QLabel(self.tr("Loading…"), self, styleSheet="font-weight: 600;")
        self.progress = QProgressBar(self)
        self.progress.setMinimumWidth(160)
        self.status_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.progress)
        bar = FlowLayout()
        for key, text in (("new", self.tr("Start a care plan…")), ("edit", self.tr("Edit details…")),
                          ("validate", self.tr("Validate…")), ("activate", self.tr("Put into action")),
                          ("revise", self.tr("Revise")), ("close", self.tr("Close…")),
                          ("history", self.tr("History…")), ("print", self.tr("Print plan…")),
                          ("sheet", self.tr("Patient sheet…"))):
            self.buttons[key] = QPushButton(text, self)
            self.buttons[key].clicked.connect(getattr(self, key + "_clicked"))
            bar.addWidget(self.buttons[key])
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.models: dict[str, RowsTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.item_buttons: dict[str, list[QPushButton]] = {}
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.details)
        for kind, title in (("member", self.tr("Care circle")), ("problem", self.tr("Problems and needs")),
                            ("goal", self.tr("Shared goals")), ("action", self.tr("Actions")),
                            ("unmet_need", self.tr("Unmet needs"))):
            inner.addWidget(self._section(kind, title))
        self.deprescribing = DeprescribingSection(body)
        inner.addWidget(self.deprescribing)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        session.sig_changed.connect(self._on_changed)
        self.reload()

    def _section(self, kind: str, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        self.models[kind] = RowsTableModel(self.w.columns(kind), self)
        table = QTableView(box)
        table.setModel(self.models[kind])
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.doubleClicked.connect(lambda _i, k=kind: self.edit_item(k))
        if kind == "action":
            table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_progress_button())
        self.tables[kind] = table
        buttons = QVBoxLayout()
        self.item_buttons[kind] = []
        for text, slot in ((self.tr("Add…"), partial(self.add_item, kind)), (self.tr("Edit…"), partial(
                self.edit_item, kind)), (self.tr("Remove"), partial(self.remove_item, kind))):
            b = QPushButton(text, box)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.item_buttons[kind].append(b)
        if kind == "action":
            self.progress_button = QPushButton(self.tr("Record progress…"), box)
            self.progress_button.clicked.connect(self.record_progress)
            buttons.addWidget(self.progress_button)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(table, 1)
        row.addLayout(buttons)
        return box

    # -- loading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, pid = self.session.ctx, self.patient_id
        may_read_medications = self.session.can("medication.read", self.session.patient_record(pid))
        may_read_directory = self.session.can("directory.read")

        def load():
            people = [(s.id, s.display_name) for s in staff_service.list_staff(ctx, include_inactive=False)
                      if set(s.roles) != {"admin"}] if self.session.can("staff.read") else []
            plan_id = care_plans.current_plan_id(ctx, pid)
            tapers = deprescribing.patient_plans(ctx, pid) if may_read_medications else []
            directory = [(r.id, r.name) for r in directory_resources.list_resources(ctx)] if may_read_directory else []
            return people, care_plans.get_plan(ctx, plan_id) if plan_id else None, tapers, directory
        background.run(load, guarded(self, self._show), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.banner.show_message(describe(exc))

    def _show(self, loaded) -> None:
        self.staff, self.view, tapers, self.directory = loaded
        self.deprescribing.set_plans(tapers)
        self.deprescribing.setVisible(self.session.can("medication.read", self.session.patient_record(
            self.patient_id)))
        v = self.view
        for kind in KINDS:
            self.models[kind].set_rows(getattr(v, kind + "s") if v else [])
            self._fit(kind)
        self.details.setText(self._details_html(v) if v else self.tr("This patient has no care plan yet."))
        if v:
            done, total = v.progress
            self.status_label.setText(self.tr("Care plan v%1 — %2 · référent %3").replace("%1", str(v.revision))
                                      .replace("%2", self.w.status[v.status]).replace("%3", v.referent_name))
            self.progress.setFormat(self.tr("%n of %1 action(s) done", "", done).replace("%1", str(total)))
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
        else:
            self.status_label.setText(self.tr("No care plan"))
        self._update_buttons()
        self.sig_loaded.emit(v)

    def _fit(self, kind: str) -> None:
        """Columns sized to their content, the main text column stretched, the table as tall as its rows."""
        table = self.tables[kind]
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_first_rows(table)
        header.setSectionResizeMode(STRETCH[kind], QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(self.models[kind].rowCount()))
        table.setFixedHeight(min(max(rows, 2 * 24) + header.height() + 6, 320))

    def _details_html(self, v: PlanView) -> str:
        d = v.data
        esc = lambda s: (s or "—").replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")  # noqa: E731
        rows = [(self.tr("Review date"), format_date(d.review_date) or "—")]
        rows += [(label, getattr(d, "synthesis_" + key)) for key, label in self.w.domain.items()]
        rows += [(self.tr("Patient's expectations and preferences"), d.expectations),
                 (self.tr("Advance directives"), " · ".join(x for x in (self.w.directives[d.advance_directives],
                                                                        format_date(d.advance_directives_date),
                                                                        d.advance_directives_location) if x)),
                 (self.tr("Trusted person"), " · ".join(x for x in (d.trusted_person_name, d.trusted_person_contact,
                                                                    format_date(d.trusted_person_designated_on))
                                                        if x)),
                 (self.tr("Alert procedure"), d.alert_procedure)]
        if v.validated_by:
            agreement = (self.tr("by %1; patient's agreement on %2 (%3)").replace("%1", v.validated_by)
                         .replace("%2", format_date(v.patient_agreement_date))
                         .replace("%3", v.patient_agreement_how or ""))
            rows.append((self.tr("Validated"), agreement))
        if v.closed_reason:
            rows.append((self.tr("Closed"), v.closed_reason))
        return "<table cellspacing='3'>" + "".join(f"<tr><td><b>{esc(a)}</b></td><td>{esc(b)}</td></tr>"
                                                   for a, b in rows) + "</table>"

    def _update_buttons(self) -> None:
        """Each button: shown in the plan's state, hidden when the role never may, disabled with the reason when
        the user's relationship to the plan forbids it."""
        v = self.view
        status = v.status if v else None
        record = v.record if v else self.session.patient_record(self.patient_id)
        editable = status in ("draft", "revised")
        buttons = {"new": ("care_plan.edit", v is None or status == "closed"), "edit": ("care_plan.edit", editable),
                   "validate": ("care_plan.validate", editable),
                   "activate": ("care_plan.activate", status == "validated"),
                   "revise": ("care_plan.edit", status in ("validated", "active")),
                   "close": ("care_plan.close", v is not None and status != "closed"),
                   "history": ("care_plan.read", v is not None), "print": ("care_plan.export", v is not None),
                   "sheet": ("care_plan.export", v is not None)}
        for key, (action, shown) in buttons.items():
            guard(self.buttons[key], self.session, action, record, shown=shown)
        may_edit = self.session.can("care_plan.edit", record)
        for kind in KINDS:
            for b in self.item_buttons[kind]:
                guard(b, self.session, "care_plan.edit", record, shown=editable and may_edit)
        self._update_progress_button()

    def _update_progress_button(self) -> None:
        """"Record progress" on the selected action: the care team, or the person or role responsible for it."""
        v = self.view
        index = self.tables["action"].currentIndex()
        row = self.models["action"].row(index.row()) if v is not None and index.isValid() else None
        record = v.action_record(row) if row is not None else (v.record if v else None)
        guard(self.progress_button, self.session, "care_plan.work", record,
              shown=v is not None and v.status in ("validated", "active"), enabled=row is not None)

    def _on_changed(self, topic: str, payload: dict) -> None:
        if ((topic in ("care_plan.changed", "task.changed", "deprescribing.changed") and payload.get("patient_id") == self.patient_id)
                or topic == "access.changed") and not self.session.locked and self.dialog is None:
            self.reload()

    # -- dialogs --------------------------------------------------------------------------------------------
    def _form(self, title: str, fields, values: dict, submit) -> FormDialog:
        self.dialog = FormDialog(self, title, fields, values, submit)
        self.dialog.sig_saved.connect(lambda _r: self.reload())
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.reload()

    def _fields(self, kind: str):
        v = self.view
        goals = [(g["id"], g["objective"]) for g in v.goals] if v else []
        problems = [(p["id"], p["label"]) for p in v.problems] if v else []
        return self.w.fields(kind, self.staff, goals, problems, self.directory)

    def new_clicked(self) -> FormDialog:
        ctx, pid = self.session.ctx, self.patient_id
        return self._form(self.tr("New care plan"), self._fields("plan"), {"referent_staff_id": ctx.actor.staff_id},
                          lambda values: care_plans.create_plan(ctx, pid, PlanInput(**values)))

    def edit_clicked(self) -> FormDialog:
        ctx, v = self.session.ctx, self.view
        return self._form(self.tr("Care plan details"), self._fields("plan"), vars(v.data),
                          lambda values: care_plans.update_plan(ctx, v.id, v.version, PlanInput(**values)))

    def add_item(self, kind: str) -> FormDialog:
        return self._item_form(kind, None)

    def edit_item(self, kind: str) -> FormDialog | None:
        index = self.tables[kind].currentIndex()
        if not index.isValid() or not self.item_buttons[kind][1].isVisible():
            return None
        return self._item_form(kind, self.models[kind].row(index.row()))

    def _item_form(self, kind: str, row: dict | None) -> FormDialog:
        ctx, v = self.session.ctx, self.view
        item_id = row["id"] if row else None
        return self._form(self.tr("Care plan item"), self._fields(kind), form_values(kind, row),
                          lambda values: care_plans.save_item(ctx, v.id, v.version, kind, to_input(kind, values),
                                                              item_id))

    def remove_item(self, kind: str) -> None:
        index = self.tables[kind].currentIndex()
        if index.isValid():
            ctx, v, item_id = self.session.ctx, self.view, self.models[kind].row(index.row())["id"]
            self._run(lambda: care_plans.remove_item(ctx, v.id, v.version, kind, item_id))

    def record_progress(self) -> FormDialog | None:
        index = self.tables["action"].currentIndex()
        if not index.isValid():
            return None
        ctx, v, row = self.session.ctx, self.view, self.models["action"].row(index.row())
        fields = [Field("status", self.tr("Status"), "choice", list(self.w.action.items())),
                  Field("outcome", self.tr("Outcome"), "text")]
        return self._form(self.tr("Progress of the action"), fields, row, lambda values: care_plan_tasks.
                          record_action_progress(ctx, v.id, v.version, row["id"], values["status"], values["outcome"]))

    def validate_clicked(self) -> FormDialog:
        ctx, v = self.session.ctx, self.view
        fields = [Field("agreement_date", self.tr("Patient's agreement on"), "date"),
                  Field("agreement_how", self.tr("How the agreement was obtained"))]
        return self._form(self.tr("Validate the care plan"), fields, {"agreement_date": recurrence.today_local()},
                          lambda values: life.validate(ctx, v.id, v.version, **values))

    def close_clicked(self) -> FormDialog:
        ctx, v = self.session.ctx, self.view
        return self._form(self.tr("Close the care plan"), [Field("reason", self.tr("Reason"), "text")], {},
                          lambda values: life.close(ctx, v.id, v.version, values["reason"]))

    def activate_clicked(self) -> None:
        ctx, v = self.session.ctx, self.view
        self._run(lambda: life.activate(ctx, v.id, v.version))

    def revise_clicked(self) -> None:
        ctx, v = self.session.ctx, self.view
        self._run(lambda: life.revise(ctx, v.id, v.version))

    def history_clicked(self) -> HistoryDialog:
        dialog = HistoryDialog(self.session, self.view.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_clicked(self, path: str | None = None) -> None:
        self._save_pdf("plan_pdf", path, self.tr("care-plan.pdf"))

    def sheet_clicked(self, path: str | None = None) -> None:
        self._save_pdf("patient_sheet", path, self.tr("patient-sheet.pdf"))

    def _save_pdf(self, what: str, path: str | None, default: str) -> None:
        """Write the plan's PDF ``what`` (a function of ``care_plans.export``) on the database worker, which loads
        the PDF writer with the first printout."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), default, self.tr("PDF (*.pdf)"))
            if not path:
                return
        ctx, plan_id = self.session.ctx, self.view.id
        self.banner.clear()
        def render():
            from app.services.care_plans import export  # the PDF writer loads on the worker, at the first printout

            return getattr(export, what)(ctx, plan_id)
        save_document(self, render, path, lambda _p: self.reload(), self._failed)

    def _run(self, fn) -> None:
        self.banner.clear()
        background.run(fn, guarded(self, lambda _r: self.reload()), guarded(self, self._failed))
