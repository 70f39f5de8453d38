//! The catalogue and reports in Simplified Chinese and English: every code has both languages; a
//! report of every code renders in both; Chinese output holds no English words beyond codes,
//! ids, paths, dates and names; reports for machines carry JSON Pointers and typed figures, and
//! old reports still read; rendering a large report allocates linearly.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use school_enterprise::*;

// ---------------------------------------------------------------------------------------------
// Counting allocator (this test binary only), as in `tests/allocations.rs`: the allocations and
// the bytes this thread asks for while measuring.

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
}

fn count_one(size: usize) {
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        BYTES.with(|n| n.set(n.get() + size));
    }
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one(layout.size());
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one(new_size);
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations and bytes this thread asks for while running `f`, and what `f` returns.
fn measured<T>(f: impl FnOnce() -> T) -> (usize, usize, T) {
    ALLOCATIONS.with(|n| n.set(0));
    BYTES.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let out = f();
    COUNTING.with(|c| c.set(false));
    (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get), out)
}

// ---------------------------------------------------------------------------------------------
// Helpers.

fn d(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Whether `text` holds a Chinese character.
fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The ASCII words of `text` (runs of letters) once `allowed` substrings, `backticked` spans
/// and the profile names `cn` and `de` are taken out.
fn english_words(text: &str, allowed: &[String]) -> Vec<String> {
    let mut rest = text.to_owned();
    let mut allowed: Vec<&String> = allowed.iter().filter(|a| !a.is_empty()).collect();
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for a in allowed {
        rest = rest.replace(a.as_str(), " ");
    }
    // Code spans: parameter names and codes.
    let mut out = String::new();
    for (i, part) in rest.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
            out.push(' ');
        }
    }
    out.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .filter(|w| !matches!(*w, "cn" | "de"))
        .map(str::to_owned)
        .collect()
}

/// The leaves of a figure value that read the same in every language: text (ids, names, times),
/// paths and money (its currency code).
fn verbatim(value: &FigureValue, out: &mut Vec<String>) {
    match value {
        FigureValue::Text(text) => out.push(text.clone()),
        FigureValue::Path(path) => out.push(path.to_string()),
        FigureValue::Id(id) => out.push(id.to_string()),
        FigureValue::Money(money) => out.push(money.to_string()),
        FigureValue::List(items) => items.iter().for_each(|i| verbatim(i, out)),
        FigureValue::Phrase(phrase) => phrase.args.iter().for_each(|a| verbatim(a, out)),
        _ => {}
    }
}

/// What a Chinese rendering of `v` may hold in ASCII letters: its code, its path and the
/// verbatim leaves of its figures.
fn allowed_in(v: &Violation) -> Vec<String> {
    let mut allowed = vec![v.code().to_string(), v.path().to_string()];
    for figure in v.figures() {
        verbatim(&figure.typed, &mut allowed);
    }
    allowed
}

