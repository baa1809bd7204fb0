import WorkshopKit

/// Where an action from an idea came from, as `actions` writes it ("from %7"): the idea's number in
/// the session the action was agreed in, opened (read-only, once) when that is another meeting.
struct IdeaOrigins {
    var root: ProjectRoot
    private var walls: [String: IdeaWall] = [:]

    init(root: ProjectRoot, known: SessionState? = nil) {
        self.root = root
        if let known { walls[known.sessionID] = known.ideaWall }
    }

    /// "%7", or the idea's short id when its session cannot be read; nil for an action from no idea.
    mutating func label(of action: WorkshopKit.Action) -> String? {
        guard let id = action.idea else { return nil }
        if walls[action.agreedIn] == nil {
            walls[action.agreedIn] = (try? Session.open(action.agreedIn, root: root, writable: false))?.state.ideaWall ?? IdeaWall()
        }
        return walls[action.agreedIn]?.idea(id)?.label ?? SessionState.shortID(id)
    }
}
