// swift-tools-version:6.0
import PackageDescription

// Imports point down only:
//   kubetutor → Terminal → Shell → LessonKit → Kubectl → ClusterSim → KubeModel
let package = Package(
    name: "kubetutor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kubetutor", targets: ["kubetutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The program runs on one thread. A release build of the model and the simulation
        // counts references without atomic instructions (a copy of a pod retains a dozen
        // strings and arrays; at 150,000 pods the locked increments were a fifth of the time),
        // and leaves out the run-time exclusivity check on each access to the store. Debug
        // builds keep both: `swift test` runs simulations on several threads at once (so the
        // tests are for debug builds; `swift test -c release` would share counts unsafely).
        .target(name: "KubeModel",
                swiftSettings: [.unsafeFlags(["-assume-single-threaded"], .when(configuration: .release))]),
        .target(name: "ClusterSim", dependencies: ["KubeModel"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked", "-assume-single-threaded"],
                                             .when(configuration: .release))]),
        .target(name: "Kubectl", dependencies: ["ClusterSim", "KubeModel", .product(name: "Yams", package: "Yams")]),
        // The course ships inside the program: `Sources/LessonKit/Course/` is the real folder
        // (SwiftPM copies a resource only from inside its target, and copies a symlinked
        // folder as a dangling link); the top-level `Lessons` is a symlink to it for authors.
        .target(name: "LessonKit", dependencies: ["Kubectl", "ClusterSim", "KubeModel"],
                resources: [.copy("Course")]),
        .target(name: "Shell", dependencies: ["LessonKit", "Kubectl", "ClusterSim", "KubeModel"]),
        .systemLibrary(name: "CLibEdit"),
        .target(name: "Terminal", dependencies: ["Shell", "CLibEdit"]),
        .executableTarget(
            name: "kubetutor",
            dependencies: [
                "Terminal", "Shell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in: the shell starts in about half
            // the time, because the dynamic loader has a dozen fewer libraries to map.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "-lCoreFoundation", "-Xlinker", "-l_FoundationICU", "-Xlinker", "-l_FoundationCShims", "-Xlinker", "-l_FoundationCollections"])]),
        .testTarget(name: "KubeModelTests", dependencies: ["KubeModel"]),
        .testTarget(name: "ClusterSimTests", dependencies: ["ClusterSim", "KubeModel"]),
        .testTarget(name: "KubectlTests", dependencies: ["Kubectl", "ClusterSim", "KubeModel"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Kubectl", "ClusterSim", "KubeModel"], exclude: ["Transcripts"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Shell"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "Shell", "Kubectl", "ClusterSim", "KubeModel"]),
    ]
)
