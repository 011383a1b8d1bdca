package org.zhifa.statistics;

import java.util.List;
import java.util.stream.Collectors;

import org.zhifa.statistics.AnnualStatistics.Count;
import org.zhifa.statistics.AnnualStatistics.Figures;

/** An agency's figures as the reviewing officer reads them in Tasklist (PM8.5, PM8.6), one line per area of law. */
final class FiguresText {

    private FiguresText() {
    }

    /** The figures as the reviewing officer reads them in Tasklist. */
    static String of(Figures f) {
        StringBuilder text = new StringBuilder();
        text.append(f.agencyName()).append(' ').append(f.year()).append(" 年度\n");
        text.append("行政处罚决定 ").append(f.penaltyDecisions()).append(" 件（按最重处罚种类计：")
                .append(f.penaltiesByKind().stream().filter(c -> c.count() > 0).map(c -> c.label() + " " + c.count())
                        .collect(Collectors.joining("，")))
                .append("）；不予处罚 ").append(f.noPenaltyDecisions()).append(" 件；罚款 ").append(f.fineDecisions())
                .append(" 件，共 ").append(f.fineAmount().toPlainString()).append(" 元\n");
        text.append("行政许可：收到申请 ").append(f.applicationsReceived()).append(" 件，受理 ")
                .append(f.applicationsAccepted()).append(" 件，不予受理 ").append(f.applicationsNotAccepted())
                .append(" 件，准予 ").append(f.licencesGranted()).append(" 件，不予许可 ").append(f.licencesRefused())
                .append(" 件，吊销 ").append(f.licencesRevoked()).append(" 件\n");
        text.append("行政强制措施 ").append(f.coerciveMeasures()).append(" 次；行政检查 ").append(f.inspections())
                .append(" 次\n");
        text.append("行政复议：").append(reviewText(f.reconsideration())).append("\n");
        text.append("行政诉讼：").append(reviewText(f.litigation()));
        return text.toString();
    }

    private static String reviewText(List<Count> counts) {
        long total = counts.stream().mapToLong(Count::count).sum();
        return total == 0 ? "无" : total + " 件（" + counts.stream().filter(c -> c.count() > 0)
                .map(c -> c.label() + " " + c.count()).collect(Collectors.joining("，")) + "）";
    }

}
