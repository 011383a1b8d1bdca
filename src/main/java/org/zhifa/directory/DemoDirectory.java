package org.zhifa.directory;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo agency, its officers and its service items from {@code config/application-demo.yaml}, in the demo profile
 * only; once every bean is ready, so the demo users its officers are linked to exist.
 */
@Component
@Profile("demo")
class DemoDirectory implements SmartInitializingSingleton {

    private final Directory directory;
    private final ServiceItems serviceItems;
    private final Settings settings;

    DemoDirectory(Directory directory, ServiceItems serviceItems, Settings settings) {
        this.directory = directory;
        this.serviceItems = serviceItems;
        this.settings = settings;
    }

    @ConfigurationProperties("zhifa.demo.directory")
    record Settings(List<DemoAgency> agencies, List<DemoOfficer> officers, List<ServiceItem> serviceItems) {
    }

    record DemoAgency(String code, String name, String shortName, String head, String address, String phone,
            String supervisionHotline) {
    }

    record DemoOfficer(String certificateNumber, String name, String agency, String userId, String post,
            LocalDate validFrom, LocalDate validUntil, boolean revoked) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.agencies() == null) {
            return;
        }
        for (DemoAgency a : settings.agencies()) {
            if (directory.agency(a.code()).isEmpty()) {
                directory.saveAgency(new Agency(a.code(), a.name(), a.shortName())
                        .withContact(a.head(), a.address(), a.phone(), a.supervisionHotline()));
            }
        }
        for (DemoOfficer o : settings.officers()) {
            if (directory.officer(o.certificateNumber()).isEmpty()) {
                Officer officer = new Officer(o.certificateNumber(), o.name(), o.agency(), o.userId(), o.validFrom(),
                        o.validUntil()).withPost(o.post(), "市场监管", "昆明市");
                directory.saveOfficer(o.revoked() ? officer.revoke() : officer);
            }
        }
        if (settings.serviceItems() != null) {
            settings.serviceItems().stream().filter(item -> serviceItems.item(item.code()).isEmpty())
                    .forEach(serviceItems::save);
        }
    }
}
