import CCmark

extension TreeRewriter {
    /// Renders the rewritten tree once more, a top-level block at a time.
    ///
    /// Every link is taken out of its sentence (its words stay as text) and listed after the block it
    /// was in; blocks with no links are joined to the next; links and images are resolved by `gathering`. Call after the page's own HTML is
    /// rendered: it changes the tree.
    func gatherLinks(_ document: CmarkNode, resolver gathering: any LinkResolver, options: Int32) -> [GatheredBlock] {
        var linksByBlock: [OpaquePointer: [GatheredLink]] = [:]
        for (node, link) in keptLinks {
            guard let block = Self.topLevelBlock(of: node, in: document) else { continue }
            let gathered = GatheredLink(
                text: link.text, destination: link.destination, url: gathering.resolveLink(link.destination))
            linksByBlock[block.pointer, default: []].append(gathered)
            node.unwrap()
        }
        for (node, image) in drawnImages {
            node.setOnEnter(Self.imageTag(image, resolver: gathering))
        }
        // Blocks with no links join the next that has some: a page is a few chunks, not one a paragraph.
        var gathered: [GatheredBlock] = []
        var pending = ""
        for block in document.children {
            pending += block.renderHTML(options: options)
            if let links = linksByBlock[block.pointer] {
                gathered.append(GatheredBlock(html: pending, links: links))
                pending = ""
            }
        }
        if !pending.isEmpty { gathered.append(GatheredBlock(html: pending)) }
        return gathered
    }

    /// The child of `document` that holds `node`.
    private static func topLevelBlock(of node: CmarkNode, in document: CmarkNode) -> CmarkNode? {
        var current = node
        while let parent = current.parent {
            if parent.pointer == document.pointer { return current }
            current = parent
        }
        return nil
    }
}
