//! The built-in holiday tables, each date worked out from its source in a comment.
//!
//! Holidays that fall on a weekly rest day are listed too (they change no count, but
//! [`DayKind`](super::DayKind) then names them).

use chrono::{NaiveDate, Weekday, WeekdaySet};

use super::{BusinessCalendar, CalendarBuilder};

/// A date written in a `const` table.
// Only ever evaluated in `const` items below, so an invalid date is a compile error, never a
// run-time panic.
#[allow(clippy::panic)]
const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in a built-in calendar table"),
    }
}

/// Saturday and Sunday.
const WEEKEND: WeekdaySet = WeekdaySet::from_array([Weekday::Sat, Weekday::Sun]);

/// Holidays: inclusive runs of days off, each with one name.
type Off = &'static [(NaiveDate, NaiveDate, &'static str)];
/// Make-up working days, each naming the holiday it compensates.
type Work = &'static [(NaiveDate, &'static str)];

// ---------------------------------------------------------------------------------------------
// Mainland China.
// ---------------------------------------------------------------------------------------------

const CN_NEW_YEAR: &str = "New Year's Day (元旦)";
const CN_SPRING: &str = "Spring Festival (春节)";
const CN_QINGMING: &str = "Qingming Festival (清明节)";
const CN_LABOUR: &str = "Labour Day (劳动节)";
const CN_DRAGON_BOAT: &str = "Dragon Boat Festival (端午节)";
const CN_MID_AUTUMN: &str = "Mid-Autumn Festival (中秋节)";
const CN_NATIONAL: &str = "National Day (国庆节)";
const CN_NATIONAL_MID_AUTUMN: &str = "National Day and Mid-Autumn Festival (国庆节、中秋节)";

/// 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号 (2024-11-12),
/// https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
const CN_2025_OFF: Off = &[
    // 一、元旦：1月1日（周三）放假1天，不调休。
    (ymd(2025, 1, 1), ymd(2025, 1, 1), CN_NEW_YEAR),
    // 二、春节：1月28日（除夕、周二）至2月4日（正月初七、周二）放假调休，共8天。
    (ymd(2025, 1, 28), ymd(2025, 2, 4), CN_SPRING),
    // 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
    (ymd(2025, 4, 4), ymd(2025, 4, 6), CN_QINGMING),
    // 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。
    (ymd(2025, 5, 1), ymd(2025, 5, 5), CN_LABOUR),
    // 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
    (ymd(2025, 5, 31), ymd(2025, 6, 2), CN_DRAGON_BOAT),
    // 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。
    (ymd(2025, 10, 1), ymd(2025, 10, 8), CN_NATIONAL_MID_AUTUMN),
];
const CN_2025_WORK: Work = &[
    // 春节：1月26日（周日）、2月8日（周六）上班。
    (ymd(2025, 1, 26), CN_SPRING),
    (ymd(2025, 2, 8), CN_SPRING),
    // 劳动节：4月27日（周日）上班。
    (ymd(2025, 4, 27), CN_LABOUR),
    // 国庆节、中秋节：9月28日（周日）、10月11日（周六）上班。
    (ymd(2025, 9, 28), CN_NATIONAL_MID_AUTUMN),
    (ymd(2025, 10, 11), CN_NATIONAL_MID_AUTUMN),
];

