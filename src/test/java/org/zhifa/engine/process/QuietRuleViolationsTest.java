package org.zhifa.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.zhifa.engine.InvalidSubmissionException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class QuietRuleViolationsTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger engineContext = context.getLogger("org.camunda.bpm.engine.context");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private QuietRuleViolations filter;

    @BeforeEach
    void listen() {
        appender.start();
        engineContext.addAppender(appender);
        filter = new QuietRuleViolations();
    }

    @AfterEach
    void stop() {
        engineContext.detachAppender(appender);
        context.getTurboFilterList().remove(filter);
    }

    @Test
    void aRejectedSubmissionIsNotAnEngineErrorButAFailingEngineIs() {
        var rejected = new InvalidSubmissionException("立案审批", List.of(
                new InvalidSubmissionException.FieldError("filingOpinion", "立案意见", "必填")));
        engineContext.error("ENGINE-16004 Exception while closing command context: {}", rejected.getMessage(),
                new ProcessEngineException("ENGINE-03051 listener failed", rejected));
        engineContext.error("ENGINE-16004 Exception while closing command context: {}", "disk full",
                new ProcessEngineException("disk full"));

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .contains("disk full");
    }
}
