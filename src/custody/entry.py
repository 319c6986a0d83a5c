"""The ``custody`` console script: the command line, with the desktop app when no command is given.

This module sits above every layer: it is the only place where the CLI learns about the GUI, so that
``custody.cli`` itself never imports Qt (import-linter checks it).
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The frozen bundle's verifier is the same program started under this name (a symlink, or custody-verify.exe).
VERIFY_NAME = "custody-verify"


def _launch_gui(state) -> int:  # type: ignore[no-untyped-def]
    from custody.ui.app import run_app  # imported late: commands work without a display

    return run_app(state)


def _self_test() -> int:
    from custody.selftest import run  # imported late, like the GUI

    return run()


def main() -> None:
    if getattr(sys, "frozen", False):  # the frozen app's verification workers (a no-op otherwise: not imported)
        import multiprocessing

        multiprocessing.freeze_support()
    if getattr(sys, "frozen", False) and Path(sys.argv[0]).stem.lower() == VERIFY_NAME:
        from custody.verifier import main as verify_main

        sys.exit(verify_main())
    from custody.cli import main as cli_main

    cli_main.GUI_LAUNCHER = _launch_gui
    cli_main.SELF_TEST = _self_test
    cli_main.main()


if __name__ == "__main__":
    main()
