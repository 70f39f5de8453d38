//! `examples/check_json.rs`, the tool a system in another language calls: its exit codes, what it
//! prints on standard output and standard error, for a file, for standard input, for a bad
//! document and for bad arguments; and the README's document and report for such users.
//!
//! The tool's work is a function, `run(args, stdin, stdout, stderr) -> exit code`, which this file
//! compiles in (`#[path]`) and runs in-process, so that a change to the example is tested by
//! `cargo test --test check_json` alone. The `end_to_end` tests run the program `cargo test`
//! builds (`target/<profile>/examples/check_json`), with real pipes and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use school_enterprise::{Policy, Portfolio};
use serde_json::Value;

#[allow(dead_code)]
#[path = "../examples/check_json.rs"]
mod tool;

const FIXTURE: &str = include_str!("fixtures/portfolio.json");
const FIXTURE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/portfolio.json");
const README: &str = include_str!("../README.md");

/// What one run of the tool gave.
#[derive(Debug, PartialEq)]
struct Outcome {
    code: u8,
    stdout: String,
    stderr: String,
}

/// Runs the tool in-process with these arguments and this standard input.
fn run(args: &[&str], stdin: &str) -> Outcome {
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = tool::run(
        args.iter().map(|a| a.to_string()),
        &mut stdin.as_bytes(),
        &mut stdout,
        &mut stderr,
    );
    Outcome {
        code,
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

/// The fixture's report, from the library itself.
fn fixture_report() -> school_enterprise::Report {
    let portfolio: Portfolio = serde_json::from_str(FIXTURE).unwrap();
    portfolio.check(&Policy::cn())
}

/// The fixture with the value at `pointer` replaced by `value`, as text.
fn fixture_with(pointer: &str, value: Value) -> String {
    let mut doc: Value = serde_json::from_str(FIXTURE).unwrap();
    *doc.pointer_mut(pointer).unwrap() = value;
    serde_json::to_string_pretty(&doc).unwrap()
}

/// A file in a fresh directory of the target's temporary folder, holding `text`.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("check_json-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn codes(report_json: &str) -> Vec<String> {
    let report: Value = serde_json::from_str(report_json).unwrap();
    report["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_fixture_by_path_prints_the_libraries_report_as_json_and_exits_with_1() {
    let out = run(&[FIXTURE_PATH], "");
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stderr, "");
    let printed: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(printed, serde_json::to_value(fixture_report()).unwrap());
    assert_eq!(
        codes(&out.stdout),
        ["agreement.signed_before_start", "worktime.weekly_hours"]
    );
}

#[test]
fn the_text_format_prints_the_report_for_people() {
    let out = run(&["--format", "text", FIXTURE_PATH], "");
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(
        out.stdout.trim_end(),
        fixture_report().to_string().trim_end()
    );
    assert!(out
        .stdout
        .contains("worktime.weekly_hours at agreements[1].placements[0].schedule"));
    // `--flag=value` reads as `--flag value`.
    assert_eq!(run(&["--format=text", FIXTURE_PATH], ""), out);
}

#[test]
fn both_languages_are_accepted_and_report_the_same_codes() {
    for lang in ["zh", "en"] {
        let json = run(&["--lang", lang, FIXTURE_PATH], "");
        assert_eq!(json.code, 1, "{lang}: {json:?}");
        assert_eq!(
            codes(&json.stdout),
            ["agreement.signed_before_start", "worktime.weekly_hours"]
        );
        let text = run(&["--format", "text", "--lang", lang, FIXTURE_PATH], "");
        assert_eq!(text.code, 1, "{lang}: {text:?}");
        assert!(text.stdout.contains("agreement.signed_before_start"));
    }
}

#[test]
fn chinese_reports_carry_chinese_messages_and_the_same_machine_fields() {
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let text = run(&["--format", "text", "--lang", "zh", FIXTURE_PATH], "");
    assert!(text.stdout.starts_with("2 个错误，"), "{text:?}");
    assert!(text
        .stdout
        .contains("worktime.weekly_hours 位于 agreements[1].placements[0].schedule"));
    // The fields come in the report's own order in either language.
    let order = |text: &str| {
        ["code", "severity", "path", "pointer", "message", "figures"]
            .map(|field| text.find(&format!("\"{field}\":")).unwrap())
    };
    for lang in ["zh", "en"] {
        let text = run(&["--lang", lang, FIXTURE_PATH], "").stdout;
        assert!(order(&text).windows(2).all(|w| w[0] < w[1]), "{text}");
    }
    let en: Value = serde_json::from_str(&run(&["--lang", "en", FIXTURE_PATH], "").stdout).unwrap();
    let zh: Value = serde_json::from_str(&run(&["--lang", "zh", FIXTURE_PATH], "").stdout).unwrap();
    let (en, zh) = (&en["violations"], &zh["violations"]);
    assert_eq!(en.as_array().map(Vec::len), Some(2));
    for i in 0..2 {
        let (e, z) = (&en[i], &zh[i]);
        for field in ["code", "severity", "path", "pointer", "figures"] {
            assert_eq!(e[field], z[field], "{field}");
        }
        let (em, zm) = (
            e["message"].as_str().unwrap(),
            z["message"].as_str().unwrap(),
        );
        assert!(!han(em) && han(zm), "{em} / {zm}");
    }
}

#[test]
fn standard_input_is_read_with_a_dash_or_without_a_file() {
    let by_path = run(&[FIXTURE_PATH], "");
    assert_eq!(run(&["-"], FIXTURE), by_path);
    assert_eq!(run(&[], FIXTURE), by_path);
    assert_eq!(
        run(&["--format", "text", "-"], FIXTURE),
        run(&["--format", "text", FIXTURE_PATH], "")
    );
}

#[test]
fn a_bad_document_exits_with_2_naming_the_path_and_the_reason() {
    let bad = fixture_with(
        "/agreements/1/placements/0/dates/first",
        Value::from("2026-02-30"),
    );
    let line = bad.lines().position(|l| l.contains("2026-02-30")).unwrap() + 1;

    let text = run(&["--format", "text"], &bad);
    assert_eq!(text.code, 2, "{text:?}");
    assert_eq!(text.stdout, "");
    assert!(
        text.stderr.contains(
            "agreements[1].placements[0].dates.first: 2026-02-30 is not a date in the calendar"
        ),
        "{}",
        text.stderr
    );
    assert!(text.stderr.contains(&format!("(line {line}, ")));

    let json = run(&["--format", "json"], &bad);
    assert_eq!(json.code, 2, "{json:?}");
    assert_eq!(json.stdout, "");
    let error: Value = serde_json::from_str(&json.stderr).unwrap();
    let error = &error["bad_input"];
    assert_eq!(error["source"], "standard input");
    assert_eq!(error["path"], "agreements[1].placements[0].dates.first");
    assert_eq!(error["pointer"], "/agreements/1/placements/0/dates/first");
    assert_eq!(error["line"], line);
    assert!(error["reason"]
        .as_str()
        .unwrap()
        .starts_with("2026-02-30 is not a date in the calendar"));
}

#[test]
fn text_that_is_not_json_or_a_file_that_is_missing_exits_with_2() {
    let truncated = &FIXTURE[..FIXTURE.len() / 2];
    let out = run(&["--format", "text", "-"], truncated);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.starts_with("bad input: standard input: "));

    let missing = temp_file("present.json", "{}").with_file_name("absent.json");
    let missing = missing.to_str().unwrap();
    let out = run(&["--format", "text", missing], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains(missing), "{}", out.stderr);
    let out = run(&[missing], "");
    assert_eq!(out.code, 2, "{out:?}");
    let error: Value = serde_json::from_str(&out.stderr).unwrap();
    assert_eq!(error["bad_input"]["source"], missing);
}

