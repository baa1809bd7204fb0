/// The report's stylesheet, compiled in from `Assets/report.css` by the `EmbedAssets` plugin. A
/// target of its own because SwiftPM skips its check of undeclared imports for a target that runs a
/// build-tool plugin: kept out of WorkshopReports, the plugin leaves that layer's imports checked.
package enum ReportAssets {
    /// `Assets/report.css`, byte for byte: the one piece of the report written unescaped.
    package static let stylesheet: StaticString = EmbeddedAssets.reportCSS
    /// `Assets/ideas.css`: the rules of the ideas section, carried only by a report that has one, so
    /// a report without ideas is byte for byte what it was.
    package static let ideasStylesheet: StaticString = EmbeddedAssets.ideasCSS
}
