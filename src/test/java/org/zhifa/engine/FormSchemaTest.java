package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a form says about its fields beyond their checks: labels, and what a choice is shown as. */
class FormSchemaTest {

    private static final FormSchema FORM = FormSchema.parse("""
            {"components": [
              {"type": "checklist", "key": "penalties", "label": "处理意见",
               "values": [{"label": "警告", "value": "warning"}, {"label": "罚款", "value": "fine"}]},
              {"type": "datetime", "key": "servedAt", "subtype": "date", "dateLabel": "送达日期"},
              {"type": "datetime", "key": "hearingTime", "subtype": "time", "timeLabel": "听证时间"},
              {"type": "textfield", "key": "note"}
            ]}""");

    @Test
    void aChoiceIsShownUnderItsLabelAndAnyOtherValueAsItIs() {
        assertThat(FORM.shown("penalties", "fine")).isEqualTo("罚款");
        assertThat(FORM.shown("penalties", "other")).isEqualTo("other");
        assertThat(FORM.shown("note", "fine")).as("another field's choice").isEqualTo("fine");
        assertThat(FormSchema.NONE.shown("penalties", "fine")).isEqualTo("fine");
    }

    @Test
    void aDateTimeFieldIsLabelledByItsDateOrTimeAndAFieldWithoutALabelByItsKey() {
        assertThat(FORM.fields().get("servedAt").label()).isEqualTo("送达日期");
        assertThat(FORM.fields().get("hearingTime").label()).isEqualTo("听证时间");
        assertThat(FORM.fields().get("note").label()).isEqualTo("note");
    }
}
