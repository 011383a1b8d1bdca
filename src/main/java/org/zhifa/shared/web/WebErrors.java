package org.zhifa.shared.web;

import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the web layer itself refuses — a method the address does not take, a content type it does not read, a
 * missing parameter or header, an address that does not exist — said in Chinese, naming the parameter or value.
 * Used for {@code /api} problem responses and for the server's error pages.
 */
public final class WebErrors {

    private WebErrors() {
    }

    public static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "没有权限";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法提供所要求的格式";
            case 409 -> "状态不允许";
            case 413 -> "内容过大";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁";
            case 503 -> "暂时无法提供";
            default -> status.is5xxServerError() ? "服务器内部错误" : "请求无法处理";
        };
    }

    public static String detail(Throwable e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return "此地址不支持 " + method.getMethod() + " 请求"
                    + (method.getSupportedHttpMethods() == null || method.getSupportedHttpMethods().isEmpty() ? ""
                            : "，可用：" + method.getSupportedHttpMethods().stream().map(Object::toString)
                                    .collect(Collectors.joining("、")));
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return "不接受内容类型 " + (media.getContentType() == null ? "（未指定）" : media.getContentType())
                    + (media.getSupportedMediaTypes().isEmpty() ? "" : "，应为 " + media.getSupportedMediaTypes()
                            .stream().map(Object::toString).collect(Collectors.joining("、")));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "无法以所要求的格式（Accept）提供，可要求 JSON 或页面";
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "缺少参数 " + missing.getParameterName();
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return "缺少上传部分 " + missing.getRequestPartName();
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return "缺少请求头 " + missing.getHeaderName();
        }
        if (e instanceof MissingRequestCookieException missing) {
            return "缺少 Cookie " + missing.getCookieName();
        }
        if (e instanceof MissingPathVariableException missing) {
            return "地址中缺少 " + missing.getVariableName();
        }
        if (e instanceof TypeMismatchException mismatch) {
            return "参数 " + (mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName() + " ") + "的值“"
                    + mismatch.getValue() + "”无效";
        }
        if (e instanceof NoResourceFoundException missing) {
            return "没有这个地址：/" + missing.getResourcePath();
        }
        if (e instanceof NoHandlerFoundException missing) {
            return "没有这个地址：" + missing.getRequestURL();
        }
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return "上传的内容超过允许的大小" + (tooLarge.getMaxUploadSize() > 0 ? "（" + tooLarge.getMaxUploadSize()
                    + " 字节）" : "");
        }
        if (e instanceof AsyncRequestTimeoutException) {
            return "处理超时，请稍后重试";
        }
        return title(status) + "（HTTP " + status.value() + "）";
    }
}
