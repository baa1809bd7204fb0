import WorkshopModel
import WorkshopSession

/// The rule for the other copy's groups: a decision kept in ours from an earlier merge of that copy
/// is applied again, a different one is refused, and a new one is kept for next time.
extension PairMerge {
    /// The last rule ours holds for the other copy (recognised by its start record), else the one
    /// the records both hold show (`inferredRule`). A rule naming ours' own start is passed over: the
    /// merge kept that copy's start record, so every later copy of this journal has it too, and is
    /// not that copy (that copy itself still shows its renaming in the records both hold).
    func recordedRule() -> MergeRule? {
        var found: MergeRule?
        for line in lines where line.kind == .mergeRule && line.origin != .theirs {
            guard let rule = MergeRule(line: Array(buffers[line.source][line.range]), id: line.id),
                  rule.other == theirs.start.id, rule.other != ours.start.id
            else { continue }
            found = rule
        }
        return found ?? inferredRule
    }

    /// The policy this merge applies: the one given, or the recorded one when none is given. A given
    /// one that differs from the recorded one would name some of the copy's groups one way and the
    /// rest another: refused.
    static func decide(given: GroupPolicy, recorded: MergeRule?, path: String) throws(MergeRefusal) -> GroupPolicy {
        guard let recorded else { return given }
        if given == .ask || given == recorded.policy { return recorded.policy }
        throw .contradictsRule(
            path: path, recorded: MergeRule.words(recorded.policy), given: MergeRule.words(given),
            record: recorded.isKept ? recorded.id : nil)
    }

    /// Writes `rule` after every other line, as late as the latest of them (no clock: the same merge
    /// made twice writes the same record).
    mutating func keep(_ rule: MergeRule) {
        let at = lines.reduce(max(ours.start.at, theirs.start.at)) { max($0, $1.at) }
        let bytes = rule.line(at: at, by: by)
        let start = buffers[Self.written].count
        buffers[Self.written] += bytes
        var line = MergeLine(source: Self.written, range: start..<(start + bytes.count), at: at, id: rule.id, kind: .mergeRule)
        line.origin = .merge
        lines.append(line)
        report.recordedRules = [.init(path: theirs.path, rule: MergeRule.words(rule.policy))]
    }
}
