import Foundation
import WorkshopKit

/// The slide the room shows, kept in memory: every screen on `/f/TOKEN` (a second projector, a
/// reload) shows the same one, since it rides in the view the event stream sends. A restart of
/// `serve` starts again at the matrix.
/// `@unchecked Sendable`: `current` and `page` are touched only with `lock` held.
final class SlideSelection: @unchecked Sendable {
    private let lock = NSLock()
    private var current = ProjectorSlide.matrix
    private var page = 0

    var shown: (slide: ProjectorSlide, page: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (current, page)
    }

    func show(_ slide: ProjectorSlide, page: Int) {
        lock.lock()
        current = slide
        self.page = max(0, page)
        lock.unlock()
    }
}

extension LiveRoom {
    /// The room's view focused on `slide` (the room's own when nil), with its matrix page.
    func view(showing slide: ProjectorSlide?) -> RoomView {
        let state = gate.state
        let (current, page) = slides.shown
        var view = RoomView(state: state, assignments: assignments, hideUntilComplete: hideResults)
            .focused(on: slide ?? current, state: state)
        view.page = page
        return view
    }

    /// The slide an id names in this session (the activities in force), or nil.
    func slide(named id: String) -> ProjectorSlide? {
        ProjectorSlide(id: id, activities: gate.state.activeActivities.map(\.id))
    }

    /// Every screen moves to `slide`.
    func show(_ slide: ProjectorSlide, page: Int = 0) {
        slides.show(slide, page: page)
        // The projectors' change alone: a phone's stream shows nothing of the slide on show.
        broadcast.changed(groups: [String]())
    }
}
