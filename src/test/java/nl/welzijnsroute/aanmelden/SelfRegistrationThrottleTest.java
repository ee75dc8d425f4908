package nl.welzijnsroute.aanmelden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.welzijnsroute.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The self-registration limits against the real database, with a clock of the test's own. Each test starts at its
 * own random hour years in the past, so the rows of other tests (and of the app's real clock) never fall inside its
 * windows; its sources are its own too.
 */
@IntegrationTest
class SelfRegistrationThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    private MutableClock clock;
    private String prefix;

    @BeforeEach
    void clock() {
        long hours = ThreadLocalRandom.current().nextLong(24L * 365 * 20);
        clock = new MutableClock(Instant.parse("1980-01-01T00:00:00Z").plus(Duration.ofHours(hours)));
        prefix = "t-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @Test
    void aSourceGetsMaxPerSourceWithinTheWindow_thenIsRefused_whileOtherSourcesAreNot() {
        SelfRegistrationThrottle throttle = throttle(3, Duration.ofMinutes(10), 100);
        String source = prefix + "a";
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire(source, key())).as("registration " + (i + 1)).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        String refused = key();
        assertThat(throttle.tryAcquire(source, refused)).isFalse();
        // A refused form leaves nothing behind, so it does not keep its source blocked for longer.
        assertThat(rowsOfKey(refused)).isZero();
        assertThat(rowsOfSource(source)).isEqualTo(3);
        assertThat(throttle.tryAcquire(prefix + "b", key())).as("another source").isTrue();

        // Once the first registration is older than the window, there is room for one more.
        clock.advance(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(throttle.tryAcquire(source, key())).isTrue();
        assertThat(throttle.tryAcquire(source, key())).isFalse();
    }

    @Test
    void theSameFormCountsOnce_howeverOftenItIsSent() {
        SelfRegistrationThrottle throttle = throttle(2, Duration.ofHours(1), 100);
        String source = prefix + "a";
        String form = key();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAcquire(source, form)).isTrue();
        }
        assertThat(rowsOfSource(source)).isEqualTo(1);
        assertThat(throttle.tryAcquire(source, key())).isTrue();
        assertThat(throttle.tryAcquire(source, key())).isFalse();
        // A form that was let through before still is: sending it again makes no new case anyway.
        assertThat(throttle.tryAcquire(source, form)).isTrue();
    }

    @Test
    void allSourcesTogetherGetMaxPerHour_thenEveryoneIsRefusedUntilTheHourHasPassed() {
        SelfRegistrationThrottle throttle = throttle(5, Duration.ofMinutes(5), 4);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.tryAcquire(prefix + i, key())).as("source " + i).isTrue();
            clock.advance(Duration.ofMinutes(10));
        }
        // Every source is well under its own limit, and its window has passed: the global hour still counts.
        assertThat(throttle.tryAcquire(prefix + "new", key())).isFalse();
        assertThat(throttle.tryAcquire(prefix + 0, key())).isFalse();

        clock.advance(Duration.ofMinutes(21)); // the first registration is now more than an hour old
        assertThat(throttle.tryAcquire(prefix + "new", key())).isTrue();
        assertThat(throttle.tryAcquire(prefix + "other", key())).isFalse();
    }

    @Test
    void rowsAreDeletedOnceTheyNoLongerCount() {
        SelfRegistrationThrottle throttle = throttle(5, Duration.ofMinutes(30), 100);
        String old = key();
        throttle.tryAcquire(prefix + "a", old);
        clock.advance(Duration.ofMinutes(59));
        throttle.tryAcquire(prefix + "b", key());
        // Still inside the global hour: kept.
        assertThat(rowsOfKey(old)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        throttle.tryAcquire(prefix + "c", key());
        assertThat(rowsOfKey(old)).isZero();
        assertThat(rowsOfSource(prefix + "b")).isEqualTo(1);
    }

    @Test
    void aWindowLongerThanAnHour_keepsRowsForTheWholeWindow() {
        SelfRegistrationThrottle throttle = throttle(1, Duration.ofHours(24), 100);
        String source = prefix + "a";
        assertThat(throttle.tryAcquire(source, key())).isTrue();
        clock.advance(Duration.ofHours(23));
        assertThat(throttle.tryAcquire(prefix + "b", key())).isTrue();
        assertThat(throttle.tryAcquire(source, key())).isFalse();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(throttle.tryAcquire(source, key())).isTrue();
    }

    @Test
    void aMissingOrOverlongSourceIsStillCounted() {
        SelfRegistrationThrottle throttle = throttle(1, Duration.ofHours(1), 100);
        String overlong = prefix + "x".repeat(100);
        assertThat(throttle.tryAcquire(overlong, key())).isTrue();
        assertThat(throttle.tryAcquire(overlong + "y", key())).as("same first 64 characters").isFalse();
        // No address at all: one shared source, limited like any other.
        assertThat(throttle.tryAcquire(null, key())).isTrue();
        assertThat(throttle.tryAcquire(" ", key())).isFalse();
    }

    @Test
    void nonsensicalLimitsAreRefusedAtStart() {
        assertThatThrownBy(() -> throttle(0, Duration.ofHours(1), 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> throttle(5, Duration.ZERO, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> throttle(5, Duration.ofHours(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private SelfRegistrationThrottle throttle(int maxPerSource, Duration window, int maxPerHour) {
        return new SelfRegistrationThrottle(jdbc, clock, maxPerSource, window, maxPerHour);
    }

    private static String key() {
        return SelfRegistrationService.KEY_PREFIX + UUID.randomUUID();
    }

    private long rowsOfSource(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM self_registration_attempt WHERE source = ?", Long.class,
                source);
    }

    private long rowsOfKey(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM self_registration_attempt WHERE submission_key = ?",
                Long.class, key);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
