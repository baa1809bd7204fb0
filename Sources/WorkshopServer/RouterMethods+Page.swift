import Hummingbird

extension RouterMethods where Context == RoomContext {
    /// A page: `GET`, and `HEAD` answered the same way (`HeadAsGet` drops the body).
    func page(_ path: RouterPath = "", _ handler: @escaping @Sendable (Request, RoomContext) async throws -> Response) {
        get(path, use: handler)
        head(path, use: handler)
    }
}
