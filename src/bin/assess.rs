//! `assess FILE`: run every case of a `breach-vectors/1` file through the engine and print
//! `{"results": [...]}` as `FORMAT.md` describes. Exit codes: 0 done, 1 the file was rejected
//! (the message names the case and the key), 2 usage or I/O error.

use std::process::ExitCode;

use selbstcheck::vectors::{parse_file, results_document};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: assess FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("assess: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    match parse_file(&text) {
        Ok(cases) => {
            let doc = results_document(&cases);
            match serde_json::to_string_pretty(&doc) {
                Ok(out) => {
                    println!("{out}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("assess: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(e) => {
            eprintln!("assess: {path}: {e}");
            ExitCode::from(1)
        }
    }
}
