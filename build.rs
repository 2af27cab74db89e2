// The shipped themes, the message catalogues and the guides are embedded with
// include_dir!, which cargo cannot see into: rebuild whenever anything under
// them changes, added files included.
fn main() {
    println!("cargo:rerun-if-changed=themes");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=docs");
    libreoffice_cfg();
}

/// `cfg(libreoffice)` when LibreOffice Impress and pdftoppm are on PATH: the test
/// that renders every .pptx with them runs then, and is ignored with its reason
/// otherwise (a test whose tools are missing must not pass without running).
/// Only the tests read it; the library and the binary do not change with it.
fn libreoffice_cfg() {
    println!("cargo::rustc-check-cfg=cfg(libreoffice)");
    println!("cargo:rerun-if-env-changed=PATH");
    let on_path = |tool: &str| {
        std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
    };
    if on_path("soffice") && on_path("pdftoppm") {
        println!("cargo:rustc-cfg=libreoffice");
    }
}
