/// Commands whose first argument is a session. At the prompt, with a session open, that argument is
/// supplied by the prompt: `score drop-in 4` there is `workshop score SESSION drop-in PERSONA 4` here.
protocol SessionCommand {}

extension Workshop.Score: SessionCommand {}
extension Workshop.Withdraw: SessionCommand {}
extension Workshop.Undo: SessionCommand {}
extension Workshop.Redo: SessionCommand {}
extension Workshop.Note: SessionCommand {}
extension Workshop.AddActivity: SessionCommand {}
extension Workshop.AddGroup: SessionCommand {}
extension Workshop.Close: SessionCommand {}
extension Workshop.Log: SessionCommand {}
extension Workshop.Status: SessionCommand {}
extension Workshop.Rate: SessionCommand {}
extension Workshop.Row: SessionCommand {}
extension Workshop.Matrix: SessionCommand {}
extension Workshop.Summary: SessionCommand {}
extension Workshop.Export: SessionCommand {}
extension Workshop.Weight: SessionCommand {}

extension Workshop {
    /// The names of the commands that take a session first.
    static var sessionCommandNames: Set<String> {
        Set(configuration.subcommands.filter { $0 is SessionCommand.Type }.map { $0._commandName })
    }
}
