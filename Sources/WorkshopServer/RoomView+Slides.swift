import WorkshopKit

/// What the projector's slides need beyond the matrix: the legend of a scale shown by its keys,
/// one activity's answers per persona (`ActivityDetail`), and the summary's highlights. Built only
/// for the slide on show, so a room showing its matrix pays nothing for the others; while results
/// are hidden the detail carries counts of answers only and there are no highlights.
extension RoomView {
    public struct Legend: Encodable, Sendable {
        var key: String
        var label: String
        var tone: Int?
    }

    /// One activity on a slide of its own.
    public struct ActivityDetail: Encodable, Sendable {
        var id: String
        var code: String
        var title: String
        var description: String?
        /// The scale's levels, lowest first (with `Legend`'s tones), then "Unsure".
        var levels: [Legend]
        var personas: [PersonaAnswers]
        /// The facilitator's and phones' notes on the activity; empty while results are hidden.
        var notes: [String]
    }

    public struct PersonaAnswers: Encodable, Sendable {
        var name: String
        var code: String
        /// Answers per level, in `levels`' order, unsure last; nil while results are hidden.
        var counts: [Int]?
        var figure: Figure
    }

    /// A level as the matrix prints it: a number as it is, a short key upper-cased (R, A, G).
    static func shown(_ level: Scale.Level) -> String {
        level.key.count <= 2 && level.key.allSatisfy(\.isLetter) ? level.key.uppercased() : level.key
    }

    /// Key and label per level, for a scale whose figures are printed as keys (not a numeric range).
    static func legend(_ scale: Scale) -> [Legend] {
        guard scale.measurement != .interval else { return [] }
        return scale.levels.indices.map { index in
            Legend(key: shown(scale.levels[index]), label: scale.levels[index].label,
                   tone: ScalePalette.tone(level: index, on: scale))
        }
    }

    /// This view with `slide` on show and what that slide needs.
    func focused(on slide: ProjectorSlide, state: SessionState) -> RoomView {
        var view = self
        view.slide = slide.id
        switch slide {
        case let .activity(id):
            view.detail = detail(of: id, state: state)
        case .highlights where !hidden:
            // In the plan's language: the view is one for every screen, whatever each one's switch says.
            view.highlights = SessionSummary(state: state, options: SummaryOptions(intervals: false))
                .highlights(in: ReportLanguage(nil, plan: state.plan.language))
        default:
            break
        }
        return view
    }

    private func detail(of id: String, state: SessionState) -> ActivityDetail? {
        guard let row = activities.firstIndex(where: { $0.id == id }),
              let activity = state.activeActivities.first(where: { $0.id == id }) else { return nil }
        let scale = state.plan.scale
        var counts: [String: [Int]] = [:]
        for (cell, answer) in state.currentAnswers where cell.activity == id {
            var tally = counts[cell.persona] ?? Array(repeating: 0, count: scale.levels.count + 1)
            switch answer {
            case let .level(index) where index < scale.levels.count: tally[index] += 1
            default: tally[scale.levels.count] += 1
            }
            counts[cell.persona] = tally
        }
        let levels = scale.levels.indices.map {
            Legend(key: Self.shown(scale.levels[$0]), label: scale.levels[$0].label, tone: ScalePalette.tone(level: $0, on: scale))
        } + [Legend(key: "?", label: "Unsure")]
        let answers = personas.indices.map { column in
            PersonaAnswers(name: personas[column].name, code: personas[column].code,
                           counts: hidden ? nil : counts[personas[column].id] ?? Array(repeating: 0, count: levels.count),
                           figure: cells[row][column])
        }
        let notes = hidden ? [] : state.activeNotes.filter { $0.activity == id }.map(\.text)
        return ActivityDetail(id: id, code: activities[row].code, title: activity.title,
                              description: activity.description.isEmpty ? nil : activity.description,
                              levels: levels, personas: answers, notes: notes)
    }
}
