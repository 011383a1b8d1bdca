package org.zhifa.cases.internal;

import static org.zhifa.cases.process.ApplicationCaseProcess.ACCEPTED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.APPLICATION_NUMBER;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_TEXT;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_LEGAL_BASIS;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;
import static org.zhifa.cases.process.CaseVariables.CASE_NUMBER;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;


/**
 * The text of the documents a case produces, as HTML with the structure and wording of the standard forms: notice
 * of the party's rights (行政处罚事先告知书) and the decision (行政处罚决定书 / 不予行政处罚决定书). Each takes the case's
 * values by name from where the caller keeps them: the decision from what its steps recorded and was reviewed.
 */
public final class DocumentTexts {

    public static final Map<String, String> PENALTY_NAMES = Map.ofEntries(Map.entry("noPenalty", "不予行政处罚"),
            Map.entry("warning", "警告、通报批评"), Map.entry("fine", "罚款"), Map.entry("confiscateGains", "没收违法所得"),
            Map.entry("confiscateItems", "没收非法财物"), Map.entry("suspendLicence", "暂扣许可证件"),
            Map.entry("lowerQualification", "降低资质等级"), Map.entry("revokeLicence", "吊销许可证件"),
            Map.entry("restrictBusiness", "限制开展生产经营活动"), Map.entry("suspendBusiness", "责令停产停业"),
            Map.entry("closeBusiness", "责令关闭"), Map.entry("restrictPractice", "限制从业"),
            Map.entry("other", "其他行政处罚"));

    private DocumentTexts() {
    }

    public static byte[] decision(Function<String, Object> c, String number, String date, List<String> penalties) {
        boolean none = penalties.contains(Penalties.NO_PENALTY);
        String title = none ? "不予行政处罚决定书" : "行政处罚决定书";
        StringBuilder body = new StringBuilder();
        body.append(party(c));
        body.append(p("当事人" + v(c, PARTY_NAME) + "涉嫌" + v(c, "caseCause") + "一案，本机关依法立案调查。"));
        body.append(h("违法事实及证据")).append(p(v(c, "facts"))).append(p("上述事实有以下证据证明：" + v(c, "evidenceList")));
        body.append(h("陈述、申辩及听证情况")).append(p(hearing(c)));
        body.append(h("处罚依据及裁量")).append(p(v(c, "legalBasis"))).append(p("裁量情节：" + v(c, "discretionRule")));
        body.append(h("处理决定"));
        if (none) {
            body.append(p("根据上述事实和依据，本机关决定对当事人不予行政处罚。"));
        } else {
            StringBuilder decided = new StringBuilder("根据上述事实和依据，本机关决定对当事人作出如下行政处罚：");
            int i = 1;
            for (String penalty : penalties) {
                decided.append(i++).append(". ").append(PENALTY_NAMES.getOrDefault(penalty, penalty));
                if (penalty.equals(Penalties.FINE)) {
                    decided.append(" 人民币 ").append(v(c, "fineAmount")).append(" 元");
                }
                if (penalty.equals(Penalties.CONFISCATE_GAINS)) {
                    decided.append(" 人民币 ").append(v(c, "illegalGains")).append(" 元");
                }
                if (penalty.equals(Penalties.CONFISCATE_ITEMS)) {
                    decided.append("：").append(v(c, "confiscatedItems"));
                }
                decided.append("；");
            }
            body.append(p(decided.toString()));
            if (penalties.contains(Penalties.FINE)) {
                body.append(p("当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，"
                        + "加处罚款的数额不超过罚款的数额（《中华人民共和国行政处罚法》第六十七条、第七十二条）。"));
            }
        }
        body.append(p("当事人如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。"
                + "行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。"));
        return page(title, number, c, date, body.toString());
    }

    public static byte[] rightsNotice(Function<String, Object> c, String date, List<String> penalties, boolean hearingRight, String lastDay) {
        StringBuilder body = new StringBuilder(party(c));
        StringBuilder proposed = new StringBuilder();
        for (String penalty : penalties) {
            proposed.append(PENALTY_NAMES.getOrDefault(penalty, penalty));
            if (penalty.equals(Penalties.FINE)) {
                proposed.append(" 人民币 ").append(v(c, "proposedFine")).append(" 元");
            }
            proposed.append("；");
        }
        body.append(p("本机关对你（单位）" + v(c, "caseCause") + "一案进行了调查。拟作出行政处罚的事实、理由和依据如下："
                + v(c, "proposedDetails")));
        body.append(p("本机关拟对你（单位）作出如下行政处罚：" + proposed));
        body.append(p("根据《中华人民共和国行政处罚法》第四十四条、第四十五条，你（单位）享有陈述、申辩的权利；"
                + "认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，有权申请回避。"));
        if (hearingRight) {
            body.append(p("根据《中华人民共和国行政处罚法》第六十三条、第六十四条，你（单位）有权要求听证。要求听证的，应当在收到本告知书后五个工作日内"
                    + "（即不晚于 " + lastDay + "）提出；逾期未提出的，视为放弃听证权利。"));
        }
        return page("行政处罚事先告知书", null, c, date, body.toString());
    }

