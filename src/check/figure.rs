//! The typed value of a figure: a number with its unit, a date, a month, a weekday, an amount of
//! money, a path, a sentinel, a word of the domain or a phrase built of these; written in English
//! or in Chinese.

use std::borrow::Cow;
use std::fmt::{self, Write};

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::{Lang, Path};
use crate::{DateRange, Money, Share};

/// The value of a [`Figure`](crate::Figure), typed: what a machine reads, and what a report
/// renders in either language. Its English text ([`Display`](fmt::Display)) is the figure's text
/// ([`Figure::value`](crate::Figure::value)).
///
/// Serialized externally tagged: `{"quantity": {"amount": 40, "unit": "hours"}}`,
/// `{"date": "2026-09-01"}`, `{"sentinel": "missing"}`.
///
/// ```
/// use school_enterprise::{FigureValue, Lang, Quantity, Unit};
///
/// let limit = FigureValue::from(Quantity::new(40, Unit::Hours));
/// assert_eq!(limit.to_string(), "40 h");
/// assert_eq!(limit.render(Lang::Zh), "40 小时");
/// assert_eq!(FigureValue::hours_minutes(450).to_string(), "7 h 30 min");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FigureValue {
    /// A number with its unit: `40 h`, `3 days`, `16 years`, `2 student(s)`.
    Quantity(Quantity),
    /// A length of time in whole minutes, written in hours: `7 h`, `7 h 30 min`.
    Duration {
        /// The minutes.
        minutes: u64,
    },
    /// A date: `2026-09-01`.
    Date(NaiveDate),
    /// A date range: `2026-09-01..=2027-01-31`.
    Dates(DateRange),
    /// A calendar month: `2026-03`.
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// A day of the week: `Mon` to `Sun`.
    Weekday(Weekday),
    /// An amount of money: `4800.00 CNY`.
    Money(Money),
    /// A share: `80%`.
    Share(Share),
    /// A path in the checked root: `agreements[0].placements[2]`.
    Path(Path),
    /// The id of an element (a student, a host, a post...): the plain hyphenated UUID.
    Id(uuid::Uuid),
    /// A value that is not there.
    Sentinel(Sentinel),
    /// A word of the domain's vocabulary (`minors`, `school`, `Bar`), written in the report's
    /// language.
    Term(Cow<'static, str>),
    /// Several values: `a, b` (`a、b` in Chinese).
    List(Vec<FigureValue>),
    /// A phrase of several values: `more than 24 h`, `3 of 10 h`.
    Phrase(Phrase),
    /// Text the same in every language: an id, a name, a code, a time of day.
    Text(String),
}

impl FigureValue {
    /// Text the same in every language (an id, a name, a code), from anything that prints.
    pub fn text(value: impl fmt::Display) -> Self {
        FigureValue::Text(value.to_string())
    }

    /// A length of time in whole minutes: `7 h 30 min`.
    pub fn hours_minutes(minutes: u64) -> Self {
        FigureValue::Duration { minutes }
    }

    /// The month that holds `date`: `2026-03`.
    pub fn month_of(date: NaiveDate) -> Self {
        use chrono::Datelike;
        FigureValue::Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// A word of the domain's vocabulary; [`FigureValue::render`] writes it in Chinese when the
    /// vocabulary has it, and as given otherwise.
    pub fn term(word: impl Into<Cow<'static, str>>) -> Self {
        FigureValue::Term(word.into())
    }

    /// A phrase of `key` with its values.
    pub fn phrase(key: PhraseKey, args: impl IntoIterator<Item = FigureValue>) -> Self {
        FigureValue::Phrase(Phrase {
            key,
            args: args.into_iter().collect(),
        })
    }

    /// A list of values.
    pub fn list<T: Into<FigureValue>>(items: impl IntoIterator<Item = T>) -> Self {
        FigureValue::List(items.into_iter().map(Into::into).collect())
    }

    /// The value written in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = self.write(lang, &mut out);
        out
    }

