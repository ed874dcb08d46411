/// The documents one word weighs most in, at most `SearchIndex.postingsLimit` of them: once it holds that many, a
/// min-heap of `weight << 24 | (2^24 - 1 - document)`, so that a higher weight, then an earlier document, is kept.
///
/// Until then every document offered is kept, in the order offered (by number): most words are in fewer documents
/// than the limit, and never need a heap.
struct TopPostings {
    private var heap: [UInt32] = []

    /// A list with room for `capacity` documents: as many as it will be offered, or the limit.
    init(capacity: Int) {
        heap.reserveCapacity(capacity)
    }

    /// Offers a document; documents come in order of their numbers (below 2^24).
    mutating func offer(document: Int, weight: Int) {
        guard document <= 0xFF_FFFF else { return }
        let key = UInt32(min(weight, 255)) << 24 | UInt32(0xFF_FFFF - document)
        if heap.count < SearchIndex.postingsLimit {
            heap.append(key)
            if heap.count == SearchIndex.postingsLimit {
                for parent in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(parent) }
            }
        } else if let least = heap.first, key > least {
            heap[0] = key
            siftDown(0)
        }
    }

    /// The documents kept with their weights, by number.
    var postings: [(document: Int, weight: Int)] {
        let kept = heap.map { (document: 0xFF_FFFF - Int($0 & 0xFF_FFFF), weight: Int($0 >> 24)) }
        return heap.count < SearchIndex.postingsLimit ? kept : kept.sorted { $0.document < $1.document }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var least = parent
            if left < heap.count && heap[left] < heap[least] { least = left }
            if right < heap.count && heap[right] < heap[least] { least = right }
            guard least != parent else { return }
            heap.swapAt(parent, least)
            parent = least
        }
    }
}
