/// The files the pages load, compiled into the binary from `Assets/` (the EmbedAssets build
/// plugin): the room needs no network beyond the laptop, and nothing outside this table can be
/// asked for (no path reaches the disk). Each concern keeps its own stylesheet and script
/// (`room.css` the frame, `phone.css` a table's page, `projector.css` the projector...).
enum Assets {
    static func file(_ name: Substring) -> (type: String, body: String)? {
        guard let body = EmbeddedAssets.byName[String(name)] else { return nil }
        if name.hasSuffix(".css") { return ("text/css; charset=utf-8", body.description) }
        if name.hasSuffix(".js") { return ("text/javascript; charset=utf-8", body.description) }
        return nil
    }
}
