/// The message catalogues, one YAML file per language in `Assets/` (`en.yaml`, `cy.yaml`...),
/// compiled in by the `EmbedAssets` plugin so the binary stays one file. A target of its own, as
/// the report's stylesheet is, because SwiftPM does not check the imports of a target that runs a
/// build-tool plugin (Tests/layers/check).
package enum CatalogueFiles {
    /// Each catalogue's text by its language tag (`en`, `cy`, `zh-Hans`).
    package static let byLanguage: [String: StaticString] = {
        var files: [String: StaticString] = [:]
        for (name, text) in EmbeddedAssets.byName where name.hasSuffix(".yaml") {
            files[String(name.dropLast(".yaml".count))] = text
        }
        return files
    }()
}
