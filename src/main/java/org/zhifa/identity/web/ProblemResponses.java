package org.zhifa.identity.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 of {@code /api} as problem JSON in Chinese, never a login page or a stack trace. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            // a script of our own pages asks with X-Requested-With: it shows its own login notice, so the browser
            // must not pop up its Basic login dialog over the page
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"zhifa\", charset=\"UTF-8\"");
            }
            write(json, response, HttpStatus.UNAUTHORIZED, "需要登录", "请使用执法系统的用户名和密码登录（HTTP Basic）");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN, "没有权限",
                "当前用户的岗位无权访问 " + request.getRequestURI());
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
