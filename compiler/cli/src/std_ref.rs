//! `polc std [NAME]` (and `polc explain gb::device`): the standard-library reference of one
//! item or module, from the same generator as `docs/stdlib.md` (`pol::stdlib_docs`).

use crate::{print_stdout, EXIT_CLEAN, EXIT_USAGE};

#[derive(clap::Args)]
pub struct StdArgs {
    /// An item (`gb::device`, `std::pipl::consent`, `separate_consent`) or a module
    /// (`std::pipl`); without it, the list of modules.
    name: Option<String>,
}

pub fn run(args: &StdArgs) -> u8 {
    print(args.name.as_deref().unwrap_or(""))
}

pub fn print(name: &str) -> u8 {
    match pol::stdlib_docs::lookup(name) {
        Ok(text) => {
            print_stdout(text.trim_end());
            EXIT_CLEAN
        }
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_USAGE
        }
    }
}
