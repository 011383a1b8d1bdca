package org.zhifa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells for spreadsheets: quoted, and a cell that looks like a formula is shown as text, never run. */
class PublicExportsControllerTest {

    @Test
    void formulasAreNeutralisedAndQuotesDoubled() {
        assertThat(PublicExportsController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PublicExportsController.cell("+86 871")).isEqualTo("\"'+86 871\"");
        assertThat(PublicExportsController.cell("张某")).isEqualTo("\"张某\"");
        assertThat(PublicExportsController.cell(null)).isEqualTo("\"\"");
    }
}
