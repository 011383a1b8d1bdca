package org.zhifa.cases.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.zhifa.cases.internal.CaseDates;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The values a step was submitted with, read the way Tasklist sends them (dates as strings, numbers as Integer or
 * Double, lists as Json) and checked field by field. Every problem is collected; {@link #check()} throws them together.
 */
final class Submission {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariableScope scope;
    private final String step;
    private final ZoneId zone;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Set<String>> choices = new LinkedHashMap<>();

    Submission(VariableScope scope, String step, ZoneId zone) {
        this.scope = scope;
        this.step = step;
        this.zone = zone;
    }

    /** A required non-blank text. */
    String text(String name, String label) {
        String value = optionalText(name);
        if (value == null) {
            reject(name, label, "必须填写");
        }
        return value;
    }

    String optionalText(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A required value from a fixed list. */
    String choice(String name, String label, String... allowed) {
        choices.put(name, new LinkedHashSet<>(Arrays.asList(allowed)));
        String value = text(name, label);
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            reject(name, label, "“" + value + "”不是可选的值（" + String.join("、", allowed) + "）");
            return null;
        }
        return value;
    }

    boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString());
    }

    /** A required date; Tasklist sends {@code yyyy-MM-dd}, the Java API a Date. */
    LocalDate date(String name, String label) {
        LocalDate value = optionalDate(name, label);
        if (value == null && scope.getVariable(name) == null) {
            reject(name, label, "必须填写");
        }
        return value;
    }

    LocalDate optionalDate(String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString().strip();
        try {
            LocalDate date = CaseDates.parse(text, zone);
            String implausible = CaseDates.implausible(date, today());
            if (implausible != null) {
                reject(name, label, implausible);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(name, label, "“" + text + "”不是日期（应为 yyyy-MM-dd）");
            return null;
        }
    }

    /** A required amount of money (元), not negative, at most two decimals. */
    BigDecimal money(String name, String label) {
        BigDecimal value = optionalMoney(name, label);
        if (value == null && scope.getVariable(name) == null) {
            reject(name, label, "必须填写");
        }
        return value;
    }

    BigDecimal optionalMoney(String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.toString().strip());
            if (amount.signum() < 0) {
                reject(name, label, "不能为负数");
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                reject(name, label, "金额最多精确到分");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            reject(name, label, "“" + value + "”不是金额");
            return null;
        }
    }

    /** A required whole number between the bounds. */
    Integer wholeNumber(String name, String label, int min, int max) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            reject(name, label, "必须填写");
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().strip());
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                reject(name, label, "应为 " + min + " 到 " + max + " 之间的整数");
                return null;
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            reject(name, label, "“" + value + "”不是整数");
            return null;
        }
    }

    /** A required non-empty selection from a checklist, each value from the allowed ones. */
    List<String> selection(String name, String label, Set<String> allowed) {
        List<String> values = optionalSelection(name, label, allowed);
        if (values.isEmpty()) {
            reject(name, label, "至少选择一项");
        }
        return values;
    }

    /** A selection from a checklist, possibly empty, each value from the allowed ones. */
    List<String> optionalSelection(String name, String label, Set<String> allowed) {
        choices.put(name, Set.copyOf(allowed));
        List<String> values = new ArrayList<>();
        Object value = scope.getVariable(name);
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item)));
        } else if (value != null) {
            try {
                JsonNode node = JSON.readTree(value.toString());
                if (node != null && node.isArray()) {
                    node.forEach(item -> values.add(item.asText()));
                } else {
                    values.add(value.toString());
                }
            } catch (JsonProcessingException notJson) {
                values.addAll(Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
        }
        for (String item : values) {
            if (!allowed.contains(item)) {
                reject(name, label, "“" + item + "”不是可选的值");
            }
        }
        return values;
    }

    /** The fields checked against a list of choices so far, with the choices: what the step accepts of each. */
    Map<String, Set<String>> choices() {
        return Collections.unmodifiableMap(choices);
    }

    void reject(String name, String label, String reason) {
        errors.add(new FieldError(name, label, reason));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Writes a value the step derives (deadlines, computed amounts) into the case. */
    void set(String name, Object value) {
        scope.setVariable(name, value);
    }

    /** The day the step's task was created, for steps whose time does not count (Licensing Law Art. 45). */
    LocalDate startedOn() {
        if (scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task && task.getCreateTime() != null) {
            return task.getCreateTime().toInstant().atZone(zone).toLocalDate();
        }
        return today();
    }

    VariableScope scope() {
        return scope;
    }

    /** The case the step belongs to. */
    String businessKey() {
        return scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task
                ? task.getExecution().getProcessBusinessKey()
                : ((org.camunda.bpm.engine.delegate.DelegateExecution) scope).getProcessBusinessKey();
    }

    String processInstanceId() {
        return scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task ? task.getProcessInstanceId()
                : ((org.camunda.bpm.engine.delegate.DelegateExecution) scope).getProcessInstanceId();
    }

    Object get(String name) {
        return scope.getVariable(name);
    }

    Instant now() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
    }

    LocalDate today() {
        return now().atZone(zone).toLocalDate();
    }

    ZoneId zone() {
        return zone;
    }

    /** @throws InvalidSubmissionException naming every rejected field */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(step, errors);
        }
    }
}
