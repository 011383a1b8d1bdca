package org.zhifa.engine.process;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every exception that ends a command as an error with its whole stack (ENGINE-16004), a rejected
 * form submission or a four-eyes refusal included. Those are the user's mistakes, answered with 400/403 and logged in
 * one line by {@link RuleViolations}; this filter keeps them out of the error log so that real errors stand out.
 */
@Component
class QuietRuleViolations extends TurboFilter {

    private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    QuietRuleViolations() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setContext(context);
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.ERROR) || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        return isRuleViolation(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    static boolean isRuleViolation(Throwable thrown) {
        return RuleViolations.refusal(thrown) != null;
    }
}
