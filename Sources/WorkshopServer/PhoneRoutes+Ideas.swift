import Foundation
import Hummingbird
import WorkshopKit

/// `POST /g/TOKEN/ideas` (a new idea), `/ideas/ID` (its new wording), `/ideas/ID/withdraw`: a
/// table's own ideas, checked, queued for the group commit and acknowledged once synced, as answers
/// are. JSON in and out for the page's script; a plain form is sent back to the page.
extension PhoneRoutes {
    /// What a saved idea change answers with; nil fields are left out.
    struct IdeaSaved: Encodable {
        var saved = true
        var duplicate: Bool
        var idea: String?
        var number: Int?
        var remaining: Int?
    }

    func newIdea(_ request: Request, _ context: RoomContext) async throws -> Response {
        try await write(request, context, done: "added") { form, group in
            let persona = room.persona(of: group) ?? form.persona.flatMap { room.gate.rules.plan.personas.contains($0) ? $0 : nil }
            return (try form.newIdea(group: group, persona: persona, rules: room.gate.rules, secret: room.tokens.facilitator),
                    "i-" + (form.prompt ?? ""))
        } reply: { submission, duplicate in
            let id = submission.recordID
            let number = room.gate.exclusive { $0.state.ideaWall.idea(id)?.number }
            return IdeaSaved(duplicate: duplicate, idea: RecordID.format(id), number: number)
        }
    }

    func editIdea(_ request: Request, _ context: RoomContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        return try await write(request, context, done: "edited") { form, group in
            let idea = try IdeaForm.owned(id, by: group, in: room.gate.state.ideaWall)
            return (try form.edit(idea, group: group, rules: room.gate.rules, secret: room.tokens.facilitator), "i-" + idea.prompt)
        } reply: { _, duplicate in
            IdeaSaved(duplicate: duplicate, idea: id)
        }
    }

    func withdrawIdea(_ request: Request, _ context: RoomContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        return try await write(request, context, done: "withdrawn") { form, group in
            let idea = try IdeaForm.owned(id, by: group, in: room.gate.state.ideaWall)
            return (try form.withdrawal(idea, group: group, rules: room.gate.rules, secret: room.tokens.facilitator),
                    "i-" + idea.prompt)
        } reply: { _, duplicate in
            IdeaSaved(duplicate: duplicate, idea: id)
        }
    }

    /// `POST /g/TOKEN/dots`: the table's dots on one item of the open vote, set to a count.
    func placeDots(_ request: Request, _ context: RoomContext) async throws -> Response {
        try await write(request, context, done: "dots") { form, group in
            (try form.dots(group: group, wall: room.gate.state.ideaWall, rules: room.gate.rules, secret: room.tokens.facilitator),
             "v-" + (form.prompt ?? ""))
        } reply: { submission, _ in
            guard case let .dots(group, prompt, _, _)? = submission.ideaChange else { return IdeaSaved(duplicate: false) }
            let remaining = room.gate.exclusive { $0.state.ideaWall.remaining(for: group, prompt: prompt) }
            return IdeaSaved(duplicate: false, remaining: remaining)
        }
    }

    /// The one path of every idea write: rate limit (shared with answers), the body (413 over the
    /// limit), the form, the checks `make` does, the writer; then JSON, or a redirect to the page at
    /// the anchor `make` names.
    private func write(
        _ request: Request, _ context: RoomContext, done: String,
        make: (IdeaForm, String) throws -> (Submission, anchor: String),
        reply: (Submission, Bool) -> IdeaSaved
    ) async throws -> Response {
        let admitted = try await admit(request, context, sending: "requests",
                                       tooLarge: "an idea is \(TextLimit.idea) characters at most")
        let (json, group, back, body) = (admitted.json, admitted.group, admitted.back, admitted.body)
        let form = try IdeaForm.decode(body, json: request.sendsJSON).mapError { $0.replying(json, back: back) }.get()
        let submission: Submission, anchor: String
        do {
            (submission, anchor) = try make(form, group)
        } catch let refusal as RoomRefusal {
            throw refusal.replying(json, back: back)
        }
        let acknowledgement = await room.commit.submit(submission)
        try admitted.check(acknowledgement)
        guard json else {
            let persona = form.persona.flatMap { room.gate.rules.plan.personas.contains($0) ? "persona=\($0)&" : nil } ?? ""
            return Reply.redirect("\(back)?\(persona)ideas=\(done)#\(anchor)")
        }
        var saved = reply(submission, acknowledgement == .duplicate)
        saved.duplicate = acknowledgement == .duplicate
        return Reply.body(.ok, type: "application/json", String(decoding: try JSONEncoder().encode(saved), as: UTF8.self))
    }
}
