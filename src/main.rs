//! `viv`: the command-line front of Vivarium.

fn main() {
    println!("vivarium {}", env!("CARGO_PKG_VERSION"));
}
