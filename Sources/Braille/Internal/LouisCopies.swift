import Foundation
import Utilities

/// The copies of liblouis a run has loaded: the one Signpost is linked with, and more (one for each core, up to eight)
/// as they are needed, each loaded when every copy there is was busy.
///
/// Loading a copy takes a hundredth of a second, its tables compiled afresh: a build that translates one edited guide
/// loads one copy, not one for each core.
final class LouisCopies: @unchecked Sendable {
    /// The display table that writes braille ASCII, then UEB grade 2.
    let tables: String
    private let lock = Lock()
    /// Every copy loaded, the linked one first; changed only with `lock` held.
    private var loaded: [LouisInstance]
    /// How many copies there may be.
    private let most: Int
    /// Whether a copy could not be loaded, or could not load the tables: then no more are tried.
    private var failed = false
    private var counter = 0

    /// The linked copy, and room for `most` copies in all (each loaded apart takes one of the few namespaces of
    /// glibc's `dlmopen`).
    init(tables: String, most: Int = min(ProcessInfo.processInfo.activeProcessorCount, 8)) {
        self.tables = tables
        loaded = [LouisInstance()]
        self.most = most
    }

    /// The copy Signpost is linked with.
    var linked: LouisInstance { lock.withLock { loaded[0] } }

    /// Every copy loaded so far.
    var all: [LouisInstance] { lock.withLock { loaded } }

    /// A copy loaded now with its tables, when there may be more; nil when there may not, or it cannot be loaded or
    /// cannot load the tables (then no more are tried: the linked copy says why, in `BrailleTranslator.isAvailable`).
    ///
    /// It is in `all` as soon as it is returned: another thread may take it first, and the caller waits its turn.
    func another() -> LouisInstance? {
        lock.withLock {
            guard !failed, loaded.count < most else { return nil }
            guard let copy = LouisInstance.separateCopy(), copy.getTable(tables) != nil else {
                failed = true
                return nil
            }
            loaded.append(copy)
            return copy
        }
    }

    /// The next copy in turn, for a thread that found every copy busy and may load no more.
    func nextInTurn() -> LouisInstance {
        lock.withLock {
            counter += 1
            return loaded[counter % loaded.count]
        }
    }
}
