package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The holiday file format and every way it can be wrong (PM14, RM20 deadlines depend on it). */
class HolidayFileTest {

    @Test
    void readsRunsSingleDaysAndMakeUpDays() {
        HolidayTable table = CalendarFixtures.read("""
                # 注释
                2026 | 国庆节 | 2026-10-01..2026-10-07 | 2026-10-10
                2026 | 元旦 | 2026-01-01 2026-01-02 2026-01-03 | 2026-01-04   # 行尾注释
                """);

        assertThat(table.daysOff()).hasSize(10).containsEntry(LocalDate.of(2026, 10, 4), "国庆节");
        assertThat(table.makeUpWorkingDays()).containsExactlyInAnyOrder(LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 1, 4));
        assertThat(table.configuredYears()).containsExactly(2026);
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void holidayOfTheNextYearMayStartInDecember() {
        HolidayTable table = CalendarFixtures.read("2019 | 元旦 | 2018-12-30..2019-01-01 | 2018-12-29\n");

        assertThat(table.daysOff()).containsKey(LocalDate.of(2018, 12, 30));
        assertThat(table.configuredYears()).containsExactly(2019);
    }

    @Test
    void emptyColumnsAreAllowed() {
        HolidayTable table = CalendarFixtures.read("2026 | 国庆节 |  | 2026-09-20\n2026 | 清明节 | 2026-04-04..2026-04-06 |\n");

        assertThat(table.makeUpWorkingDays()).containsExactly(LocalDate.of(2026, 9, 20));
        assertThat(table.daysOff()).hasSize(3);
    }

    @Test
    void makeUpDayOnAWeekdayIsAWarningNotAnError() {
        HolidayTable table = CalendarFixtures.read("2020 | 春节 | 2020-01-24..2020-02-02 | 2020-01-19 2020-02-03\n");

        assertThat(table.warnings()).singleElement().asString().contains("第 1 行", "2020-02-03", "不是周末");
    }

    @Test
    void badDateNamesTheLine() {
        assertThatThrownBy(() -> CalendarFixtures.read("# 2026\n\n2026 | 元旦 | 2026-13-01 |\n"))
                .isInstanceOf(CalendarFileException.class)
                .hasMessageContaining("test.txt")
                .hasMessageContaining("第 3 行")
                .hasMessageContaining("2026-13-01")
                .satisfies(e -> assertThat(((CalendarFileException) e).line()).isEqualTo(3));
    }

    @Test
    void wrongNumberOfColumnsNamesTheLine() {
        assertThatThrownBy(() -> CalendarFixtures.read("2026 | 元旦 | 2026-01-01\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("第 1 行").hasMessageContaining("四栏");
    }

    @Test
    void yearMustBeFourDigits() {
        assertThatThrownBy(() -> CalendarFixtures.read("26 | 元旦 | 2026-01-01 |\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("年份");
    }

    @Test
    void dateOutsideTheNoticeYearIsRejected() {
        assertThatThrownBy(() -> CalendarFixtures.read("2026 | 元旦 | 2027-01-01 |\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("不属于 2026 年");
    }

    @Test
    void dayCannotBeBothOffAndWorking() {
        assertThatThrownBy(() -> CalendarFixtures.read("2026 | 国庆节 | 2026-10-01..2026-10-07 |\n2026 | 调休 | | 2026-10-03\n"))
                .isInstanceOf(CalendarFileException.class)
                .hasMessageContaining("第 2 行")
                .hasMessageContaining("第 1 行列为放假日");
    }

    @Test
    void dayOffListedTwiceIsRejected() {
        assertThatThrownBy(() -> CalendarFixtures.read("2026 | 元旦 | 2026-01-01 |\n2026 | 元旦补 | 2026-01-01 |\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("第 2 行");
    }

    @Test
    void reversedOrOverlongRunsAreRejected() {
        assertThatThrownBy(() -> CalendarFixtures.read("2026 | 国庆节 | 2026-10-07..2026-10-01 |\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("早于");
        assertThatThrownBy(() -> CalendarFixtures.read("2026 | 暑假 | 2026-07-01..2026-08-31 |\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("超过");
    }

    @Test
    void fileWithoutAnyYearIsRejected() {
        assertThatThrownBy(() -> CalendarFixtures.read("# nothing here\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("没有任何年份");
    }

    @Test
    void shippedFileCoversTwentyNineteenToTwentyTwentySix() {
        assertThat(CalendarFixtures.shipped().configuredYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024,
                2025, 2026);
    }
}
