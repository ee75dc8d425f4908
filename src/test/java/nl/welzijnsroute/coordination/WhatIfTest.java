package nl.welzijnsroute.coordination;

import static nl.welzijnsroute.coordination.BeheerFiles.file;
import static nl.welzijnsroute.coordination.BeheerFiles.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * What-if on a constructed history: a copy of wor-routing under its own id, then a new rule for one (made-up)
 * gemeente and an age range. Exactly the huisartsen's cases of that gemeente in the range and the period differ;
 * everything else in the shared database answers the same under both versions.
 */
@IntegrationTest
class WhatIfTest {

    @Autowired
    WhatIf whatIf;
    @Autowired
    DefinitionDeployer deployer;
    @Autowired
    JdbcTemplate jdbc;

    private String suffix;
    private String gemeente;
    private String decisionKey;

    @BeforeEach
    void deployACopyOfWorRouting() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        gemeente = "Testgemeente " + suffix;
        decisionKey = uniqueKey("wor-routing-whatif");
        deployer.deploy("t.beheer.coordinator", "Kopie van wor-routing voor de what-if-test",
                List.of(file(decisionKey + ".dmn", BeheerFiles.decisionCopy(decisionKey))));
    }

    @Test
    void exactlyTheCasesOfTheChangedRuleDiffer_byAgeAtReferral_withinThePeriod_andOnlyHuisartsCases() {
        Instant now = Instant.now();
        String adult = insertCase("HUISARTS", gemeente, 40, now.minus(Duration.ofDays(10)));
        String eighteen = insertCase("HUISARTS", gemeente, 18, now.minus(Duration.ofDays(11)));
        String sixtyFour = insertCase("HUISARTS", gemeente, 64, now.minus(Duration.ofDays(12)));
        insertCase("HUISARTS", gemeente, 17, now.minus(Duration.ofDays(13)));
        insertCase("HUISARTS", gemeente, 65, now.minus(Duration.ofDays(14)));
        // Not a huisarts's referral: wor-routing never sees it.
        insertCase("SCHOOL", gemeente, 40, now.minus(Duration.ofDays(15)));
        // Seventeen at referral, eighteen today: the table saw seventeen.
        insertCaseBornOn("HUISARTS", gemeente, now.minus(Duration.ofDays(200)),
                LocalDate.ofInstant(now.minus(Duration.ofDays(200)), ReferralCase.ZONE).minusYears(18).plusDays(50));
        // Older than a year: only in a longer period.
        String old = insertCase("HUISARTS", gemeente, 40, now.minus(Duration.ofDays(400)));
        // Another gemeente: routed the same by both versions.
        insertCase("HUISARTS", "Pekela", 40, now.minus(Duration.ofDays(10)));

        UploadedFile changed = file(decisionKey + ".dmn", BeheerFiles.decisionCopy(decisionKey).replace(
                "</decisionTable>", """
                      <rule id="Rule_Testgemeente">
                        <description>Volwassenen in de testgemeente naar Veendam</description>
                        <inputEntry id="Rule_Testgemeente_gemeente"><text>"%s"</text></inputEntry>
                        <inputEntry id="Rule_Testgemeente_leeftijd"><text>[18..64]</text></inputEntry>
                        <outputEntry id="Rule_Testgemeente_team"><text>"team-veendam"</text></outputEntry>
                      </rule>
                    </decisionTable>""".formatted(gemeente)));

        WhatIf.Result lastYear = single(whatIf.compare(changed, new WhatIf.Parameters(365, WhatIf.MAX_CASES_LIMIT)));
        assertThat(lastYear.decisionKey()).isEqualTo(decisionKey);
        assertThat(lastYear.deployedVersion()).isEqualTo(1);
        assertThat(lastYear.scope()).isEqualTo(WhatIf.Scope.HUISARTS);
        assertThat(lastYear.casesDiffering()).isEqualTo(3);
        assertThat(lastYear.differences()).extracting(d -> d.inputs().caseNumber())
                .containsExactly(adult, eighteen, sixtyFour);
        assertThat(lastYear.differences()).allSatisfy(d -> {
            assertThat(d.oldResult()).isEqualTo(WhatIf.NO_RULE);
            assertThat(d.newResult()).isEqualTo("team-veendam");
            assertThat(d.inputs().gemeente()).isEqualTo(gemeente);
            assertThat(d.inputs().source()).isEqualTo("HUISARTS");
        });
        assertThat(lastYear.differences()).extracting(d -> d.inputs().leeftijd()).containsExactly(40, 18, 64);
        assertThat(lastYear.changes()).isEqualTo(Map.of(WhatIf.NO_RULE + " → team-veendam", 3L));
        assertThat(lastYear.casesEvaluated()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM referral_case"
                + " WHERE source = 'HUISARTS' AND case_number IS NOT NULL AND created_at >= ?", Integer.class,
                Timestamp.from(now.minus(Duration.ofDays(365)).minusSeconds(5))));

        WhatIf.Result longer = single(whatIf.compare(changed, new WhatIf.Parameters(500, WhatIf.MAX_CASES_LIMIT)));
        assertThat(longer.casesDiffering()).isEqualTo(4);
        assertThat(longer.differences()).extracting(d -> d.inputs().caseNumber())
                .containsExactly(adult, eighteen, sixtyFour, old);

        // At most N cases, newest first: the two newest are the only ones looked at.
        WhatIf.Result newestTwo = single(whatIf.compare(changed, new WhatIf.Parameters(365, 2)));
        assertThat(newestTwo.casesEvaluated()).isEqualTo(2);
    }

    @Test
    void aDecisionNotYetDeployedHasNothingToCompare() {
        String key = uniqueKey("wor-routing-new");
        assertThat(whatIf.compare(file(key + ".dmn", BeheerFiles.decisionCopy(key)), WhatIf.Parameters.defaults()))
                .isEmpty();
    }

    @Test
    void theCasesADecisionRoutesFollowItsId() {
        assertThat(WhatIf.Scope.of("wor-routing")).isEqualTo(WhatIf.Scope.HUISARTS);
        assertThat(WhatIf.Scope.of("verkennend-gesprek-routing")).isEqualTo(WhatIf.Scope.OTHER_ENTRIES);
        assertThat(WhatIf.Scope.of("follow-up-schedule")).isEqualTo(WhatIf.Scope.ALL);
        assertThat(WhatIf.Scope.of("wor-routingx")).isEqualTo(WhatIf.Scope.ALL);
    }

    private static WhatIf.Result single(List<WhatIf.Result> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private String insertCase(String source, String municipality, int ageAtReferral, Instant createdAt) {
        LocalDate referralDay = LocalDate.ofInstant(createdAt, ReferralCase.ZONE);
        return insertCaseBornOn(source, municipality, createdAt, referralDay.minusYears(ageAtReferral).minusDays(3));
    }

    /** A client and a case as the referral service leaves them, with a case number of the test's own. */
    private String insertCaseBornOn(String source, String municipality, Instant createdAt, LocalDate birthDate) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO client (given_name, family_name, birth_date,"
                    + " postal_code, house_number, municipality, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, "Wat");
            statement.setString(2, "Als");
            statement.setDate(3, Date.valueOf(birthDate));
            statement.setString(4, "9999 ZZ");
            statement.setString(5, "1");
            statement.setString(6, municipality);
            statement.setTimestamp(7, Timestamp.from(createdAt));
            return statement;
        }, key);
        long clientId = key.getKey().longValue();
        String caseNumber = "WI-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("INSERT INTO referral_case (case_number, client_id, source, referrer_user_id, reasons,"
                        + " consent_given_at, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseNumber, clientId, source, "t.whatif", "LONELINESS", Timestamp.from(createdAt), "CLOSED",
                Timestamp.from(createdAt), Timestamp.from(createdAt));
        return caseNumber;
    }
}