    /// Writes the value in `lang`.
    pub fn write(&self, lang: Lang, out: &mut dyn Write) -> fmt::Result {
        match self {
            FigureValue::Quantity(q) => q.write(lang, out),
            FigureValue::Duration { minutes } => {
                let (h, m) = (minutes / 60, minutes % 60);
                match (lang, m) {
                    (Lang::En, 0) => write!(out, "{h} h"),
                    (Lang::En, m) => write!(out, "{h} h {m} min"),
                    (Lang::Zh, 0) => write!(out, "{h} 小时"),
                    (Lang::Zh, m) => write!(out, "{h} 小时 {m} 分钟"),
                }
            }
            FigureValue::Date(date) => write!(out, "{date}"),
            FigureValue::Dates(dates) => write!(out, "{dates}"),
            FigureValue::Month { year, month } => write!(out, "{year:04}-{month:02}"),
            FigureValue::Weekday(day) => match lang {
                Lang::En => write!(out, "{day}"),
                Lang::Zh => out.write_str(weekday_zh(*day)),
            },
            FigureValue::Money(money) => write!(out, "{money}"),
            FigureValue::Share(share) => write!(out, "{share}"),
            FigureValue::Path(path) => write!(out, "{path}"),
            FigureValue::Id(id) => write!(out, "{}", id.hyphenated()),
            FigureValue::Sentinel(sentinel) => out.write_str(sentinel.text(lang)),
            FigureValue::Term(word) => out.write_str(match lang {
                Lang::En => word,
                Lang::Zh => term_zh(word).unwrap_or(word),
            }),
            FigureValue::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.write_str(match lang {
                            Lang::En => ", ",
                            Lang::Zh => "、",
                        })?;
                    }
                    item.write(lang, out)?;
                }
                Ok(())
            }
            FigureValue::Phrase(phrase) => phrase.write(lang, out),
            FigureValue::Text(text) => out.write_str(text),
        }
    }
}

impl fmt::Display for FigureValue {
    /// The English text, the figure's text in [`Figure::value`](crate::Figure::value).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(Lang::En, f)
    }
}

/// A number with its unit. The number is `amount` / 10^`scale`: `Quantity::decimal(48_500, 3,
/// Unit::Hours)` is `48.5 h`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// The number, in units of 10^-`scale`.
    pub amount: i64,
    /// The decimal places of `amount` (0 for whole numbers).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub scale: u8,
    /// The unit.
    pub unit: Unit,
}

fn is_zero(scale: &u8) -> bool {
    *scale == 0
}

impl Quantity {
    /// A whole number of `unit`.
    pub fn new(amount: impl Into<i64>, unit: Unit) -> Self {
        Self {
            amount: amount.into(),
            scale: 0,
            unit,
        }
    }

    /// A count of `unit` from a `usize` or `u64` (saturating at `i64::MAX`).
    pub fn count(amount: impl TryInto<i64>, unit: Unit) -> Self {
        Self::new(amount.try_into().unwrap_or(i64::MAX), unit)
    }

    /// `amount` / 10^`scale` of `unit`; printed without trailing zeros (`48.5 h`).
    pub fn decimal(amount: i64, scale: u8, unit: Unit) -> Self {
        Self {
            amount,
            scale,
            unit,
        }
    }

    fn write(&self, lang: Lang, out: &mut dyn Write) -> fmt::Result {
        self.write_number(out)?;
        let unit = self.unit.text(lang);
        if unit.is_empty() {
            return Ok(());
        }
        if lang == Lang::Zh && self.unit == Unit::SquareMetres {
            return out.write_str(unit);
        }
        write!(out, " {unit}")
    }

    fn write_number(&self, out: &mut dyn Write) -> fmt::Result {
        let Some(divisor) = 10_u64.checked_pow(u32::from(self.scale)) else {
            return write!(out, "{}e-{}", self.amount, self.scale);
        };
        if divisor == 1 {
            return write!(out, "{}", self.amount);
        }
        let magnitude = self.amount.unsigned_abs();
        let (whole, rest) = (magnitude / divisor, magnitude % divisor);
        if self.amount < 0 {
            out.write_char('-')?;
        }
        write!(out, "{whole}")?;
        if rest == 0 {
            return Ok(());
        }
        let width = usize::from(self.scale);
        let digits = format!("{rest:0width$}");
        write!(out, ".{}", digits.trim_end_matches('0'))
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(Lang::En, f)
    }
}