/// 国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号 (2025-11-04),
/// https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm (text read on Guangming
/// Online reprinting Xinhua). 33 days off, 6 make-up working days.
const CN_2026_OFF: Off = &[
    // 元旦：1月1日（周四）至3日（周六）放假调休，共3天。
    (ymd(2026, 1, 1), ymd(2026, 1, 3), CN_NEW_YEAR),
    // 春节：2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天。
    (ymd(2026, 2, 15), ymd(2026, 2, 23), CN_SPRING),
    // 清明节：4月4日（周六）至6日（周一）放假，共3天。
    (ymd(2026, 4, 4), ymd(2026, 4, 6), CN_QINGMING),
    // 劳动节：5月1日（周五）至5日（周二）放假调休，共5天。
    (ymd(2026, 5, 1), ymd(2026, 5, 5), CN_LABOUR),
    // 端午节：6月19日（周五）至21日（周日）放假，共3天。
    (ymd(2026, 6, 19), ymd(2026, 6, 21), CN_DRAGON_BOAT),
    // 中秋节：9月25日（周五）至27日（周日）放假，共3天。
    (ymd(2026, 9, 25), ymd(2026, 9, 27), CN_MID_AUTUMN),
    // 国庆节：10月1日（周四）至7日（周三）放假调休，共7天。
    (ymd(2026, 10, 1), ymd(2026, 10, 7), CN_NATIONAL),
];
const CN_2026_WORK: Work = &[
    // 元旦：1月4日（周日）上班。
    (ymd(2026, 1, 4), CN_NEW_YEAR),
    // 春节：2月14日（周六）、2月28日（周六）上班。
    (ymd(2026, 2, 14), CN_SPRING),
    (ymd(2026, 2, 28), CN_SPRING),
    // 劳动节：5月9日（周六）上班。
    (ymd(2026, 5, 9), CN_LABOUR),
    // 国庆节：9月20日（周日）、10月10日（周六）上班。
    (ymd(2026, 9, 20), CN_NATIONAL),
    (ymd(2026, 10, 10), CN_NATIONAL),
];

// ---------------------------------------------------------------------------------------------
// United States, federal: 5 U.S.C. 6103(a) lists the legal public holidays; 6103(b) and
// Executive Order 11582 move one that falls on a Saturday to the Friday before and one that
// falls on a Sunday to the Monday after ("observed"). One-off executive-order closures (such as
// 2025-12-24 and 2025-12-26, ordered on 2025-12-18) are not legal public holidays and are not
// listed; add them with `to_builder`. Inauguration Day (6103(c), 2025-01-20) applies only
// around Washington, D.C., and coincides with Martin Luther King Day anyway.
// ---------------------------------------------------------------------------------------------

const US_NEW_YEAR: &str = "New Year's Day";
const US_MLK: &str = "Birthday of Martin Luther King, Jr.";
const US_WASHINGTON: &str = "Washington's Birthday";
const US_MEMORIAL: &str = "Memorial Day";
const US_JUNETEENTH: &str = "Juneteenth National Independence Day";
const US_INDEPENDENCE: &str = "Independence Day";
const US_INDEPENDENCE_OBSERVED: &str = "Independence Day (observed)";
const US_LABOR: &str = "Labor Day";
const US_COLUMBUS: &str = "Columbus Day";
const US_VETERANS: &str = "Veterans Day";
const US_THANKSGIVING: &str = "Thanksgiving Day";
const US_CHRISTMAS: &str = "Christmas Day";

/// 2025: no legal public holiday falls on a weekend, so none is moved.
const US_2025_OFF: Off = &[
    // January 1 — a Wednesday.
    (ymd(2025, 1, 1), ymd(2025, 1, 1), US_NEW_YEAR),
    // Third Monday in January: Jan 1 is a Wednesday, Mondays 6, 13, 20.
    (ymd(2025, 1, 20), ymd(2025, 1, 20), US_MLK),
    // Third Monday in February: Feb 1 is a Saturday, Mondays 3, 10, 17.
    (ymd(2025, 2, 17), ymd(2025, 2, 17), US_WASHINGTON),
    // Last Monday in May: May 31 is a Saturday, so Monday 26.
    (ymd(2025, 5, 26), ymd(2025, 5, 26), US_MEMORIAL),
    // June 19 — a Thursday.
    (ymd(2025, 6, 19), ymd(2025, 6, 19), US_JUNETEENTH),
    // July 4 — a Friday.
    (ymd(2025, 7, 4), ymd(2025, 7, 4), US_INDEPENDENCE),
    // First Monday in September: Sep 1 is a Monday.
    (ymd(2025, 9, 1), ymd(2025, 9, 1), US_LABOR),
    // Second Monday in October: Oct 1 is a Wednesday, Mondays 6, 13.
    (ymd(2025, 10, 13), ymd(2025, 10, 13), US_COLUMBUS),
    // November 11 — a Tuesday.
    (ymd(2025, 11, 11), ymd(2025, 11, 11), US_VETERANS),
    // Fourth Thursday in November: Nov 1 is a Saturday, Thursdays 6, 13, 20, 27.
    (ymd(2025, 11, 27), ymd(2025, 11, 27), US_THANKSGIVING),
    // December 25 — a Thursday.
    (ymd(2025, 12, 25), ymd(2025, 12, 25), US_CHRISTMAS),
];

