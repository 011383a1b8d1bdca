package org.zhifa.directory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An officer with an enforcement certificate (执法证, PM7.2). Only officers whose certificate is valid on the day may
 * investigate, inspect, coerce or serve documents (Administrative Penalty Law Art. 42, RM11.2).
 */
@Entity
@Table(name = "officers")
public class Officer {

    @Id
    private String certificateNumber;
    private String name;
    private String agencyCode;
    private String userId;
    private String post;
    private String category;
    private String area;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private boolean revoked;

    protected Officer() {
    }

    public Officer(String certificateNumber, String name, String agencyCode, String userId, LocalDate validFrom,
            LocalDate validUntil) {
        this.certificateNumber = certificateNumber;
        this.name = name;
        this.agencyCode = agencyCode;
        this.userId = userId;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Why the certificate cannot be used on {@code day}, or null if it can. */
    public String invalidOn(LocalDate day) {
        if (revoked) {
            return "执法证 " + certificateNumber + "（" + name + "）已被注销";
        }
        if (validFrom != null && day.isBefore(validFrom)) {
            return "执法证 " + certificateNumber + "（" + name + "）自 " + validFrom + " 起才有效";
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            return "执法证 " + certificateNumber + "（" + name + "）已于 " + validUntil + " 过期";
        }
        return null;
    }

    void update(Officer other) {
        this.name = other.name;
        this.agencyCode = other.agencyCode;
        this.userId = other.userId;
        this.post = other.post;
        this.category = other.category;
        this.area = other.area;
        this.validFrom = other.validFrom;
        this.validUntil = other.validUntil;
        this.revoked = other.revoked;
    }

    public Officer withPost(String post, String category, String area) {
        this.post = post;
        this.category = category;
        this.area = area;
        return this;
    }

    public Officer revoke() {
        this.revoked = true;
        return this;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getName() {
        return name;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    /** The engine user this officer logs in as; null for officers without an account. */
    public String getUserId() {
        return userId;
    }

    public String getPost() {
        return post;
    }

    public String getCategory() {
        return category;
    }

    public String getArea() {
        return area;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
