package org.zhifa.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo users of {@code config/application-demo.yaml}, created in the demo profile only; start-up fails if the demo
 * profile is combined with prod.
 */
@Component
@Profile("demo")
@DependsOn("roleSetup")
class DemoUsers implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final DemoSettings settings;
    private final Environment environment;

    DemoUsers(IdentityService identityService, DemoSettings settings, Environment environment) {
        this.identityService = identityService;
        this.settings = settings;
        this.environment = environment;
    }

    @ConfigurationProperties("zhifa.demo")
    record DemoSettings(List<DemoUser> users) {
    }

    record DemoUser(String id, String lastName, String firstName, String password, List<String> groups) {
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("演示数据（demo profile）不能在生产环境（prod profile）中启用");
        }
        if (settings.users() == null) {
            return;
        }
        int created = 0;
        for (DemoUser demo : settings.users()) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setLastName(demo.lastName());
            user.setFirstName(demo.firstName());
            user.setPassword(demo.password());
            user.setEmail(demo.id() + "@demo.zhifa.org");
            identityService.saveUser(user);
            for (String group : demo.groups()) {
                identityService.createMembership(demo.id(), group);
            }
            created++;
        }
        if (created > 0) {
            log.info("已创建 {} 个演示用户：{}", created,
                    settings.users().stream().map(u -> u.id() + "(" + String.join(",", u.groups()) + ")").toList());
        }
    }
}
