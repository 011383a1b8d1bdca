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
        put("caseSource", "投诉、举报");
        put("sourceDetail", "消费者来电投诉");
        put("reportedAt", "2026年1月10日");
        put("filingDecision", "同意立案");
        put("filingOpinion", "有违法嫌疑，符合立案条件");
        put("approverName", "孙七");
        put("questionedPerson", "王𠮷");
        put("questionedRole", "当事人");
        put("questionedAt", "2026年1月15日");
        put("questioningPlace", "某某市市场监督管理局询问室");
        put("transcriptSummary", "问：你是否知道所售食品已过保质期？答：不知道。");
        put("officerNames", "张三（53010012345）、李四（53010012346）");
        put("inspectedAt", "2026年1月12日");
        put("inspectionPlace", "某某区某某路 1 号店铺");
        put("personsPresent", "王𠮷（店主）");
        put("inspectionFindings", "货架上陈列超过保质期的食品 20 箱。");
        put("hearingAt", "2026年2月20日 09:30");
        put("hearingPlace", "某某市市场监督管理局听证室");
        put("presidingOfficerName", "赵六");
        put("hearingPublic", true);
        put("partyAttended", true);
        put("hearingRecord", "当事人陈述：系初次违法。调查人员出示证据……");
        put("presidingOpinion", "事实清楚，建议从轻处罚");
        put("legalReviewReasons", "拟作出较大数额罚款");
        put("checks", List.of(Documents.check("执法主体合法，未超越职权", true), Documents.check("案件事实清楚", true)));
        put("legalDecision", "同意");
        put("legalOpinion", "事实清楚，证据充分，适用依据正确，程序合法，裁量适当。");
        put("reviewerName", "赵六");
        put("servedDocument", "行政处罚决定书（某市监罚〔2026〕1号）");
        put("serviceMethod", "直接送达");
        put("servedAt", "2026年3月6日");
        put("recipient", "王𠮷");
        put("receiptNumber", "SD-2026-0001");
        put("servedBy", "张三");
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
