package nl.welzijnsroute.web;

import java.util.List;
import nl.welzijnsroute.demo.DemoDataProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** Shown on the login page only while demo data is active, so a newcomer can try each role. */
    static final List<String> DEMO_USERS = List.of("huisarts.jansen", "huisarts.devries", "poh.devries",
            "verwijzer.school", "verwijzer.chat", "verwijzer.ggz", "verwijzer.leefstijl", "coach.groningen",
            "coach.stadskanaal", "coach.jongeren", "ervaringsdeskundige.groningen", "coordinator", "admin");

    private final DemoDataProperties demoData;

    LoginController(DemoDataProperties demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demoData.enabled() ? DEMO_USERS : List.of());
        model.addAttribute("demoPassword", DemoDataProperties.PASSWORD);
        return "login";
    }
}
