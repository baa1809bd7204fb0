import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The language of each request, through the routes: the switch (`?lang=`) and the cookie it
/// sets, `Accept-Language` only when the plan offers several, `lang` and `dir` on the page and on
/// the plan's own text, right to left for an Arabic plan, and a refusal in the phone's language.
struct RoomLanguageRoutesTests {
    static func cookie(_ response: TestResponse) -> String? {
        response.headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) }
    }

    @Test func theSwitchSetsACookieThatLaterPagesKeep() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            let cookie = try await client.execute(uri: "/g/\(token)?lang=cy", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<html lang=\"cy\" dir=\"ltr\">"))
                #expect(response.text.contains("Sut i ateb"), "the legend's heading in Welsh")
                #expect(!response.text.contains("How to answer"))
                #expect(response.headers[.vary] == "Cookie, Accept-Language")
                let header = response.headers[.setCookie] ?? ""
                #expect(header.contains("lang=cy") && header.contains("Path=/") && header.contains("SameSite=Strict"))
                return Self.cookie(response) ?? ""
            }
            try await client.execute(uri: "/g/\(token)", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.text.contains("<html lang=\"cy\""), "the cookie keeps Welsh")
                #expect(response.text.contains("<nav class=\"languages\" aria-label=\"Iaith\">"))
                #expect(response.text.contains("lang=\"cy\" hreflang=\"cy\" aria-current=\"true\">Cymraeg</a>"))
                #expect(response.text.contains("lang=\"en\" hreflang=\"en\">English</a>"))
                // The plan is English: its text says so where the page is Welsh.
                #expect(response.text.contains("<h1 lang=\"en\">Engaging Schools - what works for whom</h1>"))
                #expect(response.text.contains("aria-label=\"Bring-a-friend appointments: 4\""), "a button's name says what it answers")
            }
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.text.contains("<html lang=\"en\" dir=\"ltr\">"), "no cookie: the plan's language")
                #expect(response.text.contains("<h1>Engaging Schools"), "no lang where the page is the plan's")
            }
        }
    }

    /// A hostile or unknown `?lang=` or cookie is ignored: the plan's language, no cookie set,
    /// nothing of the value reflected in a header or the page.
    @Test func aBadLanguageIsIgnoredAndNeverReflected() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            for asked in ["%3Cscript%3E", "cy%0d%0aSet-Cookie:x=1", "xx", "c"] {
                try await client.execute(uri: "/g/\(token)?lang=\(asked)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<html lang=\"en\" dir=\"ltr\">"), "\(asked): the plan's language")
                    #expect(response.headers[.setCookie] == nil, "\(asked): no cookie set")
                    #expect(!response.text.contains("<script>") && !response.text.contains("x=1"))
                }
            }
            try await client.execute(uri: "/g/\(token)", method: .get, headers: [.cookie: "lang=<b>zz</b>"]) { response in
                #expect(response.status == .ok && response.text.contains("<html lang=\"en\""))
                #expect(!response.text.contains("<b>zz"))
            }
        }
    }

    @Test func acceptLanguageChoosesOnlyWhenThePlanOffersSeveral() async throws {
        let several = try await RoomUnderTest(planLines: ["languages: [en, cy]"])
        let token = several.token()
        try await several.test { client in
            try await client.execute(uri: "/g/\(token)", method: .get, headers: [.acceptLanguage: "cy-GB,cy;q=0.9,en;q=0.5"]) { response in
                #expect(response.text.contains("<html lang=\"cy\""))
            }
            try await client.execute(uri: "/g/\(token)", method: .get, headers: [.acceptLanguage: "de"]) { response in
                #expect(response.text.contains("<html lang=\"en\""), "German is not offered: the plan's language")
            }
        }
        let one = try await RoomUnderTest()
        let other = one.token()
        try await one.test { client in
            try await client.execute(uri: "/g/\(other)", method: .get, headers: [.acceptLanguage: "cy"]) { response in
                #expect(response.text.contains("<html lang=\"en\""), "one language: the browser does not choose")
            }
        }
    }

    @Test func anArabicPlanIsLaidOutRightToLeft() async throws {
        let room = try await RoomUnderTest(planLines: ["language: ar"])
        let (token, facilitator) = (room.token(), room.facilitator)
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.text.contains("<html lang=\"en\" dir=\"rtl\">"), "no Arabic catalogue: English words, the plan's direction")
                #expect(response.text.contains("<h1 lang=\"ar\">"))
            }
            try await client.execute(uri: "/f/\(facilitator)", method: .get) { response in
                #expect(response.text.contains("dir=\"rtl\""))
            }
        }
    }

    @Test func aRefusalIsInThePhonesLanguage() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            let cookie: HTTPFields = [.cookie: "lang=cy"]
            var headers = Headers.json
            headers[.cookie] = "lang=cy"
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: headers,
                                     body: ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","note":"","key":"k1"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(response.json["error"] as? String == Messages("cy")["room.refusal.nothing"])
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "lang=cy"],
                                     body: ByteBuffer(string: "activity=drop-in&persona=academic&key=k2")) { response in
                #expect(response.text.contains("<title>Heb ei gadw</title>"))
                #expect(response.text.contains("dim i’w gadw"))
                #expect(response.text.contains(">Yn ôl</a>"))
            }
            try await client.execute(uri: "/g/not-a-token", method: .get, headers: cookie) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("nid yw’r ddolen hon"))
            }
        }
    }

    @Test func theProjectorSpeaksTheSwitchedLanguage() async throws {
        let room = try await RoomUnderTest()
        let facilitator = room.facilitator
        try await room.test { client in
            try await client.execute(uri: "/f/\(facilitator)?lang=cy", method: .get) { response in
                #expect(response.text.contains("<html lang=\"cy\""))
                #expect(response.text.contains("Dangos y canlyniadau nawr") || response.text.contains("Cuddio’r canlyniadau"))
                #expect(response.text.contains("<meta name=\"workshop-words\""))
            }
        }
    }
}
