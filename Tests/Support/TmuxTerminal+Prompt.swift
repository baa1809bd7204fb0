/// The prompt as the terminal tests start it: on a copy of the example, history kept in the copy,
/// changes made by 'anna', and a session opened when one is named.
extension TmuxTerminal {
    public static func prompt(on copy: ExampleCopy, opening session: String? = nil) throws -> TmuxTerminal {
        let terminal = try TmuxTerminal(["--root", copy.path], environment: [
            "WORKSHOP_HISTORY": copy.path + "/history", "WORKSHOP_FACILITATOR": "anna", "HOME": copy.path,
        ])
        try terminal.waitFor("workshop> ")
        if let session { try terminal.type("open \(session)") }
        return terminal
    }

    /// Types `line` and presses Enter.
    public func type(_ line: String) throws {
        try send(line)
        try press("Enter")
    }
}
