package org.zhifa.identity.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.web.Problems;
import org.zhifa.shared.web.WebErrors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's answer to whatever failed outside a controller — the servlet container's own refusals (a malformed
 * address, an undecodable parameter), a filter's exception, an address nothing serves — instead of Spring's
 * "Whitelabel" page or Tomcat's English report: problem JSON in Chinese for {@code /api} and {@code /engine-rest}
 * and for clients that do not ask for a page, the portal's Chinese page otherwise. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        // the exception Spring MVC resolved to a status (no handler for the method, the media type…), or the one
        // the container caught
        Throwable exception = errors.getError(new ServletWebRequest(request));
        while (exception instanceof jakarta.servlet.ServletException wrapper && wrapper.getCause() != null) {
            exception = wrapper.getCause();
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String reference = null;
        String detail;
        if (exception instanceof Refusal refusal) {
            status = Problems.status(refusal);
            detail = refusal.getMessage();
        } else if (exception instanceof ErrorResponse known) {
            status = known.getStatusCode();
            detail = WebErrors.detail(exception, status);
        } else if (status.is5xxServerError()) {
            reference = Long.toHexString(System.nanoTime());
            log.error("未处理的错误 {}（{}）", reference, uri, exception);
            detail = "服务器内部错误，请联系管理员并提供编号 " + reference;
        } else {
            detail = switch (status.value()) {
                case 400 -> "请求的地址、参数或请求头格式有误（例如含有无效的百分号编码或字符）";
                case 404 -> "没有这个地址：" + uri;
                default -> WebErrors.detail(new IllegalStateException(), status);
            };
        }
        String title = WebErrors.title(status);
        if (wantsPage(request, uri)) {
            ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error/page",
                    Map.of("title", title, "detail", detail, "reference", reference == null ? "" : reference));
            page.setStatus(status);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean wantsPage(HttpServletRequest request, String uri) {
        if (uri.startsWith("/api/") || uri.startsWith("/engine-rest") || uri.startsWith("/camunda/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
