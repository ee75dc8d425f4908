package nl.welzijnsroute.identity;

import java.util.List;
import java.util.Map;
import nl.welzijnsroute.referral.Municipality;
import nl.welzijnsroute.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
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

    /**
     * What coordinators may do in Cockpit, Tasklist and /engine-rest: read everything, work on tasks, evaluate
     * decisions. Not deploy, migrate or delete: a deployment can carry code (listeners, expressions) and a deleted
     * instance would leave its case stuck; those go through the app, or through camunda-admin.
     */
    private static final Map<Resource, List<Permission>> COORDINATOR_GRANTS = Map.ofEntries(
            Map.entry(Resources.PROCESS_DEFINITION, List.of(Permissions.READ, Permissions.READ_HISTORY,
                    Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.UPDATE_TASK,
                    Permissions.TASK_WORK, Permissions.TASK_ASSIGN)),
            Map.entry(Resources.PROCESS_INSTANCE, List.of(Permissions.READ)),
            Map.entry(Resources.TASK, List.of(Permissions.READ, Permissions.UPDATE, Permissions.TASK_WORK,
                    Permissions.TASK_ASSIGN, Permissions.READ_HISTORY)),
            Map.entry(Resources.DECISION_DEFINITION, List.of(Permissions.READ, Permissions.READ_HISTORY,
                    Permissions.CREATE_INSTANCE)),
            Map.entry(Resources.DECISION_REQUIREMENTS_DEFINITION, List.of(Permissions.READ)),
            Map.entry(Resources.DEPLOYMENT, List.of(Permissions.READ)),
            Map.entry(Resources.HISTORIC_TASK, List.of(HistoricTaskPermissions.READ)),
            Map.entry(Resources.HISTORIC_PROCESS_INSTANCE, List.of(HistoricProcessInstancePermissions.READ)),
            Map.entry(Resources.FILTER, List.of(Permissions.READ, Permissions.CREATE, Permissions.UPDATE,
                    Permissions.DELETE)),
            Map.entry(Resources.REPORT, List.of(Permissions.READ)),
            Map.entry(Resources.DASHBOARD, List.of(Permissions.READ)),
            Map.entry(Resources.GROUP, List.of(Permissions.READ)),
            Map.entry(Resources.USER, List.of(Permissions.READ)));

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
        Map<String, String> roleNames = Map.of(Roles.HUISARTS, "Huisartsen en POH-GGZ",
                Roles.VERWIJZER, "Verwijzers (school, digitale gemeenschap, GGZ, leefstijlzorgloket)",
                Roles.ERVARINGSDESKUNDIGE, "Ervaringsdeskundigen", Roles.BEGELEIDER, "Begeleiders van hulpbronnen",
                Roles.COACH,
                "Welzijnscoaches", Roles.COORDINATOR, "Coördinatoren", Roles.ADMIN, "Technisch beheer");
        roleNames.forEach((id, name) -> ensureGroup(id, name, "ROLE"));
        for (Municipality municipality : Municipality.values()) {
            ensureGroup(municipality.teamGroupId(), "WoR-team " + municipality.displayName(), "TEAM");
        }
        ensureGroup(Roles.JONGEREN_GRONINGEN, "Jongerenteam Groningen (12-27)", "TEAM");

        COORDINATOR_GRANTS.forEach((resource, permissions) -> ensureGrant(Roles.COORDINATOR, resource, "*",
                permissions));
        ensureGrant(Roles.COORDINATOR, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS));
        ensureGrant(Roles.COORDINATOR, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS));

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

    /** Creates the grant, or corrects an existing one to exactly these permissions (an older start gave ALL). */
    private void ensureGrant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        try {
            authorizationService.saveAuthorization(authorization);
        } catch (RuntimeException e) {
            if (authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                    .resourceId(resourceId).count() == 0) {
                throw e;
            }
            LOG.info("Authorization for {} on {} was written by another node meanwhile", groupId, resource);
        }
    }
}