#[test]
fn bad_arguments_exit_with_2_naming_the_argument() {
    for (args, named) in [
        (&["--format", "xml"][..], "\"xml\""),
        (&["--format"][..], "--format needs a value"),
        (&["--lang", "fr", FIXTURE_PATH][..], "\"fr\""),
        (&["--lang="][..], "--lang must be zh or en"),
        (&["--policy"][..], "--policy needs a value"),
        (&["--verbose"][..], "unknown option \"--verbose\""),
        (&["a.json", "b.json"][..], "a.json was named, then b.json"),
        (&["-", FIXTURE_PATH][..], "one portfolio at a time"),
    ] {
        let out = run(args, FIXTURE);
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(out.stderr.contains(named), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("--help"), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn help_prints_the_usage_and_exits_with_0() {
    for flag in ["--help", "-h"] {
        let out = run(&["--format", "text", flag], "");
        assert_eq!(out.code, 0);
        assert_eq!(out.stdout, tool::HELP);
        for word in [
            "--format text|json",
            "--lang zh|en",
            "--policy",
            "exit codes",
        ] {
            assert!(out.stdout.contains(word), "{word}");
        }
    }
}

#[test]
fn a_policy_file_changes_the_limits_and_a_bad_one_exits_with_2() {
    let cn = Policy::cn();
    let mut longer = serde_json::to_value(&cn).unwrap();
    longer["max_weekly_work_hours"] = Value::from(44);
    let policy = temp_file("policy.json", &longer.to_string());
    let out = run(&["--policy", policy.to_str().unwrap(), FIXTURE_PATH], "");
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(codes(&out.stdout), ["agreement.signed_before_start"]);

    let bad = temp_file("bad-policy.json", r#"{"max_weekly_work_hours": "forty"}"#);
    let out = run(
        &["--format", "text", "--policy", bad.to_str().unwrap()],
        FIXTURE,
    );
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("policy ") && out.stderr.contains(": max_weekly_work_hours: "),
        "{}",
        out.stderr
    );
}

/// The README's section for users in other languages.
fn readme_section() -> &'static str {
    let start = README
        .find("## For systems in other languages")
        .expect("the README has a section for systems in other languages");
    let rest = &README[start + 3..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

/// The code blocks of `lang` in `text`, in order.
fn blocks<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let fence = format!("```{lang}\n");
    text.split(fence.as_str())
        .skip(1)
        .map(|block| &block[..block.find("```").unwrap()])
        .collect()
}

#[test]
fn the_readmes_minimal_document_checks_as_acceptable() {
    let section = readme_section();
    let document = blocks(section, "json")[0];
    let portfolio: Portfolio = school_enterprise::read_json(document).unwrap();
    assert!(portfolio.check(&Policy::cn()).is_empty());
    let out = run(&["--format", "json", "--lang", "zh"], document);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(codes(&out.stdout), Vec::<String>::new());
}

#[test]
fn the_readmes_report_is_what_the_tool_prints_without_the_safety_training() {
    let section = readme_section();
    let json = blocks(section, "json");
    let mut document: Value = serde_json::from_str(json[0]).unwrap();
    let placement = document
        .pointer_mut("/agreements/0/placements/0")
        .unwrap()
        .as_object_mut()
        .unwrap();
    assert!(placement.remove("safety_training_on").is_some());
    let out = run(&["--format", "json"], &document.to_string());
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(codes(&out.stdout), ["placement.safety_training"]);
    assert_eq!(out.stdout, json[1], "the README shows another report");
}

/// The program `cargo test` builds beside this test's own binary
/// (`target/<profile>/deps/check_json-HASH` → `target/<profile>/examples/check_json`).
fn program() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(Path::parent).unwrap();
    let program = profile_dir
        .join("examples")
        .join(format!("check_json{}", std::env::consts::EXE_SUFFIX));
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/check_json.rs");
    let built = std::fs::metadata(&program).and_then(|m| m.modified());
    let written = std::fs::metadata(&source)
        .and_then(|m| m.modified())
        .unwrap();
    match built {
        Ok(built) if built >= written => program,
        _ => panic!(
            "{} is missing or older than its source: `cargo test` builds the examples, \
             `cargo test --test check_json` alone does not (run `cargo build --example check_json`)",
            program.display()
        ),
    }
}

/// Runs the built program with these arguments and this standard input.
fn spawn(args: &[&str], stdin: &str) -> Outcome {
    use std::io::Write;
    let mut child = Command::new(program())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let text = stdin.to_owned();
    // Written from another thread: the program may print before it has read everything.
    let writer = std::thread::spawn(move || pipe.write_all(text.as_bytes()));
    let output = child.wait_with_output().unwrap();
    // A program that refuses its arguments exits without reading standard input.
    if let Err(error) = writer.join().unwrap() {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    Outcome {
        code: u8::try_from(output.status.code().unwrap()).unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

#[test]
fn end_to_end_the_fixture_by_path_and_on_standard_input() {
    let by_path = spawn(&["--format", "json", "--lang", "zh", FIXTURE_PATH], "");
    assert_eq!(by_path.code, 1, "{by_path:?}");
    assert_eq!(
        by_path,
        run(&["--format", "json", "--lang", "zh", FIXTURE_PATH], "")
    );
    // In English the JSON is the report's own; in Chinese only the messages differ (see
    // `chinese_reports_carry_chinese_messages_and_the_same_machine_fields`).
    let english = spawn(&["--format", "json", "--lang", "en", FIXTURE_PATH], "");
    let printed: Value = serde_json::from_str(&english.stdout).unwrap();
    assert_eq!(printed, serde_json::to_value(fixture_report()).unwrap());

    assert_eq!(
        spawn(&["--format", "json", "--lang", "zh"], FIXTURE),
        by_path
    );
    assert_eq!(spawn(&["-"], FIXTURE), english);
}

#[test]
fn end_to_end_a_bad_document_exits_with_2_and_names_the_path() {
    let bad = fixture_with("/agreements/0/validity/last", Value::from("2025-01-01"));
    let out = spawn(&["--format", "text"], &bad);
    assert_eq!(out.code, 2, "{out:?}");
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .starts_with("bad input: standard input: agreements[0].validity: "),
        "{}",
        out.stderr
    );
    let out = spawn(&["--lang", "xx"], &bad);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("\"xx\""), "{}", out.stderr);
}

#[test]
fn end_to_end_the_readmes_document_is_acceptable() {
    let document = blocks(readme_section(), "json")[0];
    let file = temp_file("readme.json", document);
    let out = spawn(&[file.to_str().unwrap()], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(codes(&out.stdout), Vec::<String>::new());
}

#[test]
fn the_readmes_bad_input_is_what_the_tool_prints_for_a_reversed_validity() {
    let section = readme_section();
    let document = blocks(section, "json")[0];
    assert_eq!(document.matches("..=2027-01-31\"").count(), 1);
    let reversed = document.replace("..=2027-01-31\"", "..=2025-01-31\"");
    let out = run(&[], &reversed);
    assert_eq!(out.code, 2, "{out:?}");
    let mut printed: Value = serde_json::from_str(&out.stderr).unwrap();
    assert_eq!(printed["bad_input"]["source"], "standard input");
    printed["bad_input"]["source"] = Value::from("doc.json");
    let shown: Value = serde_json::from_str(blocks(section, "text")[0]).unwrap();
    assert_eq!(printed, shown, "the README shows another error");
}
