import Glibc

/// A NULL-terminated `char **` that C code takes ownership of. libedit `free()`s the array
/// and every string in it, so all of it must come from `malloc`/`strdup`, never from Swift.
enum CStringArray {
    typealias Pointer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    static func make(_ strings: [String]) -> Pointer {
        let count = strings.count + 1
        guard let raw = malloc(count * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) else {
            fatalError("out of memory building \(count) completion entries")
        }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: count)
        for (index, string) in strings.enumerated() {
            (array + index).initialize(to: strdup(string))
        }
        (array + strings.count).initialize(to: nil)
        return array
    }

    /// What libedit does with the array when it is done; tests use it to avoid leaking.
    static func release(_ array: Pointer) {
        var index = 0
        while let string = array[index] {
            free(string)
            index += 1
        }
        free(array)
    }

    /// Reads the strings back, stopping at the terminating NULL.
    static func strings(in array: Pointer) -> [String] {
        var result: [String] = []
        var index = 0
        while let string = array[index] {
            result.append(String(cString: string))
            index += 1
        }
        return result
    }
}
