/// The agreement statistics' suites nest here so that `swift test --filter Statistics` selects them:
/// Swift Testing matches the filter against identifiers such as
/// `WorkshopKitTests.StatisticsTests/KendallWTests/...`, not against folder names.
enum StatisticsTests {}
