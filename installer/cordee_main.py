"""Entry point of the frozen program (PyInstaller): the windowed "Cordee" and the console "cordee" alike."""

import os
import sys

if sys.stdout is None or sys.stderr is None:  # a windowed executable on Windows has no console to write to
    sys.stdout = sys.stdout or open(os.devnull, "w")  # noqa: SIM115 (open for the life of the process)
    sys.stderr = sys.stderr or open(os.devnull, "w")  # noqa: SIM115

from app.cli.main import main  # noqa: E402  (after the streams exist)

raise SystemExit(main())
