package it.modulistica.app.pages.admin;

import it.modulistica.app.pages.InstanceLabels;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Dates as the admin pages print them ({@code dates} in their model): dd/MM/yyyy HH:mm, in Rome. */
@ControllerAdvice(basePackageClasses = AdminDates.class)
public class AdminDates {

    @ModelAttribute("dates")
    AdminDates dates() {
        return this;
    }

    /** A moment, or "—" when there is none. */
    public String at(Instant instant) {
        return instant == null ? "—" : InstanceLabels.dateTime(instant);
    }

    /** A local date-time of Rome, or "—" when there is none. */
    public String local(LocalDateTime time) {
        return time == null ? "—" : InstanceLabels.date(time) + " " + InstanceLabels.time(time);
    }
}
