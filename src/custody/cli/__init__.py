"""Command line: ``custody`` (click)."""
