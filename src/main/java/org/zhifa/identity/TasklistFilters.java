package org.zhifa.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member starts with, in Chinese: my tasks, my groups' tasks, due within three days,
 * overdue, cases near their 90-day deadline (every case step carries it as its follow-up date), everything I may work
 * on. Created once by name and brought up to date when the server's rules change them; an administrator may change
 * them afterwards.
 */
@Component
@Order(10)
class TasklistFilters implements InitializingBean {

    /** Filter property: which version of the server's filters this one is. */
    private static final String VERSION = "zhifaFilterVersion";
    /** 2: steps offered to the case's officers by name. */
    private static final int CURRENT = 2;

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
        ensure("本组待办", "我或我所在岗位可以认领的任务（案件有了执法人员后，承办步骤只交给本案执法人员）", -5,
                (TaskQuery) taskService.createTaskQuery().or().taskCandidateUserExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().endOr());
        ensure("三日内到期", "三天内到期的我或本组的任务", 0, mine().dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
        ensure("已逾期", "已过期限的我或本组的任务", 5, mine().dueBeforeExpression("${now()}"));
        ensure("临近办案期限", "办案期限（立案之日起九十日）十日内届满的案件中我或本组的任务", 3,
                mine().followUpBeforeExpression("${dateTime().plusDays(11).toDate()}"));
        ensure("全部可办", "我或本组可以办理的全部任务", 10, mine());
    }

    /**
     * Whether a filter the server made is one of an earlier version: it says so, or it says nothing (made before
     * versions, or edited in Tasklist, which keeps only the properties it knows) and misses the steps offered to the
     * user by name, which an officer must see. A filter an administrator changed otherwise stays as it is.
     */
    private static boolean outdated(Filter filter, TaskQuery query) {
        Object version = filter.getProperties() == null ? null : filter.getProperties().get(VERSION);
        if (version instanceof Number number) {
            return number.intValue() < CURRENT;
        }
        return offeredByName(query) && !offeredByName(filter.getQuery());
    }

    private static boolean offeredByName(Object query) {
        return query instanceof TaskQueryImpl task && task.getQueries().stream()
                .anyMatch(q -> q.getCandidateUser() != null || q.getExpressions().containsKey("taskCandidateUser"));
    }

    private TaskQuery mine() {
        return (TaskQuery) taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
                .taskCandidateUserExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr();
    }

    private void ensure(String name, String description, int priority, TaskQuery query) {
        List<Filter> existing = filterService.createTaskFilterQuery().filterName(name).list();
        if (!existing.isEmpty()) {
            for (Filter filter : existing) {
                if (outdated(filter, query)) {
                    Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>()
                            : new LinkedHashMap<>(filter.getProperties());
                    properties.put(VERSION, CURRENT);
                    filterService.saveFilter(filter.setQuery(query).setProperties(properties));
                }
            }
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put(VERSION, CURRENT);
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
