package nl.welzijnsroute.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import nl.welzijnsroute.support.IntegrationTest;
import nl.welzijnsroute.support.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password guessing is slowed down per source address, in the database, without locking the account itself. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void aSourceThatFailsTooOften_isRefused_whileTheAccountStillWorksFromElsewhere() throws Exception {
        String coach = users.user("t.throttle.coach", "coach", "team-veendam");
        String guesser = "10.66.0." + (System.nanoTime() % 200 + 1);
        for (int attempt = 0; attempt < 20; attempt++) {
            mvc.perform(post("/login").param("username", coach).param("password", "guess-" + attempt)
                    .with(from(guesser)).with(csrf())).andExpect(redirectedUrl("/login?error"));
        }
        // Even the right password is refused from that source now.
        mvc.perform(post("/login").param("username", coach).param("password", TestUsers.PASSWORD)
                .with(from(guesser)).with(csrf())).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", "")).andExpect(content().string(
                Matchers.containsString("Probeer het over een kwartier opnieuw.")));
        // The coach at their own desk is not locked out.
        mvc.perform(post("/login").param("username", coach).param("password", TestUsers.PASSWORD)
                .with(from("10.77.0.1")).with(csrf())).andExpect(redirectedUrl("/"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
