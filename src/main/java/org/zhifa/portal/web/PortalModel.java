package org.zhifa.portal.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page needs: the agency's time zone ({@code zhifa.time-zone}) to show times in. */
@ControllerAdvice(assignableTypes = { PortalController.class, CataloguePagesController.class,
        RequestPagesController.class, PublicCheckpointController.class })
class PortalModel {

    private final ZoneId zone;

    PortalModel(@Value("${zhifa.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }
}
