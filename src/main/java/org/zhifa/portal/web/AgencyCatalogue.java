package org.zhifa.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.directory.Officer;
import org.zhifa.directory.OfficerPhotos;
import org.zhifa.directory.ServiceItem;
import org.zhifa.directory.ServiceItems;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.CatalogueSettings;
import org.zhifa.catalogue.Procedures;
import org.zhifa.evidence.UninterruptedRecording;

/**
 * What the public sees of an agency before enforcement (PM7): its details, its officers with valid certificates, the
 * published entries of each maintained section, service guides, flow charts and the AV-recording list (RM14). Built
 * only from published sources; the officers' user ids and anything pending review never appear.
 */
@Component
class AgencyCatalogue {

    /** PM7.1: the agency as published. */
    record PublicAgency(String code, String name, String head, String address, String phone,
            String supervisionHotline) {

        static PublicAgency of(Agency agency) {
            return new PublicAgency(agency.getCode(), agency.getName(), agency.getHead(), agency.getAddress(),
                    agency.getPhone(), agency.getSupervisionHotline());
        }
    }

    /** PM7.2: an officer as published — name, photo, unit, post, category, area, certificate number. */
    record PublicOfficer(String certificateNumber, String name, String unit, String post, String category, String area,
            LocalDate validUntil, String photo) {
    }

    /** A maintained section with its published entries. */
    record Section(String code, String name, String law, List<CatalogueSettings.Field> fields,
            List<Catalogue.Item> items) {
    }

    /** PM7.5: a service guide with its materials and sample texts. */
    record Guide(String code, String name, String kind, String legalBasis, int decisionWorkingDays,
            String certificateName, List<ServiceItem.Material> materials) {

        static Guide of(ServiceItem item) {
            return new Guide(item.code(), item.name(), item.kind(), item.legalBasis(), item.decisionWorkingDays(),
                    item.certificateName(), item.materials());
        }
    }

    /** RM14: a step recorded on video without interruption, named by its procedure. */
    record RecordedStep(String procedure, String procedureName, String step) {
    }

    /** A published change of the catalogue, for the public change log (PM15). */
    record Change(String section, String sectionName, String key, String title, int version, boolean removal,
            String note, Instant publishedAt) {
    }

    private static final Map<String, String> DIRECTORY_SECTIONS = Map.of("agency", "执法主体", "officers", "执法人员",
            "service-guides", "服务指南");

    /** Everything the agency's catalogue page shows. */
    record View(PublicAgency agency, List<Section> sections, List<PublicOfficer> officers, List<Guide> guides,
            List<Procedures.Procedure> procedures, List<RecordedStep> avRecording, List<Change> changes) {
    }

    private final Directory directory;
    private final OfficerPhotos photos;
    private final ServiceItems serviceItems;
    private final Catalogue catalogue;
    private final Procedures procedures;
    private final UninterruptedRecording uninterrupted;
    private final Clock clock;
    private final ZoneId zone;

    AgencyCatalogue(Directory directory, OfficerPhotos photos, ServiceItems serviceItems, Catalogue catalogue,
            Procedures procedures, UninterruptedRecording uninterrupted, Clock clock) {
        this.directory = directory;
        this.photos = photos;
        this.serviceItems = serviceItems;
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.uninterrupted = uninterrupted;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    List<PublicAgency> agencies() {
        return directory.agencies().stream().map(PublicAgency::of).toList();
    }

    Optional<View> view(String code) {
        return directory.agency(code).map(agency -> {
            Map<String, List<Catalogue.Item>> published = catalogue.published(code);
            List<Section> sections = catalogue.sections().stream().map(s -> new Section(s.code(), s.name(), s.law(),
                    s.fields(), published.getOrDefault(s.code(), List.of()))).toList();
            List<Procedures.Procedure> charts = procedures.procedures();
            return new View(PublicAgency.of(agency), sections, officers(agency), guides(code), charts,
                    avRecording(code, charts), catalogue.changeLog(code, 50).stream().map(v -> new Change(v.section(),
                            sectionName(v.section()), v.key(), v.title(), v.version(), v.removal(), v.note(),
                            v.decidedAt())).toList());
        });
    }

    private String sectionName(String code) {
        return catalogue.sections().stream().filter(s -> s.code().equals(code)).map(CatalogueSettings.Section::name)
                .findFirst().orElse(DIRECTORY_SECTIONS.getOrDefault(code, code));
    }

    /** The officers whose certificates are valid today; revoked and expired ones are no longer enforcement officers. */
    List<PublicOfficer> officers(Agency agency) {
        LocalDate today = LocalDate.now(clock);
        java.util.Set<String> withPhotos = photos.withPhotos(agency.getCode());
        return directory.officersOf(agency.getCode()).stream().filter(o -> o.invalidOn(today) == null)
                .map(o -> new PublicOfficer(o.getCertificateNumber(), o.getName(), agency.getName(), o.getPost(),
                        o.getCategory(), o.getArea(), o.getValidUntil(), withPhotos.contains(o.getCertificateNumber())
                                ? "/api/public/officers/" + o.getCertificateNumber() + "/photo" : null))
                .toList();
    }

    /** An officer's photo, only while the officer may enforce. */
    Optional<OfficerPhotos.Photo> photo(String certificateNumber) {
        Optional<Officer> officer = directory.officer(certificateNumber);
        if (officer.isEmpty() || officer.get().invalidOn(LocalDate.now(clock)) != null) {
            return Optional.empty();
        }
        return photos.photo(certificateNumber);
    }

    List<Guide> guides(String agencyCode) {
        return serviceItems.items().stream().filter(i -> i.agencyCode().equals(agencyCode)).map(Guide::of).toList();
    }

    Optional<Guide> guide(String code) {
        return serviceItems.item(code).map(Guide::of);
    }

    private List<RecordedStep> avRecording(String agencyCode, List<Procedures.Procedure> charts) {
        List<RecordedStep> steps = new ArrayList<>();
        for (Procedures.Procedure procedure : charts) {
            for (Procedures.Step step : procedures.steps(procedure.key())) {
                if (uninterrupted.required(agencyCode, step.id())) {
                    steps.add(new RecordedStep(procedure.key(), procedure.name(), step.name()));
                }
            }
        }
        return steps;
    }
}