/// 2026: matches the list of the U.S. Court of Appeals for the 11th Circuit.
const US_2026_OFF: Off = &[
    // January 1 — a Thursday.
    (ymd(2026, 1, 1), ymd(2026, 1, 1), US_NEW_YEAR),
    // Third Monday in January: Jan 1 is a Thursday, Mondays 5, 12, 19.
    (ymd(2026, 1, 19), ymd(2026, 1, 19), US_MLK),
    // Third Monday in February: Feb 1 is a Sunday, Mondays 2, 9, 16.
    (ymd(2026, 2, 16), ymd(2026, 2, 16), US_WASHINGTON),
    // Last Monday in May: May 31 is a Sunday, so Monday 25.
    (ymd(2026, 5, 25), ymd(2026, 5, 25), US_MEMORIAL),
    // June 19 — a Friday.
    (ymd(2026, 6, 19), ymd(2026, 6, 19), US_JUNETEENTH),
    // July 4 is a Saturday: observed on Friday July 3 (6103(b)(1)).
    (ymd(2026, 7, 3), ymd(2026, 7, 3), US_INDEPENDENCE_OBSERVED),
    (ymd(2026, 7, 4), ymd(2026, 7, 4), US_INDEPENDENCE),
    // First Monday in September: Sep 1 is a Tuesday, so Monday 7.
    (ymd(2026, 9, 7), ymd(2026, 9, 7), US_LABOR),
    // Second Monday in October: Oct 1 is a Thursday, Mondays 5, 12.
    (ymd(2026, 10, 12), ymd(2026, 10, 12), US_COLUMBUS),
    // November 11 — a Wednesday.
    (ymd(2026, 11, 11), ymd(2026, 11, 11), US_VETERANS),
    // Fourth Thursday in November: Nov 1 is a Sunday, Thursdays 5, 12, 19, 26.
    (ymd(2026, 11, 26), ymd(2026, 11, 26), US_THANKSGIVING),
    // December 25 — a Friday.
    (ymd(2026, 12, 25), ymd(2026, 12, 25), US_CHRISTMAS),
];

// ---------------------------------------------------------------------------------------------
// Japan: 国民の祝日に関する法律 (昭和23年法律第178号). Art. 2 lists the 国民の祝日; Art. 3(2)
// (振替休日): when a 祝日 falls on a Sunday, the nearest following day that is not a 祝日 is a
// holiday; Art. 3(3) (国民の休日): a day whose previous and next days are both 祝日 is a
// holiday. 春分の日 and 秋分の日 are the equinox days that the 国立天文台 publishes in the
// 暦要項 (官報, February of the preceding year): 2025 — 3/20 and 9/23 (暦要項 of 2024-02-01);
// 2026 — 3/20 and 9/23. 年末年始 closures (12/29–1/3) are custom, not law, and not listed.
// ---------------------------------------------------------------------------------------------

