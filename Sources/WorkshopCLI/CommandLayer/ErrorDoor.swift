/// Where an error is shown: at the shell, or at the prompt, where the open session fills in the
/// session argument of a command.
enum ErrorDoor: Equatable {
    case shell
    case prompt(sessionOpen: Bool)

    /// How the user asks for help here.
    var help: String { self == .shell ? "workshop help" : "help" }
}
