// ANCHOR: here
fn x() {}
// ANCHOR_END: here
