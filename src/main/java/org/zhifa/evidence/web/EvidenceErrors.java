package org.zhifa.evidence.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhifa.evidence.EvidenceException;

/** A refused evidence request: the status it deserves and the reason, naming the field or file; never a stack. */
@RestControllerAdvice(basePackages = "org.zhifa")
@Order(0)
class EvidenceErrors {

    @ExceptionHandler(EvidenceException.class)
    ResponseEntity<ProblemDetail> refused(EvidenceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setTitle("证据请求未被接受");
        return ResponseEntity.status(e.status()).body(problem);
    }
}