const JP_NEW_YEAR: &str = "New Year's Day (元日)";
const JP_COMING_OF_AGE: &str = "Coming of Age Day (成人の日)";
const JP_FOUNDATION: &str = "National Foundation Day (建国記念の日)";
const JP_EMPEROR: &str = "Emperor's Birthday (天皇誕生日)";
const JP_VERNAL: &str = "Vernal Equinox Day (春分の日)";
const JP_SHOWA: &str = "Shōwa Day (昭和の日)";
const JP_CONSTITUTION: &str = "Constitution Memorial Day (憲法記念日)";
const JP_GREENERY: &str = "Greenery Day (みどりの日)";
const JP_CHILDREN: &str = "Children's Day (こどもの日)";
const JP_MARINE: &str = "Marine Day (海の日)";
const JP_MOUNTAIN: &str = "Mountain Day (山の日)";
const JP_AGED: &str = "Respect for the Aged Day (敬老の日)";
const JP_AUTUMNAL: &str = "Autumnal Equinox Day (秋分の日)";
const JP_SPORTS: &str = "Sports Day (スポーツの日)";
const JP_CULTURE: &str = "Culture Day (文化の日)";
const JP_LABOUR_THANKS: &str = "Labour Thanksgiving Day (勤労感謝の日)";
const JP_SUBSTITUTE: &str = "Substitute holiday (振替休日)";
const JP_CITIZENS: &str = "Citizens' holiday (国民の休日)";

/// 2025: 16 祝日 and three 振替休日 (Cabinet Office announcement of 2024-02-01).
const JP_2025_OFF: Off = &[
    // 元日 1月1日 — Wednesday.
    (ymd(2025, 1, 1), ymd(2025, 1, 1), JP_NEW_YEAR),
    // 成人の日 1月の第2月曜日: Jan 1 is a Wednesday, Mondays 6, 13.
    (ymd(2025, 1, 13), ymd(2025, 1, 13), JP_COMING_OF_AGE),
    // 建国記念の日 (政令で定める日 = 2月11日) — Tuesday.
    (ymd(2025, 2, 11), ymd(2025, 2, 11), JP_FOUNDATION),
    // 天皇誕生日 2月23日 — a Sunday, so 振替休日 on Monday 2月24日 (Art. 3(2)).
    (ymd(2025, 2, 23), ymd(2025, 2, 23), JP_EMPEROR),
    (ymd(2025, 2, 24), ymd(2025, 2, 24), JP_SUBSTITUTE),
    // 春分の日: 春分日 3月20日 (暦要項) — Thursday.
    (ymd(2025, 3, 20), ymd(2025, 3, 20), JP_VERNAL),
    // 昭和の日 4月29日 — Tuesday.
    (ymd(2025, 4, 29), ymd(2025, 4, 29), JP_SHOWA),
    // 憲法記念日 5月3日 (Sat), みどりの日 5月4日 (Sun), こどもの日 5月5日 (Mon). 5/4 is a
    // Sunday; the nearest following non-祝日 day is Tuesday 5月6日 (Art. 3(2)).
    (ymd(2025, 5, 3), ymd(2025, 5, 3), JP_CONSTITUTION),
    (ymd(2025, 5, 4), ymd(2025, 5, 4), JP_GREENERY),
    (ymd(2025, 5, 5), ymd(2025, 5, 5), JP_CHILDREN),
    (ymd(2025, 5, 6), ymd(2025, 5, 6), JP_SUBSTITUTE),
    // 海の日 7月の第3月曜日: Jul 1 is a Tuesday, Mondays 7, 14, 21.
    (ymd(2025, 7, 21), ymd(2025, 7, 21), JP_MARINE),
    // 山の日 8月11日 — Monday.
    (ymd(2025, 8, 11), ymd(2025, 8, 11), JP_MOUNTAIN),
    // 敬老の日 9月の第3月曜日: Sep 1 is a Monday, Mondays 1, 8, 15.
    (ymd(2025, 9, 15), ymd(2025, 9, 15), JP_AGED),
    // 秋分の日: 秋分日 9月23日 (暦要項) — Tuesday. 9/15 and 9/23 are not two days apart, so
    // no 国民の休日 in 2025.
    (ymd(2025, 9, 23), ymd(2025, 9, 23), JP_AUTUMNAL),
    // スポーツの日 10月の第2月曜日: Oct 1 is a Wednesday, Mondays 6, 13.
    (ymd(2025, 10, 13), ymd(2025, 10, 13), JP_SPORTS),
    // 文化の日 11月3日 — Monday.
    (ymd(2025, 11, 3), ymd(2025, 11, 3), JP_CULTURE),
    // 勤労感謝の日 11月23日 — a Sunday, so 振替休日 on Monday 11月24日 (Art. 3(2)).
    (ymd(2025, 11, 23), ymd(2025, 11, 23), JP_LABOUR_THANKS),
    (ymd(2025, 11, 24), ymd(2025, 11, 24), JP_SUBSTITUTE),
];

