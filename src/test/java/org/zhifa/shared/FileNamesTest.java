package org.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void directionAndControlCharactersAreDroppedSoTheNameReadsAsItIs() {
        assertThat(FileNames.safe("photo\u202egnp.exe", "h")).isEqualTo("photognp.exe");
        assertThat(FileNames.safe("现场\u0000照片\u001b.jpg", "h")).isEqualTo("现场照片.jpg");
        assertThat(FileNames.safe("a\u2066b\u2069\ufeff.png", "h")).isEqualTo("ab.png");
    }

    @Test
    void pathsAndReservedCharactersCannotLeaveTheirFolder() {
        assertThat(FileNames.safe("../../etc/passwd", "h")).isEqualTo("__.._etc_passwd");
        assertThat(FileNames.safe("C:\\证据\\询问笔录.pdf", "h")).isEqualTo("C__证据_询问笔录.pdf");
        assertThat(FileNames.safe(".hidden", "h")).isEqualTo("_hidden");
    }

    @Test
    void nothingUsableLeftGivesTheFallbackAndLongNamesKeepTheirEnd() {
        assertThat(FileNames.safe(null, "abc")).isEqualTo("abc");
        assertThat(FileNames.safe("\u202e\u0007  ", "abc")).isEqualTo("abc");
        assertThat(FileNames.safe("///", "abc")).isEqualTo("abc");
        String name = FileNames.safe("很".repeat(200) + ".mp4", "abc");
        assertThat(name).hasSize(FileNames.MAX).endsWith("很.mp4");
        assertThat(FileNames.safe("陈\ud842\udfb7.jpg", "abc")).isEqualTo("陈\ud842\udfb7.jpg");
    }
}
