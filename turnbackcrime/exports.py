"""Spreadsheet exports that a spreadsheet program cannot turn into formulas.

A cell that begins with =, +, -, @, a tab or a carriage return is run as a formula by
Excel, LibreOffice and Google Sheets when a CSV is opened (`=HYPERLINK(...)` in a pledge
statement becomes a link that leaks data). Every CSV export of the admin goes through
Wagtail's SpreadsheetExportMixin; `install()` (called once from the core's AppConfig)
makes its CSV writer prefix such cells with an apostrophe, which spreadsheets show as
text. XLSX exports already store every cell as a string (Wagtail does that).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def install():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_formula_safe", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    SpreadsheetExportMixin.write_csv_row = write_csv_row
    SpreadsheetExportMixin._formula_safe = True
