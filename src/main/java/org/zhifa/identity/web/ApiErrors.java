package org.zhifa.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhifa.engine.BusinessKeyInUseException;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.web.Problems;
import org.zhifa.shared.web.WebErrors;

/**
 * What {@code /api} answers when a controller did not handle an exception itself — the one place where refusals
 * become problem responses: a module's {@link Refusal} with the status of its kind, the engine's refusal as 403, a
 * rejected submission as 400 naming the fields, a business key in use as 409, and
 * anything unexpected as a plain 500 with a reference for the log — never a stack trace or an internal message.
 */
@RestControllerAdvice(basePackages = "org.zhifa")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** A body that is not JSON, not UTF-8, or has a field of the wrong type: 400 saying where. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BodyErrors.describe(e));
        problem.setTitle("请求内容有误");
        String field = BodyErrors.field(e);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A request body that breaks its declared rules ({@code @NotBlank}, {@code @Size}…): 400 naming each field. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidSubmissionException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidSubmissionException.FieldError(error.getField(), error.getField(),
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(fieldProblem(errors, e.getBindingResult().getGlobalErrors().stream()
                .map(error -> String.valueOf(error.getDefaultMessage())).toList()));
    }

    /** A parameter that breaks its declared rules ({@code @Min} on a page number…): 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidSubmissionException.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors bean) {
                // a request body with its own rules: name the body's fields, not the parameter
                bean.getFieldErrors().forEach(error -> errors.add(new InvalidSubmissionException.FieldError(
                        error.getField(), error.getField(), String.valueOf(error.getDefaultMessage()))));
                return;
            }
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new InvalidSubmissionException.FieldError(
                    String.valueOf(name), String.valueOf(name), String.valueOf(error.getDefaultMessage()))));
        });
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(fieldProblem(errors, List.of()));
    }

    /** Everything else Spring MVC refuses (method, media type, missing parameter…): its status, in Chinese. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, WebErrors.detail(e, status));
        problem.setTitle(WebErrors.title(status));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A problem answer, always as problem JSON (whatever the client accepts: an error is never a 406). */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail fieldProblem(List<InvalidSubmissionException.FieldError> errors, List<String> others) {
        List<String> parts = new ArrayList<>(others);
        errors.forEach(error -> parts.add("字段 " + error.field() + "：" + error.reason()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("；", parts));
        problem.setTitle("提交的内容有误");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ProblemDetail> forbidden(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前用户无权进行此操作：" + e.getMessage());
        problem.setTitle("没有权限");
        return respond(problem);
    }

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("提交的内容有误");
        problem.setProperty("errors", e.errors());
        return respond(problem);
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal e) {
        return ResponseEntity.status(Problems.status(e)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(e));
    }

    @ExceptionHandler(BusinessKeyInUseException.class)
    ResponseEntity<ProblemDetail> conflict(BusinessKeyInUseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("业务编号已被使用");
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前用户的岗位无权进行此操作");
        problem.setTitle("没有权限");
        return respond(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        String tooLong = StorageLimits.tooLong(e);
        if (tooLong != null) {
            // a bound missing where the value entered: refused as the client's, logged so that the bound is added
            log.warn("值超过存储长度，缺少入口检查：{}", tooLong);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, tooLong);
            problem.setTitle("请求有误");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (e instanceof ErrorResponse known) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(known.getStatusCode(),
                    WebErrors.detail(e, known.getStatusCode()));
            problem.setTitle(WebErrors.title(known.getStatusCode()));
            return ResponseEntity.status(known.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String reference = Long.toHexString(System.nanoTime());
        log.error("未处理的错误 {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器内部错误，请联系管理员并提供编号 " + reference);
        problem.setTitle("服务器内部错误");
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
