package org.zhifa.disclosure.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhifa.disclosure.DisclosureException;

/** A refused disclosure request, from the staff API or the open one: its status and the reason naming the field. */
@RestControllerAdvice(basePackages = "org.zhifa")
@Order(0)
class DisclosureErrors {

    @ExceptionHandler(DisclosureException.class)
    ResponseEntity<ProblemDetail> refused(DisclosureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setTitle(e.status() == 404 ? "未找到" : e.status() == 409 ? "状态不允许"
                : e.status() == 429 ? "请求过于频繁" : "请求有误");
        return ResponseEntity.status(e.status()).body(problem);
    }
}
