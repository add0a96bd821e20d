//! `viv`: the command-line front of Vivarium (the work is in `vivarium::cli`).

fn main() {
    std::process::exit(vivarium::cli::main());
}
