package org.zhifa.engine.process;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.engine.BusinessKeyInUseException;
import org.zhifa.engine.InvalidSubmissionException;

/**
 * The engine wraps what a task listener throws into a generic exception (ENGINE-03051), which its REST API answers
 * with HTTP 500. A broken case rule is the caller's mistake, not the server's: this outermost interceptor hands the
 * rule's own exception back — a rejected submission (400), a refusal (403), a business key in use (409) or a model
 * that breaks the rules (400). The command has already been rolled back by then.
 */
final class RuleViolations extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RuleViolations.class);

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            RuntimeException refusal = refusal(e);
            if (refusal != null) {
                log.info("Refused: {}", refusal.getMessage());
                throw refusal;
            }
            throw e;
        }
    }

    /** The refusal a rule threw, however deep the engine wrapped it; null if the failure is not one. */
    static RuntimeException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSubmissionException || cause instanceof AuthorizationException
                    || cause instanceof BusinessKeyInUseException || cause instanceof ParseException) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }
}
