import Hummingbird

/// `HEAD` answered as `GET` would be (the pages register both), without the body but with its
/// length: a link checker's, a chat app's preview's or a proxy's probe. Before, a join link answered
/// 403 and an asset 404.
struct HeadAsGet: RouterMiddleware {
    typealias Context = RoomContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.method == .head else { return response }
        let length = response.body.contentLength
        response.body = ResponseBody()
        if let length { response.headers[.contentLength] = String(length) }
        return response
    }
}
