package org.zhifa.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks of the fields of a request, refused as invalid input naming the field (as {@code name（label）}). */
public final class RequiredFields {

    private RequiredFields() {
    }

    public static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("缺少 " + field);
        }
    }

    public static void require(String value, String field, int max) {
        require(value, field);
        if (value.strip().length() > max) {
            throw new InvalidInput(field + " 不能超过 " + max + " 个字符");
        }
    }

    public static LocalDate date(String value, String field) {
        require(value, field);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + "“" + value + "”不是日期（应为 yyyy-MM-dd）");
        }
    }
}
