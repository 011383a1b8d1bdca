package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.FilingRules.notInFuture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.OfficerCaseSettings;

/**
 * Service (RM11.18), performance with the late-payment surcharge (RM11.19), compulsory execution (RM11.20),
 * disposal of confiscated items (RM11.21) and archiving (RM20).
 */
final class ExecutionRules {

    /** When the 催告书's period ends and the agency may execute or apply to the court (a case variable). */
    static final String EXECUTION_EARLIEST_DAY = "executionEarliestDay";
    /** Working days the 催告书 gives the party (Coercion Law Art. 54, 69: periods of ten days or less are working days). */
    static final int REMINDER_DAYS = 10;
    static final long SURCHARGE_DAYS_BEFORE_EXECUTION = 30;
    static final int LITIGATION_MONTHS = 6;
    static final int APPLICATION_MONTHS = 3;

    private final OfficerCaseSettings settings;
    private final WorkingDays workingDays;

    ExecutionRules(OfficerCaseSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    void register(Map<String, StepRule> rules) {
        rules.put(OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, this::service);
        rules.put(OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, this::performance);
        rules.put(OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION, this::execution);
        rules.put(OfficerInitiatedCaseProcess.TASK_DISPOSE_CONFISCATED, s -> {
            s.choice("disposalMethod", "处理方式", "auction", "destroy", "transfer", "other");
            notInFuture(s, "disposedAt", "处理日期", s.date("disposedAt", "处理日期"));
            s.text("disposalDetails", "处理情况");
            s.optionalMoney("proceeds", "拍卖款（元）");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_ARCHIVE, s -> {
            notInFuture(s, "archivedAt", "归档日期", s.date("archivedAt", "归档日期"));
            s.text("dossierNumber", "卷宗号");
            s.wholeNumber("retentionYears", "保管期限（年）", 1, 100);
        });
    }

    private void service(Submission s) {
        String method = s.choice("serviceMethod", "送达方式", "inPerson", "lodged", "post", "entrusted", "electronic",
                "announcement");
        LocalDate served = s.date("servedAt", "送达日期");
        notInFuture(s, "servedAt", "送达日期", served);
        s.text("recipient", "签收人");
        if ("electronic".equals(method)) {
            if (!s.flag("electronicConsent")) {
                s.reject("electronicConsent", "当事人同意并签订确认书采用电子送达", "电子送达须经当事人同意并签订确认书（《行政处罚法》第六十一条）");
            }
            s.text("electronicAddress", "电子送达地址");
        }
        LocalDate decided = s.optionalDate(DECISION_DATE, "决定日期");
        if (served != null && decided != null && served.isBefore(decided)) {
            s.reject("servedAt", "送达日期", "不能早于决定日期 " + decided);
        }
        if (served != null && s.valid()) {
            LocalDate lastDay = served.plusDays(settings.paymentDays());
            s.set("paymentLastDay", lastDay.toString());
            s.set("paymentDueEnds", Deadline.endOf(lastDay, s.zone()));
        }
    }

    private void performance(Submission s) {
        String performance = s.choice("performance", "履行情况", "fully", "notPerformed");
        BigDecimal fine = s.optionalMoney("fineAmount", "罚款金额（元）");
        LocalDate lastDay = LocalDate.parse((String) s.get("paymentLastDay"));
        LocalDate paidAt = null;
        BigDecimal paid = null;
        if ("fully".equals(performance)) {
            paidAt = s.date("paidAt", "缴纳（履行）日期");
            notInFuture(s, "paidAt", "缴纳（履行）日期", paidAt);
            paid = fine == null ? s.optionalMoney("paidAmount", "实缴金额（元）") : s.money("paidAmount", "实缴金额（元）");
        }
        if (!s.valid()) {
            return;
        }
        LocalDate asOf = paidAt != null ? paidAt : s.today();
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(lastDay, asOf));
        BigDecimal surcharge = surcharge(fine, daysLate);
        BigDecimal due = due(fine, surcharge);
        if (paid != null && paid.compareTo(due) < 0) {
            s.reject("paidAmount", "实缴金额（元）", "应缴 " + due.toPlainString() + " 元（罚款 " + fine.toPlainString()
                    + " 元，逾期 " + daysLate + " 日加处罚款 " + surcharge.toPlainString() + " 元），实缴不足的应按未履行处理");
            return;
        }
        s.set("surchargeDays", daysLate);
        s.set("surcharge", surcharge.toPlainString());
        s.set("amountDue", due.toPlainString());
        if ("notPerformed".equals(performance)) {
            if (!s.today().isAfter(lastDay)) {
                s.reject("performance", "履行情况", "缴纳期限至 " + lastDay + " 尚未届满，不能记录为逾期未履行");
                return;
            }
            // the 催告书 issued now gives the party ten working days (Coercion Law Art. 35, 54, 69)
            s.set(EXECUTION_EARLIEST_DAY, workingDays.after(s.today(), REMINDER_DAYS).plusDays(1).toString());
        }
    }

    /**
     * Coercion Law: after the 催告书's ten working days (Art. 35, 54, 69); the agency itself only once the surcharge has
     * run more than thirty days by the day it executes (Art. 46); the court only within three months after the party's
     * time to sue (six months from service, Administrative Litigation Law Art. 46) has run out (Art. 53). An agency
     * that will not execute (the time to apply has passed, say) records why. The surcharge and the sum due are
     * counted again to the day of execution.
     */
    private void execution(Submission s) {
        String method = s.choice("executionMethod", "执行方式", "own", "court", "none");
        if ("court".equals(method)) {
            s.text("court", "受理法院");
        }
        LocalDate applied = s.date("executionAppliedAt", "执行（申请）日期");
        notInFuture(s, "executionAppliedAt", "执行（申请）日期", applied);
        s.text("executionOutcome", "执行情况");
        s.optionalMoney("executedAmount", "执行到位金额（元）");
        if (applied == null || !s.valid() || "none".equals(method)) {
            return;
        }
        String earliest = (String) s.get(EXECUTION_EARLIEST_DAY);
        if (earliest != null && applied.isBefore(LocalDate.parse(earliest))) {
            s.reject("executionAppliedAt", "执行（申请）日期", "催告书给予当事人十个工作日履行期限，" + earliest
                    + " 前不能强制执行或者申请强制执行（《行政强制法》第三十五条、第五十四条、第六十九条）");
        }
        LocalDate lastDay = s.optionalDate("paymentLastDay", "缴纳期限最后一日");
        long daysLate = lastDay == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(lastDay, applied));
        if ("own".equals(method) && daysLate <= SURCHARGE_DAYS_BEFORE_EXECUTION) {
            s.reject("executionMethod", "执行方式", "加处罚款超过三十日、经催告仍不履行的，方可依法自行强制执行（《行政强制法》"
                    + "第四十六条）；至 " + applied + " 逾期 " + daysLate + " 日");
        }
        LocalDate served = s.optionalDate("servedAt", "送达日期");
        if ("court".equals(method) && served != null) {
            LocalDate suable = served.plusMonths(LITIGATION_MONTHS);
            if (!applied.isAfter(suable)) {
                s.reject("executionAppliedAt", "执行（申请）日期", "当事人可以在 " + suable + " 前提起行政诉讼，期限届满后方可申请"
                        + "人民法院强制执行（《行政强制法》第五十三条）");
            } else if (applied.isAfter(suable.plusMonths(APPLICATION_MONTHS))) {
                s.reject("executionAppliedAt", "执行（申请）日期", "应当自 " + suable + " 起三个月内申请人民法院强制执行"
                        + "（《行政强制法》第五十三条），已经超过；不再强制执行的，请选择“不再强制执行”并写明原因");
            }
        }
        if (s.valid()) {
            BigDecimal fine = s.optionalMoney("fineAmount", "罚款金额（元）");
            BigDecimal surcharge = surcharge(fine, daysLate);
            s.set("surchargeDays", daysLate);
            s.set("surcharge", surcharge.toPlainString());
            s.set("amountDue", due(fine, surcharge).toPlainString());
        }
    }

    /** The fine and its surcharge together. */
    private static BigDecimal due(BigDecimal fine, BigDecimal surcharge) {
        return (fine == null ? BigDecimal.ZERO : fine).add(surcharge).setScale(2, RoundingMode.HALF_UP);
    }

    /** Penalty Law Art. 72: 3% of the fine a day late, never more than the fine itself. */
    BigDecimal surcharge(BigDecimal fine, long daysLate) {
        if (fine == null || daysLate <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal accrued = fine.multiply(settings.surchargeRatePerDay()).multiply(BigDecimal.valueOf(daysLate));
        return accrued.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
