package org.zhifa.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zhifa.shared.InvalidInput;

/** Agencies and certified officers: lookups for cases, checks of certificates (RM11.2), maintenance by admins. */
@Service
public class Directory {

    private final Agencies agencies;
    private final Officers officers;
    private final ApplicationEventPublisher events;
    /** The engine's users; looked up when needed, as the engine's own rules depend on this directory. */
    private final ObjectProvider<IdentityService> users;

    Directory(Agencies agencies, Officers officers, ApplicationEventPublisher events,
            ObjectProvider<IdentityService> users) {
        this.agencies = agencies;
        this.officers = officers;
        this.events = events;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agency(String code) {
        return agencies.findById(code);
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return agencies.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public Optional<Officer> officer(String certificateNumber) {
        return officers.findById(certificateNumber);
    }

    @Transactional(readOnly = true)
    public List<Officer> officersOf(String agencyCode) {
        return officers.findByAgencyCodeOrderByCertificateNumber(agencyCode);
    }

    /** The code of the agency a user works for, if the user holds a certificate; no exception for a non-officer. */
    @Transactional(readOnly = true)
    public Optional<String> agencyCodeOf(String userId) {
        return officers.findByUserId(userId).stream().findFirst().map(Officer::getAgencyCode);
    }

    /**
     * The agency a user works for, by the user's officer record.
     *
     * @throws InvalidInput if the user holds no certificate
     */
    @Transactional(readOnly = true)
    public Agency agencyOf(String userId) {
        List<Officer> records = officers.findByUserId(userId);
        if (records.isEmpty()) {
            throw new InvalidInput("用户 " + userId + " 不是登记在册的执法人员（没有执法证记录）");
        }
        String code = records.get(0).getAgencyCode();
        return agencies.findById(code)
                .orElseThrow(() -> new InvalidInput("执法人员 " + userId + " 所属执法机关 " + code + " 未登记"));
    }

    /**
     * The officers behind the certificate numbers, if at least {@code atLeast} distinct numbers are given and every one
     * is registered and valid on {@code day} (Administrative Penalty Law Art. 42: no fewer than two officers).
     *
     * @throws InvalidInput naming the first number that is unknown, expired, revoked or repeated
     */
    @Transactional(readOnly = true)
    public List<Officer> requireValidOfficers(Collection<String> certificateNumbers, LocalDate day, int atLeast) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String number : certificateNumbers) {
            if (number == null || number.isBlank()) {
                continue;
            }
            if (!distinct.add(number.strip())) {
                throw new InvalidInput("执法证号 " + number.strip() + " 重复填写");
            }
        }
        if (distinct.size() < atLeast) {
            throw new InvalidInput("执法人员不得少于 " + atLeast + " 人，实填 " + distinct.size() + " 个执法证号");
        }
        List<Officer> found = new ArrayList<>();
        for (String number : distinct) {
            Officer officer = officers.findById(number)
                    .orElseThrow(() -> new InvalidInput("执法证号 " + number + " 不在执法人员名录中"));
            String invalid = officer.invalidOn(day);
            if (invalid != null) {
                throw new InvalidInput(invalid);
            }
            found.add(officer);
        }
        return found;
    }

    /** Registers an agency or changes its details. */
    @Transactional
    public Agency saveAgency(Agency agency) {
        Agency saved = agencies.findById(agency.getCode()).map(existing -> {
            existing.update(agency);
            return existing;
        }).orElseGet(() -> agencies.save(agency));
        events.publishEvent(new DirectoryChanged(saved.getCode(), "agency", saved.getCode(), saved.getName(),
                fields("执法机关名称", saved.getName(), "负责人", saved.getHead(), "地址", saved.getAddress(), "联系电话",
                        saved.getPhone(), "监督电话", saved.getSupervisionHotline()), null));
        return saved;
    }

    /**
     * Registers an officer or changes the record.
     *
     * @throws InvalidInput if the officer's agency is not registered, or the user the officer signs in as does not
     *                     exist (a certificate linked to nobody, or to a user created later by someone else)
     */
    @Transactional
    public Officer saveOfficer(Officer officer) {
        if (agencies.findById(officer.getAgencyCode()).isEmpty()) {
            throw new InvalidInput("执法机关 " + officer.getAgencyCode() + " 未登记");
        }
        String userId = officer.getUserId();
        String linked = officers.findById(officer.getCertificateNumber()).map(Officer::getUserId).orElse(null);
        // a revoked certificate keeps the link it had (or none) and takes no new one; a valid certificate is linked
        // only to a user who exists (not to nobody, nor to whoever is later created under that name)
        if (officer.isRevoked()) {
            if (userId != null && !userId.equals(linked)) {
                throw new InvalidInput("字段 userId：已注销的执法证不能关联新的用户");
            }
        } else if (userId != null && users.getObject().createUserQuery().userId(userId).count() == 0) {
            throw new InvalidInput("字段 userId：用户 " + userId + " 不存在；请先在“管理”（Admin）中建立该用户，再关联执法证");
        }
        Officer saved = officers.findById(officer.getCertificateNumber()).map(existing -> {
            existing.update(officer);
            return existing;
        }).orElseGet(() -> officers.save(officer));
        officerChanged(saved, null);
        return saved;
    }

    /** Tells the catalogue what the public sees of an officer now (PM7.2). */
    void officerChanged(Officer officer, String note) {
        events.publishEvent(new DirectoryChanged(officer.getAgencyCode(), "officers", officer.getCertificateNumber(),
                officer.getName(), fields("姓名", officer.getName(), "职务", officer.getPost(), "执法类别",
                        officer.getCategory(), "执法区域", officer.getArea(), "有效期起", string(officer.getValidFrom()),
                        "有效期至", string(officer.getValidUntil()), "状态", officer.isRevoked() ? "已注销" : "有效"), note));
    }

    static Map<String, String> fields(String... labelsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null && !labelsAndValues[i + 1].isBlank()) {
                fields.put(labelsAndValues[i], labelsAndValues[i + 1]);
            }
        }
        return fields;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
