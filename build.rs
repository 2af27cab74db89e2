// The shipped themes are embedded with include_dir!, which cargo cannot see into:
// rebuild whenever anything under themes/ changes, added files included.
fn main() {
    println!("cargo:rerun-if-changed=themes");
}
