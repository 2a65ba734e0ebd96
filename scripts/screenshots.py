"""Screenshots of every screen of the feature registry, to look at: a throwaway demo practice, each screen opened
by the smoke walk (``app.ui.shell.smoke``) as the demo doctor and as the administrator, at each window size and
in each language.

    python scripts/screenshots.py [--out screenshots/walk] [--sizes 1366x768,1920x1080] [--languages fr,de]

Writes ``<out>/<size>-<language>-<user>-<screen>.png`` and prints each file with the window's real size (a window
larger than asked for did not fit).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from sqlmodel import func, select  # noqa: E402

from app.models.care_plan import CarePlan  # noqa: E402
from app.models.medication import MedicationLine  # noqa: E402
from app.models.staff import Staff  # noqa: E402
from app.services.demo.practice import create_demo_practice  # noqa: E402
from app.services.kernel.context import ServiceContext  # noqa: E402
from app.services.practice.accounts import actor_for  # noqa: E402
from app.services.storage.keyslots import KdfParams  # noqa: E402
from app.ui.common import i18n, settings  # noqa: E402
from app.ui.shell import main_window, smoke  # noqa: E402
from app.ui.shell.startup import application  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots/walk")
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--languages", default="fr,de")
    parser.add_argument("--users", default="dr.martin,admin")
    parser.add_argument("--patients", type=int, default=60)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    main_window.AUTO_BACKUP_DELAY_MS = None
    failed = False
    with tempfile.TemporaryDirectory(prefix="cordee-shots-") as folder:
        # this workstation's settings stay untouched: the walk's own, in the throwaway folder
        settings._store = lambda: QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat)
        qt = application()
        db, _doctor, _ = create_demo_practice(Path(folder), patients=args.patients,
                                              kdf=KdfParams(time_cost=1, memory_kib=8192, parallelism=1))
        with db.session() as session:
            staff = {s.username: s for s in session.exec(select(Staff)).all()}
            actors = {name: actor_for(staff[name]) for name in args.users.split(",")}
            # the chart shown: the patient with the longest current medication list (findings of every kind)
            patients = [session.exec(select(MedicationLine.patient_id).where(MedicationLine.stopped_at.is_(None))
                                     .group_by(MedicationLine.patient_id).order_by(func.count().desc())).first()]
            # and a patient whose care plan is in action (circle, goals, actions with their tasks)
            patients += session.exec(select(CarePlan.patient_id).where(CarePlan.status == "active")).all()[:1]
        for size_text in args.sizes.split(","):
            size = tuple(int(x) for x in size_text.split("x"))
            for language in args.languages.split(","):
                settings.put(settings.LANGUAGE, language)
                i18n.install(qt, language)
                for user, actor in actors.items():
                    def visit(label, widget, prefix=f"{size_text}-{language}-{user}"):
                        path = out / f"{prefix}-{label}.png".replace("/", "_")
                        widget.grab().save(str(path))
                        print(f"{path} {widget.width()}x{widget.height()}", flush=True)

                    report = smoke.smoke(ServiceContext(db, actor), time.perf_counter(), all_screens=True,
                                         visit=visit, size=size, patients=patients, dialogs=True)
                    for error in report.errors:
                        failed = True
                        print(f"error {size_text} {language} {user}: {error}", file=sys.stderr)
        db.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
