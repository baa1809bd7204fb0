import Testing

/// A command line every door must refuse in one line. `says` is part of the message (after
/// `error: `) at the shell; `atPrompt` the part in batch mode when the prompt words it otherwise.
struct BadInvocation: Sendable, CustomTestStringConvertible {
    var words: [String]
    var says: String
    var atPrompt: String?

    init(_ line: String, _ says: String, atPrompt: String? = nil) {
        words = line.split(separator: " ").map(String.init)
        self.says = says
        self.atPrompt = atPrompt
    }

    var line: String { words.joined(separator: " ") }
    var testDescription: String { line }

    /// Every kind of ArgumentParser error, on every command that can meet it (the bundled example's
    /// `demo-2015` and `demo-2016` are sessions, `stirling-2015` a plan), and our own range checks.
    static let all = missingArgument + unknownOption + missingValue + invalidValue + extraArguments + badChoice + named

    static let missingArgument = [
        BadInvocation("start", "start: missing <plan>; usage: "),
        BadInvocation("open", "open: missing <session>; usage: "),
        BadInvocation("score", "score: missing <session>; usage: "),
        BadInvocation("score demo-2015", "score: missing the activity, the persona, the answer and the group; "),
        BadInvocation("withdraw demo-2015", "withdraw: missing <activity>; usage: "),
        BadInvocation("undo", "undo: missing <session>; usage: "),
        BadInvocation("redo", "redo: missing <session>; usage: "),
        BadInvocation("note", "note: missing <session>; usage: "),
        BadInvocation("add-activity demo-2015 new-act", "add-activity: missing <title>; usage: "),
        BadInvocation("add-group demo-2015", "add-group: missing <id>; usage: "),
        BadInvocation("close", "close: missing <session>; usage: "),
        BadInvocation("weight demo-2015", "weight: missing <persona>; usage: "),
        BadInvocation("rate", "rate: missing <session>; usage: "),
        BadInvocation("row", "row: missing <session>; usage: "),
        BadInvocation("action", "action: missing <session>; usage: "),
        BadInvocation("review", "review: missing <session>; usage: "),
        BadInvocation("log", "log: missing <session>; usage: "),
        BadInvocation("status", "status: missing <session>; usage: "),
        BadInvocation("matrix", "matrix: missing <session>; usage: "),
        BadInvocation("summary", "summary: missing <session>; usage: "),
        BadInvocation("compare", "compare: missing <first>; usage: "),
        BadInvocation("trend", "trend: missing <series>; usage: "),
        BadInvocation("export", "export: missing <session>; usage: "),
        BadInvocation("run", "run: missing <file>; usage: workshop run <file> [--bail]", atPrompt: "run a script from the shell"),
    ]

    static let unknownOption = [
        BadInvocation("check --bogus", "check: unknown option '--bogus'; usage: "),
        BadInvocation("start stirling-2015 --bogus", "start: unknown option '--bogus'; usage: "),
        BadInvocation("open demo-2015 --bogus", "open: unknown option '--bogus'; usage: "),
        BadInvocation("use --bogus", "use: unknown option '--bogus'; usage: "),
        BadInvocation("score demo-2015 drop-in academic 4 --bogus", "score: unknown option '--bogus'; usage: "),
        BadInvocation("undo demo-2015 --bogus", "undo: unknown option '--bogus'; usage: "),
        BadInvocation("rate demo-2015 --bogus", "rate: unknown option '--bogus'; usage: "),
        BadInvocation("actions --bogus", "actions: unknown option '--bogus'; usage: "),
        BadInvocation("series --bogus", "series: unknown option '--bogus'; usage: "),
        BadInvocation("log demo-2015 --lst", "log: unknown option '--lst'; did you mean '--last'?"),
        BadInvocation("matrix demo-2015 --bogus", "matrix: unknown option '--bogus'; usage: "),
        BadInvocation("compare demo-2015 --bogus", "compare: unknown option '--bogus'; usage: "),
        BadInvocation("export demo-2015 --xyzzy", "export: unknown option '--xyzzy'; usage: "),
        BadInvocation("shell --bogus", "shell: unknown option '--bogus'; usage: ", atPrompt: "already at the workshop prompt"),
        BadInvocation("--bogus", "unknown option '--bogus'; the options before a command are --root DIR", atPrompt: "unknown command '--bogus'; the commands are"),
    ]

    static let missingValue = [
        BadInvocation("check --color", "check: missing value for '--color <color>'; usage: "),
        BadInvocation("start stirling-2015 --as", "start: missing value for '--as <session>'; usage: "),
        BadInvocation("score demo-2015 drop-in academic 4 --group", "score: missing value for '--group <group>'; usage: "),
        BadInvocation("withdraw demo-2015 drop-in academic --group", "withdraw: missing value for '--group <group>'; usage: "),
        BadInvocation("add-activity demo-2015 new-act Title --stage", "add-activity: missing value for '--stage <stage>'; usage: "),
        BadInvocation("actions --owner", "actions: missing value for '--owner <owner>'; usage: "),
        BadInvocation("review demo-2015 --note", "review: missing value for '--note <note>'; usage: "),
        BadInvocation("log demo-2015 --last", "log: missing value for '--last <last>'; usage: "),
        BadInvocation("matrix demo-2015 --statistic", "matrix: missing value for '--statistic <statistic>'; usage: "),
        BadInvocation("summary demo-2015 --weight", "summary: missing value for '--weight <persona=weight>'; usage: "),
        BadInvocation("export demo-2015 --output", "export: missing value for '--output <output>'; usage: "),
    ]

