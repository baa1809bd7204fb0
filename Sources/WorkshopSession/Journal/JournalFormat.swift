/// The journal's format version, written in every start record. Version 2 added the action, carry
/// and review records; version 3 the redact record, whose lines also carry `"format":"3"`; version 4
/// the batch record (`"format":"4"`) and the `batch` and `walk` marks on the lines of a row and a walk;
/// version 5 ideas, themes and dot votes (`idea`, `idea-edit`, `idea-mark`, `theme`, `theme-rename`,
/// `vote`, `dot`, each with `"format":"5"`) and an action's `idea`. A journal
/// of a newer format than `current`, or a line of an unknown kind that names a newer format, is
/// refused with the version that wrote it, not called damaged.
public enum JournalFormat {
    /// The newest format this version reads and the one it writes.
    public static let current = 5
    /// This program and version, as start records name their writer.
    public static let writer = "workshop 0.2.0"
    /// The version, for `--version`.
    public static let version = "0.2.0"
}
