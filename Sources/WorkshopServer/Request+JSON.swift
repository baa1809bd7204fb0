import Hummingbird

extension Request {
    /// Whether the body is JSON (the page's script) rather than a form.
    var sendsJSON: Bool { headers[.contentType]?.hasPrefix("application/json") ?? false }
}
