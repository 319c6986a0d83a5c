"""ReportLab renderers: DTOs in, PDF (or ZPL) bytes out. No Qt, no database."""
