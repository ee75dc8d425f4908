package nl.welzijnsroute.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code welzijnsroute.demo-data.enabled}: on in the default H2 run, off with the postgres profile. */
@ConfigurationProperties("welzijnsroute.demo-data")
public record DemoDataProperties(boolean enabled) {

    public static final String PASSWORD = "demo";
}
