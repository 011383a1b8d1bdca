package org.zhifa.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir a folder holding {@code bpmn/} and {@code forms/}; blank means the models packed into the application
 */
@ConfigurationProperties("zhifa.models")
public record ModelSettings(String dir) {

    public boolean packed() {
        return dir == null || dir.isBlank();
    }
}