/// The unit of a [`Quantity`]. Each has the English text the crate has always printed and a
/// Chinese one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// A bare number.
    None,
    /// Hours: `h`, 小时.
    Hours,
    /// Minutes: `min`, 分钟.
    Minutes,
    /// Minutes written out: `minutes`, 分钟.
    MinutesWritten,
    /// Days: `days`, 天.
    Days,
    /// Days, where one is possible: `day(s)`, 天.
    DaysOrOne,
    /// Weeks: `weeks`, 周.
    Weeks,
    /// Months: `months`, 个月.
    Months,
    /// Years (of experience, of a record): `years`, 年.
    Years,
    /// Years of age: `years`, 岁.
    YearsOfAge,
    /// Students: `students`, 名学生.
    Students,
    /// Students, where one is possible: `student(s)`, 名学生.
    StudentsOrOne,
    /// Interns: `interns`, 名实习生.
    Interns,
    /// Training stations: `stations`, 个工位.
    Stations,
    /// Places at a host, where one is possible: `place(s)`, 个名额.
    PlacesOrOne,
    /// Square metres: `m²`, 平方米.
    SquareMetres,
    /// Lessons a week: `lessons a week`, 节课/周.
    LessonsAWeek,
    /// Lessons: `lessons`, 节课.
    Lessons,
}

impl Unit {
    /// The unit's text in `lang` (empty for a bare number).
    pub fn text(self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            Unit::None => ("", ""),
            Unit::Hours => ("h", "小时"),
            Unit::Minutes => ("min", "分钟"),
            Unit::MinutesWritten => ("minutes", "分钟"),
            Unit::Days => ("days", "天"),
            Unit::DaysOrOne => ("day(s)", "天"),
            Unit::Weeks => ("weeks", "周"),
            Unit::Months => ("months", "个月"),
            Unit::Years => ("years", "年"),
            Unit::YearsOfAge => ("years", "岁"),
            Unit::Students => ("students", "名学生"),
            Unit::StudentsOrOne => ("student(s)", "名学生"),
            Unit::Interns => ("interns", "名实习生"),
            Unit::Stations => ("stations", "个工位"),
            Unit::PlacesOrOne => ("place(s)", "个名额"),
            Unit::SquareMetres => ("m²", "平方米"),
            Unit::LessonsAWeek => ("lessons a week", "节课/周"),
            Unit::Lessons => ("lessons", "节课"),
        };
        match lang {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// A value that is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sentinel {
    /// Required but absent: `missing`, 缺失.
    Missing,
    /// None at all: `none`, 无.
    None,
    /// A plan without courses: `no course`, 没有课程.
    NoCourse,
    /// Shifts that overlap, so no rest between them: `overlapping`, 重叠.
    Overlapping,
    /// No one assigned to a role: `none assigned`, 未配备.
    NoneAssigned,
}

impl Sentinel {
    /// The sentinel's text in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Sentinel::Missing, Lang::En) => "missing",
            (Sentinel::Missing, Lang::Zh) => "缺失",
            (Sentinel::None, Lang::En) => "none",
            (Sentinel::None, Lang::Zh) => "无",
            (Sentinel::NoCourse, Lang::En) => "no course",
            (Sentinel::NoCourse, Lang::Zh) => "没有课程",
            (Sentinel::Overlapping, Lang::En) => "overlapping",
            (Sentinel::Overlapping, Lang::Zh) => "重叠",
            (Sentinel::NoneAssigned, Lang::En) => "none assigned",
            (Sentinel::NoneAssigned, Lang::Zh) => "未配备",
        }
    }
}

/// A phrase of several values, such as `more than {0}`: its key names the template.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    /// Which phrase.
    pub key: PhraseKey,
    /// The values, in the template's order.
    pub args: Vec<FigureValue>,
}

impl Phrase {
    fn write(&self, lang: Lang, out: &mut dyn Write) -> fmt::Result {
        let mut rest = self.key.template(lang);
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            out.write_str(before)?;
            let digit = after.as_bytes().get(1).copied();
            match digit {
                Some(d @ b'0'..=b'9') if after.as_bytes().get(2) == Some(&b'}') => {
                    if let Some(arg) = self.args.get(usize::from(d - b'0')) {
                        arg.write(lang, out)?;
                    }
                    rest = after.get(3..).unwrap_or_default();
                }
                _ => {
                    out.write_char('{')?;
                    rest = after.get(1..).unwrap_or_default();
                }
            }
        }
        out.write_str(rest)
    }
}

