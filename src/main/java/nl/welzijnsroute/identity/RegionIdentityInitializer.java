package nl.welzijnsroute.identity;

import java.util.List;
import java.util.Map;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The region's reference identity, on every start and every database: the role groups, one WoR team per
 * gemeente plus the youth team, and the engine authorizations that let coordinators use Cockpit, Tasklist and
 * /engine-rest with authorization checks on. Idempotent, so several nodes may start at once.
 */
@Component
public class RegionIdentityInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(RegionIdentityInitializer.class);

    private static final List<Resource> COORDINATOR_RESOURCES = List.of(Resources.PROCESS_DEFINITION,
            Resources.PROCESS_INSTANCE, Resources.TASK, Resources.DECISION_DEFINITION,
            Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.DEPLOYMENT, Resources.BATCH,
            Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE, Resources.FILTER, Resources.REPORT,
            Resources.DASHBOARD);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final String adminUserId;

    RegionIdentityInitializer(IdentityService identityService, AuthorizationService authorizationService,
            @Value("${camunda.bpm.admin-user.id:admin}") String adminUserId) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.adminUserId = adminUserId;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    public void initialize() {
        Map<String, String> roleNames = Map.of(Roles.HUISARTS, "Huisartsen en POH-GGZ", Roles.COACH,
                "Welzijnscoaches", Roles.COORDINATOR, "Coördinatoren", Roles.ADMIN, "Technisch beheer");
        roleNames.forEach((id, name) -> ensureGroup(id, name, "ROLE"));
        for (Municipality municipality : Municipality.values()) {
            ensureGroup(municipality.teamGroupId(), "WoR-team " + municipality.displayName(), "TEAM");
        }
        ensureGroup(Roles.JONGEREN_GRONINGEN, "Jongerenteam Groningen (12-27)", "TEAM");

        for (Resource resource : COORDINATOR_RESOURCES) {
            ensureGrant(Roles.COORDINATOR, resource, "*");
        }
        ensureGrant(Roles.COORDINATOR, Resources.APPLICATION, "cockpit");
        ensureGrant(Roles.COORDINATOR, Resources.APPLICATION, "tasklist");
        ensureGrant(Roles.COORDINATOR, Resources.GROUP, "*");
        ensureGrant(Roles.COORDINATOR, Resources.USER, "*");

        // The administrator configured in camunda.bpm.admin-user is a direct member of camunda-admin
        // (closing CVE-2026-77226's setup path); give them the app's admin role as well.
        if (identityService.createUserQuery().userId(adminUserId).count() == 1
                && identityService.createUserQuery().userId(adminUserId).memberOfGroup(Roles.ADMIN).count() == 0) {
            identityService.createMembership(adminUserId, Roles.ADMIN);
        }
        if (identityService.createUserQuery().memberOfGroup(Roles.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("camunda-admin has no member: the admin webapp's setup would be open");
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        try {
            identityService.saveGroup(group);
        } catch (RuntimeException e) {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                throw e;
            }
            LOG.info("Group {} was created by another node meanwhile", id);
        }
    }

    private void ensureGrant(String groupId, Resource resource, String resourceId) {
        boolean exists = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(resource == Resources.USER || resource == Resources.GROUP
                ? Permissions.READ : Permissions.ALL);
        try {
            authorizationService.saveAuthorization(authorization);
        } catch (RuntimeException e) {
            if (authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                    .resourceId(resourceId).count() == 0) {
                throw e;
            }
            LOG.info("Authorization for {} on {} was created by another node meanwhile", groupId, resource);
        }
    }
}
