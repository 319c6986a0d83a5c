"""The ``custody`` console script: the command line, with the desktop app when no command is given.

This module sits above every layer: it is the only place where the CLI learns about the GUI, so that
``custody.cli`` itself never imports Qt (import-linter checks it).
"""

from __future__ import annotations

import multiprocessing


def _launch_gui(state) -> int:  # type: ignore[no-untyped-def]
    from custody.ui.app import run_app  # imported late: commands work without a display

    return run_app(state)


def main() -> None:
    multiprocessing.freeze_support()  # the frozen app's verification workers
    from custody.cli import main as cli_main

    cli_main.GUI_LAUNCHER = _launch_gui
    cli_main.main()


if __name__ == "__main__":
    main()
