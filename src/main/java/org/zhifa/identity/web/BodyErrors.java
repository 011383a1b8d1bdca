package org.zhifa.identity.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a request body could not be read, in Chinese, naming where: the line and column of a JSON syntax error or of
 * bytes that are not UTF-8, the field whose value is not of its type (and what the type is), a field the request
 * does not take, a missing body. Never the parser's English message or a Java class name.
 */
final class BodyErrors {

    private BodyErrors() {
    }

    /** The field the problem is in ({@code materials[2]}, {@code party.name}), or null when it is not in one. */
    static String field(HttpMessageNotReadableException e) {
        return e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? path(mapping)
                : null;
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (inner instanceof JsonParseException parse && notUtf8(parse)) {
                return "请求内容不是有效的 UTF-8 文本（" + where(parse)
                        + (field(e) == null ? "" : "，字段 " + field(e)) + "）";
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "请求不接受字段 " + path(unknown) + "（可提交的字段："
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining("、")) + "）";
        }
        if (cause instanceof InvalidFormatException format) {
            return "字段 " + path(format) + " 的值“" + shown(format.getValue()) + "”不是" + kind(format.getTargetType());
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "字段 " + path(mismatch) + " 的类型不对，应为" + kind(mismatch.getTargetType());
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "字段 " + path(mapping) + " 的值无效" + (mapping.getCause() instanceof java.time.DateTimeException
                    ? "：不是有效的日期或时间" : "");
        }
        if (cause instanceof JsonEOFException eof) {
            return "请求内容不是完整的 JSON：在" + where(eof) + "意外结束";
        }
        if (cause instanceof JsonParseException parse) {
            String message = String.valueOf(parse.getOriginalMessage());
            if (message.contains("CTRL-CHAR") || message.contains("control character")) {
                return "请求内容在" + where(parse) + "含有未转义的控制字符";
            }
            return "请求内容不是有效的 JSON：" + where(parse) + "附近格式错误";
        }
        if (cause instanceof JsonProcessingException processing) {
            return "请求内容不是有效的 JSON（" + where(processing) + "）";
        }
        if (cause instanceof java.nio.charset.CharacterCodingException
                || cause instanceof java.io.CharConversionException) {
            return "请求内容不是有效的 UTF-8 文本";
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Required request body is missing")) {
            return "缺少请求内容（JSON）";
        }
        return "请求内容无法读取，应为 UTF-8 编码的 JSON";
    }

    private static boolean notUtf8(JsonParseException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return message.contains("UTF-8") || message.contains("UTF8");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "（请求内容）" : path.toString();
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "请求内容中";
        }
        return "第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列";
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "正确的类型";
        }
        if (type == LocalDate.class) {
            return "有效的日期（yyyy-MM-dd）";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == Instant.class) {
            return "有效的时间（如 2026-11-27T09:30:00+08:00）";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "整数";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class) {
            return "数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true 或 false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "文本";
        }
        if (type.isEnum()) {
            return "以下之一：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining("、"));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "列表（JSON 数组）";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "对象（JSON 对象）";
        }
        return "正确的类型";
    }
}
