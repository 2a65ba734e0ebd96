"""Follow a local pathway from a referral: the referral's directory resource, its pathways and their steps; one
button creates the steps' tasks for the patient (a step whose task exists already is not created again)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import follow, resources
from app.ui.common import background
from app.ui.common.app_session import AppSession
from app.ui.common.code_labels import pool_label
from app.ui.common.errors import describe
from app.ui.common.form_helpers import ErrorBanner, guarded


class PathwayFollowDialog(QDialog):
    sig_followed = Signal(int)
    """Tasks were created from a pathway: how many."""

    def __init__(self, session: AppSession, referral_id: int, resource_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.referral_id = session, referral_id
        self.pathways: list = []
        self.setWindowTitle(self.tr("Follow a local pathway"))
        self.banner = ErrorBanner(self)
        self.resource = QLabel(self)
        self.resource.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.currentIndexChanged.connect(self._show_steps)
        self.steps = QListWidget(self)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.follow_button = QPushButton(self.tr("Create the steps' tasks"), self)
        self.follow_button.setEnabled(False)
        self.follow_button.clicked.connect(self.follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.follow_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.banner, self.resource, QLabel(self.tr("Pathway"), self), self.choice, self.steps,
                  self.result, buttons):
            layout.addWidget(w)
        self.resize(560, 420)
        ctx = session.ctx
        background.run(lambda: resources.open_resource(ctx, resource_id), guarded(self, self._show),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))

    def _show(self, detail) -> None:
        self.resource.setText(detail.row.name)
        self.pathways = list(detail.pathways)
        for p in self.pathways:
            self.choice.addItem(p.name, p.id)
        if not self.pathways:
            self.result.setText(self.tr("This resource has no local pathway in the directory."))
        self.follow_button.setEnabled(bool(self.pathways))
        self.follow_button.setFocus()

    def _show_steps(self) -> None:
        self.steps.clear()
        i = self.choice.currentIndex()
        if 0 <= i < len(self.pathways):
            for s in self.pathways[i].steps:
                self.steps.addItem(self.tr("{position}. {label} — {who}, day {day}").format(
                    position=s.position, label=s.label, who=pool_label(s.pool_role), day=s.delay_days))

    def follow(self) -> None:
        self.banner.clear()
        ctx, referral_id, pathway_id = self.session.ctx, self.referral_id, self.choice.currentData()

        def done(result) -> None:
            self.result.setText(self.tr("{created} tasks created; {existing} were already there.").format(
                created=len(result.created_task_ids), existing=result.already_there))
            self.sig_followed.emit(len(result.created_task_ids))
        background.run(lambda: follow.follow_pathway(ctx, referral_id, pathway_id), guarded(self, done),
                       guarded(self, lambda exc: self.banner.show_message(describe(exc))))
