import Foundation

/// A folder of its own in the temporary folder, with the files a test starts from; removed by `remove()`.
struct TemporaryFolder {
    let root: URL
    var path: String { root.path }

    /// A new folder named after `name`, holding `files` (each path under it, with its text).
    init(_ name: String, files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (file, text) in files { try write(file, text) }
    }

    /// Writes `text` to the file at `file` under the folder, making its folders.
    func write(_ file: String, _ text: String) throws {
        let url = root.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Sets the modification time of the folder and every folder in it to an hour ago: a change made now moves it,
    /// however coarsely the disk keeps times.
    func backdateFolders() throws {
        let hourAgo = Date(timeIntervalSinceNow: -3_600)
        var folders = [root.path]
        while let folder = folders.popLast() {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                var isFolder: ObjCBool = false
                let path = folder + "/" + name
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    folders.append(path)
                }
            }
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
