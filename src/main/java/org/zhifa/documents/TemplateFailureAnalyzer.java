package org.zhifa.documents;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad template at start-up into a short report naming the file and line, instead of a stack trace. */
public class TemplateFailureAnalyzer extends AbstractFailureAnalyzer<TemplateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TemplateException cause) {
        return new FailureAnalysis(cause.getMessage(), "修正 " + cause.file() + " 后重新启动；已部署的文书模板没有改变。", cause);
    }
}
