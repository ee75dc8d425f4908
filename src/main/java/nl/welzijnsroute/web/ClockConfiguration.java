package nl.welzijnsroute.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for the app's own timestamps, so tests can pin time; the engine keeps ClockUtil. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
