package nl.welzijnsroute.casework;

import java.time.LocalDate;
import java.util.Date;

/** One row of a coach's work: an open task with the case and client it is about. */
public record WorkItem(String taskId, String taskDefinitionKey, String taskName, String caseNumber,
        String clientName, String municipality, String team, String assignee, Date created, Date due) {

    public boolean isOverdue(LocalDate today) {
        return due != null && dueDay().isBefore(today);
    }

    public boolean isDueToday(LocalDate today) {
        return due != null && dueDay().isEqual(today);
    }

    private LocalDate dueDay() {
        return LocalDate.ofInstant(due.toInstant(), nl.welzijnsroute.referral.ReferralCase.ZONE);
    }
}
