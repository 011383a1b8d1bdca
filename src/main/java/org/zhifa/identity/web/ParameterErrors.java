package org.zhifa.identity.web;

import java.time.LocalDate;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A query or path parameter that is not of its type (a date that is not a date, a page that is not a number): 400
 * naming the parameter and the value, in Chinese — before Spring's own English answer.
 */
@RestControllerAdvice(basePackages = "org.zhifa")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == LocalDate.class ? "，应为日期（yyyy-MM-dd）"
                : e.getRequiredType() == int.class || e.getRequiredType() == long.class ? "，应为整数" : "";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的值“"
                + e.getValue() + "”无效" + expected);
        problem.setTitle("请求参数有误");
        return problem;
    }
}
