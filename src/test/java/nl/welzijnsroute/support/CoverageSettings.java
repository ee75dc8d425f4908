package nl.welzijnsroute.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every process scenario test class must cover every flow node and sequence flow of its processes. */
@TestConfiguration(proxyBeanMethods = false)
class CoverageSettings {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
