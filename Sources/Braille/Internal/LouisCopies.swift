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
    /// How many copies there may be: one where the linked one cannot load the tables (it is the one that says so).
    private let wanted: Int
    /// Whether a copy could not be loaded, or could not load the tables: then no more are tried.
    private var failed = false
    private var counter = 0

    init(tables: String) {
        self.tables = tables
        let linked = LouisInstance()
        loaded = [linked]
        wanted = min(ProcessInfo.processInfo.activeProcessorCount, 8)
    }

    /// The copy Signpost is linked with.
    var linked: LouisInstance { lock.withLock { loaded[0] } }

    /// Every copy loaded so far.
    var all: [LouisInstance] { lock.withLock { loaded } }

    /// A copy no other thread holds yet, loaded now with its tables, when there may be more; nil when there may not,
    /// or it cannot be loaded or cannot load the tables (then no more are tried: the linked copy says why, in
    /// `BrailleTranslator.isAvailable`).
    func another() -> LouisInstance? {
        lock.withLock {
            guard !failed, loaded.count < wanted else { return nil }
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
