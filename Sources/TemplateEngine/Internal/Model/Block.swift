/// `{{$name}}default{{/name}}`: shown as the parent call around it overrides it, or with its default content.
struct Block: Sendable {
    let name: String
    let defaultContent: Template
    /// The spaces and tabs before the tag on its line, added to the indentation of whatever the block shows.
    let indentation: String
}
