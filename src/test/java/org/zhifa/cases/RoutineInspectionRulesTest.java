package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.CaseVariables;
import org.zhifa.cases.process.RoutineInspectionProcess;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.directory.Officer;
import org.zhifa.engine.InvalidSubmissionException;

/**
 * {@code bpmn/routine-inspection.bpmn} with the server's rules: an inspection belongs to the agency of the officer
 * who plans it (RM11.2), so its on-site step offers and takes that agency's officers only (RM11.4); nobody without a
 * certificate plans one.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class RoutineInspectionRulesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Directory directory;

    OfficerCaseFixtures users;

    @BeforeEach
    void setUp() {
        users = new OfficerCaseFixtures(engine);
    }

    @Test
    void anInspectionBelongsToItsPlannersAgencyAndTakesOnlyItsOfficers() {
        directory.saveAgency(new Agency("ZF-TEST-WH", "测试用五华区市场监督管理局", "测五华市监"));
        directory.saveOfficer(new Officer("53010077801", "赵外调", "ZF-TEST-WH", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2029, 12, 31)));
        ProcessInstance inspection = plan("zhangsan");

        assertThat(variable(inspection, CaseVariables.AGENCY_CODE)).isEqualTo("KMSJ");
        assertThat(variable(inspection, CaseVariables.AGENCY_NAME)).isEqualTo(directory.agency("KMSJ").orElseThrow()
                .getName());
        Task onSite = task(inspection);
        assertThat(engine.getTaskService().getVariableLocal(onSite.getId(), "officerOptions").toString())
                .contains("张三（执法证号 53010012345）").doesNotContain("53010077801");
        assertThatThrownBy(() -> complete(onSite, onSite("53010012345", "53010077801")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("officer2Certificate")
                .hasMessageContaining("不是本步骤可选的值");

        complete(onSite, onSite("53010012345", "53010012346"));
        assertThat(variable(inspection, "officerNames")).isEqualTo("张三、李四");
        assertThat(variable(inspection, "officerUserIds")).isEqualTo("zhangsan,lisi");
    }

    @Test
    void nobodyWithoutACertificatePlansAnInspection() {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("zhouwuzheng").singleResult() == null) {
            User user = identity.newUser("zhouwuzheng");
            user.setFirstName("周无证");
            identity.saveUser(user);
            identity.createMembership("zhouwuzheng", "handler");
        }
        assertThatThrownBy(() -> plan("zhouwuzheng")).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("initiator").hasMessageContaining("不是登记在册的执法人员");
        // the Java API without a logged-in user: no agency, so no inspection
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY,
                planned())).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("检查立项须由登录的执法人员提交");
    }

    private ProcessInstance plan(String user) {
        return users.as(user, () -> engine.getRuntimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY,
                planned()));
    }

    private static Map<String, Object> planned() {
        return Map.of("subjectName", "昆明某商贸有限公司", "subjectAddress", "昆明市五华区", "source", "random",
                "inspectionItems", "食品经营许可事项", "plannedDate", "2026-11-27");
    }

    private static Map<String, Object> onSite(String first, String second) {
        return Map.of("inspectionDate", "2026-11-27", "officer1Certificate", first, "officer2Certificate", second,
                "certificatesShown", true, "findings", "发现超过保质期的食品", "violationFound", true);
    }

    private Task task(ProcessInstance inspection) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(inspection.getId()).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private void complete(Task task, Map<String, Object> values) {
        users.as("zhangsan", () -> {
            engine.getTaskService().claim(task.getId(), "zhangsan");
            engine.getTaskService().complete(task.getId(), Variables.fromMap(values));
            return null;
        });
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }
}
