package nl.welzijnsroute.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables browser tests only where /usr/bin/chromium and /usr/bin/chromedriver exist (apt: chromium chromium-driver). */
class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
        }
        return ConditionEvaluationResult.disabled("Browser test skipped: no Chromium at " + CHROMIUM + " or no "
                + "chromedriver at " + CHROMEDRIVER + " (install Debian's chromium and chromium-driver; .ci/run does)");
    }
}
