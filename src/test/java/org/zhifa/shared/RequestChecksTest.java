package org.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Declared bounds and clean text, checked in the service for every caller, refused in Chinese naming the field. */
class RequestChecksTest {

    record Note(@NotBlank(message = "缺少记录人") @Size(max = 8, message = "记录人不能超过 {max} 个字符") @CleanText String by,
            @CleanText(multiline = true) String remarks) {
    }

    @Test
    void aValidRequestPasses() {
        Note note = new Note("张三", "第一行\n第二行\t附注");
        assertThat(RequestChecks.check(note)).isSameAs(note);
    }

    @Test
    void everyBrokenFieldIsNamedWithItsRule() {
        assertThatThrownBy(() -> RequestChecks.check(new Note("张".repeat(9), "\u0000")))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("字段 by：记录人不能超过 8 个字符；字段 remarks：含有不可见的控制字符或文字方向控制字符");
        assertThatThrownBy(() -> RequestChecks.check(new Note(" ", null))).hasMessage("字段 by：缺少记录人");
    }

    @Test
    void controlAndDirectionCharactersAreNotCleanText() {
        assertThat(CleanText.Check.clean("photo\u202egnp.exe", false)).isFalse();
        assertThat(CleanText.Check.clean("张\u2066三", false)).isFalse();
        assertThat(CleanText.Check.clean("a\u001bb", false)).isFalse();
        assertThat(CleanText.Check.clean("两行\n文字", false)).isFalse();
        assertThat(CleanText.Check.clean("两行\n文字", true)).isTrue();
        assertThat(CleanText.Check.clean("\ud800", false)).as("unpaired surrogate").isFalse();
        assertThat(CleanText.Check.clean("𠀀字", false)).as("a supplementary character").isTrue();
    }
}
