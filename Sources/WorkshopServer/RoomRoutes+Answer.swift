import Foundation
import Hummingbird
import WorkshopKit

/// `POST /g/TOKEN/answers`: a phone's answer, its note, or both, checked, queued for the group
/// commit, acknowledged once synced. JSON in and out for the page's script; a plain form gets a redirect back to the
/// page (or a page with the reason), so it works with JavaScript off.
extension LiveRoom {
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
        let sentJSON = request.headers[.contentType]?.hasPrefix("application/json") ?? false
        let json = sentJSON || (request.headers[.accept]?.contains("application/json") ?? false)
        guard let token = context.parameters.get("token"), let group = group(for: token) else {
            return Reply.refusal(.forbidden, json: json)
        }
        let back = "/g/\(token)"
        if let wait = limiter.wait(for: token) {
            let refusal = RoomRefusal(status: .tooManyRequests,
                                      reason: "too many answers from this table at once; wait \(wait) s and tap again")
            return Reply.refusal(refusal, json: json, back: back, retryAfter: wait)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBody)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            let refusal = RoomRefusal(status: .contentTooLarge,
                                      reason: "the answer is larger than \(Self.maxBody / 1024) KiB; shorten the note")
            return Reply.refusal(refusal, json: json, back: back)
        }
        let form: AnswerForm
        switch AnswerForm.decode(body, json: sentJSON) {
        case let .success(decoded): form = decoded
        case let .failure(refusal): return Reply.refusal(refusal, json: json, back: back)
        }
        let rules = gate.rules
        let submission: Submission
        switch form.submission(group: group, assigned: persona(of: group), rules: rules, secret: tokens.facilitator) {
        case let .success(checked): submission = checked
        case let .failure(refusal): return Reply.refusal(refusal, json: json, back: back)
        }
        let acknowledgement = await commit.submit(submission)
        switch acknowledgement {
        case let .refused(reason):
            return Reply.refusal(RoomRefusal(status: .conflict, reason: reason), json: json, back: back)
        case let .unwritable(reason):
            return Reply.refusal(RoomRefusal(status: Self.insufficientStorage, reason: reason), json: json, back: back)
        case .saved, .duplicate:
            break
        }
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
