package org.zhifa.calendar;

/**
 * A holiday file that cannot be used: names the file, the line and the reason, so the administrator can fix it.
 */
public class CalendarFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public CalendarFileException(String file, int line, String reason) {
        super("工作日历文件 " + file + " 第 " + line + " 行：" + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