/// One violation of every code, with figures of every kind of value.
fn every_code() -> Vec<Violation> {
    let path = Path::root()
        .field("agreements")
        .index(3)
        .field("placements")
        .index(0);
    RuleCode::ALL
        .iter()
        .map(|code| {
            Violation::new(
                *code,
                code.default_severity(),
                path.clone(),
                format!("{} is broken", code.title()),
            )
            .with_value("limit", Quantity::new(40, Unit::Hours))
            .with_value("actual", FigureValue::hours_minutes(44 * 60 + 30))
            .with_value("first_day", d(2026, 9, 1))
            .with_value("month", FigureValue::month_of(d(2026, 3, 9)))
            .with_value("day", chrono::Weekday::Sat)
            .with_value("paid", Money::new(4_800_00, Currency::CNY))
            .with_value("earlier", path.clone().field("dates"))
            .with_value("guardian", Sentinel::Missing)
            .with_value("forbidden_for", FigureValue::term("minors"))
            .with_value(
                "hazards",
                FigureValue::list([FigureValue::term("height"), FigureValue::term("noise")]),
            )
            .with_value(
                "interns",
                FigureValue::phrase(
                    PhraseKey::ShareOf,
                    [
                        Share::from_per_mille(100).unwrap().into(),
                        40.into(),
                        Quantity::new(4, Unit::Interns).into(),
                    ],
                ),
            )
            .with_value("student", StudentId::from_u128(7))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The catalogue.

#[test]
fn every_code_has_a_title_statement_source_and_message_in_both_languages() {
    let catalogue = Catalogue::new();
    assert_eq!(catalogue.entries().len(), RuleCode::ALL.len());
    for (entry, code) in catalogue.entries().iter().zip(RuleCode::ALL) {
        assert_eq!(entry.code, *code);
        assert_eq!(entry.severity, code.default_severity(), "{code}");
        assert_eq!(entry.area, code.area(), "{code}");
        assert_eq!(entry.title.get(Lang::En), code.title(), "{code}");
        assert_eq!(entry.statement.get(Lang::En), code.statement(), "{code}");
        assert_eq!(entry.source.get(Lang::En), code.source(), "{code}");
        for (what, text) in [
            ("title", &entry.title),
            ("statement", &entry.statement),
            ("source", &entry.source),
            ("message", &entry.message),
        ] {
            let (zh, en) = (text.get(Lang::Zh), text.get(Lang::En));
            // English (a source may quote a document number in Chinese).
            assert!(
                en.split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| w.len() >= 3),
                "{code} {what} in English: {en:?}"
            );
            assert!(has_chinese(zh), "{code} {what} in Chinese: {zh:?}");
            let words = english_words(zh, &[code.to_string()]);
            assert!(
                words.is_empty(),
                "{code} {what} in Chinese has {words:?}: {zh}"
            );
        }
        assert_eq!(code.title_in(Lang::Zh), entry.title.get(Lang::Zh));
        assert_eq!(code.statement_in(Lang::Zh), entry.statement.get(Lang::Zh));
        assert_eq!(code.source_in(Lang::Zh), entry.source.get(Lang::Zh));
    }
}

#[test]
fn chinese_sources_name_the_instrument_and_the_article() {
    let source = |code: RuleCode| code.source_in(Lang::Zh);
    assert_eq!(
        source(RuleCode::PlacementNightWork),
        "《职业学校学生实习管理规定》（教职成〔2021〕4号）第十七条第（三）项"
    );
    assert_eq!(
        source(RuleCode::PlacementMinAge),
        "《职业学校学生实习管理规定》（教职成〔2021〕4号）第十六条第（二）项；\
         《职业学校学生实习管理规定》（教职成〔2021〕4号）第四十七条"
    );
    assert_eq!(
        source(RuleCode::EmployedStudyFullTime),
        "《中华人民共和国劳动合同法》第六十八条"
    );
    assert_eq!(source(RuleCode::AgreementUniqueIds), "领域规则");
    // Every English source that names the 2021 provisions has a Chinese one that names them too.
    for code in RuleCode::ALL {
        if code.source().contains("Internship provisions") {
            assert!(
                source(*code).contains("《职业学校学生实习管理规定》"),
                "{code}: {}",
                source(*code)
            );
        }
        if code.source() == "domain rule" {
            assert_eq!(source(*code), "领域规则", "{code}");
        }
    }
}

#[test]
fn the_catalogue_serializes_and_reads_back() {
    let catalogue = Catalogue::new();
    let json = serde_json::to_value(&catalogue).unwrap();
    let first = &json["rules"][0];
    assert_eq!(first["code"], "agreement.activity_within_term");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["area"], "agreement");
    assert_eq!(first["title"]["en"], "Activity within term");
    assert_eq!(first["title"]["zh"], "活动在协议期内");
    let back: Catalogue = serde_json::from_value(json).unwrap();
    assert_eq!(back, catalogue);
    assert_eq!(
        catalogue.get(RuleCode::PlacementMinAge),
        Some(&RuleCode::PlacementMinAge.entry())
    );
}

#[test]
fn languages_read_and_print_as_zh_and_en() {
    assert_eq!("zh".parse::<Lang>().unwrap(), Lang::Zh);
    assert_eq!("en".parse::<Lang>().unwrap(), Lang::En);
    assert_eq!(Lang::Zh.to_string(), "zh");
    let err = "fr".parse::<Lang>().unwrap_err().to_string();
    assert!(err.contains("\"fr\""), "{err}");
    assert_eq!(serde_json::to_string(&Lang::Zh).unwrap(), "\"zh\"");
}

// ---------------------------------------------------------------------------------------------
// Reports.

#[test]
fn a_report_of_every_code_renders_in_both_languages() {
    let report = Report::from_violations(every_code());
    assert_eq!(report.codes().len(), RuleCode::ALL.len());
    let en = report.render(Lang::En);
    assert_eq!(en, report.to_string(), "English is what Display prints");
    let zh = report.render(Lang::Zh);
    let (en_lines, zh_lines): (Vec<&str>, Vec<&str>) = (en.lines().collect(), zh.lines().collect());
    assert_eq!(en_lines.len(), report.len() + 1);
    assert_eq!(zh_lines.len(), report.len() + 1);
    assert!(
        zh_lines[0].contains("个错误") && zh_lines[0].contains("个警告"),
        "{}",
        zh_lines[0]
    );
    for ((v, en_line), zh_line) in report.iter().zip(&en_lines[1..]).zip(&zh_lines[1..]) {
        let rule = v.rule().unwrap();
        assert!(en_line.contains(v.message()), "{en_line}");
        assert!(
            zh_line.contains(rule.entry().message.get(Lang::Zh)),
            "{zh_line}"
        );
        assert!(zh_line.contains(v.code().as_str()), "{zh_line}");
        assert!(zh_line.contains("限值 = 40 小时"), "{zh_line}");
        assert!(zh_line.contains("实际 = 44 小时 30 分钟"), "{zh_line}");
        assert!(zh_line.contains("日 = 星期六"), "{zh_line}");
        assert!(zh_line.contains("监护人 = 缺失"), "{zh_line}");
        assert!(zh_line.contains("危害因素 = 高处作业、噪声"), "{zh_line}");
        assert!(zh_line.contains("40 的 10% = 4 名实习生"), "{zh_line}");
        let words = english_words(zh_line, &allowed_in(v));
        assert!(words.is_empty(), "English words {words:?} in {zh_line}");
        assert_eq!(v.render(Lang::Zh), zh_line.trim_start());
    }
}

#[test]
fn a_message_the_crate_knows_renders_in_its_own_chinese_form() {
    let at = Path::root().field("placements").index(0);
    let night = Violation::new(
        RuleCode::PlacementNightWork,
        Severity::Error,
        at.clone(),
        "the shift overlaps the night",
    );
    assert_eq!(night.message_in(Lang::Zh), "班次与夜间时段重叠");
    let unknown = Violation::new(
        RuleCode::PlacementNightWork,
        Severity::Error,
        at,
        "something",
    );
    assert_eq!(
        unknown.message_in(Lang::Zh),
        RuleCode::PlacementNightWork.entry().message.get(Lang::Zh)
    );
    assert_eq!(unknown.message_in(Lang::En), "something");
}

#[test]
fn figures_keep_their_text_and_carry_their_type() {
    let v = &every_code()[0];
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("44 h 30 min"));
    assert_eq!(v.figure("month"), Some("2026-03"));
    assert_eq!(v.figure("day"), Some("Sat"));
    assert_eq!(v.figure("paid"), Some("4800.00 CNY"));
    assert_eq!(v.figure("guardian"), Some("missing"));
    assert_eq!(v.figure("hazards"), Some("height, noise"));
    assert_eq!(v.figure("interns"), Some("10% of 40 = 4 interns"));
    let limit = v.figures().iter().find(|f| f.name == "limit").unwrap();
    assert_eq!(
        limit.typed,
        FigureValue::Quantity(Quantity::new(40, Unit::Hours))
    );
    assert_eq!(limit.label(Lang::Zh), "限值");
}

