import Testing
@testable import Kubectl

/// Go's tabwriter as `describe` uses it (padding 2): columns align over blocks of
/// consecutive lines that have the column, and a line without a tab ends the blocks.
@Suite struct GoTabWriterTests {
    @Test func blocksAlignSeparately() {
        var w = GoTabWriter()
        w.write("Name:\tnginx\nNamespace:\tdefault\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x\n")
        #expect(w.text == """
        Name:       nginx
        Namespace:  default
        IPs:
          IP:           10.0.0.1
        Controlled By:  ReplicaSet/x

        """)
    }

    @Test func emptyCellsPadAndTrailingCellsAreNotPadded() {
        var w = GoTabWriter()
        w.write("Tolerations:\ta\n\tb\nIP:\t\n")
        #expect(w.text == "Tolerations:  a\n              b\nIP:           \n")
    }

    @Test func flushStartsNewWidths() {
        var w = GoTabWriter()
        w.write("A very long key:\tv\n")
        w.flush()
        w.write("K:\tv\n")
        #expect(w.text == "A very long key:  v\nK:  v\n")
    }

    @Test func nestedColumnsUseTheirOwnBlocks() {
        var w = GoTabWriter()
        w.write("  Type\tReason\tAge\n  ----\t------\t---\n  Normal\tScheduled\t5s\n")
        #expect(w.text == "  Type    Reason     Age\n  ----    ------     ---\n  Normal  Scheduled  5s\n")
    }
}
