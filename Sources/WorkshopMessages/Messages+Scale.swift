extension Messages {
    /// A built-in scale's label in this language (`scale.rag.a`, "Ambr"), or nil when the scale or
    /// the label is the plan's own (its text, not ours). `english` is the label the journal holds.
    public func builtinLabel(scale: String, key: String, english: String) -> String? {
        let id = "scale.\(scale).\(key)"
        guard Catalogues.english.messages[id] == .text(english) else { return nil }
        return self[id]
    }
}
