/// Where a journal line stops being UTF-8. The journal is UTF-8 throughout; a line that is not is
/// damaged, and the byte is named so it can be found in an editor.
package enum UTF8Check {
    /// The column (1-based, in bytes) where the first invalid UTF-8 sequence starts, or nil when the
    /// whole line is valid: overlong forms, surrogates and values past U+10FFFF are all invalid.
    package static func firstInvalidColumn(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset + 1
            }
        }
    }
}
