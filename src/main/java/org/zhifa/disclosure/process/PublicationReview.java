package org.zhifa.disclosure.process;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.disclosure.Redactor;

/**
 * The disclosure officer's review (PM12: who enters is responsible; internal review before publication), checked on
 * the server for every client: a choice; for publishing, the summary fields, and no personal data the rules still
 * find in any published text, nor a natural person's full name (PM10, PM20.4); for withholding, a PM11 ground and its
 * reason; publishing despite trade secrets or privacy needs the basis (consent or public interest, PM11).
 * Used as {@code publicationReview} on the review task's complete event.
 */
@Component("publicationReview")
class PublicationReview implements TaskListener {

    private static final Set<String> GROUNDS = Set.of("PM11.2", "PM11.3", "PM11.4", "PM11.5");
    private final Redactor redactor;

    PublicationReview(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldError> errors = new ArrayList<>();
        String choice = text(task, CHOICE);
        if ("publish".equals(choice)) {
            checkPublication(task, errors);
        } else if ("withhold".equals(choice)) {
            String ground = text(task, GROUND);
            if (ground == null || !GROUNDS.contains(ground)) {
                errors.add(new FieldError(GROUND, "不予公示的情形", "应选择《公示办法》第十一条所列情形之一"));
            }
            if (text(task, REASON) == null) {
                errors.add(new FieldError(REASON, "不予公示的理由", "必须填写"));
            }
        } else {
            errors.add(new FieldError(CHOICE, "审核结论", "应选择公示或不予公示"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(task.getName(), errors);
        }
    }

    private void checkPublication(DelegateTask task, List<FieldError> errors) {
        String form = text(task, FORM);
        if (!"summary".equals(form) && !"full".equals(form)) {
            errors.add(new FieldError(FORM, "公示方式", "应为摘要或全文"));
        }
        require(task, CASE_NAME, "案件名称", errors);
        require(task, PARTY_SHOWN, "当事人", errors);
        require(task, DECISION, "处理决定", errors);
        if ("full".equals(form)) {
            require(task, FULL_TEXT, "公示全文", errors);
        }
        String basis = text(task, EXCEPTION_BASIS);
        if (Boolean.TRUE.equals(task.getVariable(SECRETS))
                && (basis == null || !Set.of("consent", "publicInterest").contains(basis))) {
            errors.add(new FieldError(EXCEPTION_BASIS, "例外公示的依据", "涉及商业秘密或者个人隐私的，应选择权利人同意或者公共利益需要"));
        }
        String fullName = "person".equals(text(task, "partyType")) ? text(task, "partyName") : null;
        for (String field : List.of(CASE_NAME, PARTY_SHOWN, FACTS, LEGAL_BASIS, DECISION, FULL_TEXT)) {
            if (FULL_TEXT.equals(field) && !"full".equals(form)) {
                continue;
            }
            String value = text(task, field);
            if (value == null) {
                continue;
            }
            List<String> leaks = redactor.leaks(value).stream()
                    .map(m -> m.label() + "“" + value.substring(m.start(), m.end()) + "”").toList();
            if (!leaks.isEmpty()) {
                errors.add(new FieldError(field, "公示内容", "仍含应隐去的个人信息：" + String.join("、", leaks)));
            }
            if (fullName != null && fullName.length() >= 2 && value.contains(fullName)) {
                errors.add(new FieldError(field, "公示内容", "含有当事人（自然人）的全名，应只公示姓氏"));
            }
        }
    }

    private static void require(DelegateTask task, String name, String label, List<FieldError> errors) {
        if (text(task, name) == null) {
            errors.add(new FieldError(name, label, "必须填写"));
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
