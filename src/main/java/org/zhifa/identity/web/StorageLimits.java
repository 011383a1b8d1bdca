package org.zhifa.identity.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value the database refused as longer than its column (MySQL and MariaDB: "Data too long for column 'x'", H2:
 * "Value too long for column \"X CHARACTER VARYING(255)\""), found anywhere in an exception's causes. The last net
 * under the bounds every field has where it enters: the transaction is rolled back, and the client hears which
 * stored field was too long instead of a 500.
 */
final class StorageLimits {

    private static final Pattern MYSQL = Pattern.compile("Data too long for column '([^']+)'");
    private static final Pattern H2 = Pattern.compile("Value too long for column \"\\s*([A-Za-z0-9_]+)[^\"]*?(\\((\\d+)\\))?\"");

    private StorageLimits() {
    }

    /** The refusal to tell, or null when the exception is not about a value too long for its column. */
    static String tooLong(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            Matcher mysql = MYSQL.matcher(message);
            if (mysql.find()) {
                return describe(mysql.group(1), null);
            }
            Matcher h2 = H2.matcher(message);
            if (h2.find()) {
                return describe(h2.group(1), h2.group(3));
            }
        }
        return null;
    }

    private static String describe(String column, String size) {
        String name = column.toLowerCase();
        String what = name.endsWith("_") ? "流程变量的值（最多 4000 个字符）" : "字段 " + name
                + (size == null ? "" : "（最多 " + size + " 个字符）");
        return "提交的内容过长：" + what + "超过了可以保存的长度，请缩短后重新提交；未保存任何内容";
    }
}
