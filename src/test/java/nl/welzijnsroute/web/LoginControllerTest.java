package nl.welzijnsroute.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.welzijnsroute.demo.DemoDataProperties;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The login page names the demo users only while demo data is active. */
@SuppressWarnings("unchecked")
class LoginControllerTest {

    @Test
    void listsTheDemoUsersWhileDemoDataIsActive() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(new LoginController(new DemoDataProperties(true)).login(model)).isEqualTo("login");
        assertThat((List<Object>) model.get("demoUsers")).contains("coach.stadskanaal", "huisarts.jansen", "admin");
    }

    @Test
    void listsNoOneOtherwise() {
        ExtendedModelMap model = new ExtendedModelMap();
        new LoginController(new DemoDataProperties(false)).login(model);
        assertThat((List<Object>) model.get("demoUsers")).isEmpty();
    }
}
