package org.zhifa.documents;

/** A template that cannot be deployed; the message names the file, the line where known, and the reason. */
public class TemplateException extends RuntimeException {

    private final String file;
    private final int line;

    public TemplateException(String file, int line, String reason, Throwable cause) {
        super("文书模板 " + file + (line > 0 ? " 第 " + line + " 行" : "") + " 无法部署：" + reason, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** @return the line, or 0 when the problem is not at one line */
    public int line() {
        return line;
    }
}
