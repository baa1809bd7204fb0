import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// The rating page plays the persona and says what the scale means: the persona card, a reminder
/// with each activity, the legend, each button's words and accessible name, the palette's tones.
struct PersonaCardTests {
    /// The fixture's state on another scale (the page reads only the plan's scale from it).
    static func state(on scale: Scale) throws -> SessionState {
        var state = try RoomFixture().state
        state.plan.scale = scale
        return state
    }

    static let agreement = Scale.builtin(named: "agreement")!
    static let rag = Scale.builtin(named: "rag")!
    static var ends: Scale {
        var scale = Scale.builtin(named: "1-5")!
        scale.low = "Not useful"
        scale.high = "Very useful"
        return scale
    }

    @Test func pagesWithTheCardMatchTheirGoldenTrees() throws {
        try RoomPageGoldenTests.compare([
            ("phone-persona-agreement", PhonePage(state: try Self.state(on: Self.agreement), group: "table-1", token: "tok1",
                                                  persona: "phd-candidate").html()),
            ("phone-persona-rag", PhonePage(state: try Self.state(on: Self.rag), group: "table-2", token: "tok2",
                                            persona: "academic").html()),
            ("phone-persona-ends", PhonePage(state: try Self.state(on: Self.ends), group: "table-3", token: "tok3",
                                             persona: "undergraduate").html()),
        ])
    }

    @Test func theCardShowsThePersonaFromItsFile() throws {
        let state = try Self.state(on: Self.agreement)
        let persona = try #require(state.personas.first { $0.id == "phd-candidate" })
        let html = PhonePage(state: state, group: "table-1", token: "tok1", persona: "phd-candidate").html()
        #expect(html.contains("<details class=\"persona\" id=\"persona\" open"))
        #expect(html.contains("data-remember=\"persona-card:table-1\""))
        for text in [persona.name] + persona.needs + persona.pains {
            #expect(html.contains(text), "\(text)")
        }
        #expect(html.contains("What gets in the way") && html.contains("What they need"))
        let reminders = html.components(separatedBy: "class=\"reminder\"").count - 1
        #expect(reminders == state.activeActivities.count)
        #expect(html.contains("/assets/persona.js") && html.contains("/assets/palette.css"))
    }

    struct Named: Sendable, CustomTestStringConvertible {
        var scale: String
        var names: [String]
        var testDescription: String { scale }
    }

    @Test(arguments: [
        Named(scale: "agreement", names: ["1, Strongly disagree", "2, Disagree", "3, Neither agree nor disagree", "4, Agree",
                                          "5, Strongly agree"]),
        Named(scale: "rag", names: ["r, Red", "a, Amber", "g, Green"]),
        Named(scale: "ends", names: ["1, Not useful", "2", "3", "4", "5, Very useful"]),
        Named(scale: "1-3", names: ["1, lowest", "2", "3, highest"]),
    ])
    func eachButtonIsNamedByItsKeyAndMeaning(_ named: Named) throws {
        let scale = named.scale == "ends" ? Self.ends : try #require(Scale.builtin(named: named.scale))
        #expect(scale.levels.indices.map { ScaleLegend.accessibleName(scale, level: $0) } == named.names)
        let buttons = AnswerButtons(scale: scale, answered: nil).nodes.map { $0.render() }
        #expect(buttons.count == scale.levels.count + 1)
        for (button, name) in zip(buttons, named.names) { #expect(button.contains("aria-label=\"\(name)\"")) }
        #expect(buttons.last?.contains("aria-label=\"Unsure, we cannot say for this persona\"") == true)
    }

    @Test func buttonsAndLegendCarryTheirPaletteTones() throws {
        let rag = AnswerButtons(scale: Self.rag, answered: .level(1)).nodes.map { $0.render() }
        #expect(rag[0].contains("data-palette=\"traffic\"") && rag[0].contains("data-tone=\"0\""))
        #expect(rag[1].contains("class=\"chosen\"") && rag[1].contains("data-tone=\"1\""))
        #expect(rag[2].contains("data-tone=\"2\"") && rag[2].contains("name=\"answer\" value=\"g\""))
        #expect(!rag[3].contains("data-tone"), "unsure has no tone")
        let legend = ScaleLegend(scale: Self.agreement).node.render()
        #expect(legend.components(separatedBy: "data-palette=\"diverging\"").count - 1 == 5)
        #expect(legend.contains("Unsure") && legend.contains("left out of the median"))
        let nominal = Scale.labelled("channel", [("e", "Email"), ("m", "Meeting")], ordered: false)
        #expect(!ScaleLegend(scale: nominal).node.render().contains("data-tone"))
    }

    @Test func aNumericLegendShowsItsEndsInThePlansWords() throws {
        let legend = ScaleLegend(scale: Self.ends).node.render()
        #expect(legend.contains("Not useful") && legend.contains("Very useful"))
        #expect(legend.contains("and every whole number in between"))
        #expect(legend.components(separatedBy: "<li").count - 1 == 2)
        let plain = ScaleLegend(scale: try #require(Scale.builtin(named: "0-10"))).node.render()
        #expect(plain.contains("lowest") && plain.contains("highest"))
    }
}
