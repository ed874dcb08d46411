import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The memory libcmark works on one document in: handed out from blocks the thread keeps from one document to
/// the next, and let go all at once when the document is done.
///
/// libcmark asks for memory for every node and every piece of text it parses, and frees it all again when the tree
/// is freed: through the system's allocator that was most of the time a page's parse took. Here an allocation is a
/// step along a block, growing the last allocation is a longer step, and the whole document goes at once.
///
/// libcmark's allocator (`cmark_mem`) is three C functions with no context, so they find the arena through a
/// pointer of the thread's own: `run` sets it for as long as its body works on a document, and every node of that
/// document must be made with `memory` (`CmarkNode.make`), never the default allocator. Nothing of the tree may
/// be kept after `run` returns: strings are copied out of it.
final class CmarkArena {
    /// The allocator every node of a document is made with (written once, when first used, and only read after).
    ///
    /// Outside `run` it is the system allocator, but nothing is made there: `CmarkNode` makes nodes only inside.
    /// libcmark calls these for every node and piece of text, so they reach the arena's `ArenaSpace` through a plain
    /// pointer: no reference is counted and no access checked on the way.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(
            to: cmark_mem(
                calloc: { count, size in
                    guard let space = CmarkArena.current else { return calloc(count, size) }
                    let (total, overflow) = count.multipliedReportingOverflow(by: size)
                    return overflow ? nil : space.pointee.allocate(total, zeroed: true)
                },
                realloc: { pointer, size in
                    guard let space = CmarkArena.current else { return realloc(pointer, size) }
                    return space.pointee.reallocate(pointer, to: size)
                },
                free: { pointer in
                    guard let space = CmarkArena.current else { return free(pointer) }
                    space.pointee.release(pointer)
                }))
        return memory
    }()

    /// Runs `body` with this thread's arena current, then lets everything allocated in it go.
    ///
    /// Called again from inside `body` (a nested document), it runs with an arena of its own.
    static func run<Result>(_ body: () -> Result) -> Result {
        let previous = pthread_getspecific(currentKey)
        let arena = previous == nil ? threadArena() : CmarkArena()
        pthread_setspecific(currentKey, UnsafeMutableRawPointer(arena.space))
        defer {
            pthread_setspecific(currentKey, previous)
            arena.space.pointee.reset()
        }
        return withExtendedLifetime(arena) { body() }
    }

    /// The arena's memory, where libcmark's calls reach it.
    private let space: UnsafeMutablePointer<ArenaSpace>

    private init() {
        space = UnsafeMutablePointer<ArenaSpace>.allocate(capacity: 1)
        space.initialize(to: ArenaSpace())
    }

    deinit {
        space.pointee.freeAll()
        space.deinitialize(count: 1)
        space.deallocate()
    }

    private static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The arena each thread keeps, let go when the thread ends.
    private static let ownKey: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Darwin)
            pthread_key_create(&key) { pointer in Unmanaged<CmarkArena>.fromOpaque(pointer).release() }
        #else
            pthread_key_create(&key) { pointer in
                if let pointer { Unmanaged<CmarkArena>.fromOpaque(pointer).release() }
            }
        #endif
        return key
    }()

    /// Whether this thread is inside `run`: nodes are made only then, so libcmark never mixes an arena's memory
    /// with the system allocator's.
    static var isRunning: Bool { pthread_getspecific(currentKey) != nil }

    /// The memory of the arena `run` made current on this thread, if any.
    private static var current: UnsafeMutablePointer<ArenaSpace>? {
        pthread_getspecific(currentKey)?.assumingMemoryBound(to: ArenaSpace.self)
    }

    private static func threadArena() -> CmarkArena {
        if let own = pthread_getspecific(ownKey) { return Unmanaged<CmarkArena>.fromOpaque(own).takeUnretainedValue() }
        let arena = CmarkArena()
        pthread_setspecific(ownKey, Unmanaged.passRetained(arena).toOpaque())
        return arena
    }
}

/// An arena's memory: blocks cut into allocations one after another, allocations too large for a block, and where
/// the next allocation goes.
private struct ArenaSpace {
    /// Blocks this size are cut into allocations; anything over a quarter of one gets a block of its own.
    static let blockSize = 64 * 1024
    static let largeLimit = blockSize / 4
    /// How many blocks the thread keeps for its next document.
    static let keptBlocks = 16
    /// Before each allocation: its size, in 16 bytes so that what follows is aligned as `malloc`'s is.
    static let header = 16

    private var blocks: [UnsafeMutableRawPointer] = []
    /// Allocations over `largeLimit`, each a `malloc` of its own.
    private var large: [UnsafeMutableRawPointer] = []
    /// Which of `blocks` is being cut, and the free part of it.
    private var block = -1
    private var cursor: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?
    /// The header of the last allocation cut from a block: it can grow, or be given back, in place.
    private var last: UnsafeMutableRawPointer?

    mutating func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        let rounded = (size + 15) & ~15
        let needed = rounded + Self.header
        let start: UnsafeMutableRawPointer
        if rounded > Self.largeLimit {
            guard let pointer = malloc(needed) else { return nil }
            large.append(pointer)
            start = pointer
        } else {
            if let cursor, let end, cursor.distance(to: end) >= needed {
            } else {
                guard nextBlock() else { return nil }
            }
            guard let cursor else { return nil }
            start = cursor
            self.cursor = cursor + needed
            last = start
        }
        start.storeBytes(of: rounded, as: Int.self)
        let result = start + Self.header
        if zeroed { memset(result, 0, rounded) }
        return result
    }

    private mutating func nextBlock() -> Bool {
        block += 1
        if block == blocks.count {
            guard let pointer = malloc(Self.blockSize) else { return false }
            blocks.append(pointer)
        }
        cursor = blocks[block]
        end = blocks[block] + Self.blockSize
        last = nil
        return true
    }

    mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size, zeroed: false) }
        let start = pointer - Self.header
        let old = start.load(as: Int.self)
        if size <= old { return pointer }
        let rounded = (size + 15) & ~15
        if start == last, let end, rounded <= Self.largeLimit, pointer + rounded <= end {
            start.storeBytes(of: rounded, as: Int.self)
            cursor = pointer + rounded
            return pointer
        }
        if old > Self.largeLimit, large.last == start {
            guard let moved = realloc(start, rounded + Self.header) else { return nil }
            large[large.count - 1] = moved
            moved.storeBytes(of: rounded, as: Int.self)
            return moved + Self.header
        }
        guard let moved = allocate(size, zeroed: false) else { return nil }
        moved.copyMemory(from: pointer, byteCount: old)
        // Moved out of the last allocation of a block (to one of its own): that space is free again.
        if start == last {
            cursor = start
            last = nil
        }
        return moved
    }

    /// Gives back the last allocation cut from a block; anything else waits for `reset`.
    mutating func release(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer, pointer - Self.header == last else { return }
        cursor = last
        last = nil
    }

    /// Lets every allocation go, keeping a few blocks for the next document.
    mutating func reset() {
        for pointer in large { free(pointer) }
        large.removeAll(keepingCapacity: true)
        while blocks.count > Self.keptBlocks, let pointer = blocks.popLast() { free(pointer) }
        block = -1
        cursor = nil
        end = nil
        last = nil
    }

    /// Lets every block and allocation go, when the arena does.
    mutating func freeAll() {
        for pointer in blocks + large { free(pointer) }
        blocks = []
        large = []
    }
}
