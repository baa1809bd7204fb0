import Foundation
import WorkshopHTML
import WorkshopKit

/// One slide as the projector's `main` holds it, with the links that step the deck: the same node
/// in the page and in `GET /f/TOKEN/slide`, which `slides.js` fetches to redraw. Its root carries
/// the slide's id and its neighbours', which the arrow keys follow. The links are plain (`?slide=`),
/// so with JavaScript off each slide is a page of its own.
struct SlideBody {
    var view: RoomView
    var token: String
    var still = false

    var slide: ProjectorSlide {
        ProjectorSlide(id: view.slide, activities: view.activities.map(\.id)) ?? .matrix
    }

    var deck: [ProjectorSlide] {
        ProjectorSlide.deck(activities: view.activities.map(\.id), ideas: view.asksIdeas || !view.ideas.isEmpty)
    }

    var node: Node {
        let (previous, next) = slide.neighbours(in: deck)
        return element("section", ["class": "slide-body", "id": "slide-body", "data-slide": slide.id,
                                   "data-prev": previous?.id, "data-next": next?.id, "data-page": String(view.page),
                                   "aria-label": chapter(of: slide)]) {
            element("nav", ["class": "steps", "aria-label": "Slides"]) {
                element("ul") {
                    step(previous, "← Previous", rel: "prev")
                    for (target, name) in chapters {
                        element("li") {
                            element("a", ["href": link(target), "aria-current": chapter(of: slide) == name ? "page" : nil]) { name }
                        }
                    }
                    step(next, "Next →", rel: "next")
                    element("li") { element("a", ["href": "/f/\(token)/cards"]) { "Join cards" } }
                }
            }
            content
        }
    }

    /// The deck's chapters: the first slide of each (the activities start at the first).
    private var chapters: [(ProjectorSlide, String)] {
        deck.reduce(into: []) { found, target in
            let name = chapter(of: target)
            if !found.contains(where: { $0.1 == name }) { found.append((target, name)) }
        }
    }

    private func chapter(of slide: ProjectorSlide) -> String {
        switch slide {
        case .matrix: return "Matrix"
        case .activity: return "Activities"
        case .coverage: return "Coverage"
        case .highlights: return "Highlights"
        case .ideas: return "Ideas"
        }
    }

    /// A step to the previous or next slide; none at either end of the deck.
    private func step(_ target: ProjectorSlide?, _ text: String, rel: String) -> Node? {
        target.map { target in element("li") { element("a", ["href": link(target), "rel": rel, "class": "step"]) { text } } }
    }

    func link(_ target: ProjectorSlide) -> String {
        "/f/\(token)?slide=\(target.id.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? target.id)"
            + (still ? "&still=1" : "")
    }

    @NodeBuilder private var content: [Node] {
        switch slide {
        case .matrix:
            SlideMatrix(view: view, link: link).node
        case .activity:
            SlideActivity(view: view).node
        case .coverage:
            SlideCoverage(view: view).board
        case .highlights:
            element("h2", ["id": "slide-title"]) { "Highlights" }
            highlights
        case .ideas:
            ProjectorWall(view: view, token: token, still: still).node ?? fragment {
                element("h2", ["id": "slide-title"]) { "Ideas" }
                element("p", ["class": "empty"]) { "No ideas yet." }
            }
        }
    }

    private var highlights: Node {
        if view.hidden { return element("p", ["class": "empty"]) { "Hidden until every table has answered." } }
        let sentences = view.highlights ?? []
        if sentences.isEmpty { return element("p", ["class": "empty"]) { "Nothing to say yet: too few answers for a finding." } }
        return element("ul", ["class": "highlights"]) { for sentence in sentences { element("li") { sentence } } }
    }
}
