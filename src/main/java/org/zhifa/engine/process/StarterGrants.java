package org.zhifa.engine.process;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.zhifa.engine.Grants;

/**
 * When a model is deployed, lets the groups its {@code startableBy} names read and start it, so that Tasklist offers
 * it to them (the start itself is checked by {@link StartPolicy} whatever the grants say). Runs inside the
 * deployment, for new deployments only.
 */
final class StarterGrants implements Deployer {

    @Override
    @SuppressWarnings("unchecked")
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
        for (ProcessDefinitionEntity definition : deployment.getDeployedArtifacts(ProcessDefinitionEntity.class)) {
            Object starters = definition.getProperty(StartPolicy.STARTERS);
            if (starters instanceof List<?> groups) {
                Context.getCommandContext().runWithoutAuthorization(() -> {
                    ((List<String>) groups).forEach(group -> Grants.grant(authorizations, group, Resources.PROCESS_DEFINITION, definition.getKey(),
                            Permissions.READ, Permissions.CREATE_INSTANCE));
                    return null;
                });
            }
        }
    }
}
