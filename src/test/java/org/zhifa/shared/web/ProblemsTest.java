package org.zhifa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/** Every kind of refusal has its own status and a Chinese title; the message reaches the client unchanged. */
class ProblemsTest {

    @Test
    void everyKindOfRefusalHasItsOwnStatusAndAChineseTitle() throws Exception {
        Set<HttpStatus> statuses = new HashSet<>();
        for (Class<?> kind : Refusal.class.getPermittedSubclasses()) {
            Refusal refusal = (Refusal) kind.getConstructor(String.class).newInstance("字段 x 有误");
            statuses.add(Problems.status(refusal));
            assertThat(Problems.title(refusal)).as(kind.getSimpleName()).matches("[\\p{IsHan}]+");
        }
        assertThat(statuses).hasSize(Refusal.class.getPermittedSubclasses().length)
                .allMatch(status -> status.is4xxClientError() || status == HttpStatus.BAD_GATEWAY
                        || status == HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void problemCarriesTheMessageNamingTheField() {
        ProblemDetail problem = Problems.of(new InvalidInput("title（事项名称）不能为空"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("title（事项名称）不能为空");
        assertThat(Problems.status(new NotFound("执法机关 X 未登记"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Problems.title(new StateConflict("已有待审核的变更"))).isEqualTo("状态不允许");
    }
}
