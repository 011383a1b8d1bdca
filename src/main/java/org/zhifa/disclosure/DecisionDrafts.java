package org.zhifa.disclosure;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhifa.documents.Documents;
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
    private final Documents issued;

    DecisionDrafts(Redactor redactor, CaseDocuments documents, Documents issued) {
        this.redactor = redactor;
        this.documents = documents;
        this.issued = issued;
    }

    Draft draft(DecisionToDisclose d) {
        CaseData data = caseData(d.person(), d.partyName(), d.legalRepresentative(), d.partyIdNumber(),
                d.partyAddress(), d.partyPhone());
        String partyShown = d.person() ? Redactor.surnameOnly(d.partyName()) : d.partyName();
        String cause = d.caseCause();
        String caseName = (partyShown == null ? "" : partyShown) + (cause == null ? "" : cause)
                + ("grant".equals(d.outcome()) || "refuse".equals(d.outcome()) || cause == null
                        || cause.endsWith("案") ? "" : "案");
        return new Draft(caseName, partyShown, redactor.redact(d.facts(), data),
                redactor.redact(d.legalBasis(), data), redactor.redact(decision(d), data),
                redactor.redact(fullText(d), data));
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
    private static String decision(DecisionToDisclose d) {
        if ("grant".equals(d.outcome())) {
            return "准予行政许可" + (d.certificateNumber() == null ? "" : "，证书编号 " + d.certificateNumber());
        }
        if ("refuse".equals(d.outcome())) {
            return "不予行政许可";
        }
        List<String> words = new ArrayList<>();
        for (String code : d.penalties() == null ? new String[0] : d.penalties().split(",")) {
            String word = PENALTIES.getOrDefault(code.strip(), code.strip());
            words.add("fine".equals(code.strip()) && d.fineAmount() != null ? word + "人民币" + d.fineAmount() + "元"
                    : word);
        }
        return String.join("；", words);
    }

    /**
     * The decision document as text: paragraphs kept, markup and entities gone; for a document issued from a
     * template, its text without what only the paper carries (header, verification code, seal).
     */
    private String fullText(DecisionToDisclose d) {
        if (d.documentSha256() == null) {
            return null;
        }
        try {
            var text = issued.text(d.businessKey(), d.documentSha256());
            if (text.isPresent()) {
                return text.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("决定文书 " + d.decisionNumber() + " 无法读取：" + e.getMessage(), e);
        }
        // a decision issued before documents were made from templates: its HTML
        var document = documents.find(d.businessKey(), d.documentSha256());
        if (document.isEmpty()) {
            throw new IllegalStateException("决定文书 " + d.decisionNumber() + "（" + d.documentSha256() + "）未找到");
        }
        try (InputStream in = documents.open(document.get())) {
            return htmlToText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("决定文书 " + d.decisionNumber() + " 无法读取：" + e.getMessage(), e);
        }
    }

    static String htmlToText(String html) {
        String body = html.replaceAll("(?is)<(head|style|script)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|h[1-6]|div|li|tr)>", "\n")
                .replaceAll("<[^>]+>", "");
        return body.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n").strip();
    }
}
