package org.zhifa.portal.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page needs: the time zone ({@code zhifa.time-zone}, the engine clock's) to show times in. */
@ControllerAdvice(assignableTypes = { PortalController.class, CataloguePagesController.class,
        RequestPagesController.class, PublicCheckpointController.class })
class PortalModel {

    private final ZoneId zone;

    PortalModel(Clock clock) {
        this.zone = clock.getZone();
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }
}
