package org.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the hash of an entry covers (RM4: records cannot change unnoticed). */
class CanonicalFormTest {

    private static final Instant AT = Instant.parse("2026-11-27T09:30:15.987Z");

    @Test
    void sameStepGivesTheSameHashWhateverTheOrderOfValues() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("subjectName", "陈𠮷");
        a.put("fine", 5000);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("fine", 5000);
        b.put("subjectName", "陈𠮷");

        assertThat(entry(a, "RM11.15").getHash()).isEqualTo(entry(b, "RM11.15").getHash());
    }

    @Test
    void anyChangeChangesTheHash() {
        String original = entry(Map.of("fine", 5000), "RM11.15").getHash();

        assertThat(entry(Map.of("fine", 5001), "RM11.15").getHash()).isNotEqualTo(original);
        assertThat(entry(Map.of("fine", 5000), "RM11.14").getHash()).isNotEqualTo(original);
        assertThat(new RecordEntry(step(Map.of("fine", 5000), "RM11.15"), 1, "{\"fine\":5000}", "[]", "{}", AT,
                "1".repeat(64)).getHash()).as("another predecessor").isNotEqualTo(original);
    }

    @Test
    void timesAreKeptToTheSecondAsTheDatabaseStoresThem() {
        RecordEntry entry = entry(Map.of(), null);

        assertThat(entry.getEndedAt()).isEqualTo(Instant.parse("2026-11-27T09:30:15Z"));
        assertThat(CanonicalForm.of(entry)).contains("\"endedAt\":\"2026-11-27T09:30:15Z\"");
        assertThat(entry.isUnmapped()).isTrue();
    }

    @Test
    void canonicalJsonSortsKeysAndKeepsCharactersOutsideTheBmp() {
        assertThat(CanonicalForm.json(Map.of("b", 1, "a", List.of("𠮷")))).isEqualTo("{\"a\":[\"𠮷\"],\"b\":1}");
    }

    private static RecordEntry entry(Map<String, Object> values, String law) {
        Step step = step(values, law);
        return new RecordEntry(step, 1, CanonicalForm.json(step.formValues()), "[]", "{}", AT, CanonicalForm.GENESIS);
    }

    private static Step step(Map<String, Object> values, String law) {
        return new Step("ZF-2026-000001", "penalty:1:abc", "penalty", 1, "pi-1", "Task_LegalReview", "法制审核",
                "userTask", law, "zhaoliu", AT.minusSeconds(60), AT, values, List.of(), Map.of());
    }
}
