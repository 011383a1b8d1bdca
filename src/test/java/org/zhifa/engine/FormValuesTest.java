package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.zhifa.engine.InvalidSubmissionException.FieldError;

class FormValuesTest {

    private static final FormSchema FORM = FormSchema.parse("""
            {"id": "f", "components": [
              {"type": "textfield", "key": "name", "label": "名称", "validate": {"required": true, "maxLength": 10}},
              {"type": "number", "key": "fine", "label": "罚款", "validate": {"min": 0}},
              {"type": "checkbox", "key": "shown", "label": "已出示"},
              {"type": "radio", "key": "decision", "label": "意见", "values": [{"label": "同意", "value": "approve"}]},
              {"type": "checklist", "key": "penalties", "label": "处罚", "values": [{"label": "罚款", "value": "fine"}]},
              {"type": "datetime", "key": "day", "label": "日期", "subtype": "date"},
              {"type": "textarea", "key": "facts", "label": "事实", "disabled": true},
              {"type": "textarea", "key": "findings", "label": "发现", "readonly": true},
              {"type": "group", "components": [
                {"type": "textfield", "key": "reason", "label": "理由", "validate": {"required": true},
                 "conditional": {"hide": "=shown"}}]}
            ]}
            """);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aSubmissionThatFitsTheFormPasses() {
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "fine", 5000, "shown", true, "decision", "approve",
                "penalties", "[\"fine\"]", "day", "2026-03-02", "findings", "原文"), name -> "原文")).isEmpty();
    }

    @Test
    void fieldsTheFormLacksOrOnlyShowsAreNamed() {
        List<FieldError> errors = FormValues.check(FORM, Map.of("name", "张三", "partyType", "organisation", "facts", "改"),
                name -> null);
        assertThat(fields(errors)).containsExactlyInAnyOrder("partyType", "facts");
        assertThat(errors).extracting(FieldError::reason).anyMatch(r -> r.contains("表单没有这一项"))
                .anyMatch(r -> r.contains("只能查看"));
    }

    @Test
    void typesBoundsAndChoicesAreTheForms() {
        List<FieldError> errors = FormValues.check(FORM, Map.of("name", "这个名称超过了十个字符的长度", "fine", -1,
                "shown", "yes", "decision", "reject", "penalties", "[\"revokeLicence\"]", "day", "下周一"), name -> null);
        assertThat(fields(errors)).containsExactlyInAnyOrder("name", "fine", "shown", "decision", "penalties", "day");
    }

    @Test
    void aReadOnlyFieldIsTakenOnlyUnchanged() {
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "findings", "改过的"), name -> "原文")))
                .containsExactly("findings");
    }

    @Test
    void requiredMeansSubmittedOrAlreadyThereAndAConditionalFieldIsTheStepRulesToJudge() {
        assertThat(fields(FormValues.check(FORM, Map.of("fine", 1), name -> null))).containsExactly("name");
        assertThat(FormValues.check(FORM, Map.of("fine", 1), name -> "name".equals(name) ? "草稿" : null)).isEmpty();
    }

    @Test
    void typedValuesFromRestAreReadAsTheirValues() {
        assertThat(FormValues.check(FORM, Map.of("name", Variables.stringValue("张三"), "fine",
                Variables.longValue(20000L)), name -> null)).isEmpty();
        assertThat(fields(FormValues.check(FORM, Map.of("name", Variables.integerValue(5)), name -> null)))
                .containsExactly("name");
    }

    @Test
    void textIsBoundedEvenWhereTheFormSetsNoLimit() {
        FormSchema open = FormSchema.parse("{\"components\": [{\"type\": \"textarea\", \"key\": \"t\"}]}");
        assertThat(FormValues.check(open, Map.of("t", "字".repeat(4001)), name -> null)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("4000"));
    }

    @Test
    void aSingleLineFieldWithoutALimitHoldsWhatAColumnHolds() {
        FormSchema open = FormSchema.parse("{\"components\": [{\"type\": \"textfield\", \"key\": \"t\"}]}");
        assertThat(FormValues.check(open, Map.of("t", "字".repeat(FormSchema.MAX_LINE)), name -> null)).isEmpty();
        assertThat(FormValues.check(open, Map.of("t", "字".repeat(FormSchema.MAX_LINE + 1)), name -> null))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("255"));
    }

    @Test
    void controlAndDirectionCharactersAreRefusedAndLineBreaksOnlyWhereTheFieldHasLines() {
        FormSchema form = FormSchema.parse("""
                {"components": [{"type": "textfield", "key": "name"}, {"type": "textarea", "key": "facts"}]}
                """);
        assertThat(FormValues.check(form, Map.of("name", "张三", "facts", "第一行\n第二行\t完"), name -> null)).isEmpty();
        for (String bad : List.of("张\u0000三", "photo\u202egnp.exe", "张\u001b[31m三", "\ud800张", "张\u2028三")) {
            assertThat(fields(FormValues.check(form, Map.of("name", bad, "facts", bad), name -> null)))
                    .as(bad).containsExactlyInAnyOrder("name", "facts");
        }
        assertThat(fields(FormValues.check(form, Map.of("name", "第一行\n第二行"), name -> null))).containsExactly("name");
    }

    @Test
    void datesAreWholeIsoDatesOfThisEra() {
        for (String bad : List.of("2026-02-30", "0001-01-01", "3026-01-01", "+99999-01-01", "2026-03-01x",
                "2026-03-01T08:00:00+08:00junk", "1949-09-30")) {
            assertThat(FormValues.check(FORM, Map.of("name", "张三", "day", bad), name -> null)).as(bad)
                    .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("day"));
        }
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "day", "1949-10-01"), name -> null)).isEmpty();
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "day", "2026-03-01T08:00:00+08:00"), name -> null))
                .isEmpty();
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "day", Variables.dateValue(
                java.util.Date.from(java.time.Instant.parse("0001-01-01T00:00:00Z")))), name -> null)))
                .containsExactly("day");
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "day", true), name -> null)))
                .containsExactly("day");
    }

    @Test
    void aBooleanOrNumberWhereTheFormHasTextIsRefusedNotStoredAsText() {
        assertThat(FormValues.check(FORM, Map.of("name", true), name -> null)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("应为文字"));
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "decision", 1), name -> null)))
                .containsExactly("decision");
    }

    @Test
    void aJsonOrXmlValueWhereTheFormHasTextIsRefusedNotKeptAsItsSerializedText() {
        assertThat(FormValues.check(FORM, Map.of("name", Variables.serializedObjectValue("not json")
                .serializationDataFormat("application/json").create()), name -> null)).isNotEmpty();
        List<FieldError> errors = FormValues.check(FORM, Map.of("name", Variables.untypedValue("张三"),
                "decision", org.camunda.spin.plugin.variable.SpinValues.jsonValue("\"approve\"").create(),
                "penalties", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"fine\"]").create()),
                name -> null);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("decision");
            assertThat(e.reason()).contains("不能以 json 类型提交");
        });
        assertThat(FormValueKinds.problem(FORM.fields().get("shown"), "string")).contains("“是”或“否”");
        assertThat(FormValueKinds.problem(FORM.fields().get("fine"), "long")).isNull();
        assertThat(FormValueKinds.problem(FORM.fields().get("facts"), "xml")).isNotNull();
    }

    @Test
    void numbersAreFiniteAndTheirTextShort() {
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "fine", Double.NaN), name -> 100L)))
                .containsExactly("fine");
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "fine", Double.POSITIVE_INFINITY),
                name -> null))).containsExactly("fine");
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "fine", "0".repeat(5000) + "1.5"), name -> null))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("最多 40 个字符"));
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "fine", "1500.50"), name -> null)).isEmpty();
    }

    @Test
    void onlyTheExactValueTheCaseHoldsSkipsTheChecks() {
        // a blank or a control character where the case has nothing is a value, and checked
        for (String value : new String[] { "\u001F", "\u000B", "\n" }) {
            assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "decision", value), name -> null)))
                    .as("%x", (int) value.charAt(0)).containsExactly("decision");
        }
        assertThat(fields(FormValues.check(FORM, Map.of("name", "张三", "decision", "   "), name -> null)))
                .containsExactly("decision");
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "decision", ""), name -> null)).isEmpty();
        // a value the server wrote (a draft) and the client sends back unchanged passes
        assertThat(FormValues.check(FORM, Map.of("name", "张三", "decision", "草拟"),
                name -> "decision".equals(name) ? "草拟" : null)).isEmpty();
    }
}
