package org.zhifa.cases.internal;

import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION;
import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_COMMITTEE_OPINION;
import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION;
import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW;
import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of the review documents of a penalty case (案件处理审批表, 集体讨论记录): the handler's latest opinion and
 * every review of it since, as the case's record keeps them — not as case variables a later step could have changed.
 */
public final class ReviewRecordValues {

    private ReviewRecordValues() {
    }

    /** 案件处理审批表, issued when the head decides: the opinion, the unit's, legal and collective reviews, the head's. */
    public static Map<String, Object> caseApproval(StepValues v) {
        Map<String, Object> values = InvestigationRecordValues.withCause(v);
        StepValues.Run handler = v.last(TASK_HANDLER_OPINION, null);
        Function<String, Object> opinion = handler == null ? name -> null : handler.values()::get;
        for (String name : List.of("facts", "evidenceList", "legalBasis", "discretionRule")) {
            values.put(name, CaseValues.text(opinion, name));
        }
        values.put("proposedDecision", penalties(opinion));
        List<Map<String, Object>> reviews = new ArrayList<>();
        if (handler != null) {
            reviews.add(review("承办人意见", handler.text("opinion"), null, handler.actor(), handler.date()));
        }
        StepValues.Run unit = v.last(TASK_UNIT_REVIEW, TASK_HANDLER_OPINION);
        if (unit != null) {
            reviews.add(review("承办机构意见", v.label(unit, "unitDecision"), unit.text("unitOpinion"), unit.actor(),
                    unit.date()));
        }
        StepValues.Run legal = v.last(TASK_LEGAL_REVIEW, TASK_HANDLER_OPINION);
        if (legal != null) {
            reviews.add(review("法制审核意见", v.label(legal, "legalDecision"), legal.text("legalOpinion"), legal.actor(),
                    legal.date()));
        }
        StepValues.Run committee = v.last(TASK_COMMITTEE_CONCLUSION, TASK_HANDLER_OPINION);
        if (committee != null) {
            reviews.add(review("集体讨论决定", v.label(committee, "committeeConclusion"), committee.text("conclusionText"),
                    committee.actor(), committee.date()));
        }
        reviews.add(review("负责人意见", v.label("leaderDecision"), v.text("leaderOpinion"), v.actor(),
                DocumentValues.date(v.today())));
        values.put("reviews", reviews);
        return values;
    }

    /** 集体讨论记录, issued when the discussion concludes: each member's opinion on the latest handler opinion. */
    public static Map<String, Object> committee(StepValues v) {
        Map<String, Object> values = InvestigationRecordValues.withCause(v);
        StepValues.Run handler = v.last(TASK_HANDLER_OPINION, null);
        values.put("facts", handler == null ? null : handler.text("facts"));
        values.put("opinion", handler == null ? null : handler.text("opinion"));
        List<Map<String, Object>> members = new ArrayList<>();
        for (StepValues.Run member : v.runs().apply(TASK_COMMITTEE_OPINION, TASK_HANDLER_OPINION)) {
            Map<String, Object> said = new HashMap<>();
            said.put("name", member.actor());
            said.put("opinion", v.label(member, "memberOpinion"));
            said.put("reason", member.text("memberReason"));
            members.add(said);
        }
        values.put("members", members);
        values.put("committeeConclusion", v.label("committeeConclusion"));
        values.put("conclusionText", v.text("conclusionText"));
        values.put("chairName", v.actor());
        return values;
    }

    /** The penalties of an opinion or decision as one line: 警告；罚款 人民币 5000.00 元. */
    static String penalties(Function<String, Object> c) {
        List<String> lines = new ArrayList<>();
        for (String penalty : CaseValues.list(c.apply("penalties"))) {
            String line = DocumentValues.PENALTY_NAMES.getOrDefault(penalty, penalty);
            String amount = penalty.equals(Penalties.FINE) ? ExecutionRecordValues.amount(c.apply("fineAmount"))
                    : penalty.equals(Penalties.CONFISCATE_GAINS) ? ExecutionRecordValues.amount(c.apply("illegalGains"))
                            : null;
            if (amount != null) {
                line += " 人民币 " + amount + " 元";
            }
            if (penalty.equals(Penalties.CONFISCATE_ITEMS) && c.apply("confiscatedItems") != null) {
                line += "：" + c.apply("confiscatedItems");
            }
            lines.add(line);
        }
        return lines.isEmpty() ? null : String.join("；", lines);
    }

    private static Map<String, Object> review(String stage, String decision, String opinion, String name, String date) {
        Map<String, Object> review = new HashMap<>();
        review.put("stage", stage);
        review.put("decision", decision);
        review.put("opinion", opinion);
        review.put("name", name);
        review.put("date", date);
        return review;
    }
}
