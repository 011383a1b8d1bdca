package org.zhifa.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.ResourceReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} and {@code forms/} at start-up as one deployment named {@value #DEPLOYMENT_NAME}, with
 * duplicate filtering: an unchanged folder adds no versions; any change deploys every file again, so forms bound with
 * {@code formRefBinding="deployment"} always find their model's forms. A bad file stops start-up with its name and
 * the reason, before anything is deployed.
 */
@Component
class ModelDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "zhifa-models";
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;
    private final ModelFolder folder;

    ModelDeployer(RepositoryService repositoryService, ModelSettings settings) {
        this.repositoryService = repositoryService;
        this.folder = new ModelFolder(settings);
    }

    @Override
    public void afterPropertiesSet() {
        List<ModelFile> files;
        try {
            files = folder.read();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取模型目录 " + folder.location(), e);
        }
        if (files.isEmpty()) {
            log.warn("模型目录 {} 中没有 bpmn/*.bpmn 或 forms/*.form 文件，未部署任何模型", folder.location());
            return;
        }
        new ModelValidator().validate(files);
        DeploymentWithDefinitions deployment = deploy(files);
        int definitions = deployment.getDeployedProcessDefinitions() == null ? 0
                : deployment.getDeployedProcessDefinitions().size();
        if (definitions == 0) {
            log.info("模型未改变（{} 个文件），沿用已部署的版本", files.size());
        } else {
            log.info("已部署模型 {}：{}", deployment.getId(), deployment.getDeployedProcessDefinitions().stream()
                    .map(d -> d.getKey() + " v" + d.getVersion()).collect(Collectors.joining(", ")));
        }
    }

    private DeploymentWithDefinitions deploy(List<ModelFile> files) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
        try {
            return builder.deployWithResult();
        } catch (ParseException e) {
            ResourceReport report = e.getResorceReports().stream().filter(r -> !r.getErrors().isEmpty()).findFirst()
                    .orElse(null);
            if (report == null) {
                throw new ModelDeploymentException("(bpmn/)", e.getMessage(), e);
            }
            String problems = report.getErrors().stream()
                    .map(p -> "第 " + p.getLine() + " 行" + (p.getMainElementId() == null ? "" : "（" + p.getMainElementId() + "）")
                            + "：" + p.getMessage())
                    .collect(Collectors.joining("；"));
            throw new ModelDeploymentException(report.getResourceName(), problems, e);
        }
    }
}
