import WorkshopSupport

/// A checkpoint written in the background, through the command line's `BackgroundWriter`: the
/// command that replayed the journal does its own work (a summary, an export) beside the write. One
/// killed mid-write leaves only its temporary file.
extension BackgroundWriter {
    /// Saves as `Checkpoint.save` does, on the writer's thread; the stamp is taken now, from `fd`.
    package func saveInBackground(_ state: SessionState, journal: String, fd: Int32, length: Int, lines: Int) {
        guard let stamp = Checkpoint.Stamp(journal: fd, length: length, lines: lines) else { return }
        write(journal) { [self] in Checkpoint.save(state, journal: journal, stamp: stamp, writer: self) }
    }
}
