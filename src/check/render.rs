//! Reports written for people in Chinese or English: [`Violation::render`] and
//! [`Report::render`], with the Chinese labels of figure names.
//!
//! English is what `Display` prints. Chinese takes the rule's message from the Chinese
//! catalogue, each figure's label from [`LABELS`] and each value's Chinese form
//! ([`FigureValue::render`](super::FigureValue::render)); codes, ids, paths and dates are the same
//! in both.

use std::fmt::{self, Write};

use super::{texts, Code, Lang, Report, Severity, Violation};

/// The Chinese label of every figure name the catalogue's rules use.
pub(crate) const LABELS: &[(&str, &str)] = &[
    ("actual", "实际"),
    ("adult_age", "成年年龄"),
    ("age", "年龄"),
    ("agreement_school", "协议学校"),
    ("amount", "金额"),
    ("at", "时刻"),
    ("at_enterprise", "在企业"),
    ("at_school", "在学校"),
    ("base", "基地"),
    ("birth_date", "出生日期"),
    ("category", "类别"),
    ("class", "班级"),
    ("classes", "上课时间"),
    ("cohort_grade", "群体年级"),
    ("cohort_major", "群体专业"),
    ("commitment", "就业承诺"),
    ("committed_post", "承诺岗位"),
    ("contribution", "投入"),
    ("date", "日期"),
    ("dated", "日期"),
    ("dates", "日期范围"),
    ("day", "日"),
    ("deadline", "期限"),
    ("deductions", "扣款"),
    ("delivered_on", "交付日期"),
    ("due", "应付"),
    ("earlier", "先前元素"),
    ("earlier_dates", "先前日期范围"),
    ("earlier_host", "先前接收单位"),
    ("earlier_time", "先前时间"),
    ("employee_since", "入职日期"),
    ("employees", "职工人数"),
    ("employer", "雇主"),
    ("enrolled_on", "入学日期"),
    ("enterprise", "企业"),
    ("exam", "考试"),
    ("expected_graduation", "预计毕业日期"),
    ("fewest", "最少组"),
    ("fewest_days", "最少天数"),
    ("first_day", "首日"),
    ("first_day_outside", "首个超出日"),
    ("first_uncovered_day", "首个未覆盖日"),
    ("first_unpaid_day", "首个未付日"),
    ("forbidden_for", "禁忌对象"),
    ("form", "支付形式"),
    ("grade", "年级"),
    ("group", "组"),
    ("group_at", "组位置"),
    ("guardian", "监护人"),
    ("hazards", "危害因素"),
    ("holiday", "节假日"),
    ("host", "实习单位"),
    ("id", "标识"),
    ("instructor", "指导教师"),
    ("intermediary", "中介机构"),
    ("interns", "实习生人数"),
    ("internship", "实习"),
    ("internship_last_day", "实习最后一天"),
    ("kind", "类型"),
    ("largest", "最大组"),
    ("largest_size", "最大组人数"),
    ("last_safety_violation", "最近安全违法日期"),
    ("legal_status", "法律地位"),
    ("lessons", "课时"),
    ("limit", "限值"),
    ("line", "生产线"),
    ("listed_after", "排在其后"),
    ("listed_after_dates", "排在其后的日期范围"),
    ("lowest_wage_standard", "最低档工资标准"),
    ("major", "专业"),
    ("min_rest", "最少休息"),
    ("missing", "缺少"),
    ("module", "模块"),
    ("month", "月份"),
    ("most", "最多组"),
    ("most_days", "最多天数"),
    ("needed_on", "需要日期"),
    ("night", "夜间时段"),
    ("on_the_job_hours", "在岗学时"),
    ("ordering_enterprise", "订单企业"),
    ("owner", "所属方"),
    ("paid", "实付"),
    ("paid_on", "支付日期"),
    ("part_time_share", "非全日制比例"),
    ("pay", "报酬"),
    ("payee", "收款人"),
    ("post", "岗位"),
    ("post_held_by", "岗位所属"),
    ("post_major_category", "岗位专业类别"),
    ("production", "生产周期"),
    ("provided", "提供期"),
    ("purposes", "用途"),
    ("requirement", "需求"),
    ("rest_days", "休息日"),
    ("school", "学校"),
    ("school_credit", "计入上课时间"),
    ("school_day", "上课日"),
    ("school_instructor", "学校指导教师"),
    ("session", "课次"),
    ("setters", "命题方"),
    ("setting", "安排"),
    ("shift", "班次"),
    ("shift_at", "班次位置"),
    ("signed_on", "签署日期"),
    ("site", "场地"),
    ("smallest", "最小组"),
    ("smallest_size", "最小组人数"),
    ("starts_on", "开始日期"),
    ("student", "学生"),
    ("student_major_category", "学生专业类别"),
    ("student_premium_share", "学生承担保费比例"),
    ("student_school", "学生所在学校"),
    ("supervisor", "实习单位指导人员"),
    ("task", "任务"),
    ("theory_hours", "理论学时"),
    ("time", "时间"),
    ("tolerance", "容差"),
    ("training_started_on", "培训开始日期"),
    ("training_year", "培训年度"),
    ("validity", "有效期"),
    ("venue", "场所"),
    ("vetted_on", "审查日期"),
    ("wage_standard", "工资标准"),
    ("week", "周"),
    ("window", "时段"),
    ("work", "工作时间"),
    ("working_time", "工作时间"),
];