    public static byte[] supplementNotice(Function<String, Object> c, String date) {
        String notes = c.apply("noticeNotes") == null ? "" : p("其他需要补正的内容：" + v(c, "noticeNotes"));
        return page("补正材料通知书", null, c, date, applicant(c)
                + p("你（单位）于 " + v(c, RECEIVED_AT) + " 提出的" + v(c, SERVICE_ITEM_NAME) + "申请（申请编号 "
                        + v(c, APPLICATION_NUMBER) + "），申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》"
                        + "第三十二条，现一次性告知你（单位）需要补正的全部内容：")
                + p(v(c, MISSING_MATERIALS_TEXT)) + notes
                + p("补正材料齐全后，本机关将依法受理。可凭申请编号和查询码查询办理进度。"));
    }

    public static byte[] acceptanceNotice(Function<String, Object> c, String date) {
        return page("受理通知书", null, c, date, applicant(c)
                + p("你（单位）提出的" + v(c, SERVICE_ITEM_NAME) + "申请（申请编号 " + v(c, APPLICATION_NUMBER)
                        + "），申请材料齐全、符合法定形式，本机关决定于 " + v(c, ACCEPTED_AT) + " 予以受理。")
                + p("本机关将在 " + v(c, DECISION_LAST_DAY) + " 前作出决定；依法需要听证、检验、检测、鉴定和专家评审的，所需时间不计算在内。"));
    }

    public static byte[] nonAcceptance(Function<String, Object> c, String date) {
        return page("不予受理决定书", null, c, date, applicant(c)
                + p("你（单位）提出的" + v(c, SERVICE_ITEM_NAME) + "申请（申请编号 " + v(c, APPLICATION_NUMBER)
                        + "），经审查，本机关决定不予受理。理由：" + v(c, "rejectionReason"))
                + p(REMEDIES));
    }

    public static byte[] licensingDecision(Function<String, Object> c, String number, String date, boolean granted) {
        String body = applicant(c) + p("你（单位）于 " + v(c, RECEIVED_AT) + " 提出的" + v(c, SERVICE_ITEM_NAME)
                + "申请，本机关于 " + v(c, ACCEPTED_AT) + " 受理。经审查，");
        if (granted) {
            body += p("你（单位）的申请符合法定条件、标准，根据" + v(c, SERVICE_ITEM_LEGAL_BASIS) + "，本机关决定准予行政许可，颁发"
                    + v(c, "certificateName") + "（编号 " + v(c, "certificateNumber") + "）。");
        } else {
            body += p("你（单位）的申请不符合法定条件、标准，本机关决定不予行政许可。理由：" + v(c, "decisionReasons")) + p(REMEDIES);
        }
        return page(granted ? "准予行政许可决定书" : "不予行政许可决定书", number, c, date, body);
    }

    private static final String REMEDIES = "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。";

    private static String applicant(Function<String, Object> c) {
        return p("申请人：" + v(c, APPLICANT_NAME) + "　证件号码：" + v(c, "applicantIdNumber"));
    }

    private static String hearing(Function<String, Object> c) {
        String response = Boolean.TRUE.equals(c.apply("statementMade")) ? "当事人进行了陈述、申辩：" + v(c, "statementSummary")
                : "当事人在规定期限内未进行陈述、申辩。";
        if (Boolean.TRUE.equals(c.apply("hearingHeld"))) {
            response += "本机关依当事人申请于 " + v(c, "hearingHeldAt") + " 举行了听证。";
        }
        return response;
    }

    private static String party(Function<String, Object> c) {
        StringBuilder party = new StringBuilder("当事人：" + v(c, PARTY_NAME));
        if ("organisation".equals(c.apply("partyType"))) {
            party.append("　统一社会信用代码：").append(v(c, "partyIdNumber"));
            if (c.apply("legalRepresentative") != null) {
                party.append("　法定代表人：").append(v(c, "legalRepresentative"));
            }
        } else {
            party.append("　身份证号码：").append(v(c, "partyIdNumber"));
        }
        if (c.apply("partyAddress") != null) {
            party.append("　住所：").append(v(c, "partyAddress"));
        }
        return p(party.toString());
    }

    private static byte[] page(String title, String number, Function<String, Object> c, String date, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + esc(title)
                + "</title><style>body{font-family:'FangSong','STFangsong',serif;max-width:42em;margin:2em auto;line-height:1.8}"
                + "h1,h2{text-align:center;font-family:'SimHei','STHeiti',sans-serif}.number{text-align:right}"
                + ".sign{text-align:right;margin-top:3em}</style></head><body>\n"
                + "<h2>" + v(c, AGENCY_NAME) + "</h2>\n<h1>" + esc(title) + "</h1>\n"
                + (number == null ? "" : "<p class=\"number\">" + esc(number) + "</p>\n")
                + body
                + "<p class=\"sign\">" + v(c, AGENCY_NAME) + "<br>" + esc(date) + "</p>\n"
                + "<p>案件编号：" + esc(String.valueOf(c.apply(CASE_NUMBER))) + "</p>\n</body></html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String h(String heading) {
        return "<h3>" + esc(heading) + "</h3>\n";
    }

    private static String p(String text) {
        return "<p>" + text + "</p>\n";
    }

    /** A value of the case, HTML-escaped; empty when missing. */
    private static String v(Function<String, Object> c, String name) {
        Object value = c.apply(name);
        return value == null ? "" : esc(value.toString());
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
