package org.zhifa.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.zhifa.engine.StepDescriptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Record entries as people read them: their stored JSON as JSON, and the values labelled by the forms of the model
 * versions they ran in ({@code fields}).
 */
@Component
public class RecordViews {

    /** One entry as the record API and the supervision pages show it. */
    public record EntryView(long seq, String activityId, String activityName, String activityType, String law,
            boolean unmapped, String actor, Instant startedAt, Instant endedAt, JsonNode formValues, JsonNode evidence,
            JsonNode detail, String processDefinitionKey, int processDefinitionVersion, String processInstanceId,
            Instant recordedAt, String previousHash, String hash, List<StepDescriptions.Described> fields) {
    }

    private final ObjectMapper json;
    private final StepDescriptions descriptions;

    RecordViews(ObjectMapper json, StepDescriptions descriptions) {
        this.json = json;
        this.descriptions = descriptions;
    }

    /** The entries, each model version's forms read once. */
    public List<EntryView> of(List<RecordEntry> entries) {
        StepDescriptions.Describer describer = descriptions.describer(entries.stream()
                .map(RecordEntry::getProcessDefinitionId).filter(Objects::nonNull).toList());
        return entries.stream().map(entry -> view(entry, describer)).toList();
    }

    private EntryView view(RecordEntry e, StepDescriptions.Describer describer) {
        JsonNode values = tree(e.getFormValues());
        return new EntryView(e.getSeq(), e.getActivityId(), e.getActivityName(), e.getActivityType(), e.getLaw(),
                e.isUnmapped(), e.getActor(), e.getStartedAt(), e.getEndedAt(), values,
                tree(e.getEvidence()), tree(e.getDetail()), e.getProcessDefinitionKey(),
                e.getProcessDefinitionVersion(), e.getProcessInstanceId(), e.getRecordedAt(), e.getPreviousHash(),
                e.getHash(), describer.describe(e.getProcessDefinitionId(), e.getActivityId(), values));
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return json.getNodeFactory().nullNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
