package org.zhifa.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.zhifa.shared.InvalidInput;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A multipart upload read as a stream: the form fields that come before the {@code file} part, each bounded, then
 * the file's bytes handed on without buffering — so a 4 GiB recording goes straight to object storage.
 */
public final class MultipartUpload {

    private static final int FIELD_LIMIT = 64 * 1024;

    /** What to do with the file once the fields before it are read. */
    @FunctionalInterface
    public interface FilePart<T> {
        T accept(Map<String, List<String>> fields, String fileName, String contentType, InputStream body)
                throws IOException;
    }

    private MultipartUpload() {
    }

    /**
     * @param missing what to call the file part when it is absent, e.g. "证据文件"
     * @throws InvalidInput for a request that is not multipart, a field over 64 KiB, or no {@code file} part
     */
    public static <T> T read(HttpServletRequest request, String missing, FilePart<T> file) throws IOException {
        Map<String, List<String>> fields = new HashMap<>();
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField()) {
                    fields.computeIfAbsent(item.getFieldName(), k -> new ArrayList<>()).add(text(item));
                } else if ("file".equals(item.getFieldName())) {
                    try (InputStream body = item.getInputStream()) {
                        return file.accept(fields, item.getName(), item.getContentType(), body);
                    }
                }
            }
        } catch (FileUploadException e) {
            String message = String.valueOf(e.getMessage());
            throw new InvalidInput(message.contains("Header section") ? "multipart 请求无法解析：某一部分的头部（含文件名）"
                    + "超过 512 字节或未正确结束；文件名过长时请缩短" : "multipart 请求无法解析（格式不完整或边界不符）");
        }
        throw new InvalidInput("缺少 file 部分（" + missing + "）");
    }

    /** The first value of a field, stripped; null when absent or blank. */
    public static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static String text(FileItemInput field) throws IOException {
        try (InputStream in = field.getInputStream()) {
            byte[] bytes = in.readNBytes(FIELD_LIMIT + 1);
            if (bytes.length > FIELD_LIMIT) {
                throw new InvalidInput("字段 " + field.getFieldName() + " 过长");
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidInput("字段 " + field.getFieldName() + " 不是有效的 UTF-8 文本");
            }
        }
    }
}
