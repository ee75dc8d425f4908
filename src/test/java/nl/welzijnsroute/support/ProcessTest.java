package nl.welzijnsroute.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Process scenario tests: the real engine, services and database, without the web layer, and with
 * camunda-process-test-coverage demanding 100% of flow nodes and sequence flows per test class. The engine has
 * its own name so the web context's /engine-rest keeps finding its own engine (both share the database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"camunda.bpm.process-engine-name=process-tests",
                "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
// CoverageSettings first: the library's default properties bean yields to it.
@Import({CoverageSettings.class, ProcessEngineCoverageConfiguration.class})
public @interface ProcessTest {
}
