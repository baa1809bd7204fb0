// WorkshopKit is the library's front door: one import for the executable, the server and the tests,
// over the layers the compiler holds apart (docs/ARCHITECTURE.md, "Layers"). Each layer is a
// target of its own, so an import against the layer order fails to build; this file only
// re-exports them.
@_exported import WorkshopMerge
@_exported import WorkshopMessages
@_exported import WorkshopModel
@_exported import WorkshopProject
@_exported import WorkshopReports
@_exported import WorkshopSession
@_exported import WorkshopStatistics
@_exported import WorkshopSupport
