"""The hostile wording the ideas export checks write and read back."""
SESSION = "ideas-check"
FORMULA = '=HYPERLINK("http://evil.example/","click me")'
SCRIPT = "<script>document.title='pwned'</script>"
BIDI = "invoice\u202Etxt.exe is safe"
ESCAPE = "red \x1b[31malert\x1b[0m text"
LONG = ("A long idea that keeps going " * 10)[:279] + "!"
HOSTILE = [FORMULA, SCRIPT, BIDI, ESCAPE, LONG]
THEME = "=1+1 <i>Timing</i>"
HIDDEN = "An idea the facilitator hid"
