package org.zhifa.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad holiday file stops start-up with the file, the line and the reason. */
class CalendarFileFailureAnalyzer extends AbstractFailureAnalyzer<CalendarFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CalendarFileException cause) {
        return new FailureAnalysis(cause.getMessage(), "修正工作日历文件 " + cause.file() + " 第 " + cause.line() + " 行后重新启动。",
                cause);
    }
}
