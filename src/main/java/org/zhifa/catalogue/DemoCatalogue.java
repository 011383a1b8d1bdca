package org.zhifa.catalogue;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The demo agency's catalogue from {@code config/application-demo.yaml}, published once, in the demo profile only. */
@Component
@Profile("demo")
class DemoCatalogue {

    private final Catalogue catalogue;
    private final Settings settings;

    DemoCatalogue(Catalogue catalogue, Settings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    @ConfigurationProperties("zhifa.demo")
    record Settings(List<Entry> catalogue) {
    }

    record Entry(String agency, String section, String key, String title, Map<String, String> content) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (settings.catalogue() == null) {
            return;
        }
        for (Entry entry : settings.catalogue()) {
            if (catalogue.versions(entry.agency(), entry.section(), entry.key()).isEmpty()) {
                catalogue.seed(entry.agency(), entry.section(), entry.key(), entry.title(), entry.content(), "演示数据");
            }
        }
    }
}
