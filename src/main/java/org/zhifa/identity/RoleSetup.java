package org.zhifa.identity;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.zhifa.engine.Grants;

/**
 * Creates the role groups and what each may do, in every profile, adding only what is missing so that an
 * administrator's later grants stay: every staff group opens Tasklist; who starts which model comes from the model
 * (engine module); supervisors read every
 * case and its history in Cockpit (RM22); {@code camunda-admin} may do everything.
 */
@Component
class RoleSetup implements InitializingBean {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    RoleSetup(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void afterPropertiesSet() {
        for (Map.Entry<String, String> role : Roles.NAMES.entrySet()) {
            ensureGroup(role.getKey(), role.getValue());
        }
        // the engine's admin group is all-powerful only where the engine checks for it; every resource needs a grant
        for (Resources resource : Resources.values()) {
            grant(Roles.ADMIN, resource, "*", Permissions.ALL);
        }
        for (String group : Roles.STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        // who starts which model is the model's own startableBy property (granted when the models are deployed);
        // handlers read every model, for the forms and diagrams of their steps, and start none by a wildcard
        grant(Roles.HANDLER, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        revoke(Roles.HANDLER, Resources.PROCESS_DEFINITION, "*", Permissions.CREATE_INSTANCE);
        for (String starter : new String[] { Roles.HANDLER, Roles.WINDOW_CLERK, Roles.DISCLOSURE_OFFICER }) {
            grant(starter, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        grant(Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE);
        grant(Roles.SUPERVISOR, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(Roles.SUPERVISOR, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(Roles.SUPERVISOR, Resources.TASK, "*", Permissions.READ);
    }

    /** Takes a permission a wildcard grant of an earlier version gave, keeping the rest of the grant. */
    private void revoke(String group, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization != null && authorization.isPermissionGranted(permission)) {
            authorization.removePermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(Roles.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /** Grants the permissions to the group on the resource, keeping whatever it already has there. */
    void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Grants.grant(authorizationService, group, resource, resourceId, permissions);
    }
}
