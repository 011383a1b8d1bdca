package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.PenaltyCases.Case;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/** Users, groups and rights (RM22): who may call what, with the engine's own users and authorizations. */
@ZhifaIntegrationTest
class IdentityIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    TasklistFilters tasklistFilters;

    /**
     * Wrong passwords are tried on a user of this test's own: the engine delays further logins of a user after a
     * failed one (brute-force protection), which would fail other tests' logins.
     */
    private String userForWrongPasswords() {
        String id = "wrongpassword";
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setPassword("right");
            identityService.saveUser(user);
            identityService.createMembership(id, Roles.SUPERVISOR);
        }
        return id;
    }

    @Test
    void apiNeedsALoginAndSaysSoInChinese() {
        ResponseEntity<JsonNode> anonymous = http.get(null, "/api/record/unmapped");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody().get("title").asText()).isEqualTo("需要登录");
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        ResponseEntity<JsonNode> wrongPassword = http.getWithHeader("/api/record/unmapped", HttpHeaders.AUTHORIZATION,
                Http.basic(userForWrongPasswords(), "wrong"));
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRightTheUserLacksIsForbidden() {
        ResponseEntity<JsonNode> handler = http.get("zhangsan", "/api/models/law-coverage");
        assertThat(handler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(handler.getBody().get("title").asText()).isEqualTo("没有权限");

        assertThat(http.get("fengyi", "/api/models/law-coverage").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("admin", "/api/models/law-coverage").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void engineRestChecksTheEnginesUsers() {
        assertThat(http.get(null, "/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getWithHeader("/engine-rest/process-definition", HttpHeaders.AUTHORIZATION,
                Http.basic(userForWrongPasswords(), "wrong")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get("zhangsan", "/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void sessionOpenedByABasicLoginCarriesLaterRequests() {
        ResponseEntity<JsonNode> first = http.get("fengyi", "/api/models/law-coverage");
        String session = first.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(session).startsWith("JSESSIONID=");

        ResponseEntity<JsonNode> second = http.getWithHeader("/api/models/law-coverage", HttpHeaders.COOKIE,
                session.substring(0, session.indexOf(';')));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void authorizationIsOnAndGroupsCarryChineseNames() {
        assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
        assertThat(identityService.createGroupQuery().groupId(Roles.LEGAL_REVIEWER).singleResult().getName())
                .isEqualTo("法制审核人员");
        assertThat(identityService.createGroupQuery().list()).extracting(g -> g.getId())
                .containsAll(Roles.NAMES.keySet());
        assertThat(identityService.createUserQuery().memberOfGroup(Roles.HANDLER).list()).extracting(u -> u.getId())
                .contains("zhangsan", "lisi", "chenji");
        assertThat(identityService.createUserQuery().userId("chenji").singleResult().getFirstName()).isEqualTo("陈𠮷");
    }

    @Test
    void tasksAreVisibleOnlyToTheirGroupAndTasklistFiltersFindThem() {
        String instance = new Inspections(http).plan(null).get("id").asText();

        assertThat(http.get("zhangsan", "/engine-rest/task?processInstanceId=" + instance).getBody()).hasSize(1);
        assertThat(http.get("zhaoliu", "/engine-rest/task?processInstanceId=" + instance).getBody())
                .as("a legal reviewer does not see a handler's task").isEmpty();

        JsonNode filters = http.get("zhangsan", "/engine-rest/filter?resourceType=Task").getBody();
        assertThat(names(filters)).contains("我的待办", "本组待办", "三日内到期", "临近办案期限", "已逾期", "全部可办");
        String groupFilter = id(filters, "本组待办");
        JsonNode groupTasks = http.get("zhangsan", "/engine-rest/filter/{id}/list?maxResults=1000", groupFilter).getBody();
        assertThat(groupTasks.toString()).contains(instance);
        assertThat(http.get("zhaoliu", "/engine-rest/filter/{id}/list?maxResults=1000", groupFilter).getBody().toString())
                .doesNotContain(instance);
    }

    @Test
    void officersFindTheirCasesStepsInTheirGroupFilterAndOlderFiltersAreBroughtUpToDate() {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        Filter filter = filterService.createTaskFilterQuery().filterName("本组待办").singleResult();
        assertThat(list("lisi", filter.getId())).as("an officer of the case").contains(c.instance());
        assertThat(list("chenji", filter.getId())).as("a handler who is not").doesNotContain(c.instance());

        // as the server made it before steps were offered to officers by name
        Map<String, Object> older = new LinkedHashMap<>(filter.getProperties());
        older.remove("zhifaFilterVersion");
        filterService.saveFilter(filter.setQuery(taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()).setProperties(older));
        assertThat(list("lisi", filter.getId())).doesNotContain(c.instance());
        tasklistFilters.afterPropertiesSet();
        assertThat(list("lisi", filter.getId())).contains(c.instance());

        // an administrator's own change (Tasklist keeps only the properties it knows) stays
        Filter edited = filterService.getFilter(filter.getId());
        Map<String, Object> adminEdit = new LinkedHashMap<>(edited.getProperties());
        adminEdit.remove("zhifaFilterVersion");
        adminEdit.put("priority", 42);
        filterService.saveFilter(edited.setProperties(adminEdit));
        tasklistFilters.afterPropertiesSet();
        assertThat(filterService.getFilter(filter.getId()).getProperties()).containsEntry("priority", 42)
                .doesNotContainKey("zhifaFilterVersion");
    }

    private String list(String user, String filter) {
        return http.get(user, "/engine-rest/filter/{id}/list?maxResults=1000", filter).getBody().toString();
    }

    @Test
    void staffOpenTasklistAndSupervisorsCockpit() {
        assertThat(http.get("zhangsan", "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=Application"
                + "&resourceType=0&resourceId=tasklist").getBody().get("authorized").asBoolean()).isTrue();
        assertThat(http.get("zhangsan", "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=Application"
                + "&resourceType=0&resourceId=cockpit").getBody().get("authorized").asBoolean()).isFalse();
        assertThat(http.get("fengyi", "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=Application"
                + "&resourceType=0&resourceId=cockpit").getBody().get("authorized").asBoolean()).isTrue();
    }

    private static List<String> names(JsonNode filters) {
        List<String> names = new ArrayList<>();
        filters.forEach(filter -> names.add(filter.get("name").asText()));
        return names;
    }

    private static String id(JsonNode filters, String name) {
        for (JsonNode filter : filters) {
            if (name.equals(filter.get("name").asText())) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("no filter " + name);
    }
}
