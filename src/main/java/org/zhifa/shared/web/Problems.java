package org.zhifa.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.NotPermitted;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;
import org.zhifa.shared.StorageUnavailable;
import org.zhifa.shared.TooLarge;
import org.zhifa.shared.TooManyRequests;
import org.zhifa.shared.Unavailable;
import org.zhifa.shared.UnsupportedContent;

/**
 * How a client hears a refusal: its HTTP status and a Chinese title. The API's one advice answers with
 * {@link #of(Refusal)}; the portal's pages set {@link #status(Refusal)} on the page they show.
 */
public final class Problems {

    private Problems() {
    }

    public static HttpStatus status(Refusal refusal) {
        if (refusal instanceof InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        } else if (refusal instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        } else if (refusal instanceof StateConflict) {
            return HttpStatus.CONFLICT;
        } else if (refusal instanceof NotPermitted) {
            return HttpStatus.FORBIDDEN;
        } else if (refusal instanceof TooLarge) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        } else if (refusal instanceof UnsupportedContent) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        } else if (refusal instanceof TooManyRequests) {
            return HttpStatus.TOO_MANY_REQUESTS;
        } else if (refusal instanceof StorageUnavailable) {
            return HttpStatus.BAD_GATEWAY;
        } else if (refusal instanceof Unavailable) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        throw new IllegalArgumentException("unmapped refusal " + refusal.getClass().getName());
    }

    public static String title(Refusal refusal) {
        return switch (status(refusal)) {
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "状态不允许";
            case FORBIDDEN -> "没有权限";
            case PAYLOAD_TOO_LARGE -> "内容过大";
            case UNSUPPORTED_MEDIA_TYPE -> "文件类型不被接受";
            case TOO_MANY_REQUESTS -> "请求过于频繁";
            case BAD_GATEWAY -> "存储服务不可用";
            case SERVICE_UNAVAILABLE -> "暂时无法提供";
            default -> "请求有误";
        };
    }

    public static ProblemDetail of(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(refusal), refusal.getMessage());
        problem.setTitle(title(refusal));
        return problem;
    }
}
