package it.modulistica.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The Italian working-day calendar: Monday to Friday, except the national public holidays (1 and 6
 * January, Easter Monday, 25 April, 1 May, 2 June, 15 August, 1 November, 8, 25 and 26 December) and
 * any extra holiday configured, every year (a patron saint, {@link MonthDay}) or once ({@link LocalDate}).
 * Immutable and thread-safe.
 */
public final class WorkingDays {

    /** The national calendar without extra holidays. */
    public static final WorkingDays ITALY = new WorkingDays(Set.of(), Set.of());

    private static final Set<MonthDay> NATIONAL = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25), MonthDay.of(5, 1), MonthDay.of(6, 2),
            MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private final Set<MonthDay> everyYear;
    private final Set<LocalDate> once;

    /**
     * @param everyYear extra holidays that recur every year, e.g. 24 June for Turin's patron saint
     * @param once      extra holidays of one year only
     */
    public WorkingDays(Collection<MonthDay> everyYear, Collection<LocalDate> once) {
        this.everyYear = Set.copyOf(everyYear);
        this.once = Set.copyOf(once);
    }

    /**
     * Reads extra holidays written as {@code MM-dd} (every year) or {@code yyyy-MM-dd} (once).
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static WorkingDays withExtraHolidays(Collection<String> holidays) {
        List<MonthDay> everyYear = new ArrayList<>();
        List<LocalDate> once = new ArrayList<>();
        for (String holiday : holidays) {
            String text = holiday.strip();
            try {
                if (text.length() == 5) {
                    everyYear.add(MonthDay.parse("--" + text));
                } else {
                    once.add(LocalDate.parse(text));
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Extra holiday \"" + holiday
                        + "\" is neither MM-dd (every year) nor yyyy-MM-dd (once)", e);
            }
        }
        return new WorkingDays(everyYear, once);
    }

    /** Whether offices work on {@code day}: not a Saturday, a Sunday or a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Whether {@code day} is a national public holiday or a configured extra one, whatever the weekday. */
    public boolean isHoliday(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        return NATIONAL.contains(monthDay) || everyYear.contains(monthDay) || once.contains(day)
                || day.equals(easterSunday(day.getYear()).plusDays(1));
    }

    /**
     * The {@code n}-th working day after {@code day}, which does not count itself: sent on Friday
     * 3 May 2024, the second working day is Tuesday 7 May.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
