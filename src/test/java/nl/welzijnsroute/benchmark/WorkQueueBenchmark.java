package nl.welzijnsroute.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.welzijnsroute.casework.WorkQueueFilter;
import nl.welzijnsroute.casework.WorkQueueService;
import nl.welzijnsroute.journey.WorProcess;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.NewReferral;
import nl.welzijnsroute.referral.Reason;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralService;
import nl.welzijnsroute.security.CurrentUser;
import nl.welzijnsroute.security.Roles;
import nl.welzijnsroute.support.Http;
import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: how fast is the werkvoorraad with N open cases? Never part of {@code ./mvnw verify}
 * (the class name matches none of surefire's default includes, and it only runs when {@code bench.cases} is set).
 * It boots the whole application on the configured database, seeds N open cases through {@link ReferralService}
 * (client row, case row, a running process instance with its first-contact task, exactly like a real referral),
 * then times {@link WorkQueueService#find} for a coach of one team and for the coordinator, and the full HTTP page.
 * See {@code docs/performance.md} for how to run it and the results. Unlike the other {@code @IntegrationTest}
 * classes it has a Spring context of its own (the movable {@link SeedClock}), so run it on its own.
 *
 * <p>Seeding resumes: when the database already holds at least N open tasks of the journey nothing is added, with
 * fewer only the difference is seeded. So a PostgreSQL (or H2 file) database seeded at 10,000 grows to 100,000.
 *
 * <p>System properties: {@code bench.cases} (required; one size, or several ascending such as
 * {@code 10000,100000}), {@code bench.iterations} (50), {@code bench.warmup} (15), {@code bench.batch} (cases per
 * transaction, 100), {@code bench.threads} (seeding threads, 2), {@code bench.analyze} (run ANALYZE before timing,
 * true), {@code bench.out} (report directory, target/benchmark).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.cases", matches = "\\d+(\\s*,\\s*\\d+)*")
class WorkQueueBenchmark {

    /** One size, or several ascending ({@code 10000,100000}): seeded up to and measured at each in turn. */
    private static final int[] SIZES = Arrays.stream(System.getProperty("bench.cases", "0").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).sorted().toArray();
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 50);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 15);
    private static final int BATCH = Integer.getInteger("bench.batch", 100);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final boolean ANALYZE = Boolean.parseBoolean(System.getProperty("bench.analyze", "true"));
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmark"));

    private static final String COACH = "bench.coach";
    private static final String COORDINATOR = "bench.coordinator";
    private static final String COACH_TEAM = Municipality.STADSKANAAL.teamGroupId();
    private static final String COACH_GEMEENTE = Municipality.STADSKANAAL.displayName();
    private static final int HUISARTSEN = 20;
    /** Referrals are spread over the last three weeks, so about a third is past its two-week first-contact date. */
    private static final int SPREAD_DAYS = 21;
    private static final int CLAIMED_BY_COACH = 10;

    private static final String[] GIVEN_NAMES = {"Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gerrit",
        "Hanna", "Ingrid", "Jan", "Klaas", "Lotte", "Martje", "Niels", "Olga", "Pieter", "Roos", "Sanne", "Tjeerd",
        "Ursula", "Vera", "Willem", "Yara", "Zeger", "Aaltje", "Bert", "Corrie", "Dirk", "Els", "Frits", "Geesje",
        "Harm", "Ineke", "Jelle", "Karin", "Luuk", "Marian", "Nynke", "Okke", "Petra", "Rik", "Saskia", "Thijs",
        "Wietske", "Anouk", "Bas", "Joke", "Henk", "Jessica", "Sem"};
    /** Each family name goes to 1 in FAMILY_NAMES.length clients: the name search finds that many cases. */
    private static final String[] FAMILY_NAMES = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
        "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
        "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
        "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven",
        "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters",
        "de Jonge", "Kuipers", "van Veen", "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten",
        "van Wijk", "Postma", "Martens", "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker",
        "van Loon", "Boer", "van der Velde", "Willemsen", "Smeets", "de Lange", "de Vos", "Bosch", "van Dongen",
        "Schipper", "de Koning", "van der Laan", "Koning", "van der Velden", "Driessen", "van Doorn", "Hermans",
        "Evers", "van den Bosch", "van der Meulen", "Hofman", "Bosman", "Wolters", "Sanders", "van der Horst",
        "Mol", "Kuijpers", "Molenaar", "van de Pol", "de Leeuw", "Verbeek"};
    /** A family name that no other one contains, for the name search. */
    private static final String NAME_SEARCH = "Hoekstra";

    @LocalServerPort
    int port;
    @Autowired
    WorkQueueService workQueue;
    @Autowired
    ReferralService referralService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestUsers users;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    SeedClock seedClock;

    /** The app's clock, movable per seeding thread so referrals (and their due dates) lie in the past. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BenchmarkClock {

        @Bean
        @Primary
        SeedClock seedClock() {
            return new SeedClock();
        }
    }

    static final class SeedClock extends Clock {

        private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

        void pin(Instant instant) {
            pinned.set(instant);
        }

        void release() {
            pinned.remove();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            Instant at = pinned.get();
            return at != null ? at : Instant.now();
        }
    }

    private record Scenario(String who, String name, CurrentUser user, WorkQueueFilter filter) {
    }

    private record Stats(double p50, double p95, double max, double mean) {

        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(ms(sorted[rank(sorted.length, 0.50)]), ms(sorted[rank(sorted.length, 0.95)]),
                    ms(sorted[sorted.length - 1]), ms((long) Arrays.stream(sorted).average().orElse(0)));
        }

        private static int rank(int n, double p) {
            return Math.max(0, (int) Math.ceil(p * n) - 1);
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    @Test
    void workQueue() throws Exception {
        for (int cases : SIZES) {
            measure(cases);
        }
    }

    private void measure(int cases) throws Exception {
        String database = databaseName();
        StringWriter text = new StringWriter();
        PrintWriter report = new PrintWriter(text, true);
        report.printf(Locale.ROOT, "Work queue benchmark: %,d open cases on %s%n", cases, database);
        report.printf(Locale.ROOT, "machine: %d cores, JVM %s, max heap %d MB; %d warm-up + %d timed calls each%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), WARMUP, ITERATIONS);

        users.user(COACH, Roles.COACH, COACH_TEAM);
        users.user(COORDINATOR, Roles.COORDINATOR);
        seed(cases, report);
        claimSomeForTheCoach();
        if (ANALYZE) {
            // A production database has autovacuum keeping planner statistics current; right after a bulk seed
            // (or on a server with autovacuum off) they are missing. -Dbench.analyze=false measures without.
            new JdbcTemplate(dataSource).execute("ANALYZE");
        }
        report.printf(Locale.ROOT, "planner statistics refreshed (ANALYZE) before timing: %s%n", ANALYZE);

        long openTasks = taskService.createTaskQuery().active().processDefinitionKeyIn(WorProcess.JOURNEY_PROCESS_KEYS.toArray(String[]::new)).count();
        long teamTasks = taskService.createTaskQuery().active().processDefinitionKeyIn(WorProcess.JOURNEY_PROCESS_KEYS.toArray(String[]::new))
                .taskCandidateGroup(COACH_TEAM).count();
        report.printf(Locale.ROOT, "open journey tasks: %,d (of which %,d offered to %s)%n", openTasks, teamTasks,
                COACH_TEAM);

        String caseNumber = aCaseNumberOfTheCoachsTeam();
        CurrentUser coach = new CurrentUser(COACH, Set.of(Roles.COACH, COACH_TEAM));
        CurrentUser coordinator = new CurrentUser(COORDINATOR, Set.of(Roles.COORDINATOR));
        List<Scenario> scenarios = new ArrayList<>();
        for (CurrentUser user : List.of(coach, coordinator)) {
            String who = user == coach ? "coach (" + COACH_TEAM + ")" : "coordinator (all teams)";
            long total = workQueue.find(user, filter(null, null, null, 0)).total();
            int lastPage = (int) Math.max(0, (total - 1) / WorkQueueService.PAGE_SIZE);
            scenarios.add(new Scenario(who, "default, page 1", user, filter(null, null, null, 0)));
            scenarios.add(new Scenario(who, "page 10", user, filter(null, null, null, 9)));
            scenarios.add(new Scenario(who, "last page (" + (lastPage + 1) + ")", user,
                    filter(null, null, null, lastPage)));
            scenarios.add(new Scenario(who, "gemeente " + COACH_GEMEENTE, user, filter(COACH_GEMEENTE, null, null, 0)));
            scenarios.add(new Scenario(who, "overdue", user, filter(null, "overdue", null, 0)));
            scenarios.add(new Scenario(who, "name \"" + NAME_SEARCH + "\"", user, filter(null, null, NAME_SEARCH, 0)));
            scenarios.add(new Scenario(who, "case number " + caseNumber, user, filter(null, null, caseNumber, 0)));
        }

        List<Http> browsers = List.of(Http.loggedIn(port, COACH, TestUsers.PASSWORD),
                Http.loggedIn(port, COORDINATOR, TestUsers.PASSWORD));
        List<String> paths = List.of("/werkvoorraad", "/werkvoorraad?due=overdue", "/");
        List<Measured> measured = new ArrayList<>();
        for (Scenario s : scenarios) {
            measured.add(new Measured(() -> workQueue.find(s.user(), s.filter())));
        }
        for (Http browser : browsers) {
            for (String path : paths) {
                measured.add(new Measured(() -> browser.get(path)));
            }
        }

        report.printf(Locale.ROOT, "load average before timing: %s%n%n", loadAverage());
        timeInterleaved(measured);

        report.printf(Locale.ROOT, "%-26s %-28s %9s %6s %9s %9s %9s %9s%n", "WorkQueueService.find", "query",
                "total", "rows", "p50 ms", "p95 ms", "max ms", "mean ms");
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            WorkQueueService.Page page = (WorkQueueService.Page) measured.get(i).last;
            Stats stats = Stats.of(measured.get(i).nanos);
            report.printf(Locale.ROOT, "%-26s %-28s %,9d %6d %9.1f %9.1f %9.1f %9.1f%n", s.who(), s.name(),
                    page.total(), page.items().size(), stats.p50(), stats.p95(), stats.max(), stats.mean());
        }
        report.printf(Locale.ROOT, "%n%-26s %-28s %9s %6s %9s %9s %9s %9s%n", "HTTP (logged in, real port)",
                "request", "status", "KB", "p50 ms", "p95 ms", "max ms", "mean ms");
        int i = scenarios.size();
        for (String user : List.of(COACH, COORDINATOR)) {
            for (String path : paths) {
                HttpResponse<?> response = (HttpResponse<?>) measured.get(i).last;
                Stats stats = Stats.of(measured.get(i).nanos);
                report.printf(Locale.ROOT, "%-26s %-28s %9d %6d %9.1f %9.1f %9.1f %9.1f%n", user, "GET " + path,
                        response.statusCode(), ((String) response.body()).getBytes(StandardCharsets.UTF_8).length
                                / 1024, stats.p50(), stats.p95(), stats.max(), stats.mean());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                i++;
            }
        }

        report.printf(Locale.ROOT, "%nload average after timing: %s%n", loadAverage());
        System.out.println();
        System.out.println(text);
        Files.createDirectories(OUT);
        Path file = OUT.resolve("work-queue-" + database + "-" + cases + ".txt");
        Files.writeString(file, text.toString());
        System.out.println("Report written to " + file.toAbsolutePath());
    }

    private static WorkQueueFilter filter(String gemeente, String due, String q, int page) {
        return new WorkQueueFilter(null, gemeente, due, q, null, false, page);
    }

    /** One call to time, with its timings and its last answer. */
    private static final class Measured {

        final Supplier<?> call;
        final long[] nanos = new long[ITERATIONS];
        Object last;

        Measured(Supplier<?> call) {
            this.call = call;
        }
    }

    /**
     * Warms every call up, then runs them round-robin, so load from elsewhere on the machine (bursty on a shared
     * box) is spread over all of them alike instead of skewing the one that happened to run at the time.
     */
    private static void timeInterleaved(List<Measured> calls) {
        for (Measured m : calls) {
            for (int i = 0; i < WARMUP; i++) {
                m.last = m.call.get();
            }
        }
        for (int i = 0; i < ITERATIONS; i++) {
            for (Measured m : calls) {
                long start = System.nanoTime();
                m.last = m.call.get();
                m.nanos[i] = System.nanoTime() - start;
            }
        }
    }

    // --- seeding -------------------------------------------------------------------------------------------

    private void seed(int cases, PrintWriter report) throws Exception {
        long existing = taskService.createTaskQuery().active().processDefinitionKeyIn(WorProcess.JOURNEY_PROCESS_KEYS.toArray(String[]::new)).count();
        if (existing >= cases) {
            report.printf(Locale.ROOT, "seeding: skipped, the database already holds %,d open tasks%n", existing);
            return;
        }
        for (int h = 0; h < HUISARTSEN; h++) {
            users.huisarts(huisarts(h), "PR-BENCH-" + (h / 4));
        }
        int toSeed = (int) (cases - existing);
        int offset = (int) new JdbcTemplate(dataSource).queryForObject("select count(*) from client", Long.class)
                .longValue();
        System.out.printf(Locale.ROOT, "Seeding %,d cases (%,d open tasks present), %d per transaction, %d threads%n",
                toSeed, existing, BATCH, THREADS);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < toSeed; from += BATCH) {
                int first = from;
                int last = Math.min(from + BATCH, toSeed);
                batches.add(pool.submit(() -> {
                    try {
                        transaction.executeWithoutResult(status -> {
                            for (int i = first; i < last; i++) {
                                referOne(offset + i);
                            }
                        });
                    } finally {
                        seedClock.release();
                    }
                    int n = done.addAndGet(last - first);
                    if (n % 5000 < last - first || n == toSeed) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        System.out.printf(Locale.ROOT, "  seeded %,d / %,d in %.0f s (%.0f cases/s)%n", n, toSeed,
                                seconds, n / seconds);
                    }
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.printf(Locale.ROOT, "seeding: %,d cases in %.0f s = %.0f cases/s (%d per transaction, %d threads)%n",
                toSeed, seconds, toSeed / seconds, BATCH, THREADS);
    }

    /**
     * Case i: team i mod 11 (the ten gemeente teams, and the jongerenroute of gemeente Groningen), a name from
     * the lists, referred between now and {@link #SPREAD_DAYS} days ago.
     */
    private void referOne(int i) {
        int team = i % 11;
        Municipality municipality = team < 10 ? Municipality.values()[team] : Municipality.GRONINGEN;
        int age = team < 10 ? 30 + (i * 7) % 55 : 13 + (i * 3) % 14;
        LocalDate today = LocalDate.now(ReferralCase.ZONE);
        Instant referredAt = ZonedDateTime.now(ReferralCase.ZONE)
                .minusMinutes(Math.floorMod(i * 7919L, SPREAD_DAYS * 24L * 60)).toInstant();
        seedClock.pin(referredAt);
        NewReferral referral = new NewReferral(GIVEN_NAMES[(i / 7) % GIVEN_NAMES.length],
                FAMILY_NAMES[Math.floorMod(i * 31, FAMILY_NAMES.length)],
                today.minusYears(age).minusDays(1 + i % 300), "0612345678", null, "9501 AB",
                String.valueOf(1 + i % 200), municipality, EnumSet.of(Reason.values()[i % 9]), null,
                "Ik wil weer onder de mensen komen.", null, null);
        referralService.refer(huisarts(i % HUISARTSEN), referral, null);
    }

    private static String huisarts(int h) {
        return "bench.huisarts." + h;
    }

    /** A coach's queue holds a few tasks they claimed; the query's "assigned to me OR offered to my team". */
    private void claimSomeForTheCoach() {
        if (taskService.createTaskQuery().taskAssignee(COACH).count() > 0) {
            return;
        }
        for (Task task : taskService.createTaskQuery().active().taskCandidateGroup(COACH_TEAM)
                .orderByTaskCreateTime().desc().listPage(0, CLAIMED_BY_COACH)) {
            taskService.setAssignee(task.getId(), COACH);
        }
    }

    private String aCaseNumberOfTheCoachsTeam() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long median = jdbc.queryForObject("select max(id) / 2 from referral_case", Long.class);
        return jdbc.queryForObject("select min(case_number) from referral_case where team = ? and id >= ?",
                String.class, COACH_TEAM, median);
    }

    /** Other work on the machine skews the numbers: the report says how busy it was (Linux only). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private String databaseName() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
    }

}
