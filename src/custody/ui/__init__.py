"""The desktop shell (PySide6). Everything here talks to the services through :mod:`custody.ui.operations`."""
