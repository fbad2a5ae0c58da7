import KubeModel

extension Scheduler {
    /// One scheduling attempt's walk over the nodes (`schedule_one.go findNodesThatPassFilters`
    /// then `prioritizeNodes`, folded into one pass): from a node picked by the pod's UID, in
    /// `nodeNames` order round the ring, until enough feasible nodes are found; the best so far
    /// is kept as it goes.
    ///
    /// A 150,000-pod Deployment on 5,000 nodes means 75 million node visits, so a visit is a few
    /// integer reads: the node's `NodeFit` (no strings in it), its usage by slot, and the owner's
    /// count by slot, all through buffer pointers so nothing is retained or hashed per node.
    /// The filters proper (`Scheduler.rejections`) run only for a node that is cordoned, tainted
    /// or NotReady, a pod with a nodeSelector, or a node the pod does not fit.
    struct Pass {
        var total = 0, feasible = 0, examined = 0
        /// How many examined nodes each filter turned down.
        var rejections: [NodeRejection: Int] = [:]
        /// The chosen node's position in `schedulingNodes`, and how many pods of the pod's owner it has.
        var best: Int?
        var bestSameOwner = 0

        /// The pod and the state are borrowed: an initializer otherwise takes them owned, which
        /// copies the pod (every field retained) for each attempt.
        init(_ pod: borrowing Pod, owner: String?, in state: borrowing ClusterState) {
            total = state.nodeFits.count
            let requests = PodRequests(pod)
            let wanted = Scheduler.numFeasibleNodesToFind(total)
            // The UID is hashed once: the start node and the tie-break prefix both begin with it.
            let uidHash = TemplateHash.fnv1a32(pod.metadata.uid)
            let start = total == 0 ? 0 : Int(uidHash % UInt32(total))
            var ties = TieBreaker(uidHash: uidHash)
            let noSelector = pod.spec.nodeSelector.isEmpty
            let owned = owner.map { state.usageTable.ownedBySlot($0) } ?? []
            // The walk keeps its counters and its best in locals, written back at the end: as
            // the struct's own fields, captured by the closures below, each visit stored them.
            var examined = 0, feasible = 0
            var best: Int? = nil, bestSameOwner = 0
            var bestUsed: Int64 = 0
            var bestTie: UInt32? = nil
            var rejections: [NodeRejection: Int] = [:]
            var quotients = LoadQuotients()
            state.nodeFits.withUnsafeBufferPointer { fits in
            state.usageTable.loads.withUnsafeBufferPointer { loads in
            state.schedulingNodes.withUnsafeBufferPointer { nodes in
            owned.withUnsafeBufferPointer { owned in
                var i = start
                while examined < total && feasible < wanted {
                    defer { i += 1; if i == total { i = 0 } }
                    examined += 1
                    let fit = fits[i]
                    let load = loads[fit.slot]
                    let room = fit.room
                    let fitsPlainly = fit.open && noSelector && load.pods < room.pods
                        && (requests.cpuMilli == 0 || load.cpuMilli + requests.cpuMilli <= room.cpuMilli)
                        && (requests.memoryBytes == 0 || load.memoryBytes + requests.memoryBytes <= room.memoryBytes)
                    if !fitsPlainly, let why = Scheduler.rejections(of: pod, on: nodes[i], usage: load, requests: requests) {
                        for r in why { rejections[r, default: 0] += 1 }
                        continue
                    }
                    feasible += 1
                    let sameOwner = fit.slot < owned.count ? Int(owned[fit.slot]) : 0
                    // Spreading decides first: a node with more of the owner's pods than the
                    // best so far loses whatever its load, so its load (two divisions) is not worked out.
                    if best != nil, sameOwner > bestSameOwner { continue }
                    let used = quotients.loadAfter(load, requests, room)
                    var tie: UInt32? = nil
                    if let b = best {
                        if (sameOwner, used) > (bestSameOwner, bestUsed) { continue }
                        // Equal scores: kube-scheduler picks one at random; here a hash of pod and node decides.
                        if (sameOwner, used) == (bestSameOwner, bestUsed) {
                            let theirs = bestTie ?? ties.hash(fits[b], nodes[b])
                            bestTie = theirs
                            let mine = ties.hash(fit, nodes[i])
                            if mine > theirs || (mine == theirs && nodes[i].name > nodes[b].name) { continue }
                            tie = mine
                        }
                    }
                    (best, bestSameOwner, bestUsed, bestTie) = (i, sameOwner, used, tie)
                }
            }}}}
            (self.examined, self.feasible, self.best, self.bestSameOwner, self.rejections) = (examined, feasible, best, bestSameOwner, rejections)
        }
    }

    /// `Scheduler.loadAfter`, remembering the last quotient of each term. Most nodes of a
    /// cluster have the same room and, as a Deployment spreads evenly, the same load, so the
    /// same two 64-bit divisions come up node after node; each is done once.
    struct LoadQuotients {
        private var cpu: (numerator: Int64, divisor: Int64, quotient: Int64) = (0, 1, 0)
        private var memory: (numerator: Int64, divisor: Int64, quotient: Int64) = (0, 1, 0)

        mutating func loadAfter(_ usage: NodeLoad, _ r: PodRequests, _ room: Allocatable) -> Int64 {
            let cpuNumerator = (usage.nonZeroCPUMilli + r.nonZeroCPUMilli) * 1000, cpuDivisor = max(1, room.cpuMilli)
            let memoryNumerator = (usage.nonZeroMemoryBytes + r.nonZeroMemoryBytes) * 1000, memoryDivisor = max(1, room.memoryBytes)
            if cpuNumerator != cpu.numerator || cpuDivisor != cpu.divisor {
                cpu = (cpuNumerator, cpuDivisor, cpuNumerator / cpuDivisor)
            }
            if memoryNumerator != memory.numerator || memoryDivisor != memory.divisor {
                memory = (memoryNumerator, memoryDivisor, memoryNumerator / memoryDivisor)
            }
            return cpu.quotient + memory.quotient
        }
    }
}
