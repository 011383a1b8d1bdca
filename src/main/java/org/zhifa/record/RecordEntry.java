package org.zhifa.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of a case's full-process record. Immutable: no setter, written once by {@link RecordWriter}, mapped
 * read-only here, and on MySQL the table refuses UPDATE and DELETE. {@code hash = SHA-256(previousHash ‖ canonical form of the entry)}; times are kept
 * to the second, as the database stores them.
 */
@Entity
@Immutable
@Table(name = "record_entries")
public class RecordEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String businessKey;
    private long seq;
    private String processDefinitionId;
    private String processDefinitionKey;
    private int processDefinitionVersion;
    private String processInstanceId;
    private String activityId;
    private String activityName;
    private String activityType;
    private String law;
    private String actor;
    private Instant startedAt;
    private Instant endedAt;
    private String formValues;
    private String evidence;
    private String detail;
    private Instant recordedAt;
    private String previousHash;
    private String hash;

    protected RecordEntry() {
    }

    RecordEntry(Step step, long seq, String formValues, String evidence, String detail, Instant recordedAt,
            String previousHash) {
        this.businessKey = step.businessKey();
        this.seq = seq;
        this.processDefinitionId = step.processDefinitionId();
        this.processDefinitionKey = step.processDefinitionKey();
        this.processDefinitionVersion = step.processDefinitionVersion();
        this.processInstanceId = step.processInstanceId();
        this.activityId = step.activityId();
        this.activityName = step.activityName();
        this.activityType = step.activityType();
        this.law = step.law();
        this.actor = step.actor();
        this.startedAt = step.startedAt().truncatedTo(ChronoUnit.SECONDS);
        this.endedAt = step.endedAt().truncatedTo(ChronoUnit.SECONDS);
        this.formValues = formValues;
        this.evidence = evidence;
        this.detail = detail;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS);
        this.previousHash = previousHash;
        this.hash = CanonicalForm.hash(previousHash, this);
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public long getSeq() {
        return seq;
    }

    public String getProcessDefinitionId() {
        return processDefinitionId;
    }

    public String getProcessDefinitionKey() {
        return processDefinitionKey;
    }

    public int getProcessDefinitionVersion() {
        return processDefinitionVersion;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getActivityName() {
        return activityName;
    }

    public String getActivityType() {
        return activityType;
    }

    /** The law item of the step, e.g. {@code RM11.15}; null when the model gives none. */
    public String getLaw() {
        return law;
    }

    public boolean isUnmapped() {
        return law == null;
    }

    public String getActor() {
        return actor;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** Canonical JSON of the values submitted or written in the step. */
    public String getFormValues() {
        return formValues;
    }

    /** Canonical JSON array of evidence references. */
    public String getEvidence() {
        return evidence;
    }

    /** Canonical JSON of how the step ended (task, outcome, gateway decision...). */
    public String getDetail() {
        return detail;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
