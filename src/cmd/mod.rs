//! One file per subcommand, each with a function of the same name.

pub mod build;
pub mod check;
pub mod emit;
pub mod guide;
pub mod init;
pub mod stories;
pub mod theme_new;
pub mod themes;
pub mod watch;
