package org.zhifa.cases.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.identity.Roles;

/** Convenes the collective discussion (RM11.16): every member of the committee group gives an opinion. */
@Component("committeeConvening")
class CommitteeConvening implements JavaDelegate {

    private final IdentityService identityService;

    CommitteeConvening(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> members = identityService.createUserQuery().memberOfGroup(Roles.COMMITTEE).orderByUserId().asc()
                .list().stream().map(User::getId).toList();
        if (members.size() < 2) {
            throw new InvalidSubmissionException("召集集体讨论", List.of(new FieldError("committeeMembers", "集体讨论成员",
                    "集体讨论岗位（committee）至少需要两名成员，现有 " + members.size() + " 名，请管理员设置")));
        }
        execution.setVariable("committeeMembers", members);
    }
}
