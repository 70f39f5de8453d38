//! `check_json`: checks a portfolio written as JSON, for a system written in any language.
//!
//! ```text
//! check_json [--format text|json] [--lang zh|en] [--policy POLICY.json] [PORTFOLIO.json | -]
//! ```
//!
//! It reads the portfolio from the file named, or from standard input when the file is `-` or
//! left out, checks it under the cn policy (or the policy file given; fields it leaves out take
//! the cn value) and prints the report on standard output. Exit codes: 0 when the portfolio is
//! acceptable (no error; warnings may remain), 1 when the report has errors, 2 for bad input (a
//! document that does not read, a file that cannot be read, or bad arguments): standard error then
//! names the offending value's path and JSON Pointer, the reason, and the line and column.
//!
//! Run it with `cargo run --example check_json -- --format json tests/fixtures/portfolio.json`,
//! or build it once (`cargo build --release --example check_json`) and call
//! `target/release/examples/check_json`.
//!
//! The work is done by [`run`], which takes the arguments and the three streams, so that
//! `tests/check_json.rs` can run it in-process as well as run the built program.

use std::fmt;
use std::io::{Read, Write};
use std::process::ExitCode;

use school_enterprise::{read_json, Lang, Policy, Portfolio, ReadError, Report};

/// The exit code when the portfolio is acceptable.
pub const ACCEPTABLE: u8 = 0;
/// The exit code when the report has at least one error.
pub const HAS_ERRORS: u8 = 1;
/// The exit code for bad input: a document that does not read, a file that cannot be read, bad
/// arguments.
pub const BAD_INPUT: u8 = 2;

/// The text `--help` prints.
pub const HELP: &str = "\
check_json: check a school-enterprise portfolio written as JSON

usage: check_json [--format text|json] [--lang zh|en] [--policy POLICY.json] [PORTFOLIO.json | -]

Reads the portfolio from PORTFOLIO.json, or from standard input when it is `-` or left out,
checks it under the cn policy (or POLICY.json; fields it leaves out take the cn value) and prints
the report on standard output.

options:
  --format text|json   how the report is printed (default: json)
  --lang zh|en         the language of the report (default: en)
  --policy FILE        the policy to check under, as JSON (default: the cn policy)
  -h, --help           print this help and exit with 0

exit codes:
  0  acceptable: the report has no error (warnings may remain)
  1  the report has errors
  2  bad input: the document does not read (standard error names the offending value's path,
     its JSON Pointer and the reason), a file cannot be read, or the arguments are wrong
";

/// How the report (and a bad-input message) is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: one line per violation.
    Text,
    /// For programs: the report as JSON (`{"violations": [...]}`).
    Json,
}

/// `zh` or `en`: the crate's [`Lang`].
pub fn parse_lang(value: &str) -> Option<Lang> {
    value.parse().ok()
}

/// The report as printed in `format` and `lang`.
///
/// The text form is the crate's rendering in `lang` ([`Report::render`]). The JSON form is the
/// report's own JSON; in Chinese each violation's `message` is its Chinese message
/// ([`school_enterprise::Violation::message_in`]), while codes, severities, paths, pointers,
/// figure names and typed figures are the same in both languages.
pub fn render(report: &Report, format: Format, lang: Lang) -> Result<String, serde_json::Error> {
    match format {
        Format::Text => Ok(report.render(lang)),
        Format::Json if lang == Lang::En => serde_json::to_string_pretty(report),
        Format::Json => serde_json::to_string_pretty(&InLanguage { report, lang }),
    }
}

/// A report in JSON with each violation's message in a language: the report's own JSON form,
/// field for field and in the same order, but for `message`.
struct InLanguage<'a> {
    report: &'a Report,
    lang: Lang,
}

impl serde::Serialize for InLanguage<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};

        struct Violations<'a>(&'a InLanguage<'a>);
        impl serde::Serialize for Violations<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.report.len()))?;
                for v in self.0.report {
                    seq.serialize_element(&Localized {
                        code: v.code(),
                        severity: v.severity(),
                        path: v.path(),
                        pointer: v.json_pointer(),
                        message: v.message_in(self.0.lang),
                        figures: v.figures(),
                        note: v.note(),
                    })?;
                }
                seq.end()
            }
        }

        let mut report = serializer.serialize_struct("Report", 1)?;
        report.serialize_field("violations", &Violations(self))?;
        report.end()
    }
}

/// One violation as the report's JSON writes it.
#[derive(serde::Serialize)]
struct Localized<'a> {
    code: &'a school_enterprise::Code,
    severity: school_enterprise::Severity,
    path: &'a school_enterprise::Path,
    pointer: String,
    message: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    figures: &'a [school_enterprise::Figure],
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

/// Where the portfolio comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-` or no file named).
    Stdin,
    /// A file.
    File(String),
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Input::Stdin => f.write_str("standard input"),
            Input::File(path) => f.write_str(path),
        }
    }
}

/// What the arguments ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Print the help.
    Help,
    /// Check a portfolio.
    Check {
        /// The portfolio.
        input: Input,
        /// The policy file, if not the cn policy.
        policy: Option<String>,
        /// How to print the report.
        format: Format,
        /// The language of the report.
        lang: Lang,
    },
}

