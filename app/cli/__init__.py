"""The ``cordee`` command line: the GUI by default, commands for administrators and scripts."""
