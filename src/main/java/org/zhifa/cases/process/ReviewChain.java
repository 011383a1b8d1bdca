package org.zhifa.cases.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhifa.record.RecordEntry;

/**
 * Whether the decision about to be issued went through every review its opinion needed, as the case's record tells:
 * after the latest opinion, the unit's approval (RM11.14), the assessment, the legal review's approval where it was
 * required (RM11.15), the collective discussion's conclusion where it was required (RM11.16), and the leader's
 * approval (RM11.17). Moving the case past a step (an administrator's modification) does not make a decision.
 */
final class ReviewChain {

    private ReviewChain() {
    }

    /** What is missing, or null if the reviews are all there. */
    static String missing(RecordedCase record) {
        List<RecordEntry> entries = record.entries();
        int opinion = last(entries, OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION, entries.size());
        if (opinion < 0) {
            return "没有承办人处理意见（RM11.13）";
        }
        int unit = next(entries, opinion, OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW);
        if (unit < 0 || !"approve".equals(value(entries, unit, "unitDecision"))) {
            return "处理意见未经承办机构审核同意（RM11.14）";
        }
        int assessment = next(entries, unit, OfficerInitiatedCaseProcess.TASK_ASSESS_MAJOR_DECISION);
        if (assessment < 0) {
            return "未判定法制审核、集体讨论情形";
        }
        int reviewed = assessment;
        if (Boolean.TRUE.equals(value(entries, assessment, "legalReviewRequired"))) {
            int legal = next(entries, assessment, OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW);
            if (legal < 0 || !"approve".equals(value(entries, legal, "legalDecision"))) {
                return "须法制审核，但没有同意的法制审核意见（RM11.15）";
            }
            reviewed = legal;
        }
        if (Boolean.TRUE.equals(value(entries, assessment, "collectiveDiscussionRequired"))) {
            int conclusion = next(entries, reviewed, OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION);
            if (conclusion < 0 || !Set.of("agree", "modify").contains(value(entries, conclusion, "committeeConclusion"))) {
                return "须集体讨论，但没有集体讨论决定（RM11.16）";
            }
            reviewed = conclusion;
        }
        int leader = next(entries, reviewed, OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL);
        if (leader < 0 || !"approve".equals(value(entries, leader, "leaderDecision"))) {
            return "没有行政机关负责人的批准（RM11.17）";
        }
        return null;
    }

    private static int last(List<RecordEntry> entries, String activity, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (entries.get(i).getActivityId().equals(activity) && completed(entries.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first completed run of the activity after position {@code after}, unless the opinion came again first. */
    private static int next(List<RecordEntry> entries, int after, String activity) {
        for (int i = after + 1; i < entries.size(); i++) {
            RecordEntry entry = entries.get(i);
            if (entry.getActivityId().equals(activity) && completed(entry)) {
                return i;
            }
        }
        return -1;
    }

    private static Object value(List<RecordEntry> entries, int index, String name) {
        Map<String, Object> values = RecordedCase.values(entries.get(index));
        return values.get(name);
    }

    private static boolean completed(RecordEntry entry) {
        Object outcome = RecordedCase.detail(entry).get("outcome");
        return outcome == null || "completed".equals(outcome);
    }
}
