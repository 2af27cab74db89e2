//! One file per subcommand, each with a function of the same name.

pub mod build;
pub mod check;
pub mod init;
pub mod theme_new;
pub mod themes;
