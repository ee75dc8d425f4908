package nl.welzijnsroute.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One user store for everything: the app's pages, the Camunda webapps and /engine-rest all check the password
 * against Camunda's identity tables (salted hashes), and a user's Camunda groups become their roles.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.isBlocked(source)) {
            throw new LockedException("Too many failed logins from " + source);
        }
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throttle.recordFailure(source);
            throw new BadCredentialsException("Bad credentials");
        }
        // Read the id back as stored, so "Coach.Groningen" cannot become a second identity.
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identityService.createGroupQuery().groupMember(user.getId()).list()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + group.getId()));
            if (Roles.CAMUNDA_ADMIN.equals(group.getId())) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(user.getId(), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
