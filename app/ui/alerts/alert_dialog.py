"""One alert: what was raised, the thread, and the answers the user's role allows.

The proposal and the answer are shown in words (the kind, each line's change; "Refused, kept as is" …), never
as codes. The recipient doctor answers (accept — the proposal is made, or the alert closed for monitoring and
information —, modify, refuse with a reason, or ask a question); the sender replies to a question. Each button
follows the access decision on the alert (another physician sees "Accept" disabled, with the reason). Every
button runs one service call in the background; errors show in the banner through ``describe``.

A grouped alert (the lines to clarify of one reconciliation) shows its lines as a list under the thread: the doctor
answers the selected line (accept, modify, refuse with a reason), one line at a time; the whole-alert answers are
hidden for it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import alert_flow as alerts
from app.services.alerts import alert_lines
from app.services.alerts.inbox import OPEN_STATES, AlertDetail
from app.services.errors import StaleRecordError
from app.ui.alerts.alert_texts import (
    STATE_COLOURS,
    answer_label,
    change_label,
    kind_label,
    line_change_label,
    posology_words,
    problem_label,
    state_label,
    step_label,
    urgency_label,
)
from app.ui.alerts.line_model import ANSWERED_ROLE, ITEM_ID_ROLE, AlertLineModel
from app.ui.alerts.modify_dialog import ModifyDialog
from app.ui.common import background, dates, numbers
from app.ui.common.app_session import AppSession
from app.ui.common.documents import save_document
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, format_date, guarded
from app.ui.common.permissions import guard
from app.ui.medications.medications_tab import observation_label


class AlertDialog(QDialog):
    sig_open_patient = Signal(int)
    """Open the chart of the alert's patient."""
    sig_answered = Signal(int)
    """A step was saved on the alert (its id)."""

    def __init__(self, session: AppSession, alert_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.alert_id = session, alert_id
        self.detail: AlertDetail | None = None
        self.setWindowTitle(self.tr("Alert #%1").replace("%1", str(alert_id)))
        self.resize(760, 640)
        self.banner = ErrorBanner(self)
        self.body = QTextBrowser(self)
        self.body.setAccessibleName(self.tr("Alert and thread"))
        self.line_panel = self._line_panel()
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Comment, reason for refusal, question or reply"))
        self.text.setMaximumHeight(90)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (("accept", self.tr("Accept")), ("modify", self.tr("Modify…")),
                           ("refuse", self.tr("Refuse")), ("question", self.tr("Ask a question")),
                           ("reply", self.tr("Reply")), ("print", self.tr("Print…")),
                           ("send", self.tr("Send to partner…")), ("chart", self.tr("Open chart"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, k=key: self.act(k))
            button.setEnabled(False)
            self.buttons[key] = button
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.body)
        self.split.addWidget(self.line_panel)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.line_panel.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.split, 1)
        layout.addWidget(QLabel(self.tr("Your answer")))
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def _line_panel(self) -> QWidget:
        """The lines of a grouped alert with the answer buttons of the selected line."""
        panel = QWidget(self)
        self.lines_model = AlertLineModel(self)
        self.lines_view = QTableView(panel)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setAccessibleName(self.tr("Lines to clarify"))
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setWordWrap(True)
        self.lines_view.verticalHeader().hide()
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.line_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Selected line:"), panel))
        for key, label in (("accept", self.tr("Accept the line")), ("modify", self.tr("Modify the line…")),
                           ("refuse", self.tr("Refuse the line"))):
            button = QPushButton(label, panel)
            button.clicked.connect(lambda _c=False, k=key: self.answer_line(k))
            button.setEnabled(False)
            self.line_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.lines_summary = QLabel(panel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines_summary)
        layout.addWidget(self.lines_view, 1)
        layout.addLayout(row)
        return panel

    def reload(self) -> None:
        ctx, aid = self.session.ctx, self.alert_id
        background.run(lambda: alerts.open_alert(ctx, aid), guarded(self, self._show), guarded(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self._enable()
        self.banner.show_message(describe(exc))
        if isinstance(exc, StaleRecordError):   # e.g. a line added meanwhile: show the alert as it is now
            self.reload()

    def _show(self, detail: AlertDetail) -> None:
        if self.session.locked:
            return
        self.detail = detail
        self.body.setHtml(self.render_html(detail))
        selected = self._line()
        self.lines_model.set_lines(detail.lines)
        self.line_panel.setVisible(detail.grouped)
        if detail.grouped:
            self.resize(max(self.width(), 1000), max(self.height(), 680))
            done = sum(1 for ln in detail.lines if ln.answered)
            self.lines_summary.setText(self.tr("Lines to clarify: %1 answered of %2 — answer each line on its own")
                                       .replace("%1", str(done)).replace("%2", str(len(detail.lines))))
            waiting = [i for i, ln in enumerate(detail.lines) if not ln.answered]   # the next line to answer
            rows = [i for i in waiting if detail.lines[i].item_id == selected] or waiting or [0]
            self.lines_view.selectRow(rows[0])
        self._enable()

    def _enable(self) -> None:
        d = self.detail
        record = d.record if d is not None else None
        patient = d.row.patient_record if d is not None else None
        waiting = d is not None and d.row.state in OPEN_STATES
        for key in ("accept", "modify", "refuse", "question"):
            guard(self.buttons[key], self.session, "alert.answer", record, enabled=waiting)
        incomplete = d is not None and not d.proposal_complete   # an alert raised before the vocabulary
        if incomplete and self.buttons["accept"].isEnabled():
            self.buttons["accept"].setEnabled(False)
            self.buttons["accept"].setToolTip(self.tr("The proposal holds no change to make: answer with Modify."))
        grouped = d is not None and d.grouped
        for key in ("accept", "modify", "refuse"):   # a grouped alert is answered line by line
            if grouped:
                self.buttons[key].hide()
        index = self.lines_view.currentIndex()
        open_line = grouped and index.isValid() and not index.data(ANSWERED_ROLE)
        for key, button in self.line_buttons.items():
            guard(button, self.session, "alert.answer", record, enabled=waiting and open_line)
            if key == "modify" and button.isEnabled() and self._current_line_id() is None:
                button.setEnabled(False)   # an added drug: accept or refuse it (the list holds no line to change)
        guard(self.buttons["reply"], self.session, "alert.discuss", record,
              enabled=d is not None and d.row.state == "question")
        guard(self.buttons["print"], self.session, "patient.export", patient, enabled=d is not None)
        guard(self.buttons["chart"], self.session, "patient.read", patient, enabled=d is not None)
        guard(self.buttons["send"], self.session, "exchange.send", record, enabled=d is not None)

    def render_html(self, d: AlertDetail) -> str:
        e = html.escape
        r = d.row
        colour = STATE_COLOURS.get(r.state, "#000")
        flags = "".join(f" · <b style='color:#b71c1c'>{e(state_label(f))}</b>" for f, on in
                        (("overdue", r.overdue), ("escalated", r.escalated)) if on)
        meds = "".join(f"<li>{e(_named(m))} — {e(posology_words(m.get('posology')))} ({e(m.get('atc') or '')})</li>"
                       for m in d.medications)
        context = "".join(f"<li>{e(observation_label(c['code']))}: {numbers.decimal(c['value'])} "
                          f"{e(numbers.in_text(c['unit']))} "
                          f"({e(format_date(_day(c['measured_on'])))})</li>" for c in d.clinical_context)
        if d.grouped:
            return self._render_grouped(d)
        proposed = "".join(f"<li>{e(line_change_label(p))}</li>" for p in d.proposed_changes)
        reply_by = self.tr("reply by %1").replace("%1", format_date(r.reply_by))
        route = self.tr("From %1 to %2").replace("%1", r.sender_name).replace("%2", r.recipient_name)
        titles = (self.tr("Medications concerned"), self.tr("Clinical context"), self.tr("Proposal"),
                  self.tr("Thread"), self.tr("Answer"))
        parts = [f"<h3>{e(r.patient_name)}</h3>",
                 f"<p><b style='color:{colour}'>{e(state_label(r.state))}</b>{flags} · {e(urgency_label(r.urgency))}"
                 f" · {e(reply_by)}</p>",
                 f"<p>{e(route)}</p>",
                 f"<p><b>{e(problem_label(r.problem_category))}</b><br>{e(r.problem_text)}</p>",
                 f"<p><b>{e(titles[0])}</b></p><ul>{meds or '<li>—</li>'}</ul>",
                 f"<p><b>{e(titles[1])}</b></p><ul>{context or '<li>—</li>'}</ul>",
                 f"<p><b>{e(titles[2])}:</b> {e(kind_label(r.proposal_kind))}"
                 f"{'<br>' + e(d.intervention_text) if d.intervention_text else ''}</p>"]
        if proposed:
            parts.append(f"<ul>{proposed}</ul>")
        else:
            note = (self.tr("No change to the medication list: accepting closes the alert.") if d.proposal_complete
                    else self.tr("The proposal holds no change to make: answer with Modify."))
            parts.append(f"<p><i>{e(note)}</i></p>")
        if d.answer_code:
            parts.append(f"<p><b>{e(titles[4])}:</b> {e(answer_label(d.answer_code))}"
                         f"{'<br>' + e(d.answer_text) if d.answer_text else ''}</p>")
        parts.append(f"<h4>{e(titles[3])}</h4>")
        for m in d.messages:
            when = dates.stamp(m.at)
            changes = "".join(f"<li>{e(change_label(c))}</li>" for c in m.changes)
            parts.append(f"<p style='margin:4px 0'><b>{e(when)} — {e(m.author_name)}</b>: {e(step_label(m.kind))}"
                         f"{'<br>' + e(m.text) if m.text else ''}</p>{'<ul>' + changes + '</ul>' if changes else ''}")
        return "".join(parts)

    def _header_html(self, d: AlertDetail) -> list[str]:
        e, r = html.escape, d.row
        colour = STATE_COLOURS.get(r.state, "#000")
        flags = "".join(f" · <b style='color:#b71c1c'>{e(state_label(f))}</b>" for f, on in
                        (("overdue", r.overdue), ("escalated", r.escalated)) if on)
        reply_by = self.tr("reply by %1").replace("%1", format_date(r.reply_by))
        route = self.tr("From %1 to %2").replace("%1", r.sender_name).replace("%2", r.recipient_name)
        return [f"<h3>{e(r.patient_name)}</h3>",
                f"<p><b style='color:{colour}'>{e(state_label(r.state))}</b>{flags} · {e(urgency_label(r.urgency))}"
                f" · {e(reply_by)}</p>", f"<p>{e(route)}</p>",
                f"<p><b>{e(problem_label(r.problem_category))}</b><br>{e(r.problem_text)}</p>"]

    def _render_grouped(self, d: AlertDetail) -> str:
        """A grouped alert: its header and thread (its lines are in the list below)."""
        e = html.escape
        thread = self.tr("Thread")
        parts = self._header_html(d) + [f"<h4>{e(thread)}</h4>"]
        for m in d.messages:
            changes = "".join(f"<li>{e(change_label(c))}</li>" for c in m.changes
                              if m.kind not in alert_lines.LINE_ANSWER_STEPS)
            parts.append(f"<p style='margin:4px 0'><b>{e(dates.stamp(m.at))} — {e(m.author_name)}</b>: "
                         f"{e(step_label(m.kind))}{'<br>' + e(m.text) if m.text else ''}</p>"
                         f"{'<ul>' + changes + '</ul>' if changes else ''}")
        return "".join(parts)

    def _line(self) -> int | None:
        """The reconciliation item of the selected line."""
        index = self.lines_view.currentIndex()
        return index.data(ITEM_ID_ROLE) if index.isValid() else None

    def _current_line_id(self) -> int | None:
        item = self._line()
        line = next((ln for ln in self.detail.lines if ln.item_id == item), None) if self.detail else None
        return line.current_line_id if line is not None else None

    def answer_line(self, key: str) -> None:
        """Answer the selected line of a grouped alert (the text box holds the comment or the reason)."""
        d, item = self.detail, self._line()
        if d is None or item is None:
            return
        ctx, aid, version, text = self.session.ctx, d.row.id, d.row.version, self.text.toPlainText()
        if key == "modify":
            dialog = ModifyDialog(self.session, d, text, self, concerned=[self._current_line_id()],
                                  save=lambda c, changes, comment: alert_lines.answer_line(
                                      c, aid, item, version, "modify", comment, changes))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_done.connect(self._saved)
            dialog.open()
            return
        self.banner.clear()
        for button in (*self.buttons.values(), *self.line_buttons.values()):
            button.setEnabled(False)
        background.run(lambda: alert_lines.answer_line(ctx, aid, item, version, key, text),
                       guarded(self, lambda _v: self._saved()), guarded(self, self._failed))

    # -- answers --------------------------------------------------------------------------------------------
    def act(self, key: str) -> None:
        d = self.detail
        if d is None:
            return
        if key == "chart":
            self.sig_open_patient.emit(d.row.patient_id)
            return
        if key == "print":
            self.print_alert()
            return
        if key == "send":
            from app.ui.alerts.partner_exchange import SendToPartnerDialog  # opened rarely

            self.send_dialog = SendToPartnerDialog(self.session, d.row.patient_id, d.row.id, self)
            self.send_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.send_dialog.open()
            return
        if key == "modify":
            dialog = ModifyDialog(self.session, d, self.text.toPlainText(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_done.connect(self._saved)
            dialog.open()
            return
        ctx, aid, version, text = self.session.ctx, d.row.id, d.row.version, self.text.toPlainText()
        job = {"accept": lambda: alerts.accept(ctx, aid, version, text),
               "refuse": lambda: alerts.refuse(ctx, aid, version, text),
               "question": lambda: alerts.ask_question(ctx, aid, version, text),
               "reply": lambda: alerts.reply(ctx, aid, version, text)}[key]
        self.banner.clear()
        for button in self.buttons.values():
            button.setEnabled(False)
        background.run(job, guarded(self, lambda _v: self._saved()), guarded(self, self._failed))

    def _saved(self) -> None:
        self.text.clear()
        self.banner.clear()
        self.sig_answered.emit(self.alert_id)
        self.reload()

    def print_alert(self) -> None:
        d = self.detail
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the alert as PDF"),
                                                    self.tr("alert-%1.pdf").replace("%1", str(d.row.id)), "PDF (*.pdf)")
        if not path:
            return
        ctx, pid, aid = self.session.ctx, d.row.patient_id, d.row.id

        from app.services.alerts import alert_pdf  # the PDF writer loads when someone prints

        save_document(self, lambda: alert_pdf.alerts_pdf(ctx, pid, aid), path, None, self._failed)


def _named(snapshot: dict) -> str:
    """A line's name with its strength, unless the name says it already ("Kardégic 75 mg")."""
    strength = snapshot.get("strength") or ""
    return f"{snapshot['name']} {strength}".strip() if strength not in snapshot["name"] else snapshot["name"]


def _day(iso: str):
    from datetime import date
    return date.fromisoformat(iso)

