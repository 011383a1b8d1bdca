package org.zhifa.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhifa.engine.StartFormChoices;

/** The catalogue's maintained sections, which the catalogue-change start form offers ({@value #KEY}). */
@Component
class SectionChoices implements StartFormChoices {

    static final String KEY = "catalogueSectionOptions";

    private final CatalogueSettings settings;

    SectionChoices(CatalogueSettings settings) {
        this.settings = settings;
    }

    @Override
    public String valuesKey() {
        return KEY;
    }

    @Override
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        settings.sections().forEach(section -> choices.put(section.code(), section.name()));
        return choices;
    }
}
