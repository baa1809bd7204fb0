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
    var language: PageLanguage = .english

    private var m: Messages { language.messages }

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
            element("nav", ["class": "steps", "aria-label": m["room.slides.nav"]]) {
                element("ul") {
                    step(previous, m["room.slides.previous"], rel: "prev")
                    for (target, name) in chapters {
                        element("li") {
                            element("a", ["href": link(target), "aria-current": chapter(of: slide) == name ? "page" : nil]) { name }
                        }
                    }
                    step(next, m["room.slides.next"], rel: "next")
                    element("li") { element("a", ["href": "/f/\(token)/cards"]) { m["room.slides.join_cards"] } }
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
        case .matrix: return m["room.slides.matrix"]
        case .activity: return m["room.slides.activities"]
        case .coverage: return m["room.slides.coverage"]
        case .highlights: return m["room.slides.highlights"]
        case .ideas: return m["room.slides.ideas"]
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
            SlideMatrix(view: view, link: link, language: language).node
        case .activity:
            SlideActivity(view: view, language: language).node
        case .coverage:
            SlideCoverage(view: view, language: language).board
        case .highlights:
            element("h2", ["id": "slide-title"]) { m["room.slides.highlights"] }
            highlights
        case .ideas:
            ProjectorWall(view: view, token: token, still: still, language: language).node ?? fragment {
                element("h2", ["id": "slide-title"]) { m["room.slides.ideas"] }
                element("p", ["class": "empty"]) { m["room.slides.no_ideas"] }
            }
        }
    }

    private var highlights: Node {
        if view.hidden { return element("p", ["class": "empty"]) { m["room.slides.hidden"] } }
        let sentences = view.highlights ?? []
        if sentences.isEmpty { return element("p", ["class": "empty"]) { m["room.slides.nothing"] } }
        // Worded in the plan's language (one view for every screen), so marked as such.
        let worded = Language.catalogue(for: language.plan) ?? "en"
        return element("ul", ["class": "highlights", "lang": worded == language.tag ? nil : worded]) {
            for sentence in sentences { element("li") { sentence } }
        }
    }
}
