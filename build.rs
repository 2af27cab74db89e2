// The shipped themes, the message catalogues and the guides are embedded with
// include_dir!, which cargo cannot see into: rebuild whenever anything under
// them changes, added files included.
fn main() {
    println!("cargo:rerun-if-changed=themes");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=docs");
}
