package org.zhifa.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.engine.StartFormChoices;

/**
 * What start forms offer from the directory: the registered agencies ({@value #AGENCIES}), the service guide's items
 * ({@value #SERVICE_ITEMS}) and their materials ({@value #MATERIALS}), as they are when the form is opened.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryChoices {

    static final String AGENCIES = "agencyOptions";
    static final String SERVICE_ITEMS = "serviceItemOptions";
    static final String MATERIALS = "serviceMaterialOptions";

    @Bean
    StartFormChoices agencyChoices(Directory directory) {
        return choices(AGENCIES, () -> {
            Map<String, String> choices = new LinkedHashMap<>();
            directory.agencies().forEach(agency -> choices.put(agency.getCode(), agency.getName() + "（" + agency.getCode() + "）"));
            return choices;
        });
    }

    @Bean
    StartFormChoices serviceItemChoices(ServiceItems items) {
        return choices(SERVICE_ITEMS, () -> {
            Map<String, String> choices = new LinkedHashMap<>();
            items.items().forEach(item -> choices.put(item.code(), item.name()));
            return choices;
        });
    }

    /**
     * Every item's materials by code, named as each guide names them (an application's are checked against its own
     * item as it is registered, and offered by that item alone when they are checked).
     */
    @Bean
    StartFormChoices materialChoices(ServiceItems items) {
        return choices(MATERIALS, () -> {
            Map<String, java.util.Set<String>> names = new LinkedHashMap<>();
            items.items().forEach(item -> item.materials().forEach(material -> names.computeIfAbsent(material.code(),
                    code -> new java.util.LinkedHashSet<>()).add(material.name())));
            Map<String, String> choices = new LinkedHashMap<>();
            names.forEach((code, named) -> choices.put(code, String.join(" ／ ", named)));
            return choices;
        });
    }

    static StartFormChoices choices(String key, java.util.function.Supplier<Map<String, String>> choices) {
        return new StartFormChoices() {
            @Override
            public String valuesKey() {
                return key;
            }

            @Override
            public Map<String, String> choices() {
                return choices.get();
            }
        };
    }
}