/// The Chinese label of a figure name, if the crate has one.
pub(crate) fn label_zh(name: &str) -> Option<&'static str> {
    LABELS
        .binary_search_by(|(key, _)| (*key).cmp(name))
        .ok()
        .and_then(|i| LABELS.get(i))
        .map(|(_, zh)| *zh)
}

fn severity_text(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Error, Lang::Zh) => "错误",
        (Severity::Warning, Lang::Zh) => "警告",
    }
}

/// The message of `violation` in `lang`: in Chinese, the Chinese form of the violation's own
/// message when the crate has it, else its rule's Chinese message; a user-defined rule's message
/// as it was given.
pub(crate) fn message(violation: &Violation, lang: Lang) -> &str {
    match (lang, violation.code()) {
        (Lang::Zh, Code::Rule(rule)) => texts::MESSAGES
            .binary_search_by(|(en, _)| (*en).cmp(violation.message()))
            .ok()
            .and_then(|i| texts::MESSAGES.get(i))
            .map(|(_, zh)| *zh)
            .or_else(|| texts_of(*rule).map(|r| r.message))
            .unwrap_or(violation.message()),
        _ => violation.message(),
    }
}

pub(crate) fn texts_of(rule: super::RuleCode) -> Option<&'static texts::RuleTexts> {
    texts::RULES
        .get(rule as usize)
        .filter(|r| r.code == rule.as_str())
        .or_else(|| texts::RULES.iter().find(|r| r.code == rule.as_str()))
}

/// Writes one violation in `lang`, on one line.
pub(crate) fn write_violation(v: &Violation, lang: Lang, out: &mut dyn Write) -> fmt::Result {
    let (at, root, colon, open, sep, close, equals, note) = match lang {
        Lang::En => (" at ", "(root)", ": ", " (", ", ", ")", " = ", "; "),
        Lang::Zh => (" 位于 ", "（根）", "：", "（", "，", "）", " = ", "；"),
    };
    out.write_str(severity_text(v.severity(), lang))?;
    out.write_char(' ')?;
    out.write_str(v.code().as_str())?;
    out.write_str(at)?;
    if v.path().is_root() {
        out.write_str(root)?;
    } else {
        write!(out, "{}", v.path())?;
    }
    out.write_str(colon)?;
    out.write_str(message(v, lang))?;
    for (i, figure) in v.figures().iter().enumerate() {
        out.write_str(if i == 0 { open } else { sep })?;
        out.write_str(figure.label(lang))?;
        out.write_str(equals)?;
        match lang {
            Lang::En => out.write_str(&figure.value)?,
            Lang::Zh => figure.typed.write(lang, out)?,
        }
    }
    if !v.figures().is_empty() {
        out.write_str(close)?;
    }
    if let Some(text) = v.note() {
        out.write_str(note)?;
        match lang {
            Lang::En => out.write_str(text)?,
            Lang::Zh => write_note_zh(text, out)?,
        }
    }
    Ok(())
}

