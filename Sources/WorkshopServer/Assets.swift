/// The files the pages load, compiled into the binary from `Assets/` (the EmbedAssets build
/// plugin): the room needs no network beyond the laptop, and nothing outside this table can be
/// asked for (no path reaches the disk).
enum Assets {
    static func file(_ name: Substring) -> (type: String, body: String)? {
        switch name {
        case "room.css": return ("text/css; charset=utf-8", EmbeddedAssets.roomCSS.description)
        case "phone.js": return ("text/javascript; charset=utf-8", EmbeddedAssets.phoneJS.description)
        case "projector.js": return ("text/javascript; charset=utf-8", EmbeddedAssets.projectorJS.description)
        default: return nil
        }
    }
}
