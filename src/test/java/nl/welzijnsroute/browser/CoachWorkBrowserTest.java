package nl.welzijnsroute.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coach's day in the browser: claim the first-contact task, record the contact, see the journey move on. */
@IntegrationTest
@BrowserTest
class CoachWorkBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Cases cases;

    @Test
    void coachStadskanaal_claimsAndRecordsFirstContact_andCoachGroningenSeesNothingOfIt() {
        String coachStadskanaal = users.user("t.browser.coach.stadskanaal", "coach", "team-stadskanaal");
        String coachGroningen = users.user("t.browser.coach.groningen", "coach", "team-groningen");
        ReferralCase referral = cases.refer(Municipality.STADSKANAAL, 52);
        String row = "tr[data-case-number='" + referral.getCaseNumber() + "']";

        try (Browser browser = new Browser(port)) {
            browser.logIn(coachStadskanaal, TestUsers.PASSWORD);
            WebDriver page = browser.open("/werkvoorraad?q=" + referral.getCaseNumber());
            WebElement task = page.findElement(By.cssSelector(row));
            assertThat(task.getText()).contains("Neem contact op met cliënt", "nog niet opgepakt");
            task.findElement(By.cssSelector("button.claim")).click();

            assertThat(page.findElement(By.id("flash")).getText()).contains("opgepakt");
            page.get(page.getCurrentUrl().replaceAll("\\?.*", "") + "?q=" + referral.getCaseNumber());
            assertThat(page.findElement(By.cssSelector(row)).getText()).contains(coachStadskanaal);
            page.findElement(By.cssSelector(row + " a.open-task")).click();

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Neem contact op met cliënt");
            page.findElement(By.cssSelector("button[type=submit].btn-success")).click();
            assertThat(page.findElement(By.id("form-errors")).getText()).contains("Niet alle velden");
            page.findElement(By.cssSelector("input[name=field_contactOutcome][value=REACHED]")).click();
            new org.openqa.selenium.support.ui.Select(page.findElement(By.name("field_contactChannel")))
                    .selectByValue("PHONE");
            page.findElement(By.cssSelector("button[type=submit].btn-success")).click();

            assertThat(page.findElement(By.id("flash")).getText()).isEqualTo("De taak is afgerond.");
            assertThat(page.findElement(By.id("case-status")).getText()).contains("contact gelegd");
            assertThat(page.findElement(By.id("tasks")).getText()).contains("Voer verkennend gesprek");
            assertThat(page.findElement(By.id("timeline")).getText()).contains("Neem contact op met cliënt",
                    "door " + coachStadskanaal);
            assertThat(page.findElement(By.id("terugkoppeling")).getText()).contains("contact gelegd");

            // Positieve Gezondheid at the first conversation: six scores, then a radar chart.
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) page;
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    page.findElement(By.cssSelector("details summary")));
            int[] scores = {6, 4, 5, 5, 3, 7};
            String[] dimensions = {"LICHAAMSFUNCTIES", "MENTAAL_WELBEVINDEN", "ZINGEVING", "KWALITEIT_VAN_LEVEN",
                    "MEEDOEN", "DAGELIJKS_FUNCTIONEREN"};
            for (int i = 0; i < dimensions.length; i++) {
                page.findElement(By.id("pg-" + dimensions[i])).sendKeys(String.valueOf(scores[i]));
            }
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    page.findElement(By.cssSelector("#pg-form button[type=submit]")));
            assertThat(page.findElement(By.id("pg-scores")).getText()).contains("Meedoen 3");
            Object chart = js.executeScript("return Chart.getChart('pg-chart') ? Chart.getChart('pg-chart').config.type : null");
            assertThat(chart).isEqualTo("radar");
        }

        try (Browser browser = new Browser(port)) {
            browser.logIn(coachGroningen, TestUsers.PASSWORD);
            WebDriver page = browser.open("/werkvoorraad?q=" + referral.getCaseNumber());
            assertThat(page.findElements(By.cssSelector(row))).isEmpty();
            assertThat(browser.open("/").getPageSource()).doesNotContain(referral.getCaseNumber());
            assertThat(browser.open("/casussen/" + referral.getCaseNumber()).getPageSource())
                    .doesNotContain("Test Client");
        }
    }

    @Test
    void coachSeesSeriousConcern_sendsTheCaseBackToGgz_andTheCaseCloses() {
        String coach = users.user("t.browser.coach.sk.concern", "coach", "team-stadskanaal");
        ReferralCase referral = cases.referVia(nl.welzijnsroute.referral.ReferralSource.GGZ, Municipality.STADSKANAAL, 52);

        try (Browser browser = new Browser(port)) {
            browser.logIn(coach, TestUsers.PASSWORD);
            WebDriver page = browser.open("/casussen/" + referral.getCaseNumber());
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) page;
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    page.findElement(By.cssSelector("#ernstige-zorg + details summary")));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    page.findElement(By.id("concern-ggz")));
            page.findElement(By.id("concern-text")).sendKeys("Somberheid neemt toe; behandelaar moet meekijken.");
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    page.findElement(By.cssSelector("#concern-form button[type=submit]")));

            assertThat(page.findElement(By.id("flash")).getText()).contains("teruggelegd");
            assertThat(page.findElement(By.id("case-status")).getText()).contains("terug naar huisarts of GGZ");
            assertThat(page.findElement(By.id("notes")).getText()).contains("GGZ", "Somberheid neemt toe");
            assertThat(page.findElement(By.id("terugkoppeling")).getText()).contains("afgesloten");
            assertThat(page.findElements(By.id("concern-form"))).isEmpty();
        }
    }
}
