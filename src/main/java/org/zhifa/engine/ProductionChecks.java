package org.zhifa.engine;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** What production must never run without, checked before the server accepts a request. */
@Component
class ProductionChecks implements InitializingBean {

    private final Environment environment;

    ProductionChecks(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        if (!environment.getProperty("zhifa.record.enabled", Boolean.class, true)) {
            throw new IllegalStateException("生产环境不能关闭全过程记录（zhifa.record.enabled=false）：RM3 要求记录每一步");
        }
        if (environment.getProperty("zhifa.storage.embedded", Boolean.class, true)) {
            throw new IllegalStateException("生产环境不能使用内置对象存储：请设置 ZHIFA_S3_ENDPOINT 并关闭 zhifa.storage.embedded");
        }
    }
}
