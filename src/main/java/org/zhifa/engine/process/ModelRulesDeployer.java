package org.zhifa.engine.process;

import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.zhifa.engine.ModelRules;

/**
 * Refuses a new deployment whose models break {@link ModelRules}, before the engine parses them: through REST (400
 * with each problem's line and element) and at start-up (the file and line), nothing deployed.
 */
final class ModelRulesDeployer implements Deployer {

    private final ModelRules rules;

    ModelRulesDeployer(ModelRules rules) {
        this.rules = rules;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml") && !name.endsWith(".dmn")
                    && !name.endsWith(".dmn11.xml") && !name.endsWith(".cmmn") && !name.endsWith(".cmmn11.xml")) {
                continue;
            }
            List<ModelRules.Problem> problems = rules.check(resource.getBytes());
            if (!problems.isEmpty()) {
                List<Problem> errors = problems.stream().<Problem>map(RuleProblem::new).toList();
                throw new ParseException("模型 " + name + " 不符合部署规则：" + String.join("；",
                        problems.stream().map(p -> "第 " + p.line() + " 行" + (p.elementId() == null || p.elementId().isEmpty()
                                ? "" : "（" + p.elementId() + "）") + "：" + p.message()).toList()), name, errors, List.of());
            }
        }
    }

    private record RuleProblem(ModelRules.Problem problem) implements Problem {

        @Override
        public String getMessage() {
            return problem.message();
        }

        @Override
        public int getLine() {
            return problem.line();
        }

        @Override
        public int getColumn() {
            return problem.column();
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() == null ? List.of() : List.of(problem.elementId());
        }
    }
}
