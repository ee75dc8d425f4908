package nl.welzijnsroute.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.welzijnsroute.browser.Browser;
import nl.welzijnsroute.browser.BrowserTest;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator changes the routing in the browser: uploads a wor-routing.dmn that sends Pekela to team Veendam,
 * reads the what-if, deploys, and the next referral from Pekela goes to Veendam. The real table is put back
 * afterwards. With {@code -Dscreenshots=true} the pages are saved as docs/images/beheer-*.png for
 * docs/coordinator.md.
 */
@IntegrationTest
@BrowserTest
class BeheerBrowserTest {

    private static final String COORDINATOR = "t.beheer.browser.coordinator";
    private static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Cases cases;
    @Autowired
    DefinitionDeployer deployer;
    @Autowired
    DeployedDefinitions deployed;

    @TempDir
    Path uploads;

    @Test
    void coordinatorSendsPekelaToVeendam_readsTheWhatIf_deploys_andTheNextReferralFollowsTheNewRule()
            throws IOException {
        users.user(COORDINATOR, "coordinator");
        ReferralCase before1 = cases.refer(Municipality.PEKELA, 40);
        ReferralCase before2 = cases.refer(Municipality.PEKELA, 67);
        cases.refer(Municipality.VEENDAM, 35);
        cases.refer(Municipality.GRONINGEN, 23);
        cases.refer(Municipality.STADSKANAAL, 58);
        assertThat(before1.getTeam()).isEqualTo("team-pekela");
        int versionBefore = deployed.latest(DefinitionType.DECISION, "wor-routing").orElseThrow().version();
        Path changed = uploads.resolve("wor-routing.dmn");
        Files.writeString(changed, BeheerFiles.read("processes/wor-routing.dmn")
                .replace("<description>Iedereen in gemeente Pekela</description>",
                        "<description>Iedereen in gemeente Pekela: voorlopig door team Veendam</description>")
                .replace("<text>\"team-pekela\"</text>", "<text>\"team-veendam\"</text>"), StandardCharsets.UTF_8);

        try (Browser browser = new Browser(port)) {
            browser.logIn(COORDINATOR, TestUsers.PASSWORD);
            WebDriver page = browser.open("/beheer");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Beheer");
            assertThat(page.findElement(By.cssSelector("#decisions tr[data-key='wor-routing']")).getText())
                    .contains("v" + versionBefore);
            assertThat(page.findElement(By.id("beheer-nav")).getText()).contains("Casussen migreren", "Teams");

            page.findElement(By.id("upload-link")).click();
            page.findElement(By.id("files")).sendKeys(changed.toString());
            page.findElement(By.id("note")).sendKeys("Pekela tijdelijk naar team Veendam: team Pekela is tot de "
                    + "zomer onderbezet (afspraak regio-overleg 12 mei).");
            screenshot(page, "beheer-upload");
            submit(page, "#upload-form button[type=submit]");

            // The preview: the plan and the what-if, nothing deployed yet.
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Controleren en deployen");
            assertThat(page.findElement(By.cssSelector("#plan tr[data-file='wor-routing.dmn']")).getText())
                    .contains("wor-routing v" + (versionBefore + 1));
            WebElement whatIf = page.findElement(By.cssSelector(".what-if[data-decision='wor-routing']"));
            assertThat(whatIf.findElement(By.className("what-if-summary")).getText())
                    .contains("verwijzingen van huisartsen", "laatste 365 dagen");
            for (ReferralCase referral : List.of(before1, before2)) {
                assertThat(whatIf.findElement(By.cssSelector("tr[data-case='" + referral.getCaseNumber() + "']"))
                        .getText()).contains("Pekela", "HUISARTS", "team-pekela", "team-veendam");
            }
            assertThat(whatIf.getText()).contains("team-pekela → team-veendam");
            assertThat(Integer.parseInt(whatIf.getDomAttribute("data-differing"))).isGreaterThanOrEqualTo(2);
            assertThat(deployed.latest(DefinitionType.DECISION, "wor-routing").orElseThrow().version())
                    .isEqualTo(versionBefore);
            screenshot(page, "beheer-what-if");

            submit(page, "#confirm-deploy");
            assertThat(page.findElement(By.id("flash")).getText()).startsWith("Gedeployed.");
            assertThat(page.findElement(By.cssSelector("#deployed-versions li[data-key='wor-routing']"))
                    .getDomAttribute("data-version")).isEqualTo(String.valueOf(versionBefore + 1));
            assertThat(page.findElement(By.id("deployed-by")).getText()).isEqualTo(COORDINATOR);
            screenshot(page, "beheer-gedeployed");

            // The next referral from Pekela follows the new rule.
            ReferralCase after = cases.refer(Municipality.PEKELA, 40);
            assertThat(after.getTeam()).isEqualTo("team-veendam");

            browser.open("/beheer/beslissingen/wor-routing");
            assertThat(page.findElement(By.cssSelector("#versions tr[data-version='" + (versionBefore + 1) + "']"))
                    .getText()).contains(COORDINATOR, "Pekela tijdelijk naar team Veendam");
            assertThat(page.findElement(By.cssSelector("tr[data-rule='Rule_Pekela']")).getText())
                    .contains("team-veendam");
            screenshot(page, "beheer-beslissing");

            browser.open("/beheer");
            assertThat(page.findElement(By.cssSelector("#decisions tr[data-key='wor-routing']")).getText())
                    .contains("v" + (versionBefore + 1), COORDINATOR, "Pekela tijdelijk naar team Veendam");
            assertThat(page.findElement(By.id("audit-log")).getText()).contains(COORDINATOR,
                    "wor-routing v" + (versionBefore + 1));
            screenshot(page, "beheer-overzicht");
        } finally {
            deployer.deploy(COORDINATOR, "Test klaar: de oorspronkelijke routering terug",
                    List.of(BeheerFiles.project("processes/wor-routing.dmn")));
        }
        assertThat(cases.refer(Municipality.PEKELA, 40).getTeam()).isEqualTo("team-pekela");
    }

