package nl.welzijnsroute.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Client;
import nl.welzijnsroute.referral.ClientRepository;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralCaseRepository;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A huisarts refers a patient in the browser: the form without JavaScript of its own, the confirmation, the list. */
@IntegrationTest
@BrowserTest
class ReferralBrowserTest {

    private static final String HUISARTS = "t.browser.form.huisarts";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    ReferralCaseRepository cases;
    @Autowired
    ClientRepository clients;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void huisartsRefers_seesTheConfirmationWithTheCaseNumber_andFindsItInTheirList() {
        users.huisarts(HUISARTS, "PR-T-BROWSER-FORM");
        long casesBefore = cases.count();

        try (Browser browser = new Browser(port)) {
            browser.logIn(HUISARTS, TestUsers.PASSWORD);
            WebDriver page = browser.open("/verwijzen");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Verwijzen naar Welzijn op Recept");
            fillIn(page, "Jessica", "Bakker");
            submit(page);
            assertThat(errorsOnPage(page)).as("errors on the form").isEmpty();

            WebElement confirmation = page.findElement(By.id("confirmation"));
            String caseNumber = page.findElement(By.id("case-number")).getText();
            assertThat(caseNumber).matches("WOR-\\d{4}-\\d{6}");
            assertThat(confirmation.getText()).contains("Verwijzing ontvangen: casus " + caseNumber,
                    "binnen twee weken contact");
            assertThat(page.getCurrentUrl()).endsWith("/verwijzingen/" + caseNumber + "?bevestiging");
            assertThat(page.findElement(By.id("status")).getText()).isEqualTo("ontvangen");

            browser.open("/verwijzingen");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn verwijzingen");
            WebElement card = page.findElement(By.cssSelector(".referral[data-case-number='" + caseNumber + "']"));
            assertThat(card.getText()).contains(caseNumber, "Jessica Bakker", "ontvangen", "door " + HUISARTS);
            // Newest first: the one just made is on top.
            assertThat(page.findElements(By.cssSelector(".referral")).get(0).getAttribute("data-case-number"))
                    .isEqualTo(caseNumber);
            card.findElement(By.linkText(caseNumber)).click();
            assertThat(page.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);

            // What the browser sent is what was stored, and the journey began for the gemeente's team.
            assertThat(cases.count()).isEqualTo(casesBefore + 1);
            ReferralCase created = cases.findByCaseNumber(caseNumber).orElseThrow();
            assertThat(created.getReferrerUserId()).isEqualTo(HUISARTS);
            assertThat(created.getReasons()).containsExactly(Reason.LONELINESS);
            assertThat(created.getTeam()).isEqualTo("team-stadskanaal");
            Client client = clients.findById(created.getClient().getId()).orElseThrow();
            assertThat(client.getBirthDate()).hasToString("1978-03-01");
            assertThat(client.getPhone()).isEqualTo("0612345678");
            assertThat(client.getPostalCode()).isEqualTo("9501 AB");
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(created.getCaseNumber())
                    .taskDefinitionKey(WorProcess.Activity.CONTACT_CLIENT).taskCandidateGroup("team-stadskanaal")
                    .count()).isEqualTo(1);
        }
    }

    @Test
    void aRequiredFieldLeftEmpty_showsTheDutchMessage_keepsWhatWasTyped_andAfterFixingMakesOneCase() {
        users.huisarts(HUISARTS, "PR-T-BROWSER-FORM");
        long casesBefore = cases.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().rootProcessInstances().count();

        try (Browser browser = new Browser(port)) {
            browser.logIn(HUISARTS, TestUsers.PASSWORD);
            WebDriver page = browser.open("/verwijzen");
            fillIn(page, "Klaasje", "");
            submit(page);

            assertThat(page.findElement(By.id("form-errors")).getText())
                    .startsWith("Niet alle velden zijn goed ingevuld.");
            assertThat(page.findElement(By.cssSelector("[data-field='client.familyName']")).getText())
                    .isEqualTo("Vul de achternaam in.");
            assertThat(page.findElement(By.name("client.familyName")).getAttribute("class")).contains("is-invalid");
            assertThat(errorsOnPage(page)).containsExactly("client.familyName: Vul de achternaam in.");
            // Nothing was stored.
            assertThat(cases.count()).isEqualTo(casesBefore);
            assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstances().count()).isEqualTo(instancesBefore);
            // Everything typed is still there.
            assertThat(value(page, "client.givenName")).isEqualTo("Klaasje");
            assertThat(value(page, "client.birthDate")).isEqualTo("1978-03-01");
            assertThat(value(page, "client.phone")).isEqualTo("06-12345678");
            assertThat(value(page, "client.postalCode")).isEqualTo("9501 AB");
            assertThat(value(page, "client.houseNumber")).isEqualTo("12");
            assertThat(new Select(page.findElement(By.name("client.municipality"))).getFirstSelectedOption()
                    .getText()).isEqualTo("Stadskanaal");
            assertThat(page.findElement(By.cssSelector("input[name=reasons][value=LONELINESS]")).isSelected())
                    .isTrue();
            assertThat(page.findElement(By.cssSelector("input[name=reasons][value=STRESS]")).isSelected())
                    .isFalse();
            assertThat(page.findElement(By.cssSelector("input[name=consent]")).isSelected()).isTrue();
            assertThat(page.findElement(By.cssSelector("input[name=acuteRisk][value=false]")).isSelected())
                    .isTrue();

            // Fix the one field and send: one case, under the same form.
            page.findElement(By.name("client.familyName")).sendKeys("de Vries");
            submit(page);
            assertThat(errorsOnPage(page)).as("errors on the form").isEmpty();
            String caseNumber = page.findElement(By.id("case-number")).getText();
            assertThat(page.findElement(By.id("confirmation")).getText()).contains(caseNumber);
            assertThat(cases.count()).isEqualTo(casesBefore + 1);
            assertThat(cases.findByCaseNumber(caseNumber).orElseThrow().getClient().fullName())
                    .isEqualTo("Klaasje de Vries");

        }
    }

    /** Fills every field a huisarts fills for a phone-only referral; an empty family name stays empty. */
    private static void fillIn(WebDriver page, String givenName, String familyName) {
        page.findElement(By.name("client.givenName")).sendKeys(givenName);
        page.findElement(By.name("client.familyName")).sendKeys(familyName);
        // A date input's typing format follows the browser's locale; setting the ISO value is what it submits.
        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];",
                page.findElement(By.name("client.birthDate")), "1978-03-01");
        page.findElement(By.name("client.phone")).sendKeys("06-12345678");
        page.findElement(By.name("client.postalCode")).sendKeys("9501 AB");
        page.findElement(By.name("client.houseNumber")).sendKeys("12");
        new Select(page.findElement(By.name("client.municipality"))).selectByVisibleText("Stadskanaal");
        click(page, page.findElement(By.cssSelector("input[name=reasons][value=LONELINESS]")));
        page.findElement(By.name("question")).sendKeys("Ik wil weer onder de mensen komen.");
        click(page, page.findElement(By.cssSelector("input[name=consent]")));
        click(page, page.findElement(By.cssSelector("input[name=acuteRisk][value=false]")));
    }

    /** Sends the form and waits for the next page. */
    private static void submit(WebDriver page) {
        WebElement button = page.findElement(By.cssSelector("#referral-form button[type=submit]"));
        click(page, button);
        new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    /** Every error the page shows under a field, as "field: message"; asked without waiting for one to appear. */
    @SuppressWarnings("unchecked")
    private static List<String> errorsOnPage(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript("return Array.from("
                + "document.querySelectorAll('[data-field]')).map(e => e.dataset.field + ': ' + e.textContent.trim());");
    }

    /** Bootstrap scrolls smoothly; a click during the animation would land beside the element. */
    private static void click(WebDriver page, WebElement element) {
        ((JavascriptExecutor) page).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private static String value(WebDriver page, String name) {
        return page.findElement(By.name(name)).getDomProperty("value");
    }
}
