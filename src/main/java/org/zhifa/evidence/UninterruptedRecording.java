package org.zhifa.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * RM14: the steps each agency records on video from arrival to departure (seizure, sequestration, forced
 * demolition, actions on personal liberty, life and health or major property, case-handling premises), as listed in
 * {@code zhifa.evidence.uninterrupted-recording}: {@code default} for every agency, plus each agency's own additions
 * by its code. Such a step cannot be completed before a video of it is stored.
 */
@ConfigurationProperties("zhifa.evidence.uninterrupted-recording")
public record UninterruptedRecording(@DefaultValue List<String> defaultSteps,
        @DefaultValue Map<String, List<String>> agencies) {

    /** Whether the agency's list names the BPMN activity. */
    public boolean required(String agencyCode, String activityId) {
        return defaultSteps.contains(activityId)
                || agencyCode != null && agencies.getOrDefault(agencyCode, List.of()).contains(activityId);
    }
}
