package org.zhifa.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad model file at start-up into a short report that names the file, instead of a stack trace. */
class ModelDeploymentFailureAnalyzer extends AbstractFailureAnalyzer<ModelDeploymentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ModelDeploymentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "修正 " + cause.file() + " 后重新启动；已部署的模型没有改变。", cause);
    }
}