/// 2026: matches the Cabinet Office list quoted by 政府広報オンライン.
const JP_2026_OFF: Off = &[
    // 元日 — Thursday.
    (ymd(2026, 1, 1), ymd(2026, 1, 1), JP_NEW_YEAR),
    // 成人の日: Jan 1 is a Thursday, Mondays 5, 12.
    (ymd(2026, 1, 12), ymd(2026, 1, 12), JP_COMING_OF_AGE),
    // 建国記念の日 — Wednesday.
    (ymd(2026, 2, 11), ymd(2026, 2, 11), JP_FOUNDATION),
    // 天皇誕生日 — Monday.
    (ymd(2026, 2, 23), ymd(2026, 2, 23), JP_EMPEROR),
    // 春分の日 3月20日 — Friday.
    (ymd(2026, 3, 20), ymd(2026, 3, 20), JP_VERNAL),
    // 昭和の日 — Wednesday.
    (ymd(2026, 4, 29), ymd(2026, 4, 29), JP_SHOWA),
    // 憲法記念日 5/3 is a Sunday; 5/4 and 5/5 are 祝日, so the 振替休日 is Wednesday 5/6.
    (ymd(2026, 5, 3), ymd(2026, 5, 3), JP_CONSTITUTION),
    (ymd(2026, 5, 4), ymd(2026, 5, 4), JP_GREENERY),
    (ymd(2026, 5, 5), ymd(2026, 5, 5), JP_CHILDREN),
    (ymd(2026, 5, 6), ymd(2026, 5, 6), JP_SUBSTITUTE),
    // 海の日: Jul 1 is a Wednesday, Mondays 6, 13, 20.
    (ymd(2026, 7, 20), ymd(2026, 7, 20), JP_MARINE),
    // 山の日 — Tuesday.
    (ymd(2026, 8, 11), ymd(2026, 8, 11), JP_MOUNTAIN),
    // 敬老の日: Sep 1 is a Tuesday, Mondays 7, 14, 21. 秋分の日 is Wednesday 9/23, so
    // Tuesday 9/22 lies between two 祝日: 国民の休日 (Art. 3(3)).
    (ymd(2026, 9, 21), ymd(2026, 9, 21), JP_AGED),
    (ymd(2026, 9, 22), ymd(2026, 9, 22), JP_CITIZENS),
    (ymd(2026, 9, 23), ymd(2026, 9, 23), JP_AUTUMNAL),
    // スポーツの日: Oct 1 is a Thursday, Mondays 5, 12.
    (ymd(2026, 10, 12), ymd(2026, 10, 12), JP_SPORTS),
    // 文化の日 — Tuesday.
    (ymd(2026, 11, 3), ymd(2026, 11, 3), JP_CULTURE),
    // 勤労感謝の日 — Monday.
    (ymd(2026, 11, 23), ymd(2026, 11, 23), JP_LABOUR_THANKS),
];

// ---------------------------------------------------------------------------------------------
// Germany, nationwide: the holidays that all sixteen Länder's Feiertagsgesetze share, plus the
// federal Tag der Deutschen Einheit (Einigungsvertrag Art. 2(2)). Holidays on a weekend are not
// moved. Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher):
// 2025: a=11 b=20 c=25 d=5 e=0 f=1 g=6 h=23 i=6 k=1 l=6 m=0, h+l-7m+114 = 143 → April 20.
// 2026: a=12 b=20 c=26 d=5 e=0 f=1 g=6 h=12 i=6 k=2 l=2 m=0, h+l-7m+114 = 128 → April 5.
// Karfreitag = Easter − 2, Ostermontag = Easter + 1, Christi Himmelfahrt = Easter + 39,
// Pfingstmontag = Easter + 50. State-only holidays (Heilige Drei Könige, Fronleichnam,
// Reformationstag, Allerheiligen, …) are not listed.
// ---------------------------------------------------------------------------------------------