#[test]
fn a_violation_in_json_carries_its_pointer_and_typed_figures() {
    let v = &every_code()[0];
    let json = serde_json::to_value(v).unwrap();
    assert_eq!(json["path"], "agreements[3].placements[0]");
    assert_eq!(json["pointer"], "/agreements/3/placements/0");
    assert_eq!(v.json_pointer(), "/agreements/3/placements/0");
    let limit = &json["figures"][0];
    assert_eq!(limit["name"], "limit");
    assert_eq!(limit["value"], "40 h");
    assert_eq!(
        limit["typed"],
        serde_json::json!({"quantity": {"amount": 40, "unit": "hours"}})
    );
    assert_eq!(
        json["figures"][2]["typed"],
        serde_json::json!({"date": "2026-09-01"})
    );
    assert_eq!(
        json["figures"][7]["typed"],
        serde_json::json!({"sentinel": "missing"})
    );
    let back: Violation = serde_json::from_value(json).unwrap();
    assert_eq!(&back, v);
}

#[test]
fn old_reports_without_pointers_or_types_still_read() {
    let old = r#"{"violations": [{"code": "placement.min_age", "severity": "error",
        "path": "placements[0]", "message": "too young",
        "figures": [{"name": "limit", "value": "16 years"}]}]}"#;
    let report: Report = serde_json::from_str(old).unwrap();
    let v = &report.violations()[0];
    assert_eq!(v.figure("limit"), Some("16 years"));
    assert_eq!(
        v.figures()[0].typed,
        FigureValue::Text("16 years".to_owned())
    );
    assert_eq!(v.json_pointer(), "/placements/0");
}

