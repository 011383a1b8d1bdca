package org.zhifa.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhifa.shared.InvalidInput;

/** The rules of a catalogue entry (PM7), the same for the API and the start form; every refusal names the field. */
class CatalogueEntriesTest {

    private final CatalogueSettings.Section powers = new CatalogueSettings.Section("powers", "权责清单", "PM7.3",
            List.of(new CatalogueSettings.Field("kind", "职权类别", true),
                    new CatalogueSettings.Field("basis", "设定依据", true),
                    new CatalogueSettings.Field("unit", "实施机构", false)));

    @Test
    void fieldsComeInTheSectionsOrderStrippedWithEmptyOptionalOnesLeftOut() {
        Map<String, String> fields = CatalogueEntries.fields(powers, Map.of("unit", " ", "basis", " 第十条 ",
                "kind", "行政处罚"));

        assertThat(fields).containsExactly(Map.entry("kind", "行政处罚"), Map.entry("basis", "第十条"));
    }

    @Test
    void anUnknownMissingNonTextOrTooLongFieldIsRefusedByName() {
        assertThatThrownBy(() -> CatalogueEntries.fields(powers, Map.of("kind", "处罚", "basis", "x", "duty", "y")))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("content.duty 不是栏目“权责清单”的字段")
                .hasMessageContaining("kind（职权类别）");
        assertThatThrownBy(() -> CatalogueEntries.fields(powers, Map.of("kind", "处罚")))
                .hasMessage("content.basis（设定依据） 不能为空");
        assertThatThrownBy(() -> CatalogueEntries.fields(powers, Map.of("kind", 5, "basis", "x")))
                .hasMessage("content.kind（职权类别） 应为文字");
        assertThatThrownBy(() -> CatalogueEntries.fields(powers, Map.of("kind", "处".repeat(4001), "basis", "x")))
                .hasMessage("content.kind（职权类别） 不能超过 4000 个字符");
    }

    @Test
    void startFormLinesAreReadByLabelOrNameWithEitherColon() {
        Map<String, String> fields = CatalogueEntries.fromLines(powers, "职权类别：行政处罚\r\n\nbasis: 第十条\n");

        assertThat(fields).containsExactly(Map.entry("kind", "行政处罚"), Map.entry("basis", "第十条"));
        assertThat(CatalogueEntries.readable(powers, fields)).isEqualTo("职权类别：行政处罚\n设定依据：第十条");
        assertThatThrownBy(() -> CatalogueEntries.fromLines(powers, "责任：无")).isInstanceOf(InvalidInput.class)
                .hasMessage("“责任：无”不是“字段名称：内容”；栏目“权责清单”的字段：职权类别、设定依据、实施机构");
    }

    @Test
    void keysAreShortAsciiCodesAndNameTheEntrysChain() {
        assertThat(CatalogueEntries.validKey("QZ-001.a_b")).isTrue();
        assertThat(CatalogueEntries.validKey("-QZ")).isFalse();
        assertThat(CatalogueEntries.validKey("事项")).isFalse();
        assertThat(CatalogueEntries.validKey("A".repeat(65))).isFalse();
        assertThatThrownBy(() -> CatalogueEntries.requireKey(null)).isInstanceOf(InvalidInput.class);
        assertThat(CatalogueEntries.businessKey("KMSJ", "powers", "QZ-1")).isEqualTo("CAT-KMSJ-powers-QZ-1");
    }
}