const DE_NEW_YEAR: &str = "New Year's Day (Neujahr)";
const DE_GOOD_FRIDAY: &str = "Good Friday (Karfreitag)";
const DE_EASTER_MONDAY: &str = "Easter Monday (Ostermontag)";
const DE_LABOUR: &str = "Labour Day (Tag der Arbeit)";
const DE_ASCENSION: &str = "Ascension Day (Christi Himmelfahrt)";
const DE_WHIT_MONDAY: &str = "Whit Monday (Pfingstmontag)";
const DE_UNITY: &str = "German Unity Day (Tag der Deutschen Einheit)";
const DE_CHRISTMAS: &str = "Christmas Day (1. Weihnachtstag)";
const DE_SECOND_CHRISTMAS: &str = "Second Day of Christmas (2. Weihnachtstag)";

const DE_2025_OFF: Off = &[
    (ymd(2025, 1, 1), ymd(2025, 1, 1), DE_NEW_YEAR), // Wednesday
    // Easter 2025-04-20: − 2 = Friday April 18; + 1 = Monday April 21.
    (ymd(2025, 4, 18), ymd(2025, 4, 18), DE_GOOD_FRIDAY),
    (ymd(2025, 4, 21), ymd(2025, 4, 21), DE_EASTER_MONDAY),
    (ymd(2025, 5, 1), ymd(2025, 5, 1), DE_LABOUR), // Thursday
    // + 39: April 20 + 10 = April 30, + 29 = Thursday May 29.
    (ymd(2025, 5, 29), ymd(2025, 5, 29), DE_ASCENSION),
    // + 50: May 29 + 11 = Monday June 9.
    (ymd(2025, 6, 9), ymd(2025, 6, 9), DE_WHIT_MONDAY),
    (ymd(2025, 10, 3), ymd(2025, 10, 3), DE_UNITY), // Friday
    (ymd(2025, 12, 25), ymd(2025, 12, 25), DE_CHRISTMAS), // Thursday
    (ymd(2025, 12, 26), ymd(2025, 12, 26), DE_SECOND_CHRISTMAS), // Friday
];

const DE_2026_OFF: Off = &[
    (ymd(2026, 1, 1), ymd(2026, 1, 1), DE_NEW_YEAR), // Thursday
    // Easter 2026-04-05: − 2 = Friday April 3; + 1 = Monday April 6.
    (ymd(2026, 4, 3), ymd(2026, 4, 3), DE_GOOD_FRIDAY),
    (ymd(2026, 4, 6), ymd(2026, 4, 6), DE_EASTER_MONDAY),
    (ymd(2026, 5, 1), ymd(2026, 5, 1), DE_LABOUR), // Friday
    // + 39: April 5 + 25 = April 30, + 14 = Thursday May 14.
    (ymd(2026, 5, 14), ymd(2026, 5, 14), DE_ASCENSION),
    // + 50: May 14 + 11 = Monday May 25.
    (ymd(2026, 5, 25), ymd(2026, 5, 25), DE_WHIT_MONDAY),
    (ymd(2026, 10, 3), ymd(2026, 10, 3), DE_UNITY), // Saturday, not moved
    (ymd(2026, 12, 25), ymd(2026, 12, 25), DE_CHRISTMAS), // Friday
    (ymd(2026, 12, 26), ymd(2026, 12, 26), DE_SECOND_CHRISTMAS), // Saturday, not moved
];

