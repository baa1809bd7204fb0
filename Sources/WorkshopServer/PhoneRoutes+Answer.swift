import Foundation
import Hummingbird
import WorkshopKit

/// `POST /g/TOKEN/answers`: a phone's answer, its note, or both, checked, queued for the group
/// commit, acknowledged once synced. JSON in and out for the page's script; a plain form gets a redirect back to the
/// page (or a page with the reason), so it works with JavaScript off.
extension PhoneRoutes {
    struct Saved: Encodable {
        var saved = true
        var duplicate: Bool
        var activity: String
        /// The answer as the scale shows it; nil for a note sent on its own.
        var answer: String?
        var noted: Bool
    }

    /// 507: the laptop's disk refused the write (WebDAV's status, the one HTTP has for it).
    static let insufficientStorage = HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage")

    func answer(_ request: Request, _ context: RoomContext) async throws -> Response {
        let admitted = try await admit(request, context, sending: "answers", tooLarge: "shorten the note")
        let (json, group, back, body) = (admitted.json, admitted.group, admitted.back, admitted.body)
        let form = try AnswerForm.decode(body, json: request.sendsJSON).mapError { $0.replying(json, back: back) }.get()
        let rules = room.gate.rules
        let submission = try form.submission(group: group, assigned: room.persona(of: group), rules: rules,
                                             secret: room.tokens.facilitator).mapError { $0.replying(json, back: back) }.get()
        let acknowledgement = await room.commit.submit(submission)
        try admitted.check(acknowledgement)
        guard json else {
            let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
            let persona = submission.cell.persona.addingPercentEncoding(withAllowedCharacters: plain) ?? ""
            let activity = form.activity.addingPercentEncoding(withAllowedCharacters: plain) ?? ""
            let anchor = activity + (submission.cell.criterion.map { "-" + ($0.addingPercentEncoding(withAllowedCharacters: plain) ?? "") } ?? "")
            let what = submission.answer == nil ? "&noted=1" : ""
            return Reply.redirect("\(back)?persona=\(persona)&saved=\(activity)\(what)#a-\(anchor)")
        }
        let saved = Saved(duplicate: acknowledgement == .duplicate, activity: form.activity,
                          answer: submission.answer?.display(on: rules.plan.scale), noted: submission.note != nil)
        return Reply.body(.ok, type: "application/json", String(decoding: try JSONEncoder().encode(saved), as: UTF8.self))
    }
}
