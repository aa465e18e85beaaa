// ANCHOR: all
use std::io;

// ANCHOR: body
fn main() {
    println!("hello");
}
// ANCHOR_END: body
// ANCHOR_END: all
