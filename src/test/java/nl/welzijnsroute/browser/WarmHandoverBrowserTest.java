package nl.welzijnsroute.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.welzijnsroute.hulpbronnen.Hulpbron;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The warm handover in the browser: the coach chooses a group with the person, its facilitator accepts. */
@IntegrationTest
@BrowserTest
class WarmHandoverBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Cases cases;
    @Autowired
    Hulpbronnen hulpbronnen;
    @Autowired
    TaskService taskService;

    @Test
    void coachChoosesAGroup_writesTheIntroduction_andTheFacilitatorAcceptsOnTheirOwnPage() {
        String coach = users.user("t.browser.coach.westerkwartier", "coach", "team-westerkwartier");
        String begeleider = "t.browser.begeleider";
        Hulpbron group = hulpbronnen.group("Taalcafé Zuidhorn " + System.nanoTime(), 6, Municipality.WESTERKWARTIER,
                begeleider);
        ReferralCase referral = cases.referVia(ReferralSource.SCHOOL, Municipality.WESTERKWARTIER, 38);
        complete(referral, WorProcess.Activity.CONTACT_CLIENT, Map.of("contactOutcome", "REACHED",
                "contactChannel", "PHONE"));
        complete(referral, WorProcess.Activity.CONDUCT_VERKENNEND_GESPREK, Map.of("conversationDate", "2026-11-20",
                "conversationOutcome", "HANDOVER"));

        try (Browser browser = new Browser(port)) {
            browser.logIn(coach, TestUsers.PASSWORD);
            WebDriver page = browser.open("/casussen/" + referral.getCaseNumber());
            JavascriptExecutor js = (JavascriptExecutor) page;
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    page.findElement(By.cssSelector("#suggestions summary")));
            WebElement suggestion = page.findElement(By.cssSelector("li.suggestion[data-hulpbron='" + group.getId() + "']"));
            js.executeScript("arguments[0].click();", suggestion.findElement(By.cssSelector("button[type=submit]")));
            assertThat(page.findElement(By.id("flash")).getText()).contains("Gekozen");
            assertThat(page.findElement(By.id("placements")).getText()).contains(group.getName(), "gekozen");

            js.executeScript("arguments[0].click();", page.findElement(By.linkText("Draag warm over aan hulpbron")));
            page.findElement(By.name("field_introductie")).sendKeys("Wil Nederlands oefenen; komt graag met buurvrouw.");
            js.executeScript("arguments[0].click();", page.findElement(By.name("field_clientAgreesToIntroduction")));
            js.executeScript("arguments[0].click();", page.findElement(By.cssSelector("button[type=submit].btn-success")));
            assertThat(page.findElement(By.id("flash")).getText()).isEqualTo("De taak is afgerond.");
            assertThat(page.findElement(By.id("placements")).getText()).contains("aangemeld");
        }

        try (Browser browser = new Browser(port)) {
            browser.logIn(begeleider, TestUsers.PASSWORD);
            WebDriver page = browser.open("/overdrachten");
            WebElement card = page.findElements(By.cssSelector(".handover")).stream()
                    .filter(c -> c.getText().contains(group.getName())).findFirst().orElseThrow();
            assertThat(card.getText()).contains("Wil Nederlands oefenen", "0612345678");
            ((JavascriptExecutor) page).executeScript("arguments[0].click();",
                    card.findElement(By.cssSelector("button[value=ACCEPT]")));
            assertThat(page.findElement(By.id("flash")).getText()).contains("Aangenomen");
        }
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(referral.getCaseNumber())
                .taskDefinitionKey("Task_ConfirmIntroduction").count()).isEqualTo(1);
    }

    private void complete(ReferralCase referral, String activityId, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(referral.getCaseNumber())
                .taskDefinitionKey(activityId).singleResult().getId(), variables);
    }
}
