package nl.welzijnsroute.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who asks, with their Camunda groups (roles and teams), as Spring Security knows them. */
public record CurrentUser(String userId, Set<String> groups) {

    public static CurrentUser of(Authentication authentication) {
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(authentication.getName(), groups);
    }

    public boolean isCoordinator() {
        return groups.contains(Roles.COORDINATOR);
    }

    public Set<String> teams() {
        return groups.stream().filter(g -> g.startsWith(Roles.TEAM_PREFIX)).collect(Collectors.toUnmodifiableSet());
    }

    /** The groups whose tasks this person may pick up. */
    public Set<String> workGroups() {
        return groups.stream().filter(g -> g.startsWith(Roles.TEAM_PREFIX) || g.equals(Roles.COORDINATOR))
                .collect(Collectors.toUnmodifiableSet());
    }
}
