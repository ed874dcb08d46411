import Foundation

/// Writing to the terminal: progress on standard output, problems on standard error.
enum Terminal {
    static func progress(_ line: String) {
        print(line)
        fflush(nil)  // at once, even when the output goes to a file
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
