package org.zhifa.engine;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir           a folder holding {@code bpmn/} and {@code forms/}; blank means the models packed into the
 *                      application
 * @param serverStarted keys of processes only the server starts, whatever a later model of that key declares
 * @param beans         the process beans models may name in expressions; no other bean is reachable from a model
 * @param scriptEngines script languages models may use (none unless an administrator names one)
 */
@ConfigurationProperties("zhifa.models")
public record ModelSettings(String dir, List<String> serverStarted, List<String> beans, List<String> scriptEngines) {

    public ModelSettings {
        serverStarted = serverStarted == null ? List.of() : List.copyOf(serverStarted);
        beans = beans == null ? List.of() : List.copyOf(beans);
        scriptEngines = scriptEngines == null ? List.of() : List.copyOf(scriptEngines);
    }

    public boolean packed() {
        return dir == null || dir.isBlank();
    }
}
