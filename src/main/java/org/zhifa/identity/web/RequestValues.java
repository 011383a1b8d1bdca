package org.zhifa.identity.web;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.InvalidInput;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first check of every value in an address, for every endpoint of the API and the portal, before its handler
 * reads it: a path variable is one clean line of at most {@value #MAX_PATH_VALUE} characters (a case number, a code, a
 * hash); a query parameter one clean line of at most {@value #MAX_QUERY_VALUE}; a field of a posted form at most
 * {@value #MAX_FORM_VALUE} characters, line breaks allowed. Each refusal names the value. Endpoints bound their own
 * values more tightly where they know more ({@code @Size}, {@code @Min}); this is the floor none falls below.
 */
@Configuration(proxyBeanMethods = false)
class RequestValues implements WebMvcConfigurer, HandlerInterceptor {

    static final int MAX_PATH_VALUE = 255;
    static final int MAX_QUERY_VALUE = 512;
    static final int MAX_FORM_VALUE = 4000;
    private static final int MAX_NAME = 64;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/portal", "/portal/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check("路径参数 " + name, String.valueOf(value), MAX_PATH_VALUE, false));
        }
        boolean form = !"GET".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.length() > MAX_NAME || !CleanText.Check.clean(name, false)) {
                throw new InvalidInput("参数名“" + shorten(name) + "”不是有效的参数名");
            }
            for (String value : parameter.getValue()) {
                check((form ? "字段 " : "参数 ") + name, value, form ? MAX_FORM_VALUE : MAX_QUERY_VALUE, form);
            }
        }
        return true;
    }

    private static void check(String what, String value, int max, boolean multiline) {
        // a browser sends a text area's line break as CR LF: one character, as the form counted it
        int length = value.replace("\r\n", "\n").length();
        if (length > max) {
            throw new InvalidInput(what + "：最多 " + max + " 个字符，提交了 " + length + " 个");
        }
        if (!CleanText.Check.clean(value, multiline)) {
            throw new InvalidInput(what + "：含有" + (multiline ? "" : "换行、") + "控制字符或文字方向控制字符");
        }
    }

    private static String shorten(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }
}
