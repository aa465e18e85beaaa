import FuzzSupport
import MarrowKit

@main
enum FuzzTarget {
    static func main() {
        runFuzzer { _ = FuzzEntryPoints.summary($0) }
    }
}
