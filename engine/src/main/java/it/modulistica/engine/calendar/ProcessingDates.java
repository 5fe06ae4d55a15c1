package it.modulistica.engine.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.definition.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a module's processing times ({@code x-module.processingTimes}) for one sent
 * instance: counted in working days from the day of sending in Europe/Rome, which does not count
 * itself. A processing time with a {@code when} is announced only when its condition holds on the
 * data; a {@code *} in the condition's field is satisfied by any row.
 */
public final class ProcessingDates {

    private final WorkingDays calendar;

    public ProcessingDates(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /**
     * @param data   the data as sent
     * @param sentAt when the instance was sent; {@code null} (not sent) gives no dates
     */
    public List<DueDate> of(FormDefinition definition, JsonNode data, Instant sentAt) {
        if (sentAt == null || definition.processingTimes().isEmpty()) {
            return List.of();
        }
        LocalDate sendingDay = LocalDate.ofInstant(sentAt, OpeningWindow.ZONE);
        List<DueDate> dates = new ArrayList<>();
        for (ProcessingTime time : definition.processingTimes()) {
            if (time.when() == null || time.when().holdsInAnyRow(data, sendingDay)) {
                dates.add(new DueDate(time.label(), time.workingDays(),
                        calendar.nthWorkingDayAfter(sendingDay, time.workingDays())));
            }
        }
        return dates;
    }
}
