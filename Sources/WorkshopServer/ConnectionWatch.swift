import NIOCore

/// On each connection, after the HTTP decoder: tells `RoomConnections` when the connection opens
/// and closes, and closes it if no whole request head has arrived within
/// `RoomConnections.firstRequest` (an idle connection, or one trickling its head a byte at a time).
final class ConnectionWatch: ChannelInboundHandler, RemovableChannelHandler {
    /// Only passed on, never looked into: whatever the decoder hands up is a request's part.
    typealias InboundIn = Any
    private let connections: RoomConnections
    private var started = false
    private var deadline: Scheduled<Void>?

    init(_ connections: RoomConnections) {
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        connections.closed(ObjectIdentifier(context.channel))
        context.fireChannelInactive()
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        let channel = context.channel
        connections.opened(channel)
        deadline = context.eventLoop.scheduleTask(in: RoomConnections.firstRequest) { channel.close(promise: nil) }
    }
}