    static let invalidValue = [
        BadInvocation("log demo-2015 --last x", "log: the value 'x' is invalid for '--last <last>'; usage: "),
        BadInvocation("summary demo-2015 --minimum x", "summary: the value 'x' is invalid for '--minimum <minimum>'; usage: "),
        BadInvocation("export demo-2015 --minimum x", "export: the value 'x' is invalid for '--minimum <minimum>'; usage: "),
    ]

    static let extraArguments = [
        BadInvocation("check extra", "check: unexpected argument 'extra'; usage: "),
        BadInvocation("start stirling-2015 extra", "start: unexpected argument 'extra'; usage: "),
        BadInvocation("open demo-2015 extra", "open: unexpected argument 'extra'; usage: "),
        BadInvocation("withdraw demo-2015 drop-in academic extra", "withdraw: unexpected argument 'extra'; usage: "),
        BadInvocation("undo demo-2015 extra", "undo: unexpected argument 'extra'; usage: "),
        BadInvocation("redo demo-2015 extra", "redo: unexpected argument 'extra'; usage: "),
        BadInvocation("add-activity demo-2015 new-act Title extra", "add-activity: unexpected argument 'extra'; usage: "),
        BadInvocation("add-group demo-2015 table-9 extra", "add-group: unexpected argument 'extra'; usage: "),
        BadInvocation("close demo-2015 extra", "close: unexpected argument 'extra'; usage: "),
        BadInvocation("rate demo-2015 academic table-1 extra", "rate: unexpected argument 'extra'; usage: "),
        BadInvocation("actions demo-2015 extra", "actions: unexpected argument 'extra'; usage: "),
        BadInvocation("review demo-2015 1 done extra", "review: unexpected argument 'extra'; usage: "),
        BadInvocation("series engaging-schools extra", "series: unexpected argument 'extra'; usage: "),
        BadInvocation("log demo-2015 extra", "log: unexpected argument 'extra'; usage: "),
        BadInvocation("status demo-2015 extra", "status: unexpected argument 'extra'; usage: "),
        BadInvocation("matrix demo-2015 extra", "matrix: unexpected argument 'extra'; usage: "),
        BadInvocation("summary demo-2015 extra", "summary: unexpected argument 'extra'; usage: "),
        BadInvocation("compare demo-2015 demo-2016 extra", "compare: unexpected argument 'extra'; usage: "),
        BadInvocation("trend engaging-schools extra", "trend: unexpected argument 'extra'; usage: "),
        BadInvocation("export demo-2015 extra", "export: unexpected argument 'extra'; usage: "),
        BadInvocation("run script.txt extra", "run: unexpected argument 'extra'; usage: ", atPrompt: "run a script from the shell"),
        BadInvocation("shell extra", "shell: unexpected argument 'extra'; usage: ", atPrompt: "already at the workshop prompt"),
    ]

    static let badChoice = [
        BadInvocation("check --color purple", "check: the value 'purple' is invalid for '--color <color>'; use one of: auto, always, never"),
        BadInvocation("matrix demo-2015 --statistic mode", "matrix: the value 'mode' is invalid for '--statistic <statistic>'; use one of: "),
        BadInvocation("summary demo-2015 --format pdf", "summary: the value 'pdf' is invalid for '--format <format>'; use one of: "),
        BadInvocation("compare demo-2015 --format pdf", "compare: the value 'pdf' is invalid for '--format <format>'; use one of: "),
        BadInvocation("trend engaging-schools --format pdf", "trend: the value 'pdf' is invalid for '--format <format>'; use one of: "),
        BadInvocation("export demo-2015 --format pdf", "export: the value 'pdf' is invalid for '--format <format>'; use one of: "),
        BadInvocation("export demo-2015 --shape wide", "export: the value 'wide' is invalid for '--shape <shape>'; use one of: "),
    ]

    /// The cases the hostile-input issue names, and our own range messages.
    static let named = [
        BadInvocation("weight demo-2015 academic -1", "weight: got '-1'; give one number of at least 0"),
        BadInvocation("log demo-2015 --last -5", "log --last -5: give a number of records of at least 1"),
        BadInvocation("summary demo-2015 --minimum -1", "--minimum must be at least 1"),
        BadInvocation("summary demo-2015 --weight academic=-1", "--weight 'academic=-1': give a weight of at least 0"),
        BadInvocation("help frobnicate", "unknown command 'frobnicate'; the commands are init, check, start, "),
        BadInvocation("help score extra", "help: unexpected 'extra'; name one command: "),
        BadInvocation("--version xyz", "--version stands alone; run 'workshop --version' at the shell",
                      atPrompt: "unknown command '--version'"),
        BadInvocation("check --version", "--version stands alone; run 'workshop --version' at the shell"),
        BadInvocation("note demo-2015 upgrade to --version 2", "--version stands alone; run 'workshop --version' at the shell"),
    ]
}
