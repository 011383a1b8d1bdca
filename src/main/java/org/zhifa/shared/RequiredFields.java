package org.zhifa.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks of the fields of a request in the service that takes it, whoever calls (the API, a portal form, Java):
 * present, bounded and clean text ({@link CleanText}), refused as invalid input naming the field (as
 * {@code name（label）}).
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    public static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("缺少 " + field);
        }
    }

    /** A single line of text: a name, a code, a number. */
    public static void require(String value, String field, int max) {
        require(value, field, max, false);
    }

    /**
     * Text that may run over several lines: a description, an opinion.
     *
     * @return the text to keep: stripped, each line break (CR LF as a browser sends it, or a lone CR) one LF, so what
     *         is stored is what was counted
     */
    public static String requireText(String value, String field, int max) {
        return require(value, field, max, true);
    }

    private static String require(String value, String field, int max, boolean multiline) {
        require(value, field);
        String kept = lines(value.strip());
        if (kept.length() > max) {
            throw new InvalidInput(field + " 不能超过 " + max + " 个字符");
        }
        if (!CleanText.Check.clean(kept, multiline)) {
            throw new InvalidInput(field + (multiline ? " 含有控制字符或文字方向控制字符" : " 含有换行、控制字符或文字方向控制字符"));
        }
        return kept;
    }

    /** Line breaks as one LF each (CR LF and a lone CR included). */
    public static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A whole ISO date, from 1949-10-01 to 30 years ahead ({@link PlausibleDate}). */
    public static LocalDate date(String value, String field) {
        require(value, field, 40);
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + "“" + value.strip() + "”不是日期（应为 yyyy-MM-dd）");
        }
        if (!PlausibleDate.Check.within(date, PlausibleDate.YEARS_AHEAD)) {
            throw new InvalidInput(field + " " + date + " 不在 " + PlausibleDate.EARLIEST + " 至 "
                    + PlausibleDate.Check.latest(PlausibleDate.YEARS_AHEAD) + " 之间");
        }
        return date;
    }
}
