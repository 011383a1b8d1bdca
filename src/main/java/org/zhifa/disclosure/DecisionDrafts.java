package org.zhifa.disclosure;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.DECISION_NUMBER;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.CaseDocuments;

/**
 * The draft of a result's publication (PM9, PM10): the summary — case name, the party's surname (a person) or name
 * (an organisation), facts, legal basis, decision — and the decision document's full text, all redacted from the
 * case's own data and the configured rules, with the marked-up original for the officer.
 */
@Component
class DecisionDrafts {

    /** Penalty kinds as the Administrative Penalty Law names them (Art. 9). */
    private static final Map<String, String> PENALTIES = Map.ofEntries(Map.entry("warning", "警告"),
            Map.entry("fine", "罚款"), Map.entry("confiscateGains", "没收违法所得"),
            Map.entry("confiscateItems", "没收非法财物"), Map.entry("suspendLicence", "暂扣许可证件"),
            Map.entry("lowerQualification", "降低资质等级"), Map.entry("revokeLicence", "吊销许可证件"),
            Map.entry("restrictBusiness", "限制开展生产经营活动"), Map.entry("suspendBusiness", "责令停产停业"),
            Map.entry("closeBusiness", "责令关闭"), Map.entry("restrictPractice", "限制从业"), Map.entry("other", "其他行政处罚"),
            Map.entry("noPenalty", "不予行政处罚"));

    record Draft(String caseName, String partyShown, RedactedText facts, RedactedText legalBasis,
            RedactedText decision, RedactedText fullText) {
    }

    private final Redactor redactor;
    private final CaseDocuments documents;

    DecisionDrafts(Redactor redactor, CaseDocuments documents) {
        this.redactor = redactor;
        this.documents = documents;
    }

    Draft draft(DelegateExecution v) {
        String partyType = s(v, "partyType");
        String partyName = s(v, "partyName");
        boolean person = "person".equals(partyType);
        CaseData data = caseData(person, partyName, s(v, "legalRepresentative"), s(v, "partyIdNumber"),
                s(v, "partyAddress"), s(v, "partyPhone"));
        String partyShown = person ? Redactor.surnameOnly(partyName) : partyName;
        String cause = s(v, "caseCause");
        String caseName = (partyShown == null ? "" : partyShown) + (cause == null ? "" : cause)
                + ("grant".equals(s(v, "outcome")) || "refuse".equals(s(v, "outcome")) || cause == null
                        || cause.endsWith("案") ? "" : "案");
        return new Draft(caseName, partyShown, redactor.redact(s(v, "facts"), data),
                redactor.redact(s(v, "legalBasis"), data), redactor.redact(decision(v), data),
                redactor.redact(fullText(v), data));
    }

    static CaseData caseData(boolean person, String partyName, String legalRepresentative, String idNumber,
            String address, String phone) {
        List<CaseData.Hidden> hidden = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        if (person) {
            names.add(partyName);
            hidden.add(new CaseData.Hidden("身份证号码", idNumber));
            hidden.add(new CaseData.Hidden("住址", address));
            hidden.add(new CaseData.Hidden("联系电话", phone));
        } else {
            kept.add(partyName);
            kept.add(legalRepresentative);
        }
        return new CaseData(names, hidden, kept);
    }

    /** What was decided, in the words of the law: the penalties and the fine, or the licensing outcome. */
    private static String decision(VariableScope v) {
        String outcome = s(v, "outcome");
        if ("grant".equals(outcome)) {
            String certificate = s(v, "certificateNumber");
            return "准予行政许可" + (certificate == null ? "" : "，证书编号 " + certificate);
        }
        if ("refuse".equals(outcome)) {
            return "不予行政许可";
        }
        String penalties = s(v, "penalties");
        List<String> words = new ArrayList<>();
        for (String code : penalties == null ? new String[0] : penalties.split(",")) {
            String word = PENALTIES.getOrDefault(code.strip(), code.strip());
            String fine = s(v, "fineAmount");
            words.add("fine".equals(code.strip()) && fine != null ? word + "人民币" + fine + "元" : word);
        }
        return String.join("；", words);
    }

    /** The decision document as text: paragraphs kept, markup and entities gone. */
    private String fullText(DelegateExecution v) {
        String sha256 = s(v, "documentSha256");
        if (sha256 == null) {
            return null;
        }
        var document = documents.find(v.getProcessBusinessKey(), sha256);
        if (document.isEmpty()) {
            throw new IllegalStateException("决定文书 " + s(v, DECISION_NUMBER) + "（" + sha256 + "）未找到");
        }
        try (InputStream in = documents.open(document.get())) {
            return htmlToText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("决定文书 " + s(v, DECISION_NUMBER) + " 无法读取：" + e.getMessage(), e);
        }
    }

    static String htmlToText(String html) {
        String body = html.replaceAll("(?is)<(head|style|script)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|h[1-6]|div|li|tr)>", "\n")
                .replaceAll("<[^>]+>", "");
        return body.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n").strip();
    }

    private static String s(VariableScope v, String name) {
        Object value = v.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
