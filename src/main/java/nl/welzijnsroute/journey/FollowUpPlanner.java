package nl.welzijnsroute.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Reads the follow-up-schedule decision's answer ("14,42": days after the handover) and gives the moments' due
 * dates. A coordinator changes the numbers in the decision table; nothing here knows them.
 */
public record FollowUpPlanner(List<Integer> daysAfterHandover) {

    /** @throws IllegalArgumentException for anything but ascending whole days, so a typo fails loudly */
    public static FollowUpPlanner parse(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return new FollowUpPlanner(List.of());
        }
        List<Integer> days = Arrays.stream(schedule.split(",")).map(String::trim).map(Integer::valueOf).toList();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i) < 0 || (i > 0 && days.get(i) <= days.get(i - 1))) {
                throw new IllegalArgumentException("Follow-up schedule must be ascending days: " + schedule);
            }
        }
        return new FollowUpPlanner(days);
    }

    public int planned() {
        return daysAfterHandover.size();
    }

    /** The due date of moment {@code index} (0-based), or null when no such moment is planned. */
    public Date dueDate(Date plannedFrom, int index) {
        if (index < 0 || index >= daysAfterHandover.size()) {
            return null;
        }
        Instant from = plannedFrom.toInstant();
        return Date.from(from.plus(Duration.ofDays(daysAfterHandover.get(index))));
    }
}
