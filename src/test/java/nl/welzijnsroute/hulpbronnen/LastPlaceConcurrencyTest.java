package nl.welzijnsroute.hulpbronnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.referral.ReferralCase;
import nl.welzijnsroute.referral.ReferralSource;
import nl.welzijnsroute.support.Cases;
import nl.welzijnsroute.support.Hulpbronnen;
import nl.welzijnsroute.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two facilitators accept two people for the last place at the same moment, each in their own transaction (as two
 * app nodes would): one gets the place, the other lands on the wait list, and the group never has more people than
 * places. Runs on H2 in {@code ./mvnw verify} and on PostgreSQL in {@code .ci/run}.
 */
@IntegrationTest
class LastPlaceConcurrencyTest {

    private static final int ROUNDS = 15;

    @Autowired
    PlacementService placements;
    @Autowired
    Hulpbronnen hulpbronnen;
    @Autowired
    Cases cases;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void twoAcceptsForTheLastPlace_oneGetsIt_theOtherWaits_neverMoreThanThePlaces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Hulpbron group = hulpbronnen.group("Laatste plaats " + round, 1, Municipality.VEENDAM, null);
                long first = proposed(group);
                long second = proposed(group);
                CyclicBarrier together = new CyclicBarrier(2);
                TransactionTemplate transaction = new TransactionTemplate(transactionManager);
                List<Future<Boolean>> accepts = new ArrayList<>();
                for (long placement : new long[] {first, second}) {
                    accepts.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return transaction.execute(status -> placements.accept(placement));
                    }));
                }
                boolean firstGotIt = accepts.get(0).get(30, TimeUnit.SECONDS);
                boolean secondGotIt = accepts.get(1).get(30, TimeUnit.SECONDS);

                assertThat(firstGotIt ^ secondGotIt).as("round %d: exactly one gets the place", round).isTrue();
                assertThat(List.of(placements.status(first), placements.status(second)))
                        .as("round %d", round)
                        .containsExactlyInAnyOrder(PlacementStatus.RESERVED, PlacementStatus.WAITING);
                assertThat(hulpbronnen.placesTaken(group.getId())).as("round %d: places taken", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFreedPlace_goesToTheFirstInLine_once() {
        Hulpbron group = hulpbronnen.group("Wachtlijstgroep", 1, Municipality.VEENDAM, null);
        long holder = proposed(group);
        assertThat(placements.accept(holder)).isTrue();
        long firstInLine = proposed(group);
        long secondInLine = proposed(group);
        assertThat(placements.accept(firstInLine)).isFalse();
        assertThat(placements.accept(secondInLine)).isFalse();

        assertThat(placements.withdraw(holder)).isTrue();

        assertThat(placements.status(firstInLine)).isEqualTo(PlacementStatus.RESERVED);
        assertThat(placements.status(secondInLine)).isEqualTo(PlacementStatus.WAITING);
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);
        // Withdrawing again changes nothing: the place is not freed twice.
        assertThat(placements.withdraw(holder)).isFalse();
        assertThat(hulpbronnen.placesTaken(group.getId())).isEqualTo(1);
    }

    /** A placement of a new case, proposed to the group (the facilitator now decides). */
    private long proposed(Hulpbron group) {
        ReferralCase referral = cases.referVia(ReferralSource.GGZ, Municipality.VEENDAM, 40);
        placements.choose(referral.getId(), group.getId(), "t.concurrency.coach");
        long placement = placements.chosen(referral.getId()).get(0);
        placements.propose(placement);
        return placement;
    }
}
