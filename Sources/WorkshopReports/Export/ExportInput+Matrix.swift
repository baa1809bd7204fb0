import WorkshopModel
import WorkshopSession

extension ExportInput {
    /// The matrix table: activities as rows, personas as columns (the median), then standing, rank
    /// (only for a standing that clears its minimum) and the answers other than '?' it rests on.
    public var matrixHeader: [String] {
        ["activity", "title"] + summary.personas.map(\.name) + ["standing", "rank", "answers"]
    }

    /// The matrix's rows. A median is a number named as `Scale.medianLabel` names it on a labelled
    /// scale, and marked when it rests on one answer; XLSX shows both by a number format.
    public var matrixRows: [[ExportCell]] {
        let labelled = Scale.isLabelled(scale.levels)
        return summary.activities.map { activity in
            let medians = summary.personas.map { persona -> ExportCell in
                if let modes = activity.personaModes {
                    return modes.first { $0.persona == persona.persona }.map { ExportCell.text(summary.modeText($0)) } ?? .empty
                }
                guard let score = activity.personaMedians.first(where: { $0.persona == persona.persona }) else { return .empty }
                return .median(score.median, label: labelled ? scale.medianLabel(score.median) : nil,
                               single: score.values < MinimumData.cellValues)
            }
            return [.text(activity.activity), .text(activity.title)] + medians
                + [activity.standing.map(ExportCell.number) ?? .empty, activity.rank.map(ExportCell.integer) ?? .empty,
                   .integer(activity.values)]
        }
    }

    /// The matrix CSV's extra columns, after the others: for each persona, `n <name>`, the answers
    /// other than '?' its median rests on, so a reader sees which medians rest on one answer.
    public var matrixCountHeader: [String] {
        summary.personas.map { "n \($0.name)" }
    }

    /// Each row's counts for `matrixCountHeader`; empty where the persona has no median.
    public var matrixCountRows: [[ExportCell]] {
        summary.activities.map { activity in
            summary.personas.map { persona in
                activity.personaMedians.first { $0.persona == persona.persona }.map { ExportCell.integer($0.values) } ?? .empty
            }
        }
    }
}