/// The phrases a figure may be, each an English and a Chinese template of numbered values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PhraseKey {
    /// `{0} of {1}`: a part of a whole.
    PartOf,
    /// `{0} of {1} = {2}`: a share of a whole, and the result.
    ShareOf,
    /// `{0} ± {1}`: a target and a tolerance.
    PlusMinus,
    /// `{0}–{1}`: a range.
    Between,
    /// `{0} over {1}`: a total over a span.
    Over,
    /// `more than {0}`.
    MoreThan,
    /// `below {0}`.
    Below,
    /// `study year {0}, from {1}`.
    StudyYearFrom,
    /// `{0} to {1} after graduation`.
    AfterGraduation,
    /// `{0} to {1} after the internship`.
    AfterInternship,
    /// `{0} and {1}`.
    And,
    /// `{0}{1}`: two values side by side.
    Joined,
    /// `{0} {1}`: two values with a space between (a day and a span of time; a kind and an
    /// amount).
    Spaced,
    /// `none in the {0} before {1}`.
    NoneInYearsBefore,
    /// `{0} employed by {1}`.
    EmployedBy,
    /// `{0} {1} (break {2})`: a shift with its unpaid break.
    ShiftWithBreak,
    /// `{0} {1} ({2})`: a class session and its topic.
    ClassWithTopic,
}

