package org.zhifa.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.catalogue.Catalogue.Version;
import org.zhifa.directory.DirectoryChanged;

/**
 * Versions what the directory changed — an agency's details, an officer, a service guide — as published at once
 * (PM7.1, PM7.2, PM15): the directory is the source the portal reads, so the change is public the moment it is saved,
 * and the catalogue's change log shows it beside the reviewed changes.
 */
@Component
class DirectoryVersions {

    private final CatalogueVersions versions;
    private final IdentityService identity;
    private final Clock clock;

    DirectoryVersions(CatalogueVersions versions, IdentityService identity, Clock clock) {
        this.versions = versions;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void directoryChanged(DirectoryChanged change) {
        Authentication authentication = identity.getCurrentAuthentication();
        String user = authentication == null ? "system" : authentication.getUserId();
        Map<String, String> content = new LinkedHashMap<>(change.content());
        Optional<Version> last = versions.versions(change.agencyCode(), change.section(), change.key()).stream()
                .findFirst();
        if (change.note() == null && last.isPresent() && last.get().content().equals(content)
                && last.get().title().equals(change.title())) {
            return;
        }
        int version = versions.nextVersion(change.agencyCode(), change.section(), change.key());
        long id = versions.insert(change.agencyCode(), change.section(), change.key(), version, change.title(),
                content, false, change.note(), user, LocalDate.now(clock), null);
        versions.decide(versions.byId(id), "published", null, user);
    }
}