    @Test
    void theProcessDiagramIsDrawn_andARefusedUploadSaysWhyInDutch() throws IOException {
        users.user(COORDINATOR, "coordinator");
        String key = BeheerFiles.uniqueKey("t-beheer-browser");
        Path generatedIds = uploads.resolve(key + ".bpmn");
        Files.writeString(generatedIds, BeheerFiles.processCopy(key)
                .replace("Task_AssignTeamManually", "Activity_0k3j2x9")
                .replace("camunda:candidateGroups=\"coordinator\"", "camunda:candidateGroups=\"team-pekla\""),
                StandardCharsets.UTF_8);

        try (Browser browser = new Browser(port)) {
            browser.logIn(COORDINATOR, TestUsers.PASSWORD);
            WebDriver page = browser.open("/beheer/processen/verkennend-gesprek");
            new WebDriverWait(page, Duration.ofSeconds(15)).until(
                    d -> "true".equals(d.findElement(By.id("diagram")).getDomAttribute("data-rendered")));
            assertThat(page.findElements(By.cssSelector("#diagram [data-element-id='Task_ContactClient']")))
                    .isNotEmpty();
            assertThat(page.findElement(By.cssSelector("#versions a.download")).getDomAttribute("href"))
                    .endsWith("/bestand");
            screenshot(page, "beheer-proces");

            browser.open("/beheer/deploy");
            page.findElement(By.id("files")).sendKeys(generatedIds.toString());
            page.findElement(By.id("note")).sendKeys("Coördinator kiest zelf het team");
            submit(page, "#upload-form button[type=submit]");
            String problems = page.findElement(By.id("problems")).getText();
            assertThat(problems).contains("Er is niets gedeployed", key + ".bpmn",
                    "(Activity_0k3j2x9): de id is door Camunda Modeler gemaakt",
                    "groep “team-pekla” bestaat niet");
            screenshot(page, "beheer-geweigerd");
        }
        assertThat(deployed.latest(DefinitionType.PROCESS, key)).isEmpty();
    }

    private static void submit(WebDriver page, String button) {
        WebElement element = page.findElement(By.cssSelector(button));
        ((JavascriptExecutor) page).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        // The old page is gone once its button is; Chromium sometimes says so as "does not belong to the document".
        new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException detached) {
                return String.valueOf(detached.getMessage()).contains("does not belong to the document");
            }
        });
        new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The whole page, saved for docs/coordinator.md only when asked (-Dscreenshots=true). */
    private static void screenshot(WebDriver page, String name) throws IOException {
        if (!SCREENSHOTS) {
            return;
        }
        Dimension original = page.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) page).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        page.manage().window().setSize(new Dimension(original.getWidth(), (int) Math.min(height + 120, 4000)));
        Path target = Path.of("docs", "images", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
        page.manage().window().setSize(original);
    }
}
