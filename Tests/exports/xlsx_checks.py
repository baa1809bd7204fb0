"""The XLSX export's formatting as openpyxl reads it: column widths, number formats, dates, the
Notes sheet and print settings. Called by check_exports.py with the workbook and the tidy CSV of
the same session (the CSV's ISO times are what the workbook's dates must equal)."""
import csv
import datetime

# The demo holds ideas (format 5), so its workbook has their sheet, after the others.
SHEETS = ["Matrix", "Answers", "Actions", "Notes", "Ideas"]
NOTE_COLUMNS = ["activity", "persona", "group", "criterion", "prompt", "question", "text", "by", "time"]
DECIMAL, INTEGER, DAY, TIME = "0.0?", "0", "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"
# A median resting on one answer: the number, then the mark the legend explains.
SINGLE = '0.0#"*"'


def rows_of(sheet):
    header = [cell.value for cell in sheet[1]]
    return header, [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)]


def shown(cell):
    """The cell's longest line as the spreadsheet shows it: numbers rounded, dates in their format."""
    value = cell.value
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        return len(TIME) if cell.number_format == TIME else len(DAY)
    if isinstance(value, (int, float)):
        return len(f"{value:.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def check_widths(check, sheet):
    """Every column has a custom width between 6 and 50, plausible for its longest text as shown."""
    from openpyxl.utils import get_column_letter
    # The Matrix's legend, under a blank row, runs on across the empty cells beside it: not the column's text.
    blank = next((cell.row for cell in sheet["A"] if cell.row > 1 and cell.value is None), None) if sheet.title == "Matrix" else None
    for index, column in enumerate(sheet.iter_cols(), start=1):
        letter = get_column_letter(index)
        dimension = sheet.column_dimensions[letter]
        longest = max(shown(cell) for cell in column if blank is None or cell.row < blank)
        width = dimension.width or 0
        low, high = min(50, 0.6 * longest), max(6, 1.2 * longest + 3)
        check(f"xlsx {sheet.title} column {letter} width fits its text",
              dimension.customWidth and 6 <= width <= 50 and low <= width <= high,
              f"width {width}, longest {longest} characters")


def check_workbook(check, path, tidy_csv, session_note, prompt_note, question):
    import openpyxl
    book = openpyxl.load_workbook(path)
    check("xlsx sheets", book.sheetnames == SHEETS, str(book.sheetnames))
    for sheet in book.worksheets:
        check_widths(check, sheet)
        setup = sheet.page_setup
        check(f"xlsx {sheet.title} prints landscape A4", setup.orientation == "landscape" and int(setup.paperSize) == 9)
        check(f"xlsx {sheet.title} fits one page wide", sheet.sheet_properties.pageSetUpPr.fitToPage
              and int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0)
        check(f"xlsx {sheet.title} repeats its header row", (sheet.print_title_rows or "").replace("$", "") == "1:1",
              str(sheet.print_title_rows))
        check(f"xlsx {sheet.title} header row frozen", sheet.freeze_panes == "A2")

    matrix = book["Matrix"]
    header, rows = rows_of(matrix)
    persona_columns = header[2:-2]
    medians = [row[name] for row in rows for name in persona_columns + ["standing"] if row[name].value is not None]
    check("xlsx medians and standings are numbers formatted to two decimals at most",
          medians and all(isinstance(cell.value, (int, float)) and cell.number_format in (DECIMAL, SINGLE) for cell in medians))
    check("xlsx medians on one answer are marked, and the legend says so",
          any(cell.number_format == SINGLE for cell in medians)
          and any(isinstance(cell.value, str) and cell.value.startswith("* ") for cell in matrix["A"]))
    check("xlsx standings keep their exact value", any(cell.value != round(cell.value, 2) for cell in medians))
    ranks = [row["rank"] for row in rows if row["rank"].value is not None]
    check("xlsx ranks are integers", ranks and all(cell.number_format == INTEGER for cell in ranks))

    header, rows = rows_of(book["Answers"])
    with open(tidy_csv, newline="", encoding="utf-8") as handle:
        expected = list(csv.DictReader(handle))
    check("xlsx answers: one row per tidy CSV row", len(rows) == len(expected), f"{len(rows)} of {len(expected)}")
    dates_ok = times_ok = True
    for row, text in zip(rows, expected):
        day = datetime.datetime.strptime(text["date"], "%Y-%m-%d")
        moment = datetime.datetime.strptime(text["time"], "%Y-%m-%dT%H:%M:%S.%fZ")
        dates_ok &= row["date"].is_date and row["date"].number_format == DAY and row["date"].value == day
        times_ok &= (row["time"].is_date and row["time"].number_format == TIME
                     and abs(row["time"].value - moment) < datetime.timedelta(milliseconds=1))
    check("xlsx answers: date is a date equal to the plan's day", dates_ok)
    check("xlsx answers: time is a date-time equal to the answer's time", times_ok)
    broken = [row["note"] for row in rows if row["note"].value and "\n" in row["note"].value]
    check("xlsx notes with line breaks wrap", broken and all(cell.alignment.wrap_text for cell in broken))

    header, rows = rows_of(book["Actions"])
    dated = [row["due"] for row in rows if row["due"].value]
    check("xlsx action due days are dates", dated and all(cell.is_date and cell.number_format == DAY for cell in dated))
    check("xlsx agreed_on is a date", all(row["agreed_on"].is_date for row in rows if row["agreed_on"].value))

    header, rows = rows_of(book["Notes"])
    check("xlsx notes sheet columns", header == NOTE_COLUMNS, str(header))
    values = [{name: cell.value for name, cell in row.items()} for row in rows]
    whole = [row for row in values if row["text"] == session_note]
    check("xlsx notes sheet holds the note on the whole session",
          len(whole) == 1 and all(whole[0][name] is None for name in NOTE_COLUMNS[:6]), str(whole))
    on_prompt = [row for row in values if row["text"] == prompt_note]
    check("xlsx notes sheet holds the prompt note with its question",
          len(on_prompt) == 1 and on_prompt[0]["question"] == question, str(on_prompt))
    check("xlsx notes sheet times are dates", values and all(row["time"].is_date for row in rows))
    return book, {row["text"] for row in values}
