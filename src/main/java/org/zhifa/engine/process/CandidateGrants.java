package org.zhifa.engine.process;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A group that is no longer a task's candidate no longer sees or works the task (RM22). The engine grants a candidate
 * group read and work on the task when it becomes a candidate and keeps the grant when it stops being one, so a group
 * an administrator takes off a step in Tasklist or through the REST API would still see its values and complete it.
 * This provider takes the group's grant away with its last candidacy.
 */
@Component
class CandidateGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        /**
         * The group's grant on the task goes when its last candidacy does, if it holds just what the engine grants
         * candidates (one an administrator widened stays as it is).
         */
        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (!IdentityLinkType.CANDIDATE.equals(type) || !(task instanceof TaskEntity entity)) {
                return null;
            }
            long links = entity.getIdentityLinks().stream().filter(link -> groupId.equals(link.getGroupId())).count();
            if (links > 1) {
                return null;
            }
            AuthorizationEntity grant = getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(
                    Authorization.AUTH_TYPE_GRANT, groupId, Resources.TASK, task.getId());
            int granted = 0;
            for (Permission permission : getRuntimePermissions(isEnforceSpecificVariablePermission())) {
                granted |= permission.getValue();
            }
            return grant != null && grant.getPermissions() == granted ? new AuthorizationEntity[] {grant} : null;
        }
    }
}
