package org.zhifa.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member starts with, in Chinese: my tasks, my groups' tasks, due within three days,
 * overdue, cases near their 90-day deadline (every case step carries it as its follow-up date), everything I may work
 * on. Created once by name; an administrator may change them afterwards.
 */
@Component
@Order(10)
class TasklistFilters implements InitializingBean {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void afterPropertiesSet() {
        ensure("我的待办", "分配给我的任务", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("本组待办", "我所在岗位可以认领的任务", -5, taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensure("三日内到期", "三天内到期的我或本组的任务", 0, mine().dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
        ensure("已逾期", "已过期限的我或本组的任务", 5, mine().dueBeforeExpression("${now()}"));
        ensure("临近办案期限", "办案期限（立案之日起九十日）十日内届满的案件中我或本组的任务", 3,
                mine().followUpBeforeExpression("${dateTime().plusDays(11).toDate()}"));
        ensure("全部可办", "我或本组可以办理的全部任务", 10, mine());
    }

    private TaskQuery mine() {
        return (TaskQuery) taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}").endOr();
    }

    private void ensure(String name, String description, int priority, TaskQuery query) {
        if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        Filter filter = filterService.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
        for (String group : Roles.STAFF) {
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }
}
