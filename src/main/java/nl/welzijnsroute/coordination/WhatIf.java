package nl.welzijnsroute.coordination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralSource;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What-if for a changed decision table: the newest deployed version and the new one are evaluated on the inputs
 * of recent cases (gemeente, age at referral, entry kind, from the app's own tables), and every case the two answer
 * differently for is listed. Nothing is written: the tables are parsed, not deployed, and evaluated by a twin of
 * the engine's DMN engine without its history and metrics listeners, so no decision history is made.
 */
@Service
public class WhatIf {

    public static final int DEFAULT_DAYS = 365;
    public static final int DEFAULT_MAX_CASES = 1000;
    public static final int MAX_CASES_LIMIT = 20_000;
    /** Rows shown; the counts always cover every case. */
    public static final int MAX_ROWS = 500;

    public record Parameters(int days, int maxCases) {

        public Parameters {
            days = Math.max(1, Math.min(days, 3650));
            maxCases = Math.max(1, Math.min(maxCases, MAX_CASES_LIMIT));
        }

        public static Parameters defaults() {
            return new Parameters(DEFAULT_DAYS, DEFAULT_MAX_CASES);
        }
    }

    /** Which cases a decision routes: wor-routing the huisartsen's, verkennend-gesprek-routing the others. */
    public enum Scope {
        HUISARTS("verwijzingen van huisartsen en POH-GGZ (Welzijn op Recept)"),
        OTHER_ENTRIES("verwijzingen van andere verwijzers en zelfaanmeldingen (verkennend gesprek)"),
        ALL("alle verwijzingen");

        private final String description;

        Scope(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** By decision id; copies under another id ("wor-routing-test") count as the decision they copy. */
        static Scope of(String decisionKey) {
            if (matches(decisionKey, WorProcess.ROUTING_DECISION)) {
                return HUISARTS;
            }
            if (matches(decisionKey, WorProcess.VERKENNEND_GESPREK_ROUTING_DECISION)) {
                return OTHER_ENTRIES;
            }
            return ALL;
        }

        private static boolean matches(String key, String decision) {
            return key.equals(decision) || key.startsWith(decision + "-");
        }
    }

    public record CaseInputs(String caseNumber, String gemeente, int leeftijd, String source, Instant createdAt) {

        Map<String, Object> variables() {
            return Map.of(WorProcess.Var.GEMEENTE, gemeente, WorProcess.Var.LEEFTIJD, leeftijd,
                    WorProcess.Var.SOURCE, source);
        }
    }

    public record Difference(CaseInputs inputs, String oldResult, String newResult) {
    }

    public record Result(String decisionKey, String decisionName, int deployedVersion, Scope scope,
            Parameters parameters, int casesEvaluated, int casesDiffering, List<Difference> differences,
            Map<String, Long> changes) {

        public boolean rowsCut() {
            return casesDiffering > differences.size();
        }
    }

    static final String NO_RULE = "geen regel";

    private final JdbcTemplate jdbc;
    private final EngineParsers parsers;
    private final DeployedDefinitions deployed;
    private final Clock clock;

    WhatIf(JdbcTemplate jdbc, EngineParsers parsers, DeployedDefinitions deployed, Clock clock) {
        this.jdbc = jdbc;
        this.parsers = parsers;
        this.deployed = deployed;
        this.clock = clock;
    }

    /** Every decision in the new file that is deployed already, compared; new decisions have nothing to compare. */
    public List<Result> compare(UploadedFile newDmn, Parameters parameters) {
        List<Result> results = new ArrayList<>();
        for (DmnDecision decision : parsers.parseForEvaluation(newDmn.content())) {
            compare(decision, parameters).ifPresent(results::add);
        }
        return results;
    }

    private Optional<Result> compare(DmnDecision changed, Parameters parameters) {
        Optional<DeployedDefinitions.Version> current = deployed.latest(DefinitionType.DECISION, changed.getKey());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        DmnDecision old = parsers.parseForEvaluation(deployed.content(current.get())).stream()
                .filter(d -> d.getKey().equals(changed.getKey())).findFirst().orElseThrow();
        Scope scope = Scope.of(changed.getKey());
        List<CaseInputs> cases = cases(scope, parameters);
        List<Difference> differences = new ArrayList<>();
        Map<String, Long> changes = new LinkedHashMap<>();
        int differing = 0;
        for (CaseInputs inputs : cases) {
            String before = evaluate(old, inputs);
            String after = evaluate(changed, inputs);
            if (!before.equals(after)) {
                differing++;
                changes.merge(before + " → " + after, 1L, Long::sum);
                if (differences.size() < MAX_ROWS) {
                    differences.add(new Difference(inputs, before, after));
                }
            }
        }
        Map<String, Long> sorted = changes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return Optional.of(new Result(changed.getKey(), changed.getName(), current.get().version(), scope, parameters,
                cases.size(), differing, differences, sorted));
    }

    /** The outputs in words: "team-pekela"; several outputs "a=1, b=2"; several rules joined by " | ". */
    String evaluate(DmnDecision decision, CaseInputs inputs) {
        DmnDecisionResult result;
        try {
            result = parsers.evaluate(decision, inputs.variables());
        } catch (RuntimeException e) {
            return "fout: " + EngineParsers.messages(e);
        }
        if (result.isEmpty()) {
            return NO_RULE;
        }
        List<String> rules = new ArrayList<>();
        for (DmnDecisionResultEntries entries : result) {
            Map<String, Object> map = entries.getEntryMap();
            rules.add(map.size() == 1 ? String.valueOf(map.values().iterator().next())
                    : map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        return String.join(" | ", rules);
    }

    /** The newest cases of the scope created in the period, at most maxCases. */
    List<CaseInputs> cases(Scope scope, Parameters parameters) {
        Instant since = clock.instant().minus(Duration.ofDays(parameters.days()));
        String where = switch (scope) {
            case HUISARTS -> " AND rc.source = '" + ReferralSource.HUISARTS.name() + "'";
            case OTHER_ENTRIES -> " AND rc.source <> '" + ReferralSource.HUISARTS.name() + "'";
            case ALL -> "";
        };
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(parameters.maxCases());
        return limited.query("SELECT rc.case_number, c.municipality, c.birth_date, rc.source, rc.created_at"
                        + " FROM referral_case rc JOIN client c ON c.id = rc.client_id"
                        + " WHERE rc.case_number IS NOT NULL AND rc.created_at >= ?" + where
                        + " ORDER BY rc.created_at DESC, rc.id DESC",
                (rs, row) -> {
                    Instant created = rs.getTimestamp(5).toInstant();
                    LocalDate birthDate = rs.getDate(3).toLocalDate();
                    int age = Period.between(birthDate, LocalDate.ofInstant(created, ReferralCase.ZONE)).getYears();
                    return new CaseInputs(rs.getString(1), rs.getString(2), age, rs.getString(4), created);
                },
                Timestamp.from(since));
    }
}
