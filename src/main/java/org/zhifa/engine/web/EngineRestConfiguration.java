package org.zhifa.engine.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the server's answers for refused requests to the engine's REST API ({@link EngineRestErrors}). */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer engineRestErrors() {
        return config -> config.register(EngineRestErrors.Wrapped.class).register(EngineRestErrors.Engine.class)
                .register(EngineRestErrors.Other.class);
    }
}
