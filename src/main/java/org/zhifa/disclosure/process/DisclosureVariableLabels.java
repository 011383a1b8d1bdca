package org.zhifa.disclosure.process;

import static java.util.Map.entry;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhifa.engine.VariableLabels;

/** What the disclosure models' server-written variables are called in a record (the decision handed over, deadlines). */
@Component
class DisclosureVariableLabels implements VariableLabels {

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(
                entry(ResultDisclosureProcess.CASE_PROCESS_INSTANCE, "案件流程实例"),
                entry(ResultDisclosureProcess.OUTCOME, "处理结果类别"),
                entry(ResultDisclosureProcess.DOCUMENT_SHA256, "决定书（SHA-256）"),
                entry(ResultDisclosureProcess.PUBLICATION_ID, "公示编号"),
                entry(ResultDisclosureProcess.MINOR, "当事人为未成年人"),
                entry(ResultDisclosureProcess.DUE, "公示期限（截止时刻）"),
                entry(ResultDisclosureProcess.WARN_AT, "公示期限提醒时刻"),
                entry(ResultDisclosureProcess.DEADLINE, "公示期限（最后一个工作日）"),
                entry(ResultDisclosureProcess.PARTY_ID_NUMBER, "当事人身份证号码或统一社会信用代码"),
                entry(ResultDisclosureProcess.PARTY_ADDRESS, "当事人住所或地址"),
                entry(ResultDisclosureProcess.PARTY_PHONE, "当事人联系电话"),
                entry(ResultDisclosureProcess.MARKED_UP, "已标注隐去内容"));
    }
}