/// A builder for a table-based calendar covering `years`.
fn table(name: &str, years: (i32, i32), off: &[Off], work: &[Work]) -> CalendarBuilder {
    let mut builder = BusinessCalendar::builder(name).rest_days(WEEKEND).covers(years.0..=years.1);
    for &(first, last, holiday) in off.iter().copied().flatten() {
        for date in first.iter_days().take_while(|date| *date <= last) {
            builder = builder.holiday(date, holiday);
        }
    }
    for &(date, holiday) in work.iter().copied().flatten() {
        builder = builder.make_up_working_day(date, holiday);
    }
    builder
}

fn china_table() -> CalendarBuilder {
    table("cn-mainland", (2025, 2026), &[CN_2025_OFF, CN_2026_OFF], &[CN_2025_WORK, CN_2026_WORK])
}

fn united_states_table() -> CalendarBuilder {
    table("us-federal", (2025, 2026), &[US_2025_OFF, US_2026_OFF], &[])
}

fn japan_table() -> CalendarBuilder {
    table("jp", (2025, 2026), &[JP_2025_OFF, JP_2026_OFF], &[])
}

fn germany_table() -> CalendarBuilder {
    table("de-nationwide", (2025, 2026), &[DE_2025_OFF, DE_2026_OFF], &[])
}

