"""Entry point of the frozen program (PyInstaller)."""

from app.cli import main

raise SystemExit(main())
