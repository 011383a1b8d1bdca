package org.zhifa.statistics;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the annual statistics (PM8.5, PM18) count, from {@code zhifa.disclosure.statistics}: the penalty kinds from the
 * most severe down, and which steps of the deployed models count as what ({@code process-key:activity-id}).
 */
@ConfigurationProperties("zhifa.disclosure.statistics")
public record StatisticsSettings(List<Kind> severity, Map<String, List<String>> countedSteps) {

    /** A penalty kind as decisions name it, and its label in the published figures. */
    public record Kind(String kind, String label) {
    }

    public StatisticsSettings {
        severity = severity == null ? List.of() : List.copyOf(severity);
        countedSteps = countedSteps == null ? Map.of() : Map.copyOf(countedSteps);
        for (List<String> steps : countedSteps.values()) {
            for (String step : steps) {
                if (!step.matches("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+")) {
                    throw new IllegalArgumentException("zhifa.disclosure.statistics.counted-steps 中的 " + step
                            + " 应写作 流程键:环节编号");
                }
            }
        }
    }

    /** The most severe kind among a decision's penalties, by this list; kinds not listed come after all listed. */
    public String mostSevere(List<String> penalties) {
        for (Kind kind : severity) {
            if (penalties.contains(kind.kind())) {
                return kind.kind();
            }
        }
        return penalties.stream().filter(p -> !"noPenalty".equals(p)).findFirst().orElse(null);
    }

    public String label(String kind) {
        return severity.stream().filter(k -> k.kind().equals(kind)).map(Kind::label).findFirst().orElse(kind);
    }
}
