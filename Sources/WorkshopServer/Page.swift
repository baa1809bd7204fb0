import WorkshopKit

/// The frame every room page shares: phone-sized, one stylesheet and at most one script, both
/// served by the binary (the Content-Security-Policy allows nothing else).
enum Page {
    static func wrap(title: String, body: String, script: String?, refresh: Int? = nil) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/room.css">
        \(refresh.map { "<noscript><meta http-equiv=\"refresh\" content=\"\($0)\"></noscript>" } ?? "")
        \(script.map { "<script src=\"/assets/\($0)\" defer></script>" } ?? "")
        </head><body>
        \(body)
        </body></html>
        """
    }

    /// A page with one line on it: an error a plain form post lands on, or the room's front door.
    static func message(_ title: String, _ line: String, back: String? = nil) -> String {
        wrap(title: title, body: "<main class=\"message\"><h1>\(HTMLText.escape(title))</h1><p>\(HTMLText.escape(line))</p>"
            + (back.map { "<p><a href=\"\(HTMLText.escape($0))\">Back</a></p>" } ?? "") + "</main>", script: nil)
    }
}