impl BusinessCalendar {
    /// Mainland China (中国大陆), 2025–2026: Saturday and Sunday rest days, the statutory
    /// holidays and the make-up working days (调休上班) exactly as the State Council notices
    /// give them (国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号 for 2026). Named
    /// `cn-mainland`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let china = BusinessCalendar::china();
    /// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("bad date");
    /// assert!(!china.is_business_day(date(2026, 10, 7)?)?); // last day of the National Day break
    /// assert!(china.is_business_day(date(2026, 10, 8)?)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn china() -> Self {
        china_table().build_trusted()
    }

    /// United States federal holidays, 2025–2026: the legal public holidays of
    /// 5 U.S.C. 6103(a) on their observed dates (6103(b), Executive Order 11582: Saturday →
    /// Friday before, Sunday → Monday after), Saturday and Sunday rest days. One-off
    /// executive-order closures are not included. Named `us-federal`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, DayKind};
    ///
    /// let us = BusinessCalendar::united_states_federal();
    /// let date = NaiveDate::from_ymd_opt(2025, 6, 19).ok_or("bad date")?;
    /// assert_eq!(us.day_kind(date)?, DayKind::Holiday { name: "Juneteenth National Independence Day" });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn united_states_federal() -> Self {
        united_states_table().build_trusted()
    }

    /// Japan, 2025–2026: the 国民の祝日 (国民の祝日に関する法律 Art. 2), 振替休日 (Art. 3(2))
    /// and 国民の休日 (Art. 3(3)), Saturday and Sunday rest days. Named `jp`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::{BusinessCalendar, DayKind};
    ///
    /// let japan = BusinessCalendar::japan();
    /// let date = NaiveDate::from_ymd_opt(2026, 9, 22).ok_or("bad date")?;
    /// assert_eq!(japan.day_kind(date)?, DayKind::Holiday { name: "Citizens' holiday (国民の休日)" });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn japan() -> Self {
        japan_table().build_trusted()
    }

    /// Germany, holidays observed in every Land, 2025–2026 (Neujahr, Karfreitag, Ostermontag,
    /// Tag der Arbeit, Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit, 1. and
    /// 2. Weihnachtstag), Saturday and Sunday rest days. State-only holidays are not included.
    /// Named `de-nationwide`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let germany = BusinessCalendar::germany();
    /// let good_friday = NaiveDate::from_ymd_opt(2025, 4, 18).ok_or("bad date")?;
    /// assert!(!germany.is_business_day(good_friday)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn germany() -> Self {
        germany_table().build_trusted()
    }

    /// Every day of every year is a business day (airlines, SF Express). Named `seven-day`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let seven = BusinessCalendar::seven_day();
    /// let new_year = NaiveDate::from_ymd_opt(2031, 1, 1).ok_or("bad date")?;
    /// assert!(seven.is_business_day(new_year)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seven_day() -> Self {
        BusinessCalendar::builder("seven-day").rest_days(WeekdaySet::EMPTY).build_trusted()
    }

    /// Monday to Friday, no holidays, every year. Named `weekdays-only`.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use crossborder::calendar::BusinessCalendar;
    ///
    /// let plain = BusinessCalendar::weekdays_only();
    /// let friday = NaiveDate::from_ymd_opt(2031, 1, 3).ok_or("bad date")?;
    /// assert_eq!(plain.next_business_day(friday)?, NaiveDate::from_ymd_opt(2031, 1, 6).ok_or("bad date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn weekdays_only() -> Self {
        BusinessCalendar::builder("weekdays-only").rest_days(WEEKEND).build_trusted()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn built_in_tables_pass_validation() {
        assert_eq!(china_table().build(), Ok(BusinessCalendar::china()));
        assert_eq!(united_states_table().build(), Ok(BusinessCalendar::united_states_federal()));
        assert_eq!(japan_table().build(), Ok(BusinessCalendar::japan()));
        assert_eq!(germany_table().build(), Ok(BusinessCalendar::germany()));
        let seven = BusinessCalendar::builder("seven-day").rest_days(WeekdaySet::EMPTY).build();
        assert_eq!(seven, Ok(BusinessCalendar::seven_day()));
        let plain = BusinessCalendar::builder("weekdays-only").build();
        assert_eq!(plain, Ok(BusinessCalendar::weekdays_only()));
    }

    fn count_off(table: Off) -> usize {
        table
            .iter()
            .map(|(first, last, _)| first.iter_days().take_while(|d| d <= last).count())
            .sum()
    }

    #[test]
    fn china_totals_match_the_notices() {
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 = 28 days off, 5 make-up days (国办发明电〔2024〕12号).
        assert_eq!(count_off(CN_2025_OFF), 28);
        assert_eq!(CN_2025_WORK.len(), 5);
        // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33 days off, 6 make-up days (国办发明电〔2025〕7号).
        assert_eq!(count_off(CN_2026_OFF), 33);
        assert_eq!(CN_2026_WORK.len(), 6);
        // Every make-up day is a weekend day (the notices only ever move Saturdays/Sundays).
        for (date, _) in CN_2025_WORK.iter().chain(CN_2026_WORK) {
            assert!(WEEKEND.contains(date.weekday()), "{date}");
        }
    }

    #[test]
    fn weekday_comments_hold() {
        use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
        // Each claim below is the weekday written next to the date in the source or comment.
        let claims = [
            (ymd(2025, 1, 28), Tue), // 除夕、周二
            (ymd(2025, 10, 8), Wed),
            (ymd(2026, 2, 15), Sun), // 腊月二十八、周日
            (ymd(2026, 2, 23), Mon), // 正月初七、周一
            (ymd(2026, 10, 7), Wed),
            (ymd(2026, 7, 4), Sat),
            (ymd(2026, 7, 3), Fri),
            (ymd(2025, 2, 23), Sun),
            (ymd(2025, 5, 4), Sun),
            (ymd(2025, 11, 23), Sun),
            (ymd(2026, 5, 3), Sun),
            (ymd(2026, 9, 22), Tue),
            (ymd(2025, 4, 18), Fri),
            (ymd(2025, 5, 29), Thu),
            (ymd(2026, 10, 3), Sat),
        ];
        for (date, weekday) in claims {
            assert_eq!(date.weekday(), weekday, "{date}");
        }
        // Monday holidays of the US lists really are Mondays, Thanksgiving a Thursday.
        for (date, _, name) in US_2025_OFF.iter().chain(US_2026_OFF) {
            if [US_MLK, US_WASHINGTON, US_MEMORIAL, US_LABOR, US_COLUMBUS].contains(name) {
                assert_eq!(date.weekday(), Mon, "{date}");
            }
            if *name == US_THANKSGIVING {
                assert_eq!(date.weekday(), Thu, "{date}");
            }
        }
    }
}
