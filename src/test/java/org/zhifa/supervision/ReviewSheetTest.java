package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The scoring sheet of 案卷评查 (RM9): the shipped one reads, adds up to 100 and matches its Tasklist form field by
 * field; a sheet that does not add up is refused with a message naming the fault; grades follow the thresholds.
 */
class ReviewSheetTest {

    @Test
    void theShippedSheetAndItsFormAgreeItemByItem() throws Exception {
        ReviewSheet sheet = ReviewSheet.read(new FileSystemResource("config/case-file-review.yaml"));
        assertThat(sheet.total()).isEqualTo(100);
        assertThat(sheet.items()).extracting(ReviewSheet.Item::name).contains("主体合法", "事实清楚", "证据确凿", "程序合法",
                "适用依据正确", "裁量适当", "文书规范", "归档完整");
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms/sup-review-score.form")));
        Map<String, Integer> fields = new java.util.LinkedHashMap<>();
        form.get("components").forEach(c -> {
            if (c.path("key").asText().startsWith(ReviewSheet.FIELD_PREFIX)) {
                assertThat(c.get("type").asText()).isEqualTo("number");
                assertThat(c.at("/validate/required").asBoolean()).isTrue();
                assertThat(c.at("/validate/min").asInt()).isZero();
                fields.put(c.get("key").asText(), c.at("/validate/max").asInt());
            }
        });
        assertThat(fields).isEqualTo(sheet.items().stream().collect(Collectors.toMap(ReviewSheet.Item::field,
                ReviewSheet.Item::points, (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    @Test
    void gradesFollowTheThresholdsAVetoAndTheAgencysWorstCase() {
        ReviewSheet sheet = ReviewSheet.read(new FileSystemResource("config/case-file-review.yaml"));
        assertThat(sheet.grade(90, false)).isEqualTo(ReviewSheet.EXCELLENT);
        assertThat(sheet.grade(89, false)).isEqualTo(ReviewSheet.PASS);
        assertThat(sheet.grade(70, false)).isEqualTo(ReviewSheet.PASS);
        assertThat(sheet.grade(69, false)).isEqualTo(ReviewSheet.FAIL);
        assertThat(sheet.grade(95, true)).isEqualTo(ReviewSheet.FAIL);
        assertThat(sheet.agencyGrade(0.95, false)).isEqualTo(ReviewSheet.EXCELLENT);
        assertThat(sheet.agencyGrade(0.95, true)).isEqualTo(ReviewSheet.PASS);
        assertThat(sheet.agencyGrade(0.5, false)).isEqualTo(ReviewSheet.FAIL);
    }

    @Test
    void aSheetThatDoesNotAddUpIsRefusedNamingTheFault() {
        assertThatThrownBy(() -> read("""
                name: 表
                grades: { excellent: 0.9, pass: 0.7 }
                items:
                  - { id: a, name: 甲, points: 10, law: RM9 }
                  - { id: a, name: 乙, points: 10, law: RM9 }
                """)).hasMessageContaining("项目编号 a 重复");
        assertThatThrownBy(() -> read("""
                name: 表
                grades: { excellent: 0.6, pass: 0.7 }
                items:
                  - { id: a, name: 甲, points: 10, law: RM9 }
                """)).hasMessageContaining("pass ≤ excellent");
        assertThatThrownBy(() -> read("""
                name: 表
                grades: { excellent: 0.9, pass: 0.7 }
                items:
                  - { id: A B, name: 甲, points: 10, law: RM9 }
                """)).hasMessageContaining("“A B”");
        assertThatThrownBy(() -> read("""
                name: 表
                grades: { excellent: 0.9, pass: 0.7 }
                items:
                  - { id: a, name: 甲, points: 0, law: RM9 }
                """)).hasMessageContaining("分值");
        assertThatThrownBy(() -> read("""
                name: 表
                grades: { excellent: 0.9, pass: 0.7 }
                items:
                  - { id: a, name: 甲, points: 10 }
                """)).hasMessageContaining("所查依据");
        assertThatThrownBy(() -> read("name: [")).hasMessageContaining("无法读取");
    }

    private static ReviewSheet read(String yaml) {
        return ReviewSheet.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "测试评分表"));
    }
}
