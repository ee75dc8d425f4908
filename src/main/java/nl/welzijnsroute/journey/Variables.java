package nl.welzijnsroute.journey;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of process variables, tolerant of how Tasklist and the app's pages submit them. */
final class Variables {

    private Variables() {
    }

    static long caseId(VariableScope scope) {
        Object value = scope.getVariable(WorProcess.Var.CASE_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process has no caseId");
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    /** Camunda Forms submit a date field as {@code YYYY-MM-DD}; a Java caller may pass a Date. */
    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(nl.welzijnsroute.referral.ReferralCase.ZONE).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