#[test]
fn a_pointer_that_contradicts_the_path_is_refused() {
    let bad = r#"{"code": "placement.min_age", "severity": "error", "path": "placements[0]",
        "pointer": "/placements/1", "message": "too young"}"#;
    let err = serde_json::from_str::<Violation>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("/placements/1"), "{err}");
}

#[test]
fn a_typed_value_that_contradicts_the_text_is_refused() {
    let bad = r#"{"code": "placement.min_age", "severity": "error", "path": "placements[0]",
        "message": "too young", "figures": [{"name": "limit", "value": "16 years",
        "typed": {"quantity": {"amount": 18, "unit": "years_of_age"}}}]}"#;
    let err = serde_json::from_str::<Violation>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("\"18 years\""), "{err}");
}

#[test]
fn custom_rules_keep_their_message_in_every_language() {
    let code = CustomCode::new("acme.max_commute").unwrap();
    let v = Violation::new(code, Severity::Warning, Path::root(), "commute too long")
        .with_figure("actual", "95 min");
    assert_eq!(v.message_in(Lang::Zh), "commute too long");
    assert_eq!(
        v.render(Lang::Zh),
        "警告 acme.max_commute 位于 （根）：commute too long（实际 = 95 min）"
    );
    assert_eq!(Report::new().render(Lang::Zh), "没有违规");
}

