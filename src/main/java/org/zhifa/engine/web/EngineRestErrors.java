package org.zhifa.engine.web;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.xml.sax.SAXParseException;
import org.zhifa.engine.BusinessKeyInUseException;
import org.zhifa.engine.InvalidSubmissionException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What {@code /engine-rest} answers when the server refuses a request, wherever in the engine the refusal was thrown:
 * the REST API itself answers most failures inside a start or a variable write with HTTP 500. A rejected submission
 * is 400, a refusal 403, an unknown or finished task 404, a business key in use 409, a model that does not parse
 * (an XML entity, a DOCTYPE) 400 — with the server's own message, in the REST API's error format.
 */
abstract class EngineRestErrors<E extends Throwable> implements ExtendedExceptionMapper<E> {

    /** Failures the REST API wraps itself. */
    @Priority(1000)
    static final class Wrapped extends EngineRestErrors<RestException> {
    }

    /** The engine's own exceptions, where the REST API passes them on. */
    @Priority(1000)
    static final class Engine extends EngineRestErrors<ProcessEngineException> {
    }

    /** Anything else. */
    @Priority(1000)
    static final class Other extends EngineRestErrors<Throwable> {
    }

    @Override
    public boolean isMappable(E exception) {
        return answer(exception) != null;
    }

    @Override
    public Response toResponse(E exception) {
        Answer answer = answer(exception);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", answer.type(), "message", answer.message())).build();
    }

    private record Answer(int status, String type, String message) {
    }

    private static Answer answer(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSubmissionException) {
                return new Answer(400, "InvalidSubmissionException", cause.getMessage());
            }
            if (cause instanceof BusinessKeyInUseException) {
                return new Answer(409, "BusinessKeyInUseException", cause.getMessage());
            }
            if (cause instanceof AuthorizationException) {
                return new Answer(403, "AuthorizationException", cause.getMessage());
            }
            if (cause instanceof NotFoundException && cause.getMessage() != null && cause.getMessage().startsWith("任务")) {
                return new Answer(404, "NotFoundException", cause.getMessage());
            }
            if (cause instanceof SAXParseException sax) {
                return new Answer(400, "ParseException", "模型不是可接受的 BPMN XML（第 " + sax.getLineNumber() + " 行）："
                        + sax.getMessage());
            }
            if (cause instanceof ParseException && exception != cause) {
                return new Answer(400, "ParseException", cause.getMessage());
            }
        }
        return null;
    }
}
