package nl.welzijnsroute.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@BrowserTest
class StartPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Cases cases;

    @Test
    void coachLogsIn_andSeesTheirTeamsNewReferralOnADutchStartPage() {
        String coach = users.user("t.coach.browser", "coach", "team-stadskanaal");
        ReferralCase stadskanaal = cases.refer(Municipality.STADSKANAAL, 45);
        ReferralCase groningen = cases.refer(Municipality.GRONINGEN, 45);

        try (Browser browser = new Browser(port)) {
            browser.logIn(coach, TestUsers.PASSWORD);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Welkom, " + coach);
            assertThat(browser.driver().findElement(By.id("work-items")).getText()).contains("Werkvoorraad");
            // Other tests share the database: search the work queue instead of expecting page one.
            browser.open("/werkvoorraad?q=" + stadskanaal.getCaseNumber());
            assertThat(browser.driver().findElement(By.id("work-items")).getText())
                    .contains(stadskanaal.getCaseNumber(), "Neem contact op met cliënt");
            browser.open("/werkvoorraad?q=" + groningen.getCaseNumber());
            assertThat(browser.driver().getPageSource()).doesNotContain("data-case-number=\"" + groningen.getCaseNumber());
        }
    }
}
