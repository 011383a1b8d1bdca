package org.zhifa.cases;

import static org.zhifa.cases.process.ApplicationCaseProcess.MATERIALS_PROVIDED;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zhifa.cases.internal.CaseDates;
import org.zhifa.directory.ServiceItem;
import org.zhifa.directory.ServiceItems;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.engine.InvalidSubmissionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an application before anything is created (RM10.1): a catalogue item, an applicant with a valid identity
 * number (18-digit resident ID or unified social credit code), known material codes, a receipt date not in the future.
 */
@Service
public class ApplicationCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceItems serviceItems;

    private final Clock clock;

    ApplicationCheck(ServiceItems serviceItems, Clock clock) {
        this.serviceItems = serviceItems;
        this.clock = clock;
    }

    /**
     * @param values the application as process variables ({@code serviceItemCode}, {@code applicantType}, …)
     * @return the service item applied for
     * @throws InvalidSubmissionException naming every field that is wrong
     */
    public ServiceItem validate(Map<String, Object> values, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String code = text(values, "serviceItemCode");
        ServiceItem item = null;
        if (code == null) {
            errors.add(new FieldError("serviceItemCode", "申请事项", "必须填写"));
        } else {
            item = serviceItems.item(code).orElse(null);
            if (item == null) {
                errors.add(new FieldError("serviceItemCode", "申请事项", "“" + code + "”不在服务指南目录中"));
            }
        }
        String type = text(values, "applicantType");
        if (!"person".equals(type) && !"organisation".equals(type)) {
            errors.add(new FieldError("applicantType", "申请人类型", type == null ? "必须填写" : "应为 person 或 organisation"));
        }
        if (text(values, APPLICANT_NAME) == null) {
            errors.add(new FieldError(APPLICANT_NAME, "申请人姓名或名称", "必须填写"));
        }
        String id = text(values, "applicantIdNumber");
        if (id == null) {
            errors.add(new FieldError("applicantIdNumber", "身份证号码或统一社会信用代码", "必须填写"));
        } else if ("person".equals(type) || "organisation".equals(type)) {
            ("person".equals(type) ? PartyIds.personProblem(id) : PartyIds.organisationProblem(id))
                    .ifPresent(problem -> errors.add(new FieldError("applicantIdNumber", "身份证号码或统一社会信用代码",
                            "“" + id + "”" + problem)));
        }
        if (text(values, "applicantPhone") == null) {
            errors.add(new FieldError("applicantPhone", "联系电话", "必须填写"));
        }
        if (item != null) {
            Set<String> known = new java.util.HashSet<>(item.materials().stream().map(ServiceItem.Material::code).toList());
            for (String material : list(values.get(MATERIALS_PROVIDED))) {
                if (!known.contains(material)) {
                    errors.add(new FieldError(MATERIALS_PROVIDED, "已提交的材料", "“" + material + "”不是" + item.name()
                            + "的申请材料"));
                }
            }
        }
        String received = text(values, RECEIVED_AT);
        if (received != null) {
            try {
                LocalDate day = CaseDates.parse(received, clock.getZone());
                if (day.isAfter(today)) {
                    errors.add(new FieldError(RECEIVED_AT, "收到申请日期", "不能晚于今天（" + today + "）"));
                } else if (day.isBefore(today.minusYears(1))) {
                    errors.add(new FieldError(RECEIVED_AT, "收到申请日期", "“" + day + "”早于一年前；申请应在收到后及时登记"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(RECEIVED_AT, "收到申请日期", "“" + received + "”不是日期（应为 yyyy-MM-dd）"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException("申请", errors);
        }
        return item;
    }

    private static String text(Map<String, Object> values, String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static List<String> list(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item)));
        } else if (value != null && !value.toString().isBlank()) {
            try {
                JsonNode node = JSON.readTree(value.toString());
                node.forEach(item -> values.add(item.asText()));
            } catch (JsonProcessingException e) {
                values.add(value.toString());
            }
        }
        return values;
    }
}