/// Reads the arguments (without the program's name). An error says which argument is wrong and
/// what was expected.
pub fn parse_args<I: IntoIterator<Item = String>>(args: I) -> Result<Command, String> {
    let mut input = None;
    let mut policy = None;
    let mut format = Format::Json;
    let mut lang = Lang::En;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        // `--flag=value` and `--flag value` alike.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{flag} needs a value: {what}"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--format" => {
                let v = value("text or json")?;
                format = match v.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    _ => return Err(format!("--format must be text or json, not {v:?}")),
                };
            }
            "--lang" => {
                let v = value("zh or en")?;
                lang =
                    parse_lang(&v).ok_or_else(|| format!("--lang must be zh or en, not {v:?}"))?;
            }
            "--policy" => policy = Some(value("a policy file")?),
            "-" => input = Some(set_once(input, Input::Stdin)?),
            _ if flag.starts_with('-') => return Err(format!("unknown option {arg:?}")),
            _ => input = Some(set_once(input, Input::File(arg))?),
        }
    }
    Ok(Command::Check {
        input: input.unwrap_or(Input::Stdin),
        policy,
        format,
        lang,
    })
}

fn set_once(previous: Option<Input>, input: Input) -> Result<Input, String> {
    match previous {
        None => Ok(input),
        Some(first) => Err(format!(
            "one portfolio at a time: {first} was named, then {input}"
        )),
    }
}

/// Why the tool could not check the portfolio.
enum BadInput {
    /// A file (or standard input) could not be read.
    Unreadable { source: String, reason: String },
    /// A document did not read as JSON of its type.
    Document { source: String, error: ReadError },
}

impl BadInput {
    fn print(&self, format: Format) -> String {
        match (self, format) {
            (BadInput::Unreadable { source, reason }, Format::Text) => {
                format!("bad input: cannot read {source}: {reason}")
            }
            (BadInput::Document { source, error }, Format::Text) => {
                format!("bad input: {source}: {error}")
            }
            (BadInput::Unreadable { source, reason }, Format::Json) => {
                serde_json::json!({"bad_input": {"source": source, "reason": reason}}).to_string()
            }
            (BadInput::Document { source, error }, Format::Json) => serde_json::json!({
                "bad_input": {
                    "source": source,
                    "path": error.path.to_string(),
                    "pointer": error.json_pointer(),
                    "reason": error.reason,
                    "line": error.line,
                    "column": error.column,
                }
            })
            .to_string(),
        }
    }
}

fn read_text(input: &Input, stdin: &mut dyn Read) -> Result<String, BadInput> {
    let unreadable = |error: std::io::Error| BadInput::Unreadable {
        source: input.to_string(),
        reason: error.to_string(),
    };
    match input {
        Input::File(path) => std::fs::read_to_string(path).map_err(unreadable),
        Input::Stdin => {
            let mut text = String::new();
            stdin.read_to_string(&mut text).map_err(unreadable)?;
            Ok(text)
        }
    }
}

fn read_documents(
    input: &Input,
    policy: Option<&str>,
    stdin: &mut dyn Read,
) -> Result<(Portfolio, Policy), BadInput> {
    let policy = match policy {
        None => Policy::cn(),
        Some(path) => {
            let file = Input::File(path.to_owned());
            read_json(&read_text(&file, stdin)?).map_err(|error| BadInput::Document {
                source: format!("policy {path}"),
                error,
            })?
        }
    };
    let portfolio = read_json(&read_text(input, stdin)?).map_err(|error| BadInput::Document {
        source: input.to_string(),
        error,
    })?;
    Ok((portfolio, policy))
}

/// Runs the tool: `args` without the program's name, the three streams, and the exit code back.
pub fn run<I: IntoIterator<Item = String>>(
    args: I,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    let (input, policy, format, lang) = match parse_args(args) {
        Ok(Command::Help) => {
            return match stdout.write_all(HELP.as_bytes()) {
                Ok(()) => ACCEPTABLE,
                Err(_) => BAD_INPUT,
            };
        }
        Ok(Command::Check {
            input,
            policy,
            format,
            lang,
        }) => (input, policy, format, lang),
        Err(message) => {
            // The stream is the caller's last resort: if it fails, the exit code still says it.
            let _ = writeln!(stderr, "check_json: {message}\ntry `check_json --help`");
            return BAD_INPUT;
        }
    };
    let (portfolio, policy) = match read_documents(&input, policy.as_deref(), stdin) {
        Ok(documents) => documents,
        Err(bad) => {
            let _ = writeln!(stderr, "{}", bad.print(format));
            return BAD_INPUT;
        }
    };
    let report = portfolio.check(&policy);
    let written = render(&report, format, lang)
        .map_err(|e| e.to_string())
        .and_then(|text| writeln!(stdout, "{}", text.trim_end()).map_err(|e| e.to_string()));
    if let Err(reason) = written {
        let _ = writeln!(stderr, "check_json: cannot write the report: {reason}");
        return BAD_INPUT;
    }
    if report.is_ok() {
        ACCEPTABLE
    } else {
        HAS_ERRORS
    }
}

fn main() -> ExitCode {
    let code = run(
        std::env::args().skip(1),
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(code)
}