/// An exemption's note in Chinese. The engine writes it as `exemption <path> (<reference>) does
/// not apply: <reason>`, the reason one of two; a note of another form is written as it is.
fn write_note_zh(note: &str, out: &mut dyn Write) -> fmt::Result {
    let parsed = note.strip_prefix("exemption ").and_then(|rest| {
        let (path, rest) = rest.split_once(" (")?;
        let (reference, reason) = rest.rsplit_once(") does not apply: ")?;
        Some((path, reference, reason))
    });
    let Some((path, reference, reason)) = parsed else {
        return out.write_str(note);
    };
    write!(out, "豁免 {path}（{reference}）不适用：")?;
    if let Some(code) = reason
        .strip_prefix("the policy does not allow ")
        .and_then(|r| r.strip_suffix(" to be exempted"))
    {
        write!(out, "政策不允许豁免 {code}")
    } else if let Some((filed, first)) = reason
        .strip_prefix("it was filed on ")
        .and_then(|r| r.split_once(", after the placement's first day "))
    {
        write!(out, "其提交日期 {filed} 晚于实习首日 {first}")
    } else {
        out.write_str(reason)
    }
}

/// Writes a report in `lang`: a count line, then one line per violation.
pub(crate) fn write_report(report: &Report, lang: Lang, out: &mut dyn Write) -> fmt::Result {
    if report.is_empty() {
        return out.write_str(match lang {
            Lang::En => "no violations",
            Lang::Zh => "没有违规",
        });
    }
    let counts = report.counts();
    match lang {
        Lang::En => writeln!(out, "{counts}")?,
        Lang::Zh => writeln!(out, "{} 个错误，{} 个警告", counts.errors, counts.warnings)?,
    }
    for v in report {
        out.write_str("  ")?;
        write_violation(v, lang, out)?;
        out.write_char('\n')?;
    }
    Ok(())
}

impl Violation {
    /// The violation on one line in `lang`. In English it is what `Display` prints; in Chinese
    /// the message is the catalogue's Chinese message for the rule (a user-defined rule's message
    /// stays as it was given), and figures carry Chinese labels and values.
    ///
    /// ```
    /// use school_enterprise::{Lang, Path, Quantity, RuleCode, Severity, Unit, Violation};
    ///
    /// let v = Violation::new(RuleCode::WorktimeWeeklyHours, Severity::Error,
    ///         Path::root().field("placements").index(0), "the week's working time exceeds the limit")
    ///     .with_value("limit", Quantity::new(40, Unit::Hours));
    /// assert_eq!(v.render(Lang::En), v.to_string());
    /// assert_eq!(v.render(Lang::Zh),
    ///     "错误 worktime.weekly_hours 位于 placements[0]：一周工作时间超过上限（限值 = 40 小时）");
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = write_violation(self, lang, &mut out);
        out
    }

    /// The message in `lang` (see [`Violation::render`]).
    pub fn message_in(&self, lang: Lang) -> &str {
        message(self, lang)
    }
}

impl Report {
    /// The report in `lang`: a count line, then one line per violation (see
    /// [`Violation::render`]). In English it is what `Display` prints.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = write_report(self, lang, &mut out);
        out
    }

    /// Writes the report in `lang` into `out`, without building it in memory first.
    pub fn write_in(&self, lang: Lang, out: &mut dyn Write) -> fmt::Result {
        write_report(self, lang, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exemption_notes_read_in_chinese() {
        let zh = |note: &str| {
            let mut out = String::new();
            write_note_zh(note, &mut out).unwrap();
            out
        };
        assert_eq!(
            zh(
                "exemption agreements[4].exemptions[0] (EX-1 (late)) does not apply: \
                it was filed on 2026-03-02, after the placement's first day 2026-03-01"
            ),
            "豁免 agreements[4].exemptions[0]（EX-1 (late)）不适用：\
             其提交日期 2026-03-02 晚于实习首日 2026-03-01"
        );
        assert_eq!(
            zh("exemption exemptions[1] (R) does not apply: \
                the policy does not allow placement.min_age to be exempted"),
            "豁免 exemptions[1]（R）不适用：政策不允许豁免 placement.min_age"
        );
        assert_eq!(zh("something else"), "something else");
    }

    #[test]
    fn every_rule_has_its_texts_in_code_order() {
        let codes: Vec<&str> = texts::RULES.iter().map(|r| r.code).collect();
        let all: Vec<&str> = super::super::RuleCode::ALL
            .iter()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(codes, all);
    }

    #[test]
    fn messages_are_sorted_and_distinct_for_the_binary_search() {
        for pair in texts::MESSAGES.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0, "{} before {}", a.0, b.0);
            }
        }
    }

    #[test]
    fn labels_are_sorted_and_distinct_for_the_binary_search() {
        for pair in LABELS.windows(2) {
            if let [a, b] = pair {
                assert!(a.0 < b.0, "{} before {}", a.0, b.0);
            }
        }
    }
}
