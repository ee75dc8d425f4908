package nl.welzijnsroute;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WelzijnsrouteApplication {

    public static void main(String[] args) {
        SpringApplication.run(WelzijnsrouteApplication.class, args);
    }
}
