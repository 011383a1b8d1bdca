package org.zhifa.documents;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of an imaginary case, one for every value a document kind may use: a template is filled with them, and
 * with none at all, before it is deployed, so that an error shows then and not at a case's step. Administrators see
 * the same specimen when they preview a template.
 */
final class Specimens {

    private static final Map<String, Object> VALUES = new HashMap<>();

    static {
        put("agencyName", "某某市市场监督管理局");
        put("documentTitle", "文书样张");
        put("documentNumber", "某市监罚〔2026〕1号");
        put("documentDate", "2026年3月5日");
        put("verificationCode", "ABCD-EFGH-JKMN");
        put("verifyAddress", "https://zhifa.example.gov.cn/portal/documents/verify");
        put("caseNumber", "ZF-2026-000001");
        put("partyName", "王𠮷");
        put("partyType", "person");
        put("partyIdNumber", "530102199001011231");
        put("legalRepresentative", "李四");
        put("partyAddress", "某某市某某区某某路 1 号");
        put("applicantName", "某某食品有限公司");
        put("applicantIdNumber", "91530100MA6K7XXXXX");
        put("serviceItemName", "食品经营许可");
        put("applicationNumber", "SQ-2026-000001");
        put("caseCause", "销售过期食品");
        put("facts", "经查，当事人于 2026 年 1 月销售超过保质期的食品 20 箱。");
        put("evidenceList", "现场检查笔录、询问笔录、照片 12 张");
        put("statementMade", true);
        put("statementSummary", "当事人称系仓库管理疏忽。");
        put("hearingHeld", true);
        put("hearingHeldAt", "2026年2月20日");
        put("legalBasis", "《中华人民共和国食品安全法》第一百二十四条");
        put("discretionRule", "初次违法，主动改正，从轻处罚");
        put("penalties", List.of(Documents.penalty("罚款", new BigDecimal("20000"), null),
                Documents.penalty("没收违法所得", new BigDecimal("1500"), null),
                Documents.penalty("没收非法财物", null, "过期食品 20 箱")));
        put("fined", true);
        put("proposedDetails", "当事人销售超过保质期的食品，违反《中华人民共和国食品安全法》第三十四条。");
        put("proposedPenalties", List.of(Documents.penalty("罚款", new BigDecimal("20000"), null)));
        put("hearingRight", true);
        put("hearingRequestLastDay", "2026年3月12日");
        put("receivedAt", "2026年3月1日");
        put("acceptedAt", "2026年3月2日");
        put("missingMaterials", "1. 营业执照复印件；2. 食品安全管理制度文本");
        put("noticeNotes", "复印件须加盖公章");
        put("decisionLastDay", "2026年3月30日");
        put("rejectionReason", "申请事项不属于本机关职权范围");
        put("serviceItemLegalBasis", "《中华人民共和国食品安全法》第三十五条");
        put("certificateName", "食品经营许可证");
        put("certificateNumber", "SPJY-2026-000001");
        put("decisionReasons", "经营场所与有毒、有害场所的距离不符合要求");
    }

    private Specimens() {
    }

    private static void put(String name, Object value) {
        VALUES.put(name, value);
    }

    /** The specimen values of a kind. */
    static Map<String, Object> of(DocumentKind kind) {
        Map<String, Object> values = new HashMap<>();
        kind.names().forEach(name -> values.put(name, VALUES.get(name)));
        values.put("documentTitle", kind.title());
        return values;
    }

    /** Whether every value of every kind has a specimen. */
    static boolean complete() {
        return java.util.stream.Stream.of(DocumentKind.values()).allMatch(k -> VALUES.keySet().containsAll(k.names()));
    }
}
