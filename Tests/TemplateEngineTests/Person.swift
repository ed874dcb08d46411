/// A person, looked into by `Mirror` as swift-mustache looks into anything that is not a dictionary.
struct Person {
    let name: String
    let nickname: String?
}
