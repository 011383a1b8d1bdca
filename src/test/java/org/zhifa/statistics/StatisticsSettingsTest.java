package org.zhifa.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** PM8.5: a decision with several penalties counts once, under the most severe; the reviewer reads the figures. */
class StatisticsSettingsTest {

    private final StatisticsSettings settings = new StatisticsSettings(List.of(
            new StatisticsSettings.Kind("revokeLicence", "吊销许可证件"), new StatisticsSettings.Kind("fine", "罚款"),
            new StatisticsSettings.Kind("warning", "警告")), Map.of());

    @Test
    void theMostSevereKindByTheConfiguredOrder() {
        assertThat(settings.mostSevere(List.of("warning", "fine"))).isEqualTo("fine");
        assertThat(settings.mostSevere(List.of("fine", "revokeLicence", "warning"))).isEqualTo("revokeLicence");
        assertThat(settings.mostSevere(List.of("restrictPractice", "warning"))).as("a listed kind before unlisted")
                .isEqualTo("warning");
        assertThat(settings.mostSevere(List.of("restrictPractice"))).isEqualTo("restrictPractice");
        assertThat(settings.mostSevere(List.of("noPenalty"))).isNull();
        assertThat(settings.label("fine")).isEqualTo("罚款");
    }

    @Test
    void aCountedStepMustNameItsProcessAndActivity() {
        assertThatThrownBy(() -> new StatisticsSettings(List.of(), Map.of("inspections", List.of("Task_OnSite"))))
                .hasMessageContaining("Task_OnSite", "流程键:环节编号");
    }

    @Test
    void theReviewerReadsEveryFigure() {
        AnnualStatistics.Figures figures = new AnnualStatistics.Figures("KMSJ", "昆明市市场监督管理局", 2025, 3, 1,
                List.of(new AnnualStatistics.Count("revokeLicence", "吊销许可证件", 1),
                        new AnnualStatistics.Count("fine", "罚款", 2), new AnnualStatistics.Count("warning", "警告", 0)),
                2, new BigDecimal("25000.00"), 10, 8, 1, 7, 1, 1, 4, 30,
                List.of(new AnnualStatistics.Count("upheld", "维持", 1)), List.of(new AnnualStatistics.Count("upheld",
                        "维持", 0)));
        assertThat(FiguresText.of(figures)).contains("昆明市市场监督管理局 2025 年度",
                "行政处罚决定 3 件（按最重处罚种类计：吊销许可证件 1，罚款 2）", "共 25000.00 元", "收到申请 10 件",
                "行政强制措施 4 次；行政检查 30 次", "行政复议：1 件（维持 1）", "行政诉讼：无").doesNotContain("警告 0");
    }
}
