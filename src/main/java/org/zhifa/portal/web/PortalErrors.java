package org.zhifa.portal.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.web.Problems;
import org.zhifa.shared.web.WebErrors;

/**
 * The portal's pages answer every refusal with a Chinese page and its status — a parameter that is not of its type,
 * a missing one, a refused request, anything unexpected (with a reference for the log) — never problem JSON or a
 * stack trace. The open API under {@code /api/public} keeps its problem JSON.
 */
@ControllerAdvice(assignableTypes = { PortalController.class, CataloguePagesController.class,
        RequestPagesController.class, PublicCheckpointController.class, DocumentVerifyPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal e) {
        return page(Problems.status(e), e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的值“" + e.getValue() + "”无效", null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) {
        if (e instanceof ErrorResponse known) {
            return page(known.getStatusCode(), WebErrors.detail(e, known.getStatusCode()), null);
        }
        String reference = Long.toHexString(System.nanoTime());
        log.error("未处理的错误 {}", reference, e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后再试", reference);
    }

    private static ModelAndView page(HttpStatusCode status, String detail, String reference) {
        ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error/page",
                Map.of("title", WebErrors.title(status), "detail", detail, "reference",
                        reference == null ? "" : reference));
        page.setStatus(status);
        return page;
    }
}
