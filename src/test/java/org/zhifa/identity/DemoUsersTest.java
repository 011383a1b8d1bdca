package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo users never reach a production server. */
class DemoUsersTest {

    @Test
    void demoProfileTogetherWithProdStopsStartUp() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo", "prod");
        DemoUsers demo = new DemoUsers(null, new DemoUsers.DemoSettings(List.of(
                new DemoUsers.DemoUser("admin", "系统", "管理员", "admin", List.of(Roles.ADMIN)))), environment);

        assertThatThrownBy(demo::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
    }
}
