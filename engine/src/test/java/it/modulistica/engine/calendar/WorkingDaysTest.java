package it.modulistica.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays italy = WorkingDays.ITALY;

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20",
            "2026, 2026-04-05", "2038, 2038-04-25", "2011, 2011-04-24", "1818, 1818-03-22", "2285, 2285-03-22"})
    void computesEasterSundayWithTheGaussMeeusAlgorithm(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} is a holiday")
    @CsvSource({"2024-01-01", "2024-01-06", "2024-04-01", "2025-04-21", "2024-04-25", "2024-05-01", "2024-06-02",
            "2024-08-15", "2024-11-01", "2024-12-08", "2024-12-25", "2024-12-26"})
    void knowsEveryNationalHolidayIncludingEasterMonday(LocalDate day) {
        assertThat(italy.isHoliday(day)).isTrue();
        assertThat(italy.isWorkingDay(day)).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
        assertThat(italy.isWorkingDay(LocalDate.parse("2024-05-04"))).as("Saturday").isFalse();
        assertThat(italy.isWorkingDay(LocalDate.parse("2024-05-05"))).as("Sunday").isFalse();
        assertThat(italy.isWorkingDay(LocalDate.parse("2024-05-06"))).as("Monday").isTrue();
        assertThat(italy.isWorkingDay(LocalDate.parse("2024-03-31"))).as("Easter Sunday is a Sunday").isFalse();
        assertThat(italy.isWorkingDay(LocalDate.parse("2024-04-02"))).as("the Tuesday after Easter").isTrue();
        assertThat(italy.isHoliday(LocalDate.parse("2024-06-24"))).as("no patron saint by default").isFalse();
    }

    @ParameterizedTest(name = "sent {0}: working day {1} is {2}")
    @CsvSource({
            // weekends: sent on Friday, the count starts on Monday
            "2024-05-10, 2, 2024-05-14",
            "2024-05-10, 6, 2024-05-20",
            // sent on Saturday: Monday is the first
            "2024-05-11, 1, 2024-05-13",
            // Easter 2024 (31 March) and Easter Monday: sent on Thursday 28 March
            "2024-03-28, 2, 2024-04-02",
            "2024-03-28, 6, 2024-04-08",
            // 25 April 2024 is a Thursday, then the 1 May Wednesday
            "2024-04-24, 2, 2024-04-29",
            "2024-04-24, 6, 2024-05-06",
            // Easter Monday 2025 (21 April), 25 April Friday and 1 May Thursday in a row
            "2025-04-17, 2, 2025-04-22",
            "2025-04-17, 6, 2025-04-29",
            "2025-04-30, 2, 2025-05-05",
            // 2 June 2025 is a Monday
            "2025-05-30, 2, 2025-06-04",
            // 15 August 2025 is a Friday
            "2025-08-14, 2, 2025-08-19",
            // 1 November 2024 is a Friday
            "2024-10-31, 2, 2024-11-05",
            // 8 December 2025 is a Monday
            "2025-12-05, 2, 2025-12-10",
            // Christmas and Santo Stefano 2024 (Wednesday, Thursday), a weekend, 1 January, Epiphany on Monday
            "2024-12-24, 2, 2024-12-30",
            "2024-12-24, 6, 2025-01-07",
            // the manual's example: sent on Thursday 21 July 2022
            "2022-07-21, 2, 2022-07-25",
            "2022-07-21, 6, 2022-07-29"})
    void countsWorkingDaysAfterTheDayOfSending(LocalDate sent, int n, LocalDate expected) {
        assertThat(italy.nthWorkingDayAfter(sent, n)).isEqualTo(expected);
    }

    @Test
    void extraHolidaysEveryYearAndOnceAreSkippedToo() {
        WorkingDays turin = new WorkingDays(Set.of(MonthDay.of(6, 24)), Set.of(LocalDate.parse("2025-06-25")));

        assertThat(turin.isHoliday(LocalDate.parse("2024-06-24"))).isTrue();
        assertThat(turin.isHoliday(LocalDate.parse("2025-06-24"))).isTrue();
        assertThat(turin.isHoliday(LocalDate.parse("2024-06-25"))).isFalse();
        assertThat(turin.nthWorkingDayAfter(LocalDate.parse("2025-06-23"), 1)).isEqualTo(LocalDate.parse("2025-06-26"));
        assertThat(italy.nthWorkingDayAfter(LocalDate.parse("2025-06-23"), 1)).isEqualTo(LocalDate.parse("2025-06-24"));
    }

    @Test
    void readsExtraHolidaysFromConfigurationText() {
        WorkingDays configured = WorkingDays.withExtraHolidays(List.of("06-24", " 2025-06-25 "));

        assertThat(configured.isHoliday(LocalDate.parse("2030-06-24"))).isTrue();
        assertThat(configured.isHoliday(LocalDate.parse("2025-06-25"))).isTrue();
        assertThatThrownBy(() -> WorkingDays.withExtraHolidays(List.of("24/06")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24/06");
    }

    @Test
    void refusesToCountZeroWorkingDays() {
        assertThatThrownBy(() -> italy.nthWorkingDayAfter(LocalDate.parse("2024-05-10"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