#[test]
fn rendering_allocates_linearly_in_the_size_of_the_report() {
    let one_of_each = every_code();
    let report_of = |copies: usize| {
        Report::from_violations(
            (0..copies)
                .flat_map(|_| one_of_each.iter().cloned())
                .collect(),
        )
    };
    let (small, large) = (report_of(2), report_of(20));
    for lang in Lang::ALL {
        let (_, _, _) = measured(|| small.render(lang));
        let (n_small, _, text_small) = measured(|| small.render(lang));
        let (n_large, bytes_large, text_large) = measured(|| large.render(lang));
        let (len_small, len_large) = (text_small.len(), text_large.len());
        eprintln!(
            "{lang}: {} violations, {len_small} bytes of text, {n_small} allocations; \
             {} violations, {len_large} bytes, {n_large} allocations, {bytes_large} bytes asked",
            small.len(),
            large.len()
        );
        assert!(
            len_large > 9 * len_small,
            "{lang}: {len_small} and {len_large} bytes"
        );
        // One growing buffer: its reallocations are logarithmic, its bytes at most about twice
        // the text's; nothing per violation or per figure.
        assert!(
            n_large <= n_small + 8,
            "{lang}: {n_small} then {n_large} allocations"
        );
        assert!(
            bytes_large <= 4 * len_large + 1024,
            "{lang}: {bytes_large} bytes asked for {len_large} of text"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Real violations: the kit's single-fault mutations of every mode, rendered in Chinese.

#[cfg(feature = "proptest")]
mod real {
    use std::collections::BTreeSet;

    use proptest::strategy::{BoxedStrategy, Strategy, ValueTree};
    use proptest::test_runner::{Config, TestRunner};
    use school_enterprise::testing::*;
    use school_enterprise::*;

    use super::{allowed_in, english_words};

    fn sizes() -> Sizes {
        Sizes {
            students: 4,
            placements_per_student: 2,
        }
    }

    /// A few reports of each mutation of `codes`.
    fn reports<T>(
        codes: &[RuleCode],
        strategy: impl Fn(RuleCode) -> Option<BoxedStrategy<Mutation<T>>>,
        check: impl Fn(&Mutation<T>) -> Report,
        out: &mut Vec<Report>,
    ) where
        T: std::fmt::Debug,
    {
        let mut runner = TestRunner::new(Config {
            failure_persistence: None,
            ..Config::default()
        });
        for code in codes {
            let Some(strategy) = strategy(*code) else {
                continue;
            };
            for _ in 0..2 {
                let m = strategy.new_tree(&mut runner).unwrap().current();
                out.push(check(&m));
            }
        }
    }

    #[test]
    fn real_reports_of_every_mode_render_in_chinese_without_english_words() {
        let mut all = Vec::new();
        let agreement = |m: &Mutation<testing::Arrangement>| {
            m.target.agreement.check(&m.target.registry, &m.policy)
        };
        reports(
            AGREEMENT_MUTATIONS,
            |c| agreement_mutation(c, sizes()),
            agreement,
            &mut all,
        );
        reports(
            PORTFOLIO_MUTATIONS,
            |c| portfolio_mutation(c, 3, sizes()),
            |m| m.target.check(&m.policy),
            &mut all,
        );
        reports(
            ALTERNATION_MUTATIONS,
            |c| alternation_mutation(c, sizes()),
            agreement,
            &mut all,
        );
        reports(
            INTERACTION_MUTATIONS,
            |c| interaction_mutation(c, sizes()),
            agreement,
            &mut all,
        );
        reports(
            INTRODUCED_MUTATIONS,
            |c| introduced_mutation(c, sizes()),
            agreement,
            &mut all,
        );
        reports(
            ORDER_MUTATIONS,
            |c| order_mutation(c, sizes()),
            agreement,
            &mut all,
        );
        reports(
            DE_MUTATIONS,
            |c| de_mutation(c, sizes()),
            agreement,
            &mut all,
        );
        let mut seen = BTreeSet::new();
        if std::env::var_os("DUMP_MESSAGES").is_some() {
            let mut pairs = BTreeSet::new();
            for report in &all {
                for v in report {
                    pairs.insert(format!("{}|{}", v.code(), v.message()));
                }
            }
            for pair in pairs {
                eprintln!("MSG {pair}");
            }
        }
        for report in &all {
            let zh = report.render(Lang::Zh);
            for (v, line) in report.iter().zip(zh.lines().skip(1)) {
                seen.extend(v.rule());
                let mut allowed = allowed_in(v);
                // A note names the exemption by its path and its reference, as given.
                if let Some(note) = v.note() {
                    let reference = note.split_once(" (").and_then(|(_, r)| r.rsplit_once(") "));
                    allowed.extend(reference.map(|(r, _)| r.to_owned()));
                }
                let words = english_words(line, &allowed);
                assert!(
                    words.is_empty(),
                    "English words {words:?} in\n{line}\n({v})"
                );
            }
        }
        let missing: Vec<_> = RuleCode::ALL.iter().filter(|c| !seen.contains(c)).collect();
        eprintln!(
            "the kit raised {} codes; not raised: {missing:?}",
            seen.len()
        );
        assert!(
            seen.len() * 10 >= RuleCode::ALL.len() * 9,
            "the kit raised {} codes; missing {missing:?}",
            seen.len()
        );
    }
}
