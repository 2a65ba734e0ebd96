"""Entry point of the frozen program (PyInstaller)."""

from app.cli.main import main

raise SystemExit(main())
