package org.zhifa.identity.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhifa.engine.BusinessKeyInUseException;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.web.Problems;

/**
 * What {@code /api} answers when a controller did not handle an exception itself — the one place where refusals
 * become problem responses: a module's {@link Refusal} with the status of its kind, the engine's refusal as 403, a
 * rejected submission as 400 naming the fields, a business key in use as 409, and
 * anything unexpected as a plain 500 with a reference for the log — never a stack trace or an internal message.
 */
@RestControllerAdvice(basePackages = "org.zhifa")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前用户无权进行此操作：" + e.getMessage());
        problem.setTitle("没有权限");
        return problem;
    }

    @ExceptionHandler(InvalidSubmissionException.class)
    ProblemDetail invalid(InvalidSubmissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("提交的内容有误");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal e) {
        return ResponseEntity.status(Problems.status(e)).body(Problems.of(e));
    }

    @ExceptionHandler(BusinessKeyInUseException.class)
    ProblemDetail conflict(BusinessKeyInUseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("业务编号已被使用");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "当前用户的岗位无权进行此操作");
        problem.setTitle("没有权限");
        return problem;
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).body(known.getBody());
        }
        String reference = Long.toHexString(System.nanoTime());
        log.error("未处理的错误 {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器内部错误，请联系管理员并提供编号 " + reference);
        problem.setTitle("服务器内部错误");
        return ResponseEntity.internalServerError().body(problem);
    }
}
