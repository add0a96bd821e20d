use vivarium::bytecode::dis::disassemble;
use vivarium::compiler::{compile, Mode};

#[test]
fn scratch() {
    let src = std::fs::read_to_string("/tmp/scratch.py").unwrap();
    match compile(&src, "x.py", Mode::Exec) {
        Ok(u) => {
            print!("{}", disassemble(&u));
            println!("VERIFY: {:?}", vivarium::bytecode::verify::verify_unit(&u));
        }
        Err(e) => println!("ERROR {:?}", e),
    }
}
