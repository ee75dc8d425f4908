package nl.welzijnsroute.coordination;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** A case's migration result in words (the report page says the same with the same keys). */
final class MigrationTexts {

    private MigrationTexts() {
    }

    static String of(MigrationCase c, MigrationRun run, MessageSource messages, Locale locale) {
        String status = messages.getMessage("migratie.case.status." + c.status().name(), null, locale);
        if (c.reason() == null) {
            return status;
        }
        String reason = switch (c.reason()) {
            case UNMAPPED_ACTIVITY -> messages.getMessage("migratie.case.reason.UNMAPPED_ACTIVITY",
                    new Object[] {c.detail(), run.targetVersion()}, locale);
            case ENGINE_ERROR -> c.detail() == null
                    ? messages.getMessage("migratie.case.reason.ENGINE_ERROR.unknown", new Object[] {run.batchId()},
                            locale)
                    : messages.getMessage("migratie.case.reason.ENGINE_ERROR", new Object[] {c.detail()}, locale);
        };
        return status + ": " + reason;
    }
}