impl PhraseKey {
    /// The template in `lang`: `{0}`, `{1}`, `{2}` stand for the values.
    pub fn template(self, lang: Lang) -> &'static str {
        let (en, zh) = match self {
            PhraseKey::PartOf => ("{0} of {1}", "{0}（共 {1}）"),
            PhraseKey::ShareOf => ("{0} of {1} = {2}", "{1} 的 {0} = {2}"),
            PhraseKey::PlusMinus => ("{0} ± {1}", "{0} ± {1}"),
            PhraseKey::Between => ("{0}–{1}", "{0}–{1}"),
            PhraseKey::Over => ("{0} over {1}", "{1}共 {0}"),
            PhraseKey::MoreThan => ("more than {0}", "超过 {0}"),
            PhraseKey::Below => ("below {0}", "低于 {0}"),
            PhraseKey::StudyYearFrom => ("study year {0}, from {1}", "第 {0} 学年，自 {1} 起"),
            PhraseKey::AfterGraduation => ("{0} to {1} after graduation", "毕业后 {0} 至 {1}"),
            PhraseKey::AfterInternship => {
                ("{0} to {1} after the internship", "实习结束后 {0} 至 {1}")
            }
            PhraseKey::And => ("{0} and {1}", "{0}和{1}"),
            PhraseKey::Joined => ("{0}{1}", "{0}{1}"),
            PhraseKey::Spaced => ("{0} {1}", "{0} {1}"),
            PhraseKey::NoneInYearsBefore => ("none in the {0} before {1}", "{1} 之前 {0} 内没有"),
            PhraseKey::EmployedBy => ("{0} employed by {1}", "{0}（受雇于{1}）"),
            PhraseKey::ShiftWithBreak => ("{0} {1} (break {2})", "{0} {1}（休息 {2}）"),
            PhraseKey::ClassWithTopic => ("{0} {1} ({2})", "{0} {1}（{2}）"),
        };
        match lang {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

fn weekday_zh(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// The domain's words a figure may hold, in English and Chinese.
pub(crate) const TERMS: &[(&str, &str)] = &[
    ("school", "学校"),
    ("enterprise", "企业"),
    ("minors", "未成年人"),
    ("women", "女性"),
    ("not separate from the school", "未独立于学校"),
    ("major", "专业"),
    ("grade", "年级"),
    ("major and grade", "专业和年级"),
    // Labour intensity classes.
    ("ClassI", "Ⅰ级"),
    ("ClassII", "Ⅱ级"),
    ("ClassIII", "Ⅲ级"),
    ("ClassIV", "Ⅳ级"),
    // Venue kinds.
    ("Factory", "工厂"),
    ("Office", "办公室"),
    ("Retail", "零售"),
    ("Hospitality", "酒店餐饮"),
    ("Healthcare", "医疗"),
    ("Farm", "农场"),
    ("Construction", "建筑工地"),
    ("Laboratory", "实验室"),
    ("Logistics", "物流"),
    ("Bar", "酒吧"),
    ("Nightclub", "夜总会"),
    ("Karaoke", "歌厅"),
    ("BathCentre", "洗浴中心"),
    ("GameArcade", "电子游戏厅"),
    ("InternetCafe", "网吧"),
    ("Other", "其他"),
    // Hazards, as their variant names.
    ("Height", "高处作业"),
    ("Underground", "井下作业"),
    ("Radioactive", "放射性作业"),
    ("Toxic", "高毒作业"),
    ("FlammableOrExplosive", "易燃易爆作业"),
    ("Noise", "噪声"),
    ("Dust", "粉尘"),
    ("HighTemperature", "高温"),
    ("Machinery", "机械"),
    ("Electrical", "电气作业"),
    ("ForcedPaceLineWork", "强制节拍流水线作业"),
    ("VibratingTools", "振动工具"),
    ("HeavyLifting", "重物搬运"),
    // Charge kinds.
    ("Deposit", "押金"),
    ("Fee", "费用"),
    ("CommissionOnPay", "工资提成"),
    ("Guarantee", "保证金"),
    ("WithheldDocument", "扣押证件"),
    ("Penalty", "违约金"),
    ("PenaltyForLeaving", "退出违约金"),
    // Payees, payment forms and deductions of records.
    ("student", "学生"),
    ("intermediary", "中介机构"),
    ("third_party", "第三方"),
    ("money", "货币"),
    ("goods_or_vouchers", "实物或代金券"),
    ("deposit", "押金"),
    ("fee", "费用"),
    ("commission", "提成"),
    ("guarantee", "保证金"),
    ("penalty", "罚款"),
    ("tax", "税款"),
    // Hazards.
    ("height", "高处作业"),
    ("underground", "井下作业"),
    ("radioactive", "放射性作业"),
    ("toxic", "高毒作业"),
    ("flammable_or_explosive", "易燃易爆作业"),
    ("noise", "噪声"),
    ("dust", "粉尘"),
    ("high_temperature", "高温"),
    ("machinery", "机械"),
    ("electrical", "电气作业"),
    ("forced_pace_line_work", "强制节拍流水线作业"),
    ("vibrating_tools", "振动工具"),
    ("heavy_lifting", "重物搬运"),
];

fn term_zh(word: &str) -> Option<&'static str> {
    TERMS.iter().find(|(en, _)| *en == word).map(|(_, zh)| *zh)
}

macro_rules! figure_from {
    ($($type:ty => $variant:ident,)*) => {$(
        impl From<$type> for FigureValue {
            fn from(value: $type) -> Self {
                FigureValue::$variant(value)
            }
        }
    )*};
}

figure_from! {
    Quantity => Quantity,
    NaiveDate => Date,
    DateRange => Dates,
    Weekday => Weekday,
    Money => Money,
    Share => Share,
    Path => Path,
    Sentinel => Sentinel,
    Phrase => Phrase,
    String => Text,
}

impl From<&str> for FigureValue {
    fn from(text: &str) -> Self {
        FigureValue::Text(text.to_owned())
    }
}

impl From<&String> for FigureValue {
    fn from(text: &String) -> Self {
        FigureValue::Text(text.clone())
    }
}

impl From<&Path> for FigureValue {
    fn from(path: &Path) -> Self {
        FigureValue::Path(path.clone())
    }
}

impl From<&crate::Name> for FigureValue {
    /// The name, the same in every language.
    fn from(name: &crate::Name) -> Self {
        FigureValue::Text(name.as_str().to_owned())
    }
}

impl From<uuid::Uuid> for FigureValue {
    /// An id.
    fn from(id: uuid::Uuid) -> Self {
        FigureValue::Id(id)
    }
}

impl From<crate::introduced::SessionTime> for FigureValue {
    /// `2026-03-09 08:00–12:00`, the same in every language.
    fn from(time: crate::introduced::SessionTime) -> Self {
        FigureValue::text(time)
    }
}

/// A shift's day and times, and its unpaid break when it has one.
fn shift(
    day: FigureValue,
    start: crate::TimeOfDay,
    end: crate::TimeOfDay,
    unpaid: u32,
) -> FigureValue {
    let times = FigureValue::Text(format!("{start}–{end}"));
    if unpaid == 0 {
        FigureValue::phrase(PhraseKey::Spaced, [day, times])
    } else {
        let unpaid = Quantity::new(unpaid, Unit::Minutes).into();
        FigureValue::phrase(PhraseKey::ShiftWithBreak, [day, times, unpaid])
    }
}

impl From<crate::Shift> for FigureValue {
    /// `Mon 08:00–17:00 (break 60 min)`.
    fn from(s: crate::Shift) -> Self {
        shift(
            s.weekday().into(),
            s.start(),
            s.end(),
            s.unpaid_break_minutes(),
        )
    }
}

impl From<&crate::Shift> for FigureValue {
    /// `Mon 08:00–17:00 (break 60 min)`.
    fn from(s: &crate::Shift) -> Self {
        FigureValue::from(*s)
    }
}

impl From<&crate::ExtraShift> for FigureValue {
    /// `2026-03-09 08:00–17:00 (break 60 min)`.
    fn from(s: &crate::ExtraShift) -> Self {
        shift(
            s.date().into(),
            s.start(),
            s.end(),
            s.unpaid_break_minutes(),
        )
    }
}

impl From<&crate::alternation::ClassSession> for FigureValue {
    /// `Mon 18:00–20:00 (topic)`.
    fn from(class: &crate::alternation::ClassSession) -> Self {
        let times = FigureValue::Text(format!("{}–{}", class.start(), class.end()));
        let topic = FigureValue::from(&class.topic);
        FigureValue::phrase(
            PhraseKey::ClassWithTopic,
            [class.weekday().into(), times, topic],
        )
    }
}

impl From<&crate::WorkedShift> for FigureValue {
    /// `2026-03-09 08:00–17:00 (break 60 min)`.
    fn from(s: &crate::WorkedShift) -> Self {
        shift(
            s.date().into(),
            s.start(),
            s.end(),
            s.unpaid_break_minutes(),
        )
    }
}

impl From<&crate::SchoolDay> for FigureValue {
    /// `Mon 08:00–13:00 (6 lessons)`.
    fn from(day: &crate::SchoolDay) -> Self {
        let times = FigureValue::Text(format!("{}–{}", day.start(), day.end()));
        let lessons = Quantity::new(day.lessons(), Unit::Lessons).into();
        FigureValue::phrase(
            PhraseKey::ClassWithTopic,
            [day.weekday().into(), times, lessons],
        )
    }
}

impl From<crate::DailyWindow> for FigureValue {
    /// `22:00–06:00`, the same in every language.
    fn from(window: crate::DailyWindow) -> Self {
        FigureValue::text(window)
    }
}

impl From<crate::WeekdaySet> for FigureValue {
    /// `Sat, Sun`, or [`Sentinel::None`].
    fn from(days: crate::WeekdaySet) -> Self {
        if days.is_empty() {
            FigureValue::Sentinel(Sentinel::None)
        } else {
            FigureValue::list(days.iter())
        }
    }
}

impl From<&Weekday> for FigureValue {
    fn from(day: &Weekday) -> Self {
        FigureValue::Weekday(*day)
    }
}

impl From<crate::Payee> for FigureValue {
    /// The payee's word (`school`), in the report's language.
    fn from(payee: crate::Payee) -> Self {
        FigureValue::term(payee.as_str())
    }
}

impl From<crate::PaymentForm> for FigureValue {
    /// The form's word (`goods_or_vouchers`), in the report's language.
    fn from(form: crate::PaymentForm) -> Self {
        FigureValue::term(form.as_str())
    }
}

impl From<Option<NaiveDate>> for FigureValue {
    /// The date, or [`Sentinel::Missing`].
    fn from(date: Option<NaiveDate>) -> Self {
        date.map_or(FigureValue::Sentinel(Sentinel::Missing), FigureValue::Date)
    }
}

macro_rules! figure_from_number {
    ($($type:ty),*) => {$(
        impl From<$type> for FigureValue {
            /// A bare number.
            fn from(n: $type) -> Self {
                FigureValue::Quantity(Quantity::count(n, Unit::None))
            }
        }
    )*};
}

figure_from_number!(u8, u16, u32, u64, usize, i32, i64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_print_without_trailing_zeros() {
        assert_eq!(
            Quantity::decimal(48_500, 3, Unit::Hours).to_string(),
            "48.5 h"
        );
        assert_eq!(
            Quantity::decimal(48_000, 3, Unit::Hours).to_string(),
            "48 h"
        );
        assert_eq!(
            Quantity::decimal(-1_250, 3, Unit::None).to_string(),
            "-1.25"
        );
        assert_eq!(Quantity::decimal(7, 3, Unit::None).to_string(), "0.007");
    }

    #[test]
    fn phrases_fill_their_templates() {
        let value = FigureValue::phrase(
            PhraseKey::PartOf,
            [
                Quantity::new(3, Unit::None).into(),
                Quantity::new(10, Unit::Hours).into(),
            ],
        );
        assert_eq!(value.to_string(), "3 of 10 h");
        assert_eq!(value.render(Lang::Zh), "3（共 10 小时）");
    }

    #[test]
    fn square_metres_follow_the_number_in_chinese() {
        let area = FigureValue::from(Quantity::new(120, Unit::SquareMetres));
        assert_eq!(area.to_string(), "120 m²");
        assert_eq!(area.render(Lang::Zh), "120平方米");
    }
}
