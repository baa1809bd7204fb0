/// The words of the starting files: a persona and a plan that load as they are, each key
/// commented so a first-time user can change them without the format open beside them.
extension ProjectTemplate {
    static let persona = """
        # A persona: someone the room imagines being while it scores the activities.
        # The file's name is the persona's id (undergraduate); a plan lists it under 'personas:'.
        # Copy this file to add another persona (personas/phd-candidate.yaml, say).
        name: Undergraduate student        # required: the name tables and reports show
        summary: >-                        # optional: a sentence or two about who this is
          In the first or second year of a degree, busy, and not yet sure what the
          library can do for them.
        weight: 1                          # optional: how much this persona counts (default 1)
        tags: [students]                   # optional: words to group personas by, as a list
        needs:                             # optional: a list, one item to a line after '- '
          - To learn what exists and what is expected, ideally from someone like them.
          - Space to work in a group, and quiet space to work alone.
          - Quick results that are good enough.
        pains:                             # optional: a list, as needs
          - Does not know that librarians will help with their work.
          - Finds the building and the website overwhelming.

        """

    static let plan = """
        # A plan: one workshop. Tables take a persona each and score every activity from
        # that persona's point of view. The file's name is the plan's id (first-workshop):
        #   workshop start first-workshop
        # A value holding ': ' or ' #' goes in quotes, as the third title below does.
        title: Engaging students - what works for whom   # required
        date: 2026-01-20                   # optional: YYYY-MM-DD
        venue: Library seminar room        # optional
        facilitator: Liaison team          # optional
        scale: 1-5                         # required: 1-5, 1-10, agreement, rag or relevance
        personas: [undergraduate]          # required: ids of files in personas/, as a list
        groups: [table-1, table-2]         # optional: the tables (add more with 'add-group')
        activities:                        # required: at least one; each needs an id and a title
          - id: bring-a-friend             # short, lower case, '-' between words
            title: Bring-a-friend appointments
            description: Students may bring a friend to a one-to-one with their librarian.
          - id: drop-in
            title: Drop-in desk in the School
            description: A librarian staffs a help point in the School's own building at set times.
          - id: research-cafes
            title: "Research cafés: short talks over lunch"
            description: Students and staff give short, relaxed talks about their research.

        """
}
