import FuzzSupport
import MarrowKit

@main
enum FuzzTarget {
    static func main() {
        runFuzzer { _ = FuzzEntryPoints.bibliography($0, json: true) }
    }
}
